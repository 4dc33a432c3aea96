"""Stage II (METHOD §12): our mmengine configs against the reference's recipe, the registered dataset on fixture
layouts, the tiny toy model trained, resumed and evaluated, the inputs checked before training, the VOC test tar."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from fma_wsss import stage2  # mmseg, mmdet and mmcv with ops are part of the environment
from fma_wsss.data import DatasetError, SegDataset
from fma_wsss.errors import ConfigError, WeightsFileError
from fma_wsss.toy import generate_toy_dataset

from conftest import write_coco_layout, write_voc_layout

TOY = dict(seed=3, n_train=8, n_val=3, min_side=64, max_side=80, max_objects=2, colour_tie_prob=0.85, jpeg_quality=95)
SWIN_L = "pretrains/swin_large_patch4_window12_384_22k_20220412-6580f57d.pth"


def settings(tmp_path, dataset, seed_dir, **overrides):
    return {"dataset": dataset, "train_split": "train", "val_split": "val", "seed_dir": str(seed_dir),
            "work_dir": str(tmp_path / "work"), "max_iters": 4, "val_interval": 2, "batch_size": 2, "num_workers": 0,
            "backbone": None, "seed": 0, **overrides}  # fmt: skip


def write_seeds(dataset: SegDataset, seed_dir, ids=None):
    """Seed PNGs made from the GT (255 -> background) and their manifest, as export_seeds writes them."""
    seed_dir.mkdir(parents=True, exist_ok=True)
    names = []
    for sample in dataset.samples:
        if ids is not None and sample.id not in ids:
            continue
        seed = dataset.label(sample.id).copy()
        seed[seed == 255] = 0
        Image.fromarray(seed, mode="L").save(seed_dir / f"{sample.id}.png")
        names.append(f"{sample.id}.png")
    (seed_dir / "manifest.txt").write_text("".join(f"{n}\n" for n in names))


@pytest.fixture(scope="module")
def toy(tmp_path_factory):
    root = tmp_path_factory.mktemp("toy") / "dataset"
    generate_toy_dataset(root, TOY)
    dataset = {"kind": "toy", "root": str(root)}
    seed_dir = root.parent / "seed"
    write_seeds(SegDataset.from_config(dataset, "train"), seed_dir)
    return dataset, seed_dir


def test_voc_config_is_the_reference_recipe(tmp_path):
    """METHOD §12.1, item by item, on the resolved config (stock mmseg bases + our file + the workflow's values)."""
    cfg = stage2.build_config("m2f_swin-l_voc.py", settings(tmp_path, {"kind": "voc", "root": "datasets/VOC2012"}, "seeds",
                                                             max_iters=80000, val_interval=5000, batch_size=4,
                                                             num_workers=8, backbone=SWIN_L))  # fmt: skip
    pre = cfg.model.data_preprocessor
    assert (pre.mean, pre.std, pre.bgr_to_rgb, pre.pad_val, pre.seg_pad_val, tuple(pre.size)) == (
        [123.675, 116.28, 103.53], [58.395, 57.12, 57.375], True, 0, 255, (512, 512))
    bb = cfg.model.backbone
    assert (bb.type, bb.pretrain_img_size, bb.embed_dims, list(bb.depths), list(bb.num_heads), bb.window_size) == (
        "SwinTransformer", 384, 192, [2, 2, 18, 2], [6, 12, 24, 48], 12)
    assert (bb.mlp_ratio, bb.qkv_bias, bb.drop_rate, bb.attn_drop_rate, bb.drop_path_rate, bb.patch_norm) == (4, True, 0, 0, 0.3, True)
    assert (tuple(bb.out_indices), bb.with_cp, bb.frozen_stages) == ((0, 1, 2, 3), False, -1)
    assert bb.init_cfg == {"type": "Pretrained", "checkpoint": SWIN_L}
    head = cfg.model.decode_head
    assert (head.type, list(head.in_channels), list(head.strides), head.feat_channels, head.out_channels) == (
        "Mask2FormerHead", [192, 384, 768, 1536], [4, 8, 16, 32], 256, 256)
    assert (head.num_classes, head.num_queries, head.num_transformer_feat_level, head.align_corners) == (21, 50, 3, False)
    assert head.enforce_decoder_input_project is False and head.positional_encoding == {"num_feats": 128, "normalize": True}
    pixel = head.pixel_decoder
    assert (pixel.type, pixel.num_outs, pixel.norm_cfg, pixel.act_cfg["type"], pixel.encoder.num_layers) == (
        "mmdet.MSDeformAttnPixelDecoder", 3, {"type": "GN", "num_groups": 32}, "ReLU", 6)
    attn = pixel.encoder.layer_cfg.self_attn_cfg
    assert (attn.embed_dims, attn.num_heads, attn.num_levels, attn.num_points, attn.im2col_step, attn.dropout, attn.batch_first) == (
        256, 8, 3, 4, 64, 0.0, True)
    assert pixel.encoder.layer_cfg.ffn_cfg.feedforward_channels == 1024
    dec = head.transformer_decoder
    assert (dec.return_intermediate, dec.num_layers, dec.layer_cfg.ffn_cfg.feedforward_channels, dec.layer_cfg.ffn_cfg.add_identity) == (
        True, 9, 2048, True)
    for key in ("self_attn_cfg", "cross_attn_cfg"):
        a = dec.layer_cfg[key]
        assert (a.embed_dims, a.num_heads, a.attn_drop, a.proj_drop, a.batch_first) == (256, 8, 0.0, 0.0, True)
    assert (head.loss_cls.use_sigmoid, head.loss_cls.loss_weight, head.loss_cls.class_weight) == (False, 2.0, [1.0] * 21 + [0.1])
    assert (head.loss_mask.use_sigmoid, head.loss_mask.loss_weight) == (True, 5.0)
    dice = head.loss_dice
    assert (dice.use_sigmoid, dice.activate, dice.naive_dice, dice.eps, dice.loss_weight) == (True, True, True, 1.0, 5.0)
    train = head.train_cfg
    assert (train.num_points, train.oversample_ratio, train.importance_sample_ratio) == (12544, 3.0, 0.75)
    costs = {c["type"]: c for c in train.assigner.match_costs}
    assert train.assigner.type == "mmdet.HungarianAssigner" and train.sampler.type == "mmdet.MaskPseudoSampler"
    assert costs["mmdet.ClassificationCost"]["weight"] == 2.0 and costs["mmdet.CrossEntropyLossCost"]["weight"] == 5.0
    assert costs["mmdet.CrossEntropyLossCost"]["use_sigmoid"] and costs["mmdet.DiceCost"] == {"type": "mmdet.DiceCost", "weight": 5.0, "pred_act": True, "eps": 1.0}
    assert cfg.model.test_cfg == {"mode": "whole"}

    opt = cfg.optim_wrapper
    assert opt.optimizer == {"type": "AdamW", "lr": 1e-4, "weight_decay": 0.05, "eps": 1e-8, "betas": (0.9, 0.999)}
    assert opt.clip_grad == {"max_norm": 0.01, "norm_type": 2}
    keys = opt.paramwise_cfg.custom_keys
    assert opt.paramwise_cfg.norm_decay_mult == 0.0 and keys["backbone"] == {"lr_mult": 0.1, "decay_mult": 1.0}
    for name in ("backbone.patch_embed.norm", "backbone.norm", "absolute_pos_embed", "relative_position_bias_table",
                 "backbone.stages.2.blocks.17.norm", "backbone.stages.2.downsample.norm"):  # fmt: skip
        assert keys[name] == {"lr_mult": 0.1, "decay_mult": 0.0}, name
    assert "backbone.stages.3.downsample.norm" not in keys  # the last stage has no downsample
    for name in ("query_embed", "query_feat", "level_embed"):
        assert keys[name] == {"lr_mult": 1.0, "decay_mult": 0.0}
    (poly,) = cfg.param_scheduler
    assert (poly.type, poly.power, poly.eta_min, poly.begin, poly.end, poly.by_epoch) == ("PolyLR", 0.9, 0, 0, 80000, False)
    assert (cfg.train_cfg.type, cfg.train_cfg.max_iters, cfg.train_cfg.val_interval) == ("IterBasedTrainLoop", 80000, 5000)
    ckpt = cfg.default_hooks.checkpoint
    assert (ckpt.by_epoch, ckpt.interval, ckpt.save_best) == (False, 5000, "mIoU")
    assert cfg.default_hooks.logger.interval == 50 and cfg.auto_scale_lr.enable is False

    steps = {s["type"]: s for s in cfg.train_dataloader.dataset.pipeline}
    assert [s["type"] for s in cfg.train_dataloader.dataset.pipeline] == [
        "FmaLoadImage", "LoadAnnotations", "RandomResize", "RandomCrop", "RandomFlip", "PhotoMetricDistortion", "Pad",
        "PackSegInputs"]  # fmt: skip
    assert (steps["RandomResize"]["scale"], steps["RandomResize"]["ratio_range"], steps["RandomResize"]["keep_ratio"]) == (
        (2048, 512), (0.5, 2.0), True)
    assert (steps["RandomCrop"]["crop_size"], steps["RandomCrop"]["cat_max_ratio"], steps["RandomFlip"]["prob"]) == ((512, 512), 0.75, 0.5)
    assert [s["type"] for s in cfg.test_dataloader.dataset.pipeline] == ["FmaLoadImage", "Resize", "LoadAnnotations", "PackSegInputs"]
    assert cfg.test_dataloader.dataset.pipeline[1]["scale"] == (2048, 512)
    loader = cfg.train_dataloader
    assert (loader.batch_size, loader.num_workers, loader.persistent_workers, loader.sampler) == (
        4, 8, True, {"type": "InfiniteSampler", "shuffle": True})
    assert (loader.dataset.type, loader.dataset.split, loader.dataset.seed_dir) == ("FmaSegDataset", "train", "seeds")
    assert cfg.val_dataloader.batch_size == 1 and cfg.val_dataloader.dataset.split == "val" and cfg.val_evaluator.iou_metrics == ["mIoU"]


def test_coco_config_differs_only_where_the_reference_does(tmp_path):
    common = dict(max_iters=100000, val_interval=5000, batch_size=4, num_workers=8, backbone=SWIN_L)
    voc = stage2.build_config("m2f_swin-l_voc.py", settings(tmp_path, {"kind": "voc", "root": "v"}, "s", **common))
    coco = stage2.build_config("m2f_swin-l_coco.py", settings(tmp_path, {"kind": "coco", "root": "c"}, "s", **common))
    assert coco.model.decode_head.num_classes == 81 and coco.model.decode_head.loss_cls.class_weight == [1.0] * 81 + [0.1]
    assert "Pad" not in [s["type"] for s in coco.train_dataloader.dataset.pipeline]
    assert coco.model.backbone == voc.model.backbone and coco.optim_wrapper == voc.optim_wrapper
    head_voc = {k: v for k, v in voc.model.decode_head.items() if k not in ("num_classes", "loss_cls")}
    assert head_voc == {k: v for k, v in coco.model.decode_head.items() if k not in ("num_classes", "loss_cls")}


def test_the_toy_optimiser_is_the_recipes_but_for_a_backbone_trained_from_scratch(tmp_path):
    """The toy's ResNet-18 starts from random weights: it learns at the full rate, 3e-3 (benchmarks/toy_stage2_lr.py),
    where the recipe fine-tunes a pretrained Swin-L at a tenth of 1e-4. Everything else of the optimiser is the
    recipe's, and the toy tests at short side 112, its images' largest side, as VOC's 512 is about VOC's."""
    common = dict(max_iters=100, val_interval=50, batch_size=8, num_workers=0)
    voc = stage2.build_config("m2f_swin-l_voc.py", settings(tmp_path, {"kind": "voc", "root": "v"}, "s", **common))
    toy = stage2.build_config("m2f_r18_toy.py", settings(tmp_path, {"kind": "voc", "root": "v"}, "s", **common))
    assert toy.optim_wrapper.optimizer == {**voc.optim_wrapper.optimizer, "lr": 3e-3, "fused": True}
    assert toy.optim_wrapper.clip_grad == voc.optim_wrapper.clip_grad
    toy_keys, voc_keys = toy.optim_wrapper.paramwise_cfg.custom_keys, voc.optim_wrapper.paramwise_cfg.custom_keys
    assert toy_keys["backbone"] == {"lr_mult": 1.0, "decay_mult": 1.0} and voc_keys["backbone"]["lr_mult"] == 0.1
    assert {k: v for k, v in toy_keys.items() if k != "backbone"} == {k: v for k, v in voc_keys.items() if k != "backbone"}
    (resize,) = [t for t in toy.test_pipeline if t["type"] == "Resize"]
    assert resize["scale"] == (448, 112) and resize["keep_ratio"]


def test_the_toy_colour_jitter_keeps_the_stars_yellow_apart_from_the_rings_orange(tmp_path):
    """The toy's classes wear a dominant colour 95 % of the time. Its stage II jitters brightness, contrast and
    saturation as the recipe does, but holds the hue: after the toy's PhotoMetricDistortion a star-yellow patch stays
    nearer the star's hue than the ring's, and the reverse (but for a few draws that clipping bends); VOC's ±18
    (36 degrees) moves about a fifth of each across."""
    import cv2
    from mmseg.registry import TRANSFORMS
    from mmseg.utils import register_all_modules

    from fma_wsss.toy import DOMINANT_COLOURS

    register_all_modules()
    common = dict(max_iters=100, val_interval=50, batch_size=8, num_workers=0)

    def jitter(config: str):
        cfg = stage2.build_config(config, settings(tmp_path, {"kind": "voc", "root": "v"}, "s", **common))
        (spec,) = [t for t in cfg.train_dataloader.dataset.pipeline if t["type"] == "PhotoMetricDistortion"]
        return TRANSFORMS.build(spec)

    def hue(bgr: np.ndarray) -> int:
        return int(cv2.cvtColor(bgr[:1, :1].astype(np.uint8), cv2.COLOR_BGR2HSV)[0, 0, 0])

    def crossing(transform, own: str, other: str, n: int = 300) -> float:
        """Share of n jittered patches of class `own`'s colour whose hue is nearer `other`'s (circular, 0-179)."""
        patch = {c: np.full((4, 4, 3), DOMINANT_COLOURS[c][1][::-1], np.uint8) for c in (own, other)}  # BGR
        centre = {c: hue(patch[c]) for c in patch}

        def dist(h: int, c: str) -> int:
            return min(abs(h - centre[c]), 180 - abs(h - centre[c]))

        np.random.seed(0)  # mmseg draws from numpy's global generator
        hues = [hue(transform.transform({"img": patch[own].copy()})["img"]) for _ in range(n)]
        return float(np.mean([dist(h, other) < dist(h, own) for h in hues]))

    toy, voc = jitter("m2f_r18_toy.py"), jitter("m2f_swin-l_voc.py")
    assert toy.hue_delta < voc.hue_delta == 18
    assert (toy.brightness_delta, toy.contrast_lower, toy.saturation_upper) == (voc.brightness_delta, voc.contrast_lower, voc.saturation_upper)
    assert crossing(toy, "star", "ring") == 0 and crossing(toy, "ring", "star") < 0.1
    assert crossing(voc, "star", "ring") > 0.1 and crossing(voc, "ring", "star") > 0.1


def test_the_real_voc_model_builds_and_runs_forward_on_cpu(tmp_path):
    from mmseg.registry import MODELS
    from mmseg.utils import register_all_modules

    register_all_modules()
    cfg = stage2.build_config("m2f_swin-l_voc.py", settings(tmp_path, {"kind": "voc", "root": "v"}, "s"))
    model = MODELS.build(cfg.model).eval()
    assert 200e6 < sum(p.numel() for p in model.parameters()) < 230e6  # Swin-L (197M) + the Mask2Former head
    from mmseg.structures import SegDataSample

    sample = SegDataSample()
    sample.set_metainfo({"img_shape": (64, 96), "ori_shape": (64, 96), "pad_shape": (64, 96)})
    with torch.no_grad():
        (out,) = model.predict(torch.rand(1, 3, 64, 96), [sample])
    assert out.seg_logits.data.shape == (21, 64, 96) and torch.isfinite(out.seg_logits.data).all()
    assert out.pred_sem_seg.data.shape == (1, 64, 96)


def infos(dataset):
    return [dataset.get_data_info(i) for i in range(len(dataset))]


def test_the_registered_dataset_reads_voc_and_coco_layouts_and_trains_only_on_seeded_ids(tmp_path):
    voc_root = write_voc_layout(tmp_path / "VOC2012", {"train_aug": ["a", "b", "c"], "val": ["d"]})
    voc = {"kind": "voc", "root": str(voc_root)}
    write_seeds(SegDataset.from_config(voc, "train_aug"), tmp_path / "voc_seed")
    train = stage2.FmaSegDataset(voc, "train_aug", str(tmp_path / "voc_seed"), pipeline=[])
    assert [d["seg_map_path"] for d in infos(train)] == [str(tmp_path / "voc_seed" / f"{i}.png") for i in "abc"]
    assert len(train.metainfo["classes"]) == 21 and train.metainfo["palette"][1] == [128, 0, 0]
    val = stage2.FmaSegDataset(voc, "val", None, pipeline=[])
    assert infos(val)[0]["seg_map_path"].endswith("SegmentationClassAug/d.png")

    coco_root = write_coco_layout(tmp_path / "coco2014", {"train": ["1", "2", "3"], "val": ["4"]})
    coco = {"kind": "coco", "root": str(coco_root)}
    write_seeds(SegDataset.from_config(coco, "train"), tmp_path / "coco_seed", ids={"1", "3"})  # image 2: no seed
    train = stage2.FmaSegDataset(coco, "train", str(tmp_path / "coco_seed"), pipeline=[])
    assert [d["img_path"].rsplit("/", 1)[1] for d in infos(train)] == ["1.jpg", "3.jpg"]  # METHOD §12's pitfall
    assert len(train.metainfo["classes"]) == 81


@pytest.mark.slow
def test_the_tiny_toy_model_trains_resumes_and_evaluates(toy, tmp_path):
    dataset, seed_dir = toy
    cfg = stage2.build_config("m2f_r18_toy.py", settings(tmp_path, dataset, seed_dir))
    stage2.check_inputs(cfg)
    first = stage2.train(cfg, "run-a", log=lambda m: None)
    assert first["final"].endswith("iter_4.pth") and (tmp_path / "work" / "last_checkpoint").is_file()
    assert first["best"].rsplit("/", 1)[1].startswith("best_mIoU_iter_")
    longer = stage2.build_config("m2f_r18_toy.py", settings(tmp_path, dataset, seed_dir, max_iters=6))
    said = []
    second = stage2.train(longer, "run-a", log=said.append)  # as after a kill at iteration 4 of 6: continues
    assert said and "iter_4.pth" in said[0] and second["final"].endswith("iter_6.pth")
    stage2.publish_checkpoint(second["final"], tmp_path / "final.pth")
    published = torch.load(tmp_path / "final.pth", map_location="cpu", weights_only=True)  # tensors only, no allow-list
    assert published["meta"]["iter"] == 6 and set(published) == {"meta", "state_dict"}
    val = SegDataset.from_config(dataset, "val")
    with pytest.raises(WeightsFileError, match=rf"stage-II checkpoint {second['final']} was refused: it holds more than tensors"):
        stage2.evaluate(longer, second["final"], val)  # the work dir's own checkpoint (message hub, optimiser)
    result = stage2.evaluate(longer, tmp_path / "final.pth", val, tmp_path / "pred")
    assert result["images"] == 3 and 0 <= result["miou"] <= 100 and set(result["class_iou"]) == set(val.class_names)
    # predictions through the test loader (2 workers) are mmseg's inference_model's, image by image
    from mmseg.apis import inference_model, init_model

    longer.test_dataloader.num_workers = 2
    loaded = dict(stage2.predict(longer, tmp_path / "final.pth", val))
    model = init_model(longer, str(tmp_path / "final.pth"), device="cpu")
    for sample in val.samples:
        expected = inference_model(model, val.image(sample.id)[:, :, ::-1].copy()).pred_sem_seg.data[0].numpy()
        np.testing.assert_array_equal(loaded[sample.id], expected.astype(np.uint8))
    # test-time augmentation through mmseg's SegTTAModel: one augmentation (scale 1.0, no flip) is single scale
    single = dict(stage2.predict(longer, tmp_path / "final.pth", val, tta={"scales": [1.0], "flip": False}))
    for img_id, pred in loaded.items():
        np.testing.assert_array_equal(single[img_id], pred)
    with_tta = stage2.evaluate(longer, tmp_path / "final.pth", val, tta={"scales": [0.75, 1.0, 1.5], "flip": True})
    assert {k: with_tta[k] for k in ("miou", "class_iou")} == {k: result[k] for k in ("miou", "class_iou")}
    assert with_tta["tta"]["scales"] == [0.75, 1.0, 1.5] and 0 <= with_tta["tta"]["miou"] <= 100
    augmented = dict(stage2.predict(longer, tmp_path / "final.pth", val, tta={"scales": [0.75, 1.0, 1.5], "flip": True}))
    assert all(augmented[i].shape == loaded[i].shape for i in loaded)
    for sample in val.samples:
        with Image.open(tmp_path / "pred" / f"{sample.id}.png") as png:
            assert png.mode == "P" and png.size[::-1] == val.label(sample.id).shape
            assert np.asarray(png).max() < val.num_classes
    said.clear()  # other settings or seeds (another stamp): the old run is cleared, never resumed
    other = stage2.train(stage2.build_config("m2f_r18_toy.py", settings(tmp_path, dataset, seed_dir, max_iters=2)), "run-b",
                         log=said.append)  # fmt: skip
    assert "starting afresh" in said[0] and not any("resuming" in m for m in said)
    assert sorted(p.name for p in (tmp_path / "work").glob("iter_*.pth")) == ["iter_2.pth"] and other["final"].endswith("iter_2.pth")


def copy_configs(folder):
    """The toy config and the VOC one it inherits, copied to `folder` to be edited; the toy config's path."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("m2f_r18_toy.py", "m2f_swin-l_voc.py"):
        (folder / name).write_text((stage2.CONFIG_DIR / name).read_text())
    return folder / "m2f_r18_toy.py"


def stamped(config_file, tmp_path, dataset, seed_dir, **overrides):
    """The toy's resolved config and its work-dir stamp as stage2-train computes it, from `config_file` standing in
    for stage2_configs/m2f_r18_toy.py (the stage2 section names the same config whichever file is read)."""
    values = settings(tmp_path, dataset, seed_dir, **overrides)
    cfg = stage2.build_config(str(config_file), values)
    keys = ("val_split", "max_iters", "val_interval", "batch_size", "num_workers", "backbone", "seed")
    section = {"config": "m2f_r18_toy.py", "gpus": 1, **{k: values[k] for k in keys}}
    return cfg, stage2.work_dir_stamp(cfg, dataset, section, values["train_split"], values["seed_dir"])


def test_the_work_dir_stamp_follows_the_resolved_config_not_the_machine_or_the_paths(toy, tmp_path):
    """An edited value of a stage2_configs file (or of the file it inherits) changes the resolved config, hence the
    work-dir stamp; loader workers (a machine setting), the work dir's path and the seed folder's path (its
    content counts) do not."""
    dataset, seed_dir = toy
    toy_config = copy_configs(tmp_path / "configs")
    _, base = stamped(toy_config, tmp_path, dataset, seed_dir)
    moved_seeds = tmp_path / "elsewhere" / "seed"
    shutil.copytree(seed_dir, moved_seeds)
    assert base == stamped(stage2.CONFIG_DIR / "m2f_r18_toy.py", tmp_path, dataset, seed_dir)[1]
    assert base == stamped(toy_config, tmp_path, dataset, seed_dir, num_workers=3)[1]
    assert base == stamped(toy_config, tmp_path, dataset, moved_seeds, work_dir=str(tmp_path / "other_work"))[1]
    assert base != stamped(toy_config, tmp_path, dataset, seed_dir, max_iters=5)[1]
    text = toy_config.read_text()
    toy_config.write_text(text.replace("num_queries=10", "num_queries=11"))
    assert base != stamped(toy_config, tmp_path, dataset, seed_dir)[1]
    toy_config.write_text(text)
    assert base == stamped(toy_config, tmp_path, dataset, seed_dir)[1]
    voc = toy_config.parent / "m2f_swin-l_voc.py"
    voc.write_text(voc.read_text().replace("power=0.9", "power=0.8"))
    assert base != stamped(toy_config, tmp_path, dataset, seed_dir)[1]  # an edit of the inherited file counts too


def test_a_work_dir_of_another_config_starts_afresh_one_of_the_same_resumes(toy, tmp_path, monkeypatch):
    """train() on the stamps stage2-train computes, mmengine's Runner stubbed (no training): a work dir left by an
    interrupted run of the same config resumes; one of a config with an edited value is cleared, never resumed."""
    from mmengine.runner import Runner

    resumed = []

    class Stub:
        def __init__(self, cfg):
            self.cfg = cfg

        def train(self):
            resumed.append(self.cfg.resume)

    monkeypatch.setattr(Runner, "from_cfg", staticmethod(Stub))
    dataset, seed_dir = toy
    toy_config = copy_configs(tmp_path / "configs")
    cfg, stamp = stamped(toy_config, tmp_path, dataset, seed_dir)
    work = tmp_path / "work"
    said = []
    stage2.train(cfg, stamp, log=said.append)
    (work / "iter_2.pth").write_bytes(b"")  # as a run killed after iteration 2 leaves it
    (work / "last_checkpoint").write_text(str(work / "iter_2.pth"))
    cfg, again = stamped(toy_config, tmp_path, dataset, seed_dir)
    stage2.train(cfg, again, log=said.append)
    assert again == stamp and resumed == [False, True] and said == [f"resuming from {work / 'iter_2.pth'}"]
    toy_config.write_text(toy_config.read_text().replace("num_queries=10", "num_queries=11"))
    cfg, edited = stamped(toy_config, tmp_path, dataset, seed_dir)
    said.clear()
    stage2.train(cfg, edited, log=said.append)
    assert said == [f"{work} holds a run of other settings, seeds or code: starting afresh"] and resumed[-1] is False
    assert not (work / "iter_2.pth").exists() and (work / "fma-wsss-stamp.txt").read_text() == edited


@pytest.mark.slow
def test_without_gt_in_the_val_split_it_trains_to_the_end_and_reports_no_miou(toy, tmp_path):
    """A folder dataset whose val images have no GT: no validation loop, best = final, evaluation without mIoU."""
    from fma_wsss.data import export_folder_dataset

    dataset, seed_dir = toy
    export_folder_dataset(dataset, ["train", "val"], tmp_path / "mine", gt_splits=[])
    mine = {"kind": "folder", "root": str(tmp_path / "mine"), "labels": "labels.csv",
            "classes": ["circle", "square", "triangle", "star", "cross", "ring"]}  # fmt: skip
    cfg = stage2.build_config("m2f_r18_toy.py", settings(tmp_path, mine, seed_dir, max_iters=2, validate=False))
    assert cfg.val_dataloader is None and cfg.val_cfg is None and "save_best" not in cfg.default_hooks.checkpoint
    result = stage2.train(cfg, "no-gt", log=lambda m: None)
    assert result["best"] == result["final"] and result["final"].endswith("iter_2.pth") and not result["history"]["val"]
    stage2.publish_checkpoint(result["final"], tmp_path / "final.pth")
    val = SegDataset.from_config(mine, "val")
    evaluation = stage2.evaluate(cfg, tmp_path / "final.pth", val, tmp_path / "pred")
    assert evaluation["miou"] is None and evaluation["gt_images"] == 0 and evaluation["images"] == 3
    assert len(list((tmp_path / "pred").glob("*.png"))) == 3  # the predictions are still written
    md = stage2.report_markdown({"final": evaluation}, None, "t")
    assert "| final | val | 3 | 0 | no GT |" in md and "No segmentation GT in the evaluated split" in md


class RunsCode:
    """A pickle payload that would create a file when unpickled."""

    def __init__(self, target: str = "pwned"):
        self.target = target

    def __reduce__(self):
        return (os.system, (f"touch {self.target}",))


def test_bad_inputs_stop_before_training(toy, tmp_path):
    from mmseg.registry import MODELS

    dataset, seed_dir = toy
    cfg = stage2.build_config("m2f_r18_toy.py", settings(tmp_path, dataset, seed_dir, backbone=str(tmp_path / "none.pth")))
    with pytest.raises(FileNotFoundError, match=r"backbone weights not found: .*none\.pth"):
        stage2.check_inputs(cfg)
    garbage = tmp_path / "garbage.pth"
    garbage.write_bytes(b"not a checkpoint" * 10)
    garbage_cfg = stage2.build_config("m2f_r18_toy.py", settings(tmp_path, dataset, seed_dir, backbone=str(garbage)))
    with pytest.raises(WeightsFileError, match=r"backbone weights .*garbage\.pth is not a PyTorch weights file"):
        stage2.check_inputs(garbage_cfg)
    evil = tmp_path / "evil.pth"
    torch.save({"state_dict": RunsCode(str(tmp_path / "pwned"))}, evil)  # unpickling it would run a command
    evil_cfg = stage2.build_config("m2f_r18_toy.py", settings(tmp_path, dataset, seed_dir, backbone=str(evil)))
    with pytest.raises(WeightsFileError, match=r"backbone weights .*evil\.pth was refused: it holds more than tensors \(GLOBAL"):
        stage2.check_inputs(evil_cfg)
    assert not (tmp_path / "pwned").exists()
    good = MODELS.build(cfg.model.backbone).state_dict()
    torch.save({"state_dict": good}, tmp_path / "r18.pth")
    stage2.check_inputs(stage2.build_config("m2f_r18_toy.py", settings(tmp_path, dataset, seed_dir, backbone=str(tmp_path / "r18.pth"))))
    torch.save({"state_dict": {"patch_embed.projection.weight": torch.zeros(192, 3, 4, 4)}}, tmp_path / "swin.pth")
    swin_cfg = stage2.build_config("m2f_r18_toy.py", settings(tmp_path, dataset, seed_dir, backbone=str(tmp_path / "swin.pth")))
    with pytest.raises(WeightsFileError, match=r"swin\.pth do not fit ResNet"):
        stage2.check_inputs(swin_cfg)

    partial = tmp_path / "partial_seed"
    partial.mkdir()
    names = (seed_dir / "manifest.txt").read_text().split()
    for name in names[1:]:
        (partial / name).write_bytes((seed_dir / name).read_bytes())
    (partial / "manifest.txt").write_text("\n".join(names) + "\n")
    partial_cfg = stage2.build_config("m2f_r18_toy.py", settings(tmp_path, dataset, partial))
    with pytest.raises(DatasetError, match=rf"{names[0]}"):
        stage2.check_inputs(partial_cfg)
    Image.fromarray(np.full((5, 5), 9, np.uint8), mode="L").save(partial / names[0])
    with pytest.raises(DatasetError, match=rf"{names[0]} .*has value 9"):
        stage2.check_inputs(partial_cfg)


def test_the_voc_test_predictions_are_packed_as_the_server_takes_them(tmp_path):
    pred = tmp_path / "pred"
    pred.mkdir()
    for img_id in ("2008_000001", "2008_000002"):
        Image.fromarray(np.zeros((4, 4), np.uint8), mode="P").save(pred / f"{img_id}.png")
    assert stage2.pack_voc_test(pred, ["2008_000001", "2008_000002"], tmp_path / "sub.tar") == 2
    with tarfile.open(tmp_path / "sub.tar") as tar:
        assert tar.getnames() == [f"results/VOC2012/Segmentation/comp6_test_cls/2008_00000{i}.png" for i in (1, 2)]
    with pytest.raises(FileNotFoundError, match=r"2008_000003\.png"):
        stage2.pack_voc_test(pred, ["2008_000001", "2008_000003"], tmp_path / "bad.tar")
    assert not (tmp_path / "bad.tar").exists()


def test_stage_two_reads_images_as_every_other_stage(tmp_path):
    """FmaLoadImage: the pixels of data.read_rgb (grayscale converted, the same JPEG decoder) as BGR; a 16-bit image
    is refused with the same error as in stage I."""
    from fma_wsss.data import read_rgb

    rng = np.random.default_rng(0)
    jpeg, gray, deep = tmp_path / "a.jpg", tmp_path / "g.jpg", tmp_path / "d.png"
    Image.fromarray(rng.integers(0, 256, (24, 40, 3), dtype=np.uint8)).save(jpeg, quality=80)
    Image.fromarray(rng.integers(0, 256, (24, 40), dtype=np.uint8)).save(gray)
    Image.fromarray(np.full((4, 4), 50000, np.uint16)).save(deep)
    load = stage2.FmaLoadImage()
    for path in (jpeg, gray):
        out = load({"img_path": str(path)})
        np.testing.assert_array_equal(out["img"], read_rgb(path)[:, :, ::-1])
        assert out["img_shape"] == out["ori_shape"] == (24, 40) and out["img"].flags.c_contiguous
    with pytest.raises(DatasetError, match=r"image .*d\.png has mode I"):
        load({"img_path": str(deep)})


def test_n_gpus_relaunch_the_job_as_n_standalone_processes(monkeypatch):
    import subprocess

    calls = []
    monkeypatch.setattr(subprocess, "call", lambda cmd: calls.append(cmd) or 0)
    monkeypatch.delenv("LOCAL_RANK", raising=False)
    assert stage2.relaunch_in_processes(1, ["stage2-train"]) is None and not calls
    assert stage2.relaunch_in_processes(2, ["stage2-train", "@args"]) == 0
    (cmd,) = calls
    assert cmd[1:5] == ["-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2"]
    assert cmd[-4:] == ["-m", "fma_wsss.cli", "stage2-train", "@args"]
    monkeypatch.setenv("LOCAL_RANK", "0")  # inside a launched process: run, do not relaunch
    assert stage2.relaunch_in_processes(2, ["stage2-train"]) is None and len(calls) == 1


def stage2_train_command(dataset, seed_dir, run, gpus: int = 2, **section):
    """`fma-wsss stage2-train` of the tiny toy model in `run`/, as the stage2_train rule calls it, on `gpus`
    processes (CPU processes here: gloo)."""
    section = {"config": "m2f_r18_toy.py", "gpus": gpus, "val_split": "val", "max_iters": 4, "val_interval": 2,
               "batch_size": 2, "num_workers": 0, "backbone": None, "seed": 0, **section}  # fmt: skip
    return [sys.executable, "-m", "fma_wsss.cli", "stage2-train", "--dataset", json.dumps(dataset),
            "--stage2", json.dumps(section), "--train-split", "train", "--seed-dir", str(seed_dir),
            "--work-dir", str(run / "work"), "--threads", "1", "--final", str(run / "final.pth"),
            "--best", str(run / "best.pth"), "--summary", str(run / "train.json")]  # fmt: skip


@pytest.mark.slow
def test_two_processes_train_resume_and_evaluate_and_two_such_jobs_run_at_once(toy, tmp_path):
    """Stage II as one job of 2 processes (data-parallel, gloo on the CPU): the parent checks the seeds and prepares
    the work dir once, the processes train; a job killed after its checkpoint at iteration 2 resumes there; the
    published checkpoint evaluates. Two such jobs on one machine at once do not collide (own rendezvous ports)."""
    dataset, seed_dir = toy
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    runs = [tmp_path / "a", tmp_path / "b"]
    jobs = [subprocess.Popen(stage2_train_command(dataset, seed_dir, run), env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True) for run in runs]  # fmt: skip
    outputs = [job.communicate(timeout=600)[0] for job in jobs]
    for job, out in zip(jobs, outputs):
        assert job.returncode == 0, out[-3000:]
    for run in runs:
        summary = json.loads((run / "train.json").read_text())
        assert summary["gpus"] == 2 and [row["iteration"] for row in summary["history"]["val"]] == [2, 4]
        assert torch.load(run / "final.pth", weights_only=True)["meta"]["iter"] == 4
    log = next((runs[0] / "work").glob("*/*.log")).read_text()
    assert "Distributed training: True" in log and "GPU number: 2" in log  # mmengine's words for a world of 2

    work = runs[0] / "work"
    (work / "iter_4.pth").unlink()  # as a kill after the checkpoint of iteration 2 leaves it
    (work / "last_checkpoint").write_text(str(work / "iter_2.pth"))
    (runs[0] / "final.pth").unlink()
    again = subprocess.run(stage2_train_command(dataset, seed_dir, runs[0]), env=env, capture_output=True, text=True,
                           timeout=600)  # fmt: skip
    assert again.returncode == 0, again.stderr[-3000:]
    assert again.stdout.count(f"resuming from {work / 'iter_2.pth'}") == 1  # said once, by rank 0
    assert torch.load(runs[0] / "final.pth", weights_only=True)["meta"]["iter"] == 4

    cfg = stage2.build_config("m2f_r18_toy.py", settings(runs[0], dataset, seed_dir))
    result = stage2.evaluate(cfg, runs[0] / "final.pth", SegDataset.from_config(dataset, "val"))
    assert result["images"] == 3 and 0 <= result["miou"] <= 100


def test_a_job_with_fewer_gpus_than_processes_is_refused_naming_the_key(monkeypatch):
    """One process per GPU: on a node that gives the job 1 GPU for stage2.gpus 2, the parent stops before any
    process starts (mmengine's logger would index CUDA_VISIBLE_DEVICES out of range in the second one)."""
    from fma_wsss.errors import ConfigError

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 1)
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "3")
    with pytest.raises(ConfigError, match=r"stage2.gpus is 2 but this job sees 1 GPU\(s\) \(CUDA_VISIBLE_DEVICES=3\)"):
        stage2.check_gpus(2)
    stage2.check_gpus(1)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)  # CPU processes (gloo), as the tests run them
    stage2.check_gpus(2)


