# Helper functions of every stage file, kept apart from the rules as Snakemake's linter asks. First what several
# stages share (config lookup, shard bookkeeping, params that trigger re-runs), then one section per stage.
import functools
import json
import math
import re
import shlex

from fma_wsss.config import ConfigError, experiment, mask_splits, selected_experiments
from fma_wsss.data import count_split, shard_slice, split_list_path
from fma_wsss.provenance import code_hash, provenance_digest

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
    n_images = count_split(cfg["dataset"], split)
    return math.ceil(n_images / cfg["shard_size"])


def shard_paths(pattern, exp, split):
    return [pattern.format(exp=exp, split=split, shard=f"{i:04d}") for i in range(n_shards(exp, split))]


class JobWildcards(dict):
    """The wildcards of another rule's job, read like Snakemake's (attribute or key)."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


SHARD_PRODUCERS = {}  # rule name to (output pattern, params), filled by each stage's section below


def shard_provenance(rule, wildcards):
    """What makes a shard of `rule` for these wildcards: the rule, the wildcards and the evaluated params (config
    sections and the code hash), as the producing job records it in the shard."""
    _, params = SHARD_PRODUCERS[rule]
    wildcards = JobWildcards(dict(wildcards.items()) if hasattr(wildcards, "items") else wildcards)
    values = {name: value(wildcards) if callable(value) else value for name, value in params.items()}
    return {"rule": rule, "wildcards": {k: str(v) for k, v in sorted(wildcards.items())}, "params": values}


def provenance_arg(rule):
    """Param function: --provenance <JSON> for a job of the shard-making `rule`."""
    return lambda wildcards: f"--provenance {shlex.quote(json.dumps(shard_provenance(rule, wildcards), sort_keys=True))}"


@functools.lru_cache(maxsize=None)
def _shard_regexes():
    regexes = []
    for rule, (pattern, _) in SHARD_PRODUCERS.items():
        named_groups = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(pattern))
        regexes.append((rule, re.compile(f"{named_groups}$")))
    return regexes


SHARD_PRODUCER_GUARDS = {}  # rule name to a test of the wildcards, where two rules make the same pattern


def expect_provenance(wildcards, input):
    """Param function: --expect-provenance <JSON> for every shard among the job's inputs: the digest of the
    provenance its producer records in this run, which the job checks before reading it (StaleArtifactError)."""
    expected = {}
    for path in input:
        for rule, regex in _shard_regexes():
            match = regex.match(str(path))
            if match and SHARD_PRODUCER_GUARDS.get(rule, lambda groups: True)(match.groupdict()):
                expected[str(path)] = provenance_digest(shard_provenance(rule, match.groupdict()))
                break
    return f"--expect-provenance {shlex.quote(json.dumps(expected, sort_keys=True))}"


def split_list_path_of(wildcards, split):
    dataset = exp_cfg(wildcards)["dataset"]
    return split_list_path(dataset["kind"], dataset["root"], split)


def split_list(wildcards):
    """The list file of {split}: made by toy_dataset for toy experiments, else the user's dataset."""
    return str(split_list_path_of(wildcards, wildcards.split))


def labels_file(wildcards):
    """A folder dataset's image-level labels file, for the jobs that read it (an edit re-runs them); [] otherwise."""
    dataset = exp_cfg(wildcards)["dataset"]
    return [os.path.join(dataset["root"], dataset["labels"])] if dataset["kind"] == "folder" else []

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



MASK_PARAMS = dict(dataset=section_json("dataset"), settings=section_json("masks", exclude=MASK_MEMORY_ONLY),
                   shard_size=exp_value("shard_size"), code=code_hash("masks"))  # fmt: skip
SHARD_PRODUCERS["masks"] = (MASK_SHARD, MASK_PARAMS)


