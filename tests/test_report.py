"""The run's HTML report (fma_wsss.report) and the progress of loops (fma_wsss.progress)."""

from __future__ import annotations

import base64
import io
import json
import re

import numpy as np
import pytest
from PIL import Image

from conftest import write_voc_layout
from fma_wsss.data import DatasetError, SegDataset, voc_palette
from fma_wsss.progress import progress
from fma_wsss.report import (GALLERY_COLUMNS, _provenance_html, cam_overlay, class_iou_chart, colour_labels, gallery_rows, provenance,
                             quasi_superpixel_picture, render_report)  # fmt: skip
from fma_wsss.rle import MaskSet
from fma_wsss.stage2 import training_history
from fma_wsss.store import MaskShard, write_mask_shard
from test_workflow import parse_report


def test_labels_are_drawn_in_the_voc_palette_with_ignore_white():
    label = np.array([[0, 1], [15, 255]], np.uint8)
    rgb = colour_labels(label)
    assert rgb.shape == (2, 2, 3) and rgb.dtype == np.uint8
    assert rgb[0, 0].tolist() == [0, 0, 0] and rgb[0, 1].tolist() == voc_palette()[1] == [128, 0, 0]
    assert rgb[1, 0].tolist() == voc_palette()[15] and rgb[1, 1].tolist() == [255, 255, 255]


def test_cam_overlay_is_hottest_where_the_cam_peaks():
    image = np.full((32, 48, 3), 128, np.uint8)
    cam = np.zeros((2, 4, 6), np.float32)
    cam[1, 3, 5] = 1.0  # bottom-right patch of the second class
    picture = cam_overlay(image, cam)
    assert picture.shape == image.shape and picture.dtype == np.uint8
    red_minus_blue = picture[..., 0].astype(int) - picture[..., 2].astype(int)
    assert np.unravel_index(red_minus_blue.argmax(), red_minus_blue.shape)[0] >= 24  # the peak lands bottom right
    assert red_minus_blue[:8, :12].max() < 0  # cold (blue) far from it
    assert (cam_overlay(image, np.zeros((0, 4, 6), np.float32)) == 64).all()  # no class: the image darkened


def test_quasi_superpixels_are_coloured_by_level_smaller_masks_on_top():
    masks = np.zeros((3, 10, 10), bool)
    masks[0, :, :8] = True  # large, level 2 (blue family)
    masks[1, 2:4, 2:4] = True  # small, level 0 (red family), on top of the large one
    masks[2, 6:8, 2:4] = True  # small, level 1 (green family)
    picture = quasi_superpixel_picture(MaskSet.from_binary(masks, np.array([2, 0, 1])))
    assert (picture[:, 8:] == 0).all()  # uncovered: black
    small_red, small_green, large = picture[3, 3], picture[7, 3], picture[0, 0]
    assert small_red.argmax() == 0 and small_green.argmax() == 1 and large.argmax() == 2


def test_class_iou_chart_draws_one_bar_per_class_and_row():
    fig = class_iou_chart({"a": {"bg": 90.0, "cat": 10.0}, "b": {"bg": 80.0, "cat": None}}, "t")
    heights = sorted(round(p.get_height(), 3) for p in fig.axes[0].patches)
    assert heights == [0.0, 10.0, 80.0, 90.0]


def steps(miou: float) -> dict:
    classes = {"background": miou + 10, "circle": miou - 10}
    return {name: {"what": name, "setting": "", "miou": miou, "class_iou": classes}
            for name in ("cls CAM", "coarse seeds", "fine seeds", "oracle")}  # fmt: skip


