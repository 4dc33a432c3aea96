"""Stage I1: CAM inference (METHOD §8) and CAM evaluation (§6.3, §11.1).

Per image, single scale: the image is resized (PIL bicubic) so that each side is rounded up to a multiple of the
patch size; the positives are the image-level labels. A shard file (HDF5) holds `ids` (the images in shard order)
and per image a group with
  cam       float32 (P, h, w)  raw Grad-CAM at patch resolution (P positives, ascending class)
  fg_cls    uint8   (P,)       0-based fg classes
  fg_logit  float32 (P,)       logits of the positives
  all_logit float32 (C_fg,)    all fg logits
  att       float16 (hw, hw)   mean attention of the last `att_layers` blocks, CLS row/column removed; only when
                               asked for, uncompressed (gzip costs 26-66 ms per 768² map for 18-30 % less, lzf saves
                               2 %: benchmarks/cam_infer_speed.py)
and attributes height, width. CAMs stay float32 (they are small, and their min-max normalisation is sensitive);
the attention, by far the largest item, is float16 as in the reference.

Evaluation is per shard (`cam_shard_eval`: confusion matrices for every background power, logits and labels), so
that a split's report only sums small per-shard results (`cam_report_from_evals`).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

import numpy as np
import torch
from PIL import Image

from .caa import refine_cam
from .data import SegDataset, shard_slice
from .errors import ConfigError, CorruptArtifactError, StaleArtifactError
from .losses import multilabel_cl_loss
from .metrics import average_precision, confusion_matrix, format_percent, percent, scores_from_confusion
from .progress import progress
from .scores import cam_to_score, seeds_for_powers
from .store import CAM_SHARD_FORMAT, add_cam_record, open_shard, writing_cam_shard

if TYPE_CHECKING:  # open_clip and torchvision load only in the jobs that run CLIP (they cost each job ~2 s)
    from .gradcam import GradCAMCLIP


def ceil_to(x: int, n: int) -> int:
    return -(-x // n) * n


def inference_input(image: np.ndarray, patch: int, scale: float = 1.0) -> torch.Tensor:
    """(1, 3, H', W') normalised input: each side times `scale` (the recipe: 1.0), rounded, then rounded up to a
    multiple of `patch` (one PIL bicubic resize)."""
    from .clip import normalise

    h, w = image.shape[:2]
    size = (ceil_to(round(scale * w), patch), ceil_to(round(scale * h), patch))
    if size != (w, h):
        image = np.asarray(Image.fromarray(image).resize(size, Image.BICUBIC))
    return normalise(image)[None]


def cam_record(
    model: GradCAMCLIP, image: np.ndarray, fg_labels: np.ndarray, att_layers: int, device: str,
    store_att: bool = False, caa: dict[str, Any] | None = None, scale: float = 1.0,
) -> dict[str, np.ndarray]:  # fmt: skip
    """CAM inference on one image, the input `scale` times its size (inference_input). fg_labels: (C_fg,) 0/1. The
    mean attention of the last att_layers blocks is rounded to float16, as the reference stores it, and then kept
    (store_att) and/or used at once by CAA (caa: the cls.caa settings; its result is `cam_affed`)."""
    patch = model.clip.visual.conv1.kernel_size[0]
    x = inference_input(image, patch, scale).to(device)
    labels = torch.as_tensor(fg_labels[None], device=device)
    out = model(x, labels, create_graph=False)
    fg_cls = out.pos_index[:, 1]
    record = {
        "cam": out.pos_cam.detach().float().cpu().numpy(),
        "fg_cls": fg_cls.cpu().numpy().astype(np.uint8),
        "fg_logit": out.logits[0, fg_cls].detach().float().cpu().numpy(),
        "all_logit": out.logits[0, : model.num_fg].detach().float().cpu().numpy(),
    }
    if store_att or caa is not None:
        if not 1 <= att_layers <= len(out.att_weights):  # [-0:] would silently average every block
            raise ConfigError(f"infer.att_layers: {att_layers} is not a number of the CLIP's last blocks (expected "
                              f"1..{len(out.att_weights)}, its depth)")  # fmt: skip
        att = torch.stack(out.att_weights[-att_layers:]).mean(0)[0, 1:, 1:].detach().half()
        if store_att:
            record["att"] = att.cpu().numpy()
        if caa is not None:
            record["cam_affed"] = refined_cam(att, out.pos_cam.detach(), caa)
    return record


def refined_cam(att: torch.Tensor, cam: torch.Tensor, caa: dict[str, Any]) -> np.ndarray:
    """float32 (P, h, w) CAA-refined CAM from the merged attention (hw, hw) and the raw CAM (P, h, w); caa: the
    task's caa settings."""
    out = refine_cam(att.float(), cam.float(), caa["thresh"], caa["n_iters"], caa["sinkhorn_iters"], caa["aff_at"])
    return out.cam.cpu().numpy()


