import numpy as np
import pytest

from fma_wsss.data import SegDataset
from fma_wsss.errors import MaskGenerationError
from fma_wsss.masks import (
    MASK_BACKENDS, FelzenszwalbMasks, build_mask_generator, intersection_areas, majority_labels, mask_quality,
    mask_shard_eval, oracle_seeds, partial_dir, paint_by_priority, quasi_superpixels, rock_sand_water_order, run_mask_shard,
)  # fmt: skip
from fma_wsss.metrics import confusion_matrix, scores_from_confusion
from fma_wsss.rle import MaskRuns, MaskSet
from fma_wsss.store import read_mask_shard
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


def paint(masks, labels, levels, confidence):
    return paint_by_priority(MaskRuns.from_dense(masks), labels, levels, confidence)


def dense_paint(masks, labels, levels, confidence):
    """The painting as an argmax over the mask axis: the top-most mask in priority order at each pixel."""
    order = np.lexsort((confidence, levels))
    if order.size == 0:
        return np.zeros(masks.shape[1:], np.uint8)
    ranked = masks[order]
    top = np.where(ranked.any(0), ranked.shape[0] - 1 - np.argmax(ranked[::-1], axis=0), -1)
    return np.concatenate([np.zeros(1, np.uint8), np.asarray(labels, np.uint8)[order]])[top + 1]


def test_painting_equals_the_top_mask_by_priority():
    rng = np.random.default_rng(7)
    for _ in range(5):
        masks = rng.random((12, 25, 31)) < rng.random((12, 1, 1)) * 0.5
        labels, levels = rng.integers(1, 9, 12), rng.integers(0, 3, 12)
        confidence = rng.choice([0.5, 0.7, 0.9], 12)  # ties too
        np.testing.assert_array_equal(paint(masks, labels, levels, confidence), dense_paint(masks, labels, levels, confidence))


def test_paint_priority_level_then_confidence_then_later_wins():
    a, b, c = box(4, 4, 0, 4, 0, 4), box(4, 4, 0, 2, 0, 2), box(4, 4, 0, 2, 0, 2)
    masks = np.stack([a, b, c])
    # higher level on top even with lower confidence
    out = paint(masks, np.array([1, 2, 3]), np.array([2, 1, 1]), np.array([0.1, 0.9, 0.9]))
    assert (out == 1).all()
    # same level: higher confidence on top; equal confidence: the later mask
    out = paint(masks, np.array([1, 2, 3]), np.array([0, 1, 1]), np.array([0.1, 0.9, 0.9]))
    assert out[0, 0] == 3 and out[3, 3] == 1
    out = paint(masks, np.array([1, 2, 3]), np.array([0, 1, 1]), np.array([0.1, 0.95, 0.9]))
    assert out[0, 0] == 2
    assert (paint(masks[:0], np.zeros(0), np.zeros(0), np.zeros(0)) == 0).all()
    assert paint(masks[1:2], np.array([5]), np.array([0]), np.array([1.0]))[3, 3] == 0  # uncovered


def test_majority_labels_ignore_void():
    gt = np.array([[1, 1, 255, 2], [2, 2, 255, 255]], np.uint8)
    masks = np.stack([np.ones((2, 4), bool), gt == 255, box(2, 4, 0, 1, 0, 2)])
    labels, purity = majority_labels(MaskRuns.from_dense(masks), gt, 3)
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
    for img_id in [s.id for s in ds.samples]:
        image, gt = ds.image_and_gt(img_id)
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
        (seed,) = oracle_seeds(ms.runs(), ms.level, gt, ds.num_classes, [None])
        fg = (gt > 0) & (gt < 255)
        assert (seed[fg] == gt[fg]).mean() > 0.8  # every object is recoverable from the masks


