# Stage S0: quasi-superpixels per shard, then their quality report (fma_wsss.masks).


rule masks:
    input:
        split_list=split_list,
    output:
        ensure("results/{exp}/masks/{split}/shard-{shard}.h5", non_empty=True),
    params:
        dataset=section_json("dataset"),
        settings=section_json("masks"),
        shard_size=exp_value("shard_size"),
        code=source_hash("masks", "store", "data"),
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
    shell:
        "fma-wsss masks --dataset {params.dataset:q} --split {wildcards.split} --shard {wildcards.shard}"
        " --shard-size {params.shard_size} --settings {params.settings:q} --out {output:q} > {log:q} 2>&1"


rule mask_report:
    input:
        shards=mask_shards,
    output:
        json="results/{exp}/masks/report.json",
        md=report("results/{exp}/masks/report.md", caption="../workflow/report/masks.rst", category="Masks"),
    params:
        dataset=section_json("dataset"),
        code=source_hash("masks", "metrics", "store"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/mask_report.log",
    resources:
        mem_mb=4000,
        runtime=60,
    shell:
        "fma-wsss mask-report --dataset {params.dataset:q} --shards {input.shards:q} --json {output.json:q}"
        " --md {output.md:q} --title 'Quasi-superpixel quality ({wildcards.exp})' > {log:q} 2>&1"
