"""Where a class's CAM seeds spill away from the class, and beside which other class (a quality study, read against
GT: it reports, it selects nothing).

For every prompt variant of the classification task whose CAMs a finished run stored (hand, init, cls), the CAMs of
the train split are turned into seeds at the variant's best background power (cams/report.json) as the CAM report
does. A pixel the seeds give class c counts as spilled when it lies more than --margin px from every GT pixel of c:
not a blurred edge (the 8-px patch grid smears about that far) but another part of the image. Spilled pixels are
split by the other classes present in the image, so that cross-talk between two classes that T1 learns to tell
apart (on the toy: the star's CAM spreading over the background of images that also hold the ring) shows as one
large cell. On a toy dataset the far pixels are split by the image's background kind too (noisy, striped,
checkered: the generator draws each image again to read it), since a class can spill onto one texture only.
Run, after the experiment's CAM report:  python benchmarks/toy_cam_crosstalk.py [--experiment toy] [--margin 8]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch
from scipy import ndimage

from fma_wsss.cams import read_cam_shard
from fma_wsss.config import load_config
from fma_wsss.data import SegDataset
from fma_wsss.scores import cam_to_score, seeds_for_powers
from fma_wsss.toy import BACKGROUNDS, toy_scene
from fma_wsss.workflow import layout
from fma_wsss.workflow.plan import Plan


def spilled_pixels(seed: np.ndarray, gt: np.ndarray, cls: int, margin: float) -> tuple[int, int]:
    """(near, far): pixels `seed` gives class `cls` where GT says background, within `margin` px of a GT pixel of
    cls and beyond it. seed, gt: (H, W) class maps (0 background, c+1 shape c); far counts all of them when GT
    holds no pixel of cls."""
    wrong = (seed == cls) & (gt == 0)
    if not (gt == cls).any():
        return 0, int(wrong.sum())
    distance = ndimage.distance_transform_edt(gt != cls)
    return int((wrong & (distance <= margin)).sum()), int((wrong & (distance > margin)).sum())


def crosstalk(records, power: float, num_classes: int, margin: float) -> dict[str, np.ndarray]:
    """Spilled seed pixels over images: `near` and `far` (C,) per class, `far_beside` (C, C): row c, column d
    sums the far pixels of c over the images that also hold class d (d = 0: images with no other class), and
    `far_on` (C, len(BACKGROUNDS)): the far pixels of c by the image's background kind.
    records: (cam (P, h, w), fg_cls (P,) 0-based, gt (H, W)[, background kind index]) per image; seeds at background
    power `power`. Images without a kind count in no column of far_on."""
    near, far = np.zeros(num_classes, np.int64), np.zeros(num_classes, np.int64)
    beside = np.zeros((num_classes, num_classes), np.int64)
    on = np.zeros((num_classes, len(BACKGROUNDS)), np.int64)
    for cam, fg_cls, gt, *kind in records:
        score = cam_to_score(torch.from_numpy(cam), gt.shape)
        ((_, seed),) = seeds_for_powers(score, torch.from_numpy(fg_cls), [power])
        seed = seed.numpy()
        present = [int(c) + 1 for c in fg_cls]
        for c in present:
            n, f = spilled_pixels(seed, gt, c, margin)
            near[c] += n
            far[c] += f
            others = [d for d in present if d != c] or [0]
            beside[c, others] += f
            if kind:
                on[c, kind[0]] += f
    return {"near": near, "far": far, "far_beside": beside, "far_on": on}


def background_kinds(dataset_cfg: dict, split: str, ids: list[str]) -> dict[str, int]:
    """{image id: index in BACKGROUNDS} of a toy split's images (ids as the generator names them, <split>_<index>);
    empty for any other dataset kind."""
    if dataset_cfg["kind"] != "toy":
        return {}
    toy = dataset_cfg["toy"]
    return {i: BACKGROUNDS.index(toy_scene(toy, split, int(i.rsplit("_", 1)[1])).background) for i in ids}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="config.yaml")
    parser.add_argument("--experiment", default="toy")
    parser.add_argument("--margin", type=float, default=8.0, help="px from the class's GT beyond which a pixel spills")
    args = parser.parse_args()
    config = load_config(args.config)
    exp = config["experiments"][args.experiment]
    plan = Plan(config)
    split = exp["cls"]["infer"]["splits"][0]
    report_path = Path(layout.CAM_REPORT_JSON.format(exp=args.experiment))
    if not report_path.is_file():
        target = layout.CAM_REPORT_MD.format(exp=args.experiment)
        raise SystemExit(f"{report_path} not found: run `snakemake {target}` first")
    report = json.loads(report_path.read_text())
    dataset = SegDataset.from_config(exp["dataset"], split)
    names = dataset.class_names
    kinds = background_kinds(exp["dataset"], split, dataset.samples.ids)
    result = {}
    for prompts in ("hand", "init", "cls"):
        if prompts not in report:
            continue
        shards = [layout.CAM_SHARD.format(exp=args.experiment, prompts=prompts, split=split, shard=shard)
                  for shard in plan.shards(args.experiment, split)]  # the DAG's shards, not whatever a glob finds
        records = ((rec["cam"], rec["fg_cls"], dataset.label(img_id, rec["hw"]), *([kinds[img_id]] if kinds else []))
                   for shard in shards for img_id, rec in read_cam_shard(shard, keys=("cam", "fg_cls"))
                   if dataset.has_gt(img_id))  # fmt: skip
        counts = crosstalk(records, report[prompts]["best_power"], len(names), args.margin)
        result[prompts] = {k: v.tolist() for k, v in counts.items()}
    print(f"Spilled seed pixels per class ({split}, more than {args.margin:g} px from the class's GT): near / far")
    print("| class | " + " | ".join(result) + " |")
    print("|---|" + "---|" * len(result))
    for c in range(1, len(names)):
        print(f"| {names[c]} | " + " | ".join(f"{r['near'][c]} / {r['far'][c]}" for r in result.values()) + " |")
    for prompts, r in result.items():
        beside = np.asarray(r["far_beside"])
        c, d = np.unravel_index(beside.argmax(), beside.shape)
        print(f"{prompts}: most far pixels: {names[c]} beside {names[d] if d else 'no other class'} ({beside[c, d]})")
    if kinds:
        print(f"\nFar pixels by background kind ({' / '.join(BACKGROUNDS)})")
        print("| class | " + " | ".join(result) + " |")
        print("|---|" + "---|" * len(result))
        for c in range(1, len(names)):
            print(f"| {names[c]} | " + " | ".join(" / ".join(map(str, r["far_on"][c])) for r in result.values()) + " |")
    print(json.dumps({"benchmark": "toy_cam_crosstalk", "experiment": args.experiment, "margin": args.margin,
                      **result}))  # fmt: skip


if __name__ == "__main__":
    main()