def test_the_head_takes_the_class_count_of_a_folder_dataset(tmp_path):
    """The VOC recipe on a folder dataset of 3 classes: 4 outputs (with background) and 5 class weights (the last,
    0.1, for "no object"); VOC's own stays 21."""
    mine = {"kind": "folder", "root": "datasets/mine", "labels": "labels.csv", "classes": ["cat", "dog", "plant"]}
    cfg = stage2.build_config("m2f_swin-l_voc.py", settings(tmp_path, mine, "seeds"))
    assert cfg.model.decode_head.num_classes == 4 and cfg.model.decode_head.loss_cls.class_weight == [1.0] * 4 + [0.1]
    voc = stage2.build_config("m2f_swin-l_voc.py", settings(tmp_path, {"kind": "voc", "root": "v"}, "seeds"))
    assert voc.model.decode_head.num_classes == 21


def test_tta_scales_the_test_resize_and_adds_flips():
    test = [{"type": "FmaLoadImage"}, {"type": "Resize", "scale": (2048, 512), "keep_ratio": True},
            {"type": "LoadAnnotations"}, {"type": "PackSegInputs"}]  # fmt: skip
    [aug] = stage2.tta_transforms(test, [0.5, 1.0, 1.75], flip=True)
    resizes, flips, pack = aug["transforms"]
    assert aug["type"] == "TestTimeAug" and [r["scale"] for r in resizes] == [(1024, 256), (2048, 512), (3584, 896)]
    assert all(r["keep_ratio"] for r in resizes) and [f["prob"] for f in flips] == [0.0, 1.0] and pack == [{"type": "PackSegInputs"}]
    assert [f["prob"] for f in stage2.tta_transforms(test, [1.0], flip=False)[0]["transforms"][1]] == [0.0]
    with pytest.raises(ConfigError, match="stage2.tta: the config's test_pipeline has no Resize"):
        stage2.tta_transforms([test[0], test[3]], [1.0], flip=True)