def mask_evals(wildcards):
    """The per-shard evaluation of every mask shard of every split that stage S0 covers in this experiment."""
    return [p for split in mask_splits(exp_cfg(wildcards)) for p in shard_paths(MASK_EVAL, wildcards.exp, split)]

# --------------------------------------------------------------------------------------------------------------
# Stages T1/T2 (rules/prompts.smk): the classification (cls) and segmentation (seg) tasks

TASKS = ("cls", "seg")


def task_of(wildcards):
    """The task whose settings a job uses: {task}, or for CAMs the learned prompts' task (controls: cls)."""
    task = getattr(wildcards, "task", None) or wildcards.prompts
    return task if task in TASKS else "cls"


def task_value(*keys):
    """Param function: the value at `keys` in the job's task section (cls or seg)."""

    def get(wildcards):
        value = exp_cfg(wildcards)[task_of(wildcards)]
        for key in keys:
            value = value[key]
        return value

    return get


def task_json(*keys):
    """Param function: task_value as canonical JSON for the command line."""
    return lambda wildcards: json.dumps(task_value(*keys)(wildcards), sort_keys=True)


def task_classes(wildcards):
    """The prompt names of the job's task as JSON: the experiment's classes, with seg.bg_names for seg if set."""
    classes = dict(exp_cfg(wildcards)["classes"])
    if task_of(wildcards) == "seg" and "bg_names" in exp_cfg(wildcards)["seg"]:
        classes["bg"] = exp_cfg(wildcards)["seg"]["bg_names"]
    return json.dumps(classes, sort_keys=True)


def train_prompt_inputs(wildcards):
    """The train split list and the CLIP weights (made by toy_clip for the toy model); for seg, the coarse seeds."""
    inputs = {"split_list": str(split_list_path_of(wildcards, exp_cfg(wildcards)["train_split"])),
              "clip": exp_cfg(wildcards)["clip"]["checkpoint"]}  # fmt: skip
    if wildcards.task == "seg":
        inputs["seeds"] = SEED_MANIFEST.format(exp=wildcards.exp, task="cls")
    return {**inputs, "labels": labels_file(wildcards)}


def seed_dir_arg(wildcards):
    return f"--seed-dir {SEED_DIR.format(exp=wildcards.exp, task='cls')}" if wildcards.task == "seg" else ""


# --------------------------------------------------------------------------------------------------------------
# Bring your own CAMs (rules/byo_cams.smk): the cls task's CAMs imported from a folder (cams_from)


def imports_cams(exp, prompts):
    """True when the CAMs of `prompts` in experiment `exp` are imported (cams_from) instead of inferred."""
    return prompts == "cls" and bool(experiment(config, exp).get("cams_from"))


BYO_EXPERIMENTS = [name for name in config["experiments"] if imports_cams(name, "cls")]


def stops_at_coarse_seeds(exp):
    """Experiments with imported CAMs have no prompts of their own: their DAG ends at the coarse seeds."""
    return imports_cams(exp, "cls")


def seed_tasks(exp):
    return ["cls"] if stops_at_coarse_seeds(exp) else list(TASKS)


@functools.lru_cache(maxsize=None)
def _split_ids(exp, split):
    from fma_wsss.data import read_split

    dataset = experiment(config, exp)["dataset"]
    return [s.id for s in read_split(dataset["kind"], dataset["root"], split)]


def imported_cam_files(wildcards):
    """The CAM files of the shard's images (an edit of one re-runs its shard; a missing one is named here)."""
    from fma_wsss.byo_cams import cam_file_path

    cams_from, ids = exp_cfg(wildcards)["cams_from"], _split_ids(wildcards.exp, wildcards.split)
    ids = ids[shard_slice(len(ids), exp_cfg(wildcards)["shard_size"], int(wildcards.shard))]
    return [str(cam_file_path(cams_from["dir"], img_id, cams_from["format"])) for img_id in ids]


def import_cam_args(wildcards):
    """--require-att when CAA runs on the imported CAMs (it needs their attention)."""
    return "--require-att" if exp_cfg(wildcards)["cls"]["caa"]["enabled"] else ""


