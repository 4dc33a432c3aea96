"""Bring your own CAMs (fma_wsss.byo_cams): per-image files of the reference and of CLIP-ES -> our CAM shards."""

from __future__ import annotations

import io
import json
import os
import pickle
import re
import shlex
from pathlib import Path

import h5py
import numpy as np
import pytest

from fma_wsss.byo_cams import (
    BYO_FORMATS, cam_file_path, compare_with_labels, grid_matches, import_cam_shard, label_disagreement, load_cam_file,
    read_fg_cls,
)  # fmt: skip
from fma_wsss.cams import CAM_SHARD_FORMAT, read_cam_shard
from fma_wsss.data import DatasetError, SegDataset
from fma_wsss.toy import generate_toy_dataset

TOY = dict(seed=5, n_train=5, n_val=1, min_side=40, max_side=90, max_objects=3, colour_tie_prob=0.85, jpeg_quality=95)
SHARD_SIZE = 3  # shard 0: 3 images, shard 1: 2


@pytest.fixture(scope="module")
def toy(tmp_path_factory) -> SegDataset:
    root = tmp_path_factory.mktemp("byo") / "dataset"
    generate_toy_dataset(root, TOY)
    return SegDataset("toy", root, "train")


def shard_ids(ds: SegDataset, shard: int) -> list[str]:
    return [s.id for s in ds.samples[shard * SHARD_SIZE : (shard + 1) * SHARD_SIZE]]


def image_hw(ds: SegDataset, img_id: str) -> tuple[int, int]:
    return ds.image(img_id).shape[:2]


def classes_of(ds: SegDataset, img_id: str) -> np.ndarray:
    return np.flatnonzero(ds.image_labels(img_id)[1:])


