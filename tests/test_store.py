import os
from pathlib import Path

import h5py
import numpy as np
import pytest

from fma_wsss.errors import CorruptArtifactError
from fma_wsss.files import atomic_path
from fma_wsss.rle import MaskRuns, MaskSet
from fma_wsss.store import MaskShard, read_mask_shard, write_mask_shard


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
    with pytest.raises(CorruptArtifactError, match=rf"{path}: not a mask shard"):
        read_mask_shard(path)
    (tmp_path / "y.h5").write_text("junk")
    with pytest.raises(CorruptArtifactError, match="not a readable HDF5 mask shard"):
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
    with pytest.raises(CorruptArtifactError, match=why):
        MaskRuns.from_rles(rles, 3, 4)


@pytest.mark.parametrize("writer", ["mask shard", "json", "torch"])
def test_a_full_disk_is_named_and_leaves_nothing_under_the_final_name(tmp_path, monkeypatch, writer):
    """A fault-injecting writer: the first bytes land, then the device is full (ENOSPC), as HDF5, json or torch.save
    see it. The error names the artifact; no file, not even a temporary one, is left."""
    import errno
    import io

    import h5py
    import torch

    from fma_wsss.files import write_json_atomic

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    target = tmp_path / {"mask shard": "shard-0000.h5", "json": "eval.json", "torch": "ctx.pth"}[writer]
    if writer == "mask shard":
        monkeypatch.setattr(h5py.Group, "create_dataset", full)
        masks = MaskSet.from_binary(np.ones((1, 4, 4), bool), np.zeros(1, np.int64))
        shard = MaskShard(["a"], [masks], [""], {})
        with pytest.raises(OSError, match=rf"no space left on the device while writing {target}"):
            write_mask_shard(target, shard)
    elif writer == "json":
        monkeypatch.setattr(Path, "write_text", lambda self, text: (self.write_bytes(text[:3].encode()), full()))
        with pytest.raises(OSError, match=rf"no space left on the device while writing {target}"):
            write_json_atomic(target, {"miou": 41.0})
    else:
        real_save = torch.save

        def half_then_full(obj, f, *args, **kwargs):
            buffer = io.BytesIO()
            real_save(obj, buffer)
            Path(f).write_bytes(buffer.getvalue()[:100])
            full()

        monkeypatch.setattr(torch, "save", half_then_full)
        with pytest.raises(OSError, match=rf"no space left on the device while writing {target}"):
            with atomic_path(target) as tmp:
                torch.save({"ctx": torch.zeros(3)}, tmp)
    assert list(tmp_path.iterdir()) == []


def test_concurrent_writers_of_one_artifact_never_share_a_temporary_file(tmp_path):
    target = tmp_path / "shard-0000.h5"
    with atomic_path(target) as first, atomic_path(target) as second:
        assert first != second and first.parent == second.parent == tmp_path
        first.write_text("one")
        second.write_text("two")
    assert target.read_text() == "one" and list(tmp_path.iterdir()) == [target]  # the last rename wins, whole


def test_a_shard_without_or_with_other_provenance_is_refused_by_name(tmp_path):
    import h5py

    from fma_wsss.provenance import provenance_digest
    from fma_wsss.errors import StaleArtifactError
    from fma_wsss.store import check_shard_provenance

    made = {"rule": "masks", "wildcards": {"exp": "toy", "split": "train", "shard": "0000"},
            "params": {"settings": {"sigma": 0.5}, "code": "abc"}}  # fmt: skip
    masks = MaskSet.from_binary(np.ones((1, 4, 4), bool), np.zeros(1, np.int64))
    write_mask_shard(tmp_path / "a.h5", MaskShard(["x"], [masks], [""], {}), made)
    assert check_shard_provenance(tmp_path / "a.h5", provenance_digest(made)) == made
    other = provenance_digest({**made, "params": {"settings": {"sigma": 0.8}, "code": "abc"}})
    with pytest.raises(StaleArtifactError, match=r"a\.h5 was not made by this run's settings: setting settings\.sigma differs "
                                                 r"\(the shard's: 0\.5\)\. Delete it, or re-run with --forcerun masks"):  # fmt: skip
        check_shard_provenance(tmp_path / "a.h5", other)
    write_mask_shard(tmp_path / "b.h5", MaskShard(["x"], [masks], [""], {}))
    with pytest.raises(StaleArtifactError, match=r"b\.h5 records no provenance"):
        check_shard_provenance(tmp_path / "b.h5", other)


@pytest.mark.parametrize("reader", ["mask", "cam", "seed", "provenance"])
def test_a_truncated_shard_is_named_by_every_reader(tmp_path, reader):
    from fma_wsss.cams import read_cam_shard
    from fma_wsss.seeds import read_seed_pngs
    from fma_wsss.errors import CorruptArtifactError
    from fma_wsss.store import check_shard_provenance

    rng = np.random.default_rng(3)
    shard = MaskShard(["a"], [MaskSet.from_binary(random_masks(rng, 40, 200, 200), np.zeros(40))], [""], {})
    path = tmp_path / "shard-0000.h5"
    write_mask_shard(path, shard, provenance={"rule": "masks", "wildcards": {}, "params": {}})
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])  # a copy cut short, a crash mid-transfer
    read = {"mask": read_mask_shard, "cam": lambda p: list(read_cam_shard(p)),
            "seed": lambda p: list(read_seed_pngs(p)), "provenance": lambda p: check_shard_provenance(p, {})}  # fmt: skip
    with pytest.raises(CorruptArtifactError, match=rf"{path}: not a readable HDF5 .*truncated"):
        read[reader](path)


def test_a_killed_writers_temporary_file_is_removed_by_the_next_writer(tmp_path):
    import subprocess
    import sys

    from fma_wsss.files import _writer_tag

    target = tmp_path / "shard-0000.h5"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    host = _writer_tag().rsplit("-", 1)[0]
    left = tmp_path / f".shard-0000.h5.{host}-{int(dead.stdout)}.abc123.tmp"  # what a SIGKILLed job leaves
    live = tmp_path / f".shard-0000.h5.{host}-{os.getpid()}.def456.tmp"  # a writer that still runs
    other_host = tmp_path / f".shard-0000.h5.node17-{int(dead.stdout)}.ghi789.tmp"  # a job on another node
    other_name = tmp_path / f".shard-0001.h5.{host}-{int(dead.stdout)}.jkl000.tmp"
    for path in (left, live, other_host, other_name):
        path.write_text("half")
    with atomic_path(target) as tmp:
        tmp.write_text("whole")
    # a dead writer's files of any name in the folder go; a live writer's and another host's stay
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, live.name, other_host.name])


def test_writing_many_files_in_one_folder_scans_it_once(tmp_path, monkeypatch):
    """An export of N files scanned the folder for dead writers' files before each: N² entries read in all."""
    scans = []
    real_glob = Path.glob
    monkeypatch.setattr(Path, "glob", lambda self, pattern: scans.append(self) or real_glob(self, pattern))
    for i in range(40):
        with atomic_path(tmp_path / "seed" / f"{i:03d}.png") as tmp:
            tmp.write_text("x")
    assert len(scans) == 1 and len(list((tmp_path / "seed").iterdir())) == 40
