"""Stage I1 on CPU: CAM shards from a random toy CLIP, their per-shard evaluation and the report."""

import json

import h5py
import numpy as np
import pytest
import torch

from fma_wsss.caa import refine_cam
from fma_wsss.cams import (
    cam_report_from_evals, cam_report_markdown, cam_shard_eval, ceil_to, inference_input, read_cam_shard, refine_cam_shard,
    run_cam_shard,
)  # fmt: skip
from fma_wsss.data import SegDataset, image_level_labels
from fma_wsss.errors import ConfigError, CorruptArtifactError, StaleArtifactError
from fma_wsss.losses import multilabel_cl_loss
from fma_wsss.metrics import average_precision, confusion_matrix, scores_from_confusion
from fma_wsss.prompts import build_cam_model
from fma_wsss.scores import cam_to_score, scores_to_seed, seeds_for_powers, with_background

from test_prompts import CLASSES, PROMPT, toy_setup  # noqa: F401  (module fixture)


def test_inference_input_rounds_sides_up():
    x = inference_input(np.zeros((70, 81, 3), np.uint8), 8)
    assert x.shape == (1, 3, 72, 88)
    assert inference_input(np.zeros((64, 80, 3), np.uint8), 16).shape == (1, 3, 64, 80)
    assert ceil_to(17, 16) == 32 and ceil_to(16, 16) == 16


def test_inference_input_scales_each_side_before_rounding_it_up():
    image = np.random.default_rng(0).integers(0, 256, (70, 81, 3), np.uint8)
    assert inference_input(image, 8, 2.0).shape == (1, 3, 144, 168)  # 140 x 162, rounded up to multiples of 8
    assert inference_input(image, 8, 1.5).shape == (1, 3, 112, 128)  # 105 x 122
    np.testing.assert_array_equal(inference_input(image, 8, 1.0), inference_input(image, 8))  # the recipe's 1.0


