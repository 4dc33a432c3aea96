"""mIoU speed: our confusion matrix vs the reference's formulation, on 100 pairs of 375x500 (VOC-sized), K = 21.

The reference (alchemy_cat SegmentationMetric) masks valid GT pixels, then bincounts K*gt + pred in int64.
Ours bincounts gt*K + pred in uint16 with no mask and drops GT rows >= K afterwards.
Run:  .venv/bin/python benchmarks/miou_speed.py
"""

import time

import numpy as np

from bench_json import emit
from fma_wsss.metrics import confusion_matrix


def reference_style(pred: np.ndarray, gt: np.ndarray, k: int) -> np.ndarray:
    valid = (gt >= 0) & (gt < k)
    return np.bincount(k * gt[valid].astype(int) + pred[valid], minlength=k * k).reshape(k, k)


def best_of(fn, pairs, k, repeats=5) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for p, g in pairs:
            fn(p, g, k)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    rng = np.random.default_rng(0)
    k = 21
    pairs = []
    for _ in range(100):
        gt = rng.integers(0, k, (375, 500), dtype=np.uint8)
        gt[rng.random((375, 500)) < 0.05] = 255
        pairs.append((rng.integers(0, k, (375, 500), dtype=np.uint8), gt))
    for p, g in pairs[:3]:
        assert (reference_style(p, g, k) == confusion_matrix(p, g, k)).all()
    ref = best_of(reference_style, pairs, k)
    ours = best_of(confusion_matrix, pairs, k)
    print(f"{'implementation':<22}{'ms / 100 pairs':>16}{'ms / pair':>12}")
    print(f"{'reference-style':<22}{1000 * ref:>16.1f}{10 * ref:>12.2f}")
    print(f"{'fma_wsss.metrics':<22}{1000 * ours:>16.1f}{10 * ours:>12.2f}")
    print(f"speed-up: {ref / ours:.2f}x  (the issue's reference figure: 48 ms / 100 pairs; goal >= 3x)")
    emit("miou_speed", "mIoU confusion matrix, 100 pairs of 375x500", 1000 * ours, "ms", 1000 * ref, target=3,
         target_on="ratio")


if __name__ == "__main__":
    main()
