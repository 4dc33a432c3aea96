# Stage S0: quasi-superpixels per shard, then their quality report (fma_wsss.masks, fma_wsss.sam).


rule tiny_sam:
    output:
        "results/pretrains/sam_tiny_seed{seed}.pth",
    params:
        code=source_hash("sam"),
    wildcard_constraints:
        seed=r"\d+",
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/pretrains/sam_tiny_seed{seed}.log",
    resources:
        runtime=10,
    shell:
        "fma-wsss tiny-sam --seed {wildcards.seed} --out {output:q} > {log:q} 2>&1"


rule masks:
    input:
        unpack(mask_inputs),
    output:
        ensure("results/{exp}/masks/{split}/shard-{shard}.h5", non_empty=True),
    params:
        dataset=section_json("dataset"),
        settings=section_json("masks", exclude=MASK_MEMORY_ONLY),
        shard_size=exp_value("shard_size"),
        code=source_hash("masks", "sam", "store", "data", "torchvision_compat"),
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
        "fma-wsss masks --dataset {params.dataset:q} --split {wildcards.split} --shard {wildcards.shard}"
        " --shard-size {params.shard_size} --settings {params.settings:q} --rsw-chunk-size {resources.rsw_chunk_size}"
        " --points-per-batch {resources.sam_points_per_batch} --out {output:q} > {log:q} 2>&1"


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