def test_cams_inferred_at_a_scale_have_a_finer_grid_and_the_images_size(toy_setup, tmp_path):  # noqa: F811
    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    model = build_cam_model(clip_cfg, PROMPT, CLASSES["fg"], CLASSES["bg"])
    model.prompt_learner.initialize(0)
    run_cam_shard(model, ds, 0, 3, tmp_path / "x1.h5", att_layers=2)
    run_cam_shard(model, ds, 0, 3, tmp_path / "x2.h5", att_layers=2, scale=2.0)
    patch = model.clip.visual.conv1.kernel_size[0]
    for (id1, a), (id2, b) in zip(read_cam_shard(tmp_path / "x1.h5"), read_cam_shard(tmp_path / "x2.h5")):
        assert id1 == id2 and tuple(a["hw"]) == tuple(b["hw"])  # the image's own size, which SAMS resizes to
        assert a["cam"].shape[1:] == tuple(ceil_to(s, patch) // patch for s in a["hw"])
        assert b["cam"].shape[1:] == tuple(ceil_to(2 * s, patch) // patch for s in a["hw"])
        assert b["cam"].shape[0] == a["cam"].shape[0] and b["cam"].size > 3 * a["cam"].size


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_seeds_for_powers_equal_the_argmax_over_background_and_scores(seed):
    gen = torch.Generator().manual_seed(seed)
    cam = torch.randn(3, 5, 7, generator=gen)
    cam[1] = cam[2]  # equal fg channels: the first one wins
    score = cam_to_score(cam, (20, 28))
    score[0, :2] = 0.5  # exact ties between background (1 − 0.5)^1 and foreground
    score[1:, :2] = 0.5
    fg_cls = torch.tensor([1, 4, 5])
    powers = [0.3, 1.0, 1.0000001, 2.0, 7.0]
    for p, seed_map in seeds_for_powers(score, fg_cls, powers):
        assert torch.equal(seed_map, scores_to_seed(with_background(score, p), fg_cls)), p
    empty = list(seeds_for_powers(score[:0], fg_cls[:0], [1.0]))
    assert empty[0][1].shape == (20, 28) and not empty[0][1].any()


def test_cam_shards_keep_the_list_order_and_store_attention_only_when_asked(toy_setup, tmp_path):  # noqa: F811
    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    ds.samples = ds.samples[::-1]  # not alphabetical: HDF5 groups iterate alphabetically, the shard must not
    model = build_cam_model(clip_cfg, PROMPT, CLASSES["fg"], CLASSES["bg"])
    model.prompt_learner.initialize(0)
    run_cam_shard(model, ds, 0, 8, tmp_path / "att.h5", att_layers=2, store_att=True)
    info = run_cam_shard(model, ds, 0, 8, tmp_path / "none.h5", att_layers=2)
    assert info["images"] == len(ds.samples) and 0 < info["write_seconds"] < info["seconds"]  # writes timed within the run
    expected = [s.id for s in ds.samples]
    assert [i for i, _ in read_cam_shard(tmp_path / "att.h5")] == expected and sorted(expected) != expected
    with h5py.File(tmp_path / "att.h5") as f:
        att = f["images"][expected[0]]["att"]
        assert att.dtype == np.float16 and att.compression is None  # gzip cost ~66 ms per map for ~18 %
    with h5py.File(tmp_path / "none.h5") as f:
        assert not any("att" in f["images"][i] for i in expected)
    for (_, a), (_, b) in zip(read_cam_shard(tmp_path / "att.h5"), read_cam_shard(tmp_path / "none.h5")):
        np.testing.assert_array_equal(a["cam"], b["cam"])


@pytest.mark.parametrize("att_layers", [0, 13])
def test_att_layers_outside_the_clips_blocks_are_refused(toy_setup, tmp_path, att_layers):  # noqa: F811
    """[-0:] would average every block without a word; more than the depth too."""
    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    model = build_cam_model(clip_cfg, PROMPT, CLASSES["fg"], CLASSES["bg"])
    model.prompt_learner.initialize(0)
    depth = len(model.clip.visual.transformer.resblocks)
    with pytest.raises(ConfigError, match=rf"infer\.att_layers: {att_layers} .*expected 1\.\.{depth}"):
        run_cam_shard(model, ds, 0, 2, tmp_path / "att.h5", att_layers=att_layers, store_att=True)
    assert not (tmp_path / "att.h5").exists()


def test_cam_shard_roundtrip_eval_and_report(toy_setup, tmp_path):  # noqa: F811
    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    ids = [s.id for s in ds.samples]
    model = build_cam_model(clip_cfg, PROMPT, CLASSES["fg"], CLASSES["bg"])
    model.prompt_learner.initialize(0)
    paths = [tmp_path / f"shard-{i:04d}.h5" for i in range(2)]
    caa = {"thresh": 0.4, "n_iters": 2, "sinkhorn_iters": 1, "aff_at": "score"}
    for i, p in enumerate(paths):
        run_cam_shard(model, ds, i, 5, p, att_layers=2, store_att=True, caa=caa)
    records = [r for p in paths for r in read_cam_shard(p, with_att=True)]
    assert [i for i, _ in records] == ids
    for img_id, rec in records:
        fg = np.flatnonzero(image_level_labels(ds.label(img_id), ds.num_classes)[1:])
        h, w = (-(-rec["hw"][0] // 8), -(-rec["hw"][1] // 8))
        assert rec["fg_cls"].tolist() == fg.tolist() and rec["cam"].shape == (len(fg), h, w)
        assert rec["att"].shape == (h * w, h * w) and rec["att"].dtype == np.float16
        np.testing.assert_allclose(rec["fg_logit"], rec["all_logit"][fg])
        # CAA fused into inference uses the attention it would have stored (float16, like the reference's files)
        refined = refine_cam(torch.from_numpy(rec["att"].astype(np.float32)), torch.from_numpy(rec["cam"]), **caa)
        np.testing.assert_allclose(rec["cam_affed"], refined.cam.numpy(), rtol=1e-6, atol=1e-7)

    powers = [1.0, 2.0]
    evals = [cam_shard_eval(ds, p, {"cam": powers, "caa": [0.5, 1.0]}) for p in paths]
    assert [e["images"] for e in evals] == [5, 3]
    result = cam_report_from_evals(evals, ds.class_names)
    # the reference formulation, image by image: [(1 − max)^p ; scores] argmax, one confusion matrix over the split
    for p in powers:
        conf = sum(confusion_matrix(scores_to_seed(with_background(cam_to_score(torch.from_numpy(r["cam"]), r["hw"]), p),
                                                   torch.from_numpy(r["fg_cls"])).numpy(), ds.label(i), ds.num_classes)
                   for i, r in records)  # fmt: skip
        assert result["miou_by_power"][str(p)] == pytest.approx(100 * scores_from_confusion(conf).miou, abs=1e-12)
    conf = sum(confusion_matrix(scores_to_seed(with_background(cam_to_score(torch.from_numpy(r["cam_affed"]), r["hw"]), 0.5),
                                               torch.from_numpy(r["fg_cls"])).numpy(), ds.label(i), ds.num_classes)
               for i, r in records)  # fmt: skip
    assert result["sweeps"]["caa"]["miou_by_power"]["0.5"] == pytest.approx(100 * scores_from_confusion(conf).miou, abs=1e-12)
    assert result["images"] == 8 and 0 <= result["best_miou"] <= 100 and result["best_power"] in powers

    # CAA apart from inference (caa.fused: false) gives what the fused pass gave, and drops the attention
    refine_cam_shard(paths[0], caa, tmp_path / "refined.h5")
    apart = list(read_cam_shard(tmp_path / "refined.h5", with_att=True))
    assert [i for i, _ in apart] == ids[:5]
    for (_, fused), (_, rec) in zip(records, apart):
        assert "att" not in rec and rec["hw"] == fused["hw"]
        np.testing.assert_allclose(rec["cam_affed"], fused["cam_affed"], rtol=1e-6, atol=1e-9)
        np.testing.assert_array_equal(rec["cam"], fused["cam"])
    with pytest.raises(StaleArtifactError, match=r"refined\.h5: image .* has no attention"):
        refine_cam_shard(tmp_path / "refined.h5", caa, tmp_path / "again.h5")
    assert not (tmp_path / "again.h5").exists()
    logits = np.stack([rec["all_logit"] for _, rec in records])
    labels = np.stack([image_level_labels(ds.label(i), ds.num_classes)[1:].astype(np.int64) for i in ids])
    assert result["cl_loss"] == pytest.approx(float(multilabel_cl_loss(torch.from_numpy(logits), torch.from_numpy(labels))), rel=1e-6)
    ap = [average_precision(logits[:, c], labels[:, c]) for c in range(labels.shape[1]) if labels[:, c].any()]
    assert result["map"] == pytest.approx(100 * np.mean(ap))
    md = cam_report_markdown({"hand": result, "cls": result}, "t")
    assert f"| hand | train | 8 | 8 | {result['map']:.1f} | {result['cl_loss']:.3f} |" in md and "| circle |" in md
    assert "| cls + CAA |" in md
    with pytest.raises(StaleArtifactError, match="disagree"):
        cam_report_from_evals([evals[0], {**evals[1], "sweeps": {"cam": evals[1]["sweeps"]["cam"]}}], ds.class_names)


def test_not_a_cam_shard(tmp_path):
    with h5py.File(tmp_path / "x.h5", "w"):
        pass
    with pytest.raises(CorruptArtifactError, match="not a CAM shard"):
        list(read_cam_shard(tmp_path / "x.h5"))


def test_an_image_without_a_positive_class_scores_background():
    """COCO train has images without any annotated object: their CAM has no channel, and every step after it must
    give background rather than fail."""
    empty = torch.zeros((0, 3, 4))
    score = cam_to_score(empty, (6, 8))
    assert score.shape == (0, 6, 8)
    assert [p for p, seed in seeds_for_powers(score, torch.zeros(0, dtype=torch.long), [1.0, 2.0]) if seed.any()] == []
    assert not scores_to_seed(with_background(score, 1.0), torch.zeros(0, dtype=torch.long)).any()
    assert refine_cam(torch.rand(12, 12), empty, 0.4).cam.shape == (0, 3, 4)


def test_the_cam_report_reads_shard_evaluations_one_at_a_time():
    """A split's CAM evaluations (COCO: 165 shards holding 82k images' logits) are summed as they are read: a
    generator of files gives the list's result, and each shard's parsed JSON is released before the next is read."""
    import gc
    import weakref

    class Eval(dict):  # a dict that a weak reference can watch
        pass

    rng = np.random.default_rng(0)
    names = ("background", "a", "b", "c")

    def shard(n: int) -> dict:
        return {"split": "train", "images": n, "gt_images": n, "logits": rng.normal(size=(n, 3)).tolist(),
                "labels": (rng.random((n, 3)) < 0.5).astype(int).tolist(),
                "sweeps": {"cam": {"powers": [1.0, 2.0], "confusion": rng.integers(0, 50, (2, 4, 4)).tolist()}}}  # fmt: skip

    shards = [shard(n) for n in (5, 3, 4)]
    alive: list[weakref.ref] = []

    def read_one_by_one():
        for s in shards:
            gc.collect()  # the reader may still hold the shard it has just summed; none before it
            assert all(ref() is None for ref in alive[:-1]), "an earlier shard's evaluation is still held"
            e = Eval(json.loads(json.dumps(s)))
            alive.append(weakref.ref(e))
            yield e
            del e

    streamed = cam_report_from_evals(read_one_by_one(), names)
    assert streamed == cam_report_from_evals(shards, names) and streamed["images"] == 12
    with pytest.raises(StaleArtifactError, match="no CAM shard evaluations"):
        cam_report_from_evals(iter([]), names)
