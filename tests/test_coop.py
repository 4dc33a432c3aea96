import pytest
import torch

import fma_wsss.torchvision_compat  # noqa: F401
import open_clip
from fma_wsss.errors import WeightsFileError
from fma_wsss.coop import COCO_BG_NAMES, COCO_FG_NAMES, VOC_BG_NAMES, VOC_FG_NAMES, PromptLearner, draw_context, seed_to_int


def embedding(width=16):
    torch.manual_seed(0)
    return torch.nn.Embedding(49408, width)


def test_seed_hash_values():
    assert seed_to_int("真") == 2763632353 and seed_to_int("机") == 3631188958 and seed_to_int(7) == 7


def test_draw_context_leaves_global_rng_alone():
    state = torch.get_rng_state()
    a = draw_context((3, 4), "真", 0.1)
    assert torch.equal(state, torch.get_rng_state())
    torch.manual_seed(2763632353)
    torch.testing.assert_close(a, torch.empty(3, 4).normal_(0, 0.1))


def test_hand_prompt_is_the_sentence():
    emb = embedding()
    learner = PromptLearner(["cat", "dining_table"], emb, ctx_init="a photo of a")
    tokens = open_clip.get_tokenizer("ViT-B-16")(["a photo of a cat.", "a photo of a dining table."])
    torch.testing.assert_close(learner(), emb(tokens).detach())
    assert learner.n_ctx == 4 and torch.equal(learner.tokenized_prompts.argmax(-1), tokens.argmax(-1))


def test_a_phrase_start_survives_the_seeded_start():
    """With ctx_init, training starts from the phrase (start_context does not draw over it), and says so."""
    from fma_wsss.prompts import start_context

    emb = embedding()
    learner = PromptLearner(["cat", "dog"], emb, ctx_init="a photo of a")
    phrase = learner.ctx.detach().clone()
    said = []
    start_context(learner, None, "真", said.append)
    assert torch.equal(learner.ctx, phrase) and "a photo of a" in said[0]
    drawn = PromptLearner(["cat", "dog"], emb, n_ctx=4)
    start_context(drawn, None, "真", said.append)
    assert not torch.equal(drawn.ctx, phrase) and drawn.ctx.std() > 0


def test_front_and_class_specific_layout():
    emb = embedding()
    learner = PromptLearner(["big dog", ""], emb, n_ctx=3, class_specific=True, position="front")
    learner.initialize("机")
    prompts = learner()
    tok = open_clip.get_tokenizer("ViT-B-16")
    name = emb(torch.tensor(tok.encode("big dog"))).detach()
    torch.testing.assert_close(prompts[0, 1:3], name)  # name right after SOT
    torch.testing.assert_close(prompts[0, 3:6], learner.ctx[0].detach())
    torch.testing.assert_close(prompts[1, 1:4], learner.ctx[1].detach())  # empty name: context right after SOT
    assert learner.name_lens == [2, 0]


def test_load_context_checks_shape(tmp_path):
    learner = PromptLearner(["a", "b"], embedding(), n_ctx=2)
    torch.save({"prompt_learner.ctx": torch.ones(2, 16)}, tmp_path / "ok.pth")
    learner.load_context(tmp_path / "ok.pth")
    assert torch.equal(learner.ctx.detach(), torch.ones(2, 16))
    torch.save({"prompt_learner.ctx": torch.ones(3, 16)}, tmp_path / "bad.pth")
    with pytest.raises(WeightsFileError, match=r"bad\.pth: context of shape \(3, 16\), expected \(2, 16\)"):
        learner.load_context(tmp_path / "bad.pth")


def test_name_lists_match_the_method():
    assert len(VOC_FG_NAMES) == 20 and len(VOC_BG_NAMES) == 25
    assert len(COCO_FG_NAMES) == 80 and len(COCO_BG_NAMES) == 23
    assert VOC_FG_NAMES[14] == "person with clothes,people,human" and "keyboard" not in COCO_BG_NAMES


class EmbeddingOnAnotherDevice(torch.nn.Module):
    """CLIP's token embedding as it is once the frozen model sits on a GPU: its weight on another device (here
    'meta', which the CPU-only test machine has), refusing token ids that are not on that device."""

    def __init__(self, width: int = 8):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.empty(49408, width, device="meta"))
        self.width = width

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        assert ids.device == self.weight.device, f"token ids on {ids.device}, embedding on {self.weight.device}"
        return torch.arange(ids.numel() * self.width, dtype=torch.float32).reshape(*ids.shape, self.width)


@pytest.mark.parametrize("ctx_init", ["", "a photo of a"])
def test_the_prompt_learner_embeds_on_the_devices_clip_is_on(ctx_init):
    """build_cam_model moves CLIP to the GPU before it makes the prompt learner: the token ids go to the
    embedding's device (the first CUDA run of infer-cams stopped here), the buffers stay where .to() moves them."""
    learner = PromptLearner(["cat", "dog"], EmbeddingOnAnotherDevice(), n_ctx=4, ctx_init=ctx_init)
    assert learner.prefix.device.type == "cpu" and learner.suffix.shape[-1] == 8 and learner.ctx.device.type == "cpu"
