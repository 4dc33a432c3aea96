# The run's report (fma_wsss.report): results/<exp>/report.html, one self-contained HTML file with every mIoU
# table, per-class bar charts, the sweep and training curves, a gallery of a fixed sample of train images through
# every stage (stage II's predictions of them come from stage2_gallery), and the run's provenance.


rule stage2_gallery:
    input:
        unpack(inputs("stage2_gallery")),
    output:
        predictions=ensure(layout.GALLERY_PREDICTIONS, non_empty=True),
    params:
        cmd=command("stage2_gallery"),
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
        shell_line("stage2_gallery")


rule report:
    input:
        unpack(inputs("report")),
    output:
        html=ensure(layout.REPORT_HTML, non_empty=True),
    params:
        cmd=command("report"),
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
        shell_line("report")
