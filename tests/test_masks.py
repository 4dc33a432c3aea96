import numpy as np
import pytest

from fma_wsss.data import SegDataset
from fma_wsss.masks import (
    MASK_BACKENDS, FelzenszwalbMasks, build_mask_generator, intersection_areas, majority_labels, mask_quality,
    oracle_seed, paint_by_priority, quasi_superpixels, rock_sand_water_order, run_mask_shard,
)  # fmt: skip
from fma_wsss.store import MaskSet, read_mask_shard
from fma_wsss.toy import generate_toy_dataset

TOY = dict(seed=1, n_train=6, n_val=2, min_side=64, max_side=96, max_objects=3, colour_tie_prob=0.85, jpeg_quality=95)
MASKS_CFG = {
    "backend": "felzenszwalb", "splits": [], "rock_sand_water_thresh": 0.3, "rock_sand_water_chunk_size": 50,
    "felzenszwalb": {"scales": [30, 100, 400], "sigma": 0.5, "min_size": 20, "min_area": 20, "max_area_frac": 0.5,
                     "max_border_frac": 0.3},
}  # fmt: skip


def box(h, w, y0, y1, x0, x1):
    m = np.zeros((h, w), bool)
    m[y0:y1, x0:x1] = True
    return m


def test_intersections_exact_and_chunk_invariant():
    rng = np.random.default_rng(0)
    a, b = rng.random((7, 20, 30)) < 0.4, rng.random((5, 20, 30)) < 0.6
    expected = np.einsum("ihw,jhw->ij", a.astype(np.int64), b.astype(np.int64))
    for chunk in (0, 1, 3, 50):
        np.testing.assert_array_equal(intersection_areas(a, b, chunk), expected)


def test_rsw_drops_nested_masks_and_orders_by_level():
    whole = box(20, 20, 0, 10, 0, 10)
    part_inside = box(20, 20, 2, 6, 2, 6)  # recall 1 against `whole`: dropped
    part_outside = box(20, 20, 12, 18, 12, 18)  # recall 0: kept
    sub_in_kept_part = box(20, 20, 13, 15, 13, 15)  # inside a kept level-1 mask: dropped
    sub_free = box(20, 20, 0, 3, 15, 19)
    masks = np.stack([sub_free, part_inside, whole, sub_in_kept_part, part_outside])
    levels = np.array([0, 1, 2, 0, 1])
    assert rock_sand_water_order(masks, levels).tolist() == [2, 4, 0]
    assert rock_sand_water_order(masks, levels, thresh=1.01).tolist() == [2, 1, 4, 0, 3]
    assert rock_sand_water_order(masks[[0, 3]], levels[[0, 3]]).tolist() == [0, 1]  # level 0 alone: container
    assert rock_sand_water_order(np.zeros((0, 4, 4), bool), np.zeros(0)).size == 0


def test_paint_priority_level_then_confidence_then_later_wins():
    a, b, c = box(4, 4, 0, 4, 0, 4), box(4, 4, 0, 2, 0, 2), box(4, 4, 0, 2, 0, 2)
    masks = np.stack([a, b, c])
    # higher level on top even with lower confidence
    out = paint_by_priority(masks, np.array([1, 2, 3]), np.array([2, 1, 1]), np.array([0.1, 0.9, 0.9]))
    assert (out == 1).all()
    # same level: higher confidence on top; equal confidence: the later mask
    out = paint_by_priority(masks, np.array([1, 2, 3]), np.array([0, 1, 1]), np.array([0.1, 0.9, 0.9]))
    assert out[0, 0] == 3 and out[3, 3] == 1
    out = paint_by_priority(masks, np.array([1, 2, 3]), np.array([0, 1, 1]), np.array([0.1, 0.95, 0.9]))
    assert out[0, 0] == 2
    assert (paint_by_priority(masks[:0], np.zeros(0), np.zeros(0), np.zeros(0)) == 0).all()
    assert paint_by_priority(masks[1:2], np.array([5]), np.array([0]), np.array([1.0]))[3, 3] == 0  # uncovered


