"""The job table: for every rule, its `fma-wsss` command, its outputs (layout patterns), its inputs (paths; shards as
`Made`, naming the rule that makes them) and its arguments, as pure functions of the plan and the job's wildcards.

The rules bind to this table (rules/common.smk), the argv test parses every job's arguments with the CLI's own
parser, and the provenance a shard records (`record`) is declared once, beside the rule that writes it.
Arguments are lists; `machine` lists the Snakemake placeholders (threads, resources) appended in the rule's shell
line, kept out of the params so that a machine setting re-runs nothing.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

from ..config import mask_splits
from . import layout
from .plan import IMPORTED, TASKS, Made, Plan, made, stores_attention

Wildcards = Mapping[str, str]
Inputs = dict[str, Any]  # name -> path, Made, or a list of them
Outputs = dict[str, Any]  # name -> path or list of paths


@dataclass(frozen=True)
class Job:
    """One rule: `fma-wsss <command>` with `args(plan, wc, inputs, outputs)`, then the `machine` placeholders."""

    command: str
    outputs: Callable[[Plan], dict[str, Any]]
    inputs: Callable[[Plan, Wildcards], Inputs]
    args: Callable[[Plan, Wildcards, Inputs, Outputs], list[str]]
    machine: tuple[str, ...] = ()
    record: Callable[[Plan, Wildcards], dict[str, Any]] | None = None  # the params a shard records as provenance


def canonical(value: Any) -> str:
    """A config section as canonical JSON (sorted keys): a command-line value and a provenance param."""
    return json.dumps(value, sort_keys=True)


def section(plan: Plan, wc: Wildcards, *keys: str, exclude: tuple[str, ...] = ()) -> str:
    """The experiment's config section at `keys` as canonical JSON, without the dotted paths in `exclude`."""
    value = json.loads(json.dumps(_value(plan.exp(wc["exp"]), keys)))
    for path in exclude:
        *parents, leaf = path.split(".")
        _value(value, parents).pop(leaf, None)
    return canonical(value)


def _value(node: Any, keys: Any) -> Any:
    for key in keys:
        node = node[key]
    return node


def _static(**patterns: Any) -> Callable[[Plan], dict[str, Any]]:
    return lambda plan: patterns


def _none(plan: Plan, wc: Wildcards) -> Inputs:
    return {}


def fmt(pattern: str, wc: Wildcards) -> str:
    return pattern.format(**wc)


def one_shard(plan: Plan, wc: Wildcards) -> list[str]:
    """--dataset --split --shard --shard-size of a per-shard job."""
    return ["--dataset", section(plan, wc, "dataset"), "--split", wc["split"], "--shard", wc["shard"],
            "--shard-size", str(plan.exp(wc["exp"])["shard_size"])]  # fmt: skip


def task_of(wc: Wildcards) -> str:
    """The task whose settings a job uses: {task}, or for CAMs the learned prompts' task (controls: cls)."""
    task = wc.get("task") or wc["prompts"]
    return task if task in TASKS else "cls"


# --------------------------------------------------------------------------------------------------------------
# Toy dataset, toy CLIP, tiny SAM


def toy_dataset_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    return ["--root", wc["toy_root"], "--settings", canonical(plan.toy_roots()[wc["toy_root"]])]


def toy_clip_outputs(plan: Plan) -> dict[str, str]:
    checkpoint = plan.config["toy_clip"]["checkpoint"]
    return {"weights": checkpoint, "summary": checkpoint + ".json"}


def toy_clip_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    return ["--settings", canonical(plan.config["toy_clip"]), "--out", outputs["weights"],
            "--summary", outputs["summary"]]  # fmt: skip


# --------------------------------------------------------------------------------------------------------------
# Stage S0: masks

MASK_MEMORY_ONLY = ("rock_sand_water_chunk_size", "sam.points_per_batch")  # reach the job as resources


def mask_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    inputs = {"split_list": plan.split_list(wc["exp"], wc["split"])}
    masks = plan.exp(wc["exp"])["masks"]
    if masks["backend"] == "sam":
        inputs["checkpoint"] = masks["sam"]["checkpoint"]
    return inputs


def mask_record(plan: Plan, wc: Wildcards) -> dict[str, Any]:
    return {"dataset": section(plan, wc, "dataset"), "settings": section(plan, wc, "masks", exclude=MASK_MEMORY_ONLY),
            "shard_size": plan.exp(wc["exp"])["shard_size"]}  # fmt: skip


