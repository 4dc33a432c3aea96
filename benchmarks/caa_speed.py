"""CAA (METHOD §9) per image: the reference's formulation vs ours, same inputs, same output to rtol 1e-5.

Reference formulation (re-created as the baseline): the Sinkhorn-normalised, symmetrised affinity raised to the
n-th power as an (hw)² matrix (a matrix power costs (hw)³ per multiplication), then a (P, hw, hw) mask of the boxes'
source pixels multiplied into it, then one matrix-vector product per class.
Ours (fma_wsss.caa.refine_cam): A^n (m ⊙ x) evaluated right to left, n matrix products of (hw)² by (hw, P).

Synthetic VOC-size inputs: a 24×32 patch grid (hw = 768) as for a 384×512 input, P = 3 classes, the merged float16
attention of the last 8 blocks; the VOC settings (1 Sinkhorn iteration, power 2, box threshold 0.4 on the score).
Run:  python benchmarks/caa_speed.py [--images 30] [--threads 2] [--device cpu|cuda]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
import torch

from bench_json import emit
from fma_wsss.caa import box_mask, refine_cam, scoremap_boxes, sinkhorn_affinity
from fma_wsss.scores import cam_to_score

GRID, P, THRESH, N_ITERS, SINKHORN = (24, 32), 3, 0.4, 2, 1


def reference_att_cam(att: torch.Tensor, cam: torch.Tensor) -> torch.Tensor:
    """The reference's formulation: A^n formed, then (A^n ⊙ M_p) · x_p per class."""
    p, h, w = cam.shape
    score = cam_to_score(cam, (h, w))
    affinity = torch.linalg.matrix_power(sinkhorn_affinity(att.float(), SINKHORN), N_ITERS)
    masks = np.stack([box_mask(scoremap_boxes(s, THRESH), (h, w)) for s in score.cpu().numpy()])
    source_mask = torch.from_numpy(masks).to(cam.device).reshape(p, 1, h * w).expand(p, h * w, h * w)
    refined = torch.bmm(affinity[None] * source_mask, score.reshape(p, h * w, 1))
    return refined.reshape(p, h, w)


def synthetic_attention(rng: np.random.Generator, hw: int, device: str) -> torch.Tensor:
    """A row-stochastic attention (hw, hw), local and peaked like ViT attention, rounded to float16 as stored."""
    ys, xs = np.divmod(np.arange(hw), GRID[1])
    dist = (ys[:, None] - ys[None]) ** 2 + (xs[:, None] - xs[None]) ** 2
    logits = -dist / rng.uniform(4, 40) + rng.standard_normal((hw, hw))
    att = np.exp(logits - logits.max(1, keepdims=True))
    return torch.from_numpy((att / att.sum(1, keepdims=True)).astype(np.float16)).to(device)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=30)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    rng = np.random.default_rng(0)
    hw = GRID[0] * GRID[1]
    sync = torch.cuda.synchronize if args.device.startswith("cuda") else (lambda: None)
    t_ref, t_ours, worst = [], [], 0.0
    for _ in range(args.images):
        att = synthetic_attention(rng, hw, args.device)
        cam = torch.from_numpy(rng.standard_normal((P, *GRID)).astype(np.float32)).to(args.device)
        sync()
        t0 = time.perf_counter()
        ref = reference_att_cam(att, cam)
        sync()
        t1 = time.perf_counter()
        ours = refine_cam(att, cam, THRESH, N_ITERS, SINKHORN, "score").cam
        sync()
        t2 = time.perf_counter()
        t_ref.append(t1 - t0)
        t_ours.append(t2 - t1)
        torch.testing.assert_close(ours, ref, rtol=1e-5, atol=1e-6 * float(ref.abs().max()))
        worst = max(worst, float(((ours - ref).abs() / ref.abs().clamp(min=1e-12)).max()))
    ref_ms, our_ms = 1e3 * statistics.median(t_ref), 1e3 * statistics.median(t_ours)
    print(f"CAA, hw = {hw} ({GRID[0]}x{GRID[1]}), P = {P}, power {N_ITERS}, {args.images} images, {args.threads} threads, "
          f"{args.device}")  # fmt: skip
    print(f"{'median ms/image':<20}{'reference':>10}{'ours':>8}")
    print(f"{'att_cam':<20}{ref_ms:>10.2f}{our_ms:>8.2f}   ratio {ref_ms / our_ms:.1f}x")
    print(f"same output: rtol 1e-5 on every image (largest relative difference {worst:.1e})")
    print("target: >= 3x the reference's att_cam (8 ms for hw = 768, P = 3 on 2 threads)")
    emit("caa_speed", f"CAA per image (hw {hw}, P {P}, {args.device})", our_ms, "ms", ref_ms, target=3, target_on="ratio",
         note=f"same output, largest relative difference {worst:.1e}")


if __name__ == "__main__":
    main()
