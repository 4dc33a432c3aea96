"""Bring your own pseudo labels (fma_wsss.byo_seeds, seeds_from): a folder of <id>.png from any method -> seed
shards and their evaluation; every bad folder named by its file, in doctor and the import. The DAG end to end
(stage II on both recipes, the report, a bad PNG stopping the run): tests/test_workflow.py's stage-I test."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
import yaml
from PIL import Image

from fma_wsss.byo_seeds import import_seed_shard, read_imported_seed, seed_file_path
from fma_wsss.data import DatasetError, SegDataset, voc_palette
from fma_wsss.seeds import export_seed_pngs, imported_seeds_report, read_seed_shard, seed_shard_eval
from fma_wsss.toy import generate_toy_dataset
from test_workflow import write_config

TOY = dict(seed=3, n_train=5, n_val=2, min_side=40, max_side=72, max_objects=2, colour_tie_prob=0.85, jpeg_quality=95)


@pytest.fixture(scope="module")
def toy(tmp_path_factory) -> SegDataset:
    root = tmp_path_factory.mktemp("byo_seeds") / "dataset"
    generate_toy_dataset(root, TOY)
    return SegDataset("toy", root, "train")


def foreign_seeds(ds: SegDataset, out: Path, rng: np.random.Generator, ignore_share: float = 0.1) -> dict[str, np.ndarray]:
    """Pseudo labels of 'another method': the GT with every 4th row shifted to another class and a share of pixels
    set to 255; written as palette PNGs (as VOC-style tools write them). Returns id -> the label map."""
    out.mkdir(parents=True, exist_ok=True)
    seeds = {}
    for img_id in ds.samples.ids:
        seed = ds.label(img_id).copy()
        seed[seed == 255] = 0
        seed[::4] = (seed[::4] + 1) % ds.num_classes
        seed[rng.random(seed.shape) < ignore_share] = 255
        picture = Image.fromarray(seed, mode="P")
        picture.putpalette([v for rgb in voc_palette() for v in rgb])
        picture.save(seed_file_path(out, img_id))
        seeds[img_id] = seed
    return seeds


def test_imported_seeds_round_trip_and_score_against_the_gt(toy, tmp_path):
    """Palette PNGs are read as their indices; 255 stays ignore, in the shard, the export and the evaluation."""
    seeds = foreign_seeds(toy, tmp_path / "foreign", np.random.default_rng(0))
    info = import_seed_shard(toy, tmp_path / "foreign", 1, 3, tmp_path / "shard.h5")  # the last 2 of 5 images
    assert info["images"] == 2 and 5 < info["ignored_share"] < 15
    stored = list(read_seed_shard(tmp_path / "shard.h5"))
    assert [i for i, _, _ in stored] == toy.samples.ids[3:] and all(g == [None] for _, _, g in stored)
    for img_id, array, _ in stored:
        np.testing.assert_array_equal(array[0], seeds[img_id])
    evaluation = seed_shard_eval(toy, tmp_path / "shard.h5")
    confusion = np.asarray(evaluation["confusion"][0])
    expected = np.zeros_like(confusion)
    for img_id in toy.samples.ids[3:]:
        gt, seed = toy.label(img_id), seeds[img_id]
        keep = (gt != 255) & (seed != 255)
        np.add.at(expected, (gt[keep], seed[keep]), 1)
    np.testing.assert_array_equal(confusion, expected)  # ignored pixels count nowhere
    report = imported_seeds_report([json.loads(json.dumps(evaluation))], toy.class_names, "foreign")
    step = report["steps"]["imported seeds"]
    assert list(report["steps"]) == ["imported seeds"] and step["setting"] == "as imported" and 20 < step["miou"] < 100
    assert report["seeds"]["imported"]["gamma"] is None and report["seeds"]["imported"]["miou_by_gamma"] == {"imported": step["miou"]}
    export_seed_pngs([tmp_path / "shard.h5"], None, tmp_path / "seed", tmp_path / "seed" / "manifest.txt")
    for img_id in toy.samples.ids[3:]:
        np.testing.assert_array_equal(np.asarray(Image.open(tmp_path / "seed" / f"{img_id}.png")), seeds[img_id])


def bad_seed(ds: SegDataset, folder: Path, case: str) -> Path:
    """Write one bad pseudo label of kind `case` into a good folder; its path."""
    img_id = ds.samples.ids[1]
    path = seed_file_path(folder, img_id)
    h, w = ds.full_size(img_id)
    if case == "missing":
        path.unlink()
    elif case == "rgb":
        Image.fromarray(np.zeros((h, w, 3), np.uint8)).save(path)
    elif case == "value":
        Image.fromarray(np.full((h, w), ds.num_classes, np.uint8)).save(path)
    elif case == "size":
        Image.fromarray(np.zeros((h + 1, w), np.uint8)).save(path)
    elif case == "all_ignore":
        Image.fromarray(np.full((h, w), 255, np.uint8)).save(path)
    elif case == "jpeg":
        path.unlink()
        Image.fromarray(np.zeros((h, w), np.uint8)).save(path, format="JPEG")
    return path


BAD = {"missing": "no pseudo label for image", "rgb": "has mode RGB", "value": r"has value 7 \(expected 0\.\.6 or 255",
       "size": "but .* is", "all_ignore": "every pixel is 255", "jpeg": "is a JPEG file"}  # fmt: skip


@pytest.mark.parametrize("case", sorted(BAD))
def test_each_bad_pseudo_label_is_named_with_what_was_expected(toy, tmp_path, case):
    foreign_seeds(toy, tmp_path / "foreign", np.random.default_rng(1))
    path = bad_seed(toy, tmp_path / "foreign", case)
    with pytest.raises(DatasetError, match=re.escape(str(path)) + ".*" + BAD[case]):
        import_seed_shard(toy, tmp_path / "foreign", 0, 5, tmp_path / "shard.h5")
    assert not (tmp_path / "shard.h5").exists() and not list(tmp_path.glob("*.tmp*"))


def test_a_pseudo_label_with_every_pixel_but_one_ignored_is_kept(toy, tmp_path):
    img_id = toy.samples.ids[0]
    h, w = toy.full_size(img_id)
    seed = np.full((h, w), 255, np.uint8)
    seed[0, 0] = 2
    Image.fromarray(seed).save(tmp_path / "x.png")
    np.testing.assert_array_equal(read_imported_seed(tmp_path / "x.png", toy.num_classes, (h, w), "x.jpg"), seed)


# --------------------------------------------------------------------------------------------------------------
# doctor and the DAG


def seeds_from_config(tmp_path: Path) -> dict:
    """The small toy config with an experiment `foreign` on its dataset whose pseudo labels come from `foreign/`
    (the DAG end to end, stage II and the report: tests/test_workflow.py, on the toy's own fine seeds)."""
    config = write_config(tmp_path)
    toy = config["experiments"]["toy"]
    config["experiments"]["foreign"] = {"dataset": toy["dataset"], "train_split": "train", "eval_split": "val",
                                        "shard_size": 4, "seeds_from": {"dir": "foreign"}}  # fmt: skip
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True))
    return config