# --------------------------------------------------------------------------------------------------------------
# Stages I1/I2, A1/A2 (rules/cams.smk)

CAM_SHARD = "results/{exp}/{prompts}/cams/{split}/shard-{shard}.h5"

CAM_EVAL = "results/{exp}/{prompts}/cams/{split}/eval-{shard}.json"
REFINED_SHARD = "results/{exp}/{prompts}/cams_affed/{split}/shard-{shard}.h5"


def cam_splits(wildcards):
    """The splits whose CAMs the cls report covers."""
    infer = exp_cfg(wildcards)["cls"]["infer"]
    return list(infer["splits"]) or [exp_cfg(wildcards)["train_split"]]


def infer_cam_inputs(wildcards):
    """Split list and CLIP weights, plus the trained context for learned prompts (cls, seg)."""
    inputs = {"split_list": split_list(wildcards), "clip": exp_cfg(wildcards)["clip"]["checkpoint"]}
    if wildcards.prompts in TASKS:
        inputs["context"] = f"results/{wildcards.exp}/{wildcards.prompts}/prompts.pth"
    return {**inputs, "labels": labels_file(wildcards)}


def context_arg(wildcards):
    """Where the prompt context comes from: the trained file, the hand phrase, or the untrained start of T1."""
    cls = exp_cfg(wildcards)["cls"]
    if wildcards.prompts == "hand":
        return f"--hand-prompt {shlex.quote(cls['infer']['hand_prompt'])}"
    if wildcards.prompts == "init":
        return f"--init-seed {shlex.quote(json.dumps(cls['train']['init_seed'], ensure_ascii=False))}"
    return f"--context {shlex.quote(infer_cam_inputs(wildcards)['context'])}"


def caa_settings(task):
    """The settings CAA itself reads, as JSON (not whether or where it runs, nor the evaluation's powers)."""
    settings = {k: v for k, v in task["caa"].items() if k not in ("enabled", "fused", "eval_powers")}
    return json.dumps(settings, sort_keys=True)


def refines_apart(exp, prompts):
    """True when the learned prompts `prompts` have CAA run in refine_cams jobs (caa.fused: false)."""
    if prompts not in TASKS:
        return False
    caa = experiment(config, exp)[prompts]["caa"]
    return caa["enabled"] and (not caa["fused"] or imports_cams(exp, prompts))


def attention_args(wildcards):
    """--att-layers, --store-att and --caa <settings> of the task, for learned prompts only, whose CAMs feed the
    seeds; the controls use no attention. Fused CAA refines in the inference pass; unfused CAA needs the attention
    stored for refine_cams, and its settings stay out of the inference command, so a CAA sweep re-runs no Grad-CAM."""
    if wildcards.prompts not in TASKS:
        return ""
    task = exp_cfg(wildcards)[wildcards.prompts]
    fused = task["caa"]["enabled"] and task["caa"]["fused"]
    store = task["infer"]["store_att"] or refines_apart(wildcards.exp, wildcards.prompts)
    if not (store or fused):
        return ""
    args = f"--att-layers {task['infer']['att_layers']}"
    if store:
        args += " --store-att"
    if fused:
        args += f" --caa {shlex.quote(caa_settings(task))}"
    return args


def refine_settings(wildcards):
    return caa_settings(exp_cfg(wildcards)[wildcards.prompts])


def cam_source_of(exp, prompts, split, shard):
    """The CAM shard that evaluation and seeding read: the inference's, or refine_cams' when CAA runs apart."""
    pattern = REFINED_SHARD if refines_apart(exp, prompts) else CAM_SHARD
    return pattern.format(exp=exp, prompts=prompts, split=split, shard=shard)


def cam_source(wildcards):
    return cam_source_of(wildcards.exp, wildcards.prompts, wildcards.split, wildcards.shard)


