import copy
import re

import pytest
import yaml

from fma_wsss.config import ConfigError, experiment, load_config, mask_splits, validate_config

from conftest import REPO


@pytest.fixture
def raw():
    with open(REPO / "config.yaml") as f:
        return yaml.safe_load(f)


def test_repo_config_is_valid_and_defaults_filled(raw):
    cfg = load_config(REPO / "config.yaml")
    toy = experiment(cfg, "toy")
    assert toy["masks"]["backend"] == "felzenszwalb"
    assert mask_splits(toy) == ["train", "val"]
    assert mask_splits(experiment(cfg, "voc")) == ["train_aug"]
    # the paper's SAM settings (METHOD §3.1) are carried by the voc/coco experiments
    sam = experiment(cfg, "coco")["masks"]["sam"]
    assert (sam["points_per_side"], sam["pred_iou_thresh"], sam["stability_score_thresh"]) == (32, 0.86, 0.92)
    assert sam["score_thresh_offset"] == [0.0, 0.0, 0.1] and sam["score_nms_offset"] == [0.0, 0.0, 1.0]


def test_minimal_config_gets_defaults():
    cfg = validate_config({"experiment": "x", "experiments": {"x": {"dataset": {"kind": "voc", "root": "d"}}}})
    x = cfg["experiments"]["x"]
    assert x["shard_size"] == 500 and x["train_split"] == "train"
    assert x["masks"]["rock_sand_water_thresh"] == 0.3
    assert x["masks"]["felzenszwalb"]["scales"] == [60, 200, 800]


def test_unknown_key_is_named(raw):
    bad = copy.deepcopy(raw)
    bad["experiments"]["toy"]["masks"]["felzenszwalb"]["scale"] = 3
    with pytest.raises(ConfigError, match=r"experiments\.toy\.masks\.felzenszwalb: .*'scale' was unexpected"):
        validate_config(bad)


def test_wrong_type_is_named(raw):
    bad = copy.deepcopy(raw)
    bad["experiments"]["voc"]["shard_size"] = "many"
    with pytest.raises(ConfigError, match=r"experiments\.voc\.shard_size: 'many' is not of type 'integer'"):
        validate_config(bad)


def test_att_layers_zero_is_refused_by_the_schema(raw):
    bad = copy.deepcopy(raw)
    bad["experiments"]["voc"]["cls"]["infer"]["att_layers"] = 0
    with pytest.raises(ConfigError, match=r"experiments\.voc\.cls\.infer\.att_layers: 0 is less than the minimum of 1"):
        validate_config(bad)


def test_unknown_experiment_is_named(raw):
    bad = copy.deepcopy(raw)
    bad["experiment"] = "vocc"
    with pytest.raises(ConfigError, match=r"unknown experiment 'vocc'.*toy, toy_sam, voc, coco"):
        validate_config(bad)


def test_unknown_backend_rejected(raw):
    bad = copy.deepcopy(raw)
    bad["experiments"]["toy"]["masks"]["backend"] = "watershed"
    with pytest.raises(ConfigError, match=r"experiments\.toy\.masks\.backend"):
        validate_config(bad)