def mask_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    return [*one_shard(plan, wc), "--settings", mask_record(plan, wc)["settings"], "--out", outputs["shard"]]


def mask_shard(wc: Wildcards, split: str | None = None, shard: str | None = None) -> Made:
    return made("masks", layout.MASK_SHARD, exp=wc["exp"], split=split or wc["split"], shard=shard or wc["shard"])


def shard_eval_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    """mask-eval, seed-eval: one shard against the split's GT."""
    return ["--dataset", section(plan, wc, "dataset"), "--split", wc["split"], "--shard-file", str(inputs["shard"]),
            "--out", outputs["eval"]]  # fmt: skip


def mask_evals(plan: Plan, wc: Wildcards) -> Inputs:
    exp = wc["exp"]
    splits = mask_splits(plan.exp(exp))
    return {"evals": [layout.MASK_EVAL.format(exp=exp, split=s, shard=k) for s in splits for k in plan.shards(exp, s)]}


def report_files(plan: Plan, wc: Wildcards, outputs: Outputs, title: str) -> list[str]:
    return ["--json", outputs["json"], "--md", outputs["md"], "--title", f"{title} ({wc['exp']})"]


def mask_report_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    return ["--dataset", section(plan, wc, "dataset"), "--evals", *inputs["evals"],
            *report_files(plan, wc, outputs, "Quasi-superpixel quality")]  # fmt: skip


# --------------------------------------------------------------------------------------------------------------
# Stages T1/T2: prompts


def task_classes(plan: Plan, wc: Wildcards) -> str:
    """The prompt names of the job's task: the experiment's classes, with seg.bg_names for seg where set."""
    cfg = plan.exp(wc["exp"])
    classes = dict(cfg["classes"])
    if task_of(wc) == "seg" and "bg_names" in cfg["seg"]:
        classes["bg"] = cfg["seg"]["bg_names"]
    return canonical(classes)


def model_args(plan: Plan, wc: Wildcards, split: str) -> list[str]:
    """What builds the CAM model: dataset, split, CLIP, class names and the task's prompt settings."""
    return ["--dataset", section(plan, wc, "dataset"), "--split", split, "--clip", section(plan, wc, "clip"),
            "--classes", task_classes(plan, wc), "--prompt", section(plan, wc, task_of(wc), "prompt")]  # fmt: skip


def train_prompt_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    exp = plan.exp(wc["exp"])
    inputs = {"split_list": plan.split_list(wc["exp"], exp["train_split"]), "clip": exp["clip"]["checkpoint"]}
    if wc["task"] == "seg":
        inputs["seeds"] = layout.SEED_MANIFEST.format(exp=wc["exp"], task="cls")
    init_file = exp[wc["task"]]["prompt"].get("init_file")
    if init_file and os.path.isfile(init_file):  # a replaced start context re-runs the training
        inputs["init_file"] = init_file
    return {**inputs, "labels": plan.labels_file(wc["exp"])}


def train_prompt_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    args = [*model_args(plan, wc, plan.exp(wc["exp"])["train_split"]), "--train", section(plan, wc, wc["task"], "train")]
    if wc["task"] == "seg":
        args += ["--seed-dir", layout.SEED_DIR.format(exp=wc["exp"], task="cls")]
    return [*args, "--work-dir", fmt(layout.PROMPT_STATES, wc), "--out", outputs["context"],
            "--summary", outputs["summary"]]  # fmt: skip


# --------------------------------------------------------------------------------------------------------------
# Stages I1/I2, A1/A2: CAMs, imported CAMs, CAA apart, their evaluation and report


def infer_cam_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    inputs = {"split_list": plan.split_list(wc["exp"], wc["split"]), "clip": plan.exp(wc["exp"])["clip"]["checkpoint"]}
    if wc["prompts"] in TASKS:
        inputs["context"] = layout.PROMPT_CONTEXT.format(exp=wc["exp"], task=wc["prompts"])
    if wc["prompts"] == "init" and cls_start_file(plan, wc):
        inputs["context"] = cls_start_file(plan, wc)
    return {**inputs, "labels": plan.labels_file(wc["exp"])}