def test_render_report_has_every_section_and_leaves_out_what_the_run_lacks():
    seeds_report = {"steps": steps(41.25), "seeds": {"coarse": {"split": "train", "miou_by_gamma": {"0.6": 41.25}}}}
    cams_report = {"cls": {"best_power": 0.5, "best_miou": 37.5, "map": 70.0, "cl_loss": 0.4,
                           "class_iou": steps(1)["oracle"]["class_iou"],
                           "sweeps": {"cam": {"miou_by_power": {"0.3": 30.0, "0.5": 37.5}}}}}  # fmt: skip
    masks_report = {"splits": [{"split": "train", "images": 3, "oracle_miou": 93.0, "oracle_miou_by_level": [1.0, 2.0, 3.0],
                                "masks_per_image": 30.0, "coverage": 0.99, "bytes_per_image": 2000.0,
                                "oracle_class_iou": {"background": 99.0, "circle": 90.0}}]}  # fmt: skip
    history = [{"iteration": 0, "loss": 1.0, "lr": 0.1}, {"iteration": 20, "loss": 0.5, "lr": 0.01}]
    image = np.zeros((6, 8, 3), np.uint8)
    gallery = [{"id": "x1", **{c: image for c in GALLERY_COLUMNS}, "stage II": None}]
    prov = {"experiment": "toy", "config": {"shard_size": 4}, "versions": {"torch": "2"}, "commit": "abc",
            "date": "today", "machine": "m"}  # fmt: skip
    page = render_report("T", masks_report, cams_report, seeds_report, {"cls": history}, {}, None, gallery, prov)
    parsed = parse_report(page)
    assert parsed["sections"] == ["miou", "masks", "cams", "curves", "gallery", "provenance"]
    assert ["fine seeds", "fine seeds", "", "train", "41.2"] in parsed["rows"]  # one decimal
    assert not any(row[0].startswith("stage II") for row in parsed["rows"])  # no stage II in this run
    assert parsed["gallery_rows"] == [[f"{c} of x1" for c in GALLERY_COLUMNS if c != "stage II"]]
    assert ["git commit", "abc"] in parsed["rows"] and "shard_size: 4" in page
    assert parsed["charts"] == 6  # per-class x3, p sweep, γ sweep, T1 curves
    for uri in re.findall(r"src='data:image/png;base64,([^']+)'", page):  # every picture is a PNG that decodes
        with Image.open(io.BytesIO(base64.b64decode(uri))) as png:
            assert png.format == "PNG" and min(png.size) > 0

    bare = parse_report(render_report("T", None, None, None, {}, {}, None, [], prov))
    assert bare["sections"] == ["provenance"] and bare["charts"] == 0

    # the seg task's softmax shares: one more chart, and a class whose share ends near zero is named
    seg = [{**history[0], "class_softmax": {"circle": 0.4, "star": 0.3}}, {**history[1], "class_softmax": {"circle": 0.5, "star": 0.01}}]
    page = render_report("T", None, None, None, {"cls": history, "seg": seg}, {}, None, [], prov)
    assert parse_report(page)["charts"] == 3 and "seg task: the softmax share of class star on its positives went from 0.300 to 0.010" in page
    assert "class circle" not in page


def test_the_cams_section_says_when_t1_learned_at_another_logit_scale():
    cams_report = {"cls": {"best_power": 1, "best_miou": 70.0, "class_iou": {"circle": 70.0}}}
    plain = render_report("T", None, cams_report, None, {}, {}, None, [], provenance("toy", {"cls": {"train": {}}}))
    assert "cams" in parse_report(plain)["sections"] and "cl_logit_scale" not in plain
    page = render_report("T", None, cams_report, None, {}, {}, None, [],
                         provenance("toy", {"cls": {"train": {"cl_logit_scale": 100}}}))  # fmt: skip
    assert "CL loss at logit scale 100 (cls.train.cl_logit_scale)" in page


def test_the_masks_section_says_when_the_toy_keeps_its_shapes_in_view():
    masks_report = {"splits": [{"split": "train", "images": 2, "with_gt": 2, "oracle_miou": 90.0, "oracle_miou_by_level": [80.0],
                                "masks_per_image": 3.0, "coverage": 0.5, "bytes_per_image": 100,
                                "oracle_class_iou": {"circle": 90.0}}]}  # fmt: skip
    toy = {"kind": "toy", "toy": {"seed": 0, "min_visible": 0.5}}
    page = render_report("T", masks_report, None, None, {}, {}, None, [], provenance("toy", {"dataset": toy}))
    assert "masks" in parse_report(page)["sections"] and "at least 50% of its pixels in view" in page
    for dataset in ({**toy, "toy": {"seed": 0, "min_visible": 0}}, {**toy, "kind": "voc"}):
        page = render_report("T", masks_report, None, None, {}, {}, None, [], provenance("toy", {"dataset": dataset}))
        assert "masks" in parse_report(page)["sections"] and "pixels in view" not in page