def test_load_config_names_the_file(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("experiments: {a: {dataset: {kind: toy}}}\n")
    with pytest.raises(ConfigError, match=rf"(?s){path}.*experiments\.a\.dataset: 'root' is a required property"):
        load_config(path)


def test_default_experiment_must_exist():
    with pytest.raises(ConfigError, match="unknown experiment 'toy'"):
        validate_config({"experiments": {"x": {"dataset": {"kind": "voc", "root": "d"}}}})


@pytest.mark.parametrize(
    "edit, message",
    [
        ({"stop_iter": 400}, r"experiments\.toy\.cls\.train\.stop_iter: 400 is past max_iter 300"),
        ({"sub_iters": 5}, r"experiments\.toy\.cls\.train\.sub_iters: 5 does not divide batch_size 16"),
        ({"init_draws": 2}, r"experiments\.toy\.cls\.train\.init_draws: 2, but the draws are judged against the coarse seeds"),
        ({"warm_iters": 301}, r"experiments\.toy\.cls\.train\.warm_iters: 301 is past max_iter 300"),
        ({"augment": {"low": 120, "high": 112}}, r"experiments\.toy\.cls\.train\.augment\.low: 120 > high 112"),
        ({"augment": {"crop": 80}}, r"experiments\.toy\.cls\.train\.augment\.crop: 80 > short_thresh 64"),
    ],
)
def test_inconsistent_training_settings_are_named_up_front(raw, edit, message):
    bad = copy.deepcopy(raw)
    train = bad["experiments"]["toy"]["cls"]["train"]
    for key, value in edit.items():
        train[key] = {**train[key], **value} if isinstance(value, dict) else value
    with pytest.raises(ConfigError, match=message):
        validate_config(bad)


@pytest.mark.parametrize(
    "task, prompt, train, other",
    [("cls", {"init_file": "ctx.pth"}, {}, "init_file"), ("seg", {}, {"init_draws": 8}, r"train\.init_draws > 1")],
)
def test_a_phrase_start_with_another_start_is_named(raw, task, prompt, train, other):
    bad = copy.deepcopy(raw)
    section = bad["experiments"]["toy"][task] = copy.deepcopy(bad["experiments"]["toy"][task])
    section["prompt"].update({"ctx_init": "a photo of a", **prompt})
    section["train"].update(train)
    with pytest.raises(ConfigError, match=rf"experiments\.toy\.{task}\.prompt\.ctx_init: 'a photo of a' starts .*{other}"):
        validate_config(bad)
    section["prompt"].pop("init_file", None)
    section["train"]["init_draws"] = 1
    assert validate_config(bad)["experiments"]["toy"][task]["prompt"]["ctx_init"] == "a photo of a"


@pytest.mark.parametrize(
    "task, scale, message",
    [("seg", 100, r"experiments\.toy\.seg\.train\.cl_logit_scale: 100, but the segmentation task learns from the CAM "
                  r"activation loss, which reads no logits"),
     ("cls", 150, r"experiments\.toy\.cls\.train\.cl_logit_scale: 150 is greater than the maximum of 100"),
     ("cls", 0, r"experiments\.toy\.cls\.train\.cl_logit_scale: 0 is less than or equal to the minimum of 0")],
)
def test_a_cl_loss_scale_outside_the_classification_task_or_clips_range_is_named(raw, task, scale, message):
    bad = copy.deepcopy(raw)
    section = bad["experiments"]["toy"][task] = copy.deepcopy(bad["experiments"]["toy"][task])
    section["train"]["cl_logit_scale"] = scale
    with pytest.raises(ConfigError, match=message):
        validate_config(bad)
    section["train"]["cl_logit_scale"] = None
    assert validate_config(bad)["experiments"]["toy"][task]["train"]["cl_logit_scale"] is None


def test_folder_dataset_class_names_become_the_prompts(raw):
    cfg = validate_config(copy.deepcopy(raw))
    shapes = experiment(cfg, "shapes")
    assert shapes["classes"]["fg"] == shapes["dataset"]["classes"] == ["circle", "square", "triangle", "star", "cross", "ring"]
    assert shapes["dataset"]["labels"] == "labels.csv"


@pytest.mark.parametrize("edit, message", [
    (lambda e: e["dataset"].pop("classes"), r"experiments\.shapes\.dataset\.classes: a folder dataset must list its class names"),
    (lambda e: e.update(classes={"fg": ["a", "b"]}), r"experiments\.shapes\.classes\.fg: 2 names for the 6 classes"),
    (lambda e: e.update(classes={"fg": "voc_fg"}), r"experiments\.shapes\.classes\.fg: 'voc_fg' is not this dataset's class list"),
    (lambda e: e["dataset"].update(classes=["a", "a"]), r"experiments\.shapes\.dataset\.classes: .*non-unique"),
    (lambda e: e.update(cams_from={"dir": "cams"}, stage2={**e["stage2"], "seeds": "fine"}),
     r"experiments\.shapes\.stage2\.seeds: fine needs the segmentation task, which an experiment with cams_from does not run"),
    (lambda e: e.update(cams_from={"dir": "cams", "format": "gradcam"}), r"experiments\.shapes\.cams_from\.format: 'gradcam' is not one of"),
    (lambda e: e.update(cams_from={"dir": "cams"}, seeds_from={"dir": "seeds"}),
     r"experiments\.shapes\.seeds_from: an experiment imports either CAMs \(cams_from\) or pseudo labels \(seeds_from\)"),
    (lambda e: e.update(seeds_from={"dir": "seeds"}, stage2={**e["stage2"], "seeds": "coarse"}),
     r"experiments\.shapes\.stage2\.seeds: an experiment with seeds_from trains stage II on its imported pseudo labels"),
    (lambda e: e.update(seeds_from={"folder": "seeds"}), r"experiments\.shapes\.seeds_from"),
])  # fmt: skip
def test_folder_dataset_and_cams_from_mistakes_are_named(raw, edit, message):
    bad = copy.deepcopy(raw)
    shapes = bad["experiments"]["shapes"] = copy.deepcopy(bad["experiments"]["shapes"])
    edit(shapes)
    with pytest.raises(ConfigError, match=message):
        validate_config(bad)


def test_fg_dataset_needs_a_folder_dataset(raw):
    bad = copy.deepcopy(raw)
    bad["experiments"]["voc"]["classes"]["fg"] = "dataset"
    with pytest.raises(ConfigError, match=r"experiments\.voc\.classes\.fg: 'dataset' names a folder dataset's classes; this dataset is voc"):
        validate_config(bad)


def test_toy_scale_training_beside_vit_b16_is_refused_naming_the_key(raw):
    """The shapes experiment (the toy's tiny-CLIP settings) with the real ViT-B/16: T2's learning rates are hundreds
    of times the recipe's and both tasks crop 64 px; each is named with the recipe's value."""
    from fma_wsss.config import cross_field_problems

    bad = copy.deepcopy(raw)
    bad["experiments"]["shapes"] = {**bad["experiments"]["shapes"], "clip": dict(bad["experiments"]["voc"]["clip"])}
    toy_lr = re.escape(str(bad["experiments"]["shapes"]["seg"]["train"]["base_lr"]))
    with pytest.raises(ConfigError, match=rf"experiments\.shapes\.seg\.train\.base_lr: {toy_lr} is a toy-scale setting .*"
                                          r"with ViT-B/16 the recipe uses 0\.001 \(METHOD §7\.5\)"):  # fmt: skip
        validate_config(bad)
    shapes = validate_config(copy.deepcopy(raw))["experiments"]["shapes"]
    problems = cross_field_problems({**shapes, "clip": {"arch": "ViT-B-16", "checkpoint": "pretrains/CLIP/ViT-B-16.pt"}})
    # T1's 0.01 and 1e-4 are 10x the recipe's, at the bound: only the crops are refused there
    assert [p.split(":")[0] for p in problems] == ["cls.train.augment.crop", "seg.train.base_lr", "seg.train.warm_lr",
                                                   "seg.train.augment.crop"]  # fmt: skip
    assert "64 is a toy-scale crop; with ViT-B/16 the recipe crops 224" in problems[0]
    assert cross_field_problems(shapes) == []  # the same settings with the toy CLIP are the toy's own


def test_mine_is_the_recipe_on_a_folder_dataset_and_built_only_when_selected(raw):
    from fma_wsss.config import cross_field_problems, selected_experiments

    cfg = load_config(REPO / "config.yaml")
    mine, voc = experiment(cfg, "mine"), experiment(cfg, "voc")
    assert cross_field_problems(mine) == cross_field_problems(voc) == []
    assert mine["dataset"]["kind"] == "folder" and mine["classes"]["fg"] == mine["dataset"]["classes"]
    assert mine["clip"] == voc["clip"] and mine["clip"]["arch"] == "ViT-B-16"
    assert mine["masks"]["backend"] == "sam" and mine["masks"]["sam"] == voc["masks"]["sam"]
    for task in ("cls", "seg"):
        assert mine[task]["train"] == voc[task]["train"] and mine[task]["prompt"] == voc[task]["prompt"]
    assert mine["seg"]["bg_names"] == voc["seg"]["bg_names"]
    assert {k: v for k, v in mine["stage2"].items() if k != "test_split"} == {k: v for k, v in voc["stage2"].items() if k != "test_split"}
    assert "mine" not in selected_experiments(cfg)
    assert validate_config({**copy.deepcopy(raw), "experiment": "mine"})["experiment"] == "mine"


@pytest.mark.parametrize("sides", [[32, 112], [112, 64]])
def test_toy_clip_scene_sides_that_cannot_hold_a_crop_are_named(raw, sides):
    from fma_wsss.clip import TOY_CLIP_CONFIG
    from fma_wsss.config import TOY_CLIP_INPUT

    assert TOY_CLIP_INPUT == TOY_CLIP_CONFIG["vision_cfg"]["image_size"]
    config = copy.deepcopy(raw)
    config["toy_clip"]["scene_sides"] = sides
    with pytest.raises(ConfigError, match=r"toy_clip\.scene_sides: .*64 <= lo <= hi"):
        validate_config(config)
    config["toy_clip"]["scene_sides"] = [64, 64]
    validate_config(config)
