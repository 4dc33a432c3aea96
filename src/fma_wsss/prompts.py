"""Stage T1 (and later T2): training the prompt context on a frozen CLIP (METHOD §7).

Only the context vectors learn. It starts from the prompt section's init_file where that file exists, else from
the draw of train.init_seed. Training is seeded and resumable: every `save_step` iterations the context, the
optimiser and loss-scaler states, the iteration and the iterations logged so far go to
`<work_dir>/state-<iter>.pth`, stamped with a hash of the settings, of the code and of the init file; a re-run with
the same stamp continues from the newest state at or before its stop iteration. The final context is saved as a
state dict {'prompt_learner.ctx': ...}, the reference's checkpoint format.
"""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import cv2
import numpy as np
import torch
from PIL import Image
from torch.utils.data import DataLoader, Dataset

from .clip import encode_image, load_clip, logit_scale, normalise
from .coop import PromptLearner, prompt_names, seed_to_int
from .data import DatasetError, SegDataset, load_seed_png, read_seed_manifest, resize_labels
from .errors import ConfigError, WeightsFileError
from .files import atomic_path
from .gradcam import GradCAMCLIP, masked_softmax
from .losses import cam_activation_loss, multilabel_cl_loss
from .progress import progress
from .weights import load_tensor_file


def lr_at(iteration: int, max_iter: int, warm_iters: int, base_lr: float = 1e-3, warm_lr: float = 1e-5) -> float:
    """LR of 0-based `iteration` (METHOD §7.5, P2): constant warm_lr for warm_iters iterations, then a jump to
    base_lr and cosine decay to 0 over the remaining max_iter − warm_iters."""
    if iteration < warm_iters:
        return warm_lr
    return 0.5 * base_lr * (1 + math.cos(math.pi * (iteration - warm_iters) / (max_iter - warm_iters)))


# --------------------------------------------------------------------------------------------------------------
# Augmentation (METHOD §7.1), one numpy generator per sample


