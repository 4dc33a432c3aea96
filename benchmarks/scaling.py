"""How cost grows with work, so that a user can predict a new dataset: each curve is measured, fitted in log-log
(cost ∝ work^k) and drawn into benchmarks/scaling.png (the README shows it).

- `snakemake -n` against the number of images of a fake VOC layout (1k → 100k ids), and the COCO layout at its
  82,081 train ids (targets: ≤ 3 s at VOC's 10,582, ≤ 10 s at COCO's size);
- SAMS per image against the number of masks (50 → 400, 375×500) and against the image size (150 masks);
- CAA per image against the patch count hw, ours and the reference's formulation side by side.
Run:  python benchmarks/scaling.py [--quick]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402
from bench_json import emit  # noqa: E402
from caa_speed import reference_att_cam  # noqa: E402
from dryrun_voc_scale import dry_run_seconds, fake_voc  # noqa: E402
from report_cost import fake_masks  # noqa: E402
from sams_speed import ours_seed  # noqa: E402

from fma_wsss.caa import refine_cam  # noqa: E402


def fake_coco(root: Path, n: int) -> None:
    """COCO layout with n train ids (one tiny image and label, copied), and one val / val_5000 id."""
    from PIL import Image

    (root / "imagesLists").mkdir(parents=True)
    for folder in ("train2014", "val2014"):
        (root / "images" / folder).mkdir(parents=True)
        (root / "annotations" / folder).mkdir(parents=True)
    Image.fromarray(np.zeros((1, 1, 3), np.uint8)).save(root / "images" / "val2014" / "000000000001.jpg")
    Image.fromarray(np.zeros((1, 1), np.uint8)).save(root / "annotations" / "val2014" / "000000000001.png")
    jpg = (root / "images" / "val2014" / "000000000001.jpg").read_bytes()
    png = (root / "annotations" / "val2014" / "000000000001.png").read_bytes()
    ids = [f"{i:012d}" for i in range(10, 10 + n)]
    for i in ids:
        (root / "images" / "train2014" / f"{i}.jpg").write_bytes(jpg)
        (root / "annotations" / "train2014" / f"{i}.png").write_bytes(png)
    (root / "imagesLists" / "train.txt").write_text("".join(f"{i}\n" for i in ids))
    for split in ("val", "val_5000"):
        (root / "imagesLists" / f"{split}.txt").write_text("000000000001\n")


def fitted_exponent(x: list[float], y: list[float]) -> float:
    """k of y ∝ x^k, least squares in log-log."""
    return float(np.polyfit(np.log(x), np.log(y), 1)[0])


def median_ms(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1e3 * statistics.median(times)


def sams_ms(n_masks: int, h: int, w: int, repeats: int, rng: np.random.Generator) -> float:
    mask_set = fake_masks(rng, n_masks, h, w)
    cam = rng.standard_normal((3, max(1, h // 16), max(1, w // 16))).astype(np.float32)
    fg_cls = np.array([2, 7, 11])
    return median_ms(lambda: ours_seed(mask_set, cam, fg_cls, 0.7), repeats)


def caa_ms(grid: tuple[int, int], repeats: int, rng: np.random.Generator) -> tuple[float, float]:
    hw = grid[0] * grid[1]
    logits = rng.standard_normal((hw, hw)).astype(np.float32)
    att = torch.from_numpy(np.exp(logits) / np.exp(logits).sum(1, keepdims=True)).half()
    cam = torch.from_numpy(rng.standard_normal((3, *grid)).astype(np.float32))
    ours = median_ms(lambda: refine_cam(att, cam, 0.4, 2, 1, "score"), repeats)
    reference = median_ms(lambda: reference_att_cam(att, cam), max(1, repeats // 3))
    return ours, reference


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer points and repeats (make bench)")
    parser.add_argument("--plot", type=Path, default=Path(__file__).parent / "scaling.png")
    args = parser.parse_args()
    torch.set_num_threads(2)
    rng = np.random.default_rng(0)
    fig, axes = plt.subplots(1, 4, figsize=(20, 4.2))

    sizes = [1000, 3000, 10582, 30000, 100000]
    dry = [dry_run_seconds("voc", lambda work, n: fake_voc(work / "datasets" / "VOC2012", n), n, 1 if n > 20000 else 2)
           for n in sizes]  # fmt: skip
    k = fitted_exponent(sizes, dry)
    for n, t in zip(sizes, dry):
        emit("scaling", f"snakemake -n, VOC layout, {n} ids", t, "s", target=3.0 if n == 10582 else None)
    coco = dry_run_seconds("coco", lambda work, n: fake_coco(work / "datasets" / "coco2014", n), 82081, 1)
    emit("scaling", "snakemake -n, COCO layout, 82081 train ids", coco, "s", target=10.0)
    emit("scaling", "dry run: exponent k of time ∝ ids^k", k, "", note="VOC layout, 1k-100k ids")
    axes[0].loglog(sizes, dry, "o-", label=f"VOC layout (k = {k:.2f})")
    axes[0].loglog([82081], [coco], "s", label="COCO layout")
    axes[0].set(xlabel="images", ylabel="snakemake -n (s)", title="Dry run")

    repeats = 3 if args.quick else 7
    counts = [50, 100, 200, 400]
    by_masks = [sams_ms(n, 375, 500, repeats, rng) for n in counts]
    k = fitted_exponent(counts, by_masks)
    emit("scaling", "SAMS: exponent k of time ∝ masks^k", k, "", note=f"375x500; {by_masks[0]:.1f} ms at 50, "
         f"{by_masks[-1]:.1f} ms at 400")  # fmt: skip
    axes[1].loglog(counts, by_masks, "o-", label=f"375×500 (k = {k:.2f})")
    axes[1].set(xlabel="masks per image", ylabel="ms per image", title="SAMS against masks")

    shapes = [(188, 250), (375, 500), (750, 1000)] + ([] if args.quick else [(1125, 1500)])
    pixels = [h * w for h, w in shapes]
    by_size = [sams_ms(150, h, w, repeats, rng) for h, w in shapes]
    k = fitted_exponent(pixels, by_size)
    emit("scaling", "SAMS: exponent k of time ∝ pixels^k", k, "", note=f"150 masks; {by_size[1]:.1f} ms at 375x500")
    axes[2].loglog(pixels, by_size, "o-", label=f"150 masks (k = {k:.2f})")
    axes[2].set(xlabel="pixels", ylabel="ms per image", title="SAMS against image size")

    grids = [(12, 16), (24, 32), (32, 43)] + ([] if args.quick else [(48, 64)])
    hws = [h * w for h, w in grids]
    caa = [caa_ms(g, repeats, rng) for g in grids]
    ours, reference = [c[0] for c in caa], [c[1] for c in caa]
    k_ours, k_ref = fitted_exponent(hws, ours), fitted_exponent(hws, reference)
    for hw, o, r in zip(hws, ours, reference):
        emit("scaling", f"CAA per image, hw {hw}", o, "ms", r)
    emit("scaling", "CAA: exponent k of time ∝ hw^k", k_ours, "", note=f"reference's formulation: k = {k_ref:.2f}")
    axes[3].loglog(hws, ours, "o-", label=f"ours (k = {k_ours:.2f})")
    axes[3].loglog(hws, reference, "s--", label=f"reference (k = {k_ref:.2f})")
    axes[3].set(xlabel="patches hw", ylabel="ms per image", title="CAA against hw")

    for ax in axes:
        ax.grid(alpha=0.3, which="both")
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(args.plot, dpi=90)
    print(f"plot: {args.plot}")


if __name__ == "__main__":
    main()
