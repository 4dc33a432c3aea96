"""Where every artifact of the DAG lives: one path pattern per artifact, `{name}` fields being Snakemake wildcards.

Used by the rules (their outputs), the plan (the inputs it derives), the report, doctor and the benchmarks, so that
a path is written once. Patterns are plain strings (str.format fields); shards are numbered `{shard}` = 0000, 0001, ...
"""

from __future__ import annotations

TOY_MANIFEST = "{toy_root}/toy_manifest.json"
TOY_SPLIT_LIST = "{toy_root}/ImageSets/SegmentationAug/{split}.txt"
TINY_SAM = "results/pretrains/sam_tiny_seed{seed}.pth"

MASK_SHARD = "results/{exp}/masks/{split}/shard-{shard}.h5"
MASK_EVAL = "results/{exp}/masks/{split}/eval-{shard}.json"
MASK_REPORT_JSON = "results/{exp}/masks/report.json"
MASK_REPORT_MD = "results/{exp}/masks/report.md"

PROMPT_CONTEXT = "results/{exp}/{task}/prompts.pth"
PROMPT_SUMMARY = "results/{exp}/{task}/train_summary.json"
PROMPT_STATES = "results/{exp}/{task}/states"

CAM_SHARD = "results/{exp}/{prompts}/cams/{split}/shard-{shard}.h5"
REFINED_SHARD = "results/{exp}/{prompts}/cams_affed/{split}/shard-{shard}.h5"
CAM_EVAL = "results/{exp}/{prompts}/cams/{split}/eval-{shard}.json"
CAM_REPORT_JSON = "results/{exp}/cams/report.json"
CAM_REPORT_MD = "results/{exp}/cams/report.md"

SEED_SHARD = "results/{exp}/{task}/seeds/{split}/shard-{shard}.h5"
SEED_EVAL = "results/{exp}/{task}/seeds/{split}/eval-{shard}.json"
SEED_DIR = "results/{exp}/{task}/seed"
SEED_MANIFEST = "results/{exp}/{task}/seed/manifest.txt"
SEEDS_REPORT_JSON = "results/{exp}/seeds/report.json"
SEEDS_REPORT_MD = "results/{exp}/seeds/report.md"

# {stage2_dir}: MAIN_STAGE2 for the experiment's stage2 recipe, MAIN_STAGE2-<config stem> for each of stage2.also
MAIN_STAGE2 = "stage2"
STAGE2_DIR = "results/{exp}/{stage2_dir}"
STAGE2_WORK = "results/{exp}/{stage2_dir}/work"
STAGE2_CHECKPOINT = "results/{exp}/{stage2_dir}/{ckpt}.pth"  # ckpt: final | best
STAGE2_TRAIN_SUMMARY = "results/{exp}/{stage2_dir}/train.json"
STAGE2_EVAL = "results/{exp}/{stage2_dir}/eval-{ckpt}.json"
STAGE2_REPORT = "results/{exp}/{stage2_dir}/report.md"
STAGE2_TEST_PREDICTIONS = "results/{exp}/{stage2_dir}/test/predictions.json"
STAGE2_TEST_TAR = "results/{exp}/{stage2_dir}/test_submission.tar"
GALLERY_PREDICTIONS = "results/{exp}/report/stage2/predictions.json"
REPORT_HTML = "results/{exp}/report.html"

ARGFILES = ".snakemake/fma-wsss/argfiles"  # long arguments of jobs, content-addressed (fma_wsss.workflow.commands)


def shard_name(index: int) -> str:
    """The `{shard}` wildcard of shard `index` (0-based)."""
    return f"{index:04d}"


def fill(pattern: str, **fields: object) -> str:
    """`pattern` with the given fields filled in and the others left as `{name}` (for partial expansion)."""
    return pattern.format_map(_KeepMissing({k: str(v) for k, v in fields.items()}))


class _KeepMissing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