def colour_jitter(bgr: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Brightness, contrast, saturation and hue (OpenCV saturating ops on BGR uint8), each with p = 0.5, in a
    random order."""

    def brightness(x):
        return cv2.convertScaleAbs(x, alpha=1, beta=rng.uniform(-25, 25))

    def contrast(x):
        return cv2.convertScaleAbs(x, alpha=rng.uniform(0.6, 1.4))

    def saturation(x):
        hsv = cv2.cvtColor(x, cv2.COLOR_BGR2HSV)
        hsv[..., 1] = cv2.convertScaleAbs(hsv[..., 1], alpha=rng.uniform(0.5, 1.5))
        return cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR)

    def hue(x):
        hsv = cv2.cvtColor(x, cv2.COLOR_BGR2HSV_FULL)
        hsv[..., 0] = cv2.convertScaleAbs(hsv[..., 0], beta=rng.uniform(-25, 25))
        return cv2.cvtColor(hsv, cv2.COLOR_HSV2BGR_FULL)

    ops = [brightness, contrast, saturation, hue]
    for k in rng.permutation(len(ops)):
        if rng.random() < 0.5:
            bgr = ops[k](bgr)
    return bgr


def rand_range_scale(rgb: np.ndarray, label: np.ndarray, rng, low: int, high: int, short_thresh: int):
    """Long side to randint[low, high], short side at least short_thresh; image bicubic (PIL), label nearest."""
    h, w = rgb.shape[:2]
    target = rng.integers(low, high + 1)
    scale = max(target / max(h, w), short_thresh / min(h, w))
    size = (int(round(scale * w)), int(round(scale * h)))
    img = np.asarray(Image.fromarray(rgb).resize(size, Image.BICUBIC))
    lb = np.asarray(Image.fromarray(label).resize(size, Image.NEAREST))
    return img, lb


def augment(rgb: np.ndarray, label: np.ndarray, rng: np.random.Generator, aug: dict[str, Any]):
    """Colour jitter (BGR), range scale, random crop, random mirror -> RGB uint8 crop and its label crop."""
    if aug["colour_jitter"]:
        rgb = colour_jitter(np.ascontiguousarray(rgb[..., ::-1]), rng)[..., ::-1]
    rgb, label = rand_range_scale(np.ascontiguousarray(rgb), label, rng, aug["low"], aug["high"], aug["short_thresh"])
    c = aug["crop"]
    y = rng.integers(0, rgb.shape[0] - c + 1)
    x = rng.integers(0, rgb.shape[1] - c + 1)
    rgb, label = rgb[y : y + c, x : x + c], label[y : y + c, x : x + c]
    if rng.random() < 0.5:
        rgb, label = rgb[:, ::-1], label[:, ::-1]
    return np.ascontiguousarray(rgb), np.ascontiguousarray(label)


class AugmentedSplit(Dataset):
    """Items are (epoch, index) keys, so that each sample's augmentation depends only on (seed, epoch, index).

    An item is (normalised crop, image-level fg labels, augmented label crop). The label map is all background,
    or with seed_dir the image's seed PNG there (`<seed_dir>/<id>.png`, the segmentation task's coarse seeds)."""

    def __init__(self, dataset: SegDataset, aug: dict[str, Any], seed: int, seed_dir: Path | str | None = None):
        self.dataset, self.aug, self.seed = dataset, aug, seed
        self.seed_dir = Path(seed_dir) if seed_dir is not None else None

    def __len__(self) -> int:
        return len(self.dataset)

    def __getitem__(self, key: tuple[int, int]):
        epoch, index = key
        img_id = self.dataset.samples[index].id
        image, present = self.dataset.image_and_class_labels(img_id)
        cls = present[1:]
        if self.seed_dir is not None:  # exported at the image's size: back to stage I's (a folder's max_side)
            full = self.dataset.full_size(img_id) if self.dataset.max_side else image.shape[:2]
            label = load_seed_png(self.seed_dir / f"{img_id}.png", self.dataset.num_classes, full,
                                  self.dataset.samples[index].image)  # fmt: skip
            label = resize_labels(label, image.shape[:2])
        else:
            label = np.zeros(image.shape[:2], np.uint8)  # the classification task reads no label crop
        img, lb = augment(image, label, np.random.default_rng([self.seed, epoch, index]), self.aug)
        return normalise(img), torch.from_numpy(cls.astype(np.int64)), torch.from_numpy(lb.astype(np.int64))


def crop_labels(label: torch.Tensor, num_fg: int) -> torch.Tensor:
    """(N, C_fg) 0/1 presence of the fg classes in label crops (N, H, W) (values c + 1; 0 and 255 ignored): the
    online positives of the VOC segmentation task (METHOD §7.1 step 5)."""
    present = torch.stack([torch.bincount(lb.flatten(), minlength=256)[1 : num_fg + 1] > 0 for lb in label])
    return present.long()


def batch_keys(n: int, batch_size: int, seed: int, start_iter: int, max_iter: int) -> Iterator[list[tuple[int, int]]]:
    """Batches of (epoch, index) for iterations start_iter..max_iter-1: a seeded shuffle per epoch, drop_last."""
    per_epoch = n // batch_size
    if per_epoch == 0:
        raise ConfigError(f"train.batch_size: {batch_size} is more than the {n} training images (expected at most {n}: "
                          "set cls.train.batch_size or seg.train.batch_size lower, or add images)")  # fmt: skip
    drawn, order = None, None
    for it in range(start_iter, max_iter):
        epoch, b = divmod(it, per_epoch)
        if epoch != drawn:  # one permutation per epoch (COCO's 82k images: not one per iteration)
            order = torch.randperm(n, generator=torch.Generator().manual_seed(seed * 1_000_003 + epoch)).tolist()
            drawn = epoch
        yield [(epoch, i) for i in order[b * batch_size : (b + 1) * batch_size]]


# --------------------------------------------------------------------------------------------------------------
# Model assembly and training


def hand_prompt_settings(prompt_cfg: dict[str, Any], phrase: str) -> dict[str, Any]:
    """The task's prompt settings with a fixed phrase as the shared context, class name last: "{phrase} {name}."."""
    return {**prompt_cfg, "ctx_init": phrase, "class_specific": False, "position": "end"}


