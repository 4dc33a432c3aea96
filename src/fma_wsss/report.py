"""The run's report: one self-contained HTML file with every mIoU table, per-class IoU bar charts, the curves of
the sweeps and of training, a gallery of a fixed sample of images through every stage, and the run's provenance.

It reads only what the stages wrote (their report JSONs, training summaries, shards and seed PNGs); pictures are
PNGs embedded as data URIs, so the file can be mailed or attached to a paper's supplement as it is.
"""

from __future__ import annotations

import base64
import datetime
import html
import importlib.metadata
import io
import json
import os
import platform
import subprocess
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import yaml  # noqa: E402
from PIL import Image  # noqa: E402

from .cams import read_cam_shard  # noqa: E402
from .data import IGNORE_LABEL, SegDataset, resize_labels, voc_palette  # noqa: E402
from .metrics import format_percent  # noqa: E402
from .seeds import cam_at_image_size  # noqa: E402
from .rle import MaskSet  # noqa: E402
from .store import read_mask_shard  # noqa: E402

GALLERY_COLUMNS = ("image", "GT", "CAM", "refined CAM", "quasi-superpixels", "coarse seed", "fine seed",
                   "stage II")  # fmt: skip
LEVEL_COLOURS = np.array([[230, 60, 60], [60, 190, 60], [60, 110, 235]], np.float32)  # SAM levels 0, 1, 2
PACKAGES = ("fma-wsss", "torch", "open_clip_torch", "segment_anything", "snakemake", "mmsegmentation", "mmengine",
            "mmcv", "numpy", "h5py", "pycocotools", "matplotlib")  # fmt: skip

# --------------------------------------------------------------------------------------------------------------
# Pictures: (H, W, 3) uint8 arrays


def colour_labels(label: np.ndarray) -> np.ndarray:
    """(H, W) class indices -> (H, W, 3) uint8 in the VOC palette; ignore (255) is white."""
    palette = np.asarray(voc_palette(), np.uint8)
    rgb = palette[label]
    rgb[label == IGNORE_LABEL] = 255
    return rgb


def cam_overlay(image: np.ndarray, cam: np.ndarray) -> np.ndarray:
    """image (H, W, 3) uint8 and a CAM (P, h, w) of its positive classes -> the per-pixel max over classes,
    min-max normalised, as a jet heat map blended half and half with the image. No class: the image, darkened."""
    if len(cam) == 0:
        return (image * 0.5).astype(np.uint8)
    heat = cam_at_image_size(cam, image.shape[:2]).max(0)
    heat = (heat - heat.min()) / max(float(heat.max() - heat.min()), 1e-8)
    jet = plt.get_cmap("jet")(heat)[..., :3] * 255
    return (0.5 * image + 0.5 * jet).astype(np.uint8)


def quasi_superpixel_picture(masks: MaskSet) -> np.ndarray:
    """Every mask filled with a shade of its level's colour (level 0 red, 1 green, 2 blue), larger masks painted
    first so the smaller ones stay visible; uncovered pixels black. (H, W, 3) uint8."""
    dense = masks.decode()
    rgb = np.zeros((masks.height, masks.width, 3), np.uint8)
    rng = np.random.default_rng(0)
    shades = rng.uniform(0.4, 1.0, len(dense))
    jitter = rng.uniform(-45, 45, (len(dense), 3))  # neighbours of one level stay apart
    for k in np.argsort(-dense.reshape(len(dense), -1).sum(1), kind="stable"):
        level = int(masks.level[k]) % len(LEVEL_COLOURS)
        rgb[dense[k]] = np.clip(LEVEL_COLOURS[level] * shades[k] + jitter[k], 0, 255).astype(np.uint8)
    return rgb


