# Stages I1/A1 and I2/A2: CAMs per shard with the learned prompts of each task (cls, seg; refined by CAA in the
# same pass, or by refine_cams from the stored attention when caa.fused is false) and the controls of the classification task (hand: hand-written; init: untrained context), their
# per-shard evaluation, and the classification task's CAM report (fma_wsss.cams).


rule infer_cams:
    input:
        unpack(infer_cam_inputs),
    output:
        ensure(CAM_SHARD, non_empty=True),
    wildcard_constraints:
        prompts="cls|hand|init|seg",
    params:
        **CAM_PARAMS,
        provenance=provenance_arg("infer_cams"),
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
        cli_command("infer-cams") + " --dataset {params.dataset:q} --split {wildcards.split} --clip {params.clip:q}"
        " --classes {params.classes:q} --prompt {params.prompt:q} {params.context}"
        " --shard {wildcards.shard} --shard-size {params.shard_size} {params.attention}"
        " --threads {threads} {params.provenance} --out {output:q} > {log:q} 2>&1"


rule refine_cams:
    input:
        CAM_SHARD,
    output:
        ensure(REFINED_SHARD, non_empty=True),
    wildcard_constraints:
        prompts="cls|seg",
    params:
        **REFINE_PARAMS,
        provenance=provenance_arg("refine_cams"),
        expect=expect_provenance,
    threads: 2
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/refine_cams/{prompts}/{split}/shard-{shard}.log",
    benchmark:
        "results/{exp}/benchmarks/refine_cams/{prompts}/{split}/shard-{shard}.tsv"
    resources:
        mem_mb=4000,
        runtime=60,
    shell:
        cli_command("refine-cams") + " --shard-file {input:q} --caa {params.caa:q} --threads {threads}"
        " {params.provenance} {params.expect} --out {output:q} > {log:q} 2>&1"


rule cam_eval:
    input:
        shard=cam_source,
    output:
        ensure(CAM_EVAL, non_empty=True),
    wildcard_constraints:
        prompts="cls|hand|init|seg",
    params:
        dataset=section_json("dataset"),
        powers=task_value("infer", "eval_powers"),
        caa_powers=caa_eval_args,
        expect=expect_provenance,
        code=code_hash("cam-eval"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/cam_eval/{prompts}/{split}/shard-{shard}.log",
    benchmark:
        "results/{exp}/benchmarks/cam_eval/{prompts}/{split}/shard-{shard}.tsv"
    resources:
        mem_mb=4000,
        runtime=60,
    shell:
        cli_command("cam-eval") + " --dataset {params.dataset:q} --split {wildcards.split} --shard-file {input.shard:q}"
        " --powers {params.powers} {params.caa_powers} {params.expect} --out {output:q} > {log:q} 2>&1"


rule cam_report:
    input:
        evals=cam_evals,
    output:
        json="results/{exp}/cams/report.json",
        md=report("results/{exp}/cams/report.md", caption="../workflow/report/cams.rst", category="CAMs"),
    params:
        dataset=section_json("dataset"),
        variants=cam_variant_args,
        code=code_hash("cam-report"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/cam_report.log",
    benchmark:
        "results/{exp}/benchmarks/cam_report.tsv"
    resources:
        mem_mb=2000,
        runtime=10,
    shell:
        cli_command("cam-report") + " --dataset {params.dataset:q} {params.variants}"
        " --json {output.json:q} --md {output.md:q} --title 'CAM quality ({wildcards.exp})' > {log:q} 2>&1"
