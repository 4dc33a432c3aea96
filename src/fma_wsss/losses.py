"""Stage-I losses: the multi-label contrastive loss (METHOD §7.2) and the CAM activation loss (§7.3)."""

from __future__ import annotations

import torch
import torch.nn.functional as F


def multilabel_cl_loss(scores: torch.Tensor, labels: torch.Tensor, reduce: str = "pos_mean") -> torch.Tensor:
    """Multi-label contrastive loss. scores (N, C) raw scale·cos fg logits; labels (N, C): 1 pos, 0 neg, 255 neither.

    For each positive (n, p) of a row with at least one positive and one negative:
    l = -(S_np - log(exp S_np + sum_{j neg} exp S_nj)), with no max subtraction (as the reference).
    pos_mean: mean over those positives; sample_mean: per-row mean, then mean over rows. No valid row: 0·mean(S).
    """
    pos, neg = labels == 1, labels == 0
    valid = pos.any(1) & neg.any(1)
    if not valid.any():
        return scores.mean() * 0
    e = torch.exp(scores.float())
    neg_sum = (e * neg).sum(1, keepdim=True)
    losses = -(scores - torch.log(e + neg_sum))
    take = pos & valid[:, None]
    if reduce == "pos_mean":
        return (losses * take).sum() / take.sum()
    if reduce == "sample_mean":
        per_row = (losses * take).sum(1)[valid] / take.sum(1)[valid]
        return per_row.mean()
    raise ValueError(f"reduce must be 'pos_mean' or 'sample_mean', got {reduce!r}")


def cam_activation_loss(
    pos_cam: torch.Tensor, pos_index: torch.Tensor, label: torch.Tensor, ignore: int = 255
) -> tuple[torch.Tensor, torch.Tensor]:
    """CAM activation loss (l1, 'all', detached max, bg threshold 0). pos_cam (P, h, w) raw Grad-CAM; pos_index
    (P, 2) its (image, fg class); label (N, H, W) seed map (0 bg, c+1 class c, 255 ignore).

    CAMs are upsampled to H×W; F = pixels of the pair's class, B = other non-ignored pixels. fg = Σ_F |m − cam| with
    m = max(max_F cam, 0) detached; bg = Σ_B max(cam, 0); both divided by Σ_pairs (|F| + |B|).
    """
    cam = pos_cam
    if tuple(cam.shape[-2:]) != tuple(label.shape[-2:]):
        cam = F.interpolate(cam[:, None], size=label.shape[-2:], mode="bilinear", align_corners=False)[:, 0]
    lb = label[pos_index[:, 0]]
    fg = lb == (pos_index[:, 1] + 1)[:, None, None]
    bg = ~fg & (lb != ignore)
    neg_inf = torch.finfo(cam.dtype).min
    peak = torch.where(fg, cam, torch.full_like(cam, neg_inf)).flatten(1).max(1).values
    peak = torch.where(fg.flatten(1).any(1), peak, torch.zeros_like(peak)).clamp(min=0).detach()
    z = (fg.sum() + bg.sum()).clamp(min=1)
    fg_loss = ((peak[:, None, None] - cam).abs() * fg).sum() / z
    bg_loss = (cam.clamp(min=0) * bg).sum() / z
    return fg_loss, bg_loss
