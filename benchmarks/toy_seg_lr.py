"""Learning-rate range test of the toy's segmentation-task prompts (T2), judged by T2's own objective.

The toy's CLIP is tiny (logit scale ≈ 15, not 100) and T2 runs 300 iterations, not VOC's 17000, so the raw Grad-CAMs
and the CAM activation loss are orders of magnitude smaller than with ViT-B/16, and VOC's learning rate barely moves
the context. This script picks the toy's T2 learning rate the way a practitioner would without any GT: train T2 with
each candidate rate (the toy's schedule, shortened) and measure the CAM activation loss against the coarse seeds on a
fixed set of augmented crops of the train split (the training objective, on pseudo labels only), and how well the
argmax seeds of the resulting CAMs agree with the coarse seeds they learn from (mIoU against the coarse seeds, best
background power). The objective alone can be gamed: CAMs that collapse to zero everywhere score a near-zero loss,
so the agreement is the criterion, among the rates under which no class collapses. A class has collapsed when its own
agreement (its IoU against the coarse seeds) ends below the untrained context's: the CAM then localises the class
worse than the random context it started from, which is the loss's trivial minimum at work. The softmax share of a
class on its positives (T2 logs it; prompts.COLLAPSED_SHARE) is printed beside it: on the toy a share can fall below
0.05 while the class's agreement rises, because the CAMs are max-normalised before they are used, so a small share
alone is a warning, not a collapse. Each class's coverage is printed too: the share of the images labelled with it
whose argmax seeds hold it (a class the seeds drop from its images is going the way of the trivial minimum, docs/toy.md).
--scales judges the CAM inference scale (seg.infer.scale) the same way, for each rate: the trained context's CAMs
with each image inferred at each multiple of its size, against the coarse seeds, collapse judged against the
untrained context's CAMs at the same scale.
No GT label is read.
Needs the coarse seeds of the toy (`snakemake results/toy/cls/seed/manifest.txt`).
Run:  python benchmarks/toy_seg_lr.py [--lrs 0.1 0.3 1 3] [--iters 300] [--eval-crops 64] [--scales 1 1.5 2]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

import fma_wsss.torchvision_compat  # noqa: F401
from fma_wsss.cams import cam_report_from_evals, cam_shard_eval, read_cam_shard, run_cam_shard
from fma_wsss.config import load_config
from fma_wsss.data import SegDataset, load_seed_png
from fma_wsss.losses import cam_activation_loss
from fma_wsss.prompts import (
    COLLAPSED_SHARE,
    AugmentedSplit,
    build_cam_model,
    collapsed_classes,
    crop_labels,
    train_prompts,
)
from fma_wsss.scores import cam_to_score, seeds_for_powers
from fma_wsss.workflow import layout

EVAL_EPOCH = 1_000_000  # augmentation keys no training run of this length draws


def objective(model, data: AugmentedSplit, n_crops: int, batch: int = 16) -> tuple[float, float]:
    """Mean (fg, bg) CAM activation loss of the model's context over the first n_crops fixed augmented crops."""
    fg_sum, bg_sum, n = 0.0, 0.0, 0
    for start in range(0, n_crops, batch):
        items = [data[(EVAL_EPOCH, i % len(data))] for i in range(start, min(start + batch, n_crops))]
        images = torch.stack([torch.as_tensor(x[0]) for x in items])
        seeds = torch.stack([torch.as_tensor(x[2]) for x in items])
        out = model(images, crop_labels(seeds, model.num_fg), create_graph=False)
        fg, bg = cam_activation_loss(out.pos_cam.detach(), out.pos_index, seeds)
        fg_sum, bg_sum, n = fg_sum + float(fg) * len(items), bg_sum + float(bg) * len(items), n + len(items)
    return fg_sum / n, bg_sum / n


class AgainstSeeds(SegDataset):
    """The split with the coarse seed PNGs in place of the GT labels."""

    def __init__(self, dataset: SegDataset, seed_dir: Path):
        self.__dict__.update(dataset.__dict__)
        self.seed_dir = seed_dir

    def label(self, img_id: str, image_hw: tuple[int, int] | None = None) -> np.ndarray:
        return load_seed_png(self.seed_dir / f"{img_id}.png", self.num_classes, image_hw)


def agreement(model, against_seeds: AgainstSeeds, powers: list[float], work: Path, scale: float = 1.0) -> tuple[float, float, dict[str, float], dict[str, float]]:
    """mIoU (%) of the model's argmax CAM seeds (images inferred at `scale` times their size) against the coarse
    seeds on the whole split, its best power, the IoU (%) of each foreground class at that power and each class's
    coverage there."""
    run_cam_shard(model, against_seeds, 0, len(against_seeds), work / "cams.h5", att_layers=0, scale=scale)
    report = cam_report_from_evals([cam_shard_eval(against_seeds, work / "cams.h5", {"cam": powers})], against_seeds.class_names)
    per_class = {name: float(iou) for name, iou in report["class_iou"].items() if name in against_seeds.class_names[1:]}
    return report["best_miou"], report["best_power"], per_class, coverage(against_seeds, report["best_power"], work)


def coverage(against_seeds: AgainstSeeds, power: float, work: Path) -> dict[str, float]:
    """Per foreground class, the share (%) of the images labelled with it whose argmax CAM seeds (at `power`) hold it:
    a class the seeds drop from its images has collapsed there, whatever its IoU where it stays (no GT read: the
    image-level labels)."""
    labelled, held = np.zeros(against_seeds.num_classes - 1), np.zeros(against_seeds.num_classes - 1)
    for _, record in read_cam_shard(work / "cams.h5", keys=("cam", "fg_cls")):
        score = cam_to_score(torch.from_numpy(record["cam"]), record["hw"])
        fg = torch.from_numpy(record["fg_cls"].astype(np.int64))
        seed = dict(seeds_for_powers(score, fg, [power]))[power]
        present = set(np.unique(seed.numpy()).tolist())
        for c in fg.tolist():
            labelled[c] += 1
            held[c] += (c + 1) in present
    return {name: 100 * h / max(n, 1) for name, h, n in zip(against_seeds.class_names[1:], held, labelled)}


