"""`fma-wsss`: the thin command line the Snakemake rules call. Settings arrive as JSON (a config section)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .data import SegDataset
from .errors import FmaWsssError, StaleArtifactError
from .provenance import check_code
from .store import open_shard, read_json


def _json(text: str) -> dict:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise argparse.ArgumentTypeError(f"not valid JSON: {e}") from None
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError("expected a JSON object")
    return value


def _check_input_shards(expected: dict[str, dict]) -> None:
    """Before a job reads them: every shard in `expected` (path -> digest of the provenance its producer would
    record in this run) was made by that rule, wildcards, config and code, and holds the ids of its slice of the
    split as the split list reads today. StaleArtifactError naming the shard and what differs otherwise."""
    from .data import shard_slice
    from .store import check_shard_provenance

    for path, digest in expected.items():
        stored = check_shard_provenance(path, digest)
        params, wildcards = stored["params"], stored["wildcards"]
        if not {"dataset", "shard_size"} <= set(params) or not {"split", "shard"} <= set(wildcards):
            continue
        dataset_cfg = json.loads(params["dataset"]) if isinstance(params["dataset"], str) else params["dataset"]
        dataset = SegDataset.from_config(dataset_cfg, wildcards["split"])
        part = shard_slice(len(dataset), int(params["shard_size"]), int(wildcards["shard"]))
        want = [sample.id for sample in dataset.samples[part]]
        with open_shard(path) as f:
            ids = f["ids"].asstr()[()].tolist() if "ids" in f else []
        if ids != want:
            first = next((i for i, (a, b) in enumerate(zip(ids, want)) if a != b), min(len(ids), len(want)))
            raise StaleArtifactError(
                f"{path} holds other images than shard {wildcards['shard']} of split {wildcards['split']} as its list "
                f"reads now ({len(ids)} ids, expected {len(want)}; first difference at position {first}: "
                f"{ids[first] if first < len(ids) else 'none'} instead of {want[first] if first < len(want) else 'none'})"
                f". Delete it and re-run"
            )  # fmt: skip


def cmd_toy_dataset(args: argparse.Namespace) -> None:
    from .toy import generate_toy_dataset

    manifest = generate_toy_dataset(args.root, args.settings)
    counts = {s: v["images"] for s, v in manifest["splits"].items()}
    print(f"toy dataset written to {args.root}: {counts}")


def cmd_masks(args: argparse.Namespace) -> None:
    from .masks import run_mask_shard
    from .provenance import code_hash, settings_hash

    settings = args.settings
    stamp = settings_hash(settings, args.dataset, args.split, args.shard, args.shard_size, code_hash("masks"))
    if args.rsw_chunk_size is not None:  # memory only: after the stamp
        settings["rock_sand_water_chunk_size"] = args.rsw_chunk_size
    if args.points_per_batch is not None and "sam" in settings:
        settings["sam"]["points_per_batch"] = args.points_per_batch
    dataset = SegDataset.from_config(args.dataset, args.split)
    shard = run_mask_shard(dataset, args.shard, args.shard_size, settings, args.out, stamp, _stderr, args.provenance)
    n_masks = sum(len(m) for m in shard.masks if m is not None)
    print(f"{args.out}: {len(shard.ids)} images ({shard.attrs['resumed_images']} resumed), {n_masks} masks, "
          f"{shard.attrs['seconds']:.1f} s")  # fmt: skip


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cmd_mask_eval(args: argparse.Namespace) -> None:
    from .masks import mask_shard_eval
    from .store import write_json_atomic

    _check_input_shards(args.expect_provenance)
    result = mask_shard_eval(SegDataset.from_config(args.dataset, args.split), args.shard_file)
    write_json_atomic(args.out, result)
    print(f"{args.out}: {result['images']} images, {len(result['failed_images'])} failed")


def cmd_tiny_sam(args: argparse.Namespace) -> None:
    from .sam import save_random_tiny_sam

    save_random_tiny_sam(args.out, args.seed)
    print(f"random tiny SAM (seed {args.seed}) written to {args.out}")


def _device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def cmd_toy_clip(args: argparse.Namespace) -> None:
    import torch

    from .store import write_json_atomic
    from .toy_clip import pretrain_toy_clip

    torch.set_num_threads(args.threads)
    summary = pretrain_toy_clip(args.settings, args.out)
    write_json_atomic(args.summary, summary)
    print(f"toy CLIP written to {args.out}: {summary}")


def _cam_model(args: argparse.Namespace, prompt_cfg: dict):
    from .prompts import build_cam_model

    return build_cam_model(args.clip, prompt_cfg, args.classes["fg"], args.classes["bg"], _device())


def cmd_train_prompts(args: argparse.Namespace) -> None:
    import torch

    from .prompts import seed_digest, train_prompts
    from .provenance import code_hash, settings_hash
    from .store import write_json_atomic

    torch.set_num_threads(args.threads)
    model = _cam_model(args, args.prompt)
    dataset = SegDataset.from_config(args.dataset, args.split)
    trajectory = {k: v for k, v in args.train.items() if k != "stop_iter"}  # stopping earlier changes no step
    seeds = seed_digest(args.seed_dir) if args.seed_dir else None  # a state made on other seeds is not resumed
    stamp = settings_hash(args.clip, args.classes, args.prompt, trajectory, args.dataset, args.split, seeds,
                          code_hash("train-prompts"))  # fmt: skip
    summary = train_prompts(model, dataset, args.train, args.work_dir, args.out, _device(), args.workers, stamp,
                            seed_dir=args.seed_dir)  # fmt: skip
    write_json_atomic(args.summary, summary)
    print(f"context written to {args.out} after {summary['seconds']:.0f} s")


def cmd_infer_cams(args: argparse.Namespace) -> None:
    import torch

    from .cams import run_cam_shard
    from .prompts import hand_prompt_settings

    torch.set_num_threads(args.threads)
    prompt = hand_prompt_settings(args.prompt, args.hand_prompt) if args.hand_prompt else args.prompt
    model = _cam_model(args, prompt)
    if args.context:
        model.prompt_learner.load_context(args.context)
    elif args.init_seed is not None:
        model.prompt_learner.initialize(args.init_seed)
    dataset = SegDataset.from_config(args.dataset, args.split)
    info = run_cam_shard(model, dataset, args.shard, args.shard_size, args.out, args.att_layers, _device(),
                         args.store_att, args.caa, args.provenance)  # fmt: skip
    print(f"{args.out}: {info['images']} images in {info['seconds']:.1f} s ({info['write_seconds']:.2f} s writing)")


def cmd_refine_cams(args: argparse.Namespace) -> None:
    import torch

    from .cams import refine_cam_shard

    _check_input_shards(args.expect_provenance)
    torch.set_num_threads(args.threads)
    info = refine_cam_shard(args.shard_file, args.caa, args.out, _device(), args.provenance)
    print(f"{args.out}: {info['images']} images refined in {info['seconds']:.1f} s")


def cmd_import_cams(args: argparse.Namespace) -> None:
    from .byo_cams import import_cam_shard

    dataset = SegDataset.from_config(args.dataset, args.split)
    info = import_cam_shard(dataset, args.shard, args.shard_size, args.cam_dir, args.format, args.out,
                            args.provenance, args.require_att)  # fmt: skip
    att = "with" if info["with_att"] else "without"
    print(f"{args.out}: {info['images']} images imported from {args.cam_dir} ({args.format}, {att} attention) in "
          f"{info['seconds']:.1f} s")  # fmt: skip


def cmd_cam_eval(args: argparse.Namespace) -> None:
    from .cams import cam_shard_eval
    from .store import write_json_atomic

    _check_input_shards(args.expect_provenance)
    powers = {"cam": args.powers, **({"caa": args.caa_powers} if args.caa_powers else {})}
    result = cam_shard_eval(SegDataset.from_config(args.dataset, args.split), args.shard_file, powers)
    write_json_atomic(args.out, result)
    print(f"{args.out}: {result['images']} images")


def _miou(value: float | None) -> str:
    """A stored mIoU for a log line: two decimals, or 'no GT'."""
    return "no GT" if value is None else f"{value:.2f}"


def _read_json(path: Path) -> dict:
    return read_json(path, "evaluation file")


def cmd_cam_report(args: argparse.Namespace) -> None:
    from .cams import cam_report_from_evals, cam_report_markdown
    from .data import dataset_class_names
    from .store import write_json_atomic, write_text_atomic

    names = dataset_class_names(args.dataset)
    results = {variant: cam_report_from_evals([_read_json(Path(p)) for p in evals.split(",")], names)
               for variant, evals in args.variant}  # fmt: skip
    write_json_atomic(args.json, results)
    write_text_atomic(args.md, cam_report_markdown(results, args.title))
    for name, r in results.items():
        print(f"{name}: CAM mIoU {_miou(r['best_miou'])} at p={r['best_power']} ({r['split']}, {r['images']} images, "
              f"{r['gt_images']} with GT)")  # fmt: skip


def cmd_mask_report(args: argparse.Namespace) -> None:
    from .data import dataset_class_names
    from .masks import mask_quality, quality_markdown
    from .store import write_json_atomic, write_text_atomic

    by_split: dict[str, list[dict]] = {}
    for path in args.evals:
        result = _read_json(path)
        by_split.setdefault(result["split"], []).append(result)
    names = dataset_class_names(args.dataset)
    reports = [mask_quality(evals, names) for evals in by_split.values()]
    write_json_atomic(args.json, {"title": args.title, "splits": reports})
    write_text_atomic(args.md, quality_markdown(reports, args.title))
    for r in reports:
        print(f"{r['split']}: oracle mIoU {_miou(r['oracle_miou'])}, {r['masks_per_image']:.1f} masks/img, "
              f"{r['bytes_per_image']:.0f} B/img")  # fmt: skip


def cmd_seeds(args: argparse.Namespace) -> None:
    from .data import dataset_class_names
    from .seeds import run_seed_shard

    _check_input_shards(args.expect_provenance)
    num_classes = len(dataset_class_names(args.dataset))
    info = run_seed_shard(args.masks, args.cams, args.cam_key, args.gammas, num_classes, args.out, args.provenance)
    print(f"{args.out}: {info['images']} images in {info['seconds']:.1f} s")


def cmd_seed_eval(args: argparse.Namespace) -> None:
    from .seeds import seed_shard_eval
    from .store import write_json_atomic

    _check_input_shards(args.expect_provenance)
    result = seed_shard_eval(SegDataset.from_config(args.dataset, args.split), args.shard_file)
    write_json_atomic(args.out, result)
    print(f"{args.out}: {result['images']} images")


def cmd_export_seeds(args: argparse.Namespace) -> None:
    from .data import dataset_class_names
    from .seeds import export_seed_pngs, seed_report_from_evals

    _check_input_shards(args.expect_provenance)
    chosen = seed_report_from_evals([_read_json(p) for p in args.evals], dataset_class_names(args.dataset))
    n = export_seed_pngs(args.shards, chosen["gamma"], args.out_dir, args.manifest)
    print(f"{n} seed PNGs (γ = {chosen['gamma']}, mIoU {_miou(chosen['miou'])}) in {args.out_dir}")


def _cam_steps(cam: dict, task: str, stage: str, imported_from: str | None = None) -> dict[str, dict]:
    """The CAM and CAA rows of a task's progression, from its cam_report_from_evals result."""
    what = f"CAMs imported from {imported_from}" if imported_from else f"learned {task} prompts ({stage[0]})"
    def setting(sweep: dict) -> str:
        return "no GT to pick p by" if sweep["best_miou"] is None else f"best p = {sweep['best_power']}"

    steps = {f"{task} CAM": {"what": what, "miou": cam["best_miou"], "setting": setting(cam),
                             "class_iou": cam["class_iou"]}}  # fmt: skip
    if "caa" in cam["sweeps"]:
        caa = cam["sweeps"]["caa"]
        steps[f"{task} CAA"] = {"what": f"affinity-refined CAMs ({stage[1]})", "miou": caa["best_miou"],
                                "setting": setting(caa), "class_iou": caa["class_iou"]}  # fmt: skip
    return steps


