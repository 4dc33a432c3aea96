# Stages M1 (coarse seeds, from the cls task's CAMs) and M2 (fine seeds, from the seg task's): SAMS seeds per shard
# from the quasi-superpixels and the (refined) CAMs, their per-shard evaluation, their export as one 8-bit PNG per
# image (the reference's seed/ folder), and the stage-I report (fma_wsss.seeds).


rule seeds:
    input:
        unpack(seed_inputs),
    output:
        ensure(SEED_SHARD, non_empty=True),
    wildcard_constraints:
        task="cls|seg",
    params:
        **SEED_PARAMS,
        provenance=provenance_arg("seeds"),
        expect=expect_provenance,
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/seeds/{task}/{split}/shard-{shard}.log",
    benchmark:
        "results/{exp}/benchmarks/seeds/{task}/{split}/shard-{shard}.tsv"
    resources:
        mem_mb=4000,
        runtime=60,
    shell:
        cli_command("seeds") + " --dataset {params.dataset:q} --masks {input.masks:q} --cams {input.cams:q}"
        " --cam-key {params.cam_key} --gammas {params.gammas} {params.provenance} {params.expect}"
        " --out {output:q} > {log:q} 2>&1"


rule seed_eval:
    input:
        shard=SEED_SHARD,
        labels=labels_file,
    output:
        ensure(SEED_EVAL, non_empty=True),
    wildcard_constraints:
        task="cls|seg",
    params:
        dataset=section_json("dataset"),
        expect=expect_provenance,
        code=code_hash("seed-eval"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/seed_eval/{task}/{split}/shard-{shard}.log",
    benchmark:
        "results/{exp}/benchmarks/seed_eval/{task}/{split}/shard-{shard}.tsv"
    resources:
        mem_mb=2000,
        runtime=30,
    shell:
        cli_command("seed-eval") + " --dataset {params.dataset:q} --split {wildcards.split} --shard-file {input.shard:q}"
        " {params.expect} --out {output:q} > {log:q} 2>&1"


rule export_seeds:
    input:
        unpack(seed_files),
    output:
        manifest=ensure(SEED_MANIFEST, non_empty=True),
    wildcard_constraints:
        task="cls|seg",
    params:
        dataset=section_json("dataset"),
        out_dir=SEED_DIR,
        expect=expect_provenance,
        code=code_hash("export-seeds"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/export_seeds_{task}.log",
    benchmark:
        "results/{exp}/benchmarks/export_seeds_{task}.tsv"
    resources:
        mem_mb=2000,
        runtime=60,
    shell:
        cli_command("export-seeds") + " --dataset {params.dataset:q} --shards {input.shards:q} --evals {input.evals:q}"
        " --out-dir {params.out_dir:q} --manifest {output.manifest:q} {params.expect} > {log:q} 2>&1"


rule seeds_report:
    input:
        unpack(seeds_report_inputs),
    output:
        json="results/{exp}/seeds/report.json",
        md=report("results/{exp}/seeds/report.md", caption="../workflow/report/seeds.rst", category="Seeds"),
    params:
        dataset=section_json("dataset"),
        segmentation_task=seeds_report_seg_args,
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
        cli_command("seeds-report") + " --dataset {params.dataset:q} --cam-evals {input.cls_cams:q}"
        " --coarse-evals {input.cls_seeds:q} {params.segmentation_task} --mask-evals {input.masks:q} --json {output.json:q} --md {output.md:q}"
        " --title 'Stage I pseudo labels ({wildcards.exp})' > {log:q} 2>&1"
