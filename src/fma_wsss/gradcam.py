"""CLIP Grad-CAM for every positive (image, class) pair, with the class-aware masked softmax (METHOD §6.1-6.2)."""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from .clip import encode_image, encode_prompts, logit_scale
from .coop import PromptLearner


def masked_softmax(logits: torch.Tensor, mask: torch.Tensor, eps: float = 1e-5) -> torch.Tensor:
    """Softmax over the entries where mask is True (N, G): the max is taken over all entries, masked entries are
    zeroed after exp, and eps is added to the denominator (an all-False row gives zeros)."""
    e = torch.exp(logits - logits.max(dim=-1, keepdim=True).values) * mask
    return e / (e.sum(dim=-1, keepdim=True) + eps)


def positive_rank(image_of_pair: torch.Tensor, n_images: int) -> torch.Tensor:
    """(P,) rank of each positive pair among its image's pairs (0, 1, …), for pairs sorted by image."""
    counts = torch.bincount(image_of_pair, minlength=n_images)
    first = torch.cumsum(counts, 0) - counts
    return torch.arange(len(image_of_pair), device=image_of_pair.device) - first[image_of_pair]


@dataclass
class CamOutput:
    logits: torch.Tensor  # (N, G) scale·cos
    pos_cam: torch.Tensor  # (P, h, w) raw Grad-CAM of every positive pair, ordered by (image, class)
    pos_index: torch.Tensor  # (P, 2) the (image, fg class) of each pair
    pos_share: torch.Tensor  # (P,) detached masked-softmax share p_c of each pair (its Grad-CAM is p_c's gradient)
    att_weights: list[torch.Tensor]  # per block (N, L, L)
    img_emb: torch.Tensor  # (N, E)


class GradCAMCLIP(nn.Module):
    """Frozen CLIP + prompt learner. forward(images, fg_labels) -> logits and the Grad-CAMs of the masked softmax.

    fg_labels: (N, C_fg) in {0, 1}; the prompt list is the C_fg fg names followed by the bg names. In training
    (create_graph=True) the CAMs stay differentiable with respect to the context (second-order path). cam_block
    picks the block whose ln_1 output is the Grad-CAM target (the recipe: −1).
    """

    def __init__(self, clip_model: nn.Module, prompt_learner: PromptLearner, num_fg: int, cam_block: int = -1):
        super().__init__()
        self.clip = clip_model
        self.prompt_learner = prompt_learner
        self.num_fg = num_fg
        self.cam_block = cam_block
        self.frozen_text: torch.Tensor | None = None

    def text_features(self) -> torch.Tensor:
        if self.frozen_text is not None:
            return self.frozen_text
        return encode_prompts(self.clip, self.prompt_learner(), self.prompt_learner.tokenized_prompts)

    def freeze_text(self) -> None:
        """Compute the text features once and reuse them (inference: the context no longer changes)."""
        self.frozen_text = None
        with torch.no_grad():
            self.frozen_text = self.text_features()

    def unfreeze_text(self) -> None:
        """Compute the text features from the context again at every call (training)."""
        self.frozen_text = None

    def logits(self, img_emb: torch.Tensor, text: torch.Tensor) -> torch.Tensor:
        """(N, G) scale·cos logits of image embeddings (N, E) against text features (G, E) (METHOD §4.3)."""
        return logit_scale(self.clip) * F.normalize(img_emb, dim=-1) @ F.normalize(text, dim=-1).t()

    def forward(self, images: torch.Tensor, fg_labels: torch.Tensor, create_graph: bool = False) -> CamOutput:
        with torch.enable_grad():
            feats = encode_image(self.clip, images, grad_target=True, cam_block=self.cam_block)
            avt = feats.gcam_avt
            logits = self.logits(feats.img_emb, self.text_features())
            n, g = logits.shape
            mask = torch.ones_like(logits, dtype=torch.bool)
            mask[:, : self.num_fg] = fg_labels.bool()
            sm = masked_softmax(logits, mask)
            pos_index = torch.nonzero(fg_labels.bool())
            pos_share = sm.detach()[pos_index[:, 0], pos_index[:, 1]]
            h, w = feats.grid
            if len(pos_index) == 0:
                cams = avt.new_zeros((0, h, w))
            else:
                # Image n's tokens reach only row n of sm, so one vector-Jacobian product can carry one positive of
                # every image at once: round k takes each image's k-th positive. K = the most positives of any
                # image (≤ C_fg) products instead of P, each over the whole batch (METHOD §6.1 takes them one by one).
                rank = positive_rank(pos_index[:, 0], n)
                one_hot = torch.zeros((int(rank.max()) + 1, n, g), dtype=sm.dtype, device=sm.device)
                one_hot[rank, pos_index[:, 0], pos_index[:, 1]] = 1
                grads = torch.autograd.grad(sm, avt, one_hot, create_graph=create_graph, is_grads_batched=True)[0]
                grads = grads[rank, pos_index[:, 0], 1:]  # (P, hw, D), CLS dropped
                weights = grads.mean(dim=1)  # (P, D)
                activations = avt.detach()[pos_index[:, 0], 1:]  # (P, hw, D): gradients reach ctx through w only
                cams = (activations * weights[:, None]).sum(-1).reshape(-1, h, w)
        return CamOutput(logits, cams, pos_index, pos_share, feats.att_weights, feats.img_emb)
