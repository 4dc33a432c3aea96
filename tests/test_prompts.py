"""Stage T1 on CPU: augmentation, sampling, and a short training run that resumes bit-exactly."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import fma_wsss.torchvision_compat  # noqa: F401
import open_clip
from fma_wsss.clip import TOY_CLIP, register_toy_clip
from fma_wsss.data import SegDataset
from fma_wsss.prompts import augment, batch_keys, build_cam_model, collapsed_classes, lr_at, train_prompts
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
    image, label = ds.image_and_gt([s.id for s in ds.samples][0])
    a = augment(image, label, np.random.default_rng(5), AUG)
    b = augment(image, label, np.random.default_rng(5), AUG)
    c = augment(image, label, np.random.default_rng(6), AUG)
    assert a[0].shape == (64, 64, 3) and a[1].shape == (64, 64)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1]) and not np.array_equal(a[0], c[0])
    assert set(np.unique(a[1])) <= set(np.unique(label))  # nearest-neighbour labels: no new values


def test_batch_keys_draw_one_permutation_per_epoch(monkeypatch):
    """A permutation of the split per epoch, not per iteration (82k images on COCO); the same batches as before."""
    before = list(batch_keys(10, 4, seed=0, start_iter=0, max_iter=8))
    draws = []
    randperm = torch.randperm
    monkeypatch.setattr(torch, "randperm", lambda *a, **k: draws.append(a[0]) or randperm(*a, **k))
    assert list(batch_keys(10, 4, seed=0, start_iter=0, max_iter=8)) == before and draws == [10] * 4  # 2 per epoch
    assert [b[0][0] for b in before] == [0, 0, 1, 1, 2, 2, 3, 3]


def test_batch_keys_reshuffle_per_epoch_and_drop_last():
    batches = list(batch_keys(10, 4, seed=0, start_iter=0, max_iter=4))
    epoch0 = [i for e, i in batches[0] + batches[1]]
    assert len(batches) == 4 and all(len(b) == 4 for b in batches) and len(set(epoch0)) == 8
    assert [e for e, _ in batches[2]] == [1] * 4 and batches[0] != batches[2]
    assert list(batch_keys(10, 4, 0, 3, 4)) == batches[3:]  # resuming gives the same remaining batches


@pytest.mark.slow
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


def _train(clip_cfg, ds, work, out, stop, amp=None, stamp="s", **overrides):
    model = build_cam_model(clip_cfg, PROMPT, CLASSES["fg"], CLASSES["bg"])
    cfg = {**TRAIN, "sub_iters": 1, "save_step": 2, "stop_iter": stop, **overrides}
    return train_prompts(model, ds, cfg, work, out, stamp=stamp, log=lambda m: None, amp=amp)


@pytest.mark.slow
def test_resume_never_passes_the_stop(toy_setup, tmp_path):
    """A run to max_iter leaves states past a later, earlier stop: the re-run must resume from a state at or before
    the stop and give the context of the stop iteration, not the newest state's (the COCO stop_iter case)."""
    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    _train(clip_cfg, ds, tmp_path / "w", tmp_path / "full.pth", stop=0)
    assert sorted(p.name for p in (tmp_path / "w").iterdir()) == ["state-2.pth", "state-4.pth"]
    rerun = _train(clip_cfg, ds, tmp_path / "w", tmp_path / "stop3.pth", stop=3)
    assert rerun["resumed_from"] == 2
    fresh = _train(clip_cfg, ds, tmp_path / "fresh", tmp_path / "fresh3.pth", stop=3)
    assert fresh["resumed_from"] == 0
    torch.testing.assert_close(torch.load(tmp_path / "stop3.pth")["prompt_learner.ctx"],
                               torch.load(tmp_path / "fresh3.pth")["prompt_learner.ctx"], rtol=0, atol=0)  # fmt: skip
    assert _train(clip_cfg, ds, tmp_path / "w", tmp_path / "stop4.pth", stop=4)["resumed_from"] == 4
    assert _train(clip_cfg, ds, tmp_path / "w", tmp_path / "other.pth", stop=3, stamp="other")["resumed_from"] == 0


