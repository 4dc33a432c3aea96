"""The toy dataset: deterministic synthetic scenes of coloured shapes on textured backgrounds, in the VOC layout.

Each image holds 1..max_objects shapes from 6 classes; each class takes its dominant colour with probability
`colour_tie_prob`, otherwise a random one (TOY.md). Labels are 8-bit PNGs, 0 = background, c+1 = class c, and 255
on the inner one-pixel border of every object, like VOC's void outlines. `draw_scene` is also what later makes the
separate caption corpus that the tiny foundation models are pretrained on (another seed).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from .data import IGNORE_LABEL, TOY_CLASSES
from .progress import progress

SHAPES = TOY_CLASSES[1:]
DOMINANT_COLOURS: dict[str, tuple[str, tuple[int, int, int]]] = {
    "circle": ("red", (220, 40, 40)),
    "square": ("blue", (40, 70, 220)),
    "triangle": ("green", (40, 180, 60)),
    "star": ("yellow", (235, 215, 40)),
    "cross": ("purple", (150, 50, 190)),
    "ring": ("orange", (245, 140, 30)),
}
BACKGROUNDS = ("noisy", "striped", "checkered")
SPLITS = ("train", "val")
SUPERSAMPLE = 4  # shapes are drawn at 4x and box-filtered down, for clean anti-aliased edges


@dataclass
class SceneObject:
    shape: str
    colour_name: str  # the dominant colour's name, or "" when the colour was random
    rgb: tuple[int, int, int]


@dataclass
class Scene:
    image: np.ndarray  # uint8 (H, W, 3) RGB
    label: np.ndarray  # uint8 (H, W): 0 bg, c+1 shape c, 255 object borders
    objects: list[SceneObject] = field(default_factory=list)
    background: str = ""


def _polygon(shape: str, cx: float, cy: float, r: float, angle: float) -> list[tuple[float, float]]:
    """Vertices of a star, cross, triangle or square of circumradius r centred at (cx, cy)."""
    if shape == "triangle":
        radii, n = [r], 3
    elif shape == "square":
        radii, n = [r], 4
    elif shape == "star":
        radii, n = [r, 0.45 * r], 10
    elif shape == "cross":
        # 12 vertices of a plus sign with arm half-width w
        w = 0.33 * r
        pts = [(w, r), (w, w), (r, w), (r, -w), (w, -w), (w, -r), (-w, -r), (-w, -w), (-r, -w), (-r, w), (-w, w), (-w, r)]
        c, s = np.cos(angle), np.sin(angle)
        return [(cx + x * c - y * s, cy + x * s + y * c) for x, y in pts]
    else:
        raise ValueError(shape)
    pts = []
    for i in range(n):
        t = angle + 2 * np.pi * i / n
        rr = radii[i % len(radii)]
        pts.append((cx + rr * np.cos(t), cy + rr * np.sin(t)))
    return pts


def shape_mask(shape: str, hw: tuple[int, int], cx: float, cy: float, r: float, angle: float) -> np.ndarray:
    """bool (H, W) coverage (> half a pixel) of one shape; coordinates in pixels."""
    h, w = hw
    s = SUPERSAMPLE
    canvas = Image.new("L", (w * s, h * s), 0)
    draw = ImageDraw.Draw(canvas)
    cx, cy, r = cx * s, cy * s, r * s
    if shape == "circle":
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=255)
    elif shape == "ring":
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=255)
        ri = 0.55 * r
        draw.ellipse([cx - ri, cy - ri, cx + ri, cy + ri], fill=0)
    else:
        draw.polygon(_polygon(shape, cx, cy, r, angle), fill=255)
    cover = np.asarray(canvas, dtype=np.float32).reshape(h, s, w, s).mean(axis=(1, 3))
    return cover > 127.5


def _background(rng: np.random.Generator, hw: tuple[int, int]) -> tuple[np.ndarray, str]:
    """float32 (H, W, 3) textured, low-saturation background in 0..255 and its kind."""
    h, w = hw
    kind = BACKGROUNDS[rng.integers(len(BACKGROUNDS))]
    grey = rng.uniform(70, 190)
    base = np.clip(grey + rng.normal(0, 15, 3), 0, 255)
    other = np.clip(base + rng.choice([-1, 1]) * rng.uniform(30, 60), 0, 255)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "striped":
        theta = rng.uniform(0, np.pi)
        period = rng.uniform(6, 14)
        phase = (xx * np.cos(theta) + yy * np.sin(theta)) / period
        sel = (np.floor(phase) % 2).astype(bool)
    elif kind == "checkered":
        cell = rng.integers(6, 14)
        sel = ((xx // cell + yy // cell) % 2).astype(bool)
    else:
        sel = np.zeros((h, w), bool)
    img = np.where(sel[..., None], other, base).astype(np.float32)
    img += rng.normal(0, 18 if kind == "noisy" else 8, (h, w, 3))
    return img, kind


def draw_scene(rng: np.random.Generator, hw: tuple[int, int], max_objects: int = 3, colour_tie_prob: float = 0.85) -> Scene:
    """One scene: background, then 1..max_objects shapes painted in order (later ones on top)."""
    h, w = hw
    img, bg_kind = _background(rng, hw)
    label = np.zeros(hw, np.uint8)
    objects = []
    for _ in range(int(rng.integers(1, max_objects + 1))):
        cls = int(rng.integers(len(SHAPES)))
        shape = SHAPES[cls]
        r = rng.uniform(0.16, 0.3) * min(h, w)
        cx, cy = rng.uniform(r, w - r), rng.uniform(r, h - r)
        mask = shape_mask(shape, hw, cx, cy, r, rng.uniform(0, 2 * np.pi))
        if not mask.any():
            continue
        if rng.random() < colour_tie_prob:
            colour_name, rgb = DOMINANT_COLOURS[shape]
            rgb = tuple(int(np.clip(c + rng.normal(0, 12), 0, 255)) for c in rgb)
        else:
            colour_name, rgb = "", tuple(int(c) for c in rng.integers(0, 256, 3))
        shading = rng.normal(0, 6, (h, w, 1))
        img = np.where(mask[..., None], np.asarray(rgb, np.float32) + shading, img)
        label[mask] = cls + 1
        objects.append(SceneObject(shape, colour_name, rgb))
    return Scene(np.clip(img, 0, 255).round().astype(np.uint8), with_void_borders(label), objects, bg_kind)


def visible_fractions(masks: list[np.ndarray]) -> list[float]:
    """Share of each bool (H, W) mask's pixels that no later mask covers (masks in painting order, later on top)."""
    cover = np.zeros(masks[0].shape, bool) if masks else None
    shares = []
    for mask in reversed(masks):
        shares.append(float((mask & ~cover).sum()) / max(int(mask.sum()), 1))
        cover |= mask
    return shares[::-1]


