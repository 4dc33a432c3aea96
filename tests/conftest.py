"""Fixtures: tiny datasets in the real VOC2012 and COCO2014 layouts, written by the tests themselves; runs made once
per test session and shared by the pytest-xdist workers."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable

import numpy as np
import pytest
from filelock import FileLock
from PIL import Image

REPO = Path(__file__).resolve().parents[1]


def write_voc_layout(root: Path, split_ids: dict[str, list[str]], num_classes: int = 21, seed: int = 0) -> Path:
    """VOC layout: JPEGImages, 8-bit grayscale SegmentationClassAug, ImageSets/SegmentationAug lists."""
    rng = np.random.default_rng(seed)
    (root / "JPEGImages").mkdir(parents=True)
    (root / "SegmentationClassAug").mkdir()
    (root / "ImageSets" / "SegmentationAug").mkdir(parents=True)
    for split, ids in split_ids.items():
        for img_id in ids:
            h, w = rng.integers(20, 40, 2)
            Image.fromarray(rng.integers(0, 256, (h, w, 3), dtype=np.uint8)).save(root / "JPEGImages" / f"{img_id}.jpg")
            label = np.zeros((h, w), np.uint8)
            label[2:10, 3:12] = rng.integers(1, num_classes)
            label[2, 3:12] = 255
            Image.fromarray(label).save(root / "SegmentationClassAug" / f"{img_id}.png")
        lines = "".join(f"/JPEGImages/{i}.jpg /SegmentationClassAug/{i}.png\n" for i in ids)
        (root / "ImageSets" / "SegmentationAug" / f"{split}.txt").write_text(lines)
    return root


def write_coco_layout(root: Path, split_ids: dict[str, list[str]], seed: int = 0) -> Path:
    """COCO layout: images/{train,val}2014, annotations/{train,val}2014 label PNGs, imagesLists; one grayscale JPEG."""
    rng = np.random.default_rng(seed)
    (root / "imagesLists").mkdir(parents=True)
    for split, ids in split_ids.items():
        folder = "train2014" if split.startswith("train") else "val2014"
        (root / "images" / folder).mkdir(parents=True, exist_ok=True)
        (root / "annotations" / folder).mkdir(parents=True, exist_ok=True)
        for k, img_id in enumerate(ids):
            h, w = rng.integers(20, 40, 2)
            shape = (h, w) if k == 0 else (h, w, 3)  # the first image is grayscale, as some COCO JPEGs are
            Image.fromarray(rng.integers(0, 256, shape, dtype=np.uint8)).save(root / "images" / folder / f"{img_id}.jpg")
            label = np.zeros((h, w), np.uint8)
            label[1:8, 1:8] = rng.integers(1, 81)
            Image.fromarray(label).save(root / "annotations" / folder / f"{img_id}.png")
        (root / "imagesLists" / f"{split}.txt").write_text("".join(f"{i}\n" for i in ids))
    return root


def made_once(tmp_path_factory: pytest.TempPathFactory, worker_id: str, name: str, make: Callable[[Path], None]) -> Path:
    """The folder `name`, filled by `make(folder)` once per test session: under pytest-xdist the workers share it (the
    first to need it makes it, a file lock holds the others), so a session-scoped run is not repeated per worker. A
    folder whose `make` failed is made again by the next test that asks."""
    root = tmp_path_factory.getbasetemp()
    folder = (root if worker_id == "master" else root.parent) / name
    with FileLock(f"{folder}.lock"):
        if not (folder / ".complete").is_file():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            (folder / ".complete").touch()
    return folder


@pytest.fixture
def voc_root(tmp_path: Path) -> Path:
    return write_voc_layout(tmp_path / "VOC2012", {"train_aug": ["2007_000032", "2007_000039", "2008_000002"], "val": ["2007_000033"]})


@pytest.fixture
def coco_root(tmp_path: Path) -> Path:
    return write_coco_layout(tmp_path / "coco2014", {"train": ["000000000009", "000000000025"], "val": ["000000000042"]})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests marked slow first, so that under pytest-xdist the longest start at once on every worker instead of
    last on one, which would finish alone. Of those that start from the session's tiny toy run (made once, under a
    lock), one goes first and makes it while the others wait behind the slow tests that need no run of it."""
    slow = [item for item in items if item.get_closest_marker("slow") is not None]
    on_run = [item for item in slow if "tiny_toy_run" in item.fixturenames]
    others = [item for item in slow if "tiny_toy_run" not in item.fixturenames]
    fast = [item for item in items if item.get_closest_marker("slow") is None]
    items[:] = on_run[:1] + others + on_run[1:] + fast