def build_cam_model(clip_cfg: dict[str, Any], prompt_cfg: dict[str, Any], fg_names, bg_names, device="cpu") -> GradCAMCLIP:
    """Frozen CLIP + a prompt learner with the task's settings (context not yet initialised)."""
    clip_model = load_clip(clip_cfg["arch"], clip_cfg["checkpoint"], clip_cfg["quick_gelu"]).to(device)
    fg, bg = prompt_names(fg_names), prompt_names(bg_names)
    learner = PromptLearner(fg + bg, clip_model.token_embedding, prompt_cfg["n_ctx"], prompt_cfg["class_specific"],
                            prompt_cfg["position"], prompt_cfg["ctx_std"], prompt_cfg.get("ctx_init", ""),
                            prompt_cfg.get("init_file"))  # fmt: skip
    return GradCAMCLIP(clip_model, learner.to(device), len(fg), clip_cfg.get("cam_block", -1))


def seed_digest(seed_dir: Path | str) -> str:
    """sha1 of the seed PNGs listed in <seed_dir>/manifest.txt (names and bytes): part of the segmentation task's
    resume stamp, so that a state trained on other seeds is never resumed."""
    seed_dir = Path(seed_dir)
    digest = hashlib.sha1()
    for name in read_seed_manifest(seed_dir):
        digest.update(name.encode() + b"\0")
        try:
            digest.update((seed_dir / name).read_bytes())
        except OSError as e:
            raise DatasetError(f"{seed_dir / 'manifest.txt'} lists {name}, which cannot be read: {e}") from None
    return digest.hexdigest()[:16]


def latest_state(work_dir: Path, stamp: str, stop: int) -> dict[str, Any] | None:
    """The newest resumable state in work_dir made with the same stamp (settings and code) at an iteration <= stop,
    or None. A state past the stop is never resumed: its context would not be the context of iteration `stop`."""
    for path in sorted(work_dir.glob("state-*.pth"), key=lambda p: int(p.stem.split("-")[1]), reverse=True):
        if int(path.stem.split("-")[1]) > stop:
            continue
        state = load_tensor_file(path, "prompt training state", "a state the prompts stage saved; delete it to restart")
        if isinstance(state, dict) and state.get("stamp") == stamp and state["iteration"] <= stop:
            return state
    return None


def init_file_digest(init_file: Path | str | None) -> str:
    """sha1 of the context file that training starts from ('absent' where no file is): part of the resume stamp,
    so that a state trained from another start is never resumed; '' without an init_file."""
    if not init_file:
        return ""
    path = Path(init_file)
    return hashlib.sha1(path.read_bytes()).hexdigest()[:16] if path.is_file() else "absent"


def start_context(learner: PromptLearner, init_file: Path | str | None, init_seed: str | int,
                  log: Callable[[str], None]) -> None:
    """The context training starts from: the prompt section's init_file where that file exists (the reference's
    {'prompt_learner.ctx': tensor} format), else the prompt section's ctx_init phrase, else the draw of init_seed
    (METHOD §5.4), said once in the log when an init_file was set but is absent."""
    if init_file and Path(init_file).is_file():
        try:
            learner.load_context(init_file)
        except WeightsFileError as e:
            raise WeightsFileError(f"prompt.init_file: {e}") from None
        log(f"context starts from {init_file}")
        return
    if init_file:
        log(f"prompt.init_file {init_file} not found: the context is drawn from init_seed {init_seed!r}")
    if learner.ctx_init:
        log(f"context starts from the phrase {learner.ctx_init!r} (prompt.ctx_init)")
        return
    learner.initialize(init_seed)