def png_data_uri(picture: np.ndarray) -> str:
    buffer = io.BytesIO()
    Image.fromarray(picture).save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def chart_html(fig: plt.Figure, alt: str) -> str:
    """The figure as an embedded PNG <img> (the figure is closed)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    uri = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    return f"<img class='chart' alt='{html.escape(alt)}' src='{uri}'>"


# --------------------------------------------------------------------------------------------------------------
# Charts


def class_iou_chart(rows: dict[str, dict[str, float | None]], title: str) -> plt.Figure:
    """Grouped bars: one group per class, one bar per row (a step or checkpoint), IoU in %."""
    classes = list(next(iter(rows.values())))
    fig, ax = plt.subplots(figsize=(max(6.0, 0.9 * len(classes) * max(1, len(rows)) / 3), 3.6))
    width = 0.8 / len(rows)
    x = np.arange(len(classes))
    for k, (name, ious) in enumerate(rows.items()):
        ax.bar(x + (k - (len(rows) - 1) / 2) * width, [ious.get(c) or 0.0 for c in classes], width, label=name)
    ax.set_xticks(x, classes, rotation=45 if len(classes) > 8 else 0, ha="right" if len(classes) > 8 else "center")
    ax.set_ylabel("IoU (%)")
    ax.set_ylim(0, 100)
    ax.set_title(title)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.grid(axis="y", alpha=0.3)
    return fig


def sweep_chart(curves: dict[str, dict[float, float]], xlabel: str, title: str) -> plt.Figure:
    """mIoU against a swept setting (background power p, or γ), one line per curve; its best point marked."""
    fig, ax = plt.subplots(figsize=(6.0, 3.6))
    for name, points in curves.items():
        points = {x: v for x, v in points.items() if v is not None}  # no GT: nothing to draw
        if not points:
            continue
        xs = sorted(points)
        line = ax.plot(xs, [points[x] for x in xs], marker="o", label=name)[0]
        best = max(xs, key=lambda x: points[x])
        ax.plot([best], [points[best]], marker="*", markersize=14, color=line.get_color())
    low, high = ax.get_ylim()
    middle = (low + high) / 2
    ax.set_ylim(min(low, middle - 5), max(high, middle + 5))  # a lone point (one γ) gets a readable axis
    ax.set_xlabel(xlabel)
    ax.set_ylabel("mIoU (%)")
    ax.set_title(title)
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    return fig


def training_chart(series: dict[str, list[dict[str, float]]], keys: tuple[str, ...], title: str) -> plt.Figure:
    """One panel per key (e.g. loss, lr) against iteration, one line per series (a task, a run)."""
    fig, axes = plt.subplots(1, len(keys), figsize=(5.0 * len(keys), 3.4), squeeze=False)
    for ax, key in zip(axes[0], keys):
        for name, rows in series.items():
            points = [(r["iteration"], r[key]) for r in rows if r.get(key) is not None]
            if points:
                ax.plot(*zip(*points), marker="." if len(points) < 30 else None, label=name)
        ax.set_xlabel("iteration")
        ax.set_ylabel(key)
        if key == "lr":
            ax.set_yscale("log")
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle(title)
    return fig


# --------------------------------------------------------------------------------------------------------------
# Tables


def html_table(header: list[str], rows: list[list[Any]]) -> str:
    """An HTML table; floats to one decimal, None as an em dash."""

    def cell(v: Any) -> str:
        if v is None:
            return "—"
        if isinstance(v, float):
            return f"{v:.1f}"
        return html.escape(str(v))

    def td(v: Any) -> str:
        numeric = isinstance(v, (int, float)) or v is None
        return f"<td class='num'>{cell(v)}</td>" if numeric else f"<td>{cell(v)}</td>"

    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(td(v) for v in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def progression_rows(seeds_report: dict[str, Any], stage2_evals: dict[str, dict[str, Any]]) -> list[list[Any]]:
    """[step, what, setting, split, mIoU] from stage-I's report steps, then stage II's checkpoints."""
    rows = [[name, s["what"], s["setting"], seeds_report.get("seeds", {}).get("coarse", {}).get("split", "train"),
             s["miou"]] for name, s in seeds_report["steps"].items()]  # fmt: skip
    for name, e in stage2_evals.items():
        setting = "chosen by val mIoU (GT-selected)" if e.get("selected_by_gt") else "last iteration"
        what = f"{e.get('model', 'Mask2Former')} on the {e.get('trained_on', 'fine seeds')}"
        rows.append([f"stage II {name}", what, setting, e["split"], e["miou"]])
        if e.get("tta"):
            flip = " + flips" if e["tta"]["flip"] else ""
            rows.append([f"stage II {name} (TTA)", f"{what}, test scale × {e['tta']['scales']}{flip} (the paper: single scale)",
                         setting, e["split"], e["tta"]["miou"]])  # fmt: skip
    return rows


def cam_variant_rows(cams_report: dict[str, Any]) -> list[list[Any]]:
    """[variant, best p, CAM mIoU, CAA best p, CAA mIoU, mAP, CL loss] per prompt variant of the CAM report."""
    rows = []
    for name, r in cams_report.items():
        caa = r.get("sweeps", {}).get("caa")
        rows.append([name, r["best_power"], r["best_miou"], caa["best_power"] if caa else None,
                     caa["best_miou"] if caa else None, r.get("map"), r.get("cl_loss")])  # fmt: skip
    return rows


def mask_rows(masks_report: dict[str, Any]) -> list[list[Any]]:
    """[split, images, oracle mIoU, oracle by level, masks/image, coverage %, bytes/image] per split."""
    return [[s["split"], s["images"], s["oracle_miou"], " / ".join(format_percent(v) for v in s["oracle_miou_by_level"]),
             s["masks_per_image"], 100 * s["coverage"], s["bytes_per_image"]] for s in masks_report["splits"]]  # fmt: skip


# --------------------------------------------------------------------------------------------------------------
# Provenance


def clip_record(experiment_cfg: dict[str, Any], repo: Path | str = ".") -> dict[str, Any] | None:
    """The record the toy_clip rule writes beside the toy CLIP it pretrains (`<checkpoint>.json`: settings, code
    hash, zero-shot top-1, logit scale, seconds), for the experiment's clip checkpoint; None where there is none
    (ViT-B/16 ships without one) and {"error": why} where it cannot be read."""
    checkpoint = (experiment_cfg.get("clip") or {}).get("checkpoint")
    path = Path(repo) / f"{checkpoint}.json" if checkpoint else None
    if path is None or not path.is_file():
        return None
    try:
        record = json.loads(path.read_text())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        return {"error": f"{path}: {err}"}
    return record if isinstance(record, dict) else {"error": f"{path}: not a JSON object"}


def provenance(experiment: str, experiment_cfg: dict[str, Any], repo: Path | str = ".") -> dict[str, Any]:
    """What made this run: the experiment's config, package versions, git commit (and whether the tree had
    uncommitted edits), date (UTC), machine, and the record of its toy CLIP (clip_record) where it has one."""
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "not installed"

    def git(*args: str) -> str:
        try:
            out = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, timeout=20)
            return out.stdout.strip() if out.returncode == 0 else ""
        except (OSError, subprocess.TimeoutExpired):
            return ""

    commit = git("rev-parse", "HEAD") or "not a git checkout"
    dirty = git("status", "--porcelain", "--untracked-files=no")
    machine = f"{platform.node()} · {platform.platform()} · {platform.machine()} · {os.cpu_count()} CPUs"
    try:
        import torch

        if torch.cuda.is_available():
            machine += " · " + ", ".join(torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count()))
    except ImportError:
        pass
    return {
        "experiment": experiment, "config": experiment_cfg, "versions": versions,
        "commit": commit + (f" (+{len(dirty.splitlines())} uncommitted edits)" if dirty else ""),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "machine": machine,
        "clip_record": clip_record(experiment_cfg, repo),
    }  # fmt: skip


# --------------------------------------------------------------------------------------------------------------
# Gallery


def _shard_of(paths: list[Path], index: int, shard_size: int) -> Path:
    return paths[min(index // shard_size, len(paths) - 1)]


def gallery_rows(
    dataset: SegDataset,
    ids: list[str],
    shard_size: int,
    mask_shards: list[Path],
    cam_shards: list[Path],
    refined_shards: list[Path],
    seed_dirs: dict[str, Path],
    stage2_dir: Path | None,
) -> list[dict[str, np.ndarray | None]]:
    """For each id: one picture per GALLERY_COLUMNS (None where the run has no such artifact). Shards are read by
    the image's position in the split (shard k holds positions k·shard_size … (k+1)·shard_size − 1)."""
    position = {img_id: k for k, img_id in enumerate(dataset.samples.ids)}
    # Shard path -> the kinds wanted from it and for which ids (CAM and refined CAM share shards when CAA is fused).
    wanted: dict[Path, tuple[set[str], set[str]]] = {}
    for img_id in ids:
        k = position[img_id]
        for kind, paths in (("masks", mask_shards), ("cam", cam_shards), ("cam_affed", refined_shards)):
            if paths:
                kinds, want = wanted.setdefault(_shard_of(paths, k, shard_size), (set(), set()))
                kinds.add(kind)
                want.add(img_id)
    found: dict[tuple[str, str], Any] = {}
    for path, (kinds, want) in wanted.items():
        if kinds == {"masks"}:
            for img_id, masks, _ in read_mask_shard(path):
                if img_id in want and masks is not None:
                    found["masks", img_id] = masks
        else:
            for img_id, record in read_cam_shard(path, keys=(*sorted(kinds), "fg_cls")):
                if img_id in want:
                    found.update({(kind, img_id): record[kind] for kind in kinds})
    rows = []
    for img_id in ids:
        image, label = dataset.image_and_gt(img_id) if dataset.has_gt(img_id) else (dataset.image(img_id), None)
        row: dict[str, np.ndarray | None] = {"image": image, "GT": colour_labels(label) if label is not None else None}
        for column, kind in (("CAM", "cam"), ("refined CAM", "cam_affed")):
            row[column] = cam_overlay(image, found[kind, img_id]) if (kind, img_id) in found else None
        masks = found.get(("masks", img_id))
        row["quasi-superpixels"] = quasi_superpixel_picture(masks) if masks is not None else None
        hw = image.shape[:2]  # seeds and predictions at the image's own size are shown at stage I's (max_side)
        for column, folder in (("coarse seed", seed_dirs.get("coarse")), ("fine seed", seed_dirs.get("fine")),
                               ("stage II", stage2_dir)):  # fmt: skip
            row[column] = _label_picture(folder, img_id, hw)
        if "imported" in seed_dirs:  # a column of its own, only in runs on imported pseudo labels
            row["imported seed"] = _label_picture(seed_dirs["imported"], img_id, hw)
        rows.append({"id": img_id, **row})
    return rows


