"""The toy experiment's CLIP: a tiny open_clip ViT pretrained contrastively on a generated caption corpus.

The corpus is the toy generator's scenes under another seed (never the toy train split), captioned from their
labels ("a photo of a red circle and a square on a striped background"): colour words are dropped from half the
captions and the background phrase from half (TOY.md). With `scene_sides` a scene is drawn at the toy dataset's
sizes and a 64×64 crop of it is the image, so the model sees shapes at the pixel sizes CAM inference gives them
(it runs at the image's own size), partly cut, and crops with no shape, captioned by their background alone. One caption template, as TOY.md measured; varying the
template (tried: eight phrasings) lowered the toy CAM mIoU of both hand and learned prompts by 6-8 points. Identical captions in a batch count as positives (soft
targets). The trained weights are saved with the OpenAI key layout, so fma_wsss.clip loads them by the same code
path as ViT-B-16.pt, and then they are frozen like any foundation model.
"""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from .clip import TOY_CLIP, encode_image, encode_prompts, normalise, register_toy_clip
from .files import atomic_path
from .progress import progress
from .toy import BACKGROUNDS, SHAPES, Scene, SceneObject, draw_scene

import open_clip  # noqa: E402  (after fma_wsss.clip, which makes torchvision importable)

CORPUS_SPLIT = 7  # rng stream of the corpus; the toy dataset uses streams 0 (train) and 1 (val)


@dataclass
class Corpus:
    images: torch.Tensor  # uint8 (N, S, S, 3)
    captions: list[str]  # N captions
    caption_ids: torch.Tensor  # (N,) index into the unique captions
    tokens: torch.Tensor  # (U, 77) tokenized unique captions
    labels: torch.Tensor  # uint8 (N, S, S) the images' class labels (0 bg, c+1 shape c, 255 object borders)
    backgrounds: torch.Tensor  # (N,) index of each image's background kind in BACKGROUNDS


def caption(scene, rng: np.random.Generator) -> str:
    """Caption of a toy scene from its labels: objects in drawing order, unique shapes, optional colours and
    background phrase."""
    with_colour = rng.random() < 0.5
    seen, parts = set(), []
    for obj in scene.objects:
        if obj.shape in seen:
            continue
        seen.add(obj.shape)
        parts.append(f"{obj.colour_name} {obj.shape}" if with_colour and obj.colour_name else obj.shape)
    with_background = rng.random() < 0.5
    if not parts:  # a crop that holds no shape is captioned by its background alone
        return f"a photo of a {scene.background} background"
    text = "a photo of a " + " and a ".join(parts)
    if with_background:
        text += f" on a {scene.background} background"
    return text


def crop_scene(scene: Scene, rng: np.random.Generator, size: int, min_visible: float) -> Scene:
    """A random size×size crop of a scene. A shape stays in its objects (its caption) when at least min_visible of
    its class's pixels lie in the crop; the label keeps every pixel."""
    h, w = scene.label.shape
    top, left = int(rng.integers(h - size + 1)), int(rng.integers(w - size + 1))
    label = scene.label[top : top + size, left : left + size]

    def shown(obj: SceneObject) -> bool:  # a shape hidden by later ones is not named either
        visible, whole = (np.count_nonzero(x == SHAPES.index(obj.shape) + 1) for x in (label, scene.label))
        return whole > 0 and visible >= min_visible * whole

    return Scene(scene.image[top : top + size, left : left + size], label, list(filter(shown, scene.objects)), scene.background)


def make_corpus(n_pairs: int, seed: int, size: int = 64, max_objects: int = 3, colour_tie_prob: float = 0.85,
                first: int = 0, scene_sides: tuple[int, int] | None = None, min_visible: float = 0.5) -> Corpus:
    """n_pairs generated (image, caption) pairs at size×size: pairs first..first+n_pairs-1 of the seed's stream (each
    pair is drawn from its own generator, so a slice is the same pairs as in the whole corpus).

    scene_sides (lo, hi): draw each scene with sides in lo..hi px and caption a random size×size crop of it (see
    crop_scene), so that shapes have the pixel sizes the toy dataset's images give them; None: scenes of size×size."""
    images = np.empty((n_pairs, size, size, 3), np.uint8)
    labels = np.empty((n_pairs, size, size), np.uint8)
    captions, backgrounds = [], []
    for k, i in enumerate(range(first, first + n_pairs)):
        rng = np.random.default_rng([seed, CORPUS_SPLIT, i])
        if scene_sides is None:
            scene = draw_scene(rng, (size, size), max_objects, colour_tie_prob)
        else:
            hw = (int(rng.integers(scene_sides[0], scene_sides[1] + 1)), int(rng.integers(scene_sides[0], scene_sides[1] + 1)))
            scene = crop_scene(draw_scene(rng, hw, max_objects, colour_tie_prob), rng, size, min_visible)
        images[k], labels[k] = scene.image, scene.label
        backgrounds.append(BACKGROUNDS.index(scene.background))
        captions.append(caption(scene, rng))
    register_toy_clip()
    unique = sorted(set(captions))
    index = {c: k for k, c in enumerate(unique)}
    tokens = open_clip.get_tokenizer(TOY_CLIP)(unique)
    ids = torch.tensor([index[c] for c in captions])
    return Corpus(torch.from_numpy(images), captions, ids, tokens, torch.from_numpy(labels), torch.tensor(backgrounds))