def test_the_report_says_which_draw_the_seg_context_started_from():
    """train_summary.json's start_draw (seg.train.init_draws > 1): the draw kept, its weakest class, and the weakest
    class of each draw passed over; a start where every draw held a collapsed class says so."""
    prov = provenance("toy", {})
    seg = [{"iteration": 0, "loss": 1.0, "lr": 0.1, "class_softmax": {"circle": 0.4, "star": 0.3}}]
    draws = [{"seed": 7, "shares": {"circle": 0.012, "star": 0.3}}, {"seed": 8, "shares": {"circle": 0.2, "star": 0.102}}]
    page = render_report("T", None, None, None, {"seg": seg}, {}, None, [], prov, {"seg": {"chosen": 1, "seed": 8, "draws": draws}})
    assert ("seg task: the context started from draw 1 of 2 (seed 8); its weakest class&#x27;s share: star 0.102; the "
            "other draws started a class below 0.05 (draw 0: circle 0.012).") in page
    dead = [{"seed": 7, "shares": {"circle": 0.012, "star": None}}, {"seed": 8, "shares": {"circle": 0.03, "star": None}}]
    page = render_report("T", None, None, None, {"seg": seg}, {}, None, [], prov, {"seg": {"chosen": 1, "seed": 8, "draws": dead}})
    assert "circle 0.030; the other draws started a class below 0.05 (draw 0: circle 0.012), and so does this one" in page
    assert "started from draw" not in render_report("T", None, None, None, {"seg": seg}, {}, None, [], prov)


def test_provenance_names_commit_versions_and_machine(tmp_path):
    prov = provenance("toy", {"a": 1}, repo=tmp_path)  # not a git checkout
    assert prov["commit"] == "not a git checkout" and prov["config"] == {"a": 1}
    assert prov["versions"]["numpy"] == np.__version__ and "CPUs" in prov["machine"]


def test_provenance_carries_the_toy_clips_record_and_says_when_it_is_unreadable(tmp_path):
    (tmp_path / "pretrains").mkdir()
    record = {"holdout_top1": 0.9186, "logit_scale": 14.47, "seconds": 332.2, "code_hash": "6c81a24cbbe19b35",
              "settings": {"seed": 1, "steps": 560}}  # fmt: skip
    (tmp_path / "pretrains" / "toy_clip.pt.json").write_text(json.dumps(record))
    prov = provenance("toy", {"clip": {"checkpoint": "pretrains/toy_clip.pt"}}, repo=tmp_path)
    assert prov["clip_record"] == record
    page = _provenance_html(prov)
    assert "Frozen CLIP" in page and "top-1 0.919" in page and "6c81a24cbbe19b35" in page and "<td>steps</td><td class='num'>560</td>" in page
    assert provenance("voc", {"clip": {"checkpoint": "pretrains/ViT-B-16.pt"}}, repo=tmp_path)["clip_record"] is None
    (tmp_path / "pretrains" / "toy_clip.pt.json").write_text("{not json")
    broken = provenance("toy", {"clip": {"checkpoint": "pretrains/toy_clip.pt"}}, repo=tmp_path)
    assert "toy_clip.pt.json" in broken["clip_record"]["error"] and "could not be read" in _provenance_html(broken)