def test_loss_scaler_state_is_saved_and_resumed(toy_setup, tmp_path):
    """With AMP the GradScaler's state travels with the resumable state (here on the CPU, as on a GPU)."""
    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    _train(clip_cfg, ds, tmp_path / "b", tmp_path / "b3.pth", stop=3, amp=True)  # killed after iteration 3
    state = torch.load(tmp_path / "b" / "state-2.pth", weights_only=True)
    assert state["scaler"]["scale"] > 0 and "_growth_tracker" in state["scaler"]
    state["scaler"]["scale"] = 2.0**10  # as if the GPU run had backed off after overflowing steps
    torch.save(state, tmp_path / "b" / "state-2.pth")
    resumed = _train(clip_cfg, ds, tmp_path / "b", tmp_path / "b.pth", stop=0, amp=True)
    # 4 more steps from a fresh 2^16 could at most halve it 4 times (>= 2^12); the scale can only grow after 2000
    assert resumed["resumed_from"] == 2 and resumed["loss_scale"] <= 2.0**10


@pytest.mark.slow
def test_states_of_other_code_or_weights_are_not_resumed(toy_setup, tmp_path, monkeypatch):
    """The CLI stamps states with the code hash of train-prompts and the CLIP weights' fingerprint: after an edit
    of the training code (here: its hash changes), or with other weights at the same checkpoint path (a rebuilt toy
    CLIP), the re-run starts afresh instead of resuming a state of the old code or weights."""
    import json
    import shutil

    from fma_wsss import cli, provenance

    root, shipped = toy_setup
    clip_cfg = {**shipped, "checkpoint": str(tmp_path / "clip.pt")}
    shutil.copy(shipped["checkpoint"], clip_cfg["checkpoint"])
    dataset = {"kind": "toy", "root": str(root / "dataset")}

    def run(stop):
        args = ["train-prompts", "--dataset", json.dumps(dataset), "--split", "train", "--clip", json.dumps(clip_cfg),
                "--classes", json.dumps(CLASSES), "--prompt", json.dumps(PROMPT),
                "--train", json.dumps({**TRAIN, "sub_iters": 1, "save_step": 2, "stop_iter": stop}),
                "--work-dir", str(tmp_path / "states"), "--out", str(tmp_path / "ctx.pth"), "--summary", str(tmp_path / "s.json")]  # fmt: skip
        assert cli.main(args) == 0
        return json.loads((tmp_path / "s.json").read_text())["resumed_from"]

    assert run(3) == 0  # leaves state-2
    assert run(0) == 2  # same code: resumes
    state = torch.load(clip_cfg["checkpoint"])
    state["ln_final.weight"] = state["ln_final.weight"] * 1.01  # one tensor: the fingerprint's sample holds it
    torch.save(state, clip_cfg["checkpoint"])
    assert run(3) == 0  # the states were made with the old weights
    assert run(0) == 2  # ... and the new run's own are resumed
    monkeypatch.setattr(provenance, "code_hash", lambda command, package_dir=None: "edited-code-hash")
    assert run(0) == 0