def doctor_fails(tmp_path: Path, capsys) -> list[str]:
    from fma_wsss import cli

    try:
        code = cli.main(["doctor", "--experiment", "foreign", "--config", str(tmp_path / "config.yaml"),
                         "--results", str(tmp_path / "results")])  # fmt: skip
    except SystemExit as e:
        code = e.code
    lines = capsys.readouterr().out.splitlines()
    return [line for line in lines if line.startswith("FAIL")] if code else []


def test_doctor_checks_the_pseudo_labels_first(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = seeds_from_config(tmp_path)
    root = tmp_path / config["experiments"]["toy"]["dataset"]["root"]
    generate_toy_dataset(root, config["experiments"]["toy"]["dataset"]["toy"])
    ds = SegDataset("toy", root, "train")
    assert [line for line in doctor_fails(tmp_path, capsys) if "pseudo labels" in line] == [
        f"FAIL  pseudo labels foreign: folder not found -> fix: set seeds_from.dir to the folder of <id>.png pseudo labels"]
    foreign_seeds(ds, tmp_path / "foreign", np.random.default_rng(2))
    assert doctor_fails(tmp_path, capsys) == []
    for case in sorted(BAD):
        foreign_seeds(ds, tmp_path / "foreign", np.random.default_rng(2))
        path = bad_seed(ds, tmp_path / "foreign", case)
        [line] = doctor_fails(tmp_path, capsys)
        assert re.search(re.escape(str(path.relative_to(tmp_path))) + ".*" + BAD[case], line), line
