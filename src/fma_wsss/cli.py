"""`fma-wsss`: the thin command line the Snakemake rules call. Settings arrive as JSON (a config section)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .data import SegDataset
from .errors import ConfigError, FmaWsssError
from .files import read_json
from .provenance import check_code
from .store import check_input_shards


def cmd_toy_dataset(args: argparse.Namespace) -> None:
    from .toy import generate_toy_dataset

    manifest = generate_toy_dataset(args.root, args.settings)
    counts = {s: v["images"] for s, v in manifest["splits"].items()}
    print(f"toy dataset written to {args.root}: {counts}")


def cmd_masks(args: argparse.Namespace) -> None:
    from .masks import run_mask_shard
    from .provenance import code_hash, file_fingerprint, settings_hash

    settings = args.settings
    weights = file_fingerprint((settings.get("sam") or {}).get("checkpoint"))  # other SAM weights: not resumed
    stamp = settings_hash(settings, args.dataset, args.split, args.shard, args.shard_size, code_hash("masks"), weights)
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
    from .files import write_json_atomic

    check_input_shards(args.expect_provenance)
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

    from .files import write_json_atomic
    from .provenance import code_hash
    from .toy_clip import pretrain_toy_clip, weights_record

    torch.set_num_threads(args.threads)
    summary = pretrain_toy_clip(args.settings, args.out)
    write_json_atomic(args.summary, {**summary, **weights_record(args.settings, code_hash("toy-clip"), args.out, args.threads)})
    print(f"toy CLIP written to {args.out}: {summary}")


def _cam_model(args: argparse.Namespace, prompt_cfg: dict):
    from .prompts import build_cam_model

    return build_cam_model(args.clip, prompt_cfg, args.classes["fg"], args.classes["bg"], _device())


def cmd_train_prompts(args: argparse.Namespace) -> None:
    import torch

    from .prompts import seed_digest, train_prompts
    from .provenance import code_hash, file_fingerprint, settings_hash
    from .files import write_json_atomic

    torch.set_num_threads(args.threads)
    model = _cam_model(args, args.prompt)
    dataset = SegDataset.from_config(args.dataset, args.split)
    trajectory = {k: v for k, v in args.train.items() if k != "stop_iter"}  # stopping earlier changes no step
    seeds = seed_digest(args.seed_dir) if args.seed_dir else None  # a state made on other seeds is not resumed
    weights = file_fingerprint(args.clip["checkpoint"])  # a state made with other CLIP weights is not resumed
    stamp = settings_hash(args.clip, args.classes, args.prompt, trajectory, args.dataset, args.split, seeds,
                          code_hash("train-prompts"), weights)  # fmt: skip
    summary = train_prompts(model, dataset, args.train, args.work_dir, args.out, _device(), args.workers, stamp,
                            seed_dir=args.seed_dir)  # fmt: skip
    write_json_atomic(args.summary, summary)
    print(f"context written to {args.out} after {summary['seconds']:.0f} s")


def cmd_infer_cams(args: argparse.Namespace) -> None:
    import torch

    from .cams import run_cam_shard
    from .prompts import hand_prompt_settings, start_context

    torch.set_num_threads(args.threads)
    prompt = hand_prompt_settings(args.prompt, args.hand_prompt) if args.hand_prompt else args.prompt
    model = _cam_model(args, prompt)
    if args.context:
        model.prompt_learner.load_context(args.context)
    elif args.init_seed is not None:  # the untrained context: the phrase of ctx_init, else the seed's draw
        start_context(model.prompt_learner, None, args.init_seed, _stderr)
    dataset = SegDataset.from_config(args.dataset, args.split)
    info = run_cam_shard(model, dataset, args.shard, args.shard_size, args.out, args.att_layers, _device(),
                         args.store_att, args.caa, args.provenance, args.scale)  # fmt: skip
    print(f"{args.out}: {info['images']} images in {info['seconds']:.1f} s ({info['write_seconds']:.2f} s writing)")


def cmd_refine_cams(args: argparse.Namespace) -> None:
    import torch

    from .cams import refine_cam_shard

    check_input_shards(args.expect_provenance)
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


def cmd_import_seeds(args: argparse.Namespace) -> None:
    from .byo_seeds import import_seed_shard

    dataset = SegDataset.from_config(args.dataset, args.split)
    info = import_seed_shard(dataset, args.seed_dir, args.shard, args.shard_size, args.out, args.provenance)
    print(f"{args.out}: {info['images']} pseudo labels imported from {args.seed_dir} ({info['ignored_share']:.1f} % "
          f"of their pixels ignored) in {info['seconds']:.1f} s")  # fmt: skip


def cmd_cam_eval(args: argparse.Namespace) -> None:
    from .cams import cam_shard_eval
    from .files import write_json_atomic

    check_input_shards(args.expect_provenance)
    powers = {"cam": args.powers, **({"caa": args.caa_powers} if args.caa_powers else {})}
    result = cam_shard_eval(SegDataset.from_config(args.dataset, args.split), args.shard_file, powers)
    write_json_atomic(args.out, result)
    print(f"{args.out}: {result['images']} images")


def _miou(value: float | None) -> str:
    """A stored mIoU for a log line: two decimals, or 'no GT'."""
    return "no GT" if value is None else f"{value:.2f}"


def _read_json(path: Path) -> dict:
    return read_json(path, "evaluation file")


def _read_jsons(paths: Iterable[Path]) -> Iterator[dict]:
    """Evaluation files read one at a time, as a report consumes them (a split's CAM evaluations hold every
    image's logits: COCO's 82k would not all fit in memory as parsed JSON)."""
    return (_read_json(p) for p in paths)


def cmd_cam_report(args: argparse.Namespace) -> None:
    from .cams import cam_report_from_evals, cam_report_markdown
    from .data import dataset_class_names
    from .files import write_json_atomic, write_text_atomic

    names = dataset_class_names(args.dataset)
    results = {variant: cam_report_from_evals(_read_jsons(Path(p) for p in evals.split(",")), names)
               for variant, evals in args.variant}  # fmt: skip
    write_json_atomic(args.json, results)
    write_text_atomic(args.md, cam_report_markdown(results, args.title))
    for name, r in results.items():
        print(f"{name}: CAM mIoU {_miou(r['best_miou'])} at p={r['best_power']} ({r['split']}, {r['images']} images, "
              f"{r['gt_images']} with GT)")  # fmt: skip


def cmd_mask_report(args: argparse.Namespace) -> None:
    from .data import dataset_class_names
    from .masks import mask_quality, quality_markdown
    from .files import write_json_atomic, write_text_atomic

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

    check_input_shards(args.expect_provenance)
    num_classes = len(dataset_class_names(args.dataset))
    info = run_seed_shard(args.masks, args.cams, args.cam_key, args.gammas, num_classes, args.out, args.provenance)
    print(f"{args.out}: {info['images']} images in {info['seconds']:.1f} s")


def cmd_seed_eval(args: argparse.Namespace) -> None:
    from .seeds import seed_shard_eval
    from .files import write_json_atomic

    check_input_shards(args.expect_provenance)
    result = seed_shard_eval(SegDataset.from_config(args.dataset, args.split), args.shard_file)
    write_json_atomic(args.out, result)
    print(f"{args.out}: {result['images']} images")


def cmd_export_seeds(args: argparse.Namespace) -> None:
    from .data import dataset_class_names
    from .seeds import export_seed_pngs, seed_report_from_evals

    check_input_shards(args.expect_provenance)
    chosen = seed_report_from_evals([_read_json(p) for p in args.evals], dataset_class_names(args.dataset))
    # a folder dataset's stage I runs at a bounded size (max_side): its seeds go back to each image's size
    full_size = SegDataset.from_config(args.dataset, args.split).full_size if args.dataset["kind"] == "folder" else None
    n = export_seed_pngs(args.shards, chosen["gamma"], args.out_dir, args.manifest, full_size)
    print(f"{n} seed PNGs (γ = {chosen['gamma']}, mIoU {_miou(chosen['miou'])}) in {args.out_dir}")


def cmd_seeds_report(args: argparse.Namespace) -> None:
    from .data import dataset_class_names
    from .seeds import imported_seeds_report, stage_report, stage_report_markdown
    from .files import write_json_atomic, write_text_atomic

    def read(paths: list[Path]) -> list[dict]:
        return [_read_json(p) for p in paths]

    if not args.imported_evals and not (args.cam_evals and args.coarse_evals and args.mask_evals):
        raise ConfigError("seeds-report needs --cam-evals, --coarse-evals and --mask-evals, or --imported-evals")
    if args.imported_evals:  # seeds_from: the imported pseudo labels alone
        report = imported_seeds_report(read(args.imported_evals), dataset_class_names(args.dataset), args.seeds_from)
    else:
        seg_cam_evals = _read_jsons(args.seg_cam_evals) if args.seg_cam_evals else []  # CAM evaluations: streamed
        report = stage_report(_read_jsons(args.cam_evals), read(args.coarse_evals), seg_cam_evals, read(args.fine_evals),
                              read(args.mask_evals), dataset_class_names(args.dataset), args.cams_from)  # fmt: skip
    write_json_atomic(args.json, {"title": args.title, **report})
    last = report["seeds"][next(k for k in ("fine", "coarse", "imported") if k in report["seeds"])]
    write_text_atomic(args.md, stage_report_markdown(report["steps"], args.title, last["images"], last["gt_images"]))
    for name, step in report["steps"].items():
        print(f"{name}: mIoU {_miou(step['miou'])} ({step['setting']})")


def _stage2_config(args: argparse.Namespace):
    from .stage2 import config_from_sections

    return config_from_sections(args.dataset, args.stage2, args.train_split, args.seed_dir, args.work_dir)


def cmd_stage2_train(args: argparse.Namespace) -> None:
    import time

    import torch

    from . import stage2
    from .files import write_json_atomic

    torch.set_num_threads(args.threads)
    cfg = _stage2_config(args)
    if "LOCAL_RANK" in os.environ:  # one process of an N-process job: its parent checked and prepared the run
        stage2.run_training(cfg)
        return
    stage2.check_gpus(args.stage2["gpus"])
    stage2.check_inputs(cfg)
    stamp = stage2.work_dir_stamp(cfg, args.dataset, args.stage2, args.train_split, args.seed_dir)
    stage2.prepare_work_dir(cfg, stamp)
    t0 = time.perf_counter()
    status = stage2.relaunch_in_processes(args.stage2["gpus"], sys.argv[1:])
    if status:
        raise SystemExit(status)  # the failed process printed its error
    result = stage2.run_training(cfg) if status is None else stage2.training_result(cfg, time.perf_counter() - t0)
    stage2.publish_checkpoint(result["best"], args.best)
    write_json_atomic(args.summary, {**result, "gpus": args.stage2["gpus"], "batch_per_gpu": args.stage2["batch_size"]})
    stage2.publish_checkpoint(result["final"], args.final)  # last: the rule's main output
    print(f"stage II trained in {result['seconds']:.0f} s: {args.final}")


def cmd_stage2_eval(args: argparse.Namespace) -> None:
    import torch

    from .stage2 import evaluate, model_name
    from .files import write_json_atomic

    torch.set_num_threads(args.threads)
    cfg = _stage2_config(args)
    dataset = SegDataset.from_config(args.dataset, args.split)
    if args.gallery:
        dataset = dataset.restrict(dataset.spread_sample(args.gallery))
    result = evaluate(cfg, args.checkpoint, dataset, args.pred_dir, _device(), args.stage2.get("tta"))
    result["selected_by_gt"], result["trained_on"] = args.selected_by_gt, args.seeds_step
    result["model"], result["config"] = model_name(cfg), args.stage2["config"]
    write_json_atomic(args.out, result)
    with_tta = f", with TTA {result['tta']['miou']}" if "tta" in result else ""
    print(f"{args.checkpoint} on {args.split}: mIoU {result['miou']}{with_tta}")


def cmd_stage2_report(args: argparse.Namespace) -> None:
    from .stage2 import report_markdown
    from .files import write_text_atomic

    results = {name: read_json(path, "evaluation file") for name, path in (v.split("=", 1) for v in args.eval)}
    step = next(iter(results.values())).get("trained_on", "fine seeds")
    seeds = read_json(args.seeds_report, "stage-I report")["steps"][step]["miou"] if args.seeds_report else None
    write_text_atomic(args.md, report_markdown(results, seeds, args.title, step))


def cmd_stage2_pack_test(args: argparse.Namespace) -> None:
    from .stage2 import pack_voc_test

    ids = SegDataset.from_config(args.dataset, args.split).samples.ids
    n = pack_voc_test(args.pred_dir, ids, args.out)
    print(f"{args.out}: {n} predictions")


def _named_paths(values: list[str] | None) -> dict[str, Path]:
    """NAME=PATH arguments -> {name: path}, in order."""
    return {name: Path(path) for name, path in (v.split("=", 1) for v in values or [])}


def cmd_doctor(args: argparse.Namespace) -> None:
    from .config import experiment, load_config
    from .doctor import run_checks

    config = load_config(args.config)
    checks = run_checks(experiment(config, args.experiment), args.results, args.slurm_profile,
                        rule_made=(config["toy_clip"]["checkpoint"],))
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
    from .files import write_text_atomic

    def read(path: Path | None) -> dict | None:
        return read_json(path, "report input") if path else None

    summaries = {name: read(path) for name, path in _named_paths(args.train_summary).items()}
    histories = {name: summary["history"] for name, summary in summaries.items()}
    stage2_train = read(args.stage2_train)
    gallery = []
    if args.gallery:
        dataset = SegDataset.from_config(args.dataset, args.split)
        seed_dirs = {name: path for name, path in (("coarse", args.coarse_dir), ("fine", args.fine_dir),
                                                   ("imported", args.imported_dir)) if path}  # fmt: skip
        gallery = gallery_rows(dataset, dataset.spread_sample(args.gallery), args.shard_size, args.mask_shards,
                               args.cam_shards, args.refined_shards, seed_dirs, args.stage2_pred_dir)  # fmt: skip
    page = render_report(
        args.title, read(args.masks_report), read(args.cams_report), read(args.seeds_report), histories,
        {name: read(path) for name, path in _named_paths(args.stage2_eval).items()},
        stage2_train.get("history") if stage2_train else None, gallery,
        provenance(args.experiment, args.experiment_config),
        {name: summary["start_draw"] for name, summary in summaries.items() if summary.get("start_draw")},
    )  # fmt: skip
    write_text_atomic(args.out, page)
    print(f"{args.out}: {len(page) / 1e6:.1f} MB, {len(gallery)} gallery images")


def build_parser() -> argparse.ArgumentParser:
    """The command table's parser (fma_wsss.cli_parser, imported here so that no command's code hash covers it)."""
    from .cli_parser import build_parser as build

    return build()


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