def _seed_step(seeds: dict, what: str) -> dict:
    gamma = f"γ = {seeds['gamma']}"
    if seeds["selected_by_gt"]:
        gamma += f", best of {list(seeds['miou_by_gamma'])} by GT mIoU (METHOD P4)"
    elif len(seeds["miou_by_gamma"]) > 1:
        gamma += f", the first of {list(seeds['miou_by_gamma'])} (no GT to choose by)"
    return {"what": what, "miou": seeds["miou"], "setting": gamma, "class_iou": seeds["class_iou"],
            "statistics": seeds.get("statistics")}  # fmt: skip


def cmd_seeds_report(args: argparse.Namespace) -> None:
    from .cams import cam_report_from_evals
    from .data import dataset_class_names
    from .masks import mask_quality
    from .seeds import seed_report_from_evals, stage_report_markdown
    from .store import write_json_atomic, write_text_atomic

    names = dataset_class_names(args.dataset)
    tasks = [("cls", "coarse", args.cam_evals, args.coarse_evals)]
    if args.seg_cam_evals:  # imported CAMs (cams_from) stop at the coarse seeds
        tasks.append(("seg", "fine", args.seg_cam_evals, args.fine_evals))
    cams = {task: cam_report_from_evals([_read_json(p) for p in evals], names) for task, _, evals, _ in tasks}
    seeds = {kind: seed_report_from_evals([_read_json(p) for p in evals], names) for _, kind, _, evals in tasks}
    oracle = mask_quality([_read_json(p) for p in args.mask_evals], names)
    steps = {**_cam_steps(cams["cls"], "cls", ("I1", "A1"), args.cams_from),
             "coarse seeds": _seed_step(seeds["coarse"], "SAMS on the quasi-superpixels (M1)")}  # fmt: skip
    if "seg" in cams:
        steps.update({**_cam_steps(cams["seg"], "seg", ("I2", "A2")),
                      "fine seeds": _seed_step(seeds["fine"], "SAMS with the seg CAMs (M2): the pseudo labels")})  # fmt: skip
    steps["oracle"] = {"what": "masks labelled by GT majority (bound)", "miou": oracle["oracle_miou"], "setting": "",
                       "class_iou": oracle["oracle_class_iou"]}  # fmt: skip
    write_json_atomic(args.json, {"title": args.title, "steps": steps, "cams": cams, "seeds": seeds, "oracle": oracle})
    last = seeds["fine" if "fine" in seeds else "coarse"]
    write_text_atomic(args.md, stage_report_markdown(steps, args.title, last["images"], last["gt_images"]))
    for name, step in steps.items():
        print(f"{name}: mIoU {_miou(step['miou'])} ({step['setting']})")


