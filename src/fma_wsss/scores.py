"""CAM -> score -> background -> argmax seed (METHOD §6.3, §11.1), on torch tensors (CPU or GPU)."""

from __future__ import annotations

import torch
import torch.nn.functional as F


def cam_to_score(cam: torch.Tensor, size: tuple[int, int]) -> torch.Tensor:
    """Raw CAM (P, h, w) -> score (P, H, W) in [0, 1]: bilinear resize first (align_corners=False), clamp at 0,
    then per-channel (x − min) / (max − min + 1e-7)."""
    x = cam.float()
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


def seed_argmax(cam: torch.Tensor, size: tuple[int, int], fg_cls: torch.Tensor, power: float) -> tuple[torch.Tensor, torch.Tensor]:
    """The CAM seed of one image: (uint8 (H, W) seed, (P+1, H, W) scores)."""
    scores = with_background(cam_to_score(cam, size), power)
    return scores_to_seed(scores, fg_cls), scores
