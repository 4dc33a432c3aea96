# Stage S0: quasi-superpixels per shard, their per-shard evaluation, and the quality report (fma_wsss.masks,
# fma_wsss.sam).


rule tiny_sam:
    output:
        "results/pretrains/sam_tiny_seed{seed}.pth",
    params:
        code=code_hash("tiny-sam"),
    wildcard_constraints:
        seed=r"\d+",
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/pretrains/sam_tiny_seed{seed}.log",
    benchmark:
        "results/pretrains/sam_tiny_seed{seed}.benchmark.tsv"
    resources:
        runtime=10,
    shell:
        cli_command("tiny-sam") + " --seed {wildcards.seed} --out {output:q} > {log:q} 2>&1"


rule masks:
    input:
        unpack(mask_inputs),
    output:
        ensure(MASK_SHARD, non_empty=True),
    params:
        **MASK_PARAMS,
        provenance=provenance_arg("masks"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/masks/{split}/shard-{shard}.log",
    benchmark:
        "results/{exp}/benchmarks/masks/{split}/shard-{shard}.tsv"
    threads: 1
    resources:
        gpu=mask_gpus,
        mem_mb=4000,
        runtime=240,
        rsw_chunk_size=exp_value("masks", "rock_sand_water_chunk_size"),
        sam_points_per_batch=exp_value("masks", "sam", "points_per_batch"),
    shell:
        cli_command("masks") + " --dataset {params.dataset:q} --split {wildcards.split} --shard {wildcards.shard}"
        " --shard-size {params.shard_size} --settings {params.settings:q} --rsw-chunk-size {resources.rsw_chunk_size}"
        " --points-per-batch {resources.sam_points_per_batch} {params.provenance} --out {output:q} > {log:q} 2>&1"


rule mask_eval:
    input:
        shard=MASK_SHARD,
    output:
        ensure(MASK_EVAL, non_empty=True),
    params:
        dataset=section_json("dataset"),
        expect=expect_provenance,
        code=code_hash("mask-eval"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/mask_eval/{split}/shard-{shard}.log",
    benchmark:
        "results/{exp}/benchmarks/mask_eval/{split}/shard-{shard}.tsv"
    resources:
        mem_mb=4000,
        runtime=60,
    shell:
        cli_command("mask-eval") + " --dataset {params.dataset:q} --split {wildcards.split} --shard-file {input.shard:q}"
        " {params.expect} --out {output:q} > {log:q} 2>&1"


rule mask_report:
    input:
        evals=mask_evals,
    output:
        json="results/{exp}/masks/report.json",
        md=report("results/{exp}/masks/report.md", caption="../workflow/report/masks.rst", category="Masks"),
    params:
        dataset=section_json("dataset"),
        code=code_hash("mask-report"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/mask_report.log",
    benchmark:
        "results/{exp}/benchmarks/mask_report.tsv"
    resources:
        mem_mb=2000,
        runtime=10,
    shell:
        cli_command("mask-report") + " --dataset {params.dataset:q} --evals {input.evals:q} --json {output.json:q}"
        " --md {output.md:q} --title 'Quasi-superpixel quality ({wildcards.exp})' > {log:q} 2>&1"
