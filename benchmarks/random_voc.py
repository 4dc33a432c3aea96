"""A VOC-layout folder of random images, labels and seed PNGs for the GPU benchmarks (no fma_wsss import: the
stage-I benchmarks use it on machines without the stage-II stack)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image


def write_random_voc(root: Path, n_train: int, n_val: int, size: int, num_classes: int, seed: int) -> Path:
    """A VOC layout (JPEGImages, SegmentationClassAug, ImageSets/SegmentationAug) of random images with a few random
    rectangles of random classes as labels, and the same labels as the train split's seed PNGs; the seed folder."""
    rng = np.random.default_rng(seed)
    for folder in ("JPEGImages", "SegmentationClassAug", "ImageSets/SegmentationAug", "seeds"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    h, w = (size * 3 // 4, size)
    ids = {"train_aug": [f"2007_{k:06d}" for k in range(n_train)], "val": [f"2008_{k:06d}" for k in range(n_val)]}
    for split, names in ids.items():
        for name in names:
            Image.fromarray(rng.integers(0, 256, (h, w, 3), dtype=np.uint8)).save(root / "JPEGImages" / f"{name}.jpg")
            label = np.zeros((h, w), np.uint8)
            for _ in range(3):
                y, x = rng.integers(0, h // 2), rng.integers(0, w // 2)
                label[y : y + h // 3, x : x + w // 3] = rng.integers(1, num_classes)
            Image.fromarray(label).save(root / "SegmentationClassAug" / f"{name}.png")
            if split == "train_aug":
                Image.fromarray(label).save(root / "seeds" / f"{name}.png")
        lines = "".join(f"/JPEGImages/{n}.jpg /SegmentationClassAug/{n}.png\n" for n in names)
        (root / "ImageSets" / "SegmentationAug" / f"{split}.txt").write_text(lines)
    (root / "seeds" / "manifest.txt").write_text("".join(f"{n}.png\n" for n in ids["train_aug"]))
    return root / "seeds"
