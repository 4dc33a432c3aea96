"""Stage S0: quasi-superpixels (METHOD §3) and their quality report.

A mask generator turns an RGB image into a MaskSet whose masks carry a level (0 = sub-part, 1 = part, 2 = whole).
Backends register in MASK_BACKENDS (Felzenszwalb here, SAM in fma_wsss.sam); every backend's output goes through the
rock-sand-water filter last (`quasi_superpixels`), so later stages see the same kind of masks whatever made them.
"""

from __future__ import annotations

import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Protocol

import numpy as np
from skimage.segmentation import felzenszwalb

from .data import Sample, SegDataset, shard_slice
from .errors import CorruptArtifactError, DatasetError, MaskGenerationError
from .files import write_text_atomic
from .metrics import confusion_matrix, format_percent, percent, scores_from_confusion
from .progress import progress
from .rle import MaskRuns, MaskSet
from .store import MaskShard, read_mask_shard, write_mask_shard

NUM_LEVELS = 3


# --------------------------------------------------------------------------------------------------------------
# Rock-sand-water filter (METHOD §3.2 step 5)


def intersection_areas(masks_a: np.ndarray, masks_b: np.ndarray, chunk_size: int = 0) -> np.ndarray:
    """float32 (A, B) pixel counts of |a ∩ b| for bool masks (A, H, W) and (B, H, W).

    A float32 matrix product of 0/1 rows is exact while every count stays below 2^24 pixels. chunk_size bounds how
    many rows of `masks_a` are expanded to float at once (memory only; 0 = all).
    """
    a = masks_a.reshape(masks_a.shape[0], -1)
    b = masks_b.reshape(masks_b.shape[0], -1).astype(np.float32).T
    if a.shape[1] >= 1 << 24:  # an image this large fails alone (run_mask_shard counts it), not the whole shard
        raise MaskGenerationError(f"masks of {a.shape[1]} pixels: float32 intersection counts would not be exact "
                                  f"(expected images under {1 << 24} pixels; downscale this one)")  # fmt: skip
    step = chunk_size or max(a.shape[0], 1)
    out = np.empty((a.shape[0], b.shape[1]), np.float32)
    for i in range(0, a.shape[0], step):
        out[i : i + step] = a[i : i + step].astype(np.float32) @ b
    return out


def rock_sand_water_order(masks: np.ndarray, levels: np.ndarray, thresh: float = 0.3, chunk_size: int = 0) -> np.ndarray:
    """Indices of the masks kept by the nested-mask filter, in output order. masks: bool (S, H, W); levels: (S,).

    The highest non-empty level is the container, kept whole. Each lower level, from high to low, keeps a mask m
    iff max over container masks c of |m ∩ c| / |m| < thresh (float32), and its kept masks join the container.
    Output: the container level, then the kept masks of each lower level, each group in input order.
    """
    levels = np.asarray(levels)
    groups = [np.flatnonzero(levels == lvl) for lvl in range(NUM_LEVELS - 1, -1, -1)]
    groups = [g for g in groups if g.size]
    if not groups:
        return np.zeros(0, np.int64)
    order = [groups[0]]
    container = groups[0]
    areas = masks.reshape(masks.shape[0], -1).sum(1).astype(np.float32)
    for cand in groups[1:]:
        inter = intersection_areas(masks[cand], masks[container], chunk_size)
        with np.errstate(invalid="ignore", divide="ignore"):
            recall = inter / areas[cand, None]
        keep = cand[(recall < np.float32(thresh)).all(axis=1)]  # all(< t) == max < t, and NaN (empty mask) drops
        order.append(keep)
        container = np.concatenate([container, keep])
    return np.concatenate(order).astype(np.int64)


# --------------------------------------------------------------------------------------------------------------
# Backends


class MaskGenerator(Protocol):
    """Anything that makes the quasi-superpixels of one RGB uint8 (H, W, 3) image."""

    def generate(self, image: np.ndarray) -> MaskSet: ...


