"""The benchmark suite's bookkeeping (no timing here): JSON lines, ratios, targets, and the README table."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from bench_json import emit  # noqa: E402
from run_all import END, START, suite, table  # noqa: E402


def test_emit_prints_one_json_line_with_ratio_and_target(capsys):
    faster = emit("x", "ms per image", 2.0, "ms", reference=7.0, target=3, target_on="ratio")
    slow = emit("x", "s per dry run", 4.0, "s", target=3.0)
    rate = emit("x", "images/s", 40.0, "img/s", lower_is_better=False, target=50)
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines == [faster, slow, rate]
    assert faster["ratio"] == 3.5 and faster["met"] is True
    assert slow["ratio"] is None and slow["met"] is False and rate["met"] is False


def test_the_table_shows_every_measurement_and_the_misses(capsys):
    rows = [emit("caa_speed", "CAA", 2.0, "ms", reference=7.0, target=3, target_on="ratio"),
            emit("scaling", "dry run", 4.0, "s", target=3.0, note="VOC"), emit("demo_cost", "n/a", float("nan"), "s")]  # fmt: skip
    text = table(rows, "2026-12-03", "test machine")
    assert "| caa_speed | CAA | 2 ms | 7 ms | 3.5× | ≥ 3× | yes |" in text
    assert "| scaling | dry run (VOC) | 4 s | — |  | ≤ 3 s | **no** |" in text
    assert "| demo_cost | n/a | — | — |" in text


def test_the_suite_covers_every_speed_script_and_the_readme_has_the_table_markers():
    scripts = {name for name, _ in suite(cuda=True)}
    on_disk = {p.name for p in (REPO / "benchmarks").glob("*.py")}
    assert on_disk - scripts == {"bench_json.py", "random_voc.py", "run_all.py", "toy_prompt_seeds.py", "toy_seg_lr.py",
                                 "toy_seg_collapse.py", "toy_clip_variants.py", "toy_stage2_lr.py", "toy_caa_sweep.py", "toy_colour_objects.py",
                                 "toy_cam_crosstalk.py", "toy_t1_augment.py", "toy_t1_probe.py", "dryrun_voc_scale.py",
                                 "scale_rehearsal.py"}  # helpers, studies (the rehearsal: an
    # hour at COCO's size); the VOC dry run is in scaling.py  # fmt: skip
    text = (REPO / "benchmarks" / "README.md").read_text()
    assert text.count(START) == text.count(END) == 1 and text.index(START) < text.index(END)


def test_emit_takes_numpy_figures(capsys):
    """Timings computed with numpy (np.median, np.float64 comparisons) are written as plain JSON numbers and booleans."""
    import numpy as np

    line = emit("x", "ms", np.float64(9.5), "ms", reference=np.float64(30.0), target=15)
    assert json.loads(capsys.readouterr().out) == line
    assert line["met"] is True and type(line["value"]) is float and line["ratio"] > 3


def test_the_fake_voc_layout_has_train_aug_and_a_disjoint_val(tmp_path):
    from dryrun_voc_scale import fake_voc

    fake_voc(tmp_path, 5)
    lists = tmp_path / "ImageSets/SegmentationAug"
    train, val = ((lists / f"{s}.txt").read_text().splitlines() for s in ("train_aug", "val"))
    assert len(train) == 5 and len(val) == 1 and not set(train) & set(val)
    for line in train + val:
        image, label = line.split()
        assert (tmp_path / image.lstrip("/")).is_file() and (tmp_path / label.lstrip("/")).is_file()


def test_t2_collapse_is_agreement_below_the_untrained_context():
    """toy_seg_lr's rule: a class collapsed when its IoU against the coarse seeds ends below the untrained context's,
    whatever its softmax share; a class that gains, however little, did not."""
    from toy_seg_lr import collapsed_by_agreement

    untrained = {"circle": 13.8, "triangle": 7.6, "star": 10.2}
    assert collapsed_by_agreement({"circle": 62.0, "triangle": 5.2, "star": 10.5}, untrained) == ["triangle"]
    assert collapsed_by_agreement({"circle": 13.8, "triangle": 7.7, "star": 10.2}, untrained) == []
    assert collapsed_by_agreement({"circle": 0.0, "triangle": 0.0, "star": 0.0}, untrained) == ["circle", "star", "triangle"]


def test_t2_coverage_counts_the_labelled_images_whose_seeds_keep_the_class(tmp_path):
    """toy_seg_lr's coverage: per class, the share of the images labelled with it whose argmax CAM seeds hold it."""
    from types import SimpleNamespace

    import numpy as np
    from fma_wsss.store import add_cam_record, writing_cam_shard
    from toy_seg_lr import coverage

    peak = np.zeros((4, 4), np.float32)
    peak[1:3, 1:3] = 1.0
    images = {"i0": ([0], [peak]),  # class a found
              "i1": ([0, 1], [np.zeros((4, 4), np.float32), peak]),  # a's CAM vanished everywhere, b found
              "i2": ([1], [np.full((4, 4), 0.5, np.float32)])}  # b's CAM flat: no peak, background wins  # fmt: skip
    with writing_cam_shard(tmp_path / "cams.h5", "train", list(images)) as f:
        for img_id, (fg, cams) in images.items():
            add_cam_record(f, img_id, (8, 8), {"cam": np.stack(cams), "fg_cls": np.array(fg, np.uint8)})
    split = SimpleNamespace(num_classes=3, class_names=("background", "a", "b"))
    assert coverage(split, 1.0, tmp_path) == {"a": 50.0, "b": 50.0}