def collapsed_by_agreement(per_class: dict[str, float], untrained: dict[str, float]) -> list[str]:
    """Foreground classes whose agreement with the coarse seeds ended below the untrained context's."""
    return sorted(name for name, iou in per_class.items() if iou < untrained[name])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="config.yaml")
    parser.add_argument("--experiment", default="toy")
    parser.add_argument("--lrs", type=float, nargs="+", default=[0.1, 0.3, 1.0, 3.0])
    parser.add_argument("--iters", type=int, default=300, help="T2 iterations per candidate (warm-up scaled along)")
    parser.add_argument("--eval-crops", type=int, default=64)
    parser.add_argument("--scales", type=float, nargs="+", default=None,
                        help="CAM inference scales judged for each rate (default: the config's seg.infer.scale)")
    parser.add_argument("--seed-dir", type=Path, default=None, help="coarse seed PNGs (default results/<exp>/cls/seed)")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    exp = load_config(args.config)["experiments"][args.experiment]
    seg = exp["seg"]
    seed_dir = args.seed_dir or Path(layout.SEED_DIR.format(exp=args.experiment, task="cls"))
    dataset = SegDataset.from_config(exp["dataset"], exp["train_split"])
    classes = exp["classes"]
    model = build_cam_model(exp["clip"], seg["prompt"], classes["fg"], seg.get("bg_names", classes["bg"]))
    data = AugmentedSplit(dataset, seg["train"]["augment"], seg["train"]["seed"], seed_dir)
    model.prompt_learner.initialize(seg["train"]["init_seed"])
    start_ctx = model.prompt_learner.ctx.detach().clone()
    against = AgainstSeeds(dataset, seed_dir)
    powers = seg["infer"]["eval_powers"]
    scales = args.scales or [seg["infer"]["scale"]]
    fg0, bg0 = objective(model, data, args.eval_crops)
    print(f"untrained context: CAM activation loss fg {fg0:.3e} + bg {bg0:.3e} = {fg0 + bg0:.3e}", flush=True)
    untrained = {}
    for scale in scales:
        with tempfile.TemporaryDirectory() as tmp:
            agree0, p0, untrained[scale], cover0 = agreement(model, against, powers, Path(tmp), scale)
        print(f"  CAMs at scale {scale:g}: agreement with the coarse seeds {agree0:.1f} (p {p0}); per class "
              f"{', '.join(f'{k} {v:.1f}' for k, v in untrained[scale].items())}; coverage "
              f"{', '.join(f'{k} {v:.0f}' for k, v in cover0.items())}", flush=True)  # fmt: skip
    rows = []
    for lr in args.lrs:
        warm = max(1, seg["train"]["warm_iters"] * args.iters // seg["train"]["max_iter"])
        cfg = {**seg["train"], "base_lr": lr, "warm_lr": lr * seg["train"]["warm_lr"] / seg["train"]["base_lr"],
               "max_iter": args.iters, "warm_iters": warm, "stop_iter": None, "save_step": args.iters}  # fmt: skip
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            summary = train_prompts(model, dataset, cfg, Path(tmp), Path(tmp) / "prompts.pth", log=lambda _: None,
                                    seed_dir=seed_dir)  # fmt: skip
            seconds = time.perf_counter() - t0
        moved = float((model.prompt_learner.ctx.detach() - start_ctx).norm() / start_ctx.norm())
        fg, bg = objective(model, data, args.eval_crops)
        small_share = sorted(collapsed_classes(summary["history"]))
        print(f"lr {lr:<8g} fg {fg:.3e} + bg {bg:.3e} = {fg + bg:.3e}  ({(fg + bg) / (fg0 + bg0):.2f} of untrained)"
              f"  context moved {100 * moved:.1f} %  softmax share < {COLLAPSED_SHARE}: "
              f"{', '.join(small_share) or 'none'}  {seconds:.0f} s", flush=True)  # fmt: skip
        for scale in scales:
            with tempfile.TemporaryDirectory() as tmp:
                agree, p, per_class, cover = agreement(model, against, powers, Path(tmp), scale)
            collapsed = collapsed_by_agreement(per_class, untrained[scale])
            rows.append({"lr": lr, "scale": scale, "fg": fg, "bg": bg, "total": fg + bg, "agreement": agree, "p": p,
                         "moved": moved, "seconds": seconds, "per_class": per_class, "coverage": cover,
                         "collapsed": collapsed, "small_share": small_share})  # fmt: skip
            print(f"  CAMs at scale {scale:g}: agreement {agree:.1f} (p {p})  collapsed (agreement below untrained): "
                  f"{', '.join(collapsed) or 'none'}", flush=True)  # fmt: skip
            print("    per class: " + ", ".join(f"{k} {v:.1f}" for k, v in per_class.items()), flush=True)
            print("    coverage (% of its labelled images): " + ", ".join(f"{k} {v:.0f}" for k, v in cover.items()),
                  flush=True)  # fmt: skip
    kept = [r for r in rows if not r["collapsed"]]
    best = max(kept or rows, key=lambda r: r["agreement"])
    print(f"best agreement with the coarse seeds{'' if kept else ' (every rate collapses a class)'}: lr {best['lr']:g}, "
          f"CAMs at scale {best['scale']:g}")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