def test_the_report_gives_tta_beside_single_scale():
    tta = {"scales": [0.5, 1.0], "flip": True, "miou": 61.25, "class_iou": {"background": 90.0, "cat": 32.5}}
    results = {"final": {"split": "val", "images": 3, "gt_images": 3, "miou": 60.0, "tta": tta,
                         "class_iou": {"background": 89.0, "cat": 31.0}}}  # fmt: skip
    md = stage2.report_markdown(results, 55.0, "Stage II")
    assert "| checkpoint | split | images | with GT | mIoU | TTA mIoU |" in md and "| final | val | 3 | 3 | 60.0 | 61.2 |" in md
    assert "the test scale times [0.5, 1.0] and their horizontal flips" in md and "The paper's figures are single scale" in md
    assert "| fine seeds (train, for comparison) | train | | | 55.0 | |" in md
    del results["final"]["tta"]
    assert "TTA" not in stage2.report_markdown(results, 55.0, "Stage II")


def stock_config(name: str):
    """A config of stock mmsegmentation, as installed (mmseg's .mim/configs)."""
    import mmseg
    from mmengine.config import Config

    return Config.fromfile(str(Path(mmseg.__file__).parent / ".mim" / "configs" / name))


def unscoped(value):
    """A config value without mmengine's `_scope_` keys (a base loaded as `mmseg::...` carries them)."""
    if isinstance(value, dict):
        return {k: unscoped(v) for k, v in value.items() if k != "_scope_"}
    if isinstance(value, (list, tuple)):
        return type(value)(unscoped(v) for v in value)
    return value


