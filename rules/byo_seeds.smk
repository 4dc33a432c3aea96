# Bring your own pseudo labels: an experiment with seeds_from imports a folder of <id>.png made by any method, one
# shard at a time, into seed shards (fma_wsss.byo_seeds), each PNG checked (mode, classes, size, not all ignored).
# Their evaluation, export, stage II and the reports follow as for our own seeds; no CLIP, SAM or prompt stage runs.


rule import_seeds:
    input:
        unpack(inputs("import_seeds")),
    output:
        shard=ensure(layout.SEED_SHARD, non_empty=True),
    wildcard_constraints:
        exp="|".join(re.escape(name) for name in SEEDS_FROM_EXPERIMENTS) or "^$",
        task="imported",
    params:
        cmd=command("import_seeds"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/import_seeds/{task}/{split}/shard-{shard}.log",
    benchmark:
        "results/{exp}/benchmarks/import_seeds/{task}/{split}/shard-{shard}.tsv"
    resources:
        mem_mb=2000,
        runtime=30,
    shell:
        shell_line("import_seeds")
