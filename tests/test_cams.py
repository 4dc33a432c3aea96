"""Stage I1 on CPU: CAM shards from a random toy CLIP, their evaluation and report."""

import numpy as np
import pytest
import torch

from fma_wsss.cams import (
    cam_miou_sweep, cam_report_markdown, ceil_to, classification_quality, inference_input, read_cam_shard, run_cam_shard,
)  # fmt: skip
from fma_wsss.losses import multilabel_cl_loss
from fma_wsss.data import SegDataset, image_level_labels
from fma_wsss.prompts import build_cam_model

from test_prompts import CLASSES, PROMPT, toy_setup  # noqa: F401  (module fixture)


def test_inference_input_rounds_sides_up():
    x = inference_input(np.zeros((70, 81, 3), np.uint8), 8)
    assert x.shape == (1, 3, 72, 88)
    assert inference_input(np.zeros((64, 80, 3), np.uint8), 16).shape == (1, 3, 64, 80)
    assert ceil_to(17, 16) == 32 and ceil_to(16, 16) == 16


def test_cam_shard_roundtrip_and_sweep(toy_setup, tmp_path):  # noqa: F811
    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    model = build_cam_model(clip_cfg, PROMPT, CLASSES["fg"], CLASSES["bg"])
    model.prompt_learner.initialize(0)
    paths = [tmp_path / f"shard-{i:04d}.h5" for i in range(2)]
    for i, p in enumerate(paths):
        run_cam_shard(model, ds, i, 5, p, att_layers=2)
    records = [r for p in paths for r in read_cam_shard(p, with_att=True)]
    assert [i for i, _ in records] == ds.ids
    for img_id, rec in records:
        fg = np.flatnonzero(image_level_labels(ds.label(img_id), ds.num_classes)[1:])
        h, w = (-(-rec["hw"][0] // 8), -(-rec["hw"][1] // 8))
        assert rec["fg_cls"].tolist() == fg.tolist() and rec["cam"].shape == (len(fg), h, w)
        assert rec["att"].shape == (h * w, h * w) and rec["att"].dtype == np.float16
        np.testing.assert_allclose(rec["fg_logit"], rec["all_logit"][fg])
    result = cam_miou_sweep(ds, paths, [1.0, 2.0])
    assert result["images"] == 8 and set(result["miou_by_power"]) == {"1.0", "2.0"}
    assert 0 <= result["best_miou"] <= 100 and result["best_power"] in (1.0, 2.0)
    quality = classification_quality(paths, ds.num_classes - 1)
    logits = torch.from_numpy(np.stack([rec["all_logit"] for _, rec in records]))
    labels = torch.stack([torch.from_numpy(image_level_labels(ds.label(i), ds.num_classes)[1:].astype(np.int64)) for i in ds.ids])
    assert quality["cl_loss"] == pytest.approx(float(multilabel_cl_loss(logits, labels)), rel=1e-6)
    assert 0 < quality["map"] <= 100
    md = cam_report_markdown({"hand": {**result, **quality}, "cls": {**result, **quality}}, "t")
    assert f"| hand | train | 8 | {quality['map']:.1f} | {quality['cl_loss']:.3f} |" in md and "| circle |" in md


def test_not_a_cam_shard(tmp_path):
    import h5py

    with h5py.File(tmp_path / "x.h5", "w"):
        pass
    with pytest.raises(ValueError, match="not a CAM shard"):
        list(read_cam_shard(tmp_path / "x.h5"))
