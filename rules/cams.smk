# Stage I1: CAMs per shard with the learned prompts (cls) and the controls (hand: hand-written; init: untrained
# context), and their mIoU (fma_wsss.cams).


rule infer_cams:
    input:
        unpack(infer_cam_inputs),
    output:
        ensure("results/{exp}/{prompts}/cams/{split}/shard-{shard}.h5", non_empty=True),
    wildcard_constraints:
        prompts="cls|hand|init",
    params:
        dataset=section_json("dataset"),
        clip=section_json("clip"),
        classes=section_json("classes"),
        prompt=section_json("cls", "prompt"),
        control=control_arg,
        context=context_arg,
        shard_size=exp_value("shard_size"),
        att_layers=exp_value("cls", "infer", "att_layers"),
        code=source_hash("cams", "clip", "coop", "gradcam", "scores", "data"),
    threads: 2
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/infer_cams/{prompts}/{split}/shard-{shard}.log",
    benchmark:
        "results/{exp}/benchmarks/infer_cams/{prompts}/{split}/shard-{shard}.tsv"
    resources:
        gpu=1,
        mem_mb=8000,
        runtime=240,
    shell:
        "fma-wsss infer-cams --dataset {params.dataset:q} --split {wildcards.split} --clip {params.clip:q}"
        " --classes {params.classes:q} --prompt {params.prompt:q} {params.context} {params.control}"
        " --shard {wildcards.shard} --shard-size {params.shard_size} --att-layers {params.att_layers}"
        " --threads {threads} --out {output:q} > {log:q} 2>&1"


rule cam_report:
    input:
        shards=cam_shards,
    output:
        json="results/{exp}/cams/report.json",
        md=report("results/{exp}/cams/report.md", caption="../workflow/report/cams.rst", category="CAMs"),
    params:
        dataset=section_json("dataset"),
        variants=cam_variant_args,
        powers=exp_value("cls", "infer", "eval_powers"),
        code=source_hash("cams", "scores", "metrics", "losses"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/cam_report.log",
    resources:
        mem_mb=8000,
        runtime=120,
    shell:
        "fma-wsss cam-report --dataset {params.dataset:q} {params.variants} --powers {params.powers}"
        " --json {output.json:q} --md {output.md:q} --title 'CAM quality ({wildcards.exp})' > {log:q} 2>&1"