def test_colour_objects_split_objects_by_colour_and_score_each_one():
    """toy_colour_objects: a shape in its class's dominant colour and one in a random colour are told apart by their
    mean colour; each is scored by the share of its pixels the labels give its class; specks are skipped."""
    import numpy as np
    from fma_wsss.toy import DOMINANT_COLOURS
    from toy_colour_objects import object_shares, summarise

    image = np.full((20, 30, 3), 128, np.uint8)
    gt = np.zeros((20, 30), np.uint8)
    image[2:8, 2:8] = DOMINANT_COLOURS["circle"][1]  # a red circle (class 1)
    gt[2:8, 2:8] = 1
    image[10:18, 10:18] = (220, 40, 40)  # a square (class 2) in the circle's red
    gt[10:18, 10:18] = 2
    gt[0, 29] = 2  # one pixel: under min_pixels
    labels = gt.copy()
    labels[10:18, 10:18] = 1  # named after its colour
    labels[10:12, 10:18] = 2  # but for a quarter of it
    rows = sorted(object_shares(image, gt, labels, min_pixels=4, colour_distance=50.0))
    assert rows == [(False, 0.25), (True, 1.0)]
    assert summarise(rows) == {"dominant": {"objects": 1, "mean_share": 1.0, "under_half": 0},
                               "random": {"objects": 1, "mean_share": 0.25, "under_half": 1}}


def test_crosstalk_splits_a_class_s_stray_seed_pixels_by_distance_and_by_the_class_beside_it():
    """toy_cam_crosstalk: seed pixels of a class on GT background count as near within the margin of the class's
    GT and far beyond it; far ones are summed in the row of the class and the columns of the other classes present
    (column 0 when there is none); an image without the class's GT puts all of them far."""
    import numpy as np
    from toy_cam_crosstalk import crosstalk, spilled_pixels

    gt = np.zeros((20, 40), np.uint8)
    gt[5:10, 5:10] = 1  # class 1, a 5x5 block
    gt[5:10, 30:35] = 2  # class 2, far right
    gt[4, 5] = 255  # an object border: neither background nor the class
    seed = gt.copy()
    seed[5:10, 11:13] = 1  # 10 px, 1-2 px right of class 1: near
    seed[15:17, 20:25] = 1  # 10 px, more than 8 px from class 1: far
    seed[4, 5] = 1  # on the border: not counted
    assert spilled_pixels(seed, gt, 1, margin=8) == (10, 10)
    assert spilled_pixels(seed, np.zeros_like(gt), 1, margin=8) == (0, 10 + 10 + 25 + 1)

    # One class-1 CAM that peaks on the far patch, one class-2 CAM on its own block: at power 1 the seeds follow them.
    cam1 = np.zeros((20, 40), np.float32)
    cam1[15:17, 20:25] = 1.0
    cam1[5:10, 5:10] = 1.0
    cam2 = np.zeros((20, 40), np.float32)
    cam2[5:10, 30:35] = 1.0
    both = (np.stack([cam1, cam2]), np.array([0, 1], np.uint8), gt)
    alone = (cam1[None], np.array([0], np.uint8), np.where(gt == 2, 0, gt).astype(np.uint8))
    counts = crosstalk([both, alone], power=1.0, num_classes=3, margin=8)
    assert counts["far"].tolist() == [0, 20, 0]
    assert counts["far_beside"][1].tolist() == [10, 0, 10]  # 10 beside nothing, 10 beside class 2
    assert counts["near"][2] == 0 and counts["far"][2] == 0
    assert counts["far_on"].sum() == 0  # no background kind given

    # With each image's background kind (an index into BACKGROUNDS), the far pixels go to that kind's column.
    counts = crosstalk([(*both, 2), (*alone, 0)], power=1.0, num_classes=3, margin=8)
    assert counts["far_on"][1].tolist() == [10, 0, 10] and counts["far_on"].sum() == counts["far"].sum()


