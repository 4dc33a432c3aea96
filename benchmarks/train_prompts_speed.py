"""Prompt training (T1 cls, T2 seg) s/iteration with the VOC recipe's settings, ViT-B/16 of random weights.

config.yaml's `voc` experiment (batch, sub-iterations, augmentation, fp16 autocast on CUDA: METHOD §7.5) through
prompts.train_prompts, as the train_prompts rule runs it, on a VOC-layout folder of random 500×375 images with random
labels and seeds; a few iterations, the first ones left out as warm-up. Prints s/iteration and the projected time of
the recipe's schedule (the iterations its stop_iter trains). Checks on a GPU that the whole training path runs there.
Run:  python benchmarks/train_prompts_speed.py --device cuda   (on the CPU: --iters 3 --images 4)
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import torch

import fma_wsss.torchvision_compat  # noqa: F401
import open_clip
from bench_json import emit
from fma_wsss.config import load_config
from fma_wsss.data import SegDataset
from fma_wsss.prompts import build_cam_model, train_prompts
from random_voc import write_random_voc

REPO = Path(__file__).resolve().parents[1]


def time_task(task: str, exp: dict, clip_cfg: dict, dataset: SegDataset, seed_dir: Path | None, work: Path,
              args: argparse.Namespace) -> float:  # fmt: skip
    """Mean s/iteration of `task`'s training over args.iters iterations after args.warmup."""
    section = exp[task]
    model = build_cam_model(clip_cfg, section["prompt"], exp["classes"]["fg"], exp["classes"]["bg"], args.device)
    seconds = []
    # An untimed first run (CUDA context, kernel selection), then the difference of two lengths leaves set-up out
    for iters in (args.warmup, args.warmup, args.warmup + args.iters):
        cfg = {**section["train"], "max_iter": section["train"]["max_iter"], "stop_iter": iters, "save_step": 10**9}
        if args.device.startswith("cuda"):
            torch.cuda.synchronize()
        t0 = time.perf_counter()
        train_prompts(model, dataset, cfg, work / f"{task}{len(seconds)}", work / f"{task}{len(seconds)}.pth", args.device,
                      workers=args.workers, log=lambda m: None, seed_dir=seed_dir)  # fmt: skip
        if args.device.startswith("cuda"):
            torch.cuda.synchronize()
        seconds.append(time.perf_counter() - t0)
    return (seconds[2] - seconds[1]) / args.iters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--iters", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--images", type=int, default=32)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    exp = load_config(REPO / "config.yaml")["experiments"]["voc"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seed_dir = write_random_voc(work / "VOC2012", args.images, 1, 500, 21, seed=0)
        dataset = SegDataset.from_config({"kind": "voc", "root": str(work / "VOC2012")}, "train_aug")
        path = work / "ViT-B-16.pt"
        torch.save(open_clip.create_model("ViT-B-16", pretrained=None, force_quick_gelu=True).state_dict(), path)
        clip_cfg = {**exp["clip"], "checkpoint": str(path)}
        for task, seeds in (("cls", None), ("seg", seed_dir)):
            per_iter = time_task(task, exp, clip_cfg, dataset, seeds, work, args)
            train = exp[task]["train"]
            iters = train.get("stop_iter") or train["max_iter"]
            print(f"{task}: {per_iter:.3f} s/iteration on {args.device}, batch {train['batch_size']} × "
                  f"{train['sub_iters']} sub-iterations; {iters} iterations ≈ {iters * per_iter / 3600:.2f} h")  # fmt: skip
            emit("train_prompts_speed", f"T{1 if task == 'cls' else 2} {task} prompts, {args.device}", per_iter,
                 "s/iteration", note=f"VOC recipe; {iters} iterations ≈ {iters * per_iter / 3600:.2f} h")  # fmt: skip


if __name__ == "__main__":
    main()