def _stage2_config(args: argparse.Namespace):
    """The stage-II mmengine config from the experiment's dataset and stage2 sections (fma_wsss.stage2)."""
    from .stage2 import build_config

    st = args.stage2
    settings = {"dataset": args.dataset, "train_split": args.train_split, "val_split": st["val_split"],
                "seed_dir": args.seed_dir, "work_dir": args.work_dir, "max_iters": st["max_iters"],
                "val_interval": st["val_interval"], "batch_size": st["batch_size"], "num_workers": st["num_workers"],
                "backbone": st.get("backbone"), "seed": st["seed"],
                "validate": bool(SegDataset.from_config(args.dataset, st["val_split"]).gt_ids())}  # fmt: skip
    return build_config(st["config"], settings)


def cmd_stage2_train(args: argparse.Namespace) -> None:
    import os
    import subprocess

    import torch

    from .prompts import seed_digest
    from .provenance import code_hash, settings_hash
    from .stage2 import check_inputs, publish_checkpoint, train
    from .store import write_json_atomic

    gpus = args.stage2["gpus"]
    if gpus > 1 and "LOCAL_RANK" not in os.environ:  # one job, N processes: mmengine's pytorch launcher
        cmd = [sys.executable, "-m", "torch.distributed.run", f"--nproc_per_node={gpus}", "-m", "fma_wsss.cli", *sys.argv[1:]]
        raise SystemExit(subprocess.call(cmd))
    torch.set_num_threads(args.threads)
    cfg = _stage2_config(args)
    cfg.launcher = "pytorch" if "LOCAL_RANK" in os.environ else "none"
    check_inputs(cfg)
    trajectory = {k: v for k, v in args.stage2.items() if k not in ("num_workers", "test_split")}
    stamp = settings_hash(args.dataset, trajectory, args.train_split, seed_digest(args.seed_dir), code_hash("stage2-train"))
    result = train(cfg, stamp)
    if int(os.environ.get("RANK", "0")) == 0:
        publish_checkpoint(result["best"], args.best)
        write_json_atomic(args.summary, {**result, "gpus": gpus, "batch_per_gpu": args.stage2["batch_size"]})
        publish_checkpoint(result["final"], args.final)  # last: the rule's main output
        print(f"stage II trained in {result['seconds']:.0f} s: {args.final}")