def _resume(state: dict | None, learner: PromptLearner, opt: torch.optim.Optimizer,
            scaler: torch.amp.GradScaler | None, log: Callable[[str], None]) -> tuple[int, list[dict[str, float]]]:
    """Load a saved state (context, optimiser, loss scale) into the training objects; the iteration to start at and
    the iterations logged before it."""
    if state is None:
        return 0, []
    with torch.no_grad():
        learner.ctx.copy_(state["ctx"])
    opt.load_state_dict(state["optimizer"])
    if scaler is not None and state.get("scaler"):
        scaler.load_state_dict(state["scaler"])
    log(f"resuming from iteration {state['iteration']}")
    return state["iteration"], list(state.get("history", []))


@dataclass
class _Run:
    """One training run's optimiser, loss scaler, effective stamp, start iteration and logged iterations."""

    opt: torch.optim.Optimizer
    scaler: torch.amp.GradScaler
    use_amp: bool
    stamp: str
    start: int
    history: list[dict[str, float]]
    shares: torch.Tensor  # the seg task's softmax-share sums since the last logged iteration (2, C_fg)
    draw: dict[str, Any] | None = None  # the start context's choice among draws (choose_start_draw), if one was made


def _prepare(learner: PromptLearner, num_fg: int, cfg: dict[str, Any], work_dir: Path, stamp: str, stop: int,
             device: str, amp: bool | None, log: Callable[[str], None]) -> _Run:
    """Start context, SGD, GradScaler, then the newest resumable state of the same stamp (which counts the init
    file's content) at or before `stop`."""
    init_file = learner.init_file
    digest = init_file_digest(init_file)
    stamp = f"{stamp}+init_file:{digest}" if digest else stamp
    start_context(learner, init_file, cfg["init_seed"], log)
    opt = torch.optim.SGD([learner.ctx], lr=cfg["base_lr"], momentum=cfg["momentum"], weight_decay=cfg["weight_decay"])
    use_amp = device.startswith("cuda") if amp is None else amp
    scaler = torch.amp.GradScaler(torch.device(device).type, init_scale=2.0**16, enabled=use_amp)
    state = latest_state(work_dir, stamp, stop)
    start, history = _resume(state, learner, opt, scaler if use_amp else None, log)
    logged = history[-1]["iteration"] if history else None
    if state is not None and start == stop and state.get("last") and logged != stop - 1:
        history.append(state["last"])  # nothing left to run: the stop iteration's entry, as a run to it logs
    shares = state.get("shares") if state else None  # a window's softmax-share sums, carried over a resume
    shares = torch.zeros(2, num_fg, dtype=torch.float64) if shares is None else shares
    return _Run(opt, scaler, use_amp, stamp, start, history, shares.to(device), state.get("draw") if state else None)


def _save_state(run: _Run, learner: PromptLearner, iteration: int, last: dict[str, float], work_dir: Path) -> None:
    """The resumable state after `iteration` iterations: context, optimiser, loss scaler, stamp, the history so far
    and the last iteration's entry (`last`, logged by a run that stops there)."""
    state = {"ctx": learner.ctx.detach().cpu(), "optimizer": run.opt.state_dict(), "iteration": iteration,
             "scaler": run.scaler.state_dict(), "stamp": run.stamp, "history": list(run.history),
             "last": last, "shares": run.shares.cpu().clone(), "draw": run.draw}  # fmt: skip
    with atomic_path(work_dir / f"state-{iteration}.pth") as tmp:
        torch.save(state, tmp)


def _entry(iteration: int, loss: float, run: _Run, fg_names: list[str] | None) -> dict[str, Any]:
    """The iteration's log entry; with the seg task's fg_names (given only for an entry that is kept: reading the
    shares back waits for the device), each class's mean softmax share on its positives since the last logged
    iteration (None for a class without one)."""
    entry = {"iteration": iteration, "loss": loss, "lr": run.opt.param_groups[0]["lr"]}
    if fg_names is not None:
        entry["class_softmax"] = {name: (float(s / k) if k else None) for name, s, k in zip(fg_names, *run.shares.tolist())}
    return entry


