"""Stage II (METHOD §12): Mask2Former trained on the fine seeds with stock mmsegmentation, evaluated, exported.

The model, losses, optimiser and pipelines are our own mmengine config files (stage2_configs/), inheriting mmseg's
shipped Mask2Former bases. This module registers `FmaSegDataset` in mmseg's registry (a split of our data layer,
with the fine seed PNGs as labels for training: only the ids the seed manifest lists, so COCO trains on the ids
that have seeds) and `FmaLoadImage` (images read as every other stage reads them), fills in the values the
workflow owns (build_config), checks the inputs before any training (check_inputs), trains resumably (train), and evaluates single-scale whole images with our mIoU (evaluate).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tarfile
import time
from pathlib import Path
from typing import Any, Callable

import numpy as np
import torch
from PIL import Image

from . import torchvision_compat  # noqa: F401  (before mmseg: torchvision's compiled ops do not load here)

from .data import (DatasetError, SegDataset, dataset_class_names, image_size, load_image, load_label, load_seed_png,
                   read_rgb, read_seed_manifest, voc_palette)
from .metrics import confusion_matrix, format_percent, percent, scores_from_confusion
from .progress import progress
from .errors import ConfigError, CorruptArtifactError, WeightsFileError
from .files import atomic_path
from .weights import load_tensor_file, torch_load_reason

from mmengine.config import Config  # noqa: E402
from mmengine.dist import is_main_process  # noqa: E402
from mmengine.hooks import Hook  # noqa: E402
from mmseg.datasets import BaseSegDataset  # noqa: E402
from mmcv.transforms import BaseTransform  # noqa: E402
from mmseg.registry import DATASETS, HOOKS, TRANSFORMS  # noqa: E402
from mmengine.model import MMDistributedDataParallel  # noqa: E402
from mmengine.registry import MODEL_WRAPPERS  # noqa: E402

CONFIG_DIR = Path(__file__).parent / "stage2_configs"
HASHED_FILES = ("stage2_configs/*.py",)  # read as code: part of the stage-II commands' code hash (provenance)


def mmengine_state_globals() -> list[Any]:
    """The non-tensor objects in mmengine's own training checkpoints (the message hub's HistoryBuffers with their
    statistics methods, numpy arrays and scalars), allow-listed for torch.load's weights_only unpickler. Used only
    to resume from the work dir this stage wrote; published checkpoints hold tensors only (publish_checkpoint)."""
    from mmengine.logging.history_buffer import HistoryBuffer

    numpy_core = np._core if hasattr(np, "_core") else np.core
    dtypes = [type(np.dtype(t)) for t in ("float64", "float32", "int64", "int32", "bool")]
    return [HistoryBuffer, numpy_core.multiarray._reconstruct, numpy_core.multiarray.scalar, np.ndarray, np.dtype,
            *dtypes, getattr]  # fmt: skip


VOC_TEST_DIR = "results/VOC2012/Segmentation/comp6_test_cls"  # the layout the VOC evaluation server takes


@DATASETS.register_module()
class FmaSegDataset(BaseSegDataset):
    """A split of fma_wsss's data layer as an mmseg dataset. dataset: the experiment's dataset section; with
    seed_dir, the labels are that folder's seed PNGs and the images are those its manifest.txt lists; without, the
    split's images that have segmentation GT (validation)."""

    def __init__(self, dataset: dict[str, Any], split: str, seed_dir: str | None = None, **kwargs: Any):
        self.fma = SegDataset.from_config(dataset, split)
        self.seed_dir = Path(seed_dir) if seed_dir else None
        names = list(self.fma.class_names)
        palette = voc_palette()[: len(names)]
        super().__init__(metainfo=dict(classes=names, palette=palette), ann_file="", data_root="", **kwargs)

    def load_data_list(self) -> list[dict[str, Any]]:
        samples = self.fma.samples
        if self.seed_dir is not None:
            by_id = {s.id: s for s in samples}
            ids = [Path(name).stem for name in seed_manifest(self.seed_dir)]
            missing = [i for i in ids if i not in by_id]
            if missing:
                raise DatasetError(f"{self.seed_dir / 'manifest.txt'} lists {missing[:3]}, not in split {self.fma.split}")
            samples = [by_id[i] for i in ids]
        else:
            samples = [s for s in samples if s.label is not None]
        return [
            dict(img_path=str(s.image), seg_map_path=str(self.seed_dir / f"{s.id}.png" if self.seed_dir else s.label),
                 label_map=None, reduce_zero_label=False, seg_fields=[], sample_idx=i)
            for i, s in enumerate(samples)
        ]  # fmt: skip


