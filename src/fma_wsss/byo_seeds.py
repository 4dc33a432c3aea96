"""Bring your own pseudo labels (an experiment's `seeds_from`): a folder of PNGs made by any WSSS method enters the
DAG where our seeds would, for their evaluation, stage II and the reports.

The folder holds `<id>.png` per train image: class indices 0..C_fg in the dataset's class order (0 = background),
255 = ignore, at the image's own size; 8-bit single-channel or palette PNGs (a palette PNG is read as its indices,
as VOC's are). Each shard's PNGs are checked and stored as a seed shard (fma_wsss.seeds) holding one seed per
image, so that seed_eval, export_seeds and stage II read them as they read ours.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from .data import IGNORE_LABEL, DatasetError, SegDataset, load_seed_png, shard_slice
from .progress import progress
from .seeds import seed_png, write_seed_shard

SEED_FORMAT = ("<id>.png per train image: 8-bit single-channel or palette PNG of class indices 0..C_fg in the "
               "dataset's class order, 255 = ignore, at the image's size")  # fmt: skip


def seed_file_path(seed_dir: Path | str, img_id: str) -> Path:
    return Path(seed_dir) / f"{img_id}.png"


def read_imported_seed(path: Path | str, num_classes: int, image_hw: tuple[int, int], image_path: Path | str) -> np.ndarray:
    """uint8 (H, W) pseudo label of one image from a seeds_from folder, checked: a PNG, 8-bit single-channel or
    palette, values 0..num_classes-1 or 255, the image's size, not every pixel ignored. DatasetError naming the
    file and what was expected otherwise."""
    path = Path(path)
    if not path.is_file():
        raise DatasetError(f"{path}: no pseudo label for image {image_path} (seeds_from expects {SEED_FORMAT})")
    try:
        with Image.open(path) as img:
            kind = img.format
    except (OSError, SyntaxError) as e:
        raise DatasetError(f"{path}: not a readable image ({e}); seeds_from expects {SEED_FORMAT}") from None
    if kind != "PNG":
        raise DatasetError(f"{path} is a {kind} file; seeds_from expects {SEED_FORMAT} (lossy formats change labels)")
    seed = load_seed_png(path, num_classes, image_hw, image_path, allow_ignore=True)
    if seed.size and (seed == IGNORE_LABEL).all():
        raise DatasetError(f"{path}: every pixel is {IGNORE_LABEL} (ignore), which leaves stage II nothing to learn "
                           "from this image; label it, or leave the image out of the train split")  # fmt: skip
    return seed


def import_seed_shard(dataset: SegDataset, seed_dir: Path | str, shard: int, shard_size: int, out: Path | str,
                      provenance: dict | None = None) -> dict[str, Any]:
    """Check the pseudo labels of one shard of the split and write them as a seed shard (one seed per image, the
    normalised 8-bit PNG). Returns images, the ignored share of their pixels (%) and seconds."""
    samples = dataset.samples[shard_slice(len(dataset), shard_size, shard)]
    t0 = time.perf_counter()
    pngs, ignored, pixels = [], 0, 0
    for sample in progress(samples, desc=f"import seeds {Path(out).name}"):
        seed = read_imported_seed(seed_file_path(seed_dir, sample.id), dataset.num_classes,
                                  dataset.full_size(sample.id), sample.image)  # fmt: skip
        ignored += int((seed == IGNORE_LABEL).sum())
        pixels += seed.size
        pngs.append(seed_png(seed))
    write_seed_shard(out, [s.id for s in samples], pngs, None, provenance, imported_from=str(seed_dir))
    return {"images": len(samples), "ignored_share": 100 * ignored / max(pixels, 1), "seconds": time.perf_counter() - t0}