def _label_picture(folder: Path | str | None, img_id: str, hw: tuple[int, int]) -> np.ndarray | None:
    """The colour picture of <folder>/<id>.png (a seed or prediction) at hw (nearest), None where there is none."""
    png = Path(folder) / f"{img_id}.png" if folder is not None else None
    if png is None or not png.is_file():
        return None
    return colour_labels(resize_labels(np.asarray(Image.open(png)), hw))


def gallery_html(rows: list[dict[str, Any]]) -> str:
    columns = [c for c in (*GALLERY_COLUMNS[:-1], "imported seed", GALLERY_COLUMNS[-1])
               if c in GALLERY_COLUMNS or any(c in row for row in rows)]
    header = "<th>id</th>" + "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = [f"<td class='id'>{html.escape(row['id'])}</td>"]
        for column in columns:
            picture = row.get(column)
            cells.append(f"<td><img class='panel' alt='{html.escape(column)} of {html.escape(row['id'])}' "
                         f"src='{png_data_uri(picture)}'></td>" if picture is not None else "<td>—</td>")  # fmt: skip
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table class='gallery'><thead><tr>{header}</tr></thead><tbody>{''.join(body)}</tbody></table>"


# --------------------------------------------------------------------------------------------------------------
# The page

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1300px; color: #222; }
h1 { margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 1.8em; }
nav a { margin-right: 1em; } table { border-collapse: collapse; margin: 0.8em 0; }
th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; } th { background: #f3f3f3; }
td.num { text-align: right; font-variant-numeric: tabular-nums; } img.chart { max-width: 100%; margin: 0.4em 0.6em 0 0; }
table.gallery td { padding: 2px; text-align: center; } td.id { font-family: monospace; font-size: 0.85em; }
img.panel { height: 128px; image-rendering: pixelated; } pre { background: #f6f6f6; padding: 0.8em; overflow-x: auto; }
p.note { color: #555; max-width: 70em; }
"""


def _has_scores(rows: dict[str, dict[str, float | None]]) -> bool:
    """Whether any per-class IoU exists (without GT all are None, and a chart would be empty)."""
    return any(v is not None for ious in rows.values() for v in ious.values())


def seed_statistics_html(seeds_report: dict[str, Any]) -> str:
    """The seeds' statistics that need no GT (per class: pixel share, images labelled, coverage), one column pair
    per seed step; '' when the report has none."""
    stats = {name: s["statistics"] for name, s in seeds_report["steps"].items() if s.get("statistics")}
    if not stats:
        return ""
    first = next(iter(stats.values()))["classes"]
    header = ["class", "labelled images", *(f"{n}: {what}" for n in stats for what in ("pixel share %", "coverage %"))]
    rows = [["(foreground)", None, *(v for st in stats.values() for v in (st["foreground_share"], None))]]
    rows += [[c, first[c]["labelled_images"], *(v for st in stats.values()
                                                for v in (st["classes"][c]["pixel_share"], st["classes"][c]["coverage"]))]
             for c in first]  # fmt: skip
    return ("<h3>Seed statistics (no GT needed)</h3><p class='note'>Pixel share: the class's share of all seed pixels. "
            "Coverage: of the images labelled with the class, the share whose seed holds it.</p>" + html_table(header, rows))  # fmt: skip


def _miou_section(seeds_report: dict[str, Any], stage2_evals: dict[str, dict[str, Any]]) -> str:
    """The progression table, per-class IoU of every step (table and chart) and the seed statistics."""
    body = html_table(["step", "what", "setting", "split", "mIoU"], progression_rows(seeds_report, stage2_evals))
    classes = {name: s["class_iou"] for name, s in seeds_report["steps"].items()}
    classes.update({f"stage II {n}": e["class_iou"] for n, e in stage2_evals.items()})
    names = list(next(iter(classes.values())))
    if _has_scores(classes):
        body += "<h3>Per-class IoU (%)</h3>" + html_table(["class", *classes],
                                                         [[c, *(classes[s].get(c) for s in classes)] for c in names])  # fmt: skip
        body += chart_html(class_iou_chart(classes, "Per-class IoU"), "per-class IoU")
    else:
        body += "<p class='note'>No segmentation GT for these images: no mIoU; the seed statistics describe the seeds.</p>"
    return body + seed_statistics_html(seeds_report)


def _curves(cams_report: dict[str, Any] | None, seeds_report: dict[str, Any] | None,
            prompt_histories: dict[str, list[dict[str, float]]],
            stage2_history: dict[str, list[dict[str, float]]] | None) -> list[tuple[str, Any]]:
    """(alt text, figure) of the CAM and γ sweeps and the training curves that have data."""
    curves = []
    variants = {**(cams_report or {}), **((seeds_report or {}).get("cams") or {})}  # + the seg task's CAMs
    if any(v is not None for r in variants.values() for res in r.get("sweeps", {}).values()
           for v in res["miou_by_power"].values()):  # fmt: skip
        power = {f"{name} {sweep.upper()}": {float(p): v for p, v in res["miou_by_power"].items()}
                 for name, r in variants.items() for sweep, res in r.get("sweeps", {}).items()}  # fmt: skip
        curves.append(("mIoU against the background power p", sweep_chart(power, "background power p", "CAM sweeps")))
    if seeds_report and any(v is not None for name, s in (seeds_report.get("seeds") or {}).items() if name != "imported"
                            for v in s["miou_by_gamma"].values()):  # fmt: skip
        gamma = {name: {float(g): v for g, v in s["miou_by_gamma"].items()} for name, s in seeds_report["seeds"].items()
                 if name != "imported"}  # imported seeds have no γ
        curves.append(("mIoU against γ", sweep_chart(gamma, "γ", "SAMS seeds")))
    for task, history in prompt_histories.items():
        curves.append((f"Prompt learning: {task}", training_chart({task: history}, ("loss", "lr"),
                                                                  f"Prompt learning ({task} task)")))  # fmt: skip
        logged = [r for r in history if r.get("class_softmax")]
        if logged:  # the seg task: the softmax share its Grad-CAMs are the gradient of, per class
            series = {name: [{"iteration": r["iteration"], "p_c": r["class_softmax"][name]} for r in logged]
                      for name in logged[0]["class_softmax"]}  # fmt: skip
            curves.append((f"Prompt learning: {task}, softmax share per class", training_chart(
                series, ("p_c",), f"{task} task: mean softmax share p_c of each class's positives")))  # fmt: skip
    if stage2_history and stage2_history.get("train"):
        curves.append(("Stage II training", training_chart({"train": stage2_history["train"]}, ("loss", "lr"),
                                                           "Stage II training")))  # fmt: skip
    if stage2_history and stage2_history.get("val"):
        curves.append(("Stage II validation", training_chart({"val": stage2_history["val"]}, ("miou",),
                                                             "Stage II val mIoU")))  # fmt: skip
    return curves


def _cl_scale_note(config: dict[str, Any]) -> str:
    """A note where T1's CL loss read another logit scale than the CLIP's own (cls.train.cl_logit_scale); else ""."""
    scale = ((config.get("cls") or {}).get("train") or {}).get("cl_logit_scale")
    if scale is None:
        return ""
    return (f"<p class='note'>T1 learned its prompts from the CL loss at logit scale {scale:g} "
            "(cls.train.cl_logit_scale), not the CLIP's own; every CAM here is computed at the CLIP's own scale "
            "(docs/toy.md).</p>")


def _toy_visibility_note(config: dict[str, Any]) -> str:
    """A note where the toy dataset keeps each labelled shape partly in view (dataset.toy.min_visible); else ""."""
    dataset = config.get("dataset") or {}
    share = (dataset.get("toy") or {}).get("min_visible") if dataset.get("kind") == "toy" else None
    if not share:
        return ""
    return (f"<p class='note'>Every labelled shape of this toy keeps at least {share:.0%} of its pixels in view under "
            "the shapes painted after it (dataset.toy.min_visible), as the toy CLIP's captions name a shape only then "
            "(docs/toy.md).</p>")


def _clip_record_html(record: dict[str, Any] | None) -> str:
    """The toy CLIP's record as a short paragraph and its pretraining settings; "" without a record."""
    if not record:
        return ""
    if "error" in record:
        return f"<h3>Frozen CLIP</h3><p class='warn'>Its record could not be read: {html.escape(record['error'])}</p>"
    facts = [f"zero-shot shape top-1 {record['holdout_top1']:.3f} on held-out corpus crops" if "holdout_top1" in record else "",
             f"logit scale {record['logit_scale']:.1f}" if "logit_scale" in record else "",
             f"pretrained in {record['seconds']:.0f} s" if "seconds" in record else "",
             f"code hash {record['code_hash']}" if "code_hash" in record else ""]  # fmt: skip
    return ("<h3>Frozen CLIP</h3><p class='note'>The toy CLIP of this run, pretrained by the toy_clip rule on a generated "
            "caption corpus and frozen like ViT-B/16 (docs/toy.md): " + html.escape("; ".join(f for f in facts if f)) + ".</p>"
            + html_table(["pretraining setting", "value"], [[k, v] for k, v in (record.get("settings") or {}).items()]))  # fmt: skip


def _provenance_html(prov: dict[str, Any]) -> str:
    prov_rows = [["experiment", prov["experiment"]], ["git commit", prov["commit"]], ["date", prov["date"]],
                 ["machine", prov["machine"]]] + [[f"{k}", v] for k, v in prov["versions"].items()]  # fmt: skip
    return html_table(["", "value"], prov_rows) + _clip_record_html(prov.get("clip_record")) + (
        "<h3>Experiment config</h3><pre>" + html.escape(yaml.safe_dump(prov["config"], sort_keys=False, allow_unicode=True))
        + "</pre>")  # fmt: skip


def render_report(
    title: str,
    masks_report: dict[str, Any] | None,
    cams_report: dict[str, Any] | None,
    seeds_report: dict[str, Any] | None,
    prompt_histories: dict[str, list[dict[str, float]]],
    stage2_evals: dict[str, dict[str, Any]],
    stage2_history: dict[str, list[dict[str, float]]] | None,
    gallery: list[dict[str, Any]],
    prov: dict[str, Any],
    start_draws: dict[str, dict[str, Any]] | None = None,
) -> str:
    """The whole page as one HTML string. Sections whose inputs are None or empty are left out. start_draws: task ->
    the draw its context started from (train_summary.json's start_draw, where train.init_draws > 1)."""
    sections: list[tuple[str, str, str]] = []  # (anchor, heading, body)
    if seeds_report:
        sections.append(("miou", "mIoU of every stage", _miou_section(seeds_report, stage2_evals)))
    if masks_report:
        body = html_table(["split", "images", "oracle mIoU", "oracle by level", "masks / image", "coverage %",
                           "bytes / image"], mask_rows(masks_report))  # fmt: skip
        by_split = {s["split"]: s["oracle_class_iou"] for s in masks_report["splits"]}
        if _has_scores(by_split):
            body += chart_html(class_iou_chart(by_split, "Mask oracle per class"), "oracle per class")
        sections.append(("masks", "Quasi-superpixels (stage S0): the mask oracle",
                         _toy_visibility_note(prov.get("config") or {}) + body))
    if cams_report:
        body = html_table(["prompts", "best p", "CAM mIoU", "CAA best p", "CAA mIoU", "mAP", "CL loss"],
                          cam_variant_rows(cams_report))  # fmt: skip
        per_class = {name: r["class_iou"] for name, r in cams_report.items()}
        if _has_scores(per_class):
            body += chart_html(class_iou_chart(per_class, "CAM per class (best p)"), "CAM per class")
        sections.append(("cams", "CAMs: learned prompts against the hand-written and untrained ones",
                         _cl_scale_note(prov.get("config") or {}) + body))
    curves = _curves(cams_report, seeds_report, prompt_histories, stage2_history)
    if curves:
        body = "".join(chart_html(fig, alt) for alt, fig in curves)
        from .prompts import collapse_message, collapsed_classes, start_draw_message  # loads CLIP (~2 s a report)

        for task, draw in (start_draws or {}).items():
            body = f"<p class='note'>{html.escape(task)} task: {html.escape(start_draw_message(draw))}.</p>" + body
        for task, history in prompt_histories.items():
            for name, shares in collapsed_classes(history).items():
                body = f"<p class='warn'>{html.escape(task)} task: {html.escape(collapse_message(name, *shares))}.</p>" + body
        sections.append(("curves", "Curves: sweeps and training", body))
    if gallery:
        body = ("<p class='note'>A fixed sample of the train split, spread evenly over it. CAMs are the per-pixel "
                "maximum over the image's classes (jet, min-max). Quasi-superpixels: level 0 red, 1 green, 2 blue; "
                "smaller masks on top; black where no mask covers. Labels in the VOC palette, white = ignore.</p>"
                + gallery_html(gallery))  # fmt: skip
        sections.append(("gallery", "Gallery", body))
    sections.append(("provenance", "Provenance", _provenance_html(prov)))
    nav = "".join(f"<a href='#{a}'>{html.escape(h.split(':')[0])}</a>" for a, h, _ in sections)
    parts = "".join(f"<section id='{a}'><h2>{html.escape(h)}</h2>{b}</section>" for a, h, b in sections)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{STYLE}</style></head><body><h1>{html.escape(title)}</h1><nav>{nav}</nav>{parts}</body></html>\n")  # fmt: skip
