"""Make `import torchvision` work where its compiled ops cannot load (the CUDA torchvision wheel beside CPU torch).

torchvision 0.28.0 is the only release built for torch 2.13.0, and its registry wheel is a CUDA build. With the CPU
torch, its `_C` extension fails to load, and `import torchvision` then dies registering fake kernels for
`torchvision::nms`/`qnms`. `ensure_torchvision()` defines those two operators first, with a pure-PyTorch NMS,
imports torchvision, and lets `torchvision.ops.nms`/`batched_nms` use them. Other compiled ops (roi_align,
deform_conv2d, decode_jpeg) stay unavailable. Where the compiled ops load (a matching CUDA machine), nothing changes.

Import this module before torchvision, segment_anything, mmcv or mmseg.
"""

from __future__ import annotations

import importlib.util
import sys

import numpy as np
import torch

_LIBRARY: torch.library.Library | None = None


def stable_nms(boxes: torch.Tensor, scores: torch.Tensor, iou_threshold: float) -> torch.Tensor:
    """Greedy NMS. boxes (N, 4) xyxy, scores (N,); int64 indices kept, by descending score.

    The sort is stable, so equal scores keep the lower index first (what the reference's CUDA runs did).
    """
    if boxes.numel() == 0:
        return torch.zeros(0, dtype=torch.long, device=boxes.device)
    order = torch.sort(scores, descending=True, stable=True).indices
    b = boxes[order].to(torch.float32 if boxes.dtype in (torch.float16, torch.bfloat16) else boxes.dtype)
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    lt = torch.maximum(b[:, None, :2], b[None, :, :2])
    rb = torch.minimum(b[:, None, 2:], b[None, :, 2:])
    wh = (rb - lt).clamp(min=0)
    inter = wh[..., 0] * wh[..., 1]
    iou = inter / (area[:, None] + area[None, :] - inter)
    over = (iou > iou_threshold).cpu().numpy()
    suppressed = np.zeros(len(order), dtype=bool)
    keep = []
    for i in range(len(order)):
        if not suppressed[i]:
            keep.append(i)
            suppressed |= over[i]
    return order[torch.tensor(keep, dtype=torch.long, device=order.device)]


def _compiled_ops_load() -> bool:
    spec = importlib.util.find_spec("torchvision")
    if spec is None or not spec.submodule_search_locations:
        return False
    import glob
    import os

    libs = glob.glob(os.path.join(spec.submodule_search_locations[0], "_C*.so"))
    if not libs:
        return False
    try:
        torch.ops.load_library(libs[0])
        return True
    except OSError:
        return False


def ensure_torchvision() -> bool:
    """Import torchvision, installing the pure-PyTorch NMS if its compiled ops cannot load.

    Returns True when the fallback is in use. Idempotent.
    """
    global _LIBRARY
    if _LIBRARY is not None:
        return True
    if "torchvision" in sys.modules:
        import torchvision.extension

        return not torchvision.extension._has_ops()
    if _compiled_ops_load():
        import torchvision  # noqa: F401

        return False
    _LIBRARY = torch.library.Library("torchvision", "DEF")
    _LIBRARY.define("nms(Tensor dets, Tensor scores, float iou_threshold) -> Tensor")
    _LIBRARY.define("qnms(Tensor dets, Tensor scores, float iou_threshold) -> Tensor")
    _LIBRARY.impl("nms", stable_nms, "CompositeExplicitAutograd")
    import torchvision.extension

    torchvision.extension._has_ops = lambda: True  # lets ops.nms through its compiled-ops assertion
    return True


ensure_torchvision()