@dataclass
class FelzenszwalbMasks:
    """Multi-scale Felzenszwalb: scale i's segments become level-i masks.

    Felzenszwalb tiles the image, and a tiling would leave only the coarsest level visible once painted (TOY.md).
    Segments that look like background (too large, or holding too much of the image border) are dropped, so the
    masks are object-like and leave pixels uncovered, as SAM's do. predicted_iou and stability_score are 1.0: this
    backend has no quality estimate. The point is the mask pixel nearest to the mask's centroid.
    """

    scales: tuple[float, float, float] = (60, 200, 800)
    sigma: float = 0.5
    min_size: int = 20
    min_area: int = 20
    max_area_frac: float = 0.5
    max_border_frac: float = 0.3

    def level_masks(self, image: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Unfiltered masks: bool (S, H, W) and uint8 levels (S,), level by level in raster order of segments."""
        h, w = image.shape[:2]
        border = np.zeros((h, w), bool)
        border[[0, -1], :] = border[:, [0, -1]] = True
        n_border = int(border.sum())
        all_masks, all_levels = [], []
        for level, scale in enumerate(self.scales):
            seg = felzenszwalb(image, scale=scale, sigma=self.sigma, min_size=self.min_size)
            n = int(seg.max()) + 1
            area = np.bincount(seg.ravel(), minlength=n)
            on_border = np.bincount(seg[border], minlength=n)
            ok = (area >= self.min_area) & (area <= self.max_area_frac * h * w) & (on_border <= self.max_border_frac * n_border)
            ids = np.flatnonzero(ok)
            all_masks.append(seg[None] == ids[:, None, None])
            all_levels.append(np.full(ids.size, level, np.uint8))
        return np.concatenate(all_masks), np.concatenate(all_levels)

    def generate(self, image: np.ndarray) -> MaskSet:
        masks, levels = self.level_masks(image)
        return MaskSet.from_binary(masks, levels, point_coords=central_points(masks))


def central_points(masks: np.ndarray) -> np.ndarray:
    """float64 (S, 2) (x, y) of the pixel of each bool mask (S, H, W) nearest to its centroid."""
    points = np.zeros((masks.shape[0], 2))
    for i, m in enumerate(masks):
        ys, xs = np.nonzero(m)
        if ys.size:
            j = np.argmin((ys - ys.mean()) ** 2 + (xs - xs.mean()) ** 2)
            points[i] = xs[j], ys[j]
    return points


def _build_felzenszwalb(masks_cfg: dict[str, Any]) -> MaskGenerator:
    fz = masks_cfg["felzenszwalb"]
    return FelzenszwalbMasks(
        scales=tuple(fz["scales"]), sigma=fz["sigma"], min_size=fz["min_size"], min_area=fz["min_area"],
        max_area_frac=fz["max_area_frac"], max_border_frac=fz["max_border_frac"],
    )  # fmt: skip


def _build_sam(masks_cfg: dict[str, Any]) -> MaskGenerator:
    from .sam import build_sam_generator  # torch + segment_anything only when SAM is asked for

    return build_sam_generator(masks_cfg["sam"])


MASK_BACKENDS: dict[str, Callable[[dict[str, Any]], MaskGenerator]] = {
    "felzenszwalb": _build_felzenszwalb,
    "sam": _build_sam,
}


def build_mask_generator(masks_cfg: dict[str, Any]) -> MaskGenerator:
    """The generator named by masks_cfg['backend'], configured from the `masks` config section."""
    backend = masks_cfg["backend"]
    if backend not in MASK_BACKENDS:
        raise ValueError(f"masks.backend: unknown backend {backend!r} (known: {', '.join(MASK_BACKENDS)})")
    return MASK_BACKENDS[backend](masks_cfg)


def quasi_superpixels(generator: MaskGenerator, image: np.ndarray, rsw_thresh: float, rsw_chunk_size: int) -> MaskSet:
    """The stage-S0 masks of one image: the backend's level-tagged masks, then the rock-sand-water filter."""
    masks = generator.generate(image)
    return masks.select(rock_sand_water_order(masks.decode(), masks.level, rsw_thresh, rsw_chunk_size))


# --------------------------------------------------------------------------------------------------------------
# Shard runner


def partial_dir(out: Path | str) -> Path:
    """Where a mask shard job keeps its per-image progress: a hidden folder beside the shard."""
    out = Path(out)
    return out.parent / f".partial-{out.stem}"


def _resume_progress(work_dir: Path, stamp: str) -> None:
    """Keep work_dir's finished images only if they were made with the same stamp (settings, shard, code)."""
    stamp_file = work_dir / "stamp"
    if work_dir.is_dir() and (not stamp_file.is_file() or stamp_file.read_text() != stamp):
        shutil.rmtree(work_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    if not stamp_file.is_file():
        write_text_atomic(stamp_file, stamp)


def _finished_image(work_dir: Path, index: int, img_id: str) -> MaskSet | None:
    """The masks of image `index` if an earlier attempt finished it (and the file is whole and for this id)."""
    path = work_dir / f"{index:05d}.h5"
    if not path.is_file():
        return None
    try:
        done = read_mask_shard(path)
    except (CorruptArtifactError, OSError, KeyError):
        return None
    return done.masks[0] if done.ids == [img_id] and done.masks and done.masks[0] is not None else None


def is_per_image_error(error: BaseException) -> bool:
    """Whether `error` is one that a particular image can cause, so that the shard goes on without that image:
    a dataset or mask generation error (e.g. an image too large), or running out of memory (host MemoryError, torch's
    CUDA OutOfMemoryError, or a RuntimeError saying "out of memory"). Anything else (a bug, a CUDA launch failure or
    device-side assert, which leaves the device unusable) would fail every image alike and must stop the job."""
    if isinstance(error, (DatasetError, MaskGenerationError, MemoryError)):
        return True
    torch = sys.modules.get("torch")  # only a backend that uses torch can raise its errors; never import it here
    cuda_oom = getattr(getattr(torch, "cuda", None), "OutOfMemoryError", None)
    if cuda_oom is not None and isinstance(error, cuda_oom):
        return True
    return isinstance(error, RuntimeError) and "out of memory" in str(error)


def _generate_or_log(generator: MaskGenerator, image: np.ndarray, masks_cfg: dict[str, Any], sample: Sample,
                     log: Callable[[str], None]) -> MaskSet | None:  # fmt: skip
    """The quasi-superpixels of one image, or None once a per-image error (is_per_image_error) is logged with the
    image's id; any other error is logged too and propagates unchanged."""
    try:
        return quasi_superpixels(generator, image, masks_cfg["rock_sand_water_thresh"],
                                 masks_cfg["rock_sand_water_chunk_size"])  # fmt: skip
    except Exception as e:  # noqa: BLE001 - per-image errors are logged here and raised as a list by the caller
        per_image = is_per_image_error(e)
        what = "failed for" if per_image else "stopped at"
        log(f"mask generation {what} {sample.id} ({sample.image}): {type(e).__name__}: {e}")
        if not per_image:
            raise
        return None


def run_mask_shard(
    dataset: SegDataset,
    shard: int,
    shard_size: int,
    masks_cfg: dict[str, Any],
    out: Path | str,
    stamp: str = "",
    log: Callable[[str], None] = print,
    provenance: dict | None = None,
) -> MaskShard:
    """Compute the masks of shard `shard` of `dataset` and write them to `out` (atomically).

    Each finished image is kept at once in partial_dir(out), stamped with `stamp` (settings, shard and code), so
    that a retried or resumed job computes only the images not yet done; the folder goes when `out` is written.
    An image whose generation fails with a per-image error (is_per_image_error) is logged with its error; after the
    others are done, a MaskGenerationError lists the failed ids and `out` is not written (Snakemake would delete it
    anyway), so a re-run retries only those images. Any other error is logged with the image's id and propagates at
    once, unchanged.
    """
    generator = build_mask_generator(masks_cfg)
    samples = dataset.samples[shard_slice(len(dataset), shard_size, shard)]
    work_dir = partial_dir(out)
    _resume_progress(work_dir, stamp)
    results: list[MaskSet | None] = []
    failed: list[str] = []
    resumed = 0
    t0 = time.perf_counter()
    for index, sample in enumerate(progress(samples, desc=f"masks {dataset.split} shard {shard}")):
        masks = _finished_image(work_dir, index, sample.id)
        if masks is not None:
            resumed += 1
            results.append(masks)
            continue
        image = dataset.image(sample.id)  # bad input (missing/corrupt file) stops the job at once
        masks = _generate_or_log(generator, image, masks_cfg, sample, log)
        if masks is None:
            failed.append(sample.id)
            results.append(None)
            continue
        write_mask_shard(work_dir / f"{index:05d}.h5", MaskShard([sample.id], [masks], [""], {}))
        results.append(masks)
    if resumed:
        log(f"{resumed} of {len(samples)} images resumed from {work_dir}")
    if failed:
        raise MaskGenerationError(
            f"mask generation failed for {len(failed)} of {len(samples)} image(s) of shard {shard} ({out}): "
            f"{', '.join(failed[:20])}{' …' if len(failed) > 20 else ''}; the errors are in the log above. The other "
            f"images are kept in {work_dir}: a re-run computes only the failed ones."
        )
    attrs = {
        "backend": masks_cfg["backend"], "split": dataset.split, "shard": shard, "shard_size": shard_size,
        "seconds": time.perf_counter() - t0, "resumed_images": resumed, "masks_config": masks_cfg,
    }  # fmt: skip
    result = MaskShard([s.id for s in samples], results, [""] * len(samples), attrs)
    write_mask_shard(out, result, provenance)
    shutil.rmtree(work_dir, ignore_errors=True)
    return result


# --------------------------------------------------------------------------------------------------------------
# Oracle labelling and quality report


def majority_labels(runs: MaskRuns, gt: np.ndarray, num_classes: int) -> tuple[np.ndarray, np.ndarray]:
    """Per mask, the GT class holding most of its labelled pixels (values >= num_classes, e.g. 255, ignored) and
    that class's share.

    gt: uint8 (H, W) of the masks' size. Returns labels uint8 (S,) (0 if no labelled pixel, the lowest class on a
    tie) and purity float32 (S,) in [0, 1].
    """
    index, owner = runs.pixels()
    cls = gt.T.ravel()[index]  # runs index pixels column-major
    ok = cls < num_classes
    counts = np.bincount(owner[ok] * num_classes + cls[ok], minlength=runs.count * num_classes)
    counts = counts.reshape(runs.count, num_classes)
    total = counts.sum(1)
    labels = counts.argmax(1).astype(np.uint8) if num_classes else np.zeros(runs.count, np.uint8)
    with np.errstate(invalid="ignore", divide="ignore"):
        purity = np.where(total > 0, counts.max(1, initial=0) / np.maximum(total, 1), 0).astype(np.float32)
    return labels, purity


def paint_by_priority(runs: MaskRuns, labels: np.ndarray, levels: np.ndarray, confidence: np.ndarray) -> np.ndarray:
    """uint8 (H, W) map painted with the seeds' priority (METHOD §10 step 7).

    Masks are painted in stable ascending order of (level, confidence), later ones on top, so level 2 beats 1
    beats 0, higher confidence wins within a level, and exact ties go to the mask later in the list. Uncovered
    pixels are 0.
    """
    return runs.paint(labels, np.lexsort((confidence, levels)))  # stable; the last key is primary


def oracle_seeds(
    runs: MaskRuns, levels: np.ndarray, gt: np.ndarray, num_classes: int, subsets: list[int | None]
) -> list[np.ndarray]:
    """The best seeds these masks (of gt's size) allow: each mask labelled by its GT majority, painted by priority
    (purity as confidence); one seed per entry of `subsets` (None = all levels, k = level k's masks alone). The
    majority labels are computed once."""
    labels, purity = majority_labels(runs, gt, num_classes)
    levels = np.asarray(levels)
    seeds = []
    for level in subsets:
        keep = np.flatnonzero(np.ones(len(levels), bool) if level is None else levels == level)
        seeds.append(runs.paint(labels, keep[np.lexsort((purity[keep], levels[keep]))]))
    return seeds


def mask_shard_eval(dataset: SegDataset, shard_path: Path | str) -> dict[str, Any]:
    """What the S0 report needs from one mask shard: confusion matrices of the oracle seeds (all levels, and each
    level alone) over the images that have GT, masks per level, summed coverage, failed ids and the shard's size.
    JSON-ready (lists)."""
    k = dataset.num_classes
    conf_all = np.zeros((k, k), np.int64)
    conf_level = np.zeros((NUM_LEVELS, k, k), np.int64)
    n_images, n_gt, n_masks, coverage, failed = 0, 0, np.zeros(NUM_LEVELS, np.int64), 0.0, []
    shard = read_mask_shard(shard_path)
    for img_id, masks, _ in progress(shard, desc=f"mask eval {Path(shard_path).name}"):
        if masks is None:
            failed.append(img_id)
            continue
        runs = masks.runs()
        if dataset.has_gt(img_id):
            gt = dataset.label(img_id, (masks.height, masks.width))
            seeds = oracle_seeds(runs, masks.level, gt, k, [None, *range(NUM_LEVELS)])
            conf_all += confusion_matrix(seeds[0], gt, k)
            for level, seed in enumerate(seeds[1:]):
                conf_level[level] += confusion_matrix(seed, gt, k)
            n_gt += 1
        n_masks += np.bincount(masks.level, minlength=NUM_LEVELS)[:NUM_LEVELS]
        coverage += runs.covered() / (masks.height * masks.width) if len(masks) else 0.0
        n_images += 1
    return {
        "split": dataset.split,
        "images": n_images,
        "gt_images": n_gt,
        "failed_images": failed,
        "confusion": conf_all.tolist(),
        "confusion_by_level": conf_level.tolist(),
        "masks_by_level": n_masks.tolist(),
        "coverage_sum": coverage,
        "bytes": Path(shard_path).stat().st_size,
    }


def mask_quality(evals: list[dict[str, Any]], class_names: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """Oracle mIoU (all levels and each level alone; None without GT), masks per image, coverage and bytes per image
    of a split, from the mask_shard_eval results of its shards."""
    split = evals[0]["split"] if evals else "?"
    n_images = sum(e["images"] for e in evals)
    failed = [i for e in evals for i in e["failed_images"]]
    if n_images == 0:
        raise DatasetError(f"no images with masks in split {split!r} ({len(failed)} failed)")
    overall = scores_from_confusion(sum(np.asarray(e["confusion"], np.int64) for e in evals))
    by_level = sum(np.asarray(e["confusion_by_level"], np.int64) for e in evals)
    n_masks = sum(np.asarray(e["masks_by_level"], np.int64) for e in evals)
    return {
        "split": split,
        "images": n_images,
        "gt_images": sum(e.get("gt_images", e["images"]) for e in evals),
        "failed_images": failed,
        "oracle_miou": percent(overall.miou),
        "oracle_miou_by_level": [percent(scores_from_confusion(c).miou) for c in by_level],
        "oracle_class_iou": {n: percent(v) for n, v in zip(class_names, overall.cls_iou)},
        "masks_per_image": float(n_masks.sum() / n_images),
        "masks_per_image_by_level": (n_masks / n_images).tolist(),
        "coverage": sum(e["coverage_sum"] for e in evals) / n_images,
        "bytes_per_image": sum(e["bytes"] for e in evals) / (n_images + len(failed)),
    }


def quality_markdown(reports: list[dict[str, Any]], title: str) -> str:
    """Markdown tables of mask_quality reports (one row per split)."""
    lines = [
        f"# {title}", "",
        "Oracle mIoU: every mask labelled with its majority GT class and painted with the seeds' priority "
        "(level, then purity); the upper bound any seed can reach with these masks. \"Level k alone\" paints only the "
        "level-k masks that survived the rock-sand-water filter (nested lower-level masks are removed, so levels 0 "
        "and 1 alone cover little).", "",
        "| split | images | with GT | oracle mIoU | level 0 alone | level 1 alone | level 2 alone | masks/img (L0/L1/L2) | coverage | bytes/img |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]  # fmt: skip
    for r in reports:
        lv = [format_percent(x, "no GT") for x in r["oracle_miou_by_level"]]
        per = "/".join(f"{x:.1f}" for x in r["masks_per_image_by_level"])
        lines.append(
            f"| {r['split']} | {r['images']} | {r['gt_images']} | {format_percent(r['oracle_miou'], 'no GT')} | {lv[0]} "
            f"| {lv[1]} | {lv[2]} | {r['masks_per_image']:.1f} ({per}) | {100 * r['coverage']:.1f}% | {r['bytes_per_image']:.0f} |"
        )
    for r in reports:
        if r["gt_images"]:
            lines += ["", f"## Oracle IoU per class ({r['split']}, the {r['gt_images']} images with GT)", "",
                      "| class | IoU |", "|---|---|"]  # fmt: skip
            lines += [f"| {c} | {format_percent(v)} |" for c, v in r["oracle_class_iou"].items()]
        else:
            lines += ["", f"No segmentation GT in split {r['split']}: no oracle mIoU (masks per image and coverage "
                      "need none)."]  # fmt: skip
        if r["failed_images"]:
            lines += ["", f"Failed images ({len(r['failed_images'])}): {', '.join(r['failed_images'][:50])}"]
    return "\n".join(lines) + "\n"