@TRANSFORMS.register_module()
class FmaLoadImage(BaseTransform):
    """mmcv's LoadImageFromFile for our pipelines, reading by data.read_rgb: stage II sees the same pixels as stage I
    (the same mode conversions and refusals, the same JPEG decoder), as BGR uint8."""

    def transform(self, results: dict[str, Any]) -> dict[str, Any]:
        img = read_rgb(results["img_path"])[:, :, ::-1].copy()
        results.update(img=img, img_shape=img.shape[:2], ori_shape=img.shape[:2])
        return results


@HOOKS.register_module()
class FmaProgressHook(Hook):
    """The training iterations as our progress bar (fma_wsss.progress): live on a terminal, plain lines in a log."""

    priority = "VERY_LOW"

    def before_train(self, runner) -> None:
        self.bar = None
        if is_main_process():
            self.bar = progress(total=runner.max_iters, initial=runner.iter, desc="stage II training", unit="it")

    def after_train_iter(self, runner, batch_idx: int, data_batch: Any = None, outputs: Any = None) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def after_train(self, runner) -> None:
        if self.bar is not None:
            self.bar.close()


def training_history(work_dir: Path | str) -> dict[str, list[dict[str, float]]]:
    """Training loss and LR, and val mIoU, against iteration, from the mmengine scalar logs of every run in
    work_dir (a resumed run adds a folder; a later run's value of an iteration wins)."""
    train: dict[int, dict[str, float]] = {}
    val: dict[int, dict[str, float]] = {}
    for scalars in sorted(Path(work_dir).glob("*/vis_data/scalars.json")):
        for line in scalars.read_text().splitlines():
            row = json.loads(line)
            if "loss" in row:
                train[row["step"]] = {"iteration": row["step"], "loss": row["loss"], "lr": row.get("lr")}
            elif "mIoU" in row:
                val[row["step"]] = {"iteration": row["step"], "miou": row["mIoU"]}
    return {"train": [train[k] for k in sorted(train)], "val": [val[k] for k in sorted(val)]}


def seed_manifest(seed_dir: Path | str) -> list[str]:
    """The PNG names a seed folder's manifest lists; DatasetError naming it if it is missing or empty."""
    names = read_seed_manifest(seed_dir)
    if not names:
        raise DatasetError(f"{Path(seed_dir) / 'manifest.txt'} lists no seed")
    return names


