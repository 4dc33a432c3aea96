# Stage II (METHOD §12): Mask2Former trained with stock mmsegmentation on the fine seeds (fma_wsss.stage2), its
# single-scale evaluation (the final checkpoint, and the best by val mIoU during training, which is GT-selected),
# the report, and for VOC the test predictions packed for the evaluation server.


rule stage2_train:
    input:
        unpack(stage2_train_inputs),
    output:
        final=protected(ensure("results/{exp}/stage2/final.pth", non_empty=True)),
        best=ensure("results/{exp}/stage2/best.pth", non_empty=True),
        summary="results/{exp}/stage2/train.json",
    params:
        args=stage2_args,
        code=code_hash("stage2-train"),
    threads: 2
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/stage2_train.log",
    benchmark:
        "results/{exp}/benchmarks/stage2_train.tsv"
    resources:
        gpu=stage2_gpus,
        mem_mb=32000,
        runtime=4320,
    shell:
        cli_command("stage2-train") + " {params.args} --threads {threads} --final {output.final:q} --best {output.best:q}"
        " --summary {output.summary:q} > {log:q} 2>&1"


rule stage2_eval:
    input:
        unpack(stage2_eval_inputs),
    output:
        ensure("results/{exp}/stage2/eval-{ckpt}.json", non_empty=True),
    wildcard_constraints:
        ckpt="final|best",
    params:
        args=stage2_args,
        split=exp_value("eval_split"),
        selected=lambda wildcards: "--selected-by-gt" if wildcards.ckpt == "best" else "",
        code=code_hash("stage2-eval"),
    threads: 2
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/stage2_eval_{ckpt}.log",
    benchmark:
        "results/{exp}/benchmarks/stage2_eval_{ckpt}.tsv"
    resources:
        gpu=1,
        mem_mb=16000,
        runtime=240,
    shell:
        cli_command("stage2-eval") + " {params.args} --threads {threads} --checkpoint {input.checkpoint:q}"
        " --split {params.split} {params.selected} --out {output:q} > {log:q} 2>&1"


rule stage2_report:
    input:
        final="results/{exp}/stage2/eval-final.json",
        best="results/{exp}/stage2/eval-best.json",
        seeds="results/{exp}/seeds/report.json",
    output:
        report("results/{exp}/stage2/report.md", caption="../workflow/report/stage2.rst", category="Stage II"),
    params:
        code=code_hash("stage2-report"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/stage2_report.log",
    benchmark:
        "results/{exp}/benchmarks/stage2_report.tsv"
    resources:
        mem_mb=1000,
        runtime=10,
    shell:
        cli_command("stage2-report") + " --eval final={input.final:q} 'best (GT-selected)'={input.best:q}"
        " --seeds-report {input.seeds:q} --title 'Stage II ({wildcards.exp})' --md {output:q} > {log:q} 2>&1"


rule stage2_predict_test:
    input:
        checkpoint="results/{exp}/stage2/best.pth",
        split_list=lambda wildcards: str(split_list_path_of(wildcards, stage2_test_split(wildcards))),
    output:
        ensure("results/{exp}/stage2/test/predictions.json", non_empty=True),
    params:
        args=stage2_args,
        split=stage2_test_split,
        pred_dir="results/{exp}/stage2/test",
        code=code_hash("stage2-eval"),
    threads: 2
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/stage2_predict_test.log",
    benchmark:
        "results/{exp}/benchmarks/stage2_predict_test.tsv"
    resources:
        gpu=1,
        mem_mb=16000,
        runtime=240,
    shell:
        cli_command("stage2-eval") + " {params.args} --threads {threads} --checkpoint {input.checkpoint:q}"
        " --split {params.split} --selected-by-gt --pred-dir {params.pred_dir:q} --out {output:q} > {log:q} 2>&1"


rule stage2_test_export:
    input:
        "results/{exp}/stage2/test/predictions.json",
    output:
        "results/{exp}/stage2/test_submission.tar",
    params:
        dataset=section_json("dataset"),
        split=stage2_test_split,
        pred_dir=lambda wildcards, input: os.path.dirname(input[0]),
        code=code_hash("stage2-pack-test"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/stage2_test_export.log",
    benchmark:
        "results/{exp}/benchmarks/stage2_test_export.tsv"
    resources:
        mem_mb=2000,
        runtime=30,
    shell:
        cli_command("stage2-pack-test") + " --dataset {params.dataset:q} --split {params.split} --pred-dir {params.pred_dir:q}"
        " --out {output:q} > {log:q} 2>&1"
