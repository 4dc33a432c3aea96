# The toy experiment's tiny CLIP, pretrained on a generated caption corpus (fma_wsss.toy_clip).


rule toy_clip:
    input:
        toy_clip_guard,
    output:
        weights=ensure(config["toy_clip"]["checkpoint"], non_empty=True),
        summary=config["toy_clip"]["checkpoint"] + ".json",
    params:
        cmd=command("toy_clip"),
    threads: 2
    conda:
        "../envs/fma-wsss.yaml"
    log:
        config["toy_clip"]["checkpoint"] + ".log",
    benchmark:
        config["toy_clip"]["checkpoint"] + ".benchmark.tsv"
    resources:
        mem_mb=4000,
        runtime=60,
    shell:
        shell_line("toy_clip")
