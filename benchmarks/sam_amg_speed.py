"""SAM automatic mask generation speed with the reference settings (METHOD §3.1), random weights.

Random weights give random IoU predictions, so the thresholds are made permissive (pred_iou_thresh and
stability_score_thresh 0 disable both filters) to push every prompt through the post-processing path; the crops,
point grids, NMS, small-region and rock-sand-water steps are the reference's. Prints seconds per image and peak GPU
memory for each (precision, points_per_batch).

GPU:  python benchmarks/sam_amg_speed.py --model-type vit_h --device cuda
CPU check of the script itself:  python benchmarks/sam_amg_speed.py --model-type tiny --device cpu --images 1 --batches 64
"""

import argparse
import copy
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
import yaml

import fma_wsss.torchvision_compat  # noqa: F401
from bench_json import emit
from fma_wsss.config import validate_config
from fma_wsss.masks import quasi_superpixels
from fma_wsss.sam import SAM_BUILDERS, build_sam_generator, build_sam_skeleton, TINY_SAM

REPO = Path(__file__).resolve().parents[1]


def random_checkpoint(model_type: str, folder: Path) -> Path:
    from segment_anything import sam_model_registry

    torch.manual_seed(0)
    model = build_sam_skeleton(TINY_SAM) if model_type == "tiny" else sam_model_registry[model_type]()
    path = folder / f"sam_{model_type}_random.pth"
    torch.save(model.state_dict(), path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model-type", default="vit_h", choices=sorted(SAM_BUILDERS))
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--images", type=int, default=5)
    parser.add_argument("--batches", type=int, nargs="+", default=[64, 256, 1024])
    args = parser.parse_args()
    config = validate_config(yaml.safe_load((REPO / "config.yaml").read_text()))
    masks_cfg = config["experiments"]["voc"]["masks"]
    rng = np.random.default_rng(0)
    images = [rng.integers(0, 256, (375, 500, 3), dtype=np.uint8) for _ in range(args.images)]
    with tempfile.TemporaryDirectory() as tmp:
        checkpoint = random_checkpoint(args.model_type, Path(tmp))
        print(f"{args.model_type} on {args.device}, {args.images} images of 375x500, permissive thresholds")
        print(f"{'precision':<10}{'points/batch':>13}{'s / image':>11}{'peak GPU GiB':>14}{'masks / image':>15}")
        for bf16 in (False, True):
            for ppb in args.batches:
                sam = copy.deepcopy(masks_cfg["sam"])
                sam.update(model_type=args.model_type, checkpoint=str(checkpoint), points_per_batch=ppb, bf16=bf16,
                           pred_iou_thresh=0.0, stability_score_thresh=0.0)  # fmt: skip
                gen = build_sam_generator(sam, args.device)
                quasi_superpixels(gen, images[0], 0.3, masks_cfg["rock_sand_water_chunk_size"])  # warm-up
                if args.device.startswith("cuda"):
                    torch.cuda.synchronize()
                    torch.cuda.reset_peak_memory_stats()
                t0 = time.perf_counter()
                n = sum(len(quasi_superpixels(gen, im, 0.3, masks_cfg["rock_sand_water_chunk_size"])) for im in images)
                if args.device.startswith("cuda"):
                    torch.cuda.synchronize()
                peak = torch.cuda.max_memory_allocated() / 2**30 if args.device.startswith("cuda") else float("nan")
                dt = (time.perf_counter() - t0) / len(images)
                print(f"{'bf16' if bf16 else 'fp32':<10}{ppb:>13}{dt:>11.3f}{peak:>14.2f}{n / len(images):>15.1f}")
                paper = args.model_type == "vit_h" and args.device.startswith("cuda") and not bf16
                emit("sam_amg_speed", f"SAM {args.model_type} AMG, {'bf16' if bf16 else 'fp32'}, {ppb} points/batch, "
                     f"{args.device}", dt, "s/img", target=0.5 if paper else None,
                     note=f"peak {peak:.1f} GiB" if args.device.startswith("cuda") else "CPU: checks the script only")
                del gen


if __name__ == "__main__":
    main()
