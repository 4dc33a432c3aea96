# Helper functions of every stage file, kept apart from the rules as Snakemake's linter asks. First what several
# stages share (config lookup, shard bookkeeping, params that trigger re-runs), then one section per stage.
import functools
import json
import re
import shlex

from fma_wsss.config import ConfigError, experiment, mask_splits, selected_experiments
from fma_wsss.data import count_split, split_list_path
from fma_wsss.provenance import code_hash

SELECTED_EXPERIMENTS = selected_experiments(config)


def exp_cfg(wildcards):
    return experiment(config, wildcards.exp)


def exp_value(*keys):
    """Param function: the experiment's config value at `keys` (an edit of it re-runs the rule)."""

    def get(wildcards):
        value = exp_cfg(wildcards)
        for key in keys:
            value = value[key]
        return value

    return get


def section_json(*keys, exclude=()):
    """Param function: the experiment's config section at `keys`, as canonical JSON for the command line.

    `exclude` lists dotted paths inside the section left out of the JSON: memory-only settings that reach the job
    as resources instead, so that changing them (or overriding them in a profile) re-runs nothing.
    """

    def get(wildcards):
        value = json.loads(json.dumps(exp_value(*keys)(wildcards)))
        for path in exclude:
            *parents, leaf = path.split(".")
            node = value
            for parent in parents:
                node = node[parent]
            node.pop(leaf, None)
        return json.dumps(value, sort_keys=True)

    return get


def cli_command(command):
    """The start of a rule's shell command: `fma-wsss --expect-code <hash> <command>`.

    The hash covers the package code the command runs (fma_wsss.provenance: derived from its imports), so an edit
    of that code re-runs the rule (as a param), and a job refuses to run a package that is not this source tree.
    """
    return f"fma-wsss --expect-code {code_hash(command)} {command}"