def place_shapes(rng: np.random.Generator, hw: tuple[int, int], max_objects: int, min_visible: float,
                 tries: int = 20) -> list[tuple[str, np.ndarray]]:
    """1..max_objects (shape, bool (H, W) mask) in painting order, each keeping at least `min_visible` of its pixels in
    view. A shape whose place would hide more of an earlier one is placed again (size, centre, angle; its class
    stays), up to `tries` times, then left out."""
    h, w = hw
    placed: list[tuple[str, np.ndarray]] = []
    for _ in range(int(rng.integers(1, max_objects + 1))):
        shape = SHAPES[int(rng.integers(len(SHAPES)))]
        for _ in range(tries):
            r = rng.uniform(0.16, 0.3) * min(h, w)
            cx, cy = rng.uniform(r, w - r), rng.uniform(r, h - r)
            mask = shape_mask(shape, hw, cx, cy, r, rng.uniform(0, 2 * np.pi))
            if mask.any() and min(visible_fractions([m for _, m in placed] + [mask])) >= min_visible:
                placed.append((shape, mask))
                break
    return placed


def draw_visible_scene(rng: np.random.Generator, hw: tuple[int, int], max_objects: int, colour_tie_prob: float,
                       min_visible: float) -> Scene:
    """A scene like draw_scene's whose every labelled shape keeps at least `min_visible` of its pixels in view, as
    the toy CLIP's captions name only such shapes. draw_scene itself stays as it is: it draws that corpus, and the
    shipped toy CLIP records its code."""
    img, bg_kind = _background(rng, hw)
    label = np.zeros(hw, np.uint8)
    objects = []
    for shape, mask in place_shapes(rng, hw, max_objects, min_visible):
        if rng.random() < colour_tie_prob:
            colour_name, rgb = DOMINANT_COLOURS[shape]
            rgb = tuple(int(np.clip(c + rng.normal(0, 12), 0, 255)) for c in rgb)
        else:
            colour_name, rgb = "", tuple(int(c) for c in rng.integers(0, 256, 3))
        img = np.where(mask[..., None], np.asarray(rgb, np.float32) + rng.normal(0, 6, (*hw, 1)), img)
        label[mask] = SHAPES.index(shape) + 1
        objects.append(SceneObject(shape, colour_name, rgb))
    return Scene(np.clip(img, 0, 255).round().astype(np.uint8), with_void_borders(label), objects, bg_kind)


