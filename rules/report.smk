# The run's report (fma_wsss.report): results/<exp>/report.html, one self-contained HTML file with every mIoU
# table, per-class bar charts, the sweep and training curves, a gallery of a fixed sample of train images through
# every stage (stage II's predictions of them come from stage2_gallery), and the run's provenance.


rule stage2_gallery:
    input:
        checkpoint="results/{exp}/stage2/final.pth",
        split_list=train_split_list,
    output:
        ensure(REPORT_PREDICTIONS, non_empty=True),
    params:
        args=stage2_args,
        split=exp_value("train_split"),
        gallery=exp_value("report", "gallery"),
        pred_dir=lambda wildcards, output: os.path.dirname(output[0]),
        code=code_hash("stage2-eval"),
    threads: 2
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/stage2_gallery.log",
    benchmark:
        "results/{exp}/benchmarks/stage2_gallery.tsv"
    resources:
        gpu=1,
        mem_mb=16000,
        runtime=30,
    shell:
        cli_command("stage2-eval") + " {params.args} --threads {threads} --checkpoint {input.checkpoint:q}"
        " --split {params.split} --gallery {params.gallery} --pred-dir {params.pred_dir:q} --out {output:q}"
        " > {log:q} 2>&1"


rule report:
    input:
        unpack(report_inputs),
    output:
        ensure("results/{exp}/report.html", non_empty=True),
    params:
        args=report_args,
        code=code_hash("report"),
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/report.log",
    benchmark:
        "results/{exp}/benchmarks/report.tsv"
    resources:
        mem_mb=4000,
        runtime=30,
    shell:
        cli_command("report") + " {params.args} --out {output:q} > {log:q} 2>&1"