def test_with_max_border_frac_0_a_stripe_running_out_of_the_frame_is_not_a_mask():
    xx = np.arange(80)[None, :, None]
    image = np.where((xx // 10) % 2 == 0, 90, 150) * np.ones((80, 80, 3))  # vertical stripes, 10 px wide
    image[30:50, 30:50] = (40, 70, 220)  # a square inside the frame
    image = image.astype(np.uint8)
    fz = {**MASKS_CFG["felzenszwalb"], "scales": (30, 100, 400)}
    border = ~box(80, 80, 1, 79, 1, 79)
    square = box(80, 80, 30, 50, 30, 50)

    def masks(max_border_frac):
        return FelzenszwalbMasks(**{**fz, "max_border_frac": max_border_frac}).level_masks(image)[0]

    loose, strict = masks(0.3), masks(0.0)
    assert (loose & border).any(axis=(1, 2)).any()  # 0.3 keeps stripes: they touch the border only at two ends
    assert not (strict & border).any() and len(strict) > 0
    assert max((m & square).sum() / (m | square).sum() for m in strict) > 0.75  # the object is still a mask (its edge pixels aside)


def test_backend_unknown():
    with pytest.raises(ValueError, match="masks.backend: unknown backend 'sam2'"):
        build_mask_generator({**MASKS_CFG, "backend": "sam2"})


def test_shard_run_and_quality_report(toy_root, tmp_path):
    ds = SegDataset("toy", toy_root, "train")
    paths = [tmp_path / f"shard-{i:04d}.h5" for i in range(2)]
    for i, p in enumerate(paths):
        run_mask_shard(ds, i, 4, MASKS_CFG, p)
        assert not partial_dir(p).exists()  # progress folder removed once the shard is written
    shards = [read_mask_shard(p) for p in paths]
    assert shards[0].ids + shards[1].ids == [s.id for s in ds.samples]
    evals = [mask_shard_eval(ds, p) for p in paths]
    report = mask_quality(evals, ds.class_names)
    assert report["images"] == 6 and not report["failed_images"]
    assert 70 < report["oracle_miou"] <= 100
    assert report["oracle_miou"] >= max(report["oracle_miou_by_level"])
    assert report["bytes_per_image"] == pytest.approx(sum(p.stat().st_size for p in paths) / 6)
    # the per-shard sums give what one pass over the split with the dense one-hot majority gives
    conf = np.zeros((ds.num_classes, ds.num_classes), np.int64)
    for shard in shards:
        for img_id, masks, _ in shard:
            gt = ds.label(img_id)
            binary = masks.decode()
            onehot = np.eye(256, ds.num_classes, dtype=np.float32)[gt.ravel()]
            counts = binary.reshape(len(binary), -1).astype(np.float32) @ onehot
            total = counts.sum(1)
            labels = counts.argmax(1).astype(np.uint8)
            purity = np.where(total > 0, counts.max(1) / np.maximum(total, 1), 0).astype(np.float32)
            conf += confusion_matrix(dense_paint(binary, labels, masks.level, purity), gt, ds.num_classes)
    assert report["oracle_miou"] == pytest.approx(100 * scores_from_confusion(conf).miou, abs=1e-12)


def test_majority_labels_match_the_dense_formulation():
    rng = np.random.default_rng(3)
    gt = rng.integers(0, 5, (30, 40)).astype(np.uint8)
    gt[rng.random((30, 40)) < 0.1] = 255
    masks = rng.random((9, 30, 40)) < rng.random((9, 1, 1))
    masks[0] = False
    masks[1] = gt == 255
    onehot = np.eye(256, 5, dtype=np.float32)[gt.ravel()]
    counts = masks.reshape(9, -1).astype(np.float32) @ onehot
    labels, purity = majority_labels(MaskRuns.from_dense(masks), gt, 5)
    np.testing.assert_array_equal(labels, counts.argmax(1))
    np.testing.assert_allclose(purity, np.where(counts.sum(1) > 0, counts.max(1) / np.maximum(counts.sum(1), 1), 0), rtol=1e-6)
    assert majority_labels(MaskRuns.from_dense(masks[:0]), gt, 5)[0].shape == (0,)


class Flaky:
    """A backend whose generation fails on the images listed in `fail` (by call order) and counts its calls."""

    def __init__(self, fail=(2,)):
        self.calls, self.fail = 0, set(fail)

    def generate(self, image):
        self.calls += 1
        if self.calls in self.fail:
            raise RuntimeError("out of memory")
        return MaskSet.from_binary(np.ones((1, *image.shape[:2]), bool), [2])


def test_a_failed_image_fails_the_shard_and_a_retry_computes_only_it(toy_root, tmp_path, monkeypatch, capsys):
    """The failure is logged with its id and error and the job fails without a shard (Snakemake would delete it);
    the finished images are kept, so the retry (SLURM retries, or a re-run) generates only the failed image."""
    ds = SegDataset("toy", toy_root, "train")
    flaky = Flaky()
    monkeypatch.setitem(MASK_BACKENDS, "flaky", lambda cfg: flaky)
    cfg = {**MASKS_CFG, "backend": "flaky"}
    out = tmp_path / "shard-0000.h5"
    logged = []
    with pytest.raises(MaskGenerationError, match=r"failed for 1 of 3 image\(s\) of shard 0 .*: train_00001; the errors are in the log"):
        run_mask_shard(ds, 0, 3, cfg, out, stamp="a", log=logged.append)
    assert not out.exists() and "train_00001" in logged[0] and "RuntimeError: out of memory" in logged[0]
    assert flaky.calls == 3 and len(list(partial_dir(out).glob("*.h5"))) == 2

    flaky.calls, flaky.fail = 0, set()
    shard = run_mask_shard(ds, 0, 3, cfg, out, stamp="a", log=logged.append)
    assert flaky.calls == 1 and shard.attrs["resumed_images"] == 2  # only the failed image was generated again
    assert read_mask_shard(out).ids == ["train_00000", "train_00001", "train_00002"] and not partial_dir(out).exists()


def test_progress_of_other_settings_is_not_resumed(toy_root, tmp_path, monkeypatch):
    ds = SegDataset("toy", toy_root, "train")
    flaky = Flaky(fail=(3,))
    monkeypatch.setitem(MASK_BACKENDS, "flaky", lambda cfg: flaky)
    cfg = {**MASKS_CFG, "backend": "flaky"}
    out = tmp_path / "shard-0000.h5"
    with pytest.raises(MaskGenerationError):
        run_mask_shard(ds, 0, 3, cfg, out, stamp="old settings")
    flaky.calls, flaky.fail = 0, set()
    assert run_mask_shard(ds, 0, 3, cfg, out, stamp="new settings").attrs["resumed_images"] == 0 and flaky.calls == 3


class Failing:
    """A backend that raises `error` on the images listed in `fail` (by call order) and counts its calls."""

    def __init__(self, error: BaseException, fail=(1,)):
        self.calls, self.error, self.fail = 0, error, set(fail)

    def generate(self, image):
        self.calls += 1
        if self.calls in self.fail:
            raise self.error
        return MaskSet.from_binary(np.ones((1, *image.shape[:2]), bool), [2])


@pytest.mark.parametrize("error", [TypeError("unsupported operand"), AttributeError("no attribute 'level'"),
                                   RuntimeError("CUDA error: device-side assert triggered")])  # fmt: skip
def test_a_bug_or_device_failure_stops_the_shard_at_the_first_image(toy_root, tmp_path, monkeypatch, error):
    """Not an error one image causes: it propagates unchanged at once, the other images are not attempted."""
    backend = Failing(error)
    monkeypatch.setitem(MASK_BACKENDS, "failing", lambda cfg: backend)
    out, logged = tmp_path / "shard-0000.h5", []
    with pytest.raises(type(error)) as raised:
        run_mask_shard(SegDataset("toy", toy_root, "train"), 0, 3, {**MASKS_CFG, "backend": "failing"}, out,
                       log=logged.append)  # fmt: skip
    assert raised.value is error and backend.calls == 1
    assert not out.exists() and not list(partial_dir(out).glob("*.h5"))
    assert logged == [f"mask generation stopped at train_00000 ({toy_root / 'JPEGImages' / 'train_00000.jpg'}): "
                      f"{type(error).__name__}: {error}"]  # fmt: skip


@pytest.mark.parametrize("error", [RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB"), MemoryError(),
                                   MaskGenerationError("masks of 20000000 pixels: ...")])  # fmt: skip
def test_out_of_memory_or_a_too_large_image_is_counted_per_image(toy_root, tmp_path, monkeypatch, error):
    backend = Failing(error, fail=(2,))
    monkeypatch.setitem(MASK_BACKENDS, "failing", lambda cfg: backend)
    out, logged = tmp_path / "shard-0000.h5", []
    with pytest.raises(MaskGenerationError, match=r"failed for 1 of 2 image\(s\) of shard 0 .*: train_00001;"):
        run_mask_shard(SegDataset("toy", toy_root, "train"), 0, 2, {**MASKS_CFG, "backend": "failing"}, out,
                       log=logged.append)  # fmt: skip
    assert backend.calls == 2 and not out.exists() and len(list(partial_dir(out).glob("*.h5"))) == 1
    assert logged[0].startswith("mask generation failed for train_00001") and type(error).__name__ in logged[0]


def test_torch_cuda_out_of_memory_is_per_image_and_other_errors_are_not():
    import torch

    from fma_wsss.masks import is_per_image_error

    assert is_per_image_error(torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 20.00 MiB"))
    assert is_per_image_error(torch.cuda.OutOfMemoryError("allocation failed"))  # by its type, whatever it says
    assert not is_per_image_error(RuntimeError("CUDA error: an illegal memory access was encountered"))
    assert not is_per_image_error(ValueError("out of memory"))  # a RuntimeError's message only


def test_an_image_too_large_for_exact_counts_is_a_mask_generation_error():
    big = np.zeros((1, 1 << 12, 1 << 12), bool)  # 2^24 pixels
    with pytest.raises(MaskGenerationError, match=f"masks of {1 << 24} pixels: .* downscale"):
        intersection_areas(big, big)
