# Bring your own CAMs: the classification task's CAMs of an experiment with cams_from are imported per shard from
# a folder of per-image files (the reference's .npz, CLIP-ES's .npy/.npz) into CAM shards (fma_wsss.byo_cams), in
# place of prompt learning and CAM inference. CAA (refine_cams), SAMS seeds, their evaluation and reports follow as
# for our own CAMs.


ruleorder: import_cams > infer_cams


rule import_cams:
    input:
        unpack(inputs("import_cams")),
    output:
        shard=ensure(layout.CAM_SHARD, non_empty=True),
    wildcard_constraints:
        exp="|".join(re.escape(name) for name in BYO_EXPERIMENTS) or "^$",
        prompts="cls",
    params:
        cmd=command("import_cams"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/import_cams/{prompts}/{split}/shard-{shard}.log",
    benchmark:
        "results/{exp}/benchmarks/import_cams/{prompts}/{split}/shard-{shard}.tsv"
    resources:
        mem_mb=4000,
        runtime=60,
    shell:
        shell_line("import_cams")
