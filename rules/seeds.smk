# Stages M1 (coarse seeds, from the cls task's CAMs) and M2 (fine seeds, from the seg task's): SAMS seeds per shard
# from the quasi-superpixels and the (refined) CAMs, their per-shard evaluation, their export as one 8-bit PNG per
# image (the reference's seed/ folder), and the stage-I report (fma_wsss.seeds).


rule seeds:
    input:
        unpack(inputs("seeds")),
    output:
        shard=ensure(layout.SEED_SHARD, non_empty=True),
    wildcard_constraints:
        task="cls|seg",
    params:
        cmd=command("seeds"),
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
        shell_line("seeds")


rule seed_eval:
    input:
        unpack(inputs("seed_eval")),
    output:
        eval=ensure(layout.SEED_EVAL, non_empty=True),
    wildcard_constraints:
        task="cls|seg|imported",
    params:
        cmd=command("seed_eval"),
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
        shell_line("seed_eval")


rule export_seeds:
    input:
        unpack(inputs("export_seeds")),
    output:
        manifest=ensure(layout.SEED_MANIFEST, non_empty=True),
    wildcard_constraints:
        task="cls|seg|imported",
    params:
        cmd=command("export_seeds"),
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
        shell_line("export_seeds")


rule seeds_report:
    input:
        unpack(inputs("seeds_report")),
    output:
        json=layout.SEEDS_REPORT_JSON,
        md=report(layout.SEEDS_REPORT_MD, caption="../workflow/report/seeds.rst", category="Seeds"),
    params:
        cmd=command("seeds_report"),
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
        shell_line("seeds_report")
