"""Stages A1/A2: class-aware attention-based affinity, CAA (METHOD §9), on torch tensors (CPU or GPU).

The frozen CLIP's attention between patch tokens becomes an affinity A (one Sinkhorn-like normalisation, then
symmetrised); each class's CAM is propagated n times through A, from the source pixels inside the boxes around its
confident region only:  cam_affed_p = A^n · (m_p ⊙ x_p),  x = the normalised score ('score') or the raw CAM
('cam'). The product is evaluated right to left, n matrix-vector products of (hw)², so A^n ((hw)³) is never formed.
The result is not renormalised: consumers apply ReLU and min-max again (fma_wsss.scores.cam_to_score).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import torch

from .scores import cam_to_score

AFF_AT = ("score", "cam")


def merge_attention(att: torch.Tensor, last_n_layers: int = 8) -> torch.Tensor:
    """Per-block attention (L, 1+hw, 1+hw), token 0 = CLS -> (hw, hw): the mean of the last blocks, CLS removed."""
    return att[-last_n_layers:, 1:, 1:].float().mean(0)


def sinkhorn_affinity(att: torch.Tensor, n_iter: int = 1) -> torch.Tensor:
    """Attention (hw, hw), att[i, j] = weight of query i on key j -> symmetric affinity (hw, hw): n_iter times
    divide by the column sums, then by the row sums; then (Â + Âᵀ) / 2."""
    att = att.float()
    for _ in range(n_iter):
        att = att / att.sum(dim=0, keepdim=True)
        att = att / att.sum(dim=1, keepdim=True)
    return (att + att.t()) / 2


def scoremap_boxes(score: np.ndarray, thresh: float) -> np.ndarray:
    """int64 (n, 4) boxes [x0, y0, x1, y1] (end-exclusive) around the confident regions of a score map (h, w) in
    [0, 1], CLIP-ES style (METHOD §9.1 step 4).

    The map is scaled to uint8 by truncation, thresholded above int(thresh · its max), and every contour
    (findContours RETR_TREE: holes too) gives its bounding rectangle, with x1 = min(x + w, W − 1) and
    y1 = min(y + h, H − 1): the reference's quirk, kept, so a region on the right or bottom border loses its last
    column or row. No contour gives the single box [0, 0, 0, 0].
    """
    height, width = score.shape
    u8 = (np.asarray(score, np.float32) * np.float32(255)).astype(np.uint8)
    binary = (u8 > int(thresh * float(u8.max()))).astype(np.uint8)
    contours, _ = cv2.findContours(binary, cv2.RETR_TREE, cv2.CHAIN_APPROX_SIMPLE)
    boxes = []
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        boxes.append([x, y, min(x + w, width - 1), min(y + h, height - 1)])
    return np.asarray(boxes or [[0, 0, 0, 0]], np.int64)


def box_mask(boxes: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """uint8 (h, w) union of the end-exclusive boxes [x0, y0, x1, y1]."""
    mask = np.zeros(shape, np.uint8)
    for x0, y0, x1, y1 in boxes:
        mask[y0:y1, x0:x1] = 1
    return mask


@dataclass
class CaaOutput:
    cam: torch.Tensor  # (P, h, w) float32 refined CAM (not renormalised)
    score: torch.Tensor  # (P, h, w) normalised score of the input CAM
    boxes: np.ndarray  # int64 (n, 5) [class index p, x0, y0, x1, y1]
    box_mask: np.ndarray  # uint8 (P, h, w)


def refine_cam(
    att: torch.Tensor, cam: torch.Tensor, thresh: float, n_iters: int = 2, sinkhorn_iters: int = 1, aff_at: str = "score"
) -> CaaOutput:
    """CAA on one image (METHOD §9.1). att: (hw, hw) merged attention, or (L, 1+hw, 1+hw) per block (the last 8
    are merged); cam: (P, h, w) raw CAM at patch resolution. With n_iters = 0 the score or the CAM comes back."""
    if aff_at not in AFF_AT:
        raise ValueError(f"aff_at must be one of {AFF_AT}, got {aff_at!r}")
    p, h, w = cam.shape
    cam = cam.float()
    score = cam_to_score(cam, (h, w))
    source = score if aff_at == "score" else cam
    boxes = [scoremap_boxes(s, thresh) for s in score.cpu().numpy()]
    masks = np.stack([box_mask(b, (h, w)) for b in boxes]) if p else np.zeros((0, h, w), np.uint8)
    all_boxes = np.concatenate([np.c_[np.full(len(b), k), b] for k, b in enumerate(boxes)]) if p else np.zeros((0, 5), np.int64)
    if n_iters == 0:
        return CaaOutput(source.clone(), score, all_boxes, masks)
    if att.dim() == 3:
        att = merge_attention(att)
    affinity = sinkhorn_affinity(att.to(cam.device), sinkhorn_iters)
    x = (source * torch.from_numpy(masks).to(cam.device)).reshape(p, h * w).t()  # (hw, P): m ⊙ x, one column per class
    for _ in range(n_iters):
        x = affinity @ x
    return CaaOutput(x.t().reshape(p, h, w).contiguous(), score, all_boxes, masks)