def refine_cam_shard(
    cam_shard: Path | str, caa: dict[str, Any], out: Path | str, device: str = "cpu", provenance: dict | None = None
) -> dict[str, Any]:
    """CAA applied afterwards (caa.fused: false): a CAM shard that stores the attention -> a CAM shard of the same
    images with `cam_affed` added and no attention, written to `out` atomically. What a sweep of CAA settings
    re-runs instead of the Grad-CAM inference. ValueError naming the file if an image has no attention."""
    t0 = time.perf_counter()
    with open_shard(cam_shard, "CAM shard") as f:
        split, ids = f.attrs.get("split", ""), f["ids"].asstr()[()] if "ids" in f else []
    with writing_cam_shard(out, split, list(ids), provenance) as f:
        for img_id, record in progress(read_cam_shard(cam_shard, with_att=True), total=len(ids),
                                       desc=f"caa {Path(out).name}"):  # fmt: skip
            if "att" not in record:
                raise StaleArtifactError(f"{cam_shard}: image {img_id} has no attention (made without --store-att; "
                                 "caa.fused: false needs it)")  # fmt: skip
            att = torch.from_numpy(record.pop("att")).to(device)
            record["cam_affed"] = refined_cam(att, torch.from_numpy(record["cam"]).to(device), caa)
            add_cam_record(f, img_id, record.pop("hw"), record)
    return {"images": len(ids), "seconds": time.perf_counter() - t0}


def run_cam_shard(
    model: GradCAMCLIP, dataset: SegDataset, shard: int, shard_size: int, out: Path | str, att_layers: int,
    device: str = "cpu", store_att: bool = False, caa: dict[str, Any] | None = None, provenance: dict | None = None,
    scale: float = 1.0,
) -> dict[str, Any]:  # fmt: skip
    """CAMs of one shard of `dataset` written to `out` (atomically), each image inferred at `scale` times its size.
    Positives are the image-level labels.
    With caa (the cls.caa settings), the refined CAMs are computed in the same pass (cam_record)."""
    samples = dataset.samples[shard_slice(len(dataset), shard_size, shard)]
    model.eval()
    model.freeze_text()
    t0 = time.perf_counter()
    write_seconds = 0.0
    with writing_cam_shard(out, dataset.split, [s.id for s in samples], provenance) as f:
        for sample in progress(samples, desc=f"cams {dataset.split} shard {shard}"):
            image, present = dataset.image_and_class_labels(sample.id)
            fg = present[1:]
            record = cam_record(model, image, fg.astype(np.int64), att_layers, device, store_att, caa, scale)
            t_write = time.perf_counter()
            add_cam_record(f, sample.id, image.shape[:2], record)
            write_seconds += time.perf_counter() - t_write
    return {"images": len(samples), "seconds": time.perf_counter() - t0, "write_seconds": write_seconds}