def _step(opt: torch.optim.Optimizer, scaler: torch.amp.GradScaler, sub_losses: list[torch.Tensor]) -> float:
    """One optimiser step on the mean of the sub-batches' losses (their graphs built); that mean's value."""
    opt.zero_grad(set_to_none=True)
    loss = torch.stack(sub_losses).sum() / len(sub_losses)
    scaler.scale(loss).backward()
    total = loss.item()
    scaler.step(opt)
    scaler.update()
    return total


def _cls_sub_losses(model: GradCAMCLIP, images: torch.Tensor, labels: torch.Tensor, sub_iters: int, device: str,
                    use_amp: bool, loss_scale: float | None = None) -> list[torch.Tensor]:
    """The multi-label CL loss of each sub-batch (METHOD §7.2). The context reaches it through the text tower only
    and changes only at the step: one text pass per iteration; each sub-batch keeps its own mean loss (§7.5).
    loss_scale (cls.train.cl_logit_scale): the loss reads loss_scale·cos instead of the CLIP's own scale·cos."""
    device_type = torch.device(device).type
    with torch.autocast(device_type, dtype=torch.float16, enabled=use_amp):
        text = model.text_features()
    rescale = 1.0 if loss_scale is None else loss_scale / float(logit_scale(model.clip))
    losses = []
    for img, lb in zip(images.chunk(sub_iters), labels.chunk(sub_iters)):
        with torch.autocast(device_type, dtype=torch.float16, enabled=use_amp):
            with torch.no_grad():
                img_emb = encode_image(model.clip, img.to(device)).img_emb
            logits = model.logits(img_emb, text)
        losses.append(multilabel_cl_loss(logits[:, : model.num_fg].float() * rescale, lb.to(device)))
    return losses


def _seg_sub_losses(model: GradCAMCLIP, images: torch.Tensor, positives: torch.Tensor, seeds: torch.Tensor,
                    sub_iters: int, device: str, use_amp: bool, shares: torch.Tensor) -> list[torch.Tensor]:
    """The CAM activation loss of each sub-batch (METHOD §7.3) through the second-order Grad-CAM path. Adds each
    positive's softmax share p_c (the masked softmax its Grad-CAM is the gradient of) to shares[0, c], and 1 to
    shares[1, c]: (2, C_fg) sums over a logging window."""
    device_type = torch.device(device).type
    losses = []
    for img, pos, lb in zip(images.chunk(sub_iters), positives.chunk(sub_iters), seeds.chunk(sub_iters)):
        pos = pos.to(device)
        with torch.autocast(device_type, dtype=torch.float16, enabled=use_amp):
            grad_cams = model(img.to(device), pos, create_graph=True)
        fg_loss, bg_loss = cam_activation_loss(grad_cams.pos_cam.float(), grad_cams.pos_index, lb.to(device))
        sub_loss = fg_loss + bg_loss
        if not sub_loss.requires_grad:  # no positive in the sub-batch: nothing to learn, keep the graph valid
            sub_loss = sub_loss + 0 * model.prompt_learner.ctx.sum()
        losses.append(sub_loss)
        c = grad_cams.pos_index[:, 1].to(shares.device)  # summed where they are made: no host sync per sub-batch
        shares[0].index_add_(0, c, grad_cams.pos_share.to(shares))
        shares[1].index_add_(0, c, torch.ones_like(c, dtype=shares.dtype))
    return losses


COLLAPSED_SHARE = 0.05  # a positive's mean softmax share below this: its Grad-CAM, p_c(1 − p_c)-scaled, all but gone