def test_t1_augment_folds_partition_the_split_and_the_choice_is_among_the_trained_variants(capsys):
    """toy_t1_augment: every image is held out exactly once; the choice goes to the trained variant with the highest
    mean held-out mAP, never to a reference row (hand prompt, untrained context), however high it scores."""
    from toy_t1_augment import folds_of, print_table

    folds = folds_of(10, 3)
    assert sorted(i for fold in folds for i in fold) == list(range(10)) and [len(f) for f in folds] == [4, 3, 3]
    rows = {(0, 0): {"hand prompt": (99.0, 0.1), "untrained context": (98.0, 0.1), "a": (70.0, 0.3), "b": (60.0, 0.2)},
            (0, 1): {"hand prompt": (99.0, 0.1), "untrained context": (98.0, 0.1), "a": (50.0, 0.3), "b": (62.0, 0.2)}}
    print_table(rows, folds=2)
    out = capsys.readouterr().out
    assert "| mean | 99.0 / 0.100 | 98.0 / 0.100 | 60.0 / 0.300 | 61.0 / 0.200 |" in out
    assert out.rstrip().endswith("highest held-out mAP: b")


def test_t1_variants_override_training_keys_and_merge_the_augmentation():
    """toy_t1_augment's variants: any cls.train key is replaced; augment keys merge into the experiment's augment."""
    from toy_t1_augment import VARIANTS, variant_train

    train = {"base_lr": 0.01, "max_iter": 300, "augment": {"low": 72, "crop": 64, "colour_jitter": False}}
    got = variant_train(train, {"base_lr": 0.001, "augment": {"colour_jitter": True}})
    assert got == {"base_lr": 0.001, "max_iter": 300, "augment": {"low": 72, "crop": 64, "colour_jitter": True}}
    assert train["augment"]["colour_jitter"] is False and train["base_lr"] == 0.01  # the experiment's is untouched
    assert variant_train(train, {}) == train
    assert [variant_train(train, v)["augment"]["colour_jitter"] for v in VARIANTS.values()] == [True, False]


def test_t1_probe_keeps_the_best_mean_among_the_trained_variants_and_refuses_the_checked_seeds(capsys, tmp_path):
    """toy_t1_probe: the choice is the trained variant with the highest mean CAM mIoU over the probe datasets, never
    a reference row; a probe seed the toy is judged on (its own, or one of the seeds it is checked on) is refused."""
    from toy_t1_probe import VARIANTS, print_table, probe_dataset

    def row(hand, a, b):
        return {"hand prompt": {"miou": hand}, "untrained context": {"miou": 0.0}, "a": {"miou": a}, "b": {"miou": b}}

    assert print_table({1000: row(99.0, 80.0, 70.0), 1001: row(99.0, 60.0, 72.0)}) == "b"
    out = capsys.readouterr().out
    assert "| mean | 99.0 | 0.0 | 70.0 | 71.0 |" in out and out.rstrip().endswith("highest mean CAM mIoU: b")
    assert {v["cl_logit_scale"] for v in VARIANTS.values()} == {None, 50, 100}
    for seed in (0, 6, 99):
        with pytest.raises(SystemExit, match=f"--probe-seeds {seed}: a probe must be images the toy is never judged"):
            probe_dataset({"kind": "toy", "root": "unused", "toy": {"seed": 0}}, seed, tmp_path)
    assert not any(tmp_path.iterdir())
