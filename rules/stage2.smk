# Stage II (METHOD §12): Mask2Former trained with stock mmsegmentation on the fine seeds (fma_wsss.stage2), its
# single-scale evaluation (the final checkpoint, and the best by val mIoU during training, which is GT-selected),
# the report, and for VOC the test predictions packed for the evaluation server. {stage2_dir} is the recipe's
# folder: stage2 for the experiment's stage2 section, stage2-<config stem> for each of stage2.also.


rule stage2_train:
    input:
        unpack(inputs("stage2_train")),
    output:
        final=protected(ensure(layout.fill(layout.STAGE2_CHECKPOINT, ckpt="final"), non_empty=True)),
        best=ensure(layout.fill(layout.STAGE2_CHECKPOINT, ckpt="best"), non_empty=True),
        summary=layout.STAGE2_TRAIN_SUMMARY,
    params:
        cmd=command("stage2_train"),
    threads: 2
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/{stage2_dir}_train.log",
    benchmark:
        "results/{exp}/benchmarks/{stage2_dir}_train.tsv"
    resources:
        gpu=stage2_gpus,
        mem_mb=32000,
        runtime=4320,
    shell:
        shell_line("stage2_train")


rule stage2_eval:
    input:
        unpack(inputs("stage2_eval")),
    output:
        eval=ensure(layout.STAGE2_EVAL, non_empty=True),
    wildcard_constraints:
        ckpt="final|best",
    params:
        cmd=command("stage2_eval"),
    threads: 2
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/{stage2_dir}_eval_{ckpt}.log",
    benchmark:
        "results/{exp}/benchmarks/{stage2_dir}_eval_{ckpt}.tsv"
    resources:
        gpu=1,
        mem_mb=16000,
        runtime=240,
    shell:
        shell_line("stage2_eval")


rule stage2_report:
    input:
        unpack(inputs("stage2_report")),
    output:
        md=report(layout.STAGE2_REPORT, caption="../workflow/report/stage2.rst", category="Stage II"),
    params:
        cmd=command("stage2_report"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/{stage2_dir}_report.log",
    benchmark:
        "results/{exp}/benchmarks/{stage2_dir}_report.tsv"
    resources:
        mem_mb=1000,
        runtime=10,
    shell:
        shell_line("stage2_report")


rule stage2_predict_test:
    input:
        unpack(inputs("stage2_predict_test")),
    output:
        predictions=ensure(layout.STAGE2_TEST_PREDICTIONS, non_empty=True),
    params:
        cmd=command("stage2_predict_test"),
    threads: 2
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/{stage2_dir}_predict_test.log",
    benchmark:
        "results/{exp}/benchmarks/{stage2_dir}_predict_test.tsv"
    resources:
        gpu=1,
        mem_mb=16000,
        runtime=240,
    shell:
        shell_line("stage2_predict_test")


rule stage2_test_export:
    input:
        unpack(inputs("stage2_test_export")),
    output:
        tar=layout.STAGE2_TEST_TAR,
    params:
        cmd=command("stage2_test_export"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/{stage2_dir}_test_export.log",
    benchmark:
        "results/{exp}/benchmarks/{stage2_dir}_test_export.tsv"
    resources:
        mem_mb=2000,
        runtime=30,
    shell:
        shell_line("stage2_test_export")