def cls_start_file(plan: Plan, wc: Wildcards) -> str | None:
    """cls.prompt.init_file where that file exists: T1 starts from it (prompts.start_context), so the `init`
    control shows it; None when T1 starts from init_seed."""
    init_file = plan.exp(wc["exp"])["cls"]["prompt"].get("init_file")
    return init_file if init_file and os.path.isfile(init_file) else None


def context_args(plan: Plan, wc: Wildcards) -> list[str]:
    """Where the context comes from: the trained file, the hand phrase, or the untrained start of T1 (its init_file
    where that exists, else its init_seed)."""
    cls = plan.exp(wc["exp"])["cls"]
    if wc["prompts"] == "hand":
        return ["--hand-prompt", cls["infer"]["hand_prompt"]]
    if wc["prompts"] == "init" and cls_start_file(plan, wc):
        return ["--context", cls_start_file(plan, wc)]
    if wc["prompts"] == "init":
        return ["--init-seed", json.dumps(cls["train"]["init_seed"], ensure_ascii=False)]
    return ["--context", layout.PROMPT_CONTEXT.format(exp=wc["exp"], task=wc["prompts"])]


def caa_settings(plan: Plan, wc: Wildcards) -> str:
    """The settings CAA itself reads (not whether or where it runs, nor the evaluation's powers)."""
    caa = plan.exp(wc["exp"])[wc["prompts"]]["caa"]
    return canonical({k: v for k, v in caa.items() if k not in ("enabled", "fused", "eval_powers")})


def attention_args(plan: Plan, wc: Wildcards) -> list[str]:
    """--att-layers, --store-att, --caa for learned prompts (the controls use no attention). Unfused CAA needs the
    attention stored for refine_cams, and its settings stay out of inference, so a CAA sweep re-runs no Grad-CAM."""
    if wc["prompts"] not in TASKS:
        return []
    cfg = plan.exp(wc["exp"])
    task = cfg[wc["prompts"]]
    fused = task["caa"]["enabled"] and task["caa"]["fused"]
    store = stores_attention(cfg, wc["prompts"])
    if not (store or fused):
        return []
    return ["--att-layers", str(task["infer"]["att_layers"]), *(["--store-att"] if store else []),
            *(["--caa", caa_settings(plan, wc)] if fused else [])]  # fmt: skip


def scale_args(plan: Plan, wc: Wildcards) -> list[str]:
    """--scale where the task's infer.scale is not the recipe's 1.0 (the controls infer as the cls task does)."""
    scale = plan.exp(wc["exp"])[task_of(wc)]["infer"]["scale"]
    return [] if scale == 1.0 else ["--scale", repr(float(scale))]


def infer_cam_record(plan: Plan, wc: Wildcards) -> dict[str, Any]:
    return {"dataset": section(plan, wc, "dataset"), "clip": section(plan, wc, "clip"),
            "classes": task_classes(plan, wc), "prompt": section(plan, wc, task_of(wc), "prompt"),
            "context": context_args(plan, wc), "shard_size": plan.exp(wc["exp"])["shard_size"],
            "attention": attention_args(plan, wc), **({"scale": s} if (s := scale_args(plan, wc)) else {})}  # fmt: skip


def infer_cam_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    return [*model_args(plan, wc, wc["split"]), *context_args(plan, wc), "--shard", wc["shard"],
            "--shard-size", str(plan.exp(wc["exp"])["shard_size"]), *scale_args(plan, wc),
            *attention_args(plan, wc), "--out", outputs["shard"]]  # fmt: skip


def shard_ids(plan: Plan, wc: Wildcards) -> tuple[str, ...]:
    """The ids of the job's shard of its split."""
    from ..data import shard_slice

    ids = plan.split_ids(wc["exp"], wc["split"])
    return ids[shard_slice(len(ids), plan.exp(wc["exp"])["shard_size"], int(wc["shard"]))]


def imported_cam_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    """The split list and the CAM files of the shard's images (an edit of one re-runs its shard)."""
    from ..byo_cams import cam_file_path

    cams_from = plan.exp(wc["exp"])["cams_from"]
    return {"split_list": plan.split_list(wc["exp"], wc["split"]),
            "cams": [str(cam_file_path(cams_from["dir"], i, cams_from["format"])) for i in shard_ids(plan, wc)]}  # fmt: skip