def test_segmentation_task_learns_from_seed_pngs(toy_setup, tmp_path):
    """T2: the CAM activation loss against augmented seed crops, through the second-order Grad-CAM path, with
    class-specific front-token context and empty background prompts (VOC seg, METHOD §5.3)."""
    from PIL import Image

    from fma_wsss.data import DatasetError

    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    seed_dir = tmp_path / "seed"
    seed_dir.mkdir()
    for s in ds.samples:  # stand-in seeds: the GT without its void outline
        label = ds.label(s.id)
        Image.fromarray(np.where(label == 255, 0, label).astype(np.uint8)).save(seed_dir / f"{s.id}.png")
    prompt = {"n_ctx": 4, "class_specific": True, "position": "front", "ctx_std": 0.125}
    cfg = {**TRAIN, "sub_iters": 2, "save_step": 2, "online_labels": True, "init_seed": "机"}

    def model():
        return build_cam_model(clip_cfg, prompt, CLASSES["fg"], [""] * len(CLASSES["bg"]))

    trained = model()
    summary = train_prompts(trained, ds, cfg, tmp_path / "w", tmp_path / "seg.pth", log=lambda m: None, seed_dir=seed_dir)
    start = model()
    start.prompt_learner.initialize("机")
    assert trained.prompt_learner.ctx.shape == (len(CLASSES["fg"]) + len(CLASSES["bg"]), 4, start.prompt_learner.ctx.shape[-1])
    assert not torch.equal(trained.prompt_learner.ctx, start.prompt_learner.ctx)
    assert all(np.isfinite(h["loss"]) and h["loss"] > 0 for h in summary["history"])
    resumed = train_prompts(model(), ds, {**cfg, "stop_iter": 0}, tmp_path / "w", tmp_path / "seg2.pth", log=lambda m: None,
                            seed_dir=seed_dir)  # fmt: skip
    assert resumed["resumed_from"] == 4
    torch.testing.assert_close(torch.load(tmp_path / "seg2.pth")["prompt_learner.ctx"], torch.load(tmp_path / "seg.pth")["prompt_learner.ctx"])
    # each logged iteration gives each class's mean softmax share on its positives since the last one; a resumed run
    # (its state carries the window's sums) logs the same shares as the uninterrupted run
    shares = [h["class_softmax"] for h in summary["history"]]
    assert [list(s) for s in shares] == [CLASSES["fg"]] * 2 and any(v is not None for v in shares[-1].values())
    assert all(0 <= v <= 1 for s in shares for v in s.values() if v is not None)
    for got, want in zip([h["class_softmax"] for h in resumed["history"]], shares, strict=True):
        assert got.keys() == want.keys() and all((got[k] is None) == (want[k] is None) for k in want)
        assert {k: v for k, v in got.items() if v is not None} == pytest.approx({k: v for k, v in want.items() if v is not None})

    Image.fromarray(np.full((5, 5), 255, np.uint8)).save(seed_dir / f"{ds.samples[0].id}.png")
    fresh = model()
    with pytest.raises(DatasetError, match=rf"{ds.samples[0].id}\.png \(seed of .*\) has value 255"):
        train_prompts(fresh, ds, cfg, tmp_path / "w2", tmp_path / "x.pth", log=lambda m: None, seed_dir=seed_dir)


def test_training_after_an_inference_still_learns(toy_setup, tmp_path):
    """Inference caches the text features (freeze_text); training the same model afterwards must not use the cache,
    or every step would leave the context as it is."""
    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    model = build_cam_model(clip_cfg, PROMPT, CLASSES["fg"], CLASSES["bg"])
    model.prompt_learner.initialize(TRAIN["init_seed"])
    start = model.prompt_learner.ctx.detach().clone()
    model.freeze_text()
    train_prompts(model, ds, {**TRAIN, "sub_iters": 1, "save_step": 2, "stop_iter": 2}, tmp_path / "w", tmp_path / "c.pth",
                  log=lambda m: None)  # fmt: skip
    assert model.frozen_text is None
    assert not torch.equal(torch.load(tmp_path / "c.pth")["prompt_learner.ctx"], start)


