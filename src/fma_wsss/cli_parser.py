"""The `fma-wsss` argument parser: parent parsers for the arguments commands share, and one table of commands.

Kept apart from fma_wsss.cli so that the code hash of a command (fma_wsss.provenance) covers what the command runs,
not how its arguments are spelled: the rules pass every argument explicitly, and tests/test_jobs.py parses every
job's command line with this parser. A command `x-y` runs `fma_wsss.cli.cmd_x_y`. `@file` reads arguments from a
file, one per line (the rules pass provenance and long lists that way).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def json_object(text: str) -> dict:
    """An argument holding a JSON object (a config section)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise argparse.ArgumentTypeError(f"not valid JSON: {e}") from None
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError("expected a JSON object")
    return value


def arg(*flags: str, **kwargs: Any) -> tuple[tuple[str, ...], dict[str, Any]]:
    return flags, kwargs


def one_of(*args: tuple) -> tuple[tuple[str, ...], dict[str, Any]]:
    """A required choice of exactly one of `args`."""
    return (), {"one_of": args}


def _section(flag: str, what: str) -> tuple[tuple[str, ...], dict[str, Any]]:
    return arg(flag, type=json_object, required=True, help=f"{what} as JSON")


DATASET = _section("--dataset", "the experiment's dataset section")
SPLIT = arg("--split", required=True)
OUT = arg("--out", type=Path, required=True)
SHARD_FILE = arg("--shard-file", type=Path, required=True)
THREADS = arg("--threads", type=int, default=2, help="torch CPU threads")
SETTINGS = arg("--settings", type=json_object, required=True, help="the config section as JSON")
EXPERIMENT = arg("--experiment", required=True, help="an experiment of the config (voc, coco, toy, ...)")
CONFIG = arg("--config", type=Path, default=Path("config.yaml"))

PARENTS: dict[str, list] = {
    "one_shard": [DATASET, SPLIT, arg("--shard", type=int, required=True), arg("--shard-size", type=int, required=True)],
    "makes_shard": [arg("--provenance", type=json_object,
                        help="what makes this shard (rule, wildcards, params), recorded in it")],
    "reads_shards": [arg("--expect-provenance", type=json_object, default={},
                         help="shard path -> the provenance digest it must record (checked before reading)")],
    "shard_eval": [DATASET, SPLIT, SHARD_FILE, OUT],
    "report_files": [arg("--json", type=Path, required=True), arg("--md", type=Path, required=True),
                     arg("--title", required=True)],
    "model": [DATASET, SPLIT, _section("--clip", "the experiment's clip section"),
              _section("--classes", "the experiment's classes section"), _section("--prompt", "the task's prompt section"),
              THREADS],
    "stage2": [DATASET, _section("--stage2", "the experiment's stage2 section"), arg("--train-split", required=True),
               arg("--seed-dir", type=Path, required=True, help="the fine seed PNGs and their manifest.txt"),
               arg("--work-dir", type=Path, required=True, help="mmengine's work dir (checkpoints, resume)"), THREADS],
}  # fmt: skip