CAM_PARAMS = dict(dataset=section_json("dataset"), clip=section_json("clip"), classes=task_classes,
                  prompt=task_json("prompt"), context=context_arg, shard_size=exp_value("shard_size"),
                  attention=attention_args, code=code_hash("infer-cams"))  # fmt: skip
REFINE_PARAMS = dict(caa=refine_settings, code=code_hash("refine-cams"))
SHARD_PRODUCERS["infer_cams"] = (CAM_SHARD, CAM_PARAMS)
SHARD_PRODUCERS["refine_cams"] = (REFINED_SHARD, REFINE_PARAMS)
IMPORT_PARAMS = dict(dataset=section_json("dataset"), cams_from=section_json("cams_from"),
                     shard_size=exp_value("shard_size"), att=import_cam_args, code=code_hash("import-cams"))  # fmt: skip
SHARD_PRODUCERS["import_cams"] = (CAM_SHARD, IMPORT_PARAMS)
SHARD_PRODUCER_GUARDS["import_cams"] = lambda groups: imports_cams(groups["exp"], groups["prompts"])
SHARD_PRODUCER_GUARDS["infer_cams"] = lambda groups: not imports_cams(groups["exp"], groups["prompts"])


def caa_eval_args(wildcards):
    """--caa-powers for a task's CAM evaluation when its CAMs are refined."""
    if wildcards.prompts not in TASKS or not exp_cfg(wildcards)[wildcards.prompts]["caa"]["enabled"]:
        return ""
    return "--caa-powers " + " ".join(map(str, exp_cfg(wildcards)[wildcards.prompts]["caa"]["eval_powers"]))


def cam_variants(wildcards):
    """Prompt variants of the classification task's CAM report: the configured controls, then the learned prompts
    (with imported CAMs, those alone: the controls need our CLIP)."""
    if imports_cams(wildcards.exp, "cls"):
        return ["cls"]
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
# Stages M1/M2 (rules/seeds.smk): coarse seeds from the cls task's CAMs, fine seeds from the seg task's

SEED_SHARD = "results/{exp}/{task}/seeds/{split}/shard-{shard}.h5"
SEED_EVAL = "results/{exp}/{task}/seeds/{split}/eval-{shard}.json"
SEED_DIR = "results/{exp}/{task}/seed"
SEED_MANIFEST = "results/{exp}/{task}/seed/manifest.txt"


def seed_inputs(wildcards):
    """The mask shard and the task's CAM shard of the same images."""
    cams = cam_source_of(wildcards.exp, wildcards.task, wildcards.split, wildcards.shard)
    return {"masks": MASK_SHARD.format(**wildcards), "cams": cams}


def seed_cam_key(wildcards):
    """Seeds come from the refined CAMs (METHOD §10), or the raw CAMs where the task has no CAA (COCO seg)."""
    return "cam_affed" if exp_cfg(wildcards)[wildcards.task]["caa"]["enabled"] else "cam"


SEED_PARAMS = dict(dataset=section_json("dataset"), gammas=task_value("seeds", "gamma"), cam_key=seed_cam_key,
                   shard_size=exp_value("shard_size"), code=code_hash("seeds"))  # fmt: skip
SHARD_PRODUCERS["seeds"] = (SEED_SHARD, SEED_PARAMS)


def train_split_of(wildcards):
    exp, split = wildcards.exp, exp_cfg(wildcards)["train_split"]
    if split not in mask_splits(exp_cfg(wildcards)):
        raise ConfigError(f"experiments.{exp}.masks.splits: the seeds need masks of the train split {split!r}")
    return split


def seeds_report_inputs(wildcards):
    """Per-shard evaluations of the train split: each task's CAMs and seeds, and the masks."""
    exp, split = wildcards.exp, train_split_of(wildcards)
    inputs = {"masks": shard_paths(MASK_EVAL, exp, split)}
    for task in seed_tasks(exp):
        inputs[f"{task}_cams"] = shard_paths(CAM_EVAL.replace("{prompts}", task), exp, split)
        inputs[f"{task}_seeds"] = shard_paths(SEED_EVAL.replace("{task}", task), exp, split)
    return inputs


