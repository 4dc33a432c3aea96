# The toy experiment's tiny CLIP, pretrained on a generated caption corpus (fma_wsss.toy_clip).


rule toy_clip:
    output:
        weights=ensure(config["toy_clip"]["checkpoint"], non_empty=True),
        summary=config["toy_clip"]["checkpoint"] + ".json",
    params:
        settings=json.dumps(config["toy_clip"], sort_keys=True),
        code=code_hash("toy-clip"),
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
        cli_command("toy-clip") + " --settings {params.settings:q} --out {output.weights:q} --summary {output.summary:q}"
        " --threads {threads} > {log:q} 2>&1"
