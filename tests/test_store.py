import h5py
import numpy as np
import pytest

from fma_wsss.store import MaskRuns, MaskSet, MaskShard, atomic_path, read_mask_shard, write_mask_shard


def random_masks(rng, n, h=30, w=40):
    masks = np.zeros((n, h, w), bool)
    for i in range(n):
        y, x = rng.integers(0, h - 5), rng.integers(0, w - 5)
        masks[i, y : y + rng.integers(2, 12), x : x + rng.integers(2, 12)] = True
    return masks


def test_maskset_roundtrip_and_fields():
    rng = np.random.default_rng(0)
    masks = random_masks(rng, 6)
    ms = MaskSet.from_binary(masks, rng.integers(0, 3, 6), predicted_iou=np.linspace(0.8, 0.9, 6))
    np.testing.assert_array_equal(ms.decode(), masks)
    np.testing.assert_array_equal(ms.area, masks.sum((1, 2)))
    x, y, w, h = ms.bbox[0]
    ys, xs = np.nonzero(masks[0])
    assert (x, y, w, h) == (xs.min(), ys.min(), xs.max() - xs.min(), ys.max() - ys.min())
    assert ms.crop_box.tolist()[0] == [0, 0, 40, 30] and ms.level.dtype == np.uint8
    sub = ms.select([4, 1])
    np.testing.assert_array_equal(sub.decode(), masks[[4, 1]])
    np.testing.assert_allclose(sub.predicted_iou, ms.predicted_iou[[4, 1]])


def test_shard_roundtrip_with_failed_and_empty_images(tmp_path):
    rng = np.random.default_rng(1)
    a = MaskSet.from_binary(random_masks(rng, 5), [2, 2, 1, 0, 0])
    empty = MaskSet.from_binary(np.zeros((0, 8, 9), bool), [])
    shard = MaskShard(["a", "bad", "empty"], [a, None, empty], ["", "RuntimeError: boom", ""], {"split": "train"})
    path = tmp_path / "s" / "shard-0000.h5"
    write_mask_shard(path, shard)
    back = read_mask_shard(path)
    assert read_mask_shard(path).attrs == {"split": "train"}
    assert back.ids == ["a", "bad", "empty"] and back.errors[1] == "RuntimeError: boom" and back.attrs == {"split": "train"}
    np.testing.assert_array_equal(back.masks[0].decode(), a.decode())
    for name in MaskSet.COLUMNS:
        np.testing.assert_array_equal(getattr(back.masks[0], name), getattr(a, name))
    assert back.masks[1] is None
    assert len(back.masks[2]) == 0 and back.masks[2].decode().shape == (0, 8, 9)
    assert sorted(p.name for p in path.parent.iterdir()) == ["shard-0000.h5"]


def test_not_a_shard_is_named(tmp_path):
    path = tmp_path / "x.h5"
    with h5py.File(path, "w") as f:
        f.attrs["format"] = "something else"
    with pytest.raises(ValueError, match=rf"{path}: not a mask shard"):
        read_mask_shard(path)
    (tmp_path / "y.h5").write_text("junk")
    with pytest.raises(ValueError, match="not a readable HDF5 mask shard"):
        read_mask_shard(tmp_path / "y.h5")


def test_atomic_path_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "out.txt"
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("killed")
    assert list(tmp_path.iterdir()) == []
    with atomic_path(target) as tmp:
        tmp.write_text("whole")
    assert target.read_text() == "whole" and list(tmp_path.iterdir()) == [target]


def test_runs_decoded_from_rle_strings_are_the_masks():
    rng = np.random.default_rng(7)
    for trial in range(40):
        h, w = (int(v) for v in rng.integers(1, 60, 2))
        n = int(rng.integers(0, 10))
        masks = rng.random((n, h, w)) < rng.random((n, 1, 1))
        if n and trial % 3 == 0:
            masks[0] = False  # an empty mask: one run of zeros
        if n and trial % 4 == 0:
            masks[-1] = True
        if n and trial % 5 == 0:  # long runs: counts that need several 5-bit groups and negative differences
            masks[0] = False
            masks[0, :, : w // 2] = True
        runs = MaskSet.from_binary(masks, np.zeros(n, np.uint8)).runs()
        dense = MaskRuns.from_dense(masks)
        for key in ("start", "end", "owner"):
            np.testing.assert_array_equal(getattr(runs, key), getattr(dense, key))
        np.testing.assert_array_equal(runs.areas(), masks.reshape(n, h * w).sum(1))
        assert runs.covered() == masks.any(0).sum()
        values = rng.random((2, h, w)).astype(np.float32)
        np.testing.assert_allclose(runs.sums(values), (values[:, None] * masks[None]).sum((2, 3)), rtol=1e-6)
        order, labels = rng.permutation(n), rng.integers(0, 9, n)
        expected = np.zeros((h, w), np.uint8)
        for i in order:
            expected[masks[i]] = labels[i]
        np.testing.assert_array_equal(runs.paint(labels, order), expected)
        index, owner = runs.pixels()
        np.testing.assert_array_equal(np.sort(index[owner == 0]) if n else [], np.flatnonzero(masks[0].T) if n else [])


@pytest.mark.parametrize(
    "rles, why",
    [([b""], "not a COCO compressed RLE"), ([b"0" + bytes([200])], "not a COCO compressed RLE"),
     ([b"1"], r"does not describe a 3x4 mask \(its runs add up to 1 pixels\)"), ([b"<", b"o"], "RLE string 1 is not"),
     ([b"<", b"<1"], "RLE string 1 does not describe")],
)  # fmt: skip
def test_broken_rle_strings_are_named(rles, why):
    with pytest.raises(ValueError, match=why):
        MaskRuns.from_rles(rles, 3, 4)
