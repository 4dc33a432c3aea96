"""Stage T1 on CPU: augmentation, sampling, and a short training run that resumes bit-exactly."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import fma_wsss.torchvision_compat  # noqa: F401
import open_clip
from fma_wsss.clip import TOY_CLIP, register_toy_clip
from fma_wsss.data import SegDataset
from fma_wsss.prompts import augment, batch_keys, build_cam_model, lr_at, train_prompts
from fma_wsss.toy import generate_toy_dataset

TOY = dict(seed=2, n_train=8, n_val=2, min_side=64, max_side=80, max_objects=2, colour_tie_prob=0.85, jpeg_quality=95)
AUG = {"low": 72, "high": 96, "short_thresh": 64, "crop": 64, "colour_jitter": True}
TRAIN = {"init_seed": "真", "seed": 0, "max_iter": 6, "stop_iter": 0, "warm_iters": 2, "base_lr": 0.01, "warm_lr": 0.001,
         "batch_size": 4, "sub_iters": 2, "momentum": 0.9, "weight_decay": 5e-4, "save_step": 3, "augment": AUG}  # fmt: skip
PROMPT = {"n_ctx": 4, "class_specific": False, "position": "end", "ctx_std": 0.015}
CLASSES = {"fg": ["circle", "square", "triangle", "star", "cross", "ring"], "bg": ["background"]}


@pytest.fixture(scope="module")
def toy_setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("toyp")
    generate_toy_dataset(root / "dataset", TOY)
    register_toy_clip()
    torch.manual_seed(0)
    path = root / "toy_clip.pt"
    torch.save(open_clip.create_model(TOY_CLIP, pretrained=None).state_dict(), path)
    return root, {"arch": TOY_CLIP, "checkpoint": str(path), "quick_gelu": False}


def test_lr_schedule_shape():
    assert lr_at(0, 100, 10) == lr_at(9, 100, 10) == 1e-5
    assert lr_at(10, 100, 10) == pytest.approx(1e-3) and lr_at(55, 100, 10) == pytest.approx(5e-4)
    assert lr_at(99, 100, 10) < 1e-6


def test_augment_is_deterministic_and_crops(toy_setup):
    root, _ = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    image, label = ds.image_and_label(ds.ids[0])
    a = augment(image, label, np.random.default_rng(5), AUG)
    b = augment(image, label, np.random.default_rng(5), AUG)
    c = augment(image, label, np.random.default_rng(6), AUG)
    assert a[0].shape == (64, 64, 3) and a[1].shape == (64, 64)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1]) and not np.array_equal(a[0], c[0])
    assert set(np.unique(a[1])) <= set(np.unique(label))  # nearest-neighbour labels: no new values


def test_batch_keys_reshuffle_per_epoch_and_drop_last():
    batches = list(batch_keys(10, 4, seed=0, start_iter=0, max_iter=4))
    epoch0 = [i for e, i in batches[0] + batches[1]]
    assert len(batches) == 4 and all(len(b) == 4 for b in batches) and len(set(epoch0)) == 8
    assert [e for e, _ in batches[2]] == [1] * 4 and batches[0] != batches[2]
    assert list(batch_keys(10, 4, 0, 3, 4)) == batches[3:]  # resuming gives the same remaining batches


def test_training_moves_the_context_and_resumes_exactly(toy_setup, tmp_path):
    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")

    def run(work, stop, out):
        model = build_cam_model(clip_cfg, PROMPT, CLASSES["fg"], CLASSES["bg"])
        return train_prompts(model, ds, {**TRAIN, "stop_iter": stop}, work, out, stamp="s", log=lambda m: None), model

    full, model_full = run(tmp_path / "a", 0, tmp_path / "a.pth")
    assert set(torch.load(tmp_path / "a.pth")) == {"prompt_learner.ctx"}
    assert not torch.equal(model_full.prompt_learner.ctx, build_cam_model(clip_cfg, PROMPT, CLASSES["fg"], CLASSES["bg"]).prompt_learner.ctx)
    run(tmp_path / "b", 4, tmp_path / "b4.pth")  # "killed" after iteration 4: state-3 is on disk
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == ["state-3.pth"]
    resumed, model_resumed = run(tmp_path / "b", 0, tmp_path / "b.pth")
    assert resumed["resumed_from"] == 3
    torch.testing.assert_close(torch.load(tmp_path / "b.pth")["prompt_learner.ctx"], torch.load(tmp_path / "a.pth")["prompt_learner.ctx"])