def test_majority_labels_ignore_void():
    gt = np.array([[1, 1, 255, 2], [2, 2, 255, 255]], np.uint8)
    masks = np.stack([np.ones((2, 4), bool), gt == 255, box(2, 4, 0, 1, 0, 2)])
    labels, purity = majority_labels(masks, gt, 3)
    assert labels.tolist() == [2, 0, 1]
    np.testing.assert_allclose(purity, [3 / 5, 0, 1])


@pytest.fixture(scope="module")
def toy_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("toy") / "dataset"
    generate_toy_dataset(root, TOY)
    return root


def test_felzenszwalb_masks_are_object_like(toy_root):
    ds = SegDataset("toy", toy_root, "train")
    gen = build_mask_generator(MASKS_CFG)
    assert isinstance(gen, FelzenszwalbMasks) and "felzenszwalb" in MASK_BACKENDS
    for img_id in ds.ids:
        image, gt = ds.image_and_label(img_id)
        raw = gen.generate(image)
        ms = quasi_superpixels(gen, image, 0.3, 50)
        assert len(ms) < len(raw)  # nested lower-level segments are removed
        masks = ms.decode()
        h, w = gt.shape
        assert len(ms) > 0 and set(ms.level.tolist()) <= {0, 1, 2}
        assert (ms.area <= 0.5 * h * w).all() and (ms.area >= 20).all()  # the big background segment is dropped
        assert np.all(np.diff(ms.level.astype(int)) <= 0)  # RSW output: level 2, then kept 1, then kept 0
        np.testing.assert_array_equal(rock_sand_water_order(masks, ms.level), np.arange(len(ms)))  # idempotent
        px, py = ms.point_coords[:, 0].astype(int), ms.point_coords[:, 1].astype(int)
        assert masks[np.arange(len(ms)), py, px].all()  # the point lies in its mask
        seed = oracle_seed(ms, gt, ds.num_classes)
        fg = (gt > 0) & (gt < 255)
        assert (seed[fg] == gt[fg]).mean() > 0.8  # every object is recoverable from the masks


def test_backend_unknown():
    with pytest.raises(ValueError, match="masks.backend: unknown backend 'sam2'"):
        build_mask_generator({**MASKS_CFG, "backend": "sam2"})


def test_shard_run_and_quality_report(toy_root, tmp_path):
    ds = SegDataset("toy", toy_root, "train")
    paths = [tmp_path / f"shard-{i:04d}.h5" for i in range(2)]
    for i, p in enumerate(paths):
        run_mask_shard(ds, i, 4, MASKS_CFG, p)
    shards = [read_mask_shard(p) for p in paths]
    assert shards[0].ids + shards[1].ids == ds.ids
    report = mask_quality(ds, paths)
    assert report["images"] == 6 and not report["failed_images"]
    assert 70 < report["oracle_miou"] <= 100
    assert report["oracle_miou"] >= max(report["oracle_miou_by_level"])
    assert report["bytes_per_image"] == pytest.approx(sum(p.stat().st_size for p in paths) / 6)


class Flaky:
    def __init__(self):
        self.calls = 0

    def generate(self, image):
        self.calls += 1
        if self.calls == 2:
            raise RuntimeError("out of memory")
        return MaskSet.from_binary(np.ones((1, *image.shape[:2]), bool), [2])


def test_failed_image_is_recorded_and_fails_the_shard(toy_root, tmp_path, monkeypatch):
    ds = SegDataset("toy", toy_root, "train")
    monkeypatch.setitem(MASK_BACKENDS, "flaky", lambda cfg: Flaky())
    out = tmp_path / "shard.h5"
    with pytest.raises(RuntimeError, match=r"failed for 1 image\(s\) .*: train_00001"):
        run_mask_shard(ds, 0, 3, {**MASKS_CFG, "backend": "flaky"}, out)
    shard = read_mask_shard(out)
    assert shard.ids == ["train_00000", "train_00001", "train_00002"]
    assert shard.errors[1] == "RuntimeError: out of memory" and shard.masks[1] is None
    assert mask_quality(ds, [out])["failed_images"] == ["train_00001"]
