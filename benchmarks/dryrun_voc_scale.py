"""`snakemake -n` at VOC scale: a fake VOC2012 layout with the 10,582 train_aug ids (1x1 images), dry-run timed.

Run:  .venv/bin/python benchmarks/dryrun_voc_scale.py [--ids 10582]
Prints the wall time of the dry run (best of 3) next to the 3 s target.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import yaml
from bench_json import emit
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
WEIGHTS = ("pretrains/SAM/sam_vit_h_4b8939.pth", "pretrains/CLIP/ViT-B-16.pt",
           "pretrains/swin_large_patch4_window12_384_22k_20220412-6580f57d.pth")  # fmt: skip


def fake_voc(root: Path, n: int) -> None:
    for sub in ("JPEGImages", "SegmentationClassAug", "ImageSets/SegmentationAug"):
        (root / sub).mkdir(parents=True)
    ids = [f"{2007 + i // 10000}_{i % 10000:06d}" for i in range(n)]
    Image.fromarray(np.zeros((1, 1, 3), np.uint8)).save(root / "JPEGImages" / f"{ids[0]}.jpg")
    Image.fromarray(np.zeros((1, 1), np.uint8)).save(root / "SegmentationClassAug" / f"{ids[0]}.png")
    jpg = (root / "JPEGImages" / f"{ids[0]}.jpg").read_bytes()
    png = (root / "SegmentationClassAug" / f"{ids[0]}.png").read_bytes()
    for i in ids[1:]:
        (root / "JPEGImages" / f"{i}.jpg").write_bytes(jpg)
        (root / "SegmentationClassAug" / f"{i}.png").write_bytes(png)
    val_id = "2011_999999"  # stage II validates on val: one id, not among the train_aug ones
    (root / "JPEGImages" / f"{val_id}.jpg").write_bytes(jpg)
    (root / "SegmentationClassAug" / f"{val_id}.png").write_bytes(png)
    for split, split_ids in (("train_aug", ids), ("val", [val_id])):
        lines = "".join(f"/JPEGImages/{i}.jpg /SegmentationClassAug/{i}.png\n" for i in split_ids)
        (root / f"ImageSets/SegmentationAug/{split}.txt").write_text(lines)


def dry_run_seconds(experiment: str, make_layout, n: int, repeats: int) -> float:
    """Best wall time of `snakemake -n` of the experiment's default target on a fake layout of n images."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        make_layout(work, n)
        for weights in WEIGHTS:
            (work / weights).parent.mkdir(parents=True, exist_ok=True)
            (work / weights).write_bytes(b"placeholder")  # a dry run does not read them
        config = yaml.safe_load((REPO / "config.yaml").read_text())
        config["experiment"] = experiment
        (work / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True))
        env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
        cmd = [str(Path(sys.executable).parent / "snakemake"), "--snakefile", str(REPO / "workflow/Snakefile"), "-n", "--quiet"]
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True)
            times.append(time.perf_counter() - t0)
            if proc.returncode:
                sys.exit(proc.stdout[-3000:] + proc.stderr[-3000:])
        return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ids", type=int, default=10582)
    args = parser.parse_args()
    seconds = dry_run_seconds("voc", lambda work, n: fake_voc(work / "datasets" / "VOC2012", n), args.ids, 3)
    shard_size = yaml.safe_load((REPO / "config.yaml").read_text())["experiments"]["voc"]["shard_size"]
    print(f"VOC train_aug ids: {args.ids}  shards: {-(-args.ids // shard_size)}  (shard size {shard_size})")
    print(f"{'dry run (best of 3)':<24}{seconds:>7.2f} s")
    print(f"{'target':<24}{3.0:>7.2f} s   ratio target/measured: {3.0 / seconds:.2f}")
    emit("dryrun_voc_scale", f"snakemake -n, VOC layout, {args.ids} ids", seconds, "s", target=3.0)


if __name__ == "__main__":
    main()