def test_the_cl_loss_reads_its_own_scale_and_the_clips_by_default(toy_setup, tmp_path):
    """cls.train.cl_logit_scale: the CL loss of a sub-batch is METHOD §7.2's loss of scale·cos (the CLIP's own scale
    when null); the same scale as the CLIP's trains the same context as null, another scale another context."""
    from fma_wsss.clip import encode_image, logit_scale
    from fma_wsss.losses import multilabel_cl_loss
    from fma_wsss.prompts import _cls_sub_losses

    root, clip_cfg = toy_setup
    model = build_cam_model(clip_cfg, PROMPT, CLASSES["fg"], CLASSES["bg"])
    model.prompt_learner.initialize(TRAIN["init_seed"])
    images = torch.randn(4, 3, 64, 64)
    labels = torch.tensor([[1, 0, 0, 0, 0, 0], [0, 1, 1, 0, 0, 0], [0, 0, 0, 1, 0, 0], [1, 0, 0, 0, 0, 1]])
    own = float(logit_scale(model.clip))
    with torch.no_grad():
        cos = model.logits(encode_image(model.clip, images).img_emb, model.text_features())[:, :6] / own
        default, at_100 = (_cls_sub_losses(model, images, labels, 2, "cpu", False, s) for s in (None, 100.0))
    for losses, scale in ((default, own), (at_100, 100.0)):
        expected = [multilabel_cl_loss(scale * c, lb) for c, lb in zip(cos.chunk(2), labels.chunk(2))]
        torch.testing.assert_close(torch.stack(losses), torch.stack(expected), rtol=1e-5, atol=1e-6)
    assert abs(own - 100) > 50 and not torch.allclose(torch.stack(default), torch.stack(at_100))

    ds = SegDataset("toy", root / "dataset", "train")
    contexts = {}
    for name, scale in (("null", None), ("own", own), ("100", 100.0)):
        _train(clip_cfg, ds, tmp_path / name, tmp_path / f"{name}.pth", stop=2, cl_logit_scale=scale)
        contexts[name] = torch.load(tmp_path / f"{name}.pth")["prompt_learner.ctx"]
    torch.testing.assert_close(contexts["own"], contexts["null"], rtol=0, atol=0)
    assert not torch.allclose(contexts["100"], contexts["null"])


def test_positive_rank_counts_within_each_image():
    from fma_wsss.gradcam import positive_rank

    image_of_pair = torch.tensor([0, 0, 0, 2, 3, 3])
    assert positive_rank(image_of_pair, 5).tolist() == [0, 1, 2, 0, 0, 1]
    assert positive_rank(torch.zeros(0, dtype=torch.long), 3).tolist() == []


def test_grad_cams_and_their_context_gradient_equal_one_pair_at_a_time(toy_setup):
    """The batched Grad-CAM (one vector-Jacobian product per positive rank, all images at once) against the
    reference's formulation, one autograd.grad per (image, class) pair: same CAMs, same second-order gradient of the
    CAM activation loss with respect to the context. Images with 0, 1 and 3 positives."""
    from fma_wsss.clip import encode_image
    from fma_wsss.gradcam import masked_softmax
    from fma_wsss.losses import cam_activation_loss

    _, clip_cfg = toy_setup
    prompt = {"n_ctx": 4, "class_specific": True, "position": "front", "ctx_std": 0.125}
    model = build_cam_model(clip_cfg, prompt, CLASSES["fg"], [""])
    model.prompt_learner.initialize("机")
    gen = torch.Generator().manual_seed(0)
    images = torch.randn(3, 3, 64, 64, generator=gen)
    fg_labels = torch.tensor([[0, 1, 0, 1, 0, 1], [0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]])
    seeds = torch.randint(0, 7, (3, 64, 64), generator=gen)

    out = model(images, fg_labels, create_graph=True)
    sum(cam_activation_loss(out.pos_cam, out.pos_index, seeds)).backward()
    batched_grad = model.prompt_learner.ctx.grad.clone()
    model.prompt_learner.ctx.grad = None

    feats = encode_image(model.clip, images, grad_target=True)
    logits = model.logits(feats.img_emb, model.text_features())
    mask = torch.ones_like(logits, dtype=torch.bool)
    mask[:, :6] = fg_labels.bool()
    sm = masked_softmax(logits, mask)
    cams = []
    for n, c in out.pos_index.tolist():
        grad = torch.autograd.grad(sm[n, c], feats.gcam_avt, create_graph=True)[0][n, 1:]
        cams.append((feats.gcam_avt.detach()[n, 1:] * grad.mean(0)).sum(-1).reshape(feats.grid))
    cams = torch.stack(cams)
    sum(cam_activation_loss(cams, out.pos_index, seeds)).backward()
    assert out.pos_index.tolist() == [[0, 1], [0, 3], [0, 5], [2, 0]]
    torch.testing.assert_close(out.pos_cam.detach(), cams.detach(), rtol=1e-5, atol=1e-7)
    assert batched_grad.abs().max() > 0
    torch.testing.assert_close(batched_grad, model.prompt_learner.ctx.grad, rtol=1e-4, atol=1e-9)