def seeds_report_seg_args(wildcards, input):
    """The segmentation task's evaluations (--seg-cam-evals, --fine-evals), or where the cls CAMs are imported,
    --cams-from <their folder> instead."""
    if stops_at_coarse_seeds(wildcards.exp):
        return f"--cams-from {shlex.quote(exp_cfg(wildcards)['cams_from']['dir'])}"
    q = shlex.quote
    return (f"--seg-cam-evals {' '.join(q(p) for p in input.seg_cams)}"
            f" --fine-evals {' '.join(q(p) for p in input.seg_seeds)}")  # fmt: skip


def seed_files(wildcards):
    """A task's seed shards of the train split and their evaluations (which pick γ when there are several)."""
    exp, split = wildcards.exp, train_split_of(wildcards)
    return {"shards": shard_paths(SEED_SHARD.replace("{task}", wildcards.task), exp, split),
            "evals": shard_paths(SEED_EVAL.replace("{task}", wildcards.task), exp, split)}  # fmt: skip


# --------------------------------------------------------------------------------------------------------------
# Stage II (rules/stage2.smk): Mask2Former on the fine seeds
STAGE2 = "results/{exp}/stage2"


def stage2_cfg(wildcards):
    stage2 = exp_cfg(wildcards).get("stage2")
    if stage2 is None:
        raise ConfigError(f"experiments.{wildcards.exp}.stage2 is not set: this experiment stops at the fine seeds")
    return stage2


def stage2_train_inputs(wildcards):
    """The fine seeds, the train and val split lists, and the backbone weights when the config names them."""
    exp = exp_cfg(wildcards)
    inputs = {"seeds": SEED_MANIFEST.format(exp=wildcards.exp, task="seg"),
              "train_list": str(split_list_path_of(wildcards, exp["train_split"])),
              "val_list": str(split_list_path_of(wildcards, stage2_cfg(wildcards)["val_split"]))}  # fmt: skip
    if stage2_cfg(wildcards)["backbone"]:
        inputs["backbone"] = stage2_cfg(wildcards)["backbone"]
    return inputs


def stage2_args(wildcards):
    """The command-line arguments every stage-II command shares (the config section, the seeds, the work dir)."""
    exp = exp_cfg(wildcards)
    return (f"--dataset {shlex.quote(json.dumps(exp['dataset'], sort_keys=True))}"
            f" --stage2 {shlex.quote(json.dumps(stage2_cfg(wildcards), sort_keys=True))}"
            f" --train-split {shlex.quote(exp['train_split'])}"
            f" --seed-dir {SEED_DIR.format(exp=wildcards.exp, task='seg')} --work-dir {STAGE2.format(exp=wildcards.exp)}/work")  # fmt: skip


def stage2_gpus(wildcards):
    return stage2_cfg(wildcards)["gpus"]


def stage2_eval_inputs(wildcards):
    return {"checkpoint": f"{STAGE2.format(exp=wildcards.exp)}/{wildcards.ckpt}.pth",
            "split_list": str(split_list_path_of(wildcards, exp_cfg(wildcards)["eval_split"]))}  # fmt: skip


def stage2_experiments():
    """The selected experiments that configure stage II (the default target builds their stage-II report)."""
    return [name for name in SELECTED_EXPERIMENTS if experiment(config, name).get("stage2")]


def stage2_test_split(wildcards):
    split = stage2_cfg(wildcards)["test_split"]
    if not split:
        raise ConfigError(f"experiments.{wildcards.exp}.stage2.test_split is not set: there is no test split to export")
    return split


# --------------------------------------------------------------------------------------------------------------
# The run's HTML report (rules/report.smk)
REPORT_PREDICTIONS = "results/{exp}/report/stage2/predictions.json"