# command -> (help, parents, its own arguments)
COMMANDS: dict[str, tuple[str, tuple[str, ...], list]] = {
    "doctor": ("check data, weights, disk, GPU (and SLURM) before a run; exit 1 if blocked", (), [
        EXPERIMENT, CONFIG, arg("--results", type=Path, default=Path("results"), help="where the run writes"),
        arg("--slurm-profile", type=Path, help="also check sbatch/sacct/sinfo and this profile's partitions")]),
    "export-folder": ("write splits of an experiment's dataset as a folder dataset with image-level labels only", (), [
        EXPERIMENT, CONFIG, arg("--splits", nargs="+", default=["train", "val"], help="splits to export"),
        arg("--gt-splits", nargs="*", default=[], help="splits whose segmentation GT is kept (gt/<id>.png)"),
        arg("--out", type=Path, required=True, help="the folder dataset's root (must not exist)")]),
    "toy-dataset": ("generate the toy dataset (VOC layout)", (), [arg("--root", type=Path, required=True), SETTINGS]),
    "tiny-sam": ("write a tiny SAM with random weights (toy and tests)", (), [arg("--seed", type=int, required=True), OUT]),
    "toy-clip": ("pretrain the toy experiment's tiny CLIP", (), [
        SETTINGS, OUT, arg("--summary", type=Path, required=True), THREADS]),
    "masks": ("stage S0: quasi-superpixels of one shard", ("one_shard", "makes_shard"), [
        SETTINGS, OUT, arg("--rsw-chunk-size", type=int, help="memory only: masks.rock_sand_water_chunk_size"),
        arg("--points-per-batch", type=int, help="memory only: overrides masks.sam.points_per_batch")]),
    "mask-eval": ("oracle confusion matrices of one mask shard", ("shard_eval", "reads_shards"), []),
    "mask-report": ("oracle mIoU, masks and bytes per image, from per-shard evaluations", ("report_files",), [
        DATASET, arg("--evals", type=Path, nargs="+", required=True, help="mask-eval files (any splits)")]),
    "train-prompts": ("stages T1/T2: train the prompt context", ("model",), [
        _section("--train", "the task's train section"),
        arg("--work-dir", type=Path, required=True, help="resumable states go here"),
        arg("--workers", type=int, default=0, help="data-loading processes"),
        arg("--seed-dir", type=Path, help="segmentation task: the coarse seed PNGs (<id>.png and manifest.txt)"),
        OUT, arg("--summary", type=Path, required=True)]),
    "infer-cams": ("stages I1/I2: CAMs of one shard", ("model", "makes_shard"), [
        one_of(arg("--context", type=Path, help="trained context (prompt_learner.ctx)"),
               arg("--hand-prompt", help="a fixed context phrase instead, e.g. 'a photo of a'"),
               arg("--init-seed", type=json.loads, help="or the untrained context of this RNG seed (JSON: 3, '\"真\"')")),
        arg("--shard", type=int, required=True), arg("--shard-size", type=int, required=True),
        arg("--scale", type=float, default=1.0, help="infer each image at this multiple of its size (infer.scale)"),
        arg("--att-layers", type=int, default=8, help="last blocks whose attention is averaged"),
        arg("--store-att", action="store_true", help="write that attention into the shard"),
        arg("--caa", type=json_object, help="the task's caa settings: refine the CAMs in the same pass"), OUT]),
    "refine-cams": ("stages A1/A2 apart from inference: CAA on a CAM shard that stores attention",
                    ("makes_shard", "reads_shards"), [
        SHARD_FILE, _section("--caa", "the task's caa settings (thresh, n_iters, ...)"), THREADS, OUT]),
    "import-cams": ("bring your own CAMs: one shard's per-image CAM files -> a CAM shard", ("one_shard", "makes_shard"), [
        arg("--cam-dir", type=Path, required=True, help="the folder of per-image CAM files (cams_from.dir)"),
        arg("--format", choices=("reference", "clip-es"), required=True,
            help="reference: <id>.npz of FMA-WSSS; clip-es: CLIP-ES's <id>.npy dict (or .npz)"),
        arg("--require-att", action="store_true", help="refuse files without attention (CAA needs it)"), OUT]),
    "import-seeds": ("bring your own pseudo labels: one shard's PNGs (seeds_from) checked -> a seed shard",
                     ("one_shard", "makes_shard"), [
        arg("--seed-dir", type=Path, required=True, help="the folder of <id>.png pseudo labels (seeds_from.dir)"), OUT]),
    "cam-eval": ("confusion per background power and logits of one CAM shard", ("shard_eval", "reads_shards"), [
        arg("--powers", type=float, nargs="+", required=True),
        arg("--caa-powers", type=float, nargs="+", help="also sweep the refined CAMs (cam_affed) over these")]),
    "cam-report": ("CAM mIoU over a sweep of background powers, from per-shard evaluations", ("report_files",), [
        DATASET, arg("--variant", nargs=2, action="append", required=True, metavar=("NAME", "EVALS"),
                     help="prompt variant and its comma-separated cam-eval files (repeatable)")]),
    "seeds": ("stages M1/M2: SAMS seeds of one shard from its masks and CAMs", ("makes_shard", "reads_shards"), [
        DATASET, arg("--masks", type=Path, required=True, help="the mask shard"),
        arg("--cams", type=Path, required=True, help="the CAM shard of the same images"),
        arg("--cam-key", choices=("cam_affed", "cam"), required=True, help="refined (CAA) or raw CAMs"),
        arg("--gammas", type=float, nargs="+", required=True, help="background powers, one seed each"), OUT]),
    "seed-eval": ("confusion matrices of one seed shard, one per γ", ("shard_eval", "reads_shards"), []),
    "export-seeds": ("seed shards -> one 8-bit PNG per image and a manifest (the kept γ)", ("reads_shards",), [
        DATASET, SPLIT, arg("--shards", type=Path, nargs="+", required=True, help="seed shards, in order"),
        arg("--evals", type=Path, nargs="+", required=True, help="their seed-eval files (choose γ when several)"),
        arg("--out-dir", type=Path, required=True), arg("--manifest", type=Path, required=True)]),
    "seeds-report": ("stage-I progression: CAM, CAA, coarse seeds, seg CAM, seg CAA, fine seeds, oracle",
                     ("report_files",), [
        DATASET, arg("--cam-evals", type=Path, nargs="*", default=[], help="cam-eval files of the cls prompts"),
        arg("--coarse-evals", type=Path, nargs="*", default=[], help="seed-eval files of the coarse seeds"),
        arg("--seg-cam-evals", type=Path, nargs="*", default=[], help="cam-eval files of the seg prompts"),
        arg("--fine-evals", type=Path, nargs="*", default=[], help="seed-eval files of the fine seeds"),
        arg("--cams-from", help="the folder the cls CAMs were imported from (cams_from), for the report"),
        arg("--mask-evals", type=Path, nargs="*", default=[], help="mask-eval files of the same split"),
        arg("--imported-evals", type=Path, nargs="*", default=[],
            help="or, for imported pseudo labels (seeds_from), their seed-eval files alone"),
        arg("--seeds-from", help="the folder the pseudo labels were imported from, for the report")]),
    "stage2-train": ("stage II: Mask2Former on the fine seeds (resumes from the work dir)", ("stage2",), [
        arg("--final", type=Path, required=True),
        arg("--best", type=Path, required=True, help="the checkpoint of the best val mIoU (GT-selected)"),
        arg("--summary", type=Path, required=True)]),
    "stage2-eval": ("stage II: single-scale mIoU of a checkpoint, and its predictions", ("stage2",), [
        arg("--checkpoint", type=Path, required=True), SPLIT,
        arg("--selected-by-gt", action="store_true", help="say that this checkpoint was chosen on val GT"),
        arg("--pred-dir", type=Path, help="write the predictions here as palette PNGs"),
        arg("--gallery", type=int, default=0, help="only the report gallery's N images of the split"),
        arg("--seeds-step", default="fine seeds", help="the stage-I step whose seeds it was trained on (reports)"), OUT]),
    "stage2-report": ("stage II: the Markdown report of the evaluations", (), [
        arg("--eval", nargs="+", required=True, help="NAME=eval.json"),
        arg("--seeds-report", type=Path, help="the stage-I report.json (the trained-on seeds' mIoU for comparison)"),
        arg("--title", required=True), arg("--md", type=Path, required=True)]),
    "stage2-pack-test": ("stage II: the VOC test predictions as the evaluation server's tar", (), [
        DATASET, SPLIT, arg("--pred-dir", type=Path, required=True), OUT]),
    "report": ("the run's HTML report: every table, chart, curve, a gallery, provenance", (), [
        arg("--title", required=True), arg("--experiment", required=True, help="the experiment's name"),
        _section("--experiment-config", "its config section (provenance)"), DATASET,
        arg("--split", required=True, help="the train split (the gallery's images)"),
        arg("--shard-size", type=int, required=True),
        arg("--gallery", type=int, default=6, help="gallery images, spread evenly over the split"),
        arg("--masks-report", type=Path), arg("--cams-report", type=Path), arg("--seeds-report", type=Path),
        arg("--train-summary", nargs="*", help="TASK=train_summary.json of prompt learning"),
        *[arg(f"--{kind}-shards", type=Path, nargs="*", default=[], help=f"the train split's {kind} shards, in order")
          for kind in ("mask", "cam", "refined")],
        arg("--coarse-dir", type=Path, help="the exported coarse seed PNGs"),
        arg("--fine-dir", type=Path, help="the exported fine seed PNGs"),
        arg("--imported-dir", type=Path, help="the imported pseudo labels as exported (seeds_from)"),
        arg("--stage2-train", type=Path, help="stage II's train.json (its history)"),
        arg("--stage2-eval", nargs="*", help="NAME=eval.json of stage-II checkpoints"),
        arg("--stage2-pred-dir", type=Path, help="stage II's palette PNGs of the gallery images"), OUT]),
}  # fmt: skip


def _add(parser: argparse.ArgumentParser, args: list) -> argparse.ArgumentParser:
    for flags, kwargs in args:
        if "one_of" in kwargs:
            _add(parser.add_mutually_exclusive_group(required=True), list(kwargs["one_of"]))
        else:
            parser.add_argument(*flags, **kwargs)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command; `args.command` names the command, `args.func` is its cmd_* function."""
    from . import cli

    parser = argparse.ArgumentParser(prog="fma-wsss", description=cli.__doc__, fromfile_prefix_chars="@")
    parser.add_argument("--expect-code", metavar="HASH",
                        help="refuse to run unless the package's code hash for the command is HASH (the rules pass it)")  # fmt: skip
    sub = parser.add_subparsers(dest="command", required=True)
    parents = {name: _add(argparse.ArgumentParser(add_help=False), args) for name, args in PARENTS.items()}
    for command, (help_text, parent_names, args) in COMMANDS.items():
        p = _add(sub.add_parser(command, help=help_text, parents=[parents[name] for name in parent_names]), args)
        p.set_defaults(func=getattr(cli, "cmd_" + command.replace("-", "_")))
    return parser