def import_cam_record(plan: Plan, wc: Wildcards) -> dict[str, Any]:
    require_att = plan.exp(wc["exp"])["cls"]["caa"]["enabled"]  # CAA needs the files' attention
    return {"dataset": section(plan, wc, "dataset"), "cams_from": section(plan, wc, "cams_from"),
            "shard_size": plan.exp(wc["exp"])["shard_size"], "att": ["--require-att"] if require_att else []}  # fmt: skip


def import_cam_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    cams_from = plan.exp(wc["exp"])["cams_from"]
    return [*one_shard(plan, wc), "--cam-dir", cams_from["dir"], "--format", cams_from["format"],
            *import_cam_record(plan, wc)["att"], "--out", outputs["shard"]]  # fmt: skip


def refine_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    return {"shard": plan.cam_shard(wc["exp"], wc["prompts"], wc["split"], wc["shard"])}


def refine_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    return ["--shard-file", str(inputs["shard"]), "--caa", caa_settings(plan, wc), "--out", outputs["shard"]]


def cam_eval_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    return {"shard": plan.cam_source(wc["exp"], wc["prompts"], wc["split"], wc["shard"])}


def cam_eval_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    task = plan.exp(wc["exp"])[task_of(wc)]
    args = ["--dataset", section(plan, wc, "dataset"), "--split", wc["split"], "--shard-file", str(inputs["shard"]),
            "--powers", *map(str, task["infer"]["eval_powers"])]  # fmt: skip
    if wc["prompts"] in TASKS and task["caa"]["enabled"]:
        args += ["--caa-powers", *map(str, task["caa"]["eval_powers"])]
    return [*args, "--out", outputs["eval"]]


def cam_report_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    return {"evals": [path for _, paths in plan.cam_eval_groups(wc["exp"]) for path in paths]}


def cam_report_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    variants = [arg for name, paths in plan.cam_eval_groups(wc["exp"]) for arg in ("--variant", name, ",".join(paths))]
    return ["--dataset", section(plan, wc, "dataset"), *variants, *report_files(plan, wc, outputs, "CAM quality")]


# --------------------------------------------------------------------------------------------------------------
# Stages M1/M2: seeds, their evaluation, export and the stage-I report


def seed_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    """The mask shard and the task's CAM shard of the same images."""
    return {"masks": mask_shard(wc), "cams": plan.cam_source(wc["exp"], wc["task"], wc["split"], wc["shard"])}


def seed_record(plan: Plan, wc: Wildcards) -> dict[str, Any]:
    task = plan.exp(wc["exp"])[wc["task"]]
    # seeds come from the refined CAMs (METHOD §10), or the raw CAMs where the task has no CAA (COCO seg)
    return {"dataset": section(plan, wc, "dataset"), "gammas": task["seeds"]["gamma"],
            "cam_key": "cam_affed" if task["caa"]["enabled"] else "cam", "shard_size": plan.exp(wc["exp"])["shard_size"]}  # fmt: skip


def seed_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    record = seed_record(plan, wc)
    return ["--dataset", record["dataset"], "--masks", str(inputs["masks"]), "--cams", str(inputs["cams"]),
            "--cam-key", record["cam_key"], "--gammas", *map(str, record["gammas"]), "--out", outputs["shard"]]  # fmt: skip


def seed_shard(wc: Wildcards, task: str | None = None, split: str | None = None, shard: str | None = None) -> Made:
    """The seed shard as SAMS makes it, or as import_seeds writes imported pseudo labels."""
    producer = "import_seeds" if (task or wc["task"]) == IMPORTED else "seeds"
    return made(producer, layout.SEED_SHARD, exp=wc["exp"], task=task or wc["task"], split=split or wc["split"],
                shard=shard or wc["shard"])  # fmt: skip


def import_seed_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    """The split list and the shard's pseudo-label PNGs (an edit of one re-runs its shard)."""
    seed_dir = plan.exp(wc["exp"])["seeds_from"]["dir"]
    return {"split_list": plan.split_list(wc["exp"], wc["split"]),
            "seeds": [os.path.join(seed_dir, f"{i}.png") for i in shard_ids(plan, wc)]}  # fmt: skip


def import_seed_record(plan: Plan, wc: Wildcards) -> dict[str, Any]:
    return {"dataset": section(plan, wc, "dataset"), "seeds_from": section(plan, wc, "seeds_from"),
            "shard_size": plan.exp(wc["exp"])["shard_size"]}  # fmt: skip


