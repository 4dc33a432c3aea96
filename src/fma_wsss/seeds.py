"""Stages M1/M2: SAM-based seeding, SAMS (METHOD §10): CAMs gathered over quasi-superpixels into pseudo labels.

Per image, every mask takes the mean of each positive class's CAM over its pixels; each class is normalised across
the masks, the background scores (1 − max)^γ, the mask is labelled by the argmax and painted with the priority of
the oracle seeds (level, then confidence), all on the masks' runs (no dense mask). Float32 throughout: the exact ties
of the reference (a class's best mask normalises to exactly 1.0 in float32 and ties with background masks) depend
on it.
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import h5py
import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from .cams import cam_report_from_evals, read_cam_shard
from .data import IGNORE_LABEL, SegDataset, load_label, resize_labels
from .errors import CorruptArtifactError, StaleArtifactError
from .files import atomic_path, write_text_atomic
from .metrics import confusion_matrix, format_percent, percent, scores_from_confusion
from .progress import progress
from .rle import MaskRuns
from .store import open_shard, read_mask_shard, record_provenance

SEED_SHARD_FORMAT = "fma-wsss/seed-shard"


@dataclass
class SamSeed:
    seed: np.ndarray  # uint8 (H, W): 0 = background, c + 1 for fg class c; pixels no mask covers are 0
    mask_score: np.ndarray  # float32 (S, P+1): column 0 = background, then the normalised class scores
    mask_label: np.ndarray  # uint8 (S,)
    mask_conf: np.ndarray  # float32 (S,): the maximum of the mask's scores
    paint_order: np.ndarray  # int64 (S,): mask indices, first painted first
    fg_mean: np.ndarray  # float32 (P, S): mean of max(cam, 0) over each mask, before normalisation


def mask_cam_means(runs: MaskRuns, cam: np.ndarray) -> np.ndarray:
    """float32 (P, S): the mean of max(cam, 0) (cam: (P, H, W) at image size) over each mask; 0 for an empty mask.

    The sums accumulate in float64 (prefix sums over the runs) and are rounded once: within an ulp of the
    reference's dense float32 sum over the whole image, where a float32 sum over the mask's pixels drifts ~10 ulp,
    which the normalisation across masks can magnify to 1e-5."""
    relu = np.maximum(np.asarray(cam, np.float32), np.float32(0))
    sums = runs.sums(relu).astype(np.float32)
    areas = runs.areas().astype(np.float32)
    return np.divide(sums, areas, out=np.zeros_like(sums), where=areas > 0)


def seed_from_means(fg_mean: np.ndarray, runs: MaskRuns, levels: np.ndarray, fg_cls: np.ndarray, gamma: float) -> SamSeed:
    """The SAMS seed of one image from its mask means (mask_cam_means): normalised across masks per class, the
    background (1 − max)^γ, argmax per mask, painted by (level, confidence) with the list order breaking ties."""
    n_pos, n_masks = fg_mean.shape
    norm = _min_max(fg_mean, axis=1) if n_masks else fg_mean
    top = norm.max(axis=0) if n_pos else np.zeros(n_masks, np.float32)
    background = (np.float32(1) - top) ** np.float32(gamma)
    scores = np.concatenate([background[None], norm]).astype(np.float32)  # (P+1, S)
    channel = scores.argmax(axis=0)  # the first maximum: background, then the lower class, wins ties
    labels = np.concatenate([[0], np.asarray(fg_cls, np.int64) + 1])[channel].astype(np.uint8)
    conf = scores.max(axis=0) if n_masks else np.zeros(0, np.float32)
    order = np.lexsort((conf, np.asarray(levels)))  # stable; painted first to last, so (level, conf) decides
    seed = runs.paint(labels, order)
    return SamSeed(seed, scores.T.copy(), labels, conf, order.astype(np.int64), fg_mean)


def sam_seed(runs: MaskRuns, levels: np.ndarray, cam: np.ndarray, fg_cls: np.ndarray, gamma: float) -> SamSeed:
    """The SAMS seed of one image.

    runs: the S masks (fma_wsss.rle.MaskRuns), in stored order (it breaks exact ties); levels: (S,);
    cam: (P, H, W) CAM at image size; fg_cls: (P,) 0-based classes of the CAM channels; gamma: the background power.
    A mask's area is its pixel count (an empty mask scores 0).
    """
    return seed_from_means(mask_cam_means(runs, cam), runs, levels, fg_cls, gamma)


# --------------------------------------------------------------------------------------------------------------
# Seed shards: one per mask shard and CAM shard of the same images


def cam_at_image_size(cam: np.ndarray, hw: tuple[int, int]) -> np.ndarray:
    """(P, h, w) patch-grid CAM -> float32 (P, H, W), bilinear, align_corners=False (METHOD §10 step 1)."""
    x = torch.from_numpy(np.asarray(cam, np.float32))
    if tuple(x.shape[-2:]) != tuple(hw) and len(x):
        x = F.interpolate(x[None], size=tuple(hw), mode="bilinear", align_corners=False)[0]
    return x.reshape(len(x), *hw).numpy() if len(x) else np.zeros((0, *hw), np.float32)


def run_seed_shard(
    mask_shard: Path | str, cam_shard: Path | str, cam_key: str, gammas: list[float], num_classes: int, out: Path | str,
    provenance: dict | None = None,
) -> dict[str, Any]:
    """SAMS seeds, one per γ, of the images of a mask shard and the CAM shard of the same images, written to `out`
    (atomically) as the PNGs the export writes: 8-bit single-channel, values 0..C_fg. cam_key: 'cam_affed'
    (refined) or 'cam'. StaleArtifactError naming both files when they do not hold the same images in the same order
    and size."""
    masks = read_mask_shard(mask_shard)
    cams = list(read_cam_shard(cam_shard))
    cam_ids = [img_id for img_id, _ in cams]
    if cam_ids != masks.ids:
        extra = sorted(set(cam_ids) ^ set(masks.ids))[:5]
        raise StaleArtifactError(f"{mask_shard} and {cam_shard} do not hold the same images in the same order "
                                 f"({len(masks.ids)} vs {len(cam_ids)} ids; differing: {extra or 'order only'}); expected "
                                 "the shards of one shard index of one split")  # fmt: skip
    t0 = time.perf_counter()
    pngs: list[bytes] = []
    pairs = progress(zip(masks, cams), total=len(cams), desc=f"seeds {Path(out).name}")
    for (img_id, mask_set, error), (_, rec) in pairs:
        if mask_set is None:
            raise StaleArtifactError(f"{mask_shard}: image {img_id} has no masks ({error})")
        if (mask_set.height, mask_set.width) != tuple(rec["hw"]):
            raise StaleArtifactError(f"image {img_id} is {mask_set.height}x{mask_set.width} in {mask_shard} but "
                                     f"{rec['hw'][0]}x{rec['hw'][1]} in {cam_shard}")  # fmt: skip
        if cam_key not in rec:
            raise StaleArtifactError(f"{cam_shard}: image {img_id} has no {cam_key!r} (CAA off when it was made?)")
        fg_cls = rec["fg_cls"]
        if len(fg_cls) and int(fg_cls.max()) + 1 >= num_classes:
            raise StaleArtifactError(f"{cam_shard}: image {img_id} has class {int(fg_cls.max())} >= {num_classes - 1} "
                                     "fg classes")  # fmt: skip
        runs = mask_set.runs()
        means = mask_cam_means(runs, cam_at_image_size(rec[cam_key], (mask_set.height, mask_set.width)))
        pngs += [seed_png(seed_from_means(means, runs, mask_set.level, fg_cls, g).seed) for g in gammas]
    write_seed_shard(out, masks.ids, pngs, gammas, provenance)
    return {"images": len(cams), "seconds": time.perf_counter() - t0}


def write_seed_shard(out: Path | str, ids: list[str], pngs: list[bytes], gammas: list[float] | None,
                     provenance: dict | None = None, imported_from: str | None = None) -> None:
    """Write a seed shard atomically: per image one PNG per γ (image-major), or with gammas None one imported seed
    per image (imported_from: the folder it came from)."""
    with atomic_path(out) as tmp, h5py.File(tmp, "w") as f:
        f.attrs["format"] = SEED_SHARD_FORMAT
        f.attrs["gammas"] = np.asarray(gammas or [], np.float64)
        if imported_from is not None:
            f.attrs["imported_from"] = str(imported_from)
        record_provenance(f, provenance)
        f.create_dataset("ids", data=np.array(ids, dtype=object), dtype=h5py.string_dtype())
        f.create_dataset("png", data=np.frombuffer(b"".join(pngs), np.uint8))  # PNG is compressed already
        f.create_dataset("png_offsets", data=np.concatenate([[0], np.cumsum([len(b) for b in pngs])]).astype(np.int64))


def seed_png(seed: np.ndarray) -> bytes:
    """The 8-bit single-channel ('L') PNG of a seed map."""
    buffer = io.BytesIO()
    Image.fromarray(seed, mode="L").save(buffer, format="PNG")
    return buffer.getvalue()


def read_seed_pngs(path: Path | str) -> Iterator[tuple[str, list[bytes], list[float | None]]]:
    """(id, the PNG of each γ, gammas) for every image of a seed shard, in shard order; gammas [None] for imported
    seeds (one per image)."""
    with open_shard(path, "seed shard") as f:
        if f.attrs.get("format") != SEED_SHARD_FORMAT or "png" not in f:
            raise CorruptArtifactError(f"{path}: not a seed shard of this version (format attribute "
                                       f"{f.attrs.get('format')!r}, expected {SEED_SHARD_FORMAT!r} with 'png')")  # fmt: skip
        gammas = [None] if "imported_from" in f.attrs else f.attrs["gammas"].tolist()
        ids, data, offsets = f["ids"].asstr()[()], f["png"][()].tobytes(), f["png_offsets"][()]
    for i, img_id in enumerate(ids):
        k = i * len(gammas)
        yield img_id, [data[offsets[j] : offsets[j + 1]] for j in range(k, k + len(gammas))], gammas


def read_seed_shard(path: Path | str) -> Iterator[tuple[str, np.ndarray, list[float]]]:
    """(id, uint8 (G, H, W) seeds, gammas) for every image of a seed shard, in shard order."""
    for img_id, pngs, gammas in read_seed_pngs(path):
        yield img_id, np.stack([np.asarray(Image.open(io.BytesIO(b))) for b in pngs]), gammas


def seed_shard_eval(dataset: SegDataset, shard_path: Path | str) -> dict[str, Any]:
    """Per γ: the confusion matrix of a seed shard's seeds against the GT (images with GT only), and the statistics
    that need no GT: pixels per class (G, K), images whose seed holds each class (G, K), and images labelled with
    each class (K,) (image-level labels). JSON-ready."""
    k = dataset.num_classes
    confs = pixels = seeded = None
    labelled = np.zeros(k, np.int64)
    gammas, n, n_gt = [], 0, 0
    for img_id, seeds, gammas in progress(read_seed_shard(shard_path), desc=f"seed eval {Path(shard_path).name}"):
        if confs is None:
            confs = np.zeros((len(gammas), k, k), np.int64)
            pixels, seeded = np.zeros((len(gammas), k), np.int64), np.zeros((len(gammas), k), np.int64)
        gt = None
        if dataset.has_gt(img_id):  # imported seeds are at the image's own size; ours at stage I's (max_side)
            imported = gammas == [None]
            gt = load_label(dataset.sample(img_id), k, seeds.shape[1:]) if imported else dataset.label(img_id, seeds.shape[1:])
        labelled += dataset.image_labels(img_id, gt)
        for i, seed in enumerate(seeds):
            counts = np.bincount(seed.ravel(), minlength=k)[:k]
            pixels[i] += counts
            seeded[i] += counts > 0
            if gt is not None:
                ignored = seed == IGNORE_LABEL  # imported pseudo labels may leave pixels out: scored nowhere
                confs[i] += confusion_matrix(np.where(ignored, 0, seed), np.where(ignored, IGNORE_LABEL, gt), k)
        n += 1
        n_gt += gt is not None
    empty = np.zeros((0, k), np.int64)
    return {"split": dataset.split, "images": n, "gt_images": n_gt, "gammas": gammas,
            "confusion": (confs if confs is not None else np.zeros((0, k, k), np.int64)).tolist(),
            "pixels": (pixels if pixels is not None else empty).tolist(),
            "seeded_images": (seeded if seeded is not None else empty).tolist(), "labelled_images": labelled.tolist()}  # fmt: skip


def seed_statistics(evals: list[dict[str, Any]], gamma_index: int, class_names) -> dict[str, Any]:
    """What the seeds of one γ are, without GT: per class its share of all seed pixels (%), the images labelled with
    it, and its coverage (% of those images whose seed holds it); and the foreground share of the pixels (%)."""
    pixels = sum(np.asarray(e["pixels"][gamma_index], np.int64) for e in evals)
    seeded = sum(np.asarray(e["seeded_images"][gamma_index], np.int64) for e in evals)
    labelled = sum(np.asarray(e["labelled_images"], np.int64) for e in evals)
    total = max(int(pixels.sum()), 1)
    per_class = {name: {"pixel_share": 100 * int(pixels[c]) / total, "labelled_images": int(labelled[c]),
                        "seeded_images": int(seeded[c]),
                        "coverage": 100 * int(seeded[c]) / int(labelled[c]) if labelled[c] else None}
                 for c, name in enumerate(class_names) if c > 0}  # fmt: skip
    return {"foreground_share": 100 * int(pixels[1:].sum()) / total, "classes": per_class}


def seed_report_from_evals(evals: list[dict[str, Any]], class_names) -> dict[str, Any]:
    """mIoU and per-class IoU per γ over a split (None without GT), the γ kept: the only one, or the best by GT mIoU
    (METHOD P4; the first listed without GT), and the kept seeds' statistics (seed_statistics)."""
    gammas = evals[0]["gammas"]
    gt_images = sum(e.get("gt_images", e["images"]) for e in evals)
    summed = [sum(np.asarray(e["confusion"][i], np.int64) for e in evals if e["images"]) for i in range(len(gammas))]
    scores = {g: scores_from_confusion(c) for g, c in zip(gammas, summed)}
    best = max(gammas, key=lambda g: -1.0 if np.isnan(scores[g].miou) else scores[g].miou)
    return {
        "split": evals[0]["split"],
        "images": sum(e["images"] for e in evals),
        "gt_images": gt_images,
        "miou_by_gamma": {("imported" if g is None else str(g)): percent(scores[g].miou) for g in gammas},
        "gamma": best,
        "selected_by_gt": len(gammas) > 1 and gt_images > 0,
        "miou": percent(scores[best].miou),
        "class_iou": {c: percent(v) for c, v in zip(class_names, scores[best].cls_iou)},
        **({"statistics": seed_statistics(evals, gammas.index(best), class_names)} if "pixels" in evals[0] else {}),
    }