def collapse_message(name: str, first: float | None, last: float) -> str:
    start = "an unlogged share" if first is None else f"{first:.3f}"
    return (f"the softmax share of class {name} on its positives went from {start} to {last:.3f} (below "
            f"{COLLAPSED_SHARE}): its context loses to the background prompts and its Grad-CAM shrinks, the way to "
            f"the CAM activation loss's trivial minimum. CAMs are max-normalised before use, so this alone does not "
            f"mean the class stopped localising: compare its CAM IoU against the coarse seeds with the untrained "
            f"context's (benchmarks/toy_seg_lr.py)")


def start_draw_message(draw: dict[str, Any]) -> str:
    """One sentence on the context draw T2 started from, from choose_start_draw's record (for logs and reports)."""

    def weakest(row: dict[str, Any]) -> str:
        name = weakest_class(row["shares"])
        return f"{name} {row['shares'][name]:.3f}" if name else "no class with a positive"

    k, rows = draw["chosen"], draw["draws"]
    text = (f"the context started from draw {k} of {len(rows)} (seed {draw['seed']}); its weakest class's share: "
            f"{weakest(rows[k])}")
    others = [f"draw {i}: {weakest(row)}" for i, row in enumerate(rows) if i != k]
    if others:
        text += f"; the other draws started a class below {COLLAPSED_SHARE} ({', '.join(others)})"
    if weakest_share(rows[k]["shares"]) < COLLAPSED_SHARE:
        text += ", and so does this one, whose weakest class holds the most"
    return text