def build_config(config_file: Path | str, settings: dict[str, Any]) -> Config:
    """The mmengine Config of `config_file` (a name in stage2_configs/ or a path) with the workflow's values:
    settings = {dataset, train_split, val_split, seed_dir, work_dir, max_iters, val_interval, batch_size,
    num_workers, backbone (weights file or None), seed, validate (False: no validation loop, for a val split
    without GT; default True)}. The heads' class count (and Mask2Former's class weights: 1, and 0.1 for "no object")
    follows the dataset's class list where the config file's differs (a folder dataset with a copy of the VOC
    recipe)."""
    path = Path(config_file)
    if not path.is_file():
        path = CONFIG_DIR / config_file
    if not path.is_file():
        raise FileNotFoundError(f"stage-II config not found: {config_file} (nor {path})")
    cfg = Config.fromfile(str(path))
    cfg.work_dir = str(settings["work_dir"])
    cfg.randomness = dict(seed=settings.get("seed", 0))
    train = cfg.train_dataloader
    train.batch_size = settings["batch_size"]
    train.num_workers = settings["num_workers"]
    train.persistent_workers = settings["num_workers"] > 0
    train.dataset.update(dataset=settings["dataset"], split=settings["train_split"], seed_dir=str(settings["seed_dir"]))
    for loader in (cfg.val_dataloader, cfg.test_dataloader):
        loader.num_workers = min(settings["num_workers"], 2)
        loader.persistent_workers = loader.num_workers > 0
        loader.dataset.update(dataset=settings["dataset"], split=settings["val_split"], seed_dir=None)
    cfg.train_cfg.max_iters = settings["max_iters"]
    cfg.train_cfg.val_interval = settings["val_interval"]
    if not settings.get("validate", True):
        # a val split without segmentation GT: no validation, so no best checkpoint (train() returns the final one)
        cfg.val_dataloader = cfg.val_cfg = cfg.val_evaluator = None
        cfg.default_hooks.checkpoint.pop("save_best", None)
    cfg.param_scheduler[0].end = settings["max_iters"]
    classes = len(dataset_class_names(settings["dataset"]))
    for head in (cfg.model.decode_head, cfg.model.get("auxiliary_head")):
        if head and head.num_classes != classes:  # a folder dataset of its own classes: the heads follow its list
            head.num_classes = classes
            if "loss_cls" in head:  # Mask2Former: 1 per class, 0.1 for "no object"
                head.loss_cls.class_weight = [1.0] * classes + [0.1]
    cfg.default_hooks.checkpoint.interval = settings["val_interval"]
    cfg.default_hooks.checkpoint.max_keep_ckpts = 2
    cfg.custom_hooks = [*cfg.get("custom_hooks", []), dict(type="FmaProgressHook")]
    backbone = cfg.model.backbone
    if settings.get("backbone"):
        backbone.init_cfg = dict(type="Pretrained", checkpoint=str(settings["backbone"]))
    elif backbone.get("init_cfg") and backbone.init_cfg.get("type") == "Pretrained":
        backbone.init_cfg = None
    return cfg


def _backbone_fits(backbone_cfg: Any, weights: Path) -> str:
    """ValueError unless `weights` (a tensors-only file) holds ≥ 90% of the backbone's parameters by name and
    shape; else a one-line summary."""
    from mmseg.registry import MODELS
    from mmseg.utils import register_all_modules

    register_all_modules(init_default_scope=True)
    state = load_tensor_file(weights, "backbone weights", "mmseg's converted Swin-L state dict (stage2.backbone)")
    state = state.get("state_dict", state.get("model", state)) if isinstance(state, dict) else {}
    state = {re.sub(r"^(module\.)?(backbone\.)?", "", k): v for k, v in state.items() if hasattr(v, "shape")}
    backbone = {k: v for k, v in backbone_cfg.items() if k != "init_cfg"}
    expected = MODELS.build(backbone).state_dict()
    fitting = [k for k, v in expected.items() if k in state and tuple(state[k].shape) == tuple(v.shape)]
    if len(fitting) < 0.9 * len(expected):
        raise WeightsFileError(f"backbone weights {weights} do not fit {backbone_cfg.type}: {len(fitting)} of "
                         f"{len(expected)} parameters match by name and shape")  # fmt: skip
    return f"fits {backbone_cfg.type}: {len(fitting)} of {len(expected)} parameters by name and shape"


def config_from_sections(dataset: dict[str, Any], stage2: dict[str, Any], train_split: str, seed_dir: Path | str,
                         work_dir: Path | str) -> Config:
    """The stage-II mmengine config from the experiment's dataset and stage2 config sections (validation only where
    the val split has GT)."""
    settings = {"dataset": dataset, "train_split": train_split, "val_split": stage2["val_split"], "seed_dir": seed_dir,
                "work_dir": work_dir, "max_iters": stage2["max_iters"], "val_interval": stage2["val_interval"],
                "batch_size": stage2["batch_size"], "num_workers": stage2["num_workers"],
                "backbone": stage2.get("backbone"), "seed": stage2["seed"],
                "validate": bool(SegDataset.from_config(dataset, stage2["val_split"]).gt_ids())}  # fmt: skip
    return build_config(stage2["config"], settings)


