"""Frozen CLIP for stage I (METHOD §4), on open_clip.

Loads OpenAI-format weights (ViT-B-16.pt, a TorchScript archive or a plain state dict) into an open_clip model of
the named architecture, and exposes what the recipe needs from it: the image tower run with an adaptive positional
embedding, every block's head-averaged attention, the last block's `ln_1` output as the Grad-CAM target, the image
embedding as the mean of the `ln_post` patch tokens @ proj, and the text tower on prompt embeddings with EOT pooling.
"""

from __future__ import annotations

import json
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from . import torchvision_compat  # noqa: F401  (before open_clip imports torchvision)
from .errors import ConfigError, WeightsFileError
from .weights import load_tensor_file

import open_clip  # noqa: E402
import torch.nn.functional as F
from torch import nn

CLIP_MEAN = (0.48145466, 0.4578275, 0.40821073)
CLIP_STD = (0.26862954, 0.26130258, 0.27577711)

# Tiny toy architecture (TOY.md): 4.1 M parameters, 64 px input, patch 8, average pooling of the patch tokens so that
# the contrastively trained embedding is the recipe's embedding.
TOY_CLIP = "fma-toy-vit"
TOY_CLIP_CONFIG = {
    "embed_dim": 64,
    "vision_cfg": {"image_size": 64, "layers": 4, "width": 128, "patch_size": 8, "head_width": 32, "pool_type": "avg"},
    "text_cfg": {"context_length": 77, "vocab_size": 49408, "width": 64, "heads": 2, "layers": 2},
}


def normalise(rgb) -> torch.Tensor:
    """RGB uint8 images, (H, W, 3) or (N, H, W, 3) numpy/tensor, -> CLIP-normalised float (…, 3, H, W)."""
    x = torch.tensor(np.asarray(rgb), dtype=torch.float32) / 255
    x = (x - torch.tensor(CLIP_MEAN)) / torch.tensor(CLIP_STD)
    return x.movedim(-1, -3).contiguous()


def register_toy_clip(folder: Path | None = None) -> None:
    """Register the toy architecture with open_clip (idempotent), through a JSON file like its own configs."""
    if TOY_CLIP in open_clip.list_models():
        return
    import tempfile

    folder = Path(folder or tempfile.mkdtemp(prefix="fma-wsss-clip-"))
    path = folder / f"{TOY_CLIP}.json"
    path.write_text(json.dumps(TOY_CLIP_CONFIG))
    open_clip.add_model_config(path)


def _is_torchscript(path: Path) -> bool:
    """OpenAI distributes CLIP as TorchScript archives. True exactly when torch.load itself would hand the file to
    torch.jit.load (torch's own test: a constants.pkl record), which imports no Python objects; only then is
    weights_only turned off. A zip that merely looks like one is unpickled with weights_only and refused."""
    if not zipfile.is_zipfile(path):
        return False
    try:
        return "constants.pkl" in torch._C.PyTorchFileReader(str(path)).get_all_records()
    except RuntimeError:
        return False


def load_clip(arch: str, checkpoint: Path | str, quick_gelu: bool) -> open_clip.CLIP:
    """The open_clip model `arch` with the weights of `checkpoint`, fp32, eval mode, every parameter frozen.

    The file is read by open_clip's own loader (`create_model(pretrained=<file>)`, which also opens TorchScript
    archives and drops their non-weight entries). open_clip's `load_openai_model` is not used: it infers the
    architecture from the weights and cannot build the toy model. Ours only decides `weights_only`: a TorchScript
    archive cannot be opened with it, and a plain state dict is opened with it, safely.
    quick_gelu: True for OpenAI weights (trained with QuickGELU); the toy model uses GELU.
    """
    if arch == TOY_CLIP:
        register_toy_clip()
    if arch not in open_clip.list_models():
        raise ConfigError(f"clip.arch: unknown CLIP architecture {arch!r} (expected an open_clip model name)")
    path = Path(checkpoint)
    if not path.is_file():
        raise FileNotFoundError(f"CLIP checkpoint not found: {path} (clip.checkpoint; for ViT-B/16 place ViT-B-16.pt there)")
    torchscript = _is_torchscript(path)
    expected = f"the weights of CLIP {arch}: OpenAI's ViT-B-16.pt or a state dict"
    if not torchscript:  # open_clip reads the file again: first make sure it is tensors only, and name it if not
        load_tensor_file(path, "CLIP checkpoint", expected)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", (DeprecationWarning, UserWarning))
            model = open_clip.create_model(arch, pretrained=str(path), force_quick_gelu=quick_gelu,
                                           weights_only=not torchscript)  # fmt: skip
    except (RuntimeError, AssertionError, KeyError, ValueError, TypeError, AttributeError) as e:
        # a state dict of other names or shapes (open_clip asserts on some), or a TorchScript archive that is cut
        raise WeightsFileError(f"CLIP checkpoint {checkpoint} does not fit architecture {arch} (expected {expected}): "
                               f"{str(e)[:400]}") from None  # fmt: skip
    model.eval().requires_grad_(False)
    return model