def import_seed_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    return [*one_shard(plan, wc), "--seed-dir", plan.exp(wc["exp"])["seeds_from"]["dir"], "--out", outputs["shard"]]


def seed_eval_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    return {"shard": seed_shard(wc), "labels": plan.labels_file(wc["exp"])}


def export_seed_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    """A task's seed shards of the train split and their evaluations (which pick γ when there are several)."""
    split = plan.train_split(wc["exp"])
    shards = plan.shards(wc["exp"], split)
    return {"shards": [seed_shard(wc, split=split, shard=k) for k in shards],
            "evals": [layout.SEED_EVAL.format(exp=wc["exp"], task=wc["task"], split=split, shard=k) for k in shards]}  # fmt: skip


def export_seed_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    return ["--dataset", section(plan, wc, "dataset"), "--split", plan.train_split(wc["exp"]),
            "--shards", *map(str, inputs["shards"]), "--evals", *inputs["evals"], "--out-dir", fmt(layout.SEED_DIR, wc),
            "--manifest", outputs["manifest"]]  # fmt: skip


def seeds_report_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    """Per-shard evaluations of the train split: each task's CAMs and seeds, and the masks."""
    exp, split = wc["exp"], plan.train_split(wc["exp"])
    shards = plan.shards(exp, split)
    if plan.imports_seeds(exp):
        return {"imported": [layout.SEED_EVAL.format(exp=exp, task=IMPORTED, split=split, shard=k) for k in shards]}
    inputs = {"masks": [layout.MASK_EVAL.format(exp=exp, split=split, shard=k) for k in shards]}
    for task in plan.seed_tasks(exp):
        inputs[f"{task}_cams"] = [layout.CAM_EVAL.format(exp=exp, prompts=task, split=split, shard=k) for k in shards]
        inputs[f"{task}_seeds"] = [layout.SEED_EVAL.format(exp=exp, task=task, split=split, shard=k) for k in shards]
    return inputs


def seeds_report_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    if "imported" in inputs:
        return ["--dataset", section(plan, wc, "dataset"), "--imported-evals", *inputs["imported"],
                "--seeds-from", plan.exp(wc["exp"])["seeds_from"]["dir"],
                *report_files(plan, wc, outputs, "Imported pseudo labels")]  # fmt: skip
    args = ["--dataset", section(plan, wc, "dataset"), "--cam-evals", *inputs["cls_cams"],
            "--coarse-evals", *inputs["cls_seeds"]]  # fmt: skip
    if "seg_cams" in inputs:
        args += ["--seg-cam-evals", *inputs["seg_cams"], "--fine-evals", *inputs["seg_seeds"]]
    else:  # imported CAMs stop at the coarse seeds
        args += ["--cams-from", plan.exp(wc["exp"])["cams_from"]["dir"]]
    return [*args, "--mask-evals", *inputs["masks"], *report_files(plan, wc, outputs, "Stage I pseudo labels")]


# --------------------------------------------------------------------------------------------------------------
# Stage II: Mask2Former on the fine (or coarse) seeds, its evaluations, report, test export and gallery


def stage2_dir(wc: Wildcards) -> str:
    """The job's stage-II recipe folder: {stage2_dir}, or the main recipe's (the gallery shows the main recipe)."""
    return wc.get("stage2_dir", layout.MAIN_STAGE2)


def stage2_section(plan: Plan, wc: Wildcards, with_tta: bool = False) -> dict[str, Any]:
    """The recipe's stage2 section as its commands get it: without `also`, and without `tta` except where the
    command evaluates (with_tta), so that neither re-runs a training or a prediction."""
    return {k: v for k, v in plan.stage2(wc["exp"], stage2_dir(wc)).items() if k != "also" and (with_tta or k != "tta")}


def stage2_path(pattern: str, wc: Wildcards, **fields: str) -> str:
    return pattern.format(exp=wc["exp"], stage2_dir=stage2_dir(wc), **fields)


def stage2_args(plan: Plan, wc: Wildcards, with_tta: bool = False) -> list[str]:
    """What every stage-II command shares: the config sections, the seeds, the work dir."""
    cfg = plan.exp(wc["exp"])
    seeds = layout.SEED_DIR.format(exp=wc["exp"], task=plan.stage2_seed_task(wc["exp"]))
    return ["--dataset", section(plan, wc, "dataset"), "--stage2", canonical(stage2_section(plan, wc, with_tta)),
            "--train-split", cfg["train_split"], "--seed-dir", seeds, "--work-dir", stage2_path(layout.STAGE2_WORK, wc)]  # fmt: skip