def cmd_stage2_eval(args: argparse.Namespace) -> None:
    import torch

    from .stage2 import evaluate
    from .store import write_json_atomic

    torch.set_num_threads(args.threads)
    cfg = _stage2_config(args)
    dataset = SegDataset.from_config(args.dataset, args.split)
    if args.gallery:
        dataset = dataset.restrict(dataset.spread_sample(args.gallery))
    result = evaluate(cfg, args.checkpoint, dataset, args.pred_dir, _device())
    result["selected_by_gt"] = args.selected_by_gt
    write_json_atomic(args.out, result)
    print(f"{args.checkpoint} on {args.split}: mIoU {result['miou']}")


def cmd_stage2_report(args: argparse.Namespace) -> None:
    from .stage2 import report_markdown
    from .store import write_text_atomic

    results = {name: read_json(path, "evaluation file") for name, path in (v.split("=", 1) for v in args.eval)}
    seeds = read_json(args.seeds_report, "stage-I report")["steps"]["fine seeds"]["miou"] if args.seeds_report else None
    write_text_atomic(args.md, report_markdown(results, seeds, args.title))


def cmd_stage2_pack_test(args: argparse.Namespace) -> None:
    from .stage2 import pack_voc_test

    ids = [s.id for s in SegDataset.from_config(args.dataset, args.split).samples]
    n = pack_voc_test(args.pred_dir, ids, args.out)
    print(f"{args.out}: {n} predictions")


