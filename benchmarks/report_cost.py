"""Cost of the S0 and I1 reports at VOC/COCO sizes: the former single-job formulation vs per-shard evaluation.

Before: one report job looped over the whole split: per image, a dense one-hot matrix product for the masks'
majority labels (S·H·W·K) and an argmax over the mask axis for each painting, and for the CAM power sweep a (P+1, H, W) concatenation and argmax per power.
Now: one evaluation job per shard (in parallel on a cluster), labelling and painting on each mask's own pixel
indices, and the foreground max/argmax
taken once for all powers; the report only sums the per-shard results.

Synthetic VOC-size data (375×500, 150 masks in 3 levels, 21 classes; CAMs with 2 positives on a 24×32 grid,
10 powers). The old formulation is re-created here, as the reference of the comparison.
Run:  python benchmarks/report_cost.py [--images 20] [--split-images 10582] [--shard-size 500] [--jobs 22]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from bench_json import emit
from fma_wsss.cams import cam_report_from_evals, cam_shard_eval, read_cam_shard
from fma_wsss.data import SegDataset
from fma_wsss.masks import NUM_LEVELS, mask_quality, mask_shard_eval
from fma_wsss.metrics import confusion_matrix, scores_from_confusion
from fma_wsss.rle import MaskSet
from fma_wsss.scores import cam_to_score, scores_to_seed, with_background
from fma_wsss.store import MaskShard, write_mask_shard

H, W, K, N_MASKS, POWERS = 375, 500, 21, 150, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]


def fake_voc(root: Path, n: int, rng: np.random.Generator) -> SegDataset:
    for d in ("JPEGImages", "SegmentationClassAug", "ImageSets/SegmentationAug"):
        (root / d).mkdir(parents=True, exist_ok=True)
    ids = [f"2007_{i:06d}" for i in range(n)]
    for img_id in ids:
        Image.fromarray(rng.integers(0, 256, (H, W, 3), dtype=np.uint8)).save(root / "JPEGImages" / f"{img_id}.jpg")
        label = np.zeros((H, W), np.uint8)
        for c in rng.choice(np.arange(1, K), 2, replace=False):
            y, x = rng.integers(0, H - 120), rng.integers(0, W - 160)
            label[y : y + 120, x : x + 160] = c
            label[y, x : x + 160] = 255
        Image.fromarray(label).save(root / "SegmentationClassAug" / f"{img_id}.png")
    lines = "".join(f"/JPEGImages/{i}.jpg /SegmentationClassAug/{i}.png\n" for i in ids)
    (root / "ImageSets/SegmentationAug/train_aug.txt").write_text(lines)
    return SegDataset("voc", root, "train_aug")


def fake_masks(rng: np.random.Generator, n_masks: int = N_MASKS, h: int = H, w: int = W) -> MaskSet:
    """n_masks discs in 3 levels (radii about 10, 30, 70 px at 375×500, scaled with the image)."""
    yy, xx = np.mgrid[:h, :w]
    scale = np.sqrt(h * w / (H * W))
    masks, levels = [], []
    for i in range(n_masks):
        level = i % NUM_LEVELS
        r = (10, 30, 70)[level] * scale * rng.uniform(0.5, 1.5)
        cy, cx = rng.uniform(0, h), rng.uniform(0, w)
        masks.append((yy - cy) ** 2 + (xx - cx) ** 2 < r * r)
        levels.append(level)
    return MaskSet.from_binary(np.stack(masks), np.array(levels))


def dense_paint(masks: np.ndarray, labels: np.ndarray, levels: np.ndarray, confidence: np.ndarray) -> np.ndarray:
    """The former painting: an argmax over the mask axis of the masks sorted by priority."""
    order = np.lexsort((confidence, levels))
    if order.size == 0:
        return np.zeros(masks.shape[1:], np.uint8)
    ranked = masks[order]
    top = np.where(ranked.any(0), ranked.shape[0] - 1 - np.argmax(ranked[::-1], axis=0), -1)
    return np.concatenate([np.zeros(1, np.uint8), np.asarray(labels, np.uint8)[order]])[top + 1]


def old_mask_quality(dataset: SegDataset, shard: MaskShard) -> np.ndarray:
    """The former report loop: dense one-hot majority per image, four dense paintings, one confusion matrix each."""
    conf = np.zeros((K, K), np.int64)
    for img_id, masks, _ in shard:
        gt = dataset.label(img_id, (masks.height, masks.width))
        binary = masks.decode()
        onehot = np.eye(256, K, dtype=np.float32)[gt.ravel()]
        counts = binary.reshape(len(binary), gt.size).astype(np.float32) @ onehot
        total = counts.sum(1)
        labels = counts.argmax(1).astype(np.uint8)
        purity = np.where(total > 0, counts.max(1) / np.maximum(total, 1), 0).astype(np.float32)
        for level in (None, *range(NUM_LEVELS)):
            keep = np.ones(len(binary), bool) if level is None else masks.level == level
            seed = dense_paint(binary[keep], labels[keep], masks.level[keep], purity[keep])
            level_conf = confusion_matrix(seed, gt, K)  # the former report kept one per level too
            if level is None:
                conf += level_conf
    return conf


def old_cam_sweep(dataset: SegDataset, path: Path) -> dict[float, np.ndarray]:
    """The former CAM sweep: per power, the (P+1, H, W) background concatenation and its argmax."""
    confs = {p: np.zeros((K, K), np.int64) for p in POWERS}
    for img_id, rec in read_cam_shard(path):
        gt = dataset.label(img_id, rec["hw"])
        score = cam_to_score(torch.from_numpy(rec["cam"]), rec["hw"])
        fg_cls = torch.from_numpy(rec["fg_cls"])
        for p in POWERS:
            confs[p] += confusion_matrix(scores_to_seed(with_background(score, p), fg_cls).numpy(), gt, K)
    return confs


def write_cam_shard(path: Path, dataset: SegDataset, rng: np.random.Generator) -> None:
    import h5py

    from fma_wsss.cams import CAM_SHARD_FORMAT

    with h5py.File(path, "w") as f:
        f.attrs["format"] = CAM_SHARD_FORMAT
        ids = [s.id for s in dataset.samples]
        f.create_dataset("ids", data=np.array(ids, dtype=object), dtype=h5py.string_dtype())
        for img_id in ids:
            present = np.flatnonzero(np.bincount(dataset.label(img_id).ravel(), minlength=256)[1:K])
            g = f.create_group(f"images/{img_id}")
            g.attrs["height"], g.attrs["width"] = H, W
            g["cam"] = rng.standard_normal((len(present), 24, 32)).astype(np.float32)
            g["fg_cls"] = present.astype(np.uint8)
            g["fg_logit"] = rng.standard_normal(len(present)).astype(np.float32)
            g["all_logit"] = rng.standard_normal(K - 1).astype(np.float32)


def timed(fn, *args):
    t0 = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=20, help="synthetic images timed")
    parser.add_argument("--split-images", type=int, default=10582, help="images of the split projected (VOC train_aug)")
    parser.add_argument("--shard-size", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=22, help="evaluation jobs running at once (a cluster: one per shard)")
    args = parser.parse_args()
    torch.set_num_threads(1)
    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        dataset = fake_voc(tmp / "VOC2012", args.images, rng)
        shard = MaskShard([s.id for s in dataset.samples], [fake_masks(rng) for _ in dataset.samples], [""] * args.images, {})
        write_mask_shard(tmp / "masks.h5", shard)
        write_cam_shard(tmp / "cams.h5", dataset, rng)

        old_conf, t_old_mask = timed(old_mask_quality, dataset, shard)
        mask_eval, t_new_mask = timed(mask_shard_eval, dataset, tmp / "masks.h5")
        assert np.array_equal(np.asarray(mask_eval["confusion"]), old_conf), "the formulations disagree"
        old_cam, t_old_cam = timed(old_cam_sweep, dataset, tmp / "cams.h5")
        cam_eval, t_new_cam = timed(cam_shard_eval, dataset, tmp / "cams.h5", {"cam": POWERS})
        assert all(np.array_equal(np.asarray(c), old_cam[p]) for p, c in zip(POWERS, cam_eval["sweeps"]["cam"]["confusion"]))

        n_shards = -(-args.split_images // args.shard_size)
        _, t_mask_report = timed(mask_quality, [mask_eval] * n_shards, dataset.class_names)
        _, t_cam_report = timed(cam_report_from_evals, [cam_eval] * n_shards, dataset.class_names)

    n = args.images
    waves = -(-n_shards // args.jobs)
    per_shard = args.shard_size
    print(f"VOC-size synthetic data: {H}x{W}, {N_MASKS} masks/image, {len(POWERS)} powers; {n} images timed, 1 thread")
    print(f"projection: {args.split_images} images in {n_shards} shards of {per_shard}, {args.jobs} evaluation jobs at once")
    print(f"{'':<24}{'before s/img':>13}{'now s/img':>11}{'speed-up':>10}{'before: 1 job':>15}{'now: 1 job':>12}"
          f"{f'now: {args.jobs} jobs':>14}")  # fmt: skip
    for name, t_old, t_new, t_report in (("masks, oracle mIoU", t_old_mask, t_new_mask, t_mask_report),
                                         ("CAMs, 10 powers", t_old_cam, t_new_cam, t_cam_report)):  # fmt: skip
        before = t_old / n * args.split_images
        serial = t_new / n * args.split_images + t_report
        now = waves * per_shard * t_new / n + t_report
        print(f"{name:<24}{t_old / n:>13.4f}{t_new / n:>11.4f}{t_old / t_new:>9.1f}x{before / 60:>11.1f} min"
              f"{serial / 60:>8.1f} min{now / 60:>10.1f} min")  # fmt: skip
        emit("report_cost", f"{name} evaluation per image (1 thread)", t_new / n, "s", t_old / n)
        emit("report_cost", f"{name}: VOC train_aug report, {args.jobs} jobs", now / 60, "min", before / 60, target=5)
    print(f"report step alone (sum of {n_shards} shard results): masks {t_mask_report:.3f} s, CAMs {t_cam_report:.3f} s")
    print("target: VOC-scale mask and CAM reports <= 5 min after the shards exist")
    miou = 100 * scores_from_confusion(np.asarray(mask_eval["confusion"])).miou
    print(f"(check: both formulations give the same confusion matrices; synthetic oracle mIoU {miou:.1f})")


if __name__ == "__main__":
    main()