def corpus_options(cfg: dict[str, Any]) -> dict[str, Any]:
    """make_corpus's scene settings from a toy_clip config section (absent keys: 64×64 scenes, as before)."""
    sides = cfg.get("scene_sides")
    return {"scene_sides": tuple(sides) if sides else None, "min_visible": cfg.get("min_visible", 0.5)}


def soft_contrastive_loss(logits: torch.Tensor, caption_ids: torch.Tensor) -> torch.Tensor:
    """Symmetric InfoNCE where every pair with the same caption is a positive (targets spread evenly over them)."""
    same = (caption_ids[:, None] == caption_ids[None]).float()
    targets = same / same.sum(1, keepdim=True)
    return 0.5 * (F.cross_entropy(logits, targets) + F.cross_entropy(logits.t(), targets))


def patch_labels(labels: torch.Tensor, patch: int) -> torch.Tensor:
    """uint8 labels (N, H, W), sides multiples of `patch` -> (N, H/patch, W/patch) int64: each patch's majority class
    among its labelled pixels (0 bg, c+1 shape c; object borders, 255, are not counted; ties to the lower class)."""
    n, h, w = labels.shape
    cells = labels.reshape(n, h // patch, patch, w // patch, patch).permute(0, 1, 3, 2, 4).reshape(n, h // patch, w // patch, -1)
    counts = F.one_hot(cells.long().clamp(max=len(SHAPES) + 1), len(SHAPES) + 2)[..., : len(SHAPES) + 1].sum(-2)
    return counts.argmax(-1)


def dense_names() -> list[str]:
    """The class names of the dense term's texts: one per shape, then one per background kind (BACKGROUNDS)."""
    return list(SHAPES) + [f"{k} background" for k in BACKGROUNDS]


def dense_texts() -> list[str]:
    """The hand-template texts the dense term matches patches to, in dense_names() order."""
    return [f"a photo of a {n}." for n in dense_names()]


def context_texts(model, tokens: torch.Tensor, ctx: torch.Tensor) -> torch.Tensor:
    """Normalised text features (G, E) of prompts tokenized as [SOT | X × n_ctx | name . EOT] (G, 77), the X
    embeddings replaced by the context ctx (n_ctx, width): what prompt learning feeds the text tower."""
    embedded = model.token_embedding(tokens)
    n_ctx = len(ctx)
    embedded = torch.cat([embedded[:, :1], ctx.expand(len(tokens), -1, -1), embedded[:, 1 + n_ctx :]], dim=1)
    return F.normalize(encode_prompts(model, embedded, tokens), dim=-1)


def value_path_tokens(model, gcam_avt: torch.Tensor) -> torch.Tensor:
    """(N, L, width) ln_1 output of the last block -> (N, L-1, E) its patch tokens through that block's attention
    value and output projections alone, then ln_post and proj: what the recipe's Grad-CAM reads of each patch (the
    gradient reaches the patch tokens through this path; MaskCLIP's readout of the real ViT-B/16)."""
    visual = model.visual
    attn = visual.transformer.resblocks[-1].attn
    width = gcam_avt.shape[-1]
    values = F.linear(gcam_avt, attn.in_proj_weight[2 * width :], attn.in_proj_bias[2 * width :])
    return visual.ln_post(attn.out_proj(values))[:, 1:] @ visual.proj


def dense_loss(model, gcam_avt: torch.Tensor, targets: torch.Tensor, texts: torch.Tensor) -> torch.Tensor:
    """Cross-entropy of every patch's value-path token (value_path_tokens) against the dense texts' normalised
    features (G, E), scaled like the image-caption logits. targets: (N, hw) index into dense_names()."""
    tokens = F.normalize(value_path_tokens(model, gcam_avt), dim=-1)
    logits = model.logit_scale.exp() * tokens @ texts.t()
    return F.cross_entropy(logits.flatten(0, 1), targets.flatten())


@dataclass
class DenseTexts:
    """What the dense term matches patches to: the hand template's texts ("a photo of a {name}."), or with
    n_random_ctx > 0 the same names behind a random context of that many tokens, drawn afresh at every step
    (N(0, 0.02), the token embedding's initial scale). The recipe reads the CAMs through learned contexts, not
    through the template: matched to the template alone, the value path favours it over any learned prompt."""

    hand: torch.Tensor  # (G, 77) tokenized dense_texts()
    behind_context: torch.Tensor  # (G, 77) tokenized "X … X {name}." with n_random_ctx placeholders
    n_random_ctx: int
    generator: torch.Generator

    @classmethod
    def make(cls, n_random_ctx: int, seed: int) -> "DenseTexts":
        tokenizer = open_clip.get_tokenizer(TOY_CLIP)
        placeholder = " ".join(["X"] * n_random_ctx)
        return cls(tokenizer(dense_texts()), tokenizer([f"{placeholder} {n}." for n in dense_names()]), n_random_ctx,
                   torch.Generator().manual_seed(seed))  # fmt: skip

    def loss(self, model, gcam_avt: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        """dense_loss against the hand texts, or against this step's random-context texts."""
        if self.n_random_ctx == 0:
            return dense_loss(model, gcam_avt, targets, model.encode_text(self.hand, normalize=True))
        width = model.token_embedding.weight.shape[1]
        ctx = torch.empty(self.n_random_ctx, width).normal_(0, 0.02, generator=self.generator)
        return dense_loss(model, gcam_avt, targets, context_texts(model, self.behind_context, ctx))


def affinity_loss(att_weights: list[torch.Tensor], labels: torch.Tensor) -> torch.Tensor:
    """Cross-entropy of each patch's attention over the patches (head-averaged, CLS dropped, renormalised), averaged
    over the blocks, against the uniform distribution over the patches of its own class. att_weights: per block
    (N, L, L); labels: (N, hw) patch classes. What CAA (METHOD §9) reads the attention as: an affinity."""
    same = (labels[:, :, None] == labels[:, None, :]).float()
    target = same / same.sum(-1, keepdim=True)
    loss = 0
    for att in att_weights:
        patches = att[:, 1:, 1:]
        log_att = torch.log(patches / patches.sum(-1, keepdim=True).clamp_min(1e-12) + 1e-8)
        loss = loss + -(target * log_att).sum(-1).mean()
    return loss / len(att_weights)


def cosine_lr(step: int, steps: int, base_lr: float, warmup_frac: float) -> float:
    warm = max(1, int(round(warmup_frac * steps)))
    if step < warm:
        return base_lr * (step + 1) / warm
    return 0.5 * base_lr * (1 + math.cos(math.pi * (step - warm) / max(1, steps - warm)))


def patch_text_targets(corpus: Corpus, n_pairs: int, patch: int) -> torch.Tensor:
    """(n_pairs, S/patch, S/patch) index into dense_texts() of each patch of the first n_pairs corpus images: its
    majority shape c+1 -> text c, a background patch -> the text of its image's background kind."""
    labels = patch_labels(corpus.labels[:n_pairs], patch)
    return torch.where(labels > 0, labels - 1, len(SHAPES) + corpus.backgrounds[:n_pairs, None, None])


def pretrain_toy_clip(cfg: dict[str, Any], out: Path | str, log=print) -> dict[str, float]:
    """Pretrain the toy CLIP with the `toy_clip` config section and save its state dict to `out` (atomically).

    `dense_weight` > 0 adds dense_loss (patch_text_targets through the last block's value path; without it the
    Grad-CAM misses whole classes, docs/toy.md), against the hand texts or, with `dense_random_ctx` > 0, texts
    behind random contexts (DenseTexts); `affinity_weight` > 0 affinity_loss with the same patch classes.

    Returns a summary: final loss, zero-shot shape accuracy on a held-out corpus slice, logit scale, seconds.
    """
    register_toy_clip()
    t0 = time.perf_counter()
    torch.manual_seed(cfg["seed"])
    corpus = make_corpus(cfg["n_pairs"] + cfg["n_holdout"], cfg["seed"], **corpus_options(cfg))
    train_idx = torch.arange(cfg["n_pairs"])
    model = open_clip.create_model(TOY_CLIP, pretrained=None)
    dense_weight = cfg.get("dense_weight", 0.0)
    affinity_weight = cfg.get("affinity_weight", 0.0)
    dense_targets = patch_text_targets(corpus, cfg["n_pairs"], model.visual.conv1.kernel_size[0])
    dense_texts_ = DenseTexts.make(cfg.get("dense_random_ctx", 0), cfg["seed"])
    decay = [p for p in model.parameters() if p.ndim >= 2]
    no_decay = [p for p in model.parameters() if p.ndim < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": cfg["weight_decay"]}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=cfg["lr"], betas=(0.9, 0.98))  # fmt: skip
    gen = torch.Generator().manual_seed(cfg["seed"])
    model.train()
    loss = torch.tensor(float("nan"))
    for step in progress(range(cfg["steps"]), desc="toy CLIP pretraining", unit="step"):
        for group in opt.param_groups:
            group["lr"] = cosine_lr(step, cfg["steps"], cfg["lr"], cfg["warmup_frac"])
        batch = train_idx[torch.randint(len(train_idx), (cfg["batch_size"],), generator=gen)]
        images = normalise(corpus.images[batch])
        flip = torch.rand(len(batch), generator=gen) < 0.5
        images[flip] = images[flip].flip(-1)
        ids = corpus.caption_ids[batch]
        features = encode_image(model, images)
        img = F.normalize(features.img_emb, dim=-1)
        txt = model.encode_text(corpus.tokens[ids], normalize=True)
        loss = soft_contrastive_loss(model.logit_scale.exp() * img @ txt.t(), ids)
        if dense_weight > 0 or affinity_weight > 0:
            targets = dense_targets[batch]
            targets[flip] = targets[flip].flip(-1)
        if affinity_weight > 0:
            loss = loss + affinity_weight * affinity_loss(features.att_weights, targets.flatten(1))
        if dense_weight > 0:
            loss = loss + dense_weight * dense_texts_.loss(model, features.gcam_avt, targets.flatten(1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        with torch.no_grad():
            model.logit_scale.clamp_(0, math.log(100))
        if step % 50 == 0 or step == cfg["steps"] - 1:
            log(f"step {step:4d}/{cfg['steps']}  loss {loss.item():.3f}  scale {model.logit_scale.exp().item():.1f}")
    model.eval()
    weights = {k: v.detach().half() for k, v in model.state_dict().items()}  # half precision, as ViT-B-16.pt ships
    model.load_state_dict(weights)  # the summary describes the weights as saved
    summary = {"final_loss": float(loss.item()), "logit_scale": float(model.logit_scale.exp().item()),
               "holdout_top1": holdout_accuracy(model, corpus, cfg["n_pairs"]), "seconds": time.perf_counter() - t0}  # fmt: skip
    with atomic_path(out) as tmp:
        torch.save(weights, tmp)
    return summary


@torch.no_grad()
def holdout_accuracy(model, corpus: Corpus, start: int = 0) -> float:
    """Zero-shot check on the held-out pairs (corpus pairs from `start` on): how often the best of the six prompts
    "a photo of a {shape}" names a shape that is in the image (TOY.md measured about 0.92 for this recipe). Pairs
    whose caption names no shape (crops of background) are not counted."""
    idx = torch.tensor([i for i in range(start, len(corpus.captions)) if any(s in corpus.captions[i] for s in SHAPES)],
                       dtype=torch.long)  # fmt: skip
    if len(idx) == 0:
        return float("nan")
    tokens = open_clip.get_tokenizer(TOY_CLIP)([f"a photo of a {s}" for s in SHAPES])
    txt = model.encode_text(tokens, normalize=True)
    img = model.encode_image(normalise(corpus.images[idx]), normalize=True)
    best = (img @ txt.t()).argmax(1).tolist()
    return float(np.mean([SHAPES[b] in corpus.captions[i] for b, i in zip(best, idx.tolist())]))


def weights_record(settings: dict[str, Any], code: str, weights: Path | str, threads: int) -> dict[str, Any]:
    """What a toy CLIP file was made from, kept beside it: its settings, the code hash of the command that made it,
    the file's sha256, and the torch/open_clip versions and thread count it was trained with (float sums may round
    otherwise, so a rebuild elsewhere reproduces its quality, not necessarily its bytes)."""
    return {"settings": settings, "code_hash": code, "sha256": hashlib.sha256(Path(weights).read_bytes()).hexdigest(),
            "torch": torch.__version__, "open_clip": open_clip.__version__, "threads": threads}  # fmt: skip