def read_cam_shard(
    path: Path | str, with_att: bool = False, keys: tuple[str, ...] | None = None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, record) for every image of a CAM shard, in shard order; ValueError naming the file if it is not one.

    The record holds every item but `att` (with it if with_att), or only `keys`, plus hw = (height, width)."""
    with open_shard(path, "CAM shard") as f:
        if f.attrs.get("format") != CAM_SHARD_FORMAT or "ids" not in f:
            raise CorruptArtifactError(f"{path}: not a CAM shard of this version (format attribute {f.attrs.get('format')!r}, "
                             "expected an 'ids' dataset); re-run infer_cams")  # fmt: skip
        for img_id in f["ids"].asstr()[()]:
            group = f["images"][img_id]
            wanted = keys if keys is not None else [k for k in group if with_att or k != "att"]
            record = {k: group[k][()] for k in wanted}
            record["hw"] = (int(group.attrs["height"]), int(group.attrs["width"]))
            yield img_id, record


CAM_SWEEPS = {"cam": "cam", "caa": "cam_affed"}  # sweep name -> the shard item it evaluates


def cam_shard_eval(dataset: SegDataset, shard_path: Path | str, powers: dict[str, list[float]]) -> dict[str, Any]:
    """What a CAM report needs from one shard: per sweep ('cam' for the CAMs, 'caa' for the refined CAMs when the
    shard holds them) and background power p, the confusion matrix of the argmax seeds (bg = (1 − max score)^p,
    METHOD §11.1) over the shard's images that have GT; and the fg logits (when the shard has them: imported CAMs
    may not) and image labels for the classification scores. powers: sweep name -> powers. JSON-ready (lists)."""
    k = dataset.num_classes
    confs: dict[str, dict[float, np.ndarray]] = {}
    logits, labels, n_images, n_gt = [], [], 0, 0
    for img_id, rec in progress(read_cam_shard(shard_path), desc=f"CAM eval {Path(shard_path).name}"):
        n_images += 1
        gt = dataset.label(img_id, rec["hw"]) if dataset.has_gt(img_id) else None  # read once for every sweep
        n_gt += gt is not None
        fg_cls = torch.from_numpy(rec["fg_cls"])
        for sweep, sweep_powers in powers.items():
            if CAM_SWEEPS[sweep] not in rec:
                continue
            conf = confs.setdefault(sweep, {p: np.zeros((k, k), np.int64) for p in sweep_powers})
            if gt is None:
                continue
            score = cam_to_score(torch.from_numpy(rec[CAM_SWEEPS[sweep]]), rec["hw"])
            for p, seed in seeds_for_powers(score, fg_cls, sweep_powers):
                conf[p] += confusion_matrix(seed.numpy(), gt, k)
        if "all_logit" in rec:
            present = np.zeros(k - 1, np.int64)
            present[rec["fg_cls"]] = 1
            logits.append(rec["all_logit"].astype(np.float32).tolist())
            labels.append(present.tolist())
    return {
        "split": dataset.split,
        "images": n_images,
        "gt_images": n_gt,
        "sweeps": {name: {"powers": list(c), "confusion": [m.tolist() for m in c.values()]} for name, c in confs.items()},
        "logits": logits,
        "labels": labels,
    }


def classification_quality(logits: np.ndarray, labels: np.ndarray) -> dict[str, float]:
    """Image-level classification by fg logits (N, C_fg) against 0/1 labels (N, C_fg): mAP (%, mean AP over the fg
    classes that have a positive) and the multi-label CL loss (METHOD §7.2, what T1 minimises) on whole images;
    None for both without logits (imported CAMs)."""
    if not len(logits):
        return {"map": None, "cl_loss": None}
    ap = [average_precision(logits[:, c], labels[:, c]) for c in range(labels.shape[1]) if labels[:, c].any()]
    cl = multilabel_cl_loss(torch.from_numpy(logits), torch.from_numpy(labels))
    return {"map": 100 * float(np.mean(ap)) if ap else float("nan"), "cl_loss": float(cl)}


def sweep_result(confusions: list[np.ndarray], powers: list[float], class_names) -> dict[str, Any]:
    """mIoU per power, the best power, its mIoU and per-class IoU, from summed confusion matrices (one per power).
    Without GT (all-zero matrices) every mIoU is None and the best power is the first."""
    scores = {p: scores_from_confusion(c) for p, c in zip(powers, confusions)}
    best = max(powers, key=lambda p: -1.0 if np.isnan(scores[p].miou) else scores[p].miou)
    return {
        "miou_by_power": {str(p): percent(scores[p].miou) for p in powers},
        "best_power": best,
        "best_miou": percent(scores[best].miou),
        "class_iou": {c: percent(v) for c, v in zip(class_names, scores[best].cls_iou)},
    }


def cam_report_from_evals(evals: Iterable[dict[str, Any]], class_names: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """One prompt variant's CAM quality over a split, from the cam_shard_eval results of its shards: per sweep
    ('cam', and 'caa' when refined CAMs exist) mIoU per p, the best p and per-class IoU at the best p; and the
    classification mAP and CL loss. The results are taken one at a time (a generator of files read one by one keeps
    one shard's JSON in memory, and each shard's per-image logits as float32 arrays)."""
    first, summed, logits, labels, images, gt_images = None, {}, [], [], 0, 0
    for e in evals:
        powers = {n: s["powers"] for n, s in e["sweeps"].items()}
        if first is None:
            first = {"split": e["split"], "powers": powers}
            summed = {n: [0] * len(p) for n, p in powers.items()}
        elif e["split"] != first["split"] or powers != first["powers"]:
            raise StaleArtifactError(f"CAM shard evaluations disagree: sweeps {list(powers)} vs {list(first['powers'])}, "
                                     f"split {e['split']!r} vs {first['split']!r}")  # fmt: skip
        for name, sweep in e["sweeps"].items():
            summed[name] = [total + np.asarray(c, np.int64) for total, c in zip(summed[name], sweep["confusion"])]
        logits.append(np.asarray(e["logits"], np.float32).reshape(-1, len(class_names) - 1))
        labels.append(np.asarray(e["labels"], np.int64).reshape(logits[-1].shape))
        images, gt_images = images + e["images"], gt_images + e.get("gt_images", e["images"])
    if first is None:
        raise StaleArtifactError("no CAM shard evaluations to report (expected at least one cam-eval file)")
    sweeps = {name: sweep_result(summed[name], powers, class_names) for name, powers in first["powers"].items()}
    return {"split": first["split"], "images": images, "gt_images": gt_images, **sweeps["cam"], "sweeps": sweeps,
            **classification_quality(np.concatenate(logits), np.concatenate(labels))}  # fmt: skip


def cam_report_markdown(results: dict[str, dict[str, Any]], title: str) -> str:
    """Markdown: one row per prompt variant (classification mAP and CL loss, best p, mIoU at best p, mIoU for
    every p), the refined CAMs (CAA) of the variants that have them, then per-class IoU at the best p.
    results: name -> cam_report_from_evals output."""
    first = next(iter(results.values()))
    powers = list(first["miou_by_power"])
    lines = [f"# {title}", "", "CAM seeds: argmax over [(1 − max score)^p ; scores] at image size (METHOD §6.3), scored on "
             "the images with segmentation GT; cls mAP and CL loss from the image-level labels.", "",
             "| prompts | split | images | with GT | cls mAP | CL loss | best p | mIoU (best p) | "
             + " | ".join(f"p={p}" for p in powers) + " |",
             "|---|---|---|---|---|---|---|---|" + "---|" * len(powers)]  # fmt: skip
    for name, r in results.items():
        sweep = " | ".join(format_percent(r["miou_by_power"][p]) for p in powers)
        loss = "—" if r["cl_loss"] is None else f"{r['cl_loss']:.3f}"
        lines.append(f"| {name} | {r['split']} | {r['images']} | {r['gt_images']} | {format_percent(r['map'])} | {loss} "
                     f"| {r['best_power']} | {format_percent(r['best_miou'], 'no GT')} | {sweep} |")  # fmt: skip
    columns = {name: r for name, r in results.items()}
    refined = {f"{name} + CAA": r["sweeps"]["caa"] for name, r in results.items() if "caa" in r["sweeps"]}
    if refined:
        caa_powers = list(next(iter(refined.values()))["miou_by_power"])
        lines += ["", "## Refined CAMs (CAA, METHOD §9)", "",
                  "| CAMs | best p | mIoU (best p) | " + " | ".join(f"p={p}" for p in caa_powers) + " |",
                  "|---|---|---|" + "---|" * len(caa_powers)]  # fmt: skip
        for name, r in refined.items():
            sweep = " | ".join(format_percent(r["miou_by_power"][p]) for p in caa_powers)
            lines.append(f"| {name} | {r['best_power']} | {format_percent(r['best_miou'], 'no GT')} | {sweep} |")
        columns.update(refined)
    if not first["gt_images"]:
        lines += ["", f"No segmentation GT in split {first['split']}: no CAM mIoU; the seeds report gives the seeds' "
                  "statistics instead."]  # fmt: skip
        return "\n".join(lines) + "\n"
    lines += ["", "## IoU per class at the best p", "", "| class | " + " | ".join(columns) + " |", "|---|" + "---|" * len(columns)]
    for c in first["class_iou"]:
        vals = [columns[n]["class_iou"][c] for n in columns]
        lines.append(f"| {c} | " + " | ".join(format_percent(v) for v in vals) + " |")
    return "\n".join(lines) + "\n"