def resolved_config_text(cfg: Config) -> str:
    """The resolved config as canonical JSON: the part of the work-dir stamp that an edit of a stage2_configs file,
    or of a value the workflow sets, changes. Left out: machine settings (loader workers, launcher) and the run's
    paths that the stamp covers otherwise (the work dir holds the stamp; the seed folder counts by its content)."""
    resolved = cfg.to_dict()
    for loader in ("train_dataloader", "val_dataloader", "test_dataloader"):
        for key in ("num_workers", "persistent_workers"):
            (resolved.get(loader) or {}).pop(key, None)
        ((resolved.get(loader) or {}).get("dataset") or {}).pop("seed_dir", None)
    resolved.pop("launcher", None)
    resolved.pop("work_dir", None)
    return json.dumps(resolved, sort_keys=True, default=str)


def work_dir_stamp(cfg: Config, dataset: dict[str, Any], stage2: dict[str, Any], train_split: str,
                   seed_dir: Path | str) -> str:
    """The stamp of a stage-II work dir (train resumes only a work dir of the same stamp): the dataset and the
    stage2 settings that shape the training trajectory, the seeds' content, the code hash of `stage2-train` (with
    the stage2_configs files and the registered classes), the resolved config (resolved_config_text) and the
    backbone weights' fingerprint."""
    from .prompts import seed_digest
    from .provenance import code_hash, file_fingerprint, settings_hash

    trajectory = {k: v for k, v in stage2.items() if k not in ("num_workers", "test_split", "tta")}
    return settings_hash(dataset, trajectory, train_split, seed_digest(seed_dir), code_hash("stage2-train"),
                         resolved_config_text(cfg), file_fingerprint(stage2.get("backbone")))  # fmt: skip


def relaunch_in_processes(gpus: int, argv: list[str]) -> int | None:
    """Stage II on N GPUs is one job of N processes (mmengine's pytorch launcher): from the job's own process, run
    `fma-wsss <argv>` under torch.distributed.run and return its exit status; None inside a launched process or for
    one GPU."""
    if gpus <= 1 or "LOCAL_RANK" in os.environ:
        return None
    import subprocess
    import sys

    # --standalone: a rendezvous on a free port of its own, so two such jobs on one node do not collide on 29500
    return subprocess.call([sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc_per_node={gpus}",
                            "-m", "fma_wsss.cli", *argv])  # fmt: skip


def check_backbone(config_file: Path | str, weights: Path | str) -> str:
    """The stage-II config's backbone (a name in stage2_configs/ or a path) against a weights file, without the
    rest of the run's settings: ValueError naming the file unless it fits; else a one-line summary."""
    path = Path(config_file) if Path(config_file).is_file() else CONFIG_DIR / config_file
    if not path.is_file():
        raise FileNotFoundError(f"stage-II config not found: {config_file} (nor {path})")
    return _backbone_fits(Config.fromfile(str(path)).model.backbone, Path(weights))


def check_inputs(cfg: Config) -> None:
    """Before any training: the backbone weights exist and fit the backbone (names and shapes), and every seed the
    manifest lists exists, holds values 0..C_fg (or 255, ignored) and has its image's size. Errors name the file."""
    init = cfg.model.backbone.get("init_cfg") or {}
    if init.get("checkpoint"):
        _backbone_fits(cfg.model.backbone, Path(init["checkpoint"]))
    dataset = cfg.train_dataloader.dataset
    fma = SegDataset.from_config(dataset.dataset, dataset.split)
    by_id = {s.id: s for s in fma.samples}
    seed_dir = Path(dataset.seed_dir)
    for name in progress(seed_manifest(seed_dir), desc="checking seeds"):
        sample = by_id.get(Path(name).stem)
        if sample is None:
            raise DatasetError(f"{seed_dir / 'manifest.txt'} lists {name}, whose id is not in split {fma.split}")
        # 255 is mmseg's ignore index: imported pseudo labels (seeds_from) may leave pixels unlabelled
        load_seed_png(seed_dir / name, fma.num_classes, image_size(sample), sample.image, allow_ignore=True)