def scale_pos_emb(pos_emb: torch.Tensor, h: int, w: int) -> torch.Tensor:
    """(1 + S², D) positional embedding -> (1 + h·w, D): the S×S grid resized bilinearly (align_corners=False,
    no antialias), CLS row unchanged, flattened row-major."""
    side = int(round((pos_emb.shape[0] - 1) ** 0.5))
    if (h, w) == (side, side):
        return pos_emb
    grid = pos_emb[1:].reshape(side, side, -1).permute(2, 0, 1)[None]
    grid = F.interpolate(grid, size=(h, w), mode="bilinear", align_corners=False)
    return torch.cat([pos_emb[:1], grid[0].permute(1, 2, 0).reshape(h * w, -1)])


@dataclass
class ImageFeatures:
    img_emb: torch.Tensor  # (N, E) mean of the ln_post patch tokens @ proj (not normalised)
    att_weights: list[torch.Tensor]  # per block (N, L, L), head-averaged, L = 1 + h·w, token 0 = CLS
    gcam_avt: torch.Tensor  # (N, L, width) ln_1 output of the Grad-CAM block (the recipe: the last block)
    grid: tuple[int, int]  # (h, w) patch grid


def _block_with_attention(block: nn.Module, x: torch.Tensor, ln1: torch.Tensor | None = None):
    """One open_clip ResidualAttentionBlock (batch-first), returning its head-averaged attention too."""
    ln1 = block.ln_1(x) if ln1 is None else ln1
    out, att = block.attn(ln1, ln1, ln1, need_weights=True, average_attn_weights=True)
    x = x + block.ls_1(out)
    x = x + block.ls_2(block.mlp(block.ln_2(x)))
    return x, att


def encode_image(model: open_clip.CLIP, images: torch.Tensor, grad_target: bool = False, cam_block: int = -1) -> ImageFeatures:
    """Image tower on normalised images (N, 3, H', W'), sides multiples of the patch size (METHOD §4.1).

    The Grad-CAM target is the ln_1 output of block `cam_block` (the recipe: −1, the last block). grad_target
    makes it require grad (a leaf when the tower is frozen), so that Grad-CAM can differentiate with respect to it;
    call under torch.enable_grad().
    """
    visual = model.visual
    patch = visual.conv1.kernel_size[0]
    n, _, height, width = images.shape
    if height % patch or width % patch:
        raise ValueError(f"image sides {height}x{width} must be multiples of the patch size {patch}")
    h, w = height // patch, width // patch
    x = visual.conv1(images).flatten(2).transpose(1, 2)
    cls = visual.class_embedding.to(x.dtype).expand(n, 1, -1)
    x = torch.cat([cls, x], dim=1) + scale_pos_emb(visual.positional_embedding, h, w).to(x.dtype)
    x = visual.ln_pre(x)
    blocks = visual.transformer.resblocks
    target = cam_block % len(blocks)
    atts, gcam_avt = [], None
    for i, block in enumerate(blocks):
        ln1 = None
        if i == target:
            ln1 = gcam_avt = block.ln_1(x)
            if grad_target and not gcam_avt.requires_grad:
                ln1 = gcam_avt = gcam_avt.detach().requires_grad_(True)
        x, att = _block_with_attention(block, x, ln1)
        atts.append(att)
    tokens = visual.ln_post(x)[:, 1:]
    img_emb = tokens.mean(dim=1) @ visual.proj
    return ImageFeatures(img_emb, atts, gcam_avt, (h, w))


def encode_prompts(model: open_clip.CLIP, prompts: torch.Tensor, tokenized: torch.Tensor) -> torch.Tensor:
    """Text tower on prompt embeddings (G, 77, width) (METHOD §4.2): EOT token (argmax id) @ text_projection."""
    x = prompts + model.positional_embedding.to(prompts.dtype)
    x = model.transformer(x, attn_mask=model.attn_mask)
    x = model.ln_final(x)
    eot = x[torch.arange(x.shape[0]), tokenized.argmax(dim=-1)]
    proj = model.text_projection
    return proj(eot) if isinstance(proj, nn.Linear) else eot @ proj


def logit_scale(model: open_clip.CLIP) -> torch.Tensor:
    """The model's own exp(logit_scale): 100 for OpenAI CLIP (METHOD §4.3), learned for the toy model."""
    return model.logit_scale.exp()