@functools.lru_cache(maxsize=None)
def n_shards(exp, split):
    cfg = experiment(config, exp)
    return -(-count_split(cfg["dataset"], split) // cfg["shard_size"])


def shard_paths(pattern, exp, split):
    return [pattern.format(exp=exp, split=split, shard=f"{i:04d}") for i in range(n_shards(exp, split))]


def split_list_path_of(wildcards, split):
    dataset = exp_cfg(wildcards)["dataset"]
    return split_list_path(dataset["kind"], dataset["root"], split)


def split_list(wildcards):
    """The list file of {split}: made by toy_dataset for toy experiments, else the user's dataset."""
    return str(split_list_path_of(wildcards, wildcards.split))

# --------------------------------------------------------------------------------------------------------------
# Toy dataset (rules/toy.smk)

def toy_roots():
    """Toy dataset root -> generator settings; two toy experiments may share a root only with equal settings."""
    roots = {}
    for name, exp in config["experiments"].items():
        dataset = exp["dataset"]
        if dataset["kind"] != "toy":
            continue
        root = dataset["root"].rstrip("/")
        if roots.setdefault(root, dataset["toy"]) != dataset["toy"]:
            raise ConfigError(f"experiments.{name}.dataset.root: {root} is used by another toy experiment with other generator settings")
    return roots



TOY_ROOTS = toy_roots()



def toy_settings(wildcards):
    return json.dumps(TOY_ROOTS[wildcards.toy_root], sort_keys=True)

# --------------------------------------------------------------------------------------------------------------
# Stage S0 (rules/masks.smk)

MASK_MEMORY_ONLY = ("rock_sand_water_chunk_size", "sam.points_per_batch")

MASK_SHARD = "results/{exp}/masks/{split}/shard-{shard}.h5"

MASK_EVAL = "results/{exp}/masks/{split}/eval-{shard}.json"



def mask_inputs(wildcards):
    """The split list, and the SAM checkpoint when the backend is SAM (made by tiny_sam for the tiny shape)."""
    inputs = {"split_list": split_list(wildcards)}
    masks = exp_cfg(wildcards)["masks"]
    if masks["backend"] == "sam":
        inputs["checkpoint"] = masks["sam"]["checkpoint"]
    return inputs



def mask_gpus(wildcards):
    """SAM needs a GPU, Felzenszwalb none (the SLURM profile routes jobs to a partition by this)."""
    return 1 if exp_cfg(wildcards)["masks"]["backend"] == "sam" else 0



def mask_evals(wildcards):
    """The per-shard evaluation of every mask shard of every split that stage S0 covers in this experiment."""
    return [p for split in mask_splits(exp_cfg(wildcards)) for p in shard_paths(MASK_EVAL, wildcards.exp, split)]

# --------------------------------------------------------------------------------------------------------------
# Stage T1 (rules/prompts.smk)

def train_cls_inputs(wildcards):
    """The train split list and the CLIP weights (made by toy_clip for the toy model)."""
    return {"split_list": str(split_list_path_of(wildcards, exp_cfg(wildcards)["train_split"])),
            "clip": exp_cfg(wildcards)["clip"]["checkpoint"]}  # fmt: skip

# --------------------------------------------------------------------------------------------------------------
# Stage I1 (rules/cams.smk)

CAM_SHARD = "results/{exp}/{prompts}/cams/{split}/shard-{shard}.h5"

CAM_EVAL = "results/{exp}/{prompts}/cams/{split}/eval-{shard}.json"



def cam_splits(wildcards):
    infer = exp_cfg(wildcards)["cls"]["infer"]
    return list(infer["splits"]) or [exp_cfg(wildcards)["train_split"]]



def infer_cam_inputs(wildcards):
    """Split list and CLIP weights, plus the trained context for the learned prompts."""
    inputs = {"split_list": split_list(wildcards), "clip": exp_cfg(wildcards)["clip"]["checkpoint"]}
    if wildcards.prompts == "cls":
        inputs["context"] = f"results/{wildcards.exp}/cls/prompts.pth"
    return inputs



def context_arg(wildcards):
    """Where the prompt context comes from: the trained file, the hand phrase, or the untrained start of T1."""
    cls = exp_cfg(wildcards)["cls"]
    if wildcards.prompts == "hand":
        return f"--hand-prompt {shlex.quote(cls['infer']['hand_prompt'])}"
    if wildcards.prompts == "init":
        return f"--init-seed {shlex.quote(json.dumps(cls['train']['init_seed'], ensure_ascii=False))}"
    return f"--context {shlex.quote(infer_cam_inputs(wildcards)['context'])}"



def attention_args(wildcards):
    """--att-layers, --store-att (cls.infer.store_att) and --caa <settings> (cls.caa: CAA fused into inference),
    for the learned prompts only, whose CAMs feed the seeds; the controls use no attention."""
    cls = exp_cfg(wildcards)["cls"]
    if wildcards.prompts != "cls" or not (cls["infer"]["store_att"] or cls["caa"]["enabled"]):
        return ""
    args = f"--att-layers {cls['infer']['att_layers']}"
    if cls["infer"]["store_att"]:
        args += " --store-att"
    if cls["caa"]["enabled"]:
        settings = {k: v for k, v in cls["caa"].items() if k not in ("enabled", "eval_powers")}
        args += f" --caa {shlex.quote(json.dumps(settings, sort_keys=True))}"
    return args


def caa_eval_args(wildcards):
    """--caa-powers for the learned prompts' CAM evaluation when their CAMs are refined."""
    caa = exp_cfg(wildcards)["cls"]["caa"]
    if wildcards.prompts != "cls" or not caa["enabled"]:
        return ""
    return "--caa-powers " + " ".join(map(str, caa["eval_powers"]))


def cam_variants(wildcards):
    """Prompt variants whose CAMs are reported: the configured controls, then the learned prompts."""
    return [*exp_cfg(wildcards)["cls"]["infer"]["controls"], "cls"]



def cam_eval_groups(wildcards):
    """(report name, eval paths) for every prompt variant and infer split."""
    splits = cam_splits(wildcards)
    return [
        (prompts if len(splits) == 1 else f"{prompts}-{split}",
         shard_paths(CAM_EVAL.replace("{prompts}", prompts), wildcards.exp, split))
        for prompts in cam_variants(wildcards)
        for split in splits
    ]  # fmt: skip



def cam_evals(wildcards):
    return [path for _, paths in cam_eval_groups(wildcards) for path in paths]



def cam_variant_args(wildcards):
    """--variant NAME EVALS for every group (the cam-report command line)."""
    return " ".join(f"--variant {name} {','.join(paths)}" for name, paths in cam_eval_groups(wildcards))


# --------------------------------------------------------------------------------------------------------------
# Stages M1/M2 (rules/seeds.smk)

COARSE_SEED_SHARD = "results/{exp}/cls/seeds/{split}/shard-{shard}.h5"
COARSE_SEED_EVAL = "results/{exp}/cls/seeds/{split}/eval-{shard}.json"


def coarse_seed_inputs(wildcards):
    """The mask shard and the learned prompts' CAM shard of the same images."""
    return {"masks": MASK_SHARD.format(**wildcards), "cams": CAM_SHARD.format(prompts="cls", **wildcards)}


def coarse_cam_key(wildcards):
    """Coarse seeds come from the refined CAMs (METHOD §10), or the raw CAMs when CAA is off."""
    return "cam_affed" if exp_cfg(wildcards)["cls"]["caa"]["enabled"] else "cam"


def seeds_report_inputs(wildcards):
    """Per-shard evaluations of the train split: the learned prompts' CAMs, the coarse seeds, the masks."""
    exp, split = wildcards.exp, exp_cfg(wildcards)["train_split"]
    if split not in mask_splits(exp_cfg(wildcards)):
        raise ConfigError(f"experiments.{exp}.masks.splits: the seeds need masks of the train split {split!r}")
    return {
        "cams": shard_paths(CAM_EVAL.replace("{prompts}", "cls"), exp, split),
        "coarse": shard_paths(COARSE_SEED_EVAL, exp, split),
        "masks": shard_paths(MASK_EVAL, exp, split),
    }


def coarse_seed_files(wildcards):
    """The coarse seed shards of the train split and their evaluations (which pick γ when there are several)."""
    exp, split = wildcards.exp, exp_cfg(wildcards)["train_split"]
    return {"shards": shard_paths(COARSE_SEED_SHARD, exp, split), "evals": shard_paths(COARSE_SEED_EVAL, exp, split)}
