import numpy as np
import torch

from fma_wsss.clip import TOY_CLIP, load_clip
from fma_wsss.toy import draw_scene
from fma_wsss.toy_clip import caption, make_corpus, pretrain_toy_clip, soft_contrastive_loss


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
    assert a.images.shape == (20, 64, 64, 3) and a.tokens.shape[1] == 77
    assert not torch.equal(make_corpus(20, seed=0).images, a.images)


def test_identical_captions_are_positives():
    ids = torch.tensor([0, 0, 1])  # images 0 and 1 share a caption
    tied = torch.tensor([[5.0, 5.0, -5.0], [5.0, 5.0, -5.0], [-5.0, -5.0, 5.0]])
    diagonal = torch.tensor([[5.0, -5.0, -5.0], [-5.0, 5.0, -5.0], [-5.0, -5.0, 5.0]])
    entropy = 2 * np.log(2) / 3  # the soft targets' own entropy: the lowest loss possible
    assert abs(soft_contrastive_loss(tied, ids).item() - entropy) < 1e-3
    assert soft_contrastive_loss(diagonal, ids) > soft_contrastive_loss(tied, ids) + 1
    assert soft_contrastive_loss(diagonal, torch.tensor([0, 1, 2])) < 1e-3


def test_short_pretraining_saves_a_loadable_model(tmp_path):
    cfg = dict(seed=0, n_pairs=64, n_holdout=16, steps=4, batch_size=16, lr=1e-3, weight_decay=0.05, warmup_frac=0.25)
    summary = pretrain_toy_clip(cfg, tmp_path / "toy.pt", log=lambda m: None)
    assert np.isfinite(summary["final_loss"]) and 0 <= summary["holdout_top1"] <= 1
    model = load_clip(TOY_CLIP, tmp_path / "toy.pt", quick_gelu=False)
    assert model.visual.conv1.kernel_size == (8, 8)