def stage2_train_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    exp, stage2 = plan.exp(wc["exp"]), stage2_section(plan, wc)
    inputs = {"seeds": layout.SEED_MANIFEST.format(exp=wc["exp"], task=plan.stage2_seed_task(wc["exp"])),
              "train_list": plan.split_list(wc["exp"], exp["train_split"]),
              "val_list": plan.split_list(wc["exp"], stage2["val_split"])}  # fmt: skip
    if stage2["backbone"]:
        inputs["backbone"] = stage2["backbone"]
    return inputs


def stage2_train_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    return [*stage2_args(plan, wc), "--final", outputs["final"], "--best", outputs["best"], "--summary", outputs["summary"]]


def stage2_eval_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    return {"checkpoint": stage2_path(layout.STAGE2_CHECKPOINT, wc, ckpt=wc["ckpt"]),
            "split_list": plan.split_list(wc["exp"], plan.exp(wc["exp"])["eval_split"])}  # fmt: skip


def stage2_eval_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    selected = ["--selected-by-gt"] if wc["ckpt"] == "best" else []
    trained_on = {"cls": "coarse seeds", "seg": "fine seeds", IMPORTED: "imported seeds"}[plan.stage2_seed_task(wc["exp"])]
    return [*stage2_args(plan, wc, with_tta=True), "--checkpoint", inputs["checkpoint"],
            "--split", plan.exp(wc["exp"])["eval_split"], *selected, "--seeds-step", trained_on, "--out", outputs["eval"]]  # fmt: skip


def recipe_title(plan: Plan, wc: Wildcards) -> str:
    """'<exp>', or '<exp>, <config stem>' for a recipe of stage2.also."""
    extra = stage2_dir(wc) != layout.MAIN_STAGE2
    return f"{wc['exp']}, {Path(stage2_section(plan, wc)['config']).stem}" if extra else wc["exp"]


def stage2_report_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    return {"final": stage2_path(layout.STAGE2_EVAL, wc, ckpt="final"), "best": stage2_path(layout.STAGE2_EVAL, wc, ckpt="best"),
            "seeds": fmt(layout.SEEDS_REPORT_JSON, wc)}  # fmt: skip


def stage2_report_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    return ["--eval", f"final={inputs['final']}", f"best (GT-selected)={inputs['best']}",
            "--seeds-report", inputs["seeds"], "--title", f"Stage II ({recipe_title(plan, wc)})", "--md", outputs["md"]]  # fmt: skip


def predict_test_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    return {"checkpoint": stage2_path(layout.STAGE2_CHECKPOINT, wc, ckpt="best"),
            "split_list": plan.split_list(wc["exp"], plan.test_split(wc["exp"]))}  # fmt: skip


def predict_test_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    return [*stage2_args(plan, wc), "--checkpoint", inputs["checkpoint"], "--split", plan.test_split(wc["exp"]),
            "--selected-by-gt", "--pred-dir", os.path.dirname(outputs["predictions"]), "--out", outputs["predictions"]]  # fmt: skip


def test_export_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    return ["--dataset", section(plan, wc, "dataset"), "--split", plan.test_split(wc["exp"]),
            "--pred-dir", os.path.dirname(inputs["predictions"]), "--out", outputs["tar"]]  # fmt: skip


def gallery_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    return {"checkpoint": stage2_path(layout.STAGE2_CHECKPOINT, wc, ckpt="final"),
            "split_list": plan.split_list(wc["exp"], plan.exp(wc["exp"])["train_split"])}  # fmt: skip


def gallery_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    cfg = plan.exp(wc["exp"])
    return [*stage2_args(plan, wc), "--checkpoint", inputs["checkpoint"], "--split", cfg["train_split"],
            "--gallery", str(cfg["report"]["gallery"]), "--pred-dir", os.path.dirname(outputs["predictions"]),
            "--out", outputs["predictions"]]  # fmt: skip


# --------------------------------------------------------------------------------------------------------------
# The run's HTML report


