"""Toy CAM mIoU of hand, untrained (init) and learned (cls) prompts over several toy-CLIP and prompt seeds.

The toy experiment's single run compares the prompt variants on one toy CLIP; this script repeats the comparison
over toy-CLIP pretraining seeds and context seeds, to tell a difference between prompts from seed noise. Everything
else is the toy experiment of config.yaml: the same corpus, pretraining, T1 settings and CAM evaluation (best p).
The toy dataset must exist (`make demo` writes it). About 5 minutes per toy-CLIP seed on 2 cores (pretraining);
the checkpoints are kept in --work and reused.
Run:  python benchmarks/toy_prompt_seeds.py [--clip-seeds 0 1 2 3] [--prompt-seeds 真 机] [--train JSON]
"""

import argparse
import json
import tempfile
from pathlib import Path

import numpy as np
import torch

import fma_wsss.torchvision_compat  # noqa: F401
from fma_wsss.cams import cam_report_from_evals, cam_shard_eval, run_cam_shard
from fma_wsss.config import load_config
from fma_wsss.data import SegDataset
from fma_wsss.prompts import build_cam_model, hand_prompt_settings, train_prompts
from fma_wsss.toy_clip import pretrain_toy_clip


def prompt_seed(text: str) -> str | int:
    return int(text) if text.lstrip("-").isdigit() else text


def evaluate(model, dataset: SegDataset, powers: list[float], work: Path, caa: dict | None = None,
             att_layers: int = 0) -> dict[str, float]:
    """CAM mIoU (best p) with its per-class IoU, classification mAP and CL loss of one prompt variant on the whole
    split; with caa (a cls.caa section) and att_layers, also the refined CAMs' mIoU and per-class IoU under "caa"."""
    path = work / "cams.h5"
    run_cam_shard(model, dataset, 0, len(dataset), path, att_layers=att_layers, caa=caa)
    sweeps = {"cam": powers, **({"caa": caa["eval_powers"]} if caa else {})}
    report = cam_report_from_evals([cam_shard_eval(dataset, path, sweeps)], dataset.class_names)
    result = {"miou": report["best_miou"], "p": report["best_power"], "map": report["map"], "cl_loss": report["cl_loss"],
              "class_iou": {name: round(iou, 1) for name, iou in report["class_iou"].items()}}
    if caa:
        refined = report["sweeps"]["caa"]
        result["caa"] = {"miou": refined["best_miou"], "p": refined["best_power"],
                         "class_iou": {name: round(iou, 1) for name, iou in refined["class_iou"].items()}}
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="config.yaml")
    parser.add_argument("--experiment", default="toy")
    parser.add_argument("--clip-seeds", type=int, nargs="+", default=[0, 1, 2, 3])
    parser.add_argument("--prompt-seeds", type=prompt_seed, nargs="+", default=["真", "机"])
    parser.add_argument("--work", type=Path, default=Path("results/benchmarks/toy_prompt_seeds"))
    parser.add_argument("--train", type=json.loads, default={}, help="JSON overrides of cls.train, e.g. '{\"max_iter\": 600}'")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    cfg = load_config(args.config)
    exp = cfg["experiments"][args.experiment]
    cls = {**exp["cls"], "train": {**exp["cls"]["train"], **args.train}}
    dataset = SegDataset.from_config(exp["dataset"], exp["train_split"])
    powers = cls["infer"]["eval_powers"]
    args.work.mkdir(parents=True, exist_ok=True)
    rows = []
    for clip_seed in args.clip_seeds:
        checkpoint = args.work / f"toy_clip_seed{clip_seed}.pt"
        if not checkpoint.exists():
            print(f"pretraining the toy CLIP with seed {clip_seed} ...", flush=True)
            pretrain_toy_clip({**cfg["toy_clip"], "seed": clip_seed}, checkpoint, log=lambda _: None)
        clip_cfg = {**exp["clip"], "checkpoint": str(checkpoint)}

        def model(prompt: dict):
            return build_cam_model(clip_cfg, prompt, exp["classes"]["fg"], exp["classes"]["bg"])

        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            hand = model(hand_prompt_settings(cls["prompt"], cls["infer"]["hand_prompt"]))
            row = {"clip_seed": clip_seed, "hand": evaluate(hand, dataset, powers, tmp)}
            for seed in args.prompt_seeds:
                untrained = model(cls["prompt"])
                untrained.prompt_learner.initialize(seed)
                row[f"init {seed}"] = evaluate(untrained, dataset, powers, tmp)
                learned = model(cls["prompt"])
                train_prompts(learned, dataset, {**cls["train"], "init_seed": seed}, tmp / f"states-{seed}",
                              tmp / "ctx.pth", stamp=str(seed), log=lambda _: None)  # fmt: skip
                row[f"cls {seed}"] = evaluate(learned, dataset, powers, tmp)
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)

    variants = [k for k in rows[0] if k != "clip_seed"]
    for metric, label in (("miou", "CAM mIoU (best p)"), ("map", "classification mAP"), ("cl_loss", "CL loss")):
        print(f"\n{label} on {args.experiment} {exp['train_split']}, {len(dataset)} images")
        print("| toy-CLIP seed | " + " | ".join(variants) + " |")
        print("|---|" + "---|" * len(variants))
        for row in rows:
            print(f"| {row['clip_seed']} | " + " | ".join(f"{row[v][metric]:.{3 if metric == 'cl_loss' else 1}f}" for v in variants) + " |")
        means = [np.mean([row[v][metric] for row in rows]) for v in variants]
        print("| mean | " + " | ".join(f"{m:.{3 if metric == 'cl_loss' else 1}f}" for m in means) + " |")
    learned = [row[v]["miou"] - row[f"init {v[4:]}"]["miou"] for row in rows for v in variants if v.startswith("cls ")]
    versus_hand = [row[v]["miou"] - row["hand"]["miou"] for row in rows for v in variants if v.startswith("cls ")]
    print(f"\ncls − init CAM mIoU: mean {np.mean(learned):+.1f} (min {min(learned):+.1f}, max {max(learned):+.1f})")
    print(f"cls − hand CAM mIoU: mean {np.mean(versus_hand):+.1f} (min {min(versus_hand):+.1f}, max {max(versus_hand):+.1f})")


if __name__ == "__main__":
    main()