def with_void_borders(label: np.ndarray) -> np.ndarray:
    """Copy of `label` with 255 on object pixels that have a 4-neighbour of another value (VOC-like void outline)."""
    padded = np.pad(label, 1, mode="edge")
    centre = padded[1:-1, 1:-1]
    differs = np.zeros(label.shape, bool)
    for dy, dx in ((0, 1), (2, 1), (1, 0), (1, 2)):
        differs |= padded[dy : dy + label.shape[0], dx : dx + label.shape[1]] != centre
    out = label.copy()
    out[differs & (label > 0)] = IGNORE_LABEL
    return out


def image_rng(seed: int, split: str, index: int) -> np.random.Generator:
    """Independent generator per (seed, split, image): any image can be regenerated alone."""
    return np.random.default_rng([seed, SPLITS.index(split) if split in SPLITS else 99, index])


def toy_ids(split: str, n: int) -> list[str]:
    return [f"{split}_{i:05d}" for i in range(n)]


def toy_scene(cfg: dict[str, Any], split: str, index: int) -> Scene:
    """Image `index` of a toy split, drawn again from the `dataset.toy` config section (its objects and background
    kind too, which the VOC-layout files do not keep). With `min_visible` set, no labelled shape hides under later
    ones beyond that share (draw_visible_scene)."""
    rng = image_rng(cfg["seed"], split, index)
    sides = (cfg["min_side"], cfg["max_side"] + 1)
    hw = (int(rng.integers(*sides)), int(rng.integers(*sides)))
    if cfg.get("min_visible", 0):
        return draw_visible_scene(rng, hw, cfg["max_objects"], cfg["colour_tie_prob"], cfg["min_visible"])
    return draw_scene(rng, hw, cfg["max_objects"], cfg["colour_tie_prob"])


def generate_toy_dataset(root: Path | str, cfg: dict[str, Any]) -> dict[str, Any]:
    """Write the toy dataset (VOC layout) to `root` atomically: build in a temp folder, then rename.

    cfg: the `dataset.toy` config section. Returns the manifest (also written to root/toy_manifest.json).
    """
    root = Path(root)
    root.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{root.name}.tmp-", dir=root.parent))
    try:
        for sub in ("JPEGImages", "SegmentationClassAug", "ImageSets/SegmentationAug", "ImageSets/Segmentation"):
            (tmp / sub).mkdir(parents=True)
        counts = {"train": cfg["n_train"], "val": cfg["n_val"]}
        manifest: dict[str, Any] = {"config": cfg, "classes": list(TOY_CLASSES), "splits": {}}
        for split, n in counts.items():
            ids = toy_ids(split, n)
            class_counts = np.zeros(len(TOY_CLASSES), np.int64)
            for i, img_id in enumerate(progress(ids, desc=f"toy {split}")):
                scene = toy_scene(cfg, split, i)
                Image.fromarray(scene.image).save(tmp / "JPEGImages" / f"{img_id}.jpg", quality=cfg["jpeg_quality"])
                Image.fromarray(scene.label).save(tmp / "SegmentationClassAug" / f"{img_id}.png")
                class_counts += np.bincount(scene.label.ravel(), minlength=256)[: len(TOY_CLASSES)] > 0
            (tmp / "ImageSets/SegmentationAug" / f"{split}.txt").write_text(
                "".join(f"/JPEGImages/{i}.jpg /SegmentationClassAug/{i}.png\n" for i in ids)
            )
            (tmp / "ImageSets/Segmentation" / f"{split}.txt").write_text("".join(f"{i}\n" for i in ids))
            manifest["splits"][split] = {
                "images": n,
                "images_per_class": dict(zip(TOY_CLASSES, class_counts.tolist())),
            }
        (tmp / "toy_manifest.json").write_text(json.dumps(manifest, indent=1))
        if root.exists():
            shutil.rmtree(root)
        os.replace(tmp, root)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return manifest
