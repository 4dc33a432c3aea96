# Stage S0: quasi-superpixels per shard, their per-shard evaluation, and the quality report (fma_wsss.masks,
# fma_wsss.sam).


rule tiny_sam:
    output:
        weights=layout.TINY_SAM,
    params:
        cmd=command("tiny_sam"),
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
        shell_line("tiny_sam")


rule masks:
    input:
        unpack(inputs("masks")),
    output:
        shard=ensure(layout.MASK_SHARD, non_empty=True),
    params:
        cmd=command("masks"),
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
        shell_line("masks")


rule mask_eval:
    input:
        unpack(inputs("mask_eval")),
    output:
        eval=ensure(layout.MASK_EVAL, non_empty=True),
    params:
        cmd=command("mask_eval"),
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
        shell_line("mask_eval")


rule mask_report:
    input:
        unpack(inputs("mask_report")),
    output:
        json=layout.MASK_REPORT_JSON,
        md=report(layout.MASK_REPORT_MD, caption="../workflow/report/masks.rst", category="Masks"),
    params:
        cmd=command("mask_report"),
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
        shell_line("mask_report")