def _named_paths(values: list[str] | None) -> dict[str, Path]:
    """NAME=PATH arguments -> {name: path}, in order."""
    return {name: Path(path) for name, path in (v.split("=", 1) for v in values or [])}


def cmd_doctor(args: argparse.Namespace) -> None:
    from .config import experiment, load_config
    from .doctor import run_checks

    config = load_config(args.config)
    checks = run_checks(experiment(config, args.experiment), args.results, args.slurm_profile)
    for check in checks:
        print(check.line())
    failed = [c for c in checks if c.status == "FAIL"]
    print(f"doctor ({args.experiment}): {len(checks)} checks, {len(failed)} blocking, "
          f"{sum(c.status == 'warn' for c in checks)} warnings")
    if failed:
        raise SystemExit(1)


def cmd_export_folder(args: argparse.Namespace) -> None:
    from .config import experiment, load_config
    from .data import dataset_class_names, export_folder_dataset

    dataset = experiment(load_config(args.config), args.experiment)["dataset"]
    counts = export_folder_dataset(dataset, args.splits, args.out, args.gt_splits)
    print(f"{args.out}: {counts['images']} images, labels.csv, splits {', '.join(args.splits)}, {counts['gt']} GT PNGs; "
          f"dataset.classes: [{', '.join(dataset_class_names(dataset)[1:])}]")


