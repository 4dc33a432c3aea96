# Stages I1/A1 and I2/A2: CAMs per shard with the learned prompts of each task (cls, seg; refined by CAA in the
# same pass, or by refine_cams from the stored attention when caa.fused is false) and the controls of the classification task (hand: hand-written; init: untrained context), their
# per-shard evaluation, and the classification task's CAM report (fma_wsss.cams).


rule infer_cams:
    input:
        unpack(inputs("infer_cams")),
    output:
        shard=ensure(layout.CAM_SHARD, non_empty=True),
    wildcard_constraints:
        prompts="cls|hand|init|seg",
    params:
        cmd=command("infer_cams"),
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
        shell_line("infer_cams")


rule refine_cams:
    input:
        unpack(inputs("refine_cams")),
    output:
        shard=ensure(layout.REFINED_SHARD, non_empty=True),
    wildcard_constraints:
        prompts="cls|seg",
    params:
        cmd=command("refine_cams"),
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
        shell_line("refine_cams")


rule cam_eval:
    input:
        unpack(inputs("cam_eval")),
    output:
        eval=ensure(layout.CAM_EVAL, non_empty=True),
    wildcard_constraints:
        prompts="cls|hand|init|seg",
    params:
        cmd=command("cam_eval"),
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
        shell_line("cam_eval")


rule cam_report:
    input:
        unpack(inputs("cam_report")),
    output:
        json=layout.CAM_REPORT_JSON,
        md=report(layout.CAM_REPORT_MD, caption="../workflow/report/cams.rst", category="CAMs"),
    params:
        cmd=command("cam_report"),
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
        shell_line("cam_report")