@pytest.mark.slow
def test_history_of_a_resumed_run_is_an_uninterrupted_runs(toy_setup, tmp_path):
    """Each state carries the iterations logged so far: a run stopped and resumed logs the same iterations (and
    losses) as one run to the end, also when the resumed state is the stop itself (nothing left to run)."""
    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")

    def logged(summary):
        return [value for h in summary["history"] for value in (h["iteration"], h["loss"], h["lr"])]

    full = _train(clip_cfg, ds, tmp_path / "w", tmp_path / "full.pth", stop=0)  # leaves state-2 and state-4
    assert [h["iteration"] for h in full["history"]] == [0, 5]
    _train(clip_cfg, ds, tmp_path / "b", tmp_path / "b3.pth", stop=3)  # "killed" after iteration 3: state-2
    resumed = _train(clip_cfg, ds, tmp_path / "b", tmp_path / "b.pth", stop=0)
    assert resumed["resumed_from"] == 2 and logged(resumed) == pytest.approx(logged(full))
    at_stop = _train(clip_cfg, ds, tmp_path / "w", tmp_path / "w4.pth", stop=4)
    fresh = _train(clip_cfg, ds, tmp_path / "fresh", tmp_path / "fresh4.pth", stop=4)
    assert at_stop["resumed_from"] == 4 and [h["iteration"] for h in fresh["history"]] == [0, 3]
    assert logged(at_stop) == pytest.approx(logged(fresh))


def test_training_starts_from_the_prompt_sections_init_file(toy_setup, tmp_path):
    """seg.prompt.init_file (the reference's {'prompt_learner.ctx': tensor}): with a learning rate of 0 the trained
    context is the file's; a missing file falls back to init_seed, said once in the log; the file's content is part
    of the resume stamp, so a state trained from another file is not resumed."""
    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    init = tmp_path / "start.pth"
    shape = build_cam_model(clip_cfg, PROMPT, CLASSES["fg"], CLASSES["bg"]).prompt_learner.ctx.shape
    torch.save({"prompt_learner.ctx": torch.full(shape, 0.25)}, init)
    cfg = {**TRAIN, "base_lr": 0.0, "warm_lr": 0.0, "max_iter": 2, "warm_iters": 0, "sub_iters": 1, "save_step": 1}

    def run(work: str, out: str) -> tuple[dict, list[str]]:
        lines: list[str] = []
        model = build_cam_model(clip_cfg, {**PROMPT, "init_file": str(init)}, CLASSES["fg"], CLASSES["bg"])
        summary = train_prompts(model, ds, cfg, tmp_path / work, tmp_path / out, stamp="s", log=lines.append)
        return summary, lines

    summary, lines = run("w", "a.pth")
    assert torch.equal(torch.load(tmp_path / "a.pth")["prompt_learner.ctx"], torch.full(shape, 0.25))
    assert summary["resumed_from"] == 0 and f"context starts from {init}" in lines
    assert run("w", "a2.pth")[0]["resumed_from"] == 1  # same file: the state is resumed
    torch.save({"prompt_learner.ctx": torch.full(shape, -0.5)}, init)
    summary, _ = run("w", "b.pth")
    assert summary["resumed_from"] == 0  # another file: another trajectory
    assert torch.equal(torch.load(tmp_path / "b.pth")["prompt_learner.ctx"], torch.full(shape, -0.5))
    init.unlink()
    summary, lines = run("w", "c.pth")
    drawn = build_cam_model(clip_cfg, PROMPT, CLASSES["fg"], CLASSES["bg"]).prompt_learner
    drawn.initialize(TRAIN["init_seed"])
    assert summary["resumed_from"] == 0
    assert torch.equal(torch.load(tmp_path / "c.pth")["prompt_learner.ctx"], drawn.ctx.detach())
    assert [line for line in lines if "not found" in line] == [
        f"prompt.init_file {init} not found: the context is drawn from init_seed '真'"]


