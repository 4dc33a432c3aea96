"""Learnable prompts, CoOp style (METHOD §5): class lists, tokenisation, context initialisation and assembly."""

from __future__ import annotations

import hashlib
from pathlib import Path

import torch

from . import torchvision_compat  # noqa: F401  (before open_clip imports torchvision)
from .errors import WeightsFileError
from .weights import load_tensor_file

import open_clip  # noqa: E402
from torch import nn

# The CLIP-ES "new_class_names" (METHOD §5.1): foreground names of the 20 VOC and 80 COCO classes as prompted.
VOC_FG_NAMES = (
    "aeroplane", "bicycle", "bird avian", "boat", "bottle", "bus", "car", "cat", "chair seat", "cow", "diningtable",
    "dog", "horse", "motorbike", "person with clothes,people,human", "pottedplant", "sheep", "sofa", "train",
    "tvmonitor screen",
)  # fmt: skip
VOC_BG_NAMES = (
    "ground", "land", "grass", "tree", "building", "wall", "sky", "lake", "water", "river", "sea", "railway", "railroad",
    "keyboard", "helmet", "cloud", "house", "mountain", "ocean", "road", "rock", "street", "valley", "bridge", "sign",
)  # fmt: skip
COCO_FG_NAMES = (
    "person with clothes,people,human", "bicycle", "car", "motorbike", "aeroplane", "bus", "train", "truck", "boat",
    "traffic light", "fire hydrant", "stop sign", "parking meter", "bench", "bird avian", "cat", "dog", "horse",
    "sheep", "cow", "elephant", "bear", "zebra", "giraffe", "backpack,bag", "umbrella,parasol", "handbag,purse",
    "necktie", "suitcase", "frisbee", "skis", "sknowboard", "sports ball", "kite", "baseball bat", "glove",
    "skateboard", "surfboard", "tennis racket", "bottle", "wine glass", "cup", "fork", "knife", "dessertspoon", "bowl",
    "banana", "apple", "sandwich", "orange", "broccoli", "carrot", "hot dog", "pizza", "donut", "cake", "chair seat",
    "sofa", "pottedplant", "bed", "diningtable", "toilet", "tvmonitor screen", "laptop", "mouse", "remote control",
    "keyboard", "cell phone", "microwave", "oven", "toaster", "sink", "refrigerator", "book", "clock", "vase",
    "scissors", "teddy bear", "hairdrier,blowdrier", "toothbrush",
)  # fmt: skip
COCO_BG_NAMES = tuple(n for n in VOC_BG_NAMES if n not in ("keyboard", "sign"))

# VOC's segmentation task prompts the background with 25 empty names: context-only prompts (METHOD §5.3).
VOC_BG_EMPTY = ("",) * len(VOC_BG_NAMES)

NAME_LISTS = {"voc_fg": VOC_FG_NAMES, "voc_bg": VOC_BG_NAMES, "voc_bg_empty": VOC_BG_EMPTY, "coco_fg": COCO_FG_NAMES,
              "coco_bg": COCO_BG_NAMES}  # fmt: skip


def prompt_names(names: str | list[str]) -> list[str]:
    """The names to prompt with: a list as given, or the name of a built-in list (voc_fg, voc_bg, voc_bg_empty,
    coco_fg, coco_bg).
    (The dataset's own class names, for reports, are fma_wsss.data.dataset_class_names.)"""
    if isinstance(names, str):
        if names not in NAME_LISTS:
            raise ValueError(f"unknown class-name list {names!r} (known: {', '.join(NAME_LISTS)})")
        return list(NAME_LISTS[names])
    return list(names)


def seed_to_int(seed: str | int) -> int:
    """A string seed hashed as int(sha1(utf-8), 16) mod 2^32 ('真' -> 2763632353); an int is used as is."""
    if isinstance(seed, int):
        return seed
    return int(hashlib.sha1(seed.encode("utf-8")).hexdigest(), 16) % 2**32


