# The toy dataset: generated shapes in the VOC layout (fma_wsss.toy).


rule toy_dataset:
    output:
        manifest=layout.TOY_MANIFEST,
        lists=[layout.fill(layout.TOY_SPLIT_LIST, split=split) for split in ("train", "val")],
    params:
        cmd=command("toy_dataset"),
    wildcard_constraints:
        toy_root="|".join(re.escape(root) for root in TOY_ROOTS) or "^$",
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "{toy_root}.log",
    benchmark:
        "{toy_root}.benchmark.tsv"
    resources:
        mem_mb=1000,
        runtime=30,
    shell:
        shell_line("toy_dataset")
