# Bring your own CAMs: the classification task's CAMs of an experiment with cams_from are imported per shard from
# a folder of per-image files (the reference's .npz, CLIP-ES's .npy/.npz) into CAM shards (fma_wsss.byo_cams), in
# place of prompt learning and CAM inference. CAA (refine_cams), SAMS seeds, their evaluation and reports follow as
# for our own CAMs.


ruleorder: import_cams > infer_cams


rule import_cams:
    input:
        split_list=split_list,
        cams=imported_cam_files,
    output:
        ensure(CAM_SHARD, non_empty=True),
    wildcard_constraints:
        exp="|".join(re.escape(name) for name in BYO_EXPERIMENTS) or "^$",
        prompts="cls",
    params:
        **IMPORT_PARAMS,
        cam_dir=lambda wildcards: exp_cfg(wildcards)["cams_from"]["dir"],
        fmt=lambda wildcards: exp_cfg(wildcards)["cams_from"]["format"],
        provenance=provenance_arg("import_cams"),
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
        cli_command("import-cams") + " --dataset {params.dataset:q} --split {wildcards.split} --shard {wildcards.shard}"
        " --shard-size {params.shard_size} --cam-dir {params.cam_dir:q} --format {params.fmt} {params.att}"
        " {params.provenance} --out {output:q} > {log:q} 2>&1"
