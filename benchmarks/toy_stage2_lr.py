"""The toy stage II's learning rate and test scale, chosen without GT: agreement of its predictions with its seeds.

The VOC recipe fine-tunes an ImageNet-22k Swin-L (AdamW 1e-4, the backbone at a tenth of it) and tests at VOC's own
image size (short side 512). The toy's ResNet-18 starts from random weights, since no pretrained weights can be
downloaded, and its images are 64-112 px. This script trains the toy's stage II (the experiment's stage2 section and
config file, fine seeds of a finished toy run) with each candidate learning rate, then predicts the train images at
each candidate test scale (the short side the test pipeline's Resize brings an image to) and scores the predictions
against the fine seeds they were trained on: mIoU of prediction against seed, pixels the seeds leave unlabelled
ignored. The candidate with the highest agreement is the one a practitioner without GT would take. No GT is read.
--hue-deltas compares colour jitters the same way (PhotoMetricDistortion's hue shift; the config's own when not
given): the toy's classes wear a dominant colour 95 % of the time (85 % until 2026-12-07), and VOC's ±18 turns
yellow (star) into orange (ring). --widths compares the ResNet-18's width (its stem and base channels, the head's
inputs scaled with them; the config's own when not given), the cost of every iteration. Needs the seeds stage II
trains on (the toy's fine seeds: `snakemake results/toy/seg/seed/manifest.txt`); 4 to 11 minutes per training on 2
cores, as the CPU and the width go.
Run:  python benchmarks/toy_stage2_lr.py [--lrs 1e-4 3e-4 1e-3 3e-3 1e-2] [--short-sides 64 112] [--hue-deltas 1 18]
      [--widths 32 64]
"""

from __future__ import annotations

import argparse
import copy
import json
import time
from pathlib import Path

import numpy as np

import fma_wsss.torchvision_compat  # noqa: F401
from fma_wsss import stage2
from fma_wsss.config import load_config
from fma_wsss.data import SegDataset, load_seed_png
from fma_wsss.metrics import confusion_matrix, percent, scores_from_confusion
from fma_wsss.workflow import layout
from fma_wsss.workflow.plan import Plan


def with_test_short_side(cfg, short: int):
    """A copy of the config whose test Resize brings an image's short side to `short` (long side at most 4×)."""
    cfg = copy.deepcopy(cfg)
    for transform in cfg.test_pipeline:
        if transform["type"] == "Resize":
            transform["scale"] = (4 * short, short)
    return cfg


def with_hue_delta(cfg, delta: int | None):
    """A copy of the config whose training PhotoMetricDistortion shifts the hue by at most `delta` (None: as is)."""
    if delta is None:
        return cfg
    cfg = copy.deepcopy(cfg)
    for transform in cfg.train_dataloader.dataset.pipeline:
        if transform["type"] == "PhotoMetricDistortion":
            transform["hue_delta"] = delta
    return cfg


def with_backbone_width(cfg, width: int | None):
    """A copy of the config whose ResNet has `width` stem and base channels, and whose head takes the four stages'
    outputs (width × 1, 2, 4, 8 channels for a basic-block ResNet); None: as is."""
    if width is None:
        return cfg
    cfg = copy.deepcopy(cfg)
    cfg.model.backbone.update(stem_channels=width, base_channels=width)
    cfg.model.decode_head.in_channels = [width * 2**i for i in range(4)]
    return cfg


def seed_agreement(cfg, checkpoint: Path, dataset: SegDataset, seed_dir: Path) -> dict:
    """mIoU and per-class IoU of the checkpoint's predictions on the seeded images against their seeds (%)."""
    k = dataset.num_classes
    conf = np.zeros((k, k), np.int64)
    for img_id, pred in stage2.predict(cfg, checkpoint, dataset):
        conf += confusion_matrix(pred, load_seed_png(seed_dir / f"{img_id}.png", k, pred.shape, allow_ignore=True), k)
    scores = scores_from_confusion(conf)
    return {"miou": round(percent(scores.miou), 1),
            "class_iou": {c: round(percent(v), 1) for c, v in zip(dataset.class_names, scores.cls_iou)}}  # fmt: skip


def stage2_seeds(config: dict, experiment: str) -> tuple[Path, SegDataset]:
    """The folder of the seeds the experiment's stage II learns from, and the train images they label; SystemExit
    when the seeds are not made yet."""
    seed_dir = Path(layout.SEED_DIR.format(exp=experiment, task=Plan(config).stage2_seed_task(experiment)))
    if not (seed_dir / "manifest.txt").is_file():
        raise SystemExit(f"{seed_dir}/manifest.txt not found: run `snakemake {seed_dir}/manifest.txt` first")
    exp = config["experiments"][experiment]
    train = SegDataset.from_config(exp["dataset"], exp["train_split"])
    return seed_dir, train.restrict([Path(name).stem for name in stage2.seed_manifest(seed_dir)])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="config.yaml")
    parser.add_argument("--experiment", default="toy")
    parser.add_argument("--lrs", type=float, nargs="+", default=[1e-4, 3e-4, 1e-3, 3e-3, 1e-2])
    parser.add_argument("--short-sides", type=int, nargs="+", default=[64, 112])
    parser.add_argument("--hue-deltas", type=int, nargs="+", default=[None], help="training hue shifts (>= 1)")
    parser.add_argument("--widths", type=int, nargs="+", default=[None], help="the ResNet's stem and base channels")
    parser.add_argument("--work", type=Path, default=Path("results/benchmarks/toy_stage2_lr"))
    args = parser.parse_args()
    config = load_config(args.config)
    exp = config["experiments"][args.experiment]
    seed_dir, train = stage2_seeds(config, args.experiment)
    rows = []
    for lr, hue, width in ((lr, hue, w) for lr in args.lrs for hue in args.hue_deltas for w in args.widths):
        tags = [f"lr{lr:g}", *([f"hue{hue}"] if hue is not None else []), *([f"w{width}"] if width is not None else [])]
        work = args.work / "_".join(tags)
        cfg = stage2.config_from_sections(exp["dataset"], exp["stage2"], exp["train_split"], seed_dir, work)
        cfg = with_backbone_width(with_hue_delta(cfg, hue), width)
        cfg.optim_wrapper.optimizer.lr = lr
        t0 = time.perf_counter()
        checkpoint = work / "final.pth"
        if not checkpoint.is_file():
            stage2.publish_checkpoint(stage2.train(cfg)["final"], checkpoint)
        for short in args.short_sides:
            agreement = seed_agreement(with_test_short_side(cfg, short), checkpoint, train, seed_dir)
            rows.append({"lr": lr, "hue_delta": hue, "width": width, "test_short_side": short,
                         "agreement": agreement, "seconds": round(time.perf_counter() - t0, 1)})  # fmt: skip
            print(json.dumps({"benchmark": "toy_stage2_lr", **rows[-1]}), flush=True)
    best = max(rows, key=lambda r: r["agreement"]["miou"])
    chosen = {k: best[k] for k in ("lr", "hue_delta", "width", "test_short_side")}
    print(json.dumps({"benchmark": "toy_stage2_lr", "chosen": chosen, "agreement": best["agreement"]["miou"]}))


if __name__ == "__main__":
    main()
