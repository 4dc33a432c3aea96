"""Stand-in for mmcv's compiled extension `mmcv._ext`, installed by envs/install.sh beside mmcv-lite where
torch sees no CUDA device (FMA_WSSS_MMCV=auto, the default) or FMA_WSSS_MMCV=lite.

mmseg and mmdet import `mmcv.ops` at import time, and mmcv.ops asks `mmcv._ext` for every compiled op it wraps. The
pipeline's CPU paths call none of them (Mask2Former's deformable attention runs its pure-PyTorch version on CPU
tensors; point sampling is grid_sample), so every op is present here by name and raises if it is ever called.
"""

from __future__ import annotations

from typing import Any, Callable, NoReturn


def __getattr__(name: str) -> Callable[..., NoReturn]:
    if name.startswith("__"):
        raise AttributeError(name)

    def unavailable(*args: Any, **kwargs: Any) -> NoReturn:
        raise RuntimeError(
            f"mmcv's compiled op {name!r} was called, but this environment has mmcv-lite without compiled ops "
            f"(envs/install.sh on a machine without CUDA, or FMA_WSSS_MMCV=lite). Rebuild the environment with "
            f"FMA_WSSS_MMCV=full (make env after removing .venv) to compile mmcv 2.1.0 with its ops."
        )

    return unavailable