def report_inputs(plan: Plan, wc: Wildcards) -> Inputs:
    """Every stage's report and training summary; for the gallery the train split's mask and cls CAM shards (raw
    and refined), both seed folders; stage II's evaluations, history and gallery predictions where configured."""
    exp, split = wc["exp"], plan.train_split(wc["exp"])
    cfg = plan.exp(exp)
    stage1 = {} if plan.imports_seeds(exp) else {"masks_report": fmt(layout.MASK_REPORT_JSON, wc),
                                                 "cams_report": fmt(layout.CAM_REPORT_JSON, wc)}  # fmt: skip
    inputs = {**stage1, "seeds_report": fmt(layout.SEEDS_REPORT_JSON, wc),
              **{f"{t}_summary": layout.PROMPT_SUMMARY.format(exp=exp, task=t) for t in plan.trained_tasks(exp)},
              **{f"{t}_seeds": layout.SEED_MANIFEST.format(exp=exp, task=t) for t in plan.seed_tasks(exp)}}  # fmt: skip
    if cfg["report"]["gallery"] and not plan.imports_seeds(exp):
        shards = plan.shards(exp, split)
        inputs["mask_shards"] = [layout.MASK_SHARD.format(exp=exp, split=split, shard=k) for k in shards]
        inputs["cam_shards"] = [layout.CAM_SHARD.format(exp=exp, prompts="cls", split=split, shard=k) for k in shards]
        if cfg["cls"]["caa"]["enabled"]:
            inputs["refined_shards"] = [plan.cam_source(exp, "cls", split, k).path for k in shards]
    if cfg.get("stage2"):
        for d in plan.stage2_dirs(exp):  # every recipe's evaluations, named by its folder
            inputs.update({f"{d}_{c}": layout.STAGE2_EVAL.format(exp=exp, stage2_dir=d, ckpt=c) for c in ("final", "best")})
        inputs["stage2_train"] = layout.STAGE2_TRAIN_SUMMARY.format(exp=exp, stage2_dir=layout.MAIN_STAGE2)
        if cfg["report"]["gallery"]:
            inputs["stage2_gallery"] = fmt(layout.GALLERY_PREDICTIONS, wc)
    return inputs


def report_args(plan: Plan, wc: Wildcards, inputs: Inputs, outputs: Outputs) -> list[str]:
    """The report command's arguments, every path taken from the inputs."""
    exp, cfg = wc["exp"], plan.exp(wc["exp"])
    args = ["--title", f"FMA-WSSS run: {exp}", "--experiment", exp, "--experiment-config", canonical(cfg),
            "--dataset", section(plan, wc, "dataset"), "--split", cfg["train_split"],
            "--shard-size", str(cfg["shard_size"]), "--gallery", str(cfg["report"]["gallery"]),
            "--seeds-report", inputs["seeds_report"],
            "--train-summary", *[f"{t}={inputs[f'{t}_summary']}" for t in TASKS if f"{t}_summary" in inputs]]  # fmt: skip
    for key, flag in (("masks_report", "--masks-report"), ("cams_report", "--cams-report"), ("cls_seeds", "--coarse-dir"),
                      ("seg_seeds", "--fine-dir"), (f"{IMPORTED}_seeds", "--imported-dir")):  # fmt: skip
        if key in inputs:
            args += [flag, os.path.dirname(inputs[key]) if key.endswith("_seeds") else inputs[key]]
    for key in ("mask_shards", "cam_shards", "refined_shards"):
        if key in inputs:
            args += [f"--{key.replace('_', '-')}", *inputs[key]]
    if "stage2_train" in inputs:
        evals = []
        for d in plan.stage2_dirs(exp):  # the main recipe's as final and best, another's as '<stem> final', ...
            prefix = "" if d == layout.MAIN_STAGE2 else f"{d.removeprefix(layout.MAIN_STAGE2 + '-')} "
            evals += [f"{prefix}{c}={inputs[f'{d}_{c}']}" for c in ("final", "best")]
        args += ["--stage2-train", inputs["stage2_train"], "--stage2-eval", *evals]
    if "stage2_gallery" in inputs:
        args += ["--stage2-pred-dir", os.path.dirname(inputs["stage2_gallery"])]
    return [*args, "--out", outputs["html"]]


# --------------------------------------------------------------------------------------------------------------
# The table

THREADS = ("--threads", "{threads}")

