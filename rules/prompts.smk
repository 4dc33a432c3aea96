# Stages T1 and T2: the prompt context of the classification task (cls, the multi-label contrastive loss) and of
# the segmentation task (seg, the CAM activation loss on the coarse seeds) (fma_wsss.prompts).


rule train_prompts:
    input:
        unpack(inputs("train_prompts")),
    output:
        context=ensure(layout.PROMPT_CONTEXT, non_empty=True),
        summary=ensure(layout.PROMPT_SUMMARY, non_empty=True),
    wildcard_constraints:
        task="cls|seg",
    params:
        cmd=command("train_prompts"),
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
        shell_line("train_prompts")
