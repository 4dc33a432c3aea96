"""Segmentation mIoU with the reference's semantics (METHOD §11.1), and average precision for image-level labels.

conf[g, p] counts pixels with GT g and prediction p over GT values < K (255 and any other value >= K ignored).
IoU_c = TP / (TP + FP + FN), NaN when 0/0; mIoU = mean IoU over the classes present in the GT. A prediction >= K
is an error (in the reference it would alias into another cell).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch


@dataclass(frozen=True)
class Scores:
    conf_matrix: np.ndarray  # int64 (K, K), rows = GT, columns = prediction
    cls_iou: np.ndarray  # float64 (K,), NaN where TP + FP + FN = 0
    valid: np.ndarray  # bool (K,), class has GT pixels
    miou: float  # mean of cls_iou over valid classes; NaN if none is valid


def confusion_matrix(pred: np.ndarray, gt: np.ndarray, num_classes: int) -> np.ndarray:
    """int64 (K, K) confusion matrix of uint8 maps of one shape; ValueError if a prediction is >= K.

    One bincount over gt·K + pred, with no per-pixel mask: GT rows >= K (255 included) are dropped afterwards.
    The index is int16 while 255·K + K − 1 fits (K <= 128), which torch.bincount counts ~3x faster than NumPy's
    bincount counts its int64 copy.
    """
    pred = np.asarray(pred)
    gt = np.asarray(gt)
    if pred.shape != gt.shape:
        raise ValueError(f"prediction shape {pred.shape} differs from GT shape {gt.shape}")
    if pred.dtype != np.uint8 or gt.dtype != np.uint8:
        raise ValueError(f"expected uint8 maps, got prediction {pred.dtype} and GT {gt.dtype}")
    if not 1 <= num_classes <= 256:
        raise ValueError(f"num_classes must be in 1..256, got {num_classes}")
    if pred.size and int(pred.max()) >= num_classes:
        raise ValueError(f"prediction holds value {int(pred.max())} >= num_classes {num_classes}")
    dtype = np.int16 if num_classes <= 128 else np.int32
    index = gt.astype(dtype) * dtype(num_classes) + pred
    counts = torch.bincount(torch.from_numpy(index.ravel()), minlength=256 * num_classes).numpy()
    return counts[: num_classes * num_classes].reshape(num_classes, num_classes).astype(np.int64)


def scores_from_confusion(conf: np.ndarray) -> Scores:
    """Per-class IoU, validity and mIoU of a confusion matrix."""
    conf = np.asarray(conf, dtype=np.int64)
    tp = np.diag(conf)
    gt_count = conf.sum(1)
    union = gt_count + conf.sum(0) - tp
    with np.errstate(invalid="ignore", divide="ignore"):
        cls_iou = tp / union
    valid = gt_count > 0
    miou = float(cls_iou[valid].mean()) if valid.any() else float("nan")
    return Scores(conf, cls_iou, valid, miou)


def average_precision(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the step-wise precision-recall curve of scores (N,) against 0/1 labels (N,), as a fraction.

    Tied scores are one threshold (precision counted at the end of the tie). NaN when there is no positive.
    """
    scores, labels = np.asarray(scores, np.float64), np.asarray(labels).astype(bool)
    if not labels.any():
        return float("nan")
    order = np.argsort(-scores, kind="stable")
    scores, labels = scores[order], labels[order]
    ends = np.r_[np.flatnonzero(np.diff(scores)), len(scores) - 1]  # last index of each distinct score
    tp = np.cumsum(labels)[ends]
    precision = tp / (ends + 1)
    recall_step = np.diff(np.r_[0, tp]) / labels.sum()
    return float((precision * recall_step).sum())


def percent(x: float) -> float | None:
    """100 x, or None for NaN (no class with GT pixels: nothing to score), as the reports store it."""
    return None if np.isnan(x) else 100 * float(x)


def format_percent(v: float | None, empty: str = "—") -> str:
    """A stored percentage with one decimal, or `empty` for None (no GT)."""
    return empty if v is None else f"{v:.1f}"
