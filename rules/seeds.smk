# Stages M1 (coarse seeds) and, later, M2: SAMS seeds per shard from the quasi-superpixels and the (refined) CAMs,
# their per-shard evaluation, their export as one 8-bit PNG per image, and the stage-I report (fma_wsss.seeds).


rule coarse_seeds:
    input:
        unpack(coarse_seed_inputs),
    output:
        ensure(COARSE_SEED_SHARD, non_empty=True),
    params:
        dataset=section_json("dataset"),
        gammas=exp_value("cls", "seeds", "gamma"),
        cam_key=coarse_cam_key,
        code=code_hash("seeds"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/coarse_seeds/{split}/shard-{shard}.log",
    benchmark:
        "results/{exp}/benchmarks/coarse_seeds/{split}/shard-{shard}.tsv"
    resources:
        mem_mb=4000,
        runtime=60,
    shell:
        cli_command("seeds") + " --dataset {params.dataset:q} --masks {input.masks:q} --cams {input.cams:q}"
        " --cam-key {params.cam_key} --gammas {params.gammas} --out {output:q} > {log:q} 2>&1"


rule coarse_seed_eval:
    input:
        shard=COARSE_SEED_SHARD,
    output:
        ensure(COARSE_SEED_EVAL, non_empty=True),
    params:
        dataset=section_json("dataset"),
        code=code_hash("seed-eval"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/coarse_seed_eval/{split}/shard-{shard}.log",
    benchmark:
        "results/{exp}/benchmarks/coarse_seed_eval/{split}/shard-{shard}.tsv"
    resources:
        mem_mb=2000,
        runtime=30,
    shell:
        cli_command("seed-eval") + " --dataset {params.dataset:q} --split {wildcards.split} --shard-file {input.shard:q}"
        " --out {output:q} > {log:q} 2>&1"


rule export_coarse_seeds:
    input:
        unpack(coarse_seed_files),
    output:
        manifest=ensure("results/{exp}/cls/seed/manifest.txt", non_empty=True),
    params:
        dataset=section_json("dataset"),
        out_dir="results/{exp}/cls/seed",
        code=code_hash("export-seeds"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/export_coarse_seeds.log",
    benchmark:
        "results/{exp}/benchmarks/export_coarse_seeds.tsv"
    resources:
        mem_mb=2000,
        runtime=60,
    shell:
        cli_command("export-seeds") + " --dataset {params.dataset:q} --shards {input.shards:q} --evals {input.evals:q}"
        " --out-dir {params.out_dir:q} --manifest {output.manifest:q} > {log:q} 2>&1"


rule seeds_report:
    input:
        unpack(seeds_report_inputs),
    output:
        json="results/{exp}/seeds/report.json",
        md=report("results/{exp}/seeds/report.md", caption="../workflow/report/seeds.rst", category="Seeds"),
    params:
        dataset=section_json("dataset"),
        code=code_hash("seeds-report"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/seeds_report.log",
    benchmark:
        "results/{exp}/benchmarks/seeds_report.tsv"
    resources:
        mem_mb=2000,
        runtime=10,
    shell:
        cli_command("seeds-report") + " --dataset {params.dataset:q} --cam-evals {input.cams:q}"
        " --coarse-evals {input.coarse:q} --mask-evals {input.masks:q} --json {output.json:q} --md {output.md:q}"
        " --title 'Stage I pseudo labels ({wildcards.exp})' > {log:q} 2>&1"