def test_the_deeplab_recipe_is_stock_mmsegs_voc12aug_deeplabv3plus_r101(tmp_path):
    """dlv3p_r101_voc.py resolved with the workflow's values equals stock deeplabv3plus_r101-d8_4xb4-40k_voc12aug
    in every model, optimiser, schedule and pipeline value; only the data source and the backbone weights differ."""
    weights = "pretrains/resnet101_v1c.pth"
    cfg = stage2.build_config("dlv3p_r101_voc.py", settings(tmp_path, {"kind": "voc", "root": "v"}, "seeds", max_iters=40000,
                                                            val_interval=4000, batch_size=4, num_workers=4, backbone=weights))  # fmt: skip
    stock = stock_config("deeplabv3plus/deeplabv3plus_r101-d8_4xb4-40k_voc12aug-512x512.py")
    for key in ("decode_head", "auxiliary_head", "data_preprocessor", "test_cfg", "type"):
        assert unscoped(cfg.model[key]) == unscoped(stock.model[key]), key
    assert unscoped({k: v for k, v in cfg.model.backbone.items() if k != "init_cfg"}) == unscoped(stock.model.backbone)
    assert cfg.model.backbone.init_cfg == {"type": "Pretrained", "checkpoint": weights} and cfg.model.pretrained is None
    assert stock.model.pretrained == "open-mmlab://resnet101_v1c"  # the weights a user downloads (never fetched here)
    assert (cfg.model.decode_head.type, cfg.model.backbone.type, cfg.model.backbone.depth) == ("DepthwiseSeparableASPPHead", "ResNetV1c", 101)
    assert unscoped(cfg.optim_wrapper) == unscoped(stock.optim_wrapper)
    assert unscoped(cfg.param_scheduler) == unscoped(stock.param_scheduler)
    assert (cfg.train_cfg.max_iters, cfg.train_cfg.val_interval) == (stock.train_cfg.max_iters, stock.train_cfg.val_interval) == (40000, 4000)
    assert cfg.default_hooks.checkpoint.interval == stock.default_hooks.checkpoint.interval
    assert cfg.train_dataloader.batch_size == stock.train_dataloader.batch_size == 4
    for ours, theirs in ((cfg.train_dataloader, stock.train_pipeline), (cfg.test_dataloader, stock.test_pipeline)):
        assert ours.dataset.pipeline[0]["type"] == "FmaLoadImage" and theirs[0]["type"] == "LoadImageFromFile"
        assert unscoped(ours.dataset.pipeline[1:]) == unscoped(theirs[1:])
    coco = stage2.build_config("dlv3p_r101_coco.py", settings(tmp_path, {"kind": "coco", "root": "c"}, "seeds", max_iters=80000,
                                                              val_interval=8000, batch_size=4, num_workers=4, backbone=weights))  # fmt: skip
    assert coco.model.decode_head.num_classes == coco.model.auxiliary_head.num_classes == 81
    assert {k: v for k, v in coco.model.decode_head.items() if k != "num_classes"} == {
        k: v for k, v in cfg.model.decode_head.items() if k != "num_classes"}
    assert coco.param_scheduler[0].end == 80000 and coco.optim_wrapper == cfg.optim_wrapper


def test_the_deeplab_heads_take_the_class_count_of_a_folder_dataset(tmp_path):
    folder = {"kind": "folder", "root": "mine", "classes": ["cat", "dog", "boat"]}
    cfg = stage2.build_config("dlv3p_r101_voc.py", settings(tmp_path, folder, "seeds"))
    assert cfg.model.decode_head.num_classes == cfg.model.auxiliary_head.num_classes == 4
