"""Disk per image: our mask shard (COCO compressed RLE + columns in HDF5) vs the reference's per-image pickle.

The reference stores one pickle per image holding a list of dicts whose `segmentation` is an uncompressed RLE
(`counts` as a Python list, SAM's mask_to_rle_pytorch) plus the per-mask fields. Both stores get the same masks:
150 SAM-like object masks (ellipses with ragged edges, three nested levels) on each of 20 images of 375x500.
Run:  .venv/bin/python benchmarks/mask_store_size.py
"""

import pickle
import tempfile
from pathlib import Path

import numpy as np
import torch

import fma_wsss.torchvision_compat  # noqa: F401
from bench_json import emit
from fma_wsss.rle import MaskSet
from fma_wsss.store import MaskShard, write_mask_shard
from segment_anything.utils.amg import area_from_rle, mask_to_rle_pytorch

H, W, N_IMAGES, N_MASKS = 375, 500, 20, 150


def sam_like_masks(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    yy, xx = np.mgrid[0:H, 0:W]
    masks, levels = [], []
    while len(masks) < N_MASKS:
        cx, cy = rng.uniform(0, W), rng.uniform(0, H)
        a, b, t = rng.uniform(20, 120), rng.uniform(20, 120), rng.uniform(0, np.pi)
        for level, scale in ((2, 1.0), (1, 0.6), (0, 0.3)):
            u = ((xx - cx) * np.cos(t) + (yy - cy) * np.sin(t)) / (a * scale)
            v = (-(xx - cx) * np.sin(t) + (yy - cy) * np.cos(t)) / (b * scale)
            ragged = 1 + 0.08 * np.sin(7 * np.arctan2(v, u) + rng.uniform(0, 6))
            masks.append(u**2 + v**2 < ragged)
            levels.append(level)
    return np.stack(masks[:N_MASKS]), np.array(levels[:N_MASKS], np.uint8)


def reference_pickle(masks: np.ndarray, levels: np.ndarray) -> bytes:
    anns = []
    for rle, level in zip(mask_to_rle_pytorch(torch.from_numpy(masks)), levels):
        anns.append({
            "segmentation": rle, "segmentation_mode": "uncompressed_rle", "img_hw": (H, W), "area": area_from_rle(rle),
            "bbox": [0.0, 0.0, 1.0, 1.0], "predicted_iou": 0.9, "predicted_iou_thresh": 0.9, "predicted_iou_nms": 0.9,
            "point_coords": [[1.0, 2.0]], "stability_score": 0.95, "crop_box": [0, 0, W, H],
            "stability_score_bias": 0.0, "level": int(level),
        })  # fmt: skip
    return pickle.dumps(anns, protocol=pickle.HIGHEST_PROTOCOL)


def main() -> None:
    rng = np.random.default_rng(0)
    ref_bytes, sets = 0, []
    for _ in range(N_IMAGES):
        masks, levels = sam_like_masks(rng)
        ref_bytes += len(reference_pickle(masks, levels))
        sets.append(MaskSet.from_binary(masks, levels))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "shard.h5"
        write_mask_shard(path, MaskShard([f"img{i}" for i in range(N_IMAGES)], sets, [""] * N_IMAGES, {}))
        ours = path.stat().st_size
    print(f"{N_IMAGES} images of {H}x{W}, {N_MASKS} masks each")
    print(f"{'store':<34}{'bytes / image':>14}")
    print(f"{'reference (pickle, uncompressed RLE)':<34}{ref_bytes / N_IMAGES:>14.0f}")
    print(f"{'fma_wsss (HDF5 shard, COCO RLE)':<34}{ours / N_IMAGES:>14.0f}")
    print(f"ratio ours/reference: {ours / ref_bytes:.3f}  (goal <= 0.333)")
    emit("mask_store_size", f"masks, bytes per image ({N_MASKS} masks, {H}x{W})", ours / N_IMAGES, "B",
         ref_bytes / N_IMAGES, target=3, target_on="ratio")


if __name__ == "__main__":
    main()