def cmd_report(args: argparse.Namespace) -> None:
    from .report import gallery_rows, provenance, render_report
    from .store import write_text_atomic

    def read(path: Path | None) -> dict | None:
        return read_json(path, "report input") if path else None

    histories = {name: read(path)["history"] for name, path in _named_paths(args.train_summary).items()}
    stage2_train = read(args.stage2_train)
    gallery = []
    if args.gallery:
        dataset = SegDataset.from_config(args.dataset, args.split)
        seed_dirs = {name: path for name, path in (("coarse", args.coarse_dir), ("fine", args.fine_dir)) if path}
        gallery = gallery_rows(dataset, dataset.spread_sample(args.gallery), args.shard_size, args.mask_shards,
                               args.cam_shards, args.refined_shards, seed_dirs, args.stage2_pred_dir)  # fmt: skip
    page = render_report(
        args.title, read(args.masks_report), read(args.cams_report), read(args.seeds_report), histories,
        {name: read(path) for name, path in _named_paths(args.stage2_eval).items()},
        stage2_train.get("history") if stage2_train else None, gallery,
        provenance(args.experiment, args.experiment_config),
    )  # fmt: skip
    write_text_atomic(args.out, page)
    print(f"{args.out}: {len(page) / 1e6:.1f} MB, {len(gallery)} gallery images")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fma-wsss", description=__doc__, fromfile_prefix_chars="@")
    parser.add_argument("--expect-code", metavar="HASH",
                        help="refuse to run unless the package's code hash for the command is HASH (the rules pass it)")
    sub = parser.add_subparsers(dest="command", required=True)

    def one_shard(p: argparse.ArgumentParser) -> None:
        p.add_argument("--dataset", type=_json, required=True, help="the experiment's dataset section as JSON")
        p.add_argument("--split", required=True)
        p.add_argument("--shard", type=int, required=True)
        p.add_argument("--shard-size", type=int, required=True)

    def makes_shard(p: argparse.ArgumentParser) -> None:
        p.add_argument("--provenance", type=_json, help="what makes this shard (rule, wildcards, params), recorded in it")

    def reads_shards(p: argparse.ArgumentParser) -> None:
        p.add_argument("--expect-provenance", type=_json, default={},
                       help="shard path -> the provenance digest it must record (checked before reading)")  # fmt: skip

    p = sub.add_parser("doctor", help="check data, weights, disk, GPU (and SLURM) before a run; exit 1 if blocked")
    p.add_argument("--experiment", required=True, help="an experiment of the config (voc, coco, toy, ...)")
    p.add_argument("--config", type=Path, default=Path("config.yaml"))
    p.add_argument("--results", type=Path, default=Path("results"), help="where the run writes (for the disk check)")
    p.add_argument("--slurm-profile", type=Path, help="also check sbatch/sacct/sinfo and this profile's partitions")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("export-folder", help="write splits of an experiment's dataset as a folder dataset with "
                       "image-level labels only (README: Your own data)")  # fmt: skip
    p.add_argument("--experiment", required=True, help="the experiment whose dataset is exported (e.g. toy)")
    p.add_argument("--config", type=Path, default=Path("config.yaml"))
    p.add_argument("--splits", nargs="+", default=["train", "val"], help="splits to export")
    p.add_argument("--gt-splits", nargs="*", default=[], help="splits whose segmentation GT is kept (gt/<id>.png)")
    p.add_argument("--out", type=Path, required=True, help="the folder dataset's root (must not exist)")
    p.set_defaults(func=cmd_export_folder)

    p = sub.add_parser("toy-dataset", help="generate the toy dataset (VOC layout)")
    p.add_argument("--root", type=Path, required=True)
    p.add_argument("--settings", type=_json, required=True, help="the dataset.toy config section as JSON")
    p.set_defaults(func=cmd_toy_dataset)

    p = sub.add_parser("masks", help="stage S0: quasi-superpixels of one shard")
    one_shard(p)
    p.add_argument("--settings", type=_json, required=True, help="the masks config section as JSON")
    p.add_argument("--rsw-chunk-size", type=int, help="memory only: overrides masks.rock_sand_water_chunk_size")
    p.add_argument("--points-per-batch", type=int, help="memory only: overrides masks.sam.points_per_batch")
    p.add_argument("--out", type=Path, required=True)
    makes_shard(p)
    p.set_defaults(func=cmd_masks)

    p = sub.add_parser("mask-eval", help="what the S0 report needs from one mask shard (oracle confusion matrices)")
    p.add_argument("--dataset", type=_json, required=True)
    p.add_argument("--split", required=True)
    p.add_argument("--shard-file", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    reads_shards(p)
    p.set_defaults(func=cmd_mask_eval)

    p = sub.add_parser("tiny-sam", help="write a tiny SAM with random weights (toy and tests)")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_tiny_sam)

    p = sub.add_parser("toy-clip", help="pretrain the toy experiment's tiny CLIP")
    p.add_argument("--settings", type=_json, required=True, help="the toy_clip config section as JSON")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--summary", type=Path, required=True)
    p.add_argument("--threads", type=int, default=2)
    p.set_defaults(func=cmd_toy_clip)

    def model_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("--dataset", type=_json, required=True)
        p.add_argument("--split", required=True)
        p.add_argument("--clip", type=_json, required=True, help="the experiment's clip section")
        p.add_argument("--classes", type=_json, required=True, help="the experiment's classes section")
        p.add_argument("--prompt", type=_json, required=True, help="the task's prompt section")
        p.add_argument("--threads", type=int, default=2)

    p = sub.add_parser("train-prompts", help="stage T1: train the prompt context")
    model_args(p)
    p.add_argument("--train", type=_json, required=True, help="the task's train section")
    p.add_argument("--work-dir", type=Path, required=True, help="resumable states go here")
    p.add_argument("--workers", type=int, default=0, help="data-loading processes")
    p.add_argument("--seed-dir", type=Path, help="segmentation task: the coarse seed PNGs (<id>.png and manifest.txt)")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--summary", type=Path, required=True)
    p.set_defaults(func=cmd_train_prompts)

    p = sub.add_parser("infer-cams", help="stage I1: CAMs of one shard")
    model_args(p)
    context = p.add_mutually_exclusive_group(required=True)
    context.add_argument("--context", type=Path, help="trained context (prompt_learner.ctx)")
    context.add_argument("--hand-prompt", help="a fixed context phrase instead, e.g. 'a photo of a'")
    context.add_argument("--init-seed", type=json.loads, help="or the untrained context of this seed (JSON: 3, '\"真\"')")
    p.add_argument("--shard", type=int, required=True)
    p.add_argument("--shard-size", type=int, required=True)
    p.add_argument("--att-layers", type=int, default=8, help="last blocks whose attention is averaged")
    p.add_argument("--store-att", action="store_true", help="write that attention into the shard")
    p.add_argument("--caa", type=_json, help="the cls.caa settings: refine the CAMs in the same pass (cam_affed)")
    p.add_argument("--out", type=Path, required=True)
    makes_shard(p)
    p.set_defaults(func=cmd_infer_cams)

    p = sub.add_parser("refine-cams", help="stages A1/A2 apart from inference: CAA on a CAM shard that stores attention")
    p.add_argument("--shard-file", type=Path, required=True, help="CAM shard made with --store-att")
    p.add_argument("--caa", type=_json, required=True, help="the task's caa settings (thresh, n_iters, ...)")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--out", type=Path, required=True)
    makes_shard(p)
    reads_shards(p)
    p.set_defaults(func=cmd_refine_cams)

    p = sub.add_parser("import-cams", help="bring your own CAMs: one shard's per-image CAM files -> a CAM shard")
    one_shard(p)
    p.add_argument("--cam-dir", type=Path, required=True, help="the folder of per-image CAM files (cams_from.dir)")
    p.add_argument("--format", choices=("reference", "clip-es"), required=True,
                   help="reference: <id>.npz of FMA-WSSS; clip-es: CLIP-ES's <id>.npy dict (or .npz)")  # fmt: skip
    p.add_argument("--require-att", action="store_true", help="refuse files without attention (CAA needs it)")
    p.add_argument("--out", type=Path, required=True)
    makes_shard(p)
    p.set_defaults(func=cmd_import_cams)

    p = sub.add_parser("cam-eval", help="what the CAM report needs from one CAM shard (confusion per power, logits)")
    p.add_argument("--dataset", type=_json, required=True)
    p.add_argument("--split", required=True)
    p.add_argument("--shard-file", type=Path, required=True)
    p.add_argument("--powers", type=float, nargs="+", required=True)
    p.add_argument("--caa-powers", type=float, nargs="+", help="also sweep the refined CAMs (cam_affed) over these")
    p.add_argument("--out", type=Path, required=True)
    reads_shards(p)
    p.set_defaults(func=cmd_cam_eval)

    p = sub.add_parser("cam-report", help="CAM mIoU over a sweep of background powers, from per-shard evaluations")
    p.add_argument("--dataset", type=_json, required=True)
    p.add_argument("--variant", nargs=2, action="append", required=True, metavar=("NAME", "EVALS"),
                   help="prompt variant and its comma-separated cam-eval files (repeatable)")
    p.add_argument("--json", type=Path, required=True)
    p.add_argument("--md", type=Path, required=True)
    p.add_argument("--title", default="CAM quality")
    p.set_defaults(func=cmd_cam_report)

    p = sub.add_parser("seeds", help="stages M1/M2: SAMS seeds of one shard from its masks and CAMs")
    p.add_argument("--dataset", type=_json, required=True)
    p.add_argument("--masks", type=Path, required=True, help="the mask shard")
    p.add_argument("--cams", type=Path, required=True, help="the CAM shard of the same images")
    p.add_argument("--cam-key", choices=("cam_affed", "cam"), required=True, help="refined (CAA) or raw CAMs")
    p.add_argument("--gammas", type=float, nargs="+", required=True, help="background powers, one seed each")
    p.add_argument("--out", type=Path, required=True)
    makes_shard(p)
    reads_shards(p)
    p.set_defaults(func=cmd_seeds)

    p = sub.add_parser("seed-eval", help="confusion matrices of one seed shard, one per γ")
    p.add_argument("--dataset", type=_json, required=True)
    p.add_argument("--split", required=True)
    p.add_argument("--shard-file", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    reads_shards(p)
    p.set_defaults(func=cmd_seed_eval)

    p = sub.add_parser("export-seeds", help="seed shards -> one 8-bit PNG per image and a manifest (the kept γ)")
    p.add_argument("--dataset", type=_json, required=True)
    p.add_argument("--shards", type=Path, nargs="+", required=True, help="seed shards, in order")
    p.add_argument("--evals", type=Path, nargs="+", required=True, help="their seed-eval files (choose γ when several)")
    p.add_argument("--out-dir", type=Path, required=True)
    p.add_argument("--manifest", type=Path, required=True)
    reads_shards(p)
    p.set_defaults(func=cmd_export_seeds)

    p = sub.add_parser("seeds-report", help="stage-I progression: CAM, CAA, coarse seeds, seg CAM, seg CAA, fine seeds, oracle")
    p.add_argument("--dataset", type=_json, required=True)
    p.add_argument("--cam-evals", type=Path, nargs="+", required=True, help="cam-eval files of the cls prompts")
    p.add_argument("--coarse-evals", type=Path, nargs="+", required=True, help="seed-eval files of the coarse seeds")
    p.add_argument("--seg-cam-evals", type=Path, nargs="*", default=[], help="cam-eval files of the seg prompts")
    p.add_argument("--fine-evals", type=Path, nargs="*", default=[], help="seed-eval files of the fine seeds")
    p.add_argument("--cams-from", help="the folder the cls CAMs were imported from (cams_from), for the report")
    p.add_argument("--mask-evals", type=Path, nargs="+", required=True, help="mask-eval files of the same split")
    p.add_argument("--json", type=Path, required=True)
    p.add_argument("--md", type=Path, required=True)
    p.add_argument("--title", default="Stage I pseudo labels")
    p.set_defaults(func=cmd_seeds_report)

    p = sub.add_parser("mask-report", help="oracle mIoU, mask counts and bytes per image, from per-shard evaluations")
    p.add_argument("--dataset", type=_json, required=True)
    p.add_argument("--evals", type=Path, nargs="+", required=True, help="mask-eval files (any splits)")
    p.add_argument("--json", type=Path, required=True)
    p.add_argument("--md", type=Path, required=True)
    p.add_argument("--title", default="Quasi-superpixel quality")
    p.set_defaults(func=cmd_mask_report)
    def stage2_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("--dataset", type=_json, required=True)
        p.add_argument("--stage2", type=_json, required=True, help="the experiment's stage2 section as JSON")
        p.add_argument("--train-split", required=True)
        p.add_argument("--seed-dir", type=Path, required=True, help="the fine seed PNGs and their manifest.txt")
        p.add_argument("--work-dir", type=Path, required=True, help="mmengine's work dir (checkpoints, resume)")
        p.add_argument("--threads", type=int, default=1)

    p = sub.add_parser("stage2-train", help="stage II: Mask2Former on the fine seeds (resumes from the work dir)")
    stage2_args(p)
    p.add_argument("--final", type=Path, required=True)
    p.add_argument("--best", type=Path, required=True, help="the checkpoint of the best val mIoU (GT-selected)")
    p.add_argument("--summary", type=Path, required=True)
    p.set_defaults(func=cmd_stage2_train)

    p = sub.add_parser("stage2-eval", help="stage II: single-scale mIoU of a checkpoint, and its predictions")
    stage2_args(p)
    p.add_argument("--checkpoint", type=Path, required=True)
    p.add_argument("--split", required=True)
    p.add_argument("--selected-by-gt", action="store_true", help="say that this checkpoint was chosen on val GT")
    p.add_argument("--pred-dir", type=Path, help="write the predictions here as palette PNGs")
    p.add_argument("--gallery", type=int, default=0, help="only the report gallery's N images of the split")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_stage2_eval)

    p = sub.add_parser("stage2-report", help="stage II: the Markdown report of the evaluations")
    p.add_argument("--eval", nargs="+", required=True, help="NAME=eval.json")
    p.add_argument("--seeds-report", type=Path, help="the stage-I report.json (fine-seed mIoU for comparison)")
    p.add_argument("--title", required=True)
    p.add_argument("--md", type=Path, required=True)
    p.set_defaults(func=cmd_stage2_report)

    p = sub.add_parser("stage2-pack-test", help="stage II: the VOC test predictions as the evaluation server's tar")
    p.add_argument("--dataset", type=_json, required=True)
    p.add_argument("--split", required=True)
    p.add_argument("--pred-dir", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_stage2_pack_test)

    p = sub.add_parser("report", help="the run's HTML report: every table, chart, curve, a gallery, provenance")
    p.add_argument("--title", required=True)
    p.add_argument("--experiment", required=True, help="the experiment's name")
    p.add_argument("--experiment-config", type=_json, required=True, help="its config section (provenance)")
    p.add_argument("--dataset", type=_json, required=True)
    p.add_argument("--split", required=True, help="the train split (the gallery's images)")
    p.add_argument("--shard-size", type=int, required=True)
    p.add_argument("--gallery", type=int, default=6, help="gallery images, spread evenly over the split")
    p.add_argument("--masks-report", type=Path)
    p.add_argument("--cams-report", type=Path)
    p.add_argument("--seeds-report", type=Path)
    p.add_argument("--train-summary", nargs="*", help="TASK=train_summary.json of prompt learning")
    p.add_argument("--mask-shards", type=Path, nargs="*", default=[], help="the split's mask shards, in order")
    p.add_argument("--cam-shards", type=Path, nargs="*", default=[], help="the cls task's CAM shards, in order")
    p.add_argument("--refined-shards", type=Path, nargs="*", default=[], help="the shards holding cam_affed")
    p.add_argument("--coarse-dir", type=Path, help="the exported coarse seed PNGs")
    p.add_argument("--fine-dir", type=Path, help="the exported fine seed PNGs")
    p.add_argument("--stage2-train", type=Path, help="stage II's train.json (its history)")
    p.add_argument("--stage2-eval", nargs="*", help="NAME=eval.json of stage-II checkpoints")
    p.add_argument("--stage2-pred-dir", type=Path, help="stage II's palette PNGs of the gallery images")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_report)

    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command. A user-fixable error (FmaWsssError, or an OSError: a missing file, a full disk, a
    permission, whose message names the file as ours do) is printed as one line and gives exit status 2; any other
    exception is a bug and keeps its traceback. FMA_WSSS_DEBUG=1 re-raises the user errors too."""
    args = build_parser().parse_args(argv)  # a usage error: argparse's message and exit status 2
    try:
        if args.expect_code:
            check_code(args.command, args.expect_code)
        args.func(args)
    except (FmaWsssError, OSError) as e:
        if os.environ.get("FMA_WSSS_DEBUG") == "1":
            raise
        message = " ".join(ln.strip() for ln in str(e).splitlines() if ln.strip())  # config errors span lines
        print(f"fma-wsss {args.command}: error: {message}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
