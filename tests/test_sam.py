"""The SAM backend on CPU: builders and checkpoints, the FMA level offsets and stability bias, the stable NMS."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch
import yaml

from fma_wsss.config import validate_config
from fma_wsss.errors import ConfigError, WeightsFileError
from fma_wsss.masks import build_mask_generator, quasi_superpixels
from fma_wsss.sam import (
    FATE_CROP_EDGE, FATE_IOU, FATE_STABILITY, TINY_SAM, FMASamMaskGenerator, LevelThresholds, build_sam_skeleton,
    filter_batch, load_sam, save_random_tiny_sam,
)  # fmt: skip

from conftest import REPO
from test_golden import StubPredictor


@pytest.fixture(scope="module")
def tiny_ckpt(tmp_path_factory):
    path = tmp_path_factory.mktemp("sam") / "sam_tiny_seed0.pth"
    save_random_tiny_sam(path, seed=0)
    return path


def test_tiny_checkpoint_roundtrip_is_seeded(tiny_ckpt, tmp_path):
    model = load_sam("tiny", tiny_ckpt)
    reference = build_sam_skeleton(TINY_SAM)
    reference.load_state_dict(torch.load(tiny_ckpt, weights_only=True))
    for (k, a), (_, b) in zip(model.state_dict().items(), reference.state_dict().items()):
        assert torch.equal(a, b), k
    save_random_tiny_sam(tmp_path / "again.pth", seed=0)
    save_random_tiny_sam(tmp_path / "other.pth", seed=1)
    sd0, sd0b, sd1 = (torch.load(p, weights_only=True) for p in (tiny_ckpt, tmp_path / "again.pth", tmp_path / "other.pth"))
    key = "image_encoder.patch_embed.proj.weight"
    assert torch.equal(sd0[key], sd0b[key]) and not torch.equal(sd0[key], sd1[key])


def test_vit_b_loads_a_same_format_file_through_the_official_builder(tmp_path):
    from segment_anything import sam_model_registry

    path = tmp_path / "sam_vit_b_random.pth"
    torch.save(sam_model_registry["vit_b"]().state_dict(), path)
    model = load_sam("vit_b", path)
    assert model.image_encoder.img_size == 1024 and len(model.image_encoder.blocks) == 12


def test_checkpoint_errors_name_the_file(tiny_ckpt, tmp_path):
    with pytest.raises(FileNotFoundError, match=r"SAM checkpoint not found: .*sam_vit_h_4b8939\.pth"):
        load_sam("vit_h", tmp_path / "sam_vit_h_4b8939.pth")
    with pytest.raises(WeightsFileError, match=rf"SAM checkpoint {tiny_ckpt} does not fit the chosen model type 'vit_b'"):
        load_sam("vit_b", tiny_ckpt)
    with pytest.raises(ConfigError, match="unknown SAM model 'vit_x'"):
        load_sam("vit_x", tiny_ckpt)


def cone_logits(h, w, centre, radii, slope=0.5):
    """(3, h, w) logits: positive inside discs of the given radii (one per level), falling off linearly."""
    yy, xx = np.mgrid[0:h, 0:w]
    dist = np.hypot(yy - centre[1], xx - centre[0])
    return torch.tensor(np.stack([slope * (r - dist) for r in radii]), dtype=torch.float32)


def test_level_offsets_decide_threshold_and_nms_order():
    h, w = 64, 64
    logits = cone_logits(h, w, (32, 32), (6.5, 12.5, 20.5), slope=40.0)[None]  # stable masks (steep cones)
    th = LevelThresholds()
    # raw IoU 0.80 passes only at level 2 (0.80 + 0.1 > 0.86); 0.87 passes everywhere
    fate, kept = filter_batch(logits, torch.tensor([[0.80, 0.80, 0.80]]), th, [0, 0, w, h], (h, w))
    assert fate.tolist() == [FATE_IOU, FATE_IOU, -1] and kept["level"].tolist() == [2]
    np.testing.assert_allclose(kept["iou_preds_thresh"], [np.float32(0.8) + np.float32(0.1)])
    np.testing.assert_allclose(kept["iou_preds_nms"], [np.float32(0.8) + np.float32(1.0)])
    # the float32 threshold: f32(0.76) + f32(0.1) == f32(0.86) is not > f32(0.86)
    fate, _ = filter_batch(logits, torch.tensor([[0.9, 0.9, 0.76]]), th, [0, 0, w, h], (h, w))
    assert fate.tolist() == [-1, -1, FATE_IOU]


def test_stability_bias_and_nan():
    h, w = 40, 40
    logits = cone_logits(h, w, (20, 20), (8, 8, 8), slope=0.5)[None]  # shallow: stability (8-2)²/(8+2)² ≈ 0.36
    iou = torch.tensor([[0.95, 0.95, 0.95]])
    loose = LevelThresholds(stability_score_thresh=0.3, stability_score_bias=(0.0, 0.0, -0.1))
    fate, kept = filter_batch(logits, iou, loose, [0, 0, w, h], (h, w))
    assert fate.tolist() == [-1, -1, FATE_STABILITY]  # the negative bias drops level 2 only
    np.testing.assert_allclose(kept["stability_score_bias"], [0.0, 0.0])
    empty = torch.full((1, 3, h, w), -5.0)  # union empty: stability 0/0 = NaN always fails
    fate, _ = filter_batch(empty, iou, LevelThresholds(stability_score_thresh=0.01), [0, 0, w, h], (h, w))
    assert fate.tolist() == [FATE_STABILITY] * 3


def test_crop_edge_filter_spares_image_edges():
    h, w = 60, 80
    crop = [0, 0, 50, 60]  # right edge inside the image, other edges are image edges
    touching_right = cone_logits(h, 50, (45, 30), (4.5, 4.5, 4.5), slope=40.0)
    touching_left = cone_logits(h, 50, (2, 30), (4.5, 4.5, 4.5), slope=40.0)
    fate, _ = filter_batch(torch.stack([touching_right, touching_left]), torch.full((2, 3), 0.95), LevelThresholds(), crop, (h, w))
    assert fate.tolist() == [FATE_CROP_EDGE] * 3 + [-1] * 3


def test_generator_prefers_level2_in_nms_and_keeps_levels():
    h, w = 64, 64
    sam = build_sam_skeleton(TINY_SAM)
    # one prompt whose three masks nest; a second prompt duplicating the level-2 mask with a higher raw IoU
    a = cone_logits(h, w, (32, 32), (6.5, 12.5, 20.5), slope=40.0)
    b = cone_logits(h, w, (32, 32), (20.5, 20.5, 20.5), slope=40.0)
    logits = torch.stack([a, b])
    iou = torch.tensor([[0.90, 0.92, 0.80], [0.99, 0.99, 0.70]])
    gen = FMASamMaskGenerator(sam, points_per_side=None, point_grids=[np.array([[0.5, 0.5], [0.4, 0.4]])],
                              points_per_batch=2, min_mask_region_area=0)  # fmt: skip
    gen.predictor = StubPredictor(logits, iou)
    data = gen.generate_maskdata(np.zeros((h, w, 3), np.uint8))
    # b's level-0/1 copies of the big disc (0.99 raw) lose to a's level 2 (0.80 + 1.0 NMS score): the same box
    assert list(zip(data["point_index"].tolist(), data["level"].tolist())) == [(0, 2), (0, 1), (0, 0)]


def test_sam_backend_from_config_on_a_toy_image(tiny_ckpt):
    with open(REPO / "config.yaml") as f:
        config = validate_config(yaml.safe_load(f))
    masks_cfg = copy.deepcopy(config["experiments"]["toy_sam"]["masks"])
    masks_cfg["sam"]["checkpoint"] = str(tiny_ckpt)
    gen = build_mask_generator(masks_cfg)
    assert isinstance(gen, FMASamMaskGenerator) and gen.points_per_batch == 64
    image = np.random.default_rng(0).integers(0, 256, (70, 90, 3), dtype=np.uint8)
    ms = quasi_superpixels(gen, image, masks_cfg["rock_sand_water_thresh"], masks_cfg["rock_sand_water_chunk_size"])
    assert len(ms) >= 1 and (ms.height, ms.width) == (70, 90)
    assert (ms.crop_box == [0, 0, 90, 70]).all() and set(ms.level.tolist()) <= {0, 1, 2}
    np.testing.assert_array_equal(ms.area, ms.decode().sum((1, 2)))
