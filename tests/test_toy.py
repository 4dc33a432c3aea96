import io

import numpy as np
from PIL import Image

from fma_wsss.data import SegDataset, image_level_labels
from fma_wsss.toy import (DOMINANT_COLOURS, SHAPES, draw_scene, draw_visible_scene, generate_toy_dataset, image_rng,
                          place_shapes, shape_mask, toy_scene, visible_fractions, with_void_borders)

CFG = dict(seed=3, n_train=12, n_val=4, min_side=64, max_side=112, max_objects=3, colour_tie_prob=0.85, jpeg_quality=95)


def test_generates_voc_layout_deterministically(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    generate_toy_dataset(a, CFG)
    generate_toy_dataset(b, CFG)
    for rel in ["ImageSets/SegmentationAug/train.txt", "SegmentationClassAug/train_00007.png", "JPEGImages/val_00003.jpg"]:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    ds = SegDataset("toy", a, "train")
    assert len(ds) == 12 and ds.class_names[1:] == SHAPES
    sizes = set()
    for img_id in [s.id for s in ds.samples]:
        image, label = ds.image_and_gt(img_id)  # also checks label values and size
        sizes.add(image.shape[:2])
        assert 64 <= min(image.shape[:2]) and max(image.shape[:2]) <= 112
        assert 1 <= image_level_labels(ds.label(img_id), ds.num_classes)[1:].sum() <= 3 and 255 in label
    assert len(sizes) > 3  # sizes vary, so resizing paths get exercised
    assert not list(tmp_path.glob(".a.tmp-*"))  # nothing half-written left behind


def test_a_scene_drawn_again_is_the_written_image_and_label(tmp_path):
    """toy_scene redraws one image of a split alone (with its background kind, which the files do not keep)."""
    generate_toy_dataset(tmp_path, CFG)
    for split, index in (("train", 5), ("val", 2)):
        scene = toy_scene(CFG, split, index)
        label = np.asarray(Image.open(tmp_path / "SegmentationClassAug" / f"{split}_{index:05d}.png"))
        assert np.array_equal(scene.label, label) and scene.background in ("noisy", "striped", "checkered")
        encoded = io.BytesIO()
        Image.fromarray(scene.image).save(encoded, format="JPEG", quality=CFG["jpeg_quality"])
        assert encoded.getvalue() == (tmp_path / "JPEGImages" / f"{split}_{index:05d}.jpg").read_bytes()
    assert not np.array_equal(toy_scene(CFG, "train", 6).label, toy_scene(CFG, "train", 5).label)


def test_other_seed_gives_other_images(tmp_path):
    generate_toy_dataset(tmp_path / "a", CFG)
    generate_toy_dataset(tmp_path / "b", {**CFG, "seed": 4})
    img = "JPEGImages/train_00000.jpg"
    assert (tmp_path / "a" / img).read_bytes() != (tmp_path / "b" / img).read_bytes()


def test_regenerating_replaces_old_dataset(tmp_path):
    generate_toy_dataset(tmp_path / "a", {**CFG, "n_train": 20})
    generate_toy_dataset(tmp_path / "a", CFG)
    assert len((tmp_path / "a/ImageSets/SegmentationAug/train.txt").read_text().splitlines()) == 12
    assert not (tmp_path / "a/JPEGImages/train_00015.jpg").exists()


def test_classes_take_their_dominant_colour_mostly():
    hits = total = 0
    for i in range(150):
        scene = draw_scene(image_rng(0, "train", i), (96, 96))
        for obj in scene.objects:
            total += 1
            hits += obj.colour_name == DOMINANT_COLOURS[obj.shape][0]
    assert 0.75 < hits / total < 0.95


def test_shapes_differ_and_ring_has_a_hole():
    masks = {s: shape_mask(s, (64, 64), 32, 32, 20, 0.3) for s in SHAPES}
    areas = {s: int(m.sum()) for s, m in masks.items()}
    assert len(set(areas.values())) == len(SHAPES) and min(areas.values()) > 100
    assert not masks["ring"][32, 32] and masks["circle"][32, 32]


def test_void_border_is_inside_objects_and_one_pixel():
    label = np.zeros((10, 10), np.uint8)
    label[2:8, 2:8] = 4
    out = with_void_borders(label)
    assert (out[2:8, 2:8][[0, -1], :] == 255).all() and (out[3:7, 3:7] == 4).all()
    assert (out[label == 0] == 0).all()


def test_label_png_is_grayscale(tmp_path):
    generate_toy_dataset(tmp_path / "a", CFG)
    with Image.open(tmp_path / "a/SegmentationClassAug/train_00000.png") as im:
        assert im.mode == "L"


def test_visible_fractions_count_what_later_masks_cover():
    first, second, third = (np.zeros((4, 4), bool) for _ in range(3))
    first[:2] = True  # 8 px, 4 of them under the second
    second[1:3] = True  # 8 px, 2 of them under the third
    third[2, :2] = True
    assert visible_fractions([first, second, third]) == [0.5, 0.75, 1.0]
    assert visible_fractions([]) == []


def test_place_shapes_keeps_every_shape_min_visible_in_view():
    """Without the rule a later shape may cover almost all of an earlier one (a pixel left still names it in the
    label); with min_visible 0.5 every shape keeps half its pixels in view, and shapes still overlap."""
    def shares(min_visible: float) -> list[list[float]]:
        scenes = [place_shapes(image_rng(0, "train", i), (96, 96), 3, min_visible) for i in range(150)]
        assert all(1 <= len(placed) <= 3 and all(s in SHAPES and m.any() for s, m in placed) for placed in scenes)
        return [visible_fractions([m for _, m in placed]) for placed in scenes]

    free, kept = shares(0.0), shares(0.5)
    assert sum(min(f) < 0.5 for f in free) >= 5
    assert min(min(f) for f in kept) >= 0.5 and sum(min(f) < 1 for f in kept) >= 10
    strict = [visible_fractions([m for _, m in place_shapes(image_rng(7, "val", i), (80, 64), 3, 0.9)]) for i in range(20)]
    assert min(min(f) for f in strict) >= 0.9


def test_toy_splits_with_min_visible_label_every_shape_they_paint(tmp_path):
    """With min_visible, each painted shape keeps pixels (outside its void outline) under its class in the label, and
    the written files are toy_scene's; without it the dataset is draw_scene's, as before."""
    cfg = {**CFG, "min_visible": 0.5}
    generate_toy_dataset(tmp_path, cfg)
    for i in range(cfg["n_train"]):
        scene = toy_scene(cfg, "train", i)
        label = np.asarray(Image.open(tmp_path / "SegmentationClassAug" / f"train_{i:05d}.png"))
        assert np.array_equal(scene.label, label)
        for obj in scene.objects:
            assert (label == SHAPES.index(obj.shape) + 1).sum() >= 20, (i, obj.shape)
    rng = image_rng(CFG["seed"], "train", 0)
    hw = (int(rng.integers(64, 113)), int(rng.integers(64, 113)))
    assert np.array_equal(toy_scene(CFG, "train", 0).label, draw_scene(rng, hw, 3, 0.85).label)
    again = draw_visible_scene(image_rng(1, "train", 4), (70, 90), 3, 0.85, 0.5)
    assert np.array_equal(again.image, draw_visible_scene(image_rng(1, "train", 4), (70, 90), 3, 0.85, 0.5).image)