def collapsed_classes(history: list[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    """The classes of a segmentation-task history whose mean softmax share on their positives ended below
    COLLAPSED_SHARE: name -> (first logged share, last). Their contexts found the CAM activation loss's trivial
    minimum (a Grad-CAM that vanishes everywhere zeroes both terms) by losing the softmax to the background prompts."""
    logged = [entry["class_softmax"] for entry in history if entry.get("class_softmax")]
    if not logged:
        return {}
    return {name: (logged[0].get(name), share) for name, share in logged[-1].items()
            if share is not None and share < COLLAPSED_SHARE}  # fmt: skip


DRAW_EPOCH = 0  # the start draws are judged on the crops of T2's first epoch


def start_shares(model: GradCAMCLIP, data: AugmentedSplit, online_labels: bool, batch_size: int,
                 device: str = "cpu") -> dict[str, float | None]:
    """fg class name -> the mean softmax share p_c of the class on its positives over one epoch of T2's own crops
    (positives from the crop with online_labels, else the image-level labels; the masked softmax of §7.3), with
    the model's current context; None for a class with no positive. A class's Grad-CAM is the gradient of p_c, so
    it and the CAM activation loss's gradient scale with p_c(1 − p_c): a share near 0 leaves nothing to train."""
    num_fg, sums = model.num_fg, torch.zeros(2, model.num_fg, dtype=torch.float64)
    with torch.no_grad():
        text = model.text_features()
        for start in range(0, len(data), batch_size):
            items = [data[(DRAW_EPOCH, i)] for i in range(start, min(start + batch_size, len(data)))]
            images, cls, seeds = (torch.stack([item[j] for item in items]) for j in range(3))
            positives = (crop_labels(seeds, num_fg) if online_labels else cls).to(device)
            logits = model.logits(encode_image(model.clip, images.to(device)).img_emb, text).float()
            mask = torch.ones_like(logits, dtype=torch.bool)
            mask[:, :num_fg] = positives.bool()
            share = masked_softmax(logits, mask)[:, :num_fg] * positives
            sums += torch.stack([share.sum(0), positives.sum(0)]).double().cpu()
    return {name: (float(s / n) if n else None) for name, s, n in zip(data.dataset.class_names[1:], *sums)}


def weakest_class(shares: dict[str, float | None]) -> str | None:
    """The class with the lowest share of start_shares (None where no class has a positive)."""
    return min((name for name, v in shares.items() if v is not None), key=lambda name: shares[name], default=None)


def weakest_share(shares: dict[str, float | None]) -> float:
    """The lowest share of start_shares (-1 where no class has a positive)."""
    name = weakest_class(shares)
    return -1.0 if name is None else shares[name]


def choose_start_draw(model: GradCAMCLIP, data: AugmentedSplit, init_seed: str | int, draws: int, online_labels: bool,
                      batch_size: int, device: str, log: Callable[[str], None]) -> dict[str, Any]:
    """Leave in the model the first of up to `draws` context draws (seeds init_seed, its integer + 1, + 2, ...) in
    which no foreground class starts collapsed: each class's softmax share on T2's crops (start_shares) is at least
    COLLAPSED_SHARE, the share below which training warns that a class collapsed. Where every draw has such a
    class, the one whose weakest class holds the most. A random class-specific context can start with a class whose
    share is all but 0; its Grad-CAM and the CAM activation loss's gradient vanish with it (the loss's trivial
    minimum), and T2 never trains that class (docs/toy.md). init_seed's own draw is kept whenever it is viable. No
    GT is read: the crops' positives come from the coarse seeds. Returns {'chosen': index, 'seed': its int seed,
    'draws': [{'seed', 'shares'}, ...] (the draws made)}."""
    learner, base, rows = model.prompt_learner, seed_to_int(init_seed), []
    for k in range(draws):
        seed = (base + k) % 2**32
        learner.initialize(seed)
        rows.append({"seed": seed, "shares": start_shares(model, data, online_labels, batch_size, device)})
        log(f"start draw {k} (seed {seed}): softmax share on its positives "
            + ", ".join(f"{n} {'-' if v is None else f'{v:.3f}'}" for n, v in rows[-1]["shares"].items()))
        if weakest_share(rows[-1]["shares"]) >= COLLAPSED_SHARE:
            break
    weakest = [weakest_share(row["shares"]) for row in rows]
    viable = weakest[-1] >= COLLAPSED_SHARE  # the loop stopped at the first viable draw, or ran out of draws
    chosen = len(rows) - 1 if viable else max(range(len(rows)), key=lambda i: (weakest[i], -i))
    learner.initialize(rows[chosen]["seed"])
    log(f"the context starts from draw {chosen} (seed {rows[chosen]['seed']}): its weakest class's share is "
        f"{weakest[chosen]:.3f}" + ("" if viable else f"; every draw has a class below {COLLAPSED_SHARE}"))
    return {"chosen": chosen, "seed": rows[chosen]["seed"], "draws": rows}


def _start_draw(model: GradCAMCLIP, data: AugmentedSplit, cfg: dict[str, Any], device: str,
                log: Callable[[str], None]) -> dict[str, Any] | None:
    """choose_start_draw for a run that starts at iteration 0 with cfg init_draws > 1; None (said in the log) where
    the context comes from the prompt section's init_file instead. ConfigError without coarse seeds."""
    draws = cfg["init_draws"]
    if data.seed_dir is None:
        raise ConfigError(f"train.init_draws: {draws} judges the draws on crops of the coarse seeds, which only the "
                          "segmentation task reads (expected 1 for the classification task)")  # fmt: skip
    init_file = model.prompt_learner.init_file
    if init_file and Path(init_file).is_file():
        log(f"train.init_draws {draws} not used: the context starts from {init_file}")
        return None
    return choose_start_draw(model, data, cfg["init_seed"], draws, cfg.get("online_labels", False), cfg["batch_size"],
                             device, log)  # fmt: skip


def _finish(run: _Run, learner: PromptLearner, out: Path | str, log: Callable[[str], None]) -> None:
    """Name the classes whose softmax share collapsed, then write the final context (the reference's format)."""
    for name, shares in collapsed_classes(run.history).items():
        log(f"warning: {collapse_message(name, *shares)}")
    with atomic_path(out) as tmp:
        torch.save({"prompt_learner.ctx": learner.ctx.detach().cpu()}, tmp)


def train_prompts(
    model: GradCAMCLIP,
    dataset: SegDataset,
    cfg: dict[str, Any],
    work_dir: Path | str,
    out: Path | str,
    device: str = "cpu",
    workers: int = 0,
    stamp: str = "",
    log: Callable[[str], None] = print,
    amp: bool | None = None,
    seed_dir: Path | str | None = None,
) -> dict[str, Any]:
    """Train prompts. Classification task (seed_dir None): the multi-label contrastive loss on the fg logits (§7.2).
    Segmentation task (seed_dir: the coarse seed PNGs): the CAM activation loss of the Grad-CAMs against the augmented
    seed crop (§7.3), positives from the crop (cfg online_labels, VOC) or the image-level labels (COCO). Schedule and
    optimiser: §7.5; cfg is the task's train section (the reference's zero-weighted CAM loss is not computed).
    The context starts from the prompt section's init_file where it exists, else from cfg init_seed, or with cfg
    init_draws > 1 (seg only) from the first viable of up to that many draws (choose_start_draw). `stamp` identifies the
    trajectory (settings and code, not the stop; the init file's content is added here): only a state of the same
    stamp at or before the stop is resumed, with its logged iterations and its start draw, so that a resumed run's
    history is an uninterrupted run's. amp (fp16 autocast, a GradScaler saved with the context) defaults to on for
    CUDA only. Returns losses per logged iteration, seconds, the resumed iteration, the loss scale, the start draw.
    """
    (work_dir := Path(work_dir)).mkdir(parents=True, exist_ok=True)
    learner = model.prompt_learner
    model.unfreeze_text()  # text features cached by an earlier inference would make every step a no-op
    stop = cfg.get("stop_iter") or cfg["max_iter"]
    run = _prepare(learner, model.num_fg, cfg, work_dir, stamp, stop, device, amp, log)
    data = AugmentedSplit(dataset, cfg["augment"], cfg["seed"], seed_dir)
    if cfg.get("init_draws", 1) > 1 and run.start == 0:
        run.draw = _start_draw(model, data, cfg, device, log)
    keys = batch_keys(len(dataset), cfg["batch_size"], cfg["seed"], run.start, stop)
    loader = DataLoader(data, batch_sampler=list(keys), num_workers=workers)
    t0 = time.perf_counter()
    model.train()
    desc = f"{'T1 cls' if seed_dir is None else 'T2 seg'} prompts"
    bar = progress(loader, desc=desc, total=stop, initial=run.start, unit="it")
    for it, (images, cls, seeds) in enumerate(bar, start=run.start):
        for group in run.opt.param_groups:
            group["lr"] = lr_at(it, cfg["max_iter"], cfg["warm_iters"], cfg["base_lr"], cfg["warm_lr"])
        if seed_dir is None:
            sub_losses = _cls_sub_losses(model, images, cls, cfg["sub_iters"], device, run.use_amp,
                                         cfg.get("cl_logit_scale"))
        else:
            positives = crop_labels(seeds, model.num_fg) if cfg["online_labels"] else cls
            sub_losses = _seg_sub_losses(model, images, positives, seeds, cfg["sub_iters"], device, run.use_amp, run.shares)
        logged, saved = it % 20 == 0 or it == stop - 1, (it + 1) % cfg["save_step"] == 0 and it + 1 < stop
        entry = _entry(it, _step(run.opt, run.scaler, sub_losses), run, dataset.class_names[1:] if seed_dir and (logged or saved) else None)
        if logged:
            run.history.append(entry)
            run.shares.zero_()
            log(f"iter {it:5d}/{cfg['max_iter']}  loss {entry['loss']:.4f}  lr {entry['lr']:.2e}")
        if saved:
            _save_state(run, learner, it + 1, entry, work_dir)
    _finish(run, learner, out, log)
    return {"history": run.history, "seconds": time.perf_counter() - t0, "resumed_from": run.start,
            "loss_scale": run.scaler.get_scale() if run.use_amp else None, "start_draw": run.draw}  # fmt: skip

