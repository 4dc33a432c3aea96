# The toy dataset: generated shapes in the VOC layout (fma_wsss.toy).


rule toy_dataset:
    output:
        manifest="{toy_root}/toy_manifest.json",
        lists=expand("{{toy_root}}/ImageSets/SegmentationAug/{split}.txt", split=["train", "val"]),
    params:
        settings=toy_settings,
        code=code_hash("toy-dataset"),
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
        cli_command("toy-dataset") + " --root {wildcards.toy_root:q} --settings {params.settings:q} > {log:q} 2>&1"