def reference_items(ds: SegDataset, img_id: str, rng, patch: bool = True, att: bool = True) -> dict[str, np.ndarray]:
    """What the reference writes for an image: cam (P, h, w) on the ceil16 patch grid, or at image size."""
    height, width = image_hw(ds, img_id)
    h, w = (-(-height // 16), -(-width // 16)) if patch else (height, width)
    fg_cls = classes_of(ds, img_id)
    items = {"cam": rng.normal(size=(len(fg_cls), h, w)).astype(np.float32), "fg_cls": fg_cls.astype(np.int64),
             "fg_logit": rng.normal(size=len(fg_cls)).astype(np.float32),
             "all_logit": rng.normal(size=ds.num_classes - 1).astype(np.float32)}  # fmt: skip
    if att:
        items["att"] = rng.random((h * w, h * w)).astype(np.float16)
    return items


def clip_es_items(ds: SegDataset, img_id: str, rng) -> dict[str, np.ndarray]:
    """What CLIP-ES writes: keys int64 in label-list order (here descending), attn_highres float16 at image size."""
    keys = classes_of(ds, img_id)[::-1].copy()
    return {"keys": keys, "attn_highres": rng.random((len(keys), *image_hw(ds, img_id))).astype(np.float16)}


def assert_shard_holds(path: Path, ds: SegDataset, ids: list[str], expected: dict[str, dict[str, np.ndarray]]):
    records = list(read_cam_shard(path, with_att=True))
    assert [img_id for img_id, _ in records] == ids and len(records) == len(expected) > 0
    for img_id, rec in records:
        want = expected[img_id]
        assert rec["hw"] == image_hw(ds, img_id)
        assert set(rec) - {"hw"} == set(want), img_id
        assert rec["cam"].dtype == np.float32 and rec["fg_cls"].dtype == np.uint8
        assert list(rec["fg_cls"]) == sorted(rec["fg_cls"]) and len(rec["fg_cls"]) > 0
        for key, value in want.items():
            assert rec[key].dtype == value.dtype, key
            np.testing.assert_array_equal(rec[key], value, err_msg=f"{img_id} {key}")


def test_reference_npz_at_patch_resolution_with_attention_round_trips_and_feeds_caa_and_seeds(toy, tmp_path):
    from fma_wsss.cams import refine_cam_shard
    from fma_wsss.masks import run_mask_shard
    from fma_wsss.seeds import read_seed_shard, run_seed_shard

    from test_masks import MASKS_CFG

    rng = np.random.default_rng(0)
    cam_dir = tmp_path / "cam"
    cam_dir.mkdir()
    ids = shard_ids(toy, 0)
    expected = {}
    for img_id in ids:
        items = reference_items(toy, img_id, rng)
        np.savez(cam_dir / f"{img_id}.npz", **items)
        expected[img_id] = {**items, "fg_cls": items["fg_cls"].astype(np.uint8)}
    out = tmp_path / "cams-0.h5"
    provenance = {"rule": "import_cams", "wildcards": {"split": "train", "shard": "0"}, "params": {}}
    info = import_cam_shard(toy, 0, SHARD_SIZE, cam_dir, "reference", out, provenance)
    assert info["images"] == 3 and info["with_att"] is True
    assert_shard_holds(out, toy, ids, expected)
    with h5py.File(out, "r") as f:
        assert f.attrs["format"] == CAM_SHARD_FORMAT and f.attrs["split"] == "train"
        assert json.loads(f.attrs["provenance"]) == provenance
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # written atomically, nothing left

    # CAA (refine_cams) and SAMS seeds consume the imported shard like our own
    refined = tmp_path / "refined-0.h5"
    caa = {"thresh": 0.4, "n_iters": 2, "sinkhorn_iters": 1, "aff_at": "score"}
    assert refine_cam_shard(out, caa, refined)["images"] == 3
    refined_recs = dict(read_cam_shard(refined))
    for img_id in ids:
        assert refined_recs[img_id]["cam_affed"].shape == expected[img_id]["cam"].shape
        assert np.isfinite(refined_recs[img_id]["cam_affed"]).all()
    run_mask_shard(toy, 0, SHARD_SIZE, MASKS_CFG, tmp_path / "masks-0.h5")
    run_seed_shard(tmp_path / "masks-0.h5", refined, "cam_affed", [0.6], toy.num_classes, tmp_path / "seeds-0.h5")
    seeds = list(read_seed_shard(tmp_path / "seeds-0.h5"))
    assert [img_id for img_id, _, _ in seeds] == ids
    for img_id, seed, gammas in seeds:
        assert gammas == [0.6] and seed.shape == (1, *image_hw(toy, img_id))
        assert set(np.unique(seed)) <= {0, *(classes_of(toy, img_id) + 1).tolist()}
        assert seed.any()  # the imported CAMs labelled something


def test_reference_npz_at_image_resolution_unsorted_without_attention(toy, tmp_path):
    rng = np.random.default_rng(1)
    ids = shard_ids(toy, 1)
    expected = {}
    for img_id in ids:
        items = reference_items(toy, img_id, rng, patch=False, att=False)
        sorted_items = {**items, "fg_cls": items["fg_cls"].astype(np.uint8)}
        reverse = slice(None, None, -1)  # the file lists the classes descending, and the CAM rows with them
        items = {**items, "cam": items["cam"][reverse].astype(np.float64), "fg_cls": items["fg_cls"][reverse],
                 "fg_logit": items["fg_logit"][reverse]}  # fmt: skip
        np.savez(tmp_path / f"{img_id}.npz", **items)
        expected[img_id] = sorted_items
    assert any(len(e["fg_cls"]) > 1 for e in expected.values())  # the reordering is exercised
    info = import_cam_shard(toy, 1, SHARD_SIZE, tmp_path, "reference", tmp_path / "out.h5")
    assert info["images"] == 2 and info["with_att"] is False
    assert_shard_holds(tmp_path / "out.h5", toy, ids, expected)


def write_npy_dict(path: Path, value: dict, protocol: int | None = None) -> None:
    """np.save of a dict, as CLIP-ES writes it; with a protocol, the pickle NumPy 1.x writes (numpy.core module;
    protocol 3 is its np.save's, 2 a Python-2-compatible pickle)."""
    if protocol is None:
        np.save(path, value, allow_pickle=True)
        return
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, {"descr": "|O", "fortran_order": False, "shape": ()})
    obj = np.empty((), dtype=object)
    obj[()] = value
    body = pickle.dumps(obj, protocol=protocol).replace(b"numpy._core.multiarray\n", b"numpy.core.multiarray\n")
    assert b"numpy.core.multiarray\n_reconstruct" in body
    path.write_bytes(buf.getvalue() + body)


@pytest.mark.parametrize("layout", ["npy", "npy-numpy1", "npy-protocol2", "npz", "npy-coco-name"])
def test_clip_es_files_import_sorted_at_image_size(toy, tmp_path, layout):
    rng = np.random.default_rng(2)
    ids = shard_ids(toy, 0)
    expected = {}
    for img_id in ids:
        items = clip_es_items(toy, img_id, rng)
        if layout == "npz":
            np.savez(tmp_path / f"{img_id}.npz", **items)
        else:
            name = f"COCO_train2014_{img_id}.npy" if layout == "npy-coco-name" else f"{img_id}.npy"
            write_npy_dict(tmp_path / name, items, {"npy-numpy1": 3, "npy-protocol2": 2}.get(layout))
        order = np.argsort(items["keys"])
        expected[img_id] = {"cam": items["attn_highres"][order].astype(np.float32),
                            "fg_cls": items["keys"][order].astype(np.uint8)}  # fmt: skip
    assert any(len(e["fg_cls"]) > 1 for e in expected.values())
    info = import_cam_shard(toy, 0, SHARD_SIZE, tmp_path, "clip-es", tmp_path / "out.h5")
    assert info["images"] == 3 and not info["with_att"]
    assert_shard_holds(tmp_path / "out.h5", toy, ids, expected)


class Payload:
    """Unpickling this runs a shell command that creates `marker`."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {shlex.quote(str(self.marker))}",)


def test_a_pickle_that_would_run_code_is_refused_and_never_runs(toy, tmp_path):
    img_id = shard_ids(toy, 0)[0]
    marker = tmp_path / "pwned"
    path = tmp_path / f"{img_id}.npy"
    items = clip_es_items(toy, img_id, np.random.default_rng(3))
    np.save(path, {**items, "keys": Payload(marker)}, allow_pickle=True)
    refused = re.escape(str(path)) + r": refused to unpickle, it names (posix|os|nt)\.system"
    hw = image_hw(toy, img_id)
    with pytest.raises(DatasetError, match=refused):
        load_cam_file(path, "clip-es", toy.num_classes - 1, hw)
    with pytest.raises(DatasetError, match="refused to unpickle"):
        import_cam_shard(toy, 0, SHARD_SIZE, tmp_path, "clip-es", tmp_path / "out.h5")
    assert not marker.exists() and not (tmp_path / "out.h5").exists()
    np.load(path, allow_pickle=True)  # the payload is live: numpy's own loader runs it
    assert marker.exists()


def test_grid_rule():
    assert grid_matches((375, 500), (375, 500)) and grid_matches((24, 32), (375, 500))  # image size, ViT-B/16 grid
    assert grid_matches((46, 62), (375, 500)) and grid_matches((1, 1), (375, 500))  # stride 8 (floor), one cell
    assert not grid_matches((32, 24), (375, 500))  # transposed
    assert not grid_matches((375, 490), (375, 500)) and not grid_matches((376, 500), (375, 500))
    assert not grid_matches((0, 4), (375, 500)) and not grid_matches((24, 0), (375, 500))


def test_file_names_per_format(tmp_path):
    assert BYO_FORMATS == ("reference", "clip-es")
    (tmp_path / "a.npz").write_bytes(b"")
    (tmp_path / "COCO_val2014_b.npy").write_bytes(b"")
    assert cam_file_path(tmp_path, "a", "reference") == tmp_path / "a.npz"
    assert cam_file_path(tmp_path, "a", "clip-es") == tmp_path / "a.npz"
    assert cam_file_path(tmp_path, "b", "clip-es") == tmp_path / "COCO_val2014_b.npy"
    with pytest.raises(DatasetError, match=r"no CAM file for image b \(expected b\.npz there, reference format"):
        cam_file_path(tmp_path, "b", "reference")
    with pytest.raises(DatasetError, match="unknown CAM file format 'png'"):
        cam_file_path(tmp_path, "a", "png")


def changed(items: dict, **change) -> dict:
    """`items` with the given keys replaced, or removed where the value is None."""
    out = {**items, **change}
    return {k: v for k, v in out.items() if v is not None}


def first_nan(cam: np.ndarray) -> np.ndarray:
    cam = cam.copy()
    cam.flat[0] = np.nan
    return cam


BAD_REFERENCE = {  # case -> (how the first image's items change, what the message says after the file's name)
    "missing key": (lambda it: changed(it, fg_cls=None),
                    r"no 'fg_cls' \(expected the reference keys cam, fg_cls; the file has"),
    "cam not 3-D": (lambda it: changed(it, cam=it["cam"][0]), r"cam is float32 of shape \(\d+, \d+\), expected a 3-D"),
    "P != len(fg_cls)": (lambda it: changed(it, fg_cls=it["fg_cls"][:-1]),
                         r"\d+ classes in fg_cls but \d+ CAMs \(P, h, w\), expected as many"),
    "class out of range": (lambda it: changed(it, fg_cls=it["fg_cls"] + 6),
                           r"fg_cls holds \[.*\], expected 0-based fg classes 0\.\.5"),
    "negative class": (lambda it: changed(it, fg_cls=it["fg_cls"] - 9), r"fg_cls holds \[-\d.*\], expected .* 0\.\.5"),
    "fg_cls not integer": (lambda it: changed(it, fg_cls=it["fg_cls"].astype(np.float32)),
                           r"fg_cls is float32 .* expected 1-D integers"),
    "repeated class": (lambda it: changed(it, fg_cls=np.zeros(len(it["fg_cls"]), np.int64)),
                       r"fg_cls holds \[0, 0.*\], expected every class once"),
    "NaN in cam": (lambda it: changed(it, cam=first_nan(it["cam"])), r"cam has 1 non-finite values"),
    "inf in att": (lambda it: changed(it, att=np.full_like(it["att"], np.inf)), r"att has \d+ non-finite values"),
    "att of another grid": (lambda it: changed(it, att=it["att"][:-1, :-1]),
                            r"att is float16 of shape .* expected numbers of shape"),
    "grid of another aspect": (lambda it: changed(it, cam=np.repeat(it["cam"], 2, axis=1), att=None),
                               r"cam is \d+x\d+ \(h x w\) but the image is"),
    "logits of another length": (lambda it: changed(it, all_logit=it["all_logit"][:3]),
                                 r"all_logit is float32 of shape \(3,\), expected .*\(6,\)"),
}


@pytest.mark.parametrize("case", list(BAD_REFERENCE))
def test_bad_reference_files_are_named_with_what_was_expected(toy, tmp_path, case):
    change, message = BAD_REFERENCE[case]
    img_id = shard_ids(toy, 0)[0]
    items = reference_items(toy, img_id, np.random.default_rng(4))
    if len(items["fg_cls"]) < 2:  # two classes, so that dropping or repeating one is possible
        items = changed(items, cam=np.concatenate([items["cam"]] * 2), fg_cls=np.array([0, 1]),
                        fg_logit=np.zeros(2, np.float32))  # fmt: skip
    path = tmp_path / f"{img_id}.npz"
    np.savez(path, **change(items))
    hw = image_hw(toy, img_id)
    with pytest.raises(DatasetError, match=re.escape(str(path)) + ": " + message):
        load_cam_file(path, "reference", toy.num_classes - 1, hw)
    with pytest.raises(DatasetError, match=re.escape(str(path))):
        import_cam_shard(toy, 0, SHARD_SIZE, tmp_path, "reference", tmp_path / "out.h5")
    assert not (tmp_path / "out.h5").exists()


def test_image_size_cams_of_another_size_are_refused(toy, tmp_path):
    img_id = shard_ids(toy, 0)[0]
    height, width = image_hw(toy, img_id)
    path = tmp_path / f"{img_id}.npy"
    for shape in ((height, width - 6), (height + 1, width)):  # a cropped image-size CAM; one larger than the image
        write_npy_dict(path, {"keys": np.array([0]), "attn_highres": np.zeros((1, *shape), np.float16)})
        message = f"{path}: cam is {shape[0]}x{shape[1]} (h x w) but the image is {height}x{width}: expected the"
        with pytest.raises(DatasetError, match=re.escape(message)):
            load_cam_file(path, "clip-es", toy.num_classes - 1, (height, width))


def test_missing_corrupt_and_foreign_files(toy, tmp_path):
    ids = shard_ids(toy, 0)
    missing = f"{tmp_path}: no CAM file for image {ids[0]} (expected {ids[0]}.npz there, reference format)"
    with pytest.raises(DatasetError, match=re.escape(missing)):
        import_cam_shard(toy, 0, SHARD_SIZE, tmp_path, "reference", tmp_path / "out.h5")
    with pytest.raises(DatasetError, match=re.escape(f"CAM folder {tmp_path / 'none'} not found")):
        import_cam_shard(toy, 0, SHARD_SIZE, tmp_path / "none", "reference", tmp_path / "out.h5")
    hw = image_hw(toy, ids[0])
    (tmp_path / "a.npz").write_bytes(b"not a zip archive")
    (tmp_path / "b.npy").write_bytes(b"\x93NUMPY\x01\x00garbage")
    np.save(tmp_path / "c.npy", np.zeros((2, 3), np.float32))
    np.save(tmp_path / "d.npy", np.array([1, "x"], dtype=object), allow_pickle=True)
    np.savez(tmp_path / "e.npz", keys=np.array([{"a": 1}], dtype=object), attn_highres=np.zeros((1, *hw)))
    cases = {
        "a.npz": r"not a readable \.npz archive",
        "b.npy": r"not a readable pickled-dict \.npy",
        "c.npy": r"not a readable pickled-dict \.npy.*plain float32 array of shape \(2, 3\), not a pickled dict",
        "d.npy": r"not a readable pickled-dict \.npy.*it holds a pickled ndarray, not a dict",
        "e.npz": r"not a readable \.npz archive.*allow_pickle",
    }
    for name, message in cases.items():
        with pytest.raises(DatasetError, match=re.escape(str(tmp_path / name)) + ": " + message):
            load_cam_file(tmp_path / name, "clip-es", toy.num_classes - 1, hw)
    np.savez(tmp_path / "f.npz", keys=np.array([0]), highres=np.zeros((1, *hw)))
    message = f"{tmp_path / 'f.npz'}: no 'attn_highres' (expected the clip-es keys attn_highres, keys; the file has"
    message += " keys, highres)"
    with pytest.raises(DatasetError, match=re.escape(message)):
        load_cam_file(tmp_path / "f.npz", "clip-es", toy.num_classes - 1, hw)


def test_attention_in_some_files_only_or_required_but_absent(toy, tmp_path):
    rng = np.random.default_rng(5)
    ids = shard_ids(toy, 0)
    for k, img_id in enumerate(ids):
        np.savez(tmp_path / f"{img_id}.npz", **reference_items(toy, img_id, rng, att=k != 1))
    files = [tmp_path / f"{img_id}.npz" for img_id in ids]
    message = f"{files[1]} has no attention 'att' but {files[0]}, the shard's first file, does:"
    with pytest.raises(DatasetError, match=re.escape(message)):
        import_cam_shard(toy, 0, SHARD_SIZE, tmp_path, "reference", tmp_path / "out.h5")
    np.savez(tmp_path / f"{ids[0]}.npz", **reference_items(toy, ids[0], rng, att=False))
    with pytest.raises(DatasetError, match=re.escape(f"{tmp_path / (ids[2] + '.npz')} has attention 'att' but")):
        import_cam_shard(toy, 0, SHARD_SIZE, tmp_path, "reference", tmp_path / "out.h5")
    with pytest.raises(DatasetError, match=re.escape(f"{tmp_path / (ids[0] + '.npz')}: no attention 'att'") + ".*CAA"):
        import_cam_shard(toy, 0, SHARD_SIZE, tmp_path, "reference", tmp_path / "out.h5", require_att=True)
    assert not (tmp_path / "out.h5").exists()


def test_an_image_without_classes_gives_an_empty_cam(toy, tmp_path):
    img_id = shard_ids(toy, 0)[0]
    height, width = image_hw(toy, img_id)
    np.savez(tmp_path / "x.npz", cam=np.zeros((0, 3, 4), np.float32), fg_cls=np.zeros(0, np.int64))
    rec = load_cam_file(tmp_path / "x.npz", "reference", 6, (height, width))
    assert rec["cam"].shape == (0, 3, 4) and rec["cam"].dtype == np.float32
    assert rec["fg_cls"].shape == (0,) and rec["fg_cls"].dtype == np.uint8 and set(rec) == {"cam", "fg_cls"}


def test_cli_import_cams(toy, tmp_path, capsys):
    from fma_wsss.cli import main
    from fma_wsss.provenance import code_hash, command_modules

    assert {"byo_cams", "data", "store"} <= set(command_modules("import-cams"))
    assert not {"sam", "prompts", "cams", "clip"} & set(command_modules("import-cams"))  # no torch model code
    rng = np.random.default_rng(6)
    ids = shard_ids(toy, 1)
    for img_id in ids:
        write_npy_dict(tmp_path / f"{img_id}.npy", clip_es_items(toy, img_id, rng))
        np.savez(tmp_path / f"{img_id}.npz", **reference_items(toy, img_id, rng))
    dataset = json.dumps({"kind": "toy", "root": str(toy.root)})
    provenance = {"rule": "import_cams", "wildcards": {"shard": "1"}, "params": {"dataset": dataset}}
    for fmt in BYO_FORMATS:
        out = tmp_path / f"{fmt}.h5"
        argv = ["--expect-code", code_hash("import-cams"), "import-cams", "--dataset", dataset, "--split", "train",
                "--shard", "1", "--shard-size", str(SHARD_SIZE), "--cam-dir", str(tmp_path), "--format", fmt,
                "--provenance", json.dumps(provenance), "--out", str(out)]  # fmt: skip
        assert main(argv + (["--require-att"] if fmt == "reference" else [])) == 0
        att = "with" if fmt == "reference" else "without"
        summary = f"{out}: 2 images imported from {tmp_path} ({fmt}, {att} attention) in "
        assert capsys.readouterr().out.startswith(summary)
        assert [img_id for img_id, _ in read_cam_shard(out)] == ids
    assert main(argv[2:-2] + ["--require-att", "--out", str(tmp_path / "x.h5")]) == 2  # CLIP-ES has no attention
    assert "fma-wsss import-cams: error: " in capsys.readouterr().err and not (tmp_path / "x.h5").exists()


def test_compare_with_labels_counts_extra_and_missing_classes():
    cams = {"a": [0, 1], "b": [2], "c": [], "d": [3, 0], "e": [5], "f": [1]}
    labels = {"a": [0], "b": [1, 2], "c": [4], "d": [0, 3], "e": [1], "f": None}  # f: no labels, not compared
    agreement = compare_with_labels(cams, labels, examples=1)
    assert agreement == {"compared": 5, "extra": 2, "extra_ids": ["a"], "missing": 3, "missing_ids": ["b"]}
    line = label_disagreement(agreement, "/cams", "images of shard 0")
    assert line == ("/cams: 2 of 5 images of shard 0 have a CAM of a class not in their image-level labels (e.g. a …); "
                    "3 of 5 images of shard 0 lack a CAM for a labelled class (e.g. b …)")  # fmt: skip
    assert label_disagreement(compare_with_labels({"a": [1, 0]}, {"a": (0, 1)}), "/cams") == ""  # order is free


def disagreeing_files(ds: SegDataset, cam_dir: Path, rng) -> list[str]:
    """Reference files for shard 0: its first image has a CAM of a class not in its labels, its second lacks the
    CAM of its first labelled class, its third agrees. Returns the shard's ids."""
    ids = shard_ids(ds, 0)
    for n, img_id in enumerate(ids):
        items = reference_items(ds, img_id, rng, att=False)
        labels = items["fg_cls"].tolist()
        assert labels, img_id  # every toy image has an object
        fg = {0: labels + [next(c for c in range(ds.num_classes - 1) if c not in labels)], 1: labels[1:]}.get(n, labels)
        items.update(cam=np.resize(items["cam"], (len(fg), *items["cam"].shape[1:])), fg_cls=np.array(fg),
                     fg_logit=np.zeros(len(fg), np.float32))  # fmt: skip
        np.savez(cam_dir / f"{img_id}.npz", **items)
    return ids


def test_import_warns_where_the_cams_classes_disagree_with_the_labels(toy, tmp_path, capsys):
    from fma_wsss.cli import main

    ids = disagreeing_files(toy, tmp_path, np.random.default_rng(8))
    logged = []
    info = import_cam_shard(toy, 0, SHARD_SIZE, tmp_path, "reference", tmp_path / "out.h5", log=logged.append)
    assert info["labels"] == {"compared": 3, "extra": 1, "extra_ids": [ids[0]], "missing": 1, "missing_ids": [ids[1]]}
    assert logged == [f"warning: {tmp_path}: 1 of 3 images of shard 0 have a CAM of a class not in their image-level "
                      f"labels (e.g. {ids[0]}); 1 of 3 images of shard 0 lack a CAM for a labelled class (e.g. "
                      f"{ids[1]}); expected the CAMs of this dataset's images, with 0-based fg classes in the order "
                      "of its class list"]  # fmt: skip
    assert [img_id for img_id, _ in read_cam_shard(tmp_path / "out.h5")] == ids  # a warning, the shard is written
    dataset = json.dumps({"kind": "toy", "root": str(toy.root)})
    argv = ["import-cams", "--dataset", dataset, "--split", "train", "--shard", "0", "--shard-size", str(SHARD_SIZE),
            "--cam-dir", str(tmp_path), "--format", "reference", "--out", str(tmp_path / "cli.h5")]  # fmt: skip
    capsys.readouterr()
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == logged[0] and lines[1].startswith(f"{tmp_path / 'cli.h5'}: 3 images imported")  # in the job's log


def test_import_of_agreeing_cams_logs_nothing(toy, tmp_path):
    rng = np.random.default_rng(9)
    for img_id in shard_ids(toy, 1):
        write_npy_dict(tmp_path / f"{img_id}.npy", clip_es_items(toy, img_id, rng))  # keys in another order
    logged = []
    info = import_cam_shard(toy, 1, SHARD_SIZE, tmp_path, "clip-es", tmp_path / "out.h5", log=logged.append)
    assert logged == [] and info["labels"]["compared"] == 2 and info["labels"]["extra"] == info["labels"]["missing"] == 0


def test_read_fg_cls_of_each_format(toy, tmp_path):
    rng = np.random.default_rng(10)
    img_id = shard_ids(toy, 0)[0]
    np.savez(tmp_path / "ref.npz", **reference_items(toy, img_id, rng))
    write_npy_dict(tmp_path / "es.npy", clip_es_items(toy, img_id, rng))
    np.savez(tmp_path / "es.npz", **clip_es_items(toy, img_id, rng))
    labels = classes_of(toy, img_id).tolist()
    assert read_fg_cls(tmp_path / "ref.npz", "reference").tolist() == labels
    assert read_fg_cls(tmp_path / "es.npy", "clip-es").tolist() == labels[::-1]
    assert read_fg_cls(tmp_path / "es.npz", "clip-es").tolist() == labels[::-1]
    with pytest.raises(DatasetError, match=re.escape(f"{tmp_path / 'es.npz'}: no 'fg_cls'")):
        read_fg_cls(tmp_path / "es.npz", "reference")
    (tmp_path / "cut.npz").write_bytes((tmp_path / "ref.npz").read_bytes()[:100])
    with pytest.raises(DatasetError, match=re.escape(f"{tmp_path / 'cut.npz'}: not a readable .npz")):
        read_fg_cls(tmp_path / "cut.npz", "reference")
    np.savez(tmp_path / "float.npz", fg_cls=np.array([0.0, 1.0]))
    with pytest.raises(DatasetError, match="fg_cls is float64 of shape \\(2,\\), expected 1-D integers"):
        read_fg_cls(tmp_path / "float.npz", "reference")
