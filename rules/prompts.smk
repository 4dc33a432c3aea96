# Stages T1 and T2: the prompt context of the classification task (cls, the multi-label contrastive loss) and of
# the segmentation task (seg, the CAM activation loss on the coarse seeds) (fma_wsss.prompts).


rule train_prompts:
    input:
        unpack(train_prompt_inputs),
    output:
        context=ensure("results/{exp}/{task}/prompts.pth", non_empty=True),
        summary=ensure("results/{exp}/{task}/train_summary.json", non_empty=True),
    wildcard_constraints:
        task="cls|seg",
    params:
        dataset=section_json("dataset"),
        split=exp_value("train_split"),
        clip=section_json("clip"),
        classes=task_classes,
        prompt=task_json("prompt"),
        train=task_json("train"),
        seed_dir=seed_dir_arg,
        code=code_hash("train-prompts"),
    threads: 2
    conda:
        "../envs/fma-wsss.yaml"
    log:
        "results/{exp}/logs/train_{task}.log",
    benchmark:
        "results/{exp}/benchmarks/train_{task}.tsv"
    resources:
        gpu=1,
        mem_mb=16000,
        runtime=720,
        loader_workers=0,  # data-loading processes; a machine setting (profiles/slurm raises it)
    shell:
        cli_command("train-prompts") + " --dataset {params.dataset:q} --split {params.split} --clip {params.clip:q}"
        " --classes {params.classes:q} --prompt {params.prompt:q} --train {params.train:q} {params.seed_dir}"
        " --work-dir results/{wildcards.exp}/{wildcards.task}/states --threads {threads} --workers {resources.loader_workers}"
        " --out {output.context:q}"
        " --summary {output.summary:q} > {log:q} 2>&1"