def test_an_init_file_of_another_shape_is_named(toy_setup, tmp_path):
    from fma_wsss.errors import WeightsFileError

    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    torch.save({"prompt_learner.ctx": torch.zeros(3, 5)}, tmp_path / "start.pth")
    model = build_cam_model(clip_cfg, {**PROMPT, "init_file": str(tmp_path / "start.pth")}, CLASSES["fg"], CLASSES["bg"])
    with pytest.raises(WeightsFileError, match=r"prompt\.init_file: .*start\.pth: context of shape \(3, 5\), expected"):
        train_prompts(model, ds, {**TRAIN, "sub_iters": 1}, tmp_path / "w", tmp_path / "x.pth", log=lambda m: None)


def test_a_class_whose_softmax_share_ends_near_zero_is_named_collapsed():
    """The CAM activation loss is zero where a Grad-CAM vanishes everywhere; a context finds that by losing the
    softmax to the background prompts. The last logged window's share below 0.05 names the class."""
    history = [{"iteration": 0, "loss": 1.0, "class_softmax": {"circle": 0.3, "star": 0.4, "ring": None}},
               {"iteration": 1, "loss": 0.5},  # a cls-task-like entry without shares is skipped
               {"iteration": 20, "loss": 0.1, "class_softmax": {"circle": 0.5, "star": 0.01, "ring": 0.02}}]  # fmt: skip
    assert collapsed_classes(history) == {"star": (0.4, 0.01), "ring": (None, 0.02)}
    assert collapsed_classes(history[:1]) == {} and collapsed_classes([{"iteration": 0, "loss": 1.0}]) == {}



def _seed_pngs(ds: SegDataset, seed_dir) -> None:
    """Stand-in coarse seeds: the GT without its void outline."""
    from PIL import Image

    seed_dir.mkdir()
    for s in ds.samples:
        label = ds.label(s.id)
        Image.fromarray(np.where(label == 255, 0, label).astype(np.uint8)).save(seed_dir / f"{s.id}.png")


SEG_PROMPT = {"n_ctx": 4, "class_specific": True, "position": "front", "ctx_std": 0.125}


def test_start_shares_are_the_softmax_shares_training_sees(toy_setup, tmp_path):
    """start_shares (logits only) equals the mean of the Grad-CAM forward's own pos_share over the same crops and
    positives, per class, for crop positives and for image-level ones."""
    from fma_wsss.prompts import AugmentedSplit, DRAW_EPOCH, crop_labels, start_shares

    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    _seed_pngs(ds, tmp_path / "seed")
    model = build_cam_model(clip_cfg, SEG_PROMPT, CLASSES["fg"], [""])
    model.prompt_learner.initialize("机")
    data = AugmentedSplit(ds, AUG, 0, tmp_path / "seed")
    images, cls, seeds = (torch.stack([data[(DRAW_EPOCH, i)][j] for i in range(len(data))]) for j in range(3))
    for online, positives in ((True, crop_labels(seeds, 6)), (False, cls)):
        out = model(images, positives)
        want = {name: (float(out.pos_share[out.pos_index[:, 1] == c].mean()) if (out.pos_index[:, 1] == c).any() else None)
                for c, name in enumerate(CLASSES["fg"])}  # fmt: skip
        got = start_shares(model, data, online, batch_size=3)
        assert got.keys() == want.keys() and any(v is not None for v in want.values())
        for name in want:
            assert (got[name] is None) == (want[name] is None)
            assert got[name] is None or got[name] == pytest.approx(want[name], rel=1e-4, abs=1e-7)


