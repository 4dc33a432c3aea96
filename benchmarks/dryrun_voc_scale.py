"""`snakemake -n` at VOC scale: a fake VOC2012 layout with the 10,582 train_aug ids (1x1 images), dry-run timed.

Run:  .venv/bin/python benchmarks/dryrun_voc_scale.py [--ids 10582]
Prints the wall time of the dry run (best of 3) next to the 3 s target.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from bench_json import emit
import yaml
from PIL import Image

REPO = Path(__file__).resolve().parents[1]


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
    lines = "".join(f"/JPEGImages/{i}.jpg /SegmentationClassAug/{i}.png\n" for i in ids)
    (root / "ImageSets/SegmentationAug/train_aug.txt").write_text(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ids", type=int, default=10582)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        fake_voc(work / "datasets" / "VOC2012", args.ids)
        for weights in ("pretrains/SAM/sam_vit_h_4b8939.pth", "pretrains/CLIP/ViT-B-16.pt"):
            (work / weights).parent.mkdir(parents=True, exist_ok=True)
            (work / weights).write_bytes(b"placeholder")  # a dry run does not read them
        config = yaml.safe_load((REPO / "config.yaml").read_text())
        config["experiment"] = "voc"
        (work / "config.yaml").write_text(yaml.safe_dump(config))
        env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
        cmd = [str(Path(sys.executable).parent / "snakemake"), "--snakefile", str(REPO / "workflow/Snakefile"), "-n", "--quiet", "all"]
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True)
            times.append(time.perf_counter() - t0)
            if proc.returncode:
                sys.exit(proc.stdout + proc.stderr)
        shards = -(-args.ids // config["experiments"]["voc"]["shard_size"])
        print(f"VOC train_aug ids: {args.ids}  shards: {shards}  (shard size {config['experiments']['voc']['shard_size']})")
        print(f"{'dry run (best of 3)':<24}{min(times):>7.2f} s")
        print(f"{'target':<24}{3.0:>7.2f} s   ratio target/measured: {3.0 / min(times):.2f}")
        emit("dryrun_voc_scale", f"snakemake -n, VOC layout, {args.ids} ids", min(times), "s", target=3.0)


if __name__ == "__main__":
    main()
