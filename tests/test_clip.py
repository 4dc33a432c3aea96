"""CLIP loading (OpenAI-format files made here, random weights) and the recipe's image/text towers."""

import pytest
import torch

import fma_wsss.torchvision_compat  # noqa: F401
import open_clip
from fma_wsss.errors import ConfigError, WeightsFileError
from fma_wsss.clip import TOY_CLIP, encode_image, encode_prompts, load_clip, logit_scale, register_toy_clip, scale_pos_emb


@pytest.fixture(scope="module")
def vit_b16_file(tmp_path_factory):
    """A random ViT-B/16 in the OpenAI key layout and dtype (fp16), like pretrains/CLIP/ViT-B-16.pt."""
    torch.manual_seed(0)
    model = open_clip.create_model("ViT-B-16", pretrained=None, force_quick_gelu=True)
    path = tmp_path_factory.mktemp("clip") / "ViT-B-16.pt"
    state = {k: v.half() for k, v in model.state_dict().items()}
    state["logit_scale"] = torch.tensor(4.6052, dtype=torch.float16)  # OpenAI's trained value: exp = 100
    torch.save(state, path)
    return path


def test_vit_b16_file_loads_and_gives_the_recipes_outputs(vit_b16_file):
    model = load_clip("ViT-B-16", vit_b16_file, quick_gelu=True)
    assert not any(p.requires_grad for p in model.parameters())
    assert float(logit_scale(model)) == pytest.approx(100, rel=1e-3)
    images = torch.randn(2, 3, 48, 64)
    feats = encode_image(model, images)
    assert feats.grid == (3, 4) and feats.img_emb.shape == (2, 512)
    assert len(feats.att_weights) == 12 and feats.att_weights[0].shape == (2, 13, 13)
    torch.testing.assert_close(feats.att_weights[5].sum(-1), torch.ones(2, 13))  # rows are attention distributions
    # at the pretraining size, the image embedding is open_clip's own up to the pooling (mean of patch tokens)
    x = torch.randn(1, 3, 224, 224)
    ours = encode_image(model, x)
    assert ours.grid == (14, 14) and ours.gcam_avt.shape == (1, 197, 768)
    model.visual.pool_type = "avg"  # open_clip's own mean of the patch tokens (OpenAI's pooling is the CLS token)
    torch.testing.assert_close(ours.img_emb, model.encode_image(x), rtol=1e-4, atol=1e-5)


def test_text_tower_matches_open_clip_on_tokens(vit_b16_file):
    model = load_clip("ViT-B-16", vit_b16_file, quick_gelu=True)
    tokens = open_clip.get_tokenizer("ViT-B-16")(["a photo of a cat.", "a dog"])
    ours = encode_prompts(model, model.token_embedding(tokens), tokens)
    torch.testing.assert_close(ours, model.encode_text(tokens), rtol=1e-5, atol=1e-5)


def test_pos_emb_resize_keeps_cls_and_identity():
    pos = torch.randn(1 + 14 * 14, 8)
    assert scale_pos_emb(pos, 14, 14) is pos
    out = scale_pos_emb(pos, 20, 10)
    assert out.shape == (201, 8) and torch.equal(out[0], pos[0])
    const = torch.ones(1 + 16, 3)
    torch.testing.assert_close(scale_pos_emb(const, 7, 5), torch.ones(36, 3))


def test_toy_model_roundtrip_and_errors(tmp_path):
    register_toy_clip()
    torch.manual_seed(0)
    model = open_clip.create_model(TOY_CLIP, pretrained=None)
    path = tmp_path / "toy_clip.pt"
    torch.save(model.state_dict(), path)
    loaded = load_clip(TOY_CLIP, path, quick_gelu=False)
    torch.testing.assert_close(loaded.visual.proj, model.visual.proj)
    feats = encode_image(loaded, torch.randn(1, 3, 64, 96))
    assert feats.grid == (8, 12) and len(feats.att_weights) == 4
    with pytest.raises(FileNotFoundError, match="CLIP checkpoint not found: .*ViT-B-16.pt"):
        load_clip("ViT-B-16", tmp_path / "ViT-B-16.pt", True)
    with pytest.raises(WeightsFileError, match=rf"CLIP checkpoint {path} does not fit architecture ViT-B-16"):
        load_clip("ViT-B-16", path, True)
    with pytest.raises(ConfigError, match="unknown CLIP architecture 'ViT-Z'"):
        load_clip("ViT-Z", path, True)


@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::torch.jit.TracerWarning")
def test_torchscript_archives_are_read(tmp_path):
    """OpenAI's distribution format: a traced CLIP (with its non-weight entries) loads like a plain state dict."""
    register_toy_clip()
    torch.manual_seed(1)
    model = open_clip.create_model(TOY_CLIP, pretrained=None).eval()

    class Archive(torch.nn.Module):  # the CLIP's weights under the same keys, plus OpenAI's non-weight entries
        def __init__(self):
            super().__init__()
            for name, child in model.named_children():
                self.add_module(name, child)
            for name, param in model.named_parameters(recurse=False):
                self.register_parameter(name, param)
            for name, value in (("input_resolution", 64), ("context_length", 77), ("vocab_size", 49408)):
                self.register_buffer(name, torch.tensor(value))

        def forward(self, x):
            return self.visual(x)

    torch.jit.trace(Archive(), torch.randn(1, 3, 64, 64), check_trace=False).save(str(tmp_path / "scripted.pt"))
    loaded = load_clip(TOY_CLIP, tmp_path / "scripted.pt", quick_gelu=False)
    for key, value in loaded.state_dict().items():
        torch.testing.assert_close(value, model.state_dict()[key], rtol=0, atol=0)
