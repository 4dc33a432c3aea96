"""Which toy objects the fine seeds and stage II get right: those in their class's dominant colour against those in a
random one (a quality study, read against GT: it reports, it selects nothing).

The toy's shapes wear their class's dominant colour 95 % of the time (`colour_tie_prob`; 85 % in TOY.md, in the toy
CLIP's corpus and in the toy until 2026-12-07) and a random colour otherwise. A model that learns colour rather than
shape names a random-coloured object after the class whose colour it resembles.
For every GT object (a connected component of one class, at least --min-pixels) this prints the share of its
pixels a label map gives its class, averaged over the objects of each kind, and how many get under half. The
fine seeds are scored on the train images; the stage-II checkpoint (the experiment's final one) predicts the train
and the val images. An object counts as dominant-coloured when its mean colour lies within --colour-distance of its
class's dominant RGB (the generator adds noise of 12 per channel to it; a random colour lands that close to a given
one about 3 % of the time).
Run, after the experiment's stage II:  python benchmarks/toy_colour_objects.py [--experiment toy] [--checkpoint PTH --stage2-config PY]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Iterable

import numpy as np
from scipy import ndimage

import fma_wsss.torchvision_compat  # noqa: F401
from fma_wsss import stage2
from fma_wsss.config import load_config
from fma_wsss.data import SegDataset, load_seed_png
from fma_wsss.toy import DOMINANT_COLOURS, SHAPES
from fma_wsss.workflow import layout
from toy_stage2_lr import stage2_seeds

DOMINANT_RGB = np.array([DOMINANT_COLOURS[shape][1] for shape in SHAPES], np.float64)


def object_shares(image: np.ndarray, gt: np.ndarray, labels: np.ndarray, min_pixels: int,
                  colour_distance: float) -> Iterable[tuple[bool, float]]:  # fmt: skip
    """(dominant-coloured?, share of the object's pixels `labels` gives its class) per GT object of an image.
    image (H, W, 3) uint8; gt, labels (H, W) uint8 class maps (0 background, c+1 shape c)."""
    for cls in range(1, len(SHAPES) + 1):
        components, count = ndimage.label(gt == cls)
        for k in range(1, count + 1):
            pixels = components == k
            if pixels.sum() < min_pixels:
                continue
            distance = np.linalg.norm(image[pixels].mean(0) - DOMINANT_RGB[cls - 1])
            yield bool(distance < colour_distance), float((labels[pixels] == cls).mean())


def summarise(rows: list[tuple[bool, float]]) -> dict[str, dict[str, float]]:
    """Objects, mean share and objects under half a share, for dominant- and random-coloured objects."""
    out = {}
    for kind, dominant in (("dominant", True), ("random", False)):
        shares = np.array([share for d, share in rows if d == dominant])
        out[kind] = {"objects": int(shares.size), "mean_share": round(float(shares.mean()), 3) if shares.size else 0.0,
                     "under_half": int((shares < 0.5).sum())}  # fmt: skip
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="config.yaml")
    parser.add_argument("--experiment", default="toy")
    parser.add_argument("--min-pixels", type=int, default=20)
    parser.add_argument("--colour-distance", type=float, default=50.0)
    parser.add_argument("--checkpoint", type=Path, help="stage-II checkpoint (default: the experiment's final one)")
    parser.add_argument("--stage2-config", help="the checkpoint's model config (default: the experiment's)")
    args = parser.parse_args()
    config = load_config(args.config)
    exp = config["experiments"][args.experiment]
    seed_dir, train = stage2_seeds(config, args.experiment)
    final = layout.STAGE2_CHECKPOINT.format(exp=args.experiment, stage2_dir=layout.MAIN_STAGE2, ckpt="final")
    checkpoint = args.checkpoint or Path(final)
    if not checkpoint.is_file():
        raise SystemExit(f"{checkpoint} not found: run `snakemake results/{args.experiment}/stage2/report.md` first")
    section = {**exp["stage2"], **({"config": args.stage2_config} if args.stage2_config else {})}
    cfg = stage2.config_from_sections(exp["dataset"], section, exp["train_split"], seed_dir,
                                      Path(f"results/benchmarks/toy_colour_objects/{args.experiment}"))  # fmt: skip
    val = SegDataset.from_config(exp["dataset"], exp["eval_split"])
    k = train.num_classes

    def scored(dataset: SegDataset, maps: Iterable[tuple[str, np.ndarray]]) -> dict:
        rows = []
        for img_id, labels in maps:
            image, gt = dataset.image_and_gt(img_id)
            rows += object_shares(image, gt, labels, args.min_pixels, args.colour_distance)
        return summarise(rows)

    seeds = ((i, load_seed_png(seed_dir / f"{i}.png", k, train.full_size(i), allow_ignore=True)) for i in train.gt_ids())
    result = {"fine seeds (train)": scored(train, seeds),
              "stage II (train)": scored(train, stage2.predict(cfg, checkpoint, train)),
              "stage II (val)": scored(val, stage2.predict(cfg, checkpoint, val))}  # fmt: skip
    print("| labels | dominant: objects, mean share, under half | random: objects, mean share, under half |")
    print("|---|---|---|")
    for name, kinds in result.items():
        cells = [f"{s['objects']}, {s['mean_share']:.3f}, {s['under_half']}" for s in kinds.values()]
        print(f"| {name} | {cells[0]} | {cells[1]} |")
    print(json.dumps({"benchmark": "toy_colour_objects", "experiment": args.experiment, **result}))


if __name__ == "__main__":
    main()