def test_gallery_reads_every_stage_of_the_sampled_images(tmp_path):
    ids = [f"2007_{i:06d}" for i in range(5)]
    root = write_voc_layout(tmp_path / "VOC2012", {"train_aug": ids}, num_classes=3)
    dataset = SegDataset("voc", root, "train_aug")
    sample = dataset.spread_sample(3)
    assert sample == [ids[0], ids[2], ids[4]]  # spread evenly, first and last included
    shard_size, mask_shards = 2, []
    for k in range(3):  # shards of 2 images: 0-1, 2-3, 4
        shard_ids = ids[2 * k : 2 * k + 2]
        sets = []
        for img_id in shard_ids:
            h, w = dataset.image(img_id).shape[:2]
            m = np.zeros((1, h, w), bool)
            m[0, : h // 2] = True
            sets.append(MaskSet.from_binary(m, np.array([0])))
        path = tmp_path / f"masks-{k}.h5"
        write_mask_shard(path, MaskShard(ids=shard_ids, masks=sets, errors=[""] * len(shard_ids), attrs={}))
        mask_shards.append(path)
    seed_dir = tmp_path / "seed"
    seed_dir.mkdir()
    for img_id in sample[:2]:  # the last image has no seed: its cell stays empty
        h, w = dataset.image(img_id).shape[:2]
        Image.fromarray(np.ones((h, w), np.uint8)).save(seed_dir / f"{img_id}.png")
    rows = gallery_rows(dataset, sample, shard_size, mask_shards, [], [], {"coarse": seed_dir}, None)
    assert [r["id"] for r in rows] == sample
    for row in rows:
        h, w = dataset.image(row["id"]).shape[:2]
        assert row["image"].shape == row["GT"].shape == row["quasi-superpixels"].shape == (h, w, 3)
        assert row["CAM"] is None and row["fine seed"] is None and row["stage II"] is None
        assert row["quasi-superpixels"][: h // 2].any() and not row["quasi-superpixels"][h // 2 :].any()
    assert rows[0]["coarse seed"][0, 0].tolist() == voc_palette()[1] and rows[2]["coarse seed"] is None
    # a prediction at a (large) photo's own size is shown at the row's size, by nearest neighbour
    big = tmp_path / "stage2"
    big.mkdir()
    h, w = dataset.image(sample[0]).shape[:2]
    prediction = np.zeros((3 * h, 3 * w), np.uint8)
    prediction[: 3 * h // 2] = 2
    Image.fromarray(prediction).save(big / f"{sample[0]}.png")
    [row] = gallery_rows(dataset, sample[:1], shard_size, [], [], [], {}, big)
    assert row["stage II"].shape == (h, w, 3) and row["stage II"][0, 0].tolist() == voc_palette()[2]
    assert row["stage II"][-1, -1].tolist() == voc_palette()[0]
    with pytest.raises(DatasetError, match="'nope' is not in split train_aug"):
        dataset.restrict(["nope"])
    assert [s.id for s in dataset.restrict(sample[::-1]).samples] == sample[::-1]


def test_stage2_history_joins_resumed_runs(tmp_path):
    first, second = tmp_path / "20260101_000000" / "vis_data", tmp_path / "20260102_000000" / "vis_data"
    first.mkdir(parents=True)
    second.mkdir(parents=True)
    (first / "scalars.json").write_text("\n".join(json.dumps(r) for r in [
        {"loss": 3.0, "lr": 0.1, "step": 20}, {"loss": 2.0, "lr": 0.1, "step": 40}, {"mIoU": 10.0, "step": 40}]))  # fmt: skip
    (second / "scalars.json").write_text("\n".join(json.dumps(r) for r in [
        {"loss": 1.9, "lr": 0.05, "step": 40}, {"loss": 1.0, "lr": 0.01, "step": 60}, {"mIoU": 20.0, "step": 60}]))  # fmt: skip
    history = training_history(tmp_path)
    assert [(r["iteration"], r["loss"]) for r in history["train"]] == [(20, 3.0), (40, 1.9), (60, 1.0)]
    assert history["val"] == [{"iteration": 40, "miou": 10.0}, {"iteration": 60, "miou": 20.0}]


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_writes_plain_lines_to_a_log_and_a_bar_to_a_terminal(monkeypatch):
    monkeypatch.setenv("FMA_WSSS_PROGRESS_SECONDS", "0")
    log = io.StringIO()
    assert sum(progress(range(5), desc="masks train shard 0", stream=log)) == 10
    lines = log.getvalue().splitlines()
    assert "\r" not in log.getvalue() and len(lines) >= 2
    assert lines[0].startswith("masks train shard 0: 0/5 img [") and lines[-1].startswith("masks train shard 0: 5/5 img [")
    assert "img/s]" in lines[-1] and "<" in lines[-1]  # rate and ETA
    terminal = FakeTerminal()
    for _ in progress(range(3), desc="T1 cls prompts", unit="it", stream=terminal):
        pass
    assert "\r" in terminal.getvalue() and "3/3" in terminal.getvalue() and "it/s]" in terminal.getvalue()