@pytest.mark.parametrize(
    "shares, chosen, made",
    [
        ([{"circle": 0.2, "star": None}], 0, 1),  # the recipe's draw, when no class starts collapsed
        ([{"circle": 0.01, "star": 0.9}, {"circle": 0.3, "star": 0.04}, {"circle": 0.06, "star": 0.5}, {"circle": 0.9, "star": 0.9}], 2, 3),
        ([{"circle": 0.01, "star": 0.9}, {"circle": 0.03, "star": 0.5}, {"circle": 0.5, "star": 0.03}, {"circle": 0.02, "star": 0.2}], 1, 4),
    ],
)  # fmt: skip
def test_the_start_draw_is_the_first_in_which_no_class_starts_collapsed(toy_setup, monkeypatch, shares, chosen, made):
    """choose_start_draw: the first draw whose classes all hold a share >= COLLAPSED_SHARE (a class without
    positives does not count); where none does, the one whose weakest class holds the most (ties to the earlier).
    The model keeps the chosen draw: seed init_seed's integer + its index."""
    import fma_wsss.prompts as prompts
    from fma_wsss.coop import seed_to_int

    root, clip_cfg = toy_setup
    model = build_cam_model(clip_cfg, SEG_PROMPT, CLASSES["fg"], [""])
    seen = []

    def fake_shares(m, data, online_labels, batch_size, device="cpu"):
        seen.append(m.prompt_learner.ctx.detach().clone())
        return shares[len(seen) - 1]

    monkeypatch.setattr(prompts, "start_shares", fake_shares)
    lines = []
    result = prompts.choose_start_draw(model, None, "机", 4, True, 16, "cpu", lines.append)
    base = seed_to_int("机")
    assert result["chosen"] == chosen and result["seed"] == base + chosen and len(result["draws"]) == len(seen) == made
    reference = build_cam_model(clip_cfg, SEG_PROMPT, CLASSES["fg"], [""]).prompt_learner
    for k, ctx in enumerate(seen):
        reference.initialize(base + k)
        assert torch.equal(ctx, reference.ctx.detach())
    reference.initialize(base + chosen)
    assert torch.equal(model.prompt_learner.ctx.detach(), reference.ctx.detach())
    assert lines[-1].startswith(f"the context starts from draw {chosen}") and ("every draw" in lines[-1]) == (made == 4)
    assert "star -" in lines[0] or "star 0.9" in lines[0]


def test_segmentation_training_starts_from_the_chosen_draw_and_resumes_it(toy_setup, tmp_path):
    """train.init_draws > 1: with a learning rate of 0 the trained context is the chosen draw; the summary and the
    resumable state carry the choice; the classification task, which has no seeds, is refused by name."""
    from fma_wsss.errors import ConfigError

    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    _seed_pngs(ds, tmp_path / "seed")
    cfg = {**TRAIN, "base_lr": 0.0, "warm_lr": 0.0, "max_iter": 3, "stop_iter": 2, "warm_iters": 0, "sub_iters": 1,
           "save_step": 1, "online_labels": True, "init_seed": "机", "init_draws": 3}  # fmt: skip

    def model():
        return build_cam_model(clip_cfg, SEG_PROMPT, CLASSES["fg"], [""])

    lines = []
    summary = train_prompts(model(), ds, cfg, tmp_path / "w", tmp_path / "a.pth", log=lines.append, seed_dir=tmp_path / "seed")
    draw = summary["start_draw"]
    assert 1 <= len(draw["draws"]) <= 3 and draw["chosen"] < len(draw["draws"])
    assert sum("start draw" in line for line in lines) == len(draw["draws"])
    chosen = model().prompt_learner
    chosen.initialize(draw["seed"])
    assert torch.equal(torch.load(tmp_path / "a.pth")["prompt_learner.ctx"], chosen.ctx.detach())
    lines.clear()
    resumed = train_prompts(model(), ds, {**cfg, "stop_iter": 0}, tmp_path / "w", tmp_path / "b.pth", log=lines.append,
                            seed_dir=tmp_path / "seed")  # fmt: skip
    assert resumed["resumed_from"] == 1 and resumed["start_draw"] == draw and not any("draw" in line for line in lines)
    with pytest.raises(ConfigError, match=r"train\.init_draws: 3 judges the draws on crops of the coarse seeds"):
        train_prompts(model(), ds, cfg, tmp_path / "c", tmp_path / "c.pth", log=lambda m: None)
