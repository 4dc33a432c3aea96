"""The toy CLIP: its corpus, its loss, its pretraining, and the file the repository ships."""

import hashlib
import json

import numpy as np
import pytest
import torch
import torch.nn.functional as F
import yaml

from conftest import REPO
from fma_wsss.clip import TOY_CLIP, encode_image, load_clip, register_toy_clip
from fma_wsss.provenance import code_hash
from fma_wsss.toy import BACKGROUNDS, SHAPES, draw_scene
from fma_wsss.toy_clip import (DenseTexts, affinity_loss, caption, context_texts, corpus_options, crop_scene, dense_loss,
                                dense_names, dense_texts, holdout_accuracy, make_corpus, patch_labels, pretrain_toy_clip,
                                soft_contrastive_loss, value_path_tokens)  # fmt: skip

import open_clip  # noqa: E402  (after fma_wsss.clip, which makes torchvision importable)


def test_captions_name_the_shapes():
    rng = np.random.default_rng(0)
    for i in range(30):
        scene = draw_scene(np.random.default_rng([9, i]), (64, 64))
        text = caption(scene, rng)
        assert text.startswith("a photo of a ")
        assert all(o.shape in text for o in scene.objects)


def test_corpus_is_deterministic_and_not_the_toy_split():
    a, b = make_corpus(20, seed=1), make_corpus(20, seed=1)
    assert torch.equal(a.images, b.images) and a.captions == b.captions
    tail = make_corpus(5, seed=1, first=15)  # a slice is the same pairs as in the whole corpus
    assert torch.equal(tail.images, a.images[15:]) and tail.captions == a.captions[15:]
    assert a.images.shape == (20, 64, 64, 3) and a.tokens.shape[1] == 77
    assert not torch.equal(make_corpus(20, seed=0).images, a.images)


def test_a_crop_names_the_shapes_mostly_in_it_and_a_crop_of_background_its_background():
    named_partly, background_only = 0, 0
    for i in range(60):
        scene = draw_scene(np.random.default_rng([9, i]), (112, 96))
        crop = crop_scene(scene, np.random.default_rng([8, i]), 64, min_visible=0.5)
        assert crop.image.shape == (64, 64, 3) and crop.background == scene.background
        for obj in scene.objects:
            label = SHAPES.index(obj.shape) + 1
            whole = np.count_nonzero(scene.label == label)  # 0: hidden by later shapes
            visible = np.count_nonzero(crop.label == label) / max(whole, 1)
            assert (obj in crop.objects) == (whole > 0 and visible >= 0.5), (i, obj.shape, visible)
            named_partly += 0 < visible < 1 and obj in crop.objects
        text = caption(crop, np.random.default_rng(i))
        assert all(o.shape in text for o in crop.objects)
        assert not any(s in text for s in SHAPES if s not in {o.shape for o in crop.objects})
        if not crop.objects:
            background_only += 1
            assert text == f"a photo of a {scene.background} background"
    assert named_partly and background_only  # both cases occur in 60 crops


def test_a_corpus_of_crops_is_drawn_from_larger_scenes_at_the_input_size():
    options = corpus_options({"scene_sides": [64, 112], "min_visible": 0.5})
    assert options == {"scene_sides": (64, 112), "min_visible": 0.5}
    crops, plain = make_corpus(30, seed=1, **options), make_corpus(30, seed=1, **corpus_options({}))
    assert crops.images.shape == plain.images.shape == (30, 64, 64, 3)
    assert not torch.equal(crops.images, plain.images)
    assert torch.equal(make_corpus(10, seed=1, first=20, **options).images, crops.images[20:])


def test_identical_captions_are_positives():
    ids = torch.tensor([0, 0, 1])  # images 0 and 1 share a caption
    tied = torch.tensor([[5.0, 5.0, -5.0], [5.0, 5.0, -5.0], [-5.0, -5.0, 5.0]])
    diagonal = torch.tensor([[5.0, -5.0, -5.0], [-5.0, 5.0, -5.0], [-5.0, -5.0, 5.0]])
    entropy = 2 * np.log(2) / 3  # the soft targets' own entropy: the lowest loss possible
    assert abs(soft_contrastive_loss(tied, ids).item() - entropy) < 1e-3
    assert soft_contrastive_loss(diagonal, ids) > soft_contrastive_loss(tied, ids) + 1
    assert soft_contrastive_loss(diagonal, torch.tensor([0, 1, 2])) < 1e-3