def prepare_work_dir(cfg: Config, stamp: str, log: Callable[[str], None] = print) -> None:
    """Before training, in one process (the job's parent when stage II runs in N processes): a work dir made with
    another `stamp` (settings, seeds and code) is cleared, never resumed; the stamp is written."""
    work_dir = Path(cfg.work_dir)
    stamp_file = work_dir / "fma-wsss-stamp.txt"
    if work_dir.exists() and (not stamp_file.is_file() or stamp_file.read_text() != stamp):
        log(f"{work_dir} holds a run of other settings, seeds or code: starting afresh")
        shutil.rmtree(work_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    stamp_file.write_text(stamp)


def check_gpus(processes: int) -> None:
    """Before an N-process job: one process per GPU (mmengine's logger and NCCL both assume it). ConfigError when
    CUDA is there with fewer GPUs than processes; without CUDA, the processes train on the CPU (gloo)."""
    visible = torch.cuda.device_count() if torch.cuda.is_available() else 0
    if 0 < visible < processes:
        raise ConfigError(f"stage2.gpus is {processes} but this job sees {visible} GPU(s) (CUDA_VISIBLE_DEVICES="
                          f"{os.environ.get('CUDA_VISIBLE_DEVICES', 'unset')}): stage II runs one process per GPU; "
                          f"give the job {processes} GPUs or set stage2.gpus to {visible}")  # fmt: skip


def init_process_group() -> str:
    """In a process that torch.distributed.run launched: select its GPU (LOCAL_RANK) and join the job's process
    group (NCCL; gloo on CPU-only machines) before mmengine's Runner, which then takes the group as it is (its own
    launcher selects a GPU even where there is none). Returns the backend."""
    import torch.distributed as dist

    if torch.cuda.is_available():
        torch.cuda.set_device(int(os.environ["LOCAL_RANK"]))
    if not dist.is_initialized():
        dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
    return dist.get_backend()


@MODEL_WRAPPERS.register_module()
class FmaDistributedDataParallel(MMDistributedDataParallel):
    """mmengine's DDP wrapper on the device the model is on: mmengine passes device_ids=[LOCAL_RANK], which DDP
    refuses for a model on the CPU (gloo)."""

    def __init__(self, module: torch.nn.Module, device_ids: list[int] | None = None, **kwargs: Any):
        device = next(module.parameters()).device
        super().__init__(module=module, device_ids=None if device.type == "cpu" else [device.index], **kwargs)


def training_result(cfg: Config, seconds: float) -> dict[str, Any]:
    """The final and the best (by val mIoU: GT-selected, METHOD P4) checkpoint paths of a finished work dir, the
    wall time and the history."""
    work_dir = Path(cfg.work_dir)
    final = work_dir / f"iter_{cfg.train_cfg.max_iters}.pth"
    best = sorted(work_dir.glob("best_mIoU_iter_*.pth"), key=os.path.getmtime)
    return {"final": str(final), "best": str(best[-1]) if best else str(final), "seconds": seconds,
            "history": training_history(work_dir)}  # fmt: skip


def run_training(cfg: Config, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Train with mmengine's Runner in a prepared work dir (prepare_work_dir), resuming from its last checkpoint;
    in a process of an N-process job, as one rank of data-parallel training (init_process_group)."""
    from mmengine.runner import Runner

    work_dir = Path(cfg.work_dir)
    if "LOCAL_RANK" in os.environ:
        init_process_group()
        cfg.launcher = "pytorch"
        cfg.model_wrapper_cfg = dict(type="FmaDistributedDataParallel", broadcast_buffers=False,
                                     find_unused_parameters=cfg.get("find_unused_parameters", False))  # fmt: skip
    else:
        cfg.launcher = "none"
    cfg.visualizer.name = f"stage2-{time.time_ns()}"  # mmengine reuses a named visualizer and its old log dir
    cfg.resume = (work_dir / "last_checkpoint").is_file()
    if cfg.resume and int(os.environ.get("RANK", "0")) == 0:
        log(f"resuming from {(work_dir / 'last_checkpoint').read_text().strip()}")
    t0 = time.perf_counter()
    with torch.serialization.safe_globals(mmengine_state_globals()):
        runner = Runner.from_cfg(cfg)
        runner.train()
    return training_result(cfg, time.perf_counter() - t0)


def train(cfg: Config, stamp: str = "", log: Callable[[str], None] = print) -> dict[str, Any]:
    """prepare_work_dir and run_training in this process."""
    prepare_work_dir(cfg, stamp, log)
    return run_training(cfg, log)


def publish_checkpoint(src: Path | str, dst: Path | str) -> None:
    """Write the model weights of an mmengine checkpoint (state_dict and the meta mmseg's init_model reads) to dst,
    atomically: a file of tensors and plain values, which evaluation opens with weights_only and no allow-list.
    CorruptArtifactError naming src when it is truncated or not an mmengine checkpoint."""
    if not Path(src).is_file():
        raise FileNotFoundError(f"stage-II checkpoint not found: {src}")
    try:
        with torch.serialization.safe_globals(mmengine_state_globals()):
            checkpoint = torch.load(src, map_location="cpu", weights_only=True)
    except Exception as e:  # noqa: BLE001  (zip, EOF, unpickling and storage errors all mean: not a usable file)
        if "GLOBAL" in str(e):  # a class that mmengine_state_globals lacks: a bug, not a broken file
            raise
        raise CorruptArtifactError(f"{src}: not a readable mmengine checkpoint, truncated or of another format "
                                   f"({torch_load_reason(e)}); expected one saved by stage-II training: delete it "
                                   "and re-run the stage2 rule") from None  # fmt: skip
    if not isinstance(checkpoint, dict) or "state_dict" not in checkpoint:
        raise CorruptArtifactError(f"{src}: holds no 'state_dict', expected an mmengine checkpoint saved by stage-II "
                                   "training: delete it and re-run the stage2 rule")  # fmt: skip
    meta = {k: checkpoint.get("meta", {}).get(k) for k in ("iter", "seed", "dataset_meta", "mmengine_version")}
    with atomic_path(dst) as tmp:
        torch.save({"meta": meta, "state_dict": checkpoint["state_dict"]}, tmp)


MODEL_NAMES = {"Mask2FormerHead": "Mask2Former", "DepthwiseSeparableASPPHead": "DeepLabV3+"}


def model_name(cfg: Config) -> str:
    """What the reports call the recipe's network: by its decode head (Mask2Former, DeepLabV3+), else the head type."""
    head = cfg.model.decode_head.type.split(".")[-1]
    return MODEL_NAMES.get(head, head)


def tta_transforms(test_pipeline: list[dict[str, Any]], scales: list[float], flip: bool) -> list[dict[str, Any]]:
    """The transforms after loading of a test-time-augmented pipeline (mmseg's TestTimeAug): the test pipeline's
    Resize scale times each of `scales`, aspect kept, each unflipped and (flip) flipped horizontally. Scale 1.0
    unflipped is the single-scale input. ConfigError when the test pipeline has no Resize to scale."""
    resize = next((t for t in test_pipeline if t["type"] == "Resize" and "scale" in t), None)
    if resize is None:
        raise ConfigError("stage2.tta: the config's test_pipeline has no Resize with a scale to multiply")
    width, height = resize["scale"]
    resizes = [dict(type="Resize", scale=(round(width * r), round(height * r)), keep_ratio=resize.get("keep_ratio", True))
               for r in scales]  # fmt: skip
    flips = [dict(type="RandomFlip", prob=p, direction="horizontal") for p in ((0.0, 1.0) if flip else (0.0,))]
    return [dict(type="TestTimeAug", transforms=[resizes, flips, [dict(type="PackSegInputs")]])]


class PredictionInputs(torch.utils.data.Dataset):
    """The images of a split through the config's test pipeline, as mmseg's inference_model prepares one image
    (loading replaced by our reader, annotations left out), or through the test-time augmentation of
    tta_transforms; for a DataLoader whose workers decode and resize ahead of the model."""

    def __init__(self, dataset: SegDataset, test_pipeline: list[dict[str, Any]], tta: dict[str, Any] | None = None):
        from mmcv.transforms import Compose

        self.samples = dataset.samples
        transforms = [t for t in test_pipeline[1:] if t["type"] != "LoadAnnotations"]
        self.pipeline = Compose(tta_transforms(test_pipeline, tta["scales"], tta["flip"]) if tta else transforms)

    def __len__(self) -> int:
        return len(self.samples)

    def __getitem__(self, index: int) -> dict[str, Any]:
        sample = self.samples[index]
        img = load_image(sample)[:, :, ::-1].copy()  # BGR, as mmseg reads images
        return self.pipeline(dict(img=img, img_shape=img.shape[:2], ori_shape=img.shape[:2], img_path=str(sample.image)))


def predict(cfg: Config, checkpoint: Path | str, dataset: SegDataset, device: str = "cpu",
            tta: dict[str, Any] | None = None) -> Any:
    """(id, uint8 (H, W) prediction at the image's size) for every image of `dataset`: single scale, whole image,
    the config's test pipeline (METHOD §12.1), images prepared by the test loader's workers; or with tta
    ({scales, flip}: stage2.tta) mmseg's SegTTAModel over tta_transforms (class scores averaged)."""
    from mmengine.dataset import pseudo_collate
    from mmseg.apis import init_model
    from mmseg.registry import MODELS

    load_tensor_file(checkpoint, "stage-II checkpoint", "a checkpoint published by the stage2 rule: tensors only")
    model = init_model(cfg, str(checkpoint), device=device)
    if tta:
        model = MODELS.build(dict(type="SegTTAModel", module=model))
    loader = torch.utils.data.DataLoader(PredictionInputs(dataset, cfg.test_pipeline, tta), batch_size=1,
                                         num_workers=cfg.test_dataloader.num_workers, collate_fn=pseudo_collate)  # fmt: skip
    with torch.no_grad():
        for sample, batch in zip(progress(dataset.samples, desc=f"stage II {dataset.split}"), loader):
            (result,) = model.test_step(batch)
            yield sample.id, result.pred_sem_seg.data[0].cpu().numpy().astype(np.uint8)


def evaluate(
    cfg: Config, checkpoint: Path | str, dataset: SegDataset, pred_dir: Path | str | None = None, device: str = "cpu",
    tta: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """mIoU and per-class IoU of a checkpoint on the images of `dataset` that have GT (None without any: VOC test,
    your own unlabelled data), and its single-scale predictions as palette PNGs in pred_dir (when given); with tta
    (stage2.tta) also the test-time-augmented scores under "tta". JSON-ready."""
    result = _evaluate_pass(cfg, checkpoint, dataset, pred_dir, device, None)
    if tta:
        result["tta"] = {**tta, **{k: v for k, v in _evaluate_pass(cfg, checkpoint, dataset, None, device, tta).items()
                                   if k in ("miou", "class_iou")}}  # fmt: skip
    return result


def _evaluate_pass(cfg: Config, checkpoint: Path | str, dataset: SegDataset, pred_dir: Path | str | None, device: str,
                   tta: dict[str, Any] | None) -> dict[str, Any]:
    k = dataset.num_classes
    conf = np.zeros((k, k), np.int64)
    palette = [v for rgb in voc_palette() for v in rgb]
    gt_images = 0
    for img_id, pred in predict(cfg, checkpoint, dataset, device, tta):
        if dataset.has_gt(img_id):
            conf += confusion_matrix(pred, load_label(dataset.sample(img_id), k, pred.shape), k)  # at the image's size
            gt_images += 1
        if pred_dir is not None:
            png = Image.fromarray(pred, mode="P")
            png.putpalette(palette)
            with atomic_path(Path(pred_dir) / f"{img_id}.png") as tmp:
                png.save(tmp, format="PNG")
    scores = scores_from_confusion(conf)
    return {
        "split": dataset.split, "images": len(dataset.samples), "gt_images": gt_images, "checkpoint": str(checkpoint),
        "miou": percent(scores.miou) if gt_images else None,
        "class_iou": {c: percent(v) for c, v in zip(dataset.class_names, scores.cls_iou)},
    }  # fmt: skip


def report_markdown(results: dict[str, dict[str, Any]], seeds_miou: float | None, title: str,
                    seeds_step: str = "fine seeds") -> str:
    """Markdown: stage-II mIoU of each checkpoint (final; best by val mIoU, GT-selected) and per-class IoU; with
    test-time augmentation (stage2.tta) its mIoU in a column beside the single-scale one."""
    tta = next((r["tta"] for r in results.values() if r.get("tta")), None)
    lines = [f"# {title}", "", "Single-scale whole-image inference, scored on the images with segmentation GT. The best "
             "checkpoint is chosen by val mIoU during training, i.e. on GT, as the reference reports it (METHOD P4); "
             "the final one is not. Without GT in the val split there is no validation and the best is the final."]  # fmt: skip
    if tta:
        flip = " and their horizontal flips" if tta["flip"] else ""
        lines += ["", f"TTA: the test scale times {tta['scales']}{flip}, class scores averaged (mmseg's SegTTAModel). "
                  "The paper's figures are single scale."]  # fmt: skip
    tta_head = (" TTA mIoU |", "---|") if tta else ("", "")
    lines += ["", f"| checkpoint | split | images | with GT | mIoU |{tta_head[0]}", f"|---|---|---|---|---|{tta_head[1]}"]
    if seeds_miou is not None:
        lines.append(f"| {seeds_step} (train, for comparison) | train | | | {seeds_miou:.1f} |{' |' if tta else ''}")
    for name, r in results.items():
        gt_images = r.get("gt_images", r["images"])
        tta_cell = f" {format_percent(r['tta']['miou'], 'no GT')} |" if r.get("tta") else (" |" if tta else "")
        lines.append(f"| {name} | {r['split']} | {r['images']} | {gt_images} | {format_percent(r['miou'], 'no GT')} |{tta_cell}")
    if all(r["miou"] is None for r in results.values()):
        return "\n".join(lines + ["", "No segmentation GT in the evaluated split: no mIoU."]) + "\n"
    lines += ["", "| class | " + " | ".join(results) + " |", "|---|" + "---|" * len(results)]
    for c in next(iter(results.values()))["class_iou"]:
        vals = [results[n]["class_iou"][c] for n in results]
        lines.append(f"| {c} | " + " | ".join(format_percent(v) for v in vals) + " |")
    return "\n".join(lines) + "\n"


def pack_voc_test(pred_dir: Path | str, ids: list[str], out: Path | str) -> int:
    """The VOC evaluation server's upload: a tar of `results/VOC2012/Segmentation/comp6_test_cls/<id>.png` (palette
    PNGs) for every id. Written atomically; FileNotFoundError naming the first missing prediction."""
    pred_dir = Path(pred_dir)
    missing = [i for i in ids if not (pred_dir / f"{i}.png").is_file()]
    if missing:
        raise FileNotFoundError(f"no prediction {pred_dir / (missing[0] + '.png')} ({len(missing)} missing)")
    with atomic_path(out) as tmp, tarfile.open(tmp, "w") as tar:
        for img_id in ids:
            tar.add(pred_dir / f"{img_id}.png", arcname=f"{VOC_TEST_DIR}/{img_id}.png")
    return len(ids)
