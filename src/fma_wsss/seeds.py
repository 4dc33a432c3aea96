"""Stages M1/M2: SAM-based seeding, SAMS (METHOD §10): CAMs gathered over quasi-superpixels into pseudo labels.

Per image, every mask takes the mean of each positive class's CAM over its pixels; each class is normalised across
the masks, the background scores (1 − max)^γ, the mask is labelled by the argmax and painted with the priority of
the oracle seeds (level, then confidence; fma_wsss.masks.paint_by_priority). Float32 throughout: the exact ties
of the reference (a class's best mask normalises to exactly 1.0 in float32 and ties with background masks) depend
on it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .masks import paint_by_priority


@dataclass
class SamSeed:
    seed: np.ndarray  # uint8 (H, W): 0 = background, c + 1 for fg class c; pixels no mask covers are 0
    mask_score: np.ndarray  # float32 (S, P+1): column 0 = background, then the normalised class scores
    mask_label: np.ndarray  # uint8 (S,)
    mask_conf: np.ndarray  # float32 (S,): the maximum of the mask's scores
    paint_order: np.ndarray  # int64 (S,): mask indices, first painted first
    fg_mean: np.ndarray  # float32 (P, S): mean of max(cam, 0) over each mask, before normalisation


def sam_seed(
    pixels: list[np.ndarray], shape: tuple[int, int], levels: np.ndarray, cam: np.ndarray, fg_cls: np.ndarray, gamma: float
) -> SamSeed:
    """The SAMS seed of one image.

    pixels: flat pixel indices of the S masks (fma_wsss.masks.mask_pixels), in stored order (it breaks exact
    ties); levels: (S,); cam: (P, H, W) CAM at image size; fg_cls: (P,) 0-based classes of the CAM channels;
    gamma: the background power. A mask's area is its pixel count (an empty mask scores 0).
    """
    n_masks, n_pos = len(pixels), len(fg_cls)
    relu = np.maximum(np.asarray(cam, np.float32), np.float32(0)).reshape(n_pos, shape[0] * shape[1])
    areas = np.array([len(p) for p in pixels], np.float32)
    fg_mean = _mask_means(relu, pixels, areas)
    norm = _min_max(fg_mean, axis=1) if n_masks else fg_mean
    top = norm.max(axis=0) if n_pos else np.zeros(n_masks, np.float32)
    background = (np.float32(1) - top) ** np.float32(gamma)
    scores = np.concatenate([background[None], norm]).astype(np.float32)  # (P+1, S)
    channel = scores.argmax(axis=0)  # the first maximum: background, then the lower class, wins ties
    labels = np.concatenate([[0], np.asarray(fg_cls, np.int64) + 1])[channel].astype(np.uint8)
    conf = scores.max(axis=0) if n_masks else np.zeros(0, np.float32)
    levels = np.asarray(levels)
    order = np.lexsort((conf, levels))
    seed = paint_by_priority(pixels, shape, labels, levels, conf)
    return SamSeed(seed, scores.T.copy(), labels, conf, order.astype(np.int64), fg_mean)


def _min_max(x: np.ndarray, axis: int) -> np.ndarray:
    """float32 (x − min) / (max − min + 1e-7) along `axis` (METHOD §6.3)."""
    lo, hi = x.min(axis=axis, keepdims=True), x.max(axis=axis, keepdims=True)
    return (x - lo) / (hi - lo + np.float32(1e-7))


def _mask_means(values: np.ndarray, pixels: list[np.ndarray], areas: np.ndarray) -> np.ndarray:
    """float32 (P, S) mean of values (P, H·W) over each mask's pixels; 0 for an empty mask.

    The sums accumulate in float64 and are rounded once: within an ulp of the reference's dense float32 sum over
    the whole image, where a float32 sum over the gathered pixels drifts ~10 ulp, which the normalisation across
    masks can magnify to 1e-5."""
    sums = np.zeros((values.shape[0], len(pixels)), np.float32)
    for s, index in enumerate(pixels):
        sums[:, s] = values[:, index].sum(axis=1, dtype=np.float64)
    return np.divide(sums, areas, out=np.zeros_like(sums), where=areas > 0)
