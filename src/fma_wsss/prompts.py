"""Stage T1 (and later T2): training the prompt context on a frozen CLIP (METHOD §7)."""

from __future__ import annotations

import math


def lr_at(iteration: int, max_iter: int, warm_iters: int, base_lr: float = 1e-3, warm_lr: float = 1e-5) -> float:
    """LR of 0-based `iteration` (METHOD §7.5, P2): constant warm_lr for warm_iters iterations, then a jump to
    base_lr and cosine decay to 0 over the remaining max_iter − warm_iters."""
    if iteration < warm_iters:
        return warm_lr
    return 0.5 * base_lr * (1 + math.cos(math.pi * (iteration - warm_iters) / (max_iter - warm_iters)))