def draw_context(shape: tuple[int, ...], seed: str | int, std: float) -> torch.Tensor:
    """float32 CPU tensor ~ N(0, std) drawn after torch.manual_seed(seed), leaving the global RNG as it was."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed_to_int(seed))
        return torch.empty(shape, dtype=torch.float32).normal_(0, std)


def read_context_file(path: Path | str) -> torch.Tensor:
    """The context tensor, (n_ctx, width) or (prompts, n_ctx, width), of a file holding 'prompt_learner.ctx' (the
    reference's format) or 'ctx'. WeightsFileError naming the file otherwise."""
    state = load_tensor_file(path, "prompt context", "a {'prompt_learner.ctx': tensor} file of the prompts stage")
    ctx = state.get("prompt_learner.ctx", state.get("ctx")) if isinstance(state, dict) else None
    if not isinstance(ctx, torch.Tensor):
        found = sorted(state)[:5] if isinstance(state, dict) else type(state).__name__
        raise WeightsFileError(f"{path}: no 'prompt_learner.ctx' key (found {found})")
    return ctx


class PromptLearner(nn.Module):
    """G prompts [SOT | ctx | name . EOT] ('end') or [SOT | name | ctx | . EOT] ('front'), with a learnable ctx.

    names: fg names then bg names (underscores become spaces; an empty name gives a context-only prompt).
    token_embedding: the frozen CLIP token embedding. ctx is (n_ctx, width) shared, or (G, n_ctx, width) with
    class_specific. ctx_init (a phrase) starts ctx from that phrase's token embeddings (n_ctx = its length): with
    "a photo of a" and 'end' the prompts are exactly "a photo of a {name}.". init_file (the prompt section's
    init_file) is only recorded: the file training starts from where it exists (prompts.start_context).
    """

    def __init__(
        self,
        names: list[str],
        token_embedding: nn.Embedding,
        n_ctx: int = 16,
        class_specific: bool = False,
        position: str = "end",
        ctx_std: float = 0.0125,
        ctx_init: str = "",
        init_file: str | None = None,
    ):
        super().__init__()
        if position not in ("end", "front"):
            raise ValueError(f"class token position must be 'end' or 'front', got {position!r}")
        tokenizer = open_clip.get_tokenizer("ViT-B-16")
        names = [n.replace("_", " ") for n in names]
        if ctx_init:
            n_ctx = len(tokenizer.encode(ctx_init))
        placeholder = " ".join(["X"] * n_ctx)
        self.names, self.n_ctx, self.position, self.ctx_std = names, n_ctx, position, ctx_std
        self.init_file, self.ctx_init = init_file, ctx_init
        self.name_lens = [len(tokenizer.encode(n)) for n in names]
        texts = [f"{placeholder} {n}." if n else f"{placeholder} ." for n in names]
        tokenized = tokenizer(texts)
        on = token_embedding.weight.device  # the frozen CLIP may already sit on the GPU; the buffers follow .to()
        with torch.no_grad():
            embedded = token_embedding(tokenized.to(on)).float().cpu()
        self.register_buffer("tokenized_prompts", tokenized, persistent=False)
        self.register_buffer("prefix", embedded[:, :1], persistent=False)
        self.register_buffer("suffix", embedded[:, 1 + n_ctx :], persistent=False)
        width = embedded.shape[-1]
        shape = (len(names), n_ctx, width) if class_specific else (n_ctx, width)
        if ctx_init:
            with torch.no_grad():
                init = token_embedding(tokenizer([ctx_init]).to(on))[0, 1 : 1 + n_ctx].float().cpu()
            ctx = init.expand(shape).clone()
        else:
            ctx = torch.zeros(shape)
        self.ctx = nn.Parameter(ctx)

    def initialize(self, seed: str | int) -> None:
        """ctx ~ N(0, ctx_std) with the seed (METHOD §5.4), global RNG untouched."""
        with torch.no_grad():
            self.ctx.copy_(draw_context(tuple(self.ctx.shape), seed, self.ctx_std))

    def load_context(self, path: Path | str) -> None:
        """Load ctx from a checkpoint holding 'prompt_learner.ctx' (the reference's format) or 'ctx'."""
        ctx = read_context_file(path)
        if ctx.shape != self.ctx.shape:
            raise WeightsFileError(f"{path}: context of shape {tuple(ctx.shape)}, expected {tuple(self.ctx.shape)}")
        with torch.no_grad():
            self.ctx.copy_(ctx)

    def forward(self) -> torch.Tensor:
        """Prompt embeddings (G, 77, width)."""
        g = self.prefix.shape[0]
        ctx = self.ctx if self.ctx.dim() == 3 else self.ctx.expand(g, -1, -1)
        ctx = ctx.to(self.prefix.dtype)
        if self.position == "end":
            return torch.cat([self.prefix, ctx, self.suffix], dim=1)
        rows = []
        for i, n in enumerate(self.name_lens):
            rows.append(torch.cat([self.prefix[i], self.suffix[i, :n], ctx[i], self.suffix[i, n:]]))
        return torch.stack(rows)