def test_patch_labels_take_each_patchs_majority_class_without_the_object_borders():
    labels = np.zeros((1, 4, 8), np.uint8)
    labels[0, :, :3] = 2  # left patch: 12 of 16 pixels square
    labels[0, :, 3] = 255  # its last column is an object border: not counted
    labels[0, :2, 4:] = 3  # right patch: 8 triangle, 8 background: a tie goes to the lower class
    assert patch_labels(torch.from_numpy(labels), 4).tolist() == [[[2, 0]]]
    labels[0, 2, 4] = 3
    assert patch_labels(torch.from_numpy(labels), 4).tolist() == [[[2, 3]]]


def test_a_corpus_keeps_the_labels_and_backgrounds_its_captions_come_from():
    corpus = make_corpus(30, seed=1, **corpus_options({"scene_sides": [64, 112]}))
    assert corpus.labels.shape == (30, 64, 64) and corpus.labels.dtype == torch.uint8
    for k, text in enumerate(corpus.captions):
        present = {SHAPES[c - 1] for c in np.unique(corpus.labels[k].numpy()) if 0 < c < 255}
        assert {s for s in SHAPES if s in text} <= present  # a named shape is in the crop (partly cut ones may not be named)
        if not any(s in text for s in SHAPES):
            assert f"a photo of a {BACKGROUNDS[corpus.backgrounds[k]]} background" == text


def test_the_value_path_is_the_last_block_attending_each_patch_to_itself_only():
    """value_path_tokens is what the recipe's Grad-CAM reads of a patch: the last block's attention output for that
    patch alone, then ln_post and proj, with no residual and no MLP."""
    register_toy_clip()
    torch.manual_seed(0)
    model = open_clip.create_model(TOY_CLIP, pretrained=None).eval()
    features = encode_image(model, torch.randn(2, 3, 64, 64))
    block = model.visual.transformer.resblocks[-1]
    tokens = features.gcam_avt.shape[1]
    only_self = torch.full((tokens, tokens), float("-inf")).fill_diagonal_(0)
    out, _ = block.attn(features.gcam_avt, features.gcam_avt, features.gcam_avt, attn_mask=only_self)
    expected = model.visual.ln_post(out)[:, 1:] @ model.visual.proj
    assert torch.allclose(value_path_tokens(model, features.gcam_avt), expected, atol=1e-5)
    texts = model.encode_text(open_clip.get_tokenizer(TOY_CLIP)(dense_texts()), normalize=True)
    right = (F.normalize(expected, dim=-1) @ texts.t()).argmax(-1)
    assert dense_loss(model, features.gcam_avt, right, texts) < dense_loss(model, features.gcam_avt, (right + 1) % len(texts), texts)


