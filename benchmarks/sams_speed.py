"""SAMS seeding (METHOD §10) per image: the reference's formulation vs ours, same inputs, same output.

Reference formulation (re-created here as the baseline): masks already decoded to a dense bool (S, H, W) tensor; the
CAM resized to the image; the per-mask means as one (P, S, H, W) product summed over the pixels; then the scores,
and painting mask by mask with a boolean index over the whole image. Its decoding is not timed, as in the issue.
Ours (fma_wsss.seeds): from the stored COCO RLE strings to the seed, decoding included: the strings are read as
column-major runs, the per-mask sums come from float64 prefix sums over the runs, and painting writes runs.

Synthetic VOC-size inputs: 375×500 images, 150 masks in 3 levels, 3 positive classes on a 24×32 CAM grid, γ 0.7.
Run:  python benchmarks/sams_speed.py [--images 20] [--threads 2]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from report_cost import H, W, fake_masks

from bench_json import emit
from fma_wsss.seeds import cam_at_image_size, mask_cam_means, run_seed_shard, seed_from_means
from fma_wsss.store import MaskShard, write_mask_shard

P, GRID, GAMMA = 3, (24, 32), 0.7


def reference_seed(masks: torch.Tensor, areas: torch.Tensor, levels: np.ndarray, cam: torch.Tensor, fg_cls: np.ndarray,
                   gamma: float) -> tuple[np.ndarray, dict[str, float]]:  # fmt: skip
    """The reference's formulation on dense masks (S, H, W); returns the seed and the time of each step."""
    t = [time.perf_counter()]
    cam = F.interpolate(cam[None], size=masks.shape[1:], mode="bilinear", align_corners=False)[0]
    t.append(time.perf_counter())
    fg = cam.clamp(min=0)
    gathered = (fg[:, None] * masks[None]).sum(dim=(2, 3)) / areas  # (P, S, H, W) summed
    t.append(time.perf_counter())
    lo, hi = gathered.min(dim=1, keepdim=True).values, gathered.max(dim=1, keepdim=True).values
    norm = (gathered - lo) / (hi - lo + 1e-7)
    scores = torch.cat([(1 - norm.max(dim=0, keepdim=True).values) ** gamma, norm])
    conf, channel = scores.max(dim=0)
    labels = torch.cat([torch.zeros(1, dtype=torch.long), torch.from_numpy(fg_cls) + 1])[channel]
    order = np.lexsort((conf.numpy(), levels))
    seed = torch.zeros(masks.shape[1:], dtype=torch.uint8)
    for s in order:
        seed[masks[s]] = labels[s].to(torch.uint8)
    t.append(time.perf_counter())
    return seed.numpy(), dict(zip(("resize", "means", "score + paint"), np.diff(t)))


def ours_seed(mask_set, cam: np.ndarray, fg_cls: np.ndarray, gamma: float) -> tuple[np.ndarray, dict[str, float]]:
    t = [time.perf_counter()]
    runs = mask_set.runs()
    t.append(time.perf_counter())
    cam = cam_at_image_size(cam, (mask_set.height, mask_set.width))
    t.append(time.perf_counter())
    means = mask_cam_means(runs, cam)
    t.append(time.perf_counter())
    seed = seed_from_means(means, runs, mask_set.level, fg_cls, gamma).seed
    t.append(time.perf_counter())
    return seed, dict(zip(("decode", "resize", "means", "score + paint"), np.diff(t)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=20)
    parser.add_argument("--threads", type=int, default=2, help="torch threads for both (the reference: 2 idle threads)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    rng = np.random.default_rng(0)
    mask_sets = [fake_masks(rng) for _ in range(args.images)]
    cams = [rng.standard_normal((P, *GRID)).astype(np.float32) for _ in range(args.images)]
    classes = [np.sort(rng.choice(20, P, replace=False)) for _ in range(args.images)]

    ref_times, our_times, same, mismatched = [], [], 0, 0
    for mask_set, cam, fg_cls in zip(mask_sets, cams, classes):
        dense = torch.from_numpy(mask_set.decode())  # not timed: the reference's masks come decoded
        areas = torch.from_numpy(mask_set.area.astype(np.float32))
        ref, t_ref = reference_seed(dense, areas, mask_set.level, torch.from_numpy(cam), fg_cls, GAMMA)
        ours, t_ours = ours_seed(mask_set, cam, fg_cls, GAMMA)
        ref_times.append(t_ref)
        our_times.append(t_ours)
        same += int(np.array_equal(ref, ours))
        mismatched += int((ref != ours).sum())

    # the whole shard job: read the mask and CAM shards, seed, write the seed shard
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        write_mask_shard(tmp / "masks.h5", MaskShard([f"img{i}" for i in range(args.images)], mask_sets, [""] * args.images, {}))
        write_fake_cam_shard(tmp / "cams.h5", cams, classes)
        t0 = time.perf_counter()
        run_seed_shard(tmp / "masks.h5", tmp / "cams.h5", "cam", [GAMMA], 21, tmp / "seeds.h5")
        t_job = (time.perf_counter() - t0) / args.images

    def median_ms(times: list[dict[str, float]], step: str | None = None) -> float:
        return 1e3 * statistics.median(sum(t.values()) if step is None else t.get(step, 0.0) for t in times)

    print(f"VOC-size synthetic inputs: {H}x{W}, {len(mask_sets[0])} masks in 3 levels, {P} classes, CAM {GRID}, "
          f"γ {GAMMA}; {args.images} images, {args.threads} threads")  # fmt: skip
    print(f"{'step (median ms/image)':<26}{'reference':>10}{'ours':>8}")
    for step in ("decode", "resize", "means", "score + paint"):
        ref_ms = "(untimed)" if step == "decode" else f"{median_ms(ref_times, step):.1f}"
        print(f"{step:<26}{ref_ms:>10}{median_ms(our_times, step):>8.1f}")
    ref_total, our_total = median_ms(ref_times), median_ms(our_times)
    print(f"{'total':<26}{ref_total:>10.1f}{our_total:>8.1f}   ratio {ref_total / our_total:.1f}x")
    print(f"ours as a shard job (read both shards, seed, encode the PNGs, write): {1e3 * t_job:.1f} ms/image")
    print(f"same seed: {same}/{args.images} images ({mismatched} pixels differ in all)")
    print("target: <= 15 ms/image from the mask shard to the seed, decoding included, same output")
    emit("sams_speed", f"SAMS per image ({H}x{W}, {len(mask_sets[0])} masks), decoding included", our_total, "ms",
         ref_total, target=15, note=f"same seed on {same}/{args.images} images")
    emit("sams_speed", "SAMS shard job per image (read, seed, PNG, write)", 1e3 * t_job, "ms", target=15)


def write_fake_cam_shard(path: Path, cams: list[np.ndarray], classes: list[np.ndarray]) -> None:
    import h5py

    from fma_wsss.cams import CAM_SHARD_FORMAT

    with h5py.File(path, "w") as f:
        f.attrs["format"] = CAM_SHARD_FORMAT
        f.create_dataset("ids", data=np.array([f"img{i}" for i in range(len(cams))], dtype=object), dtype=h5py.string_dtype())
        for i, (cam, fg_cls) in enumerate(zip(cams, classes)):
            g = f.create_group(f"images/img{i}")
            g.attrs["height"], g.attrs["width"] = H, W
            g["cam"], g["fg_cls"] = cam, fg_cls.astype(np.int64)
            g["fg_logit"], g["all_logit"] = np.zeros(P, np.float32), np.zeros(20, np.float32)


if __name__ == "__main__":
    main()
