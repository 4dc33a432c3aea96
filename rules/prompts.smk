# Stage T1: the classification-task prompt context (fma_wsss.prompts).


rule train_cls:
    input:
        unpack(train_cls_inputs),
    output:
        context=ensure("results/{exp}/cls/prompts.pth", non_empty=True),
        summary=ensure("results/{exp}/cls/train_summary.json", non_empty=True),
    params:
        dataset=section_json("dataset"),
        split=exp_value("train_split"),
        clip=section_json("clip"),
        classes=section_json("classes"),
        prompt=section_json("cls", "prompt"),
        train=section_json("cls", "train"),
        code=code_hash("train-prompts"),
    threads: 2
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/train_cls.log",
    benchmark:
        "results/{exp}/benchmarks/train_cls.tsv"
    resources:
        gpu=1,
        mem_mb=16000,
        runtime=720,
        loader_workers=0,  # data-loading processes; a machine setting (profiles/slurm raises it)
    shell:
        cli_command("train-prompts") + " --dataset {params.dataset:q} --split {params.split} --clip {params.clip:q}"
        " --classes {params.classes:q} --prompt {params.prompt:q} --train {params.train:q}"
        " --work-dir results/{wildcards.exp}/cls/states --threads {threads} --workers {resources.loader_workers}"
        " --out {output.context:q}"
        " --summary {output.summary:q} > {log:q} 2>&1"
