"""CAM -> score -> background -> argmax seed (METHOD §6.3, §11.1), on torch tensors (CPU or GPU)."""

from __future__ import annotations

from typing import Iterator

import torch
import torch.nn.functional as F


def cam_to_score(cam: torch.Tensor, size: tuple[int, int]) -> torch.Tensor:
    """Raw CAM (P, h, w) -> score (P, H, W) in [0, 1]: bilinear resize first (align_corners=False), clamp at 0,
    then per-channel (x − min) / (max − min + 1e-7)."""
    x = cam.float()
    if len(x) == 0:  # an image without a positive class (possible in COCO train)
        return x.new_zeros((0, *size))
    if tuple(x.shape[-2:]) != tuple(size):
        x = F.interpolate(x[None], size=size, mode="bilinear", align_corners=False)[0]
    x = x.clamp(min=0)
    lo = x.flatten(1).min(1).values[:, None, None]
    hi = x.flatten(1).max(1).values[:, None, None]
    return (x - lo) / (hi - lo + 1e-7)


def with_background(score: torch.Tensor, power: float) -> torch.Tensor:
    """(P, H, W) class scores -> (P+1, H, W) with channel 0 = (1 − max_c score)^power."""
    bg = (1 - score.max(dim=0, keepdim=True).values) ** power if len(score) else torch.ones((1, *score.shape[1:]))
    return torch.cat([bg, score])


def scores_to_seed(scores: torch.Tensor, fg_cls: torch.Tensor) -> torch.Tensor:
    """Argmax over (P+1, H, W) (first maximum wins, so background wins ties) -> uint8 labels 0 or fg_cls[k−1]+1."""
    lut = torch.cat([torch.zeros(1, dtype=torch.long, device=fg_cls.device), fg_cls.long() + 1])
    return lut[scores.argmax(dim=0)].to(torch.uint8)


def seeds_for_powers(score: torch.Tensor, fg_cls: torch.Tensor, powers: list[float]) -> Iterator[tuple[float, torch.Tensor]]:
    """(p, seed) for each background power p: the same uint8 (H, W) seeds as
    scores_to_seed(with_background(score, p), fg_cls), with the foreground max and argmax taken once for all p.
    The background wins where (1 − max)^p >= max, as the first maximum of the argmax does."""
    if len(score) == 0:
        for p in powers:
            yield p, torch.zeros(score.shape[1:], dtype=torch.uint8)
        return
    fg_max, fg_arg = score.amax(dim=0), score.argmax(dim=0)
    fg_label = (fg_cls.long() + 1)[fg_arg].to(torch.uint8)
    for p in powers:
        background = (1 - fg_max) ** p >= fg_max
        yield p, torch.where(background, torch.zeros_like(fg_label), fg_label)