def _min_max(x: np.ndarray, axis: int) -> np.ndarray:
    """float32 (x − min) / (max − min + 1e-7) along `axis` (METHOD §6.3)."""
    lo, hi = x.min(axis=axis, keepdims=True), x.max(axis=axis, keepdims=True)
    return (x - lo) / (hi - lo + np.float32(1e-7))


def export_seed_pngs(shard_paths: list[Path | str], gamma: float, out_dir: Path | str, manifest: Path | str,
                     full_size: Callable[[str], tuple[int, int]] | None = None) -> int:
    """Write the seeds of `gamma` from seed shards as the reference's `seed/` folder: one 8-bit single-channel ('L')
    PNG per image, `<out_dir>/<id>.png`, values 0..C_fg. Each PNG is written under a temporary name and renamed;
    the manifest (one file name per line, in shard order) is written last, so it exists only when every PNG does.
    full_size (id -> (H, W)): where stage I ran at a bounded size (a folder dataset's max_side), the seeds are
    scaled up to the image's size (nearest). Returns the number of images."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    names = []
    for path in shard_paths:
        for img_id, pngs, gammas in progress(read_seed_pngs(path), desc=f"export {Path(path).name}"):
            if gamma not in gammas:
                raise StaleArtifactError(f"{path}: no seed for γ = {gamma} (it holds {gammas})")
            png = pngs[gammas.index(gamma)]
            if full_size is not None:
                seed = np.asarray(Image.open(io.BytesIO(png)))
                hw = full_size(img_id)
                png = png if seed.shape == tuple(hw) else seed_png(resize_labels(seed, hw))
            with atomic_path(out_dir / f"{img_id}.png") as tmp:
                tmp.write_bytes(png)  # the stored PNG itself where the sizes agree
            names.append(f"{img_id}.png")
    write_text_atomic(manifest, "".join(f"{name}\n" for name in names))
    return len(names)


def stage_report_markdown(steps: dict[str, dict[str, Any]], title: str, images: int, gt_images: int) -> str:
    """Markdown of the stage-I progression. steps: row name -> {"what", "miou", "setting", "class_iou"} (and
    "statistics" for seed rows), in order; images and gt_images: the train split's images and those with GT."""
    if gt_images == images:
        scope = "mIoU of each step's pseudo labels against the GT of the train split."
    elif gt_images:
        scope = f"mIoU of each step's pseudo labels on the {gt_images} of {images} train images that have segmentation GT."
    else:
        scope = (f"The train split's {images} images have no segmentation GT: no mIoU (\"no GT\"); the seed statistics "
                 "below describe the seeds instead.")  # fmt: skip
    lines = [f"# {title}", "", scope + " CAM and CAA rows: argmax seeds at the best background power of their sweep (a "
             "diagnostic, picked on GT as the reference's evaluation does). Seed rows: the seeds themselves. The "
             "oracle row labels every mask with its GT majority: the bound any seed on these masks can reach.", "",
             "| step | what | mIoU | setting |", "|---|---|---|---|"]  # fmt: skip
    for name, step in steps.items():
        lines.append(f"| {name} | {step['what']} | {format_percent(step['miou'], 'no GT')} | {step['setting']} |")
    if gt_images:
        lines += ["", "## IoU per class", "", "| class | " + " | ".join(steps) + " |", "|---|" + "---|" * len(steps)]
        for c in next(iter(steps.values()))["class_iou"]:
            vals = [steps[n]["class_iou"].get(c) for n in steps]
            lines.append(f"| {c} | " + " | ".join(format_percent(v) for v in vals) + " |")
    stats = {name: step["statistics"] for name, step in steps.items() if step.get("statistics")}
    if stats:
        lines += ["", "## Seed statistics (no GT needed)", "",
                  "Pixel share: the class's share of all seed pixels (%). Coverage: of the images labelled with the "
                  "class, the share whose seed holds it (%).", "",
                  "| class | labelled images | " + " | ".join(f"{n}: pixel share | {n}: coverage" for n in stats) + " |",
                  "|---|---|" + "---|---|" * len(stats),
                  "| (foreground) | | " + " | ".join(f"{st['foreground_share']:.1f}% | " for st in stats.values()) + " |"]  # fmt: skip
        for c, first in next(iter(stats.values()))["classes"].items():
            cells = [f"{st['classes'][c]['pixel_share']:.1f}% | {format_percent(st['classes'][c]['coverage'])}"
                     for st in stats.values()]  # fmt: skip
            lines.append(f"| {c} | {first['labelled_images']} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------------------------
# The stage-I report: the progression from CAMs to the pseudo labels


def _cam_steps(cam: dict, task: str, stage: str, imported_from: str | None = None) -> dict[str, dict]:
    """The CAM and CAA rows of a task's progression, from its cam_report_from_evals result."""
    what = f"CAMs imported from {imported_from}" if imported_from else f"learned {task} prompts ({stage[0]})"
    def setting(sweep: dict) -> str:
        return "no GT to pick p by" if sweep["best_miou"] is None else f"best p = {sweep['best_power']}"

    steps = {f"{task} CAM": {"what": what, "miou": cam["best_miou"], "setting": setting(cam),
                             "class_iou": cam["class_iou"]}}  # fmt: skip
    if "caa" in cam["sweeps"]:
        caa = cam["sweeps"]["caa"]
        steps[f"{task} CAA"] = {"what": f"affinity-refined CAMs ({stage[1]})", "miou": caa["best_miou"],
                                "setting": setting(caa), "class_iou": caa["class_iou"]}  # fmt: skip
    return steps


def _seed_step(seeds: dict, what: str) -> dict:
    if seeds["gamma"] is None:  # imported seeds: no γ
        return {"what": what, "miou": seeds["miou"], "setting": "as imported", "class_iou": seeds["class_iou"],
                "statistics": seeds.get("statistics")}  # fmt: skip
    gamma = f"γ = {seeds['gamma']}"
    if seeds["selected_by_gt"]:
        gamma += f", best of {list(seeds['miou_by_gamma'])} by GT mIoU (METHOD P4)"
    elif len(seeds["miou_by_gamma"]) > 1:
        gamma += f", the first of {list(seeds['miou_by_gamma'])} (no GT to choose by)"
    return {"what": what, "miou": seeds["miou"], "setting": gamma, "class_iou": seeds["class_iou"],
            "statistics": seeds.get("statistics")}  # fmt: skip


def stage_report(cam_evals: Iterable[dict], coarse_evals: list[dict], seg_cam_evals: Iterable[dict],
                 fine_evals: list[dict], mask_evals: list[dict], names: tuple[str, ...],
                 cams_from: str | None = None) -> dict[str, Any]:
    """The stage-I progression from per-shard evaluations: steps (CAM, CAA, coarse seeds, seg CAM, seg CAA, fine
    seeds, oracle; each with mIoU, setting and per-class IoU), and the CAM, seed and oracle reports they come from.
    Imported CAMs (cams_from: their folder) have no segmentation task: seg_cam_evals and fine_evals are empty lists.
    The CAM evaluations may be generators (read one at a time: cam_report_from_evals)."""
    from .masks import mask_quality

    tasks = [("cls", "coarse", cam_evals, coarse_evals)] + ([("seg", "fine", seg_cam_evals, fine_evals)] if seg_cam_evals else [])
    cams = {task: cam_report_from_evals(evals, names) for task, _, evals, _ in tasks}
    seeds = {kind: seed_report_from_evals(evals, names) for _, kind, _, evals in tasks}
    oracle = mask_quality(mask_evals, names)
    steps = {**_cam_steps(cams["cls"], "cls", ("I1", "A1"), cams_from),
             "coarse seeds": _seed_step(seeds["coarse"], "SAMS on the quasi-superpixels (M1)")}  # fmt: skip
    if "seg" in cams:
        steps.update({**_cam_steps(cams["seg"], "seg", ("I2", "A2")),
                      "fine seeds": _seed_step(seeds["fine"], "SAMS with the seg CAMs (M2): the pseudo labels")})  # fmt: skip
    steps["oracle"] = {"what": "masks labelled by GT majority (bound)", "miou": oracle["oracle_miou"], "setting": "",
                       "class_iou": oracle["oracle_class_iou"]}  # fmt: skip
    return {"steps": steps, "cams": cams, "seeds": seeds, "oracle": oracle}


def imported_seeds_report(seed_evals: list[dict], names: tuple[str, ...], seeds_from: str) -> dict[str, Any]:
    """The stage-I report of imported pseudo labels (seeds_from): one step, their mIoU against the GT where it
    exists, per-class IoU and the GT-free statistics; no CAM, mask or oracle rows (nothing of ours made them)."""
    seeds = seed_report_from_evals(seed_evals, names)
    return {"steps": {"imported seeds": _seed_step(seeds, f"pseudo labels imported from {seeds_from}")},
            "seeds": {"imported": seeds}}  # fmt: skip