JOBS: dict[str, Job] = {
    "toy_dataset": Job("toy-dataset", _static(manifest=layout.TOY_MANIFEST), _none, toy_dataset_args),
    "toy_clip": Job("toy-clip", toy_clip_outputs, _none, toy_clip_args, THREADS),
    "tiny_sam": Job("tiny-sam", _static(weights=layout.TINY_SAM), _none,
                    lambda plan, wc, i, o: ["--seed", wc["seed"], "--out", o["weights"]]),
    "masks": Job("masks", _static(shard=layout.MASK_SHARD), mask_inputs, mask_args,
                 ("--rsw-chunk-size", "{resources.rsw_chunk_size}", "--points-per-batch",
                  "{resources.sam_points_per_batch}"), mask_record),
    "mask_eval": Job("mask-eval", _static(eval=layout.MASK_EVAL), lambda plan, wc: {"shard": mask_shard(wc)},
                     shard_eval_args),
    "mask_report": Job("mask-report", _static(json=layout.MASK_REPORT_JSON, md=layout.MASK_REPORT_MD),
                       mask_evals, mask_report_args),
    "train_prompts": Job("train-prompts", _static(context=layout.PROMPT_CONTEXT, summary=layout.PROMPT_SUMMARY),
                         train_prompt_inputs, train_prompt_args, (*THREADS, "--workers", "{resources.loader_workers}")),
    "import_cams": Job("import-cams", _static(shard=layout.CAM_SHARD), imported_cam_inputs, import_cam_args,
                       record=import_cam_record),
    "infer_cams": Job("infer-cams", _static(shard=layout.CAM_SHARD), infer_cam_inputs, infer_cam_args, THREADS,
                      infer_cam_record),
    "refine_cams": Job("refine-cams", _static(shard=layout.REFINED_SHARD), refine_inputs, refine_args, THREADS,
                       lambda plan, wc: {"caa": caa_settings(plan, wc)}),
    "cam_eval": Job("cam-eval", _static(eval=layout.CAM_EVAL), cam_eval_inputs, cam_eval_args),
    "cam_report": Job("cam-report", _static(json=layout.CAM_REPORT_JSON, md=layout.CAM_REPORT_MD),
                      cam_report_inputs, cam_report_args),
    "seeds": Job("seeds", _static(shard=layout.SEED_SHARD), seed_inputs, seed_args, record=seed_record),
    "import_seeds": Job("import-seeds", _static(shard=layout.SEED_SHARD), import_seed_inputs, import_seed_args,
                        record=import_seed_record),
    "seed_eval": Job("seed-eval", _static(eval=layout.SEED_EVAL), seed_eval_inputs, shard_eval_args),
    "export_seeds": Job("export-seeds", _static(manifest=layout.SEED_MANIFEST), export_seed_inputs, export_seed_args),
    "seeds_report": Job("seeds-report", _static(json=layout.SEEDS_REPORT_JSON, md=layout.SEEDS_REPORT_MD),
                        seeds_report_inputs, seeds_report_args),
    "stage2_train": Job("stage2-train", _static(final=layout.fill(layout.STAGE2_CHECKPOINT, ckpt="final"),
                                                best=layout.fill(layout.STAGE2_CHECKPOINT, ckpt="best"),
                                                summary=layout.STAGE2_TRAIN_SUMMARY),
                        stage2_train_inputs, stage2_train_args, THREADS),
    "stage2_eval": Job("stage2-eval", _static(eval=layout.STAGE2_EVAL), stage2_eval_inputs, stage2_eval_args, THREADS),
    "stage2_report": Job("stage2-report", _static(md=layout.STAGE2_REPORT), stage2_report_inputs, stage2_report_args),
    "stage2_predict_test": Job("stage2-eval", _static(predictions=layout.STAGE2_TEST_PREDICTIONS), predict_test_inputs,
                               predict_test_args, THREADS),
    "stage2_test_export": Job("stage2-pack-test", _static(tar=layout.STAGE2_TEST_TAR),
                              lambda plan, wc: {"predictions": fmt(layout.STAGE2_TEST_PREDICTIONS, wc)},
                              test_export_args),
    "stage2_gallery": Job("stage2-eval", _static(predictions=layout.GALLERY_PREDICTIONS), gallery_inputs, gallery_args,
                          THREADS),
    "report": Job("report", _static(html=layout.REPORT_HTML), report_inputs, report_args),
}  # fmt: skip
