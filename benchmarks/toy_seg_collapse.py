"""Does T2 find the CAM activation loss's trivial minimum on the toy? Per class, before and after T2.

The CAM activation loss (METHOD §7.3) is zero for a context that makes its class's Grad-CAM vanish everywhere: the
fg target is the CAM's own (detached) peak. The Grad-CAM is the gradient of the masked softmax p_c, which vanishes
where p_c saturates at 1 (or 0). So a class-specific context can zero both loss terms by making its class win the
softmax against the background prompts outright. This script measures, GT-free, on the train split of a finished
toy run: per class, the mean softmax p_c of its positives and the mean raw Grad-CAM peak (max over the grid),
with the untrained segmentation context (the config's init seed) and with the trained one (results/<exp>/seg/
prompts.pth). A class whose peak falls by an order of magnitude while p_c nears 1 has found the trivial minimum.
Run after `make demo`:  python benchmarks/toy_seg_collapse.py [--experiment toy] [--images 300]
"""

import argparse
import json
from pathlib import Path

import numpy as np
import torch

import fma_wsss.torchvision_compat  # noqa: F401
from fma_wsss.cams import inference_input
from fma_wsss.config import load_config
from fma_wsss.data import SegDataset
from fma_wsss.prompts import build_cam_model


@torch.no_grad()
def class_statistics(model, dataset: SegDataset, n_images: int) -> dict[str, dict[str, float]]:
    """Per fg class over its positives in the first n_images: mean p_c, mean raw Grad-CAM peak, mean CAM sum."""
    model.eval()
    model.freeze_text()
    stats: dict[int, list[tuple[float, float, float]]] = {}
    for sample in dataset.samples[:n_images]:
        image, present = dataset.image_and_class_labels(sample.id)
        fg = torch.from_numpy(present[1:].astype(np.int64))[None]
        out = model(inference_input(image, model.clip.visual.conv1.kernel_size[0]), fg)
        for (_, c), p_c, cam in zip(out.pos_index.tolist(), out.pos_share.tolist(), out.pos_cam):
            stats.setdefault(c, []).append((p_c, cam.max().item(), cam.clamp(min=0).sum().item()))
    names = dataset.class_names[1:]
    return {names[c]: {"p": float(np.mean([s[0] for s in v])), "peak": float(np.mean([s[1] for s in v])),
                       "positive_mass": float(np.mean([s[2] for s in v])), "pairs": len(v)}
            for c, v in sorted(stats.items())}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="config.yaml")
    parser.add_argument("--experiment", default="toy")
    parser.add_argument("--images", type=int, default=300)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    exp = load_config(args.config)["experiments"][args.experiment]
    seg = exp["seg"]
    dataset = SegDataset.from_config(exp["dataset"], exp["train_split"])
    bg = seg.get("bg_names") or exp["classes"]["bg"]
    rows = {}
    for name in ("untrained", "trained"):
        model = build_cam_model(exp["clip"], seg["prompt"], dataset.class_names[1:], bg)
        if name == "untrained":
            model.prompt_learner.initialize(seg["train"]["init_seed"])
        else:
            model.prompt_learner.load_context(Path("results") / args.experiment / "seg" / "prompts.pth")
        rows[name] = class_statistics(model, dataset, args.images)
    print(f"{'class':10s} {'p_c before':>10s} {'p_c after':>10s} {'peak before':>12s} {'peak after':>11s} {'ratio':>7s}")
    for cls in rows["trained"]:
        a, b = rows["untrained"][cls], rows["trained"][cls]
        print(f"{cls:10s} {a['p']:10.3f} {b['p']:10.3f} {a['peak']:12.2e} {b['peak']:11.2e} {b['peak'] / a['peak']:7.2f}")
    print(json.dumps({"benchmark": "toy_seg_collapse", "experiment": args.experiment, **rows}))


if __name__ == "__main__":
    main()