def test_the_dense_texts_behind_a_context_are_the_prompts_that_prompt_learning_builds():
    """context_texts with the embeddings of "a photo of a" as the context gives the hand texts exactly; DenseTexts
    draws a fresh random context at every step (reproducibly from its seed) and, without one, is the hand term."""
    register_toy_clip()
    torch.manual_seed(0)
    model = open_clip.create_model(TOY_CLIP, pretrained=None).eval()
    tokenizer = open_clip.get_tokenizer(TOY_CLIP)
    phrase = model.token_embedding(tokenizer(["a photo of a"]))[0, 1:5]
    with torch.no_grad():
        behind = context_texts(model, tokenizer([f"X X X X {n}." for n in dense_names()]), phrase)
        hand = model.encode_text(tokenizer(dense_texts()), normalize=True)
    assert torch.allclose(behind, hand, atol=1e-5)
    features = encode_image(model, torch.randn(2, 3, 64, 64))
    targets = torch.randint(len(dense_names()), (2, 64), generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        only_hand = DenseTexts.make(0, seed=1).loss(model, features.gcam_avt, targets)
        assert only_hand == dense_loss(model, features.gcam_avt, targets, hand)
        first, second = DenseTexts.make(16, seed=1), DenseTexts.make(16, seed=1)
        steps = [first.loss(model, features.gcam_avt, targets) for _ in range(2)]
        assert steps[0] != steps[1]  # a new context each step
        assert second.loss(model, features.gcam_avt, targets) == steps[0]  # the same draws from the same seed
        assert steps[0] != only_hand
        ctx = torch.empty(16, model.token_embedding.weight.shape[1]).normal_(0, 0.02, generator=torch.Generator().manual_seed(1))
        behind_draw = context_texts(model, tokenizer([" ".join(["X"] * 16) + f" {n}." for n in dense_names()]), ctx)
        assert steps[0] == dense_loss(model, features.gcam_avt, targets, behind_draw)  # the draw's texts, no hand term


def test_the_affinity_term_is_lowest_for_attention_within_each_patchs_class():
    labels = torch.tensor([[0, 0, 1, 1]])
    uniform = torch.full((1, 5, 5), 0.2)  # token 0 is the CLS token: dropped, rows renormalised
    within = torch.zeros(1, 5, 5)
    within[0, 0] = 0.2
    within[0, 1:3, 1:3] = 0.5
    within[0, 3:5, 3:5] = 0.5
    across = within[:, :, [0, 3, 4, 1, 2]]
    assert affinity_loss([within], labels) == pytest.approx(np.log(2), abs=1e-4)  # the target's own entropy
    assert affinity_loss([within], labels) < affinity_loss([uniform], labels) < affinity_loss([across], labels)
    assert affinity_loss([within, across], labels) == pytest.approx((affinity_loss([within], labels) + affinity_loss([across], labels)) / 2)


def test_short_pretraining_saves_a_loadable_model(tmp_path):
    cfg = dict(seed=0, n_pairs=64, n_holdout=16, steps=4, batch_size=16, lr=1e-3, weight_decay=0.05, warmup_frac=0.25,
               scene_sides=[64, 112], dense_weight=1.0, dense_random_ctx=16, affinity_weight=0.1)
    summary = pretrain_toy_clip(cfg, tmp_path / "toy.pt", log=lambda m: None)
    assert np.isfinite(summary["final_loss"]) and 0 <= summary["holdout_top1"] <= 1
    model = load_clip(TOY_CLIP, tmp_path / "toy.pt", quick_gelu=False)
    assert model.visual.conv1.kernel_size == (8, 8)
    weights = torch.load(tmp_path / "toy.pt", weights_only=True)
    assert all(v.dtype == torch.float16 for v in weights.values() if v.is_floating_point())  # as ViT-B-16.pt ships


def test_the_shipped_toy_clip_is_what_its_settings_and_code_make():
    """pretrains/toy/toy_clip.pt, which the demo loads instead of pretraining: its record names config.yaml's
    toy_clip settings and today's code hash of the pretraining, the bytes are the ones recorded, it loads through
    the ViT-B-16.pt path, and its zero-shot accuracy on the held-out corpus pairs is the recorded one."""
    settings = yaml.safe_load((REPO / "config.yaml").read_text())["toy_clip"]
    shipped = REPO / settings["checkpoint"]
    assert shipped.is_file(), f"{shipped} is missing: the toy CLIP ships with the repository (make toy-clip makes it)"
    record = json.loads(shipped.with_name(shipped.name + ".json").read_text())
    rebuild = "rebuild it with `make toy-clip` and commit pretrains/toy/"
    assert record["settings"] == settings, f"config.yaml's toy_clip settings differ from the shipped file's: {rebuild}"
    assert record["code_hash"] == code_hash("toy-clip"), f"the toy CLIP's pretraining code changed: {rebuild}"
    assert record["sha256"] == hashlib.sha256(shipped.read_bytes()).hexdigest(), f"{shipped} is not the recorded file"
    model = load_clip(TOY_CLIP, shipped, quick_gelu=False)
    assert model.logit_scale.exp().item() == pytest.approx(record["logit_scale"], rel=1e-3)
    holdout = make_corpus(settings["n_holdout"], settings["seed"], first=settings["n_pairs"], **corpus_options(settings))
    assert holdout_accuracy(model, holdout) == pytest.approx(record["holdout_top1"], abs=0.003)
    assert record["holdout_top1"] >= 0.9