def train_split_list(wildcards):
    return str(split_list_path_of(wildcards, exp_cfg(wildcards)["train_split"]))


def report_inputs(wildcards):
    """Everything the report shows: each stage's report JSON and training summary, and for the gallery the train
    split's mask shards, the cls task's CAM shards (raw and refined), both seed folders, and stage II's evaluations,
    history and gallery predictions when the experiment has stage II."""
    exp, split = wildcards.exp, train_split_of(wildcards)
    inputs = {
        "masks_report": f"results/{exp}/masks/report.json", "cams_report": f"results/{exp}/cams/report.json",
        "seeds_report": f"results/{exp}/seeds/report.json",
        **{f"{task}_summary": f"results/{exp}/{task}/train_summary.json" for task in TASKS if not stops_at_coarse_seeds(exp)},
        **{f"{task}_seeds": SEED_MANIFEST.format(exp=exp, task=task) for task in seed_tasks(exp)},
    }  # fmt: skip
    if exp_cfg(wildcards)["report"]["gallery"]:
        n = n_shards(exp, split)
        inputs["mask_shards"] = [MASK_SHARD.format(exp=exp, split=split, shard=f"{k:04d}") for k in range(n)]
        inputs["cam_shards"] = [CAM_SHARD.format(exp=exp, prompts="cls", split=split, shard=f"{k:04d}") for k in range(n)]
        if exp_cfg(wildcards)["cls"]["caa"]["enabled"]:
            inputs["refined_shards"] = [cam_source_of(exp, "cls", split, f"{k:04d}") for k in range(n)]
    if exp_cfg(wildcards).get("stage2"):
        inputs.update({f"stage2_{c}": f"{STAGE2.format(exp=exp)}/eval-{c}.json" for c in ("final", "best")})
        inputs["stage2_train"] = f"{STAGE2.format(exp=exp)}/train.json"
        if exp_cfg(wildcards)["report"]["gallery"]:
            inputs["stage2_gallery"] = REPORT_PREDICTIONS.format(exp=exp)
    return inputs


def report_args(wildcards, input):
    """The report command's arguments, every path taken from the rule's input."""
    exp = exp_cfg(wildcards)
    q = shlex.quote
    args = [f"--title {q(f'FMA-WSSS run: {wildcards.exp}')} --experiment {q(wildcards.exp)}",
            f"--experiment-config {q(json.dumps(exp, sort_keys=True, ensure_ascii=False))}",
            f"--dataset {q(json.dumps(exp['dataset'], sort_keys=True))} --split {q(exp['train_split'])}",
            f"--shard-size {exp['shard_size']} --gallery {exp['report']['gallery']}",
            f"--masks-report {q(input.masks_report)} --cams-report {q(input.cams_report)}",
            f"--seeds-report {q(input.seeds_report)}",
            "--train-summary " + " ".join(q(f"{task}={input[f'{task}_summary']}") for task in TASKS if f"{task}_summary" in input.keys()),
            f"--coarse-dir {q(os.path.dirname(input.cls_seeds))}"]  # fmt: skip
    if "seg_seeds" in input.keys():
        args.append(f"--fine-dir {q(os.path.dirname(input.seg_seeds))}")
    for key in ("mask_shards", "cam_shards", "refined_shards"):
        if key in input.keys():
            args.append(f"--{key.replace('_', '-')} " + " ".join(q(p) for p in input[key]))
    if "stage2_train" in input.keys():
        args.append(f"--stage2-train {q(input.stage2_train)} --stage2-eval "
                    + " ".join(q(f"{c}={input[f'stage2_{c}']}") for c in ("final", "best")))  # fmt: skip
    if "stage2_gallery" in input.keys():
        args.append(f"--stage2-pred-dir {q(os.path.dirname(input.stage2_gallery))}")
    return " ".join(args)
