"""SAM for stage S0: model builders (vit_h/l/b and a tiny shape for CPU tests) and the FMA automatic mask generator.

`FMASamMaskGenerator` extends segment_anything's `SamAutomaticMaskGenerator` with the paper's changes (METHOD
§3.2 steps 1-4): the three multimask outputs are kept as levels 0/1/2, the predicted IoU gets a per-level offset
before the threshold (`score_thresh_offset`) and another as the NMS score (`score_nms_offset`), and the stability
score a per-level bias. Every NMS is the stable one of `torchvision_compat` (equal scores keep the lower index
first), which the cross-crop and small-region steps need: their scores tie by construction. The rock-sand-water
filter (step 5) is applied by `fma_wsss.masks` to every backend's output.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Callable

import numpy as np
import torch

from . import torchvision_compat  # noqa: F401  (before segment_anything imports torchvision)
from .errors import ConfigError, WeightsFileError
from .rle import MaskSet
from .torchvision_compat import stable_nms
from .weights import load_tensor_file

from segment_anything import SamAutomaticMaskGenerator, sam_model_registry  # noqa: E402
from segment_anything.modeling import ImageEncoderViT, MaskDecoder, PromptEncoder, Sam, TwoWayTransformer  # noqa: E402
from segment_anything.utils.amg import (  # noqa: E402
    MaskData, area_from_rle, batched_mask_to_box, calculate_stability_score,
    coco_encode_rle, generate_crop_boxes, is_box_near_crop_edge, mask_to_rle_pytorch, remove_small_regions,
    rle_to_mask, uncrop_boxes_xyxy, uncrop_masks, uncrop_points,
)  # fmt: skip

NUM_LEVELS = 3

# A SAM small enough for CPU tests and the toy experiment: the shape of the golden `sam_generate_tiny` cases.
TINY_SAM = {
    "img_size": 256, "patch_size": 16, "encoder_embed_dim": 64, "encoder_depth": 2, "encoder_num_heads": 2,
    "mlp_ratio": 2.0, "out_chans": 32, "qkv_bias": True, "use_rel_pos": True, "window_size": 4,
    "global_attn_indexes": [1], "layer_norm_eps": 1e-6, "prompt_embed_dim": 32, "mask_in_chans": 4,
    "decoder_depth": 2, "decoder_mlp_dim": 64, "decoder_num_heads": 2, "num_multimask_outputs": 3,
    "iou_head_depth": 3, "iou_head_hidden_dim": 32,
}  # fmt: skip


def build_sam_skeleton(arch: dict[str, Any]) -> Sam:
    """An untrained `Sam` of the given shape (keys as in TINY_SAM), from segment_anything.modeling classes."""
    grid = arch["img_size"] // arch["patch_size"]
    encoder = ImageEncoderViT(
        img_size=arch["img_size"], patch_size=arch["patch_size"], embed_dim=arch["encoder_embed_dim"],
        depth=arch["encoder_depth"], num_heads=arch["encoder_num_heads"], mlp_ratio=arch["mlp_ratio"],
        out_chans=arch["out_chans"], qkv_bias=arch["qkv_bias"], use_rel_pos=arch["use_rel_pos"],
        window_size=arch["window_size"], global_attn_indexes=tuple(arch["global_attn_indexes"]),
        norm_layer=partial(torch.nn.LayerNorm, eps=arch["layer_norm_eps"]),
    )  # fmt: skip
    prompt = PromptEncoder(
        embed_dim=arch["prompt_embed_dim"], image_embedding_size=(grid, grid),
        input_image_size=(arch["img_size"], arch["img_size"]), mask_in_chans=arch["mask_in_chans"],
    )  # fmt: skip
    decoder = MaskDecoder(
        num_multimask_outputs=arch["num_multimask_outputs"],
        transformer=TwoWayTransformer(
            depth=arch["decoder_depth"], embedding_dim=arch["prompt_embed_dim"], mlp_dim=arch["decoder_mlp_dim"],
            num_heads=arch["decoder_num_heads"],
        ),
        transformer_dim=arch["prompt_embed_dim"], iou_head_depth=arch["iou_head_depth"],
        iou_head_hidden_dim=arch["iou_head_hidden_dim"],
    )  # fmt: skip
    return Sam(encoder, prompt, decoder, pixel_mean=[123.675, 116.28, 103.53], pixel_std=[58.395, 57.12, 57.375])


def _load_into(model: Sam, checkpoint: Path | str, model_type: str) -> Sam:
    state = load_tensor_file(checkpoint, "SAM checkpoint", "a SAM state dict such as sam_vit_h_4b8939.pth")
    if not isinstance(state, dict):
        raise WeightsFileError(f"SAM checkpoint {checkpoint} holds a {type(state).__name__}, not a state dict")
    try:
        model.load_state_dict(state, strict=True)
    except RuntimeError as e:
        raise WeightsFileError(f"SAM checkpoint {checkpoint} does not fit the chosen model type {model_type!r} "
                               f"(masks.sam.model_type; expected that model's state dict): {str(e)[:500]}") from None
    return model.eval()


def _official(model_type: str) -> Callable[[Path | str], Sam]:
    def build(checkpoint: Path | str) -> Sam:
        return _load_into(sam_model_registry[model_type](checkpoint=None), checkpoint, model_type)

    return build


SAM_BUILDERS: dict[str, Callable[[Path | str], Sam]] = {
    "vit_h": _official("vit_h"),
    "vit_l": _official("vit_l"),
    "vit_b": _official("vit_b"),
    "tiny": lambda checkpoint: _load_into(build_sam_skeleton(TINY_SAM), checkpoint, "tiny"),
}


def load_sam(model_type: str, checkpoint: Path | str, device: str | torch.device = "cpu") -> Sam:
    """Build SAM `model_type` and load its state dict from `checkpoint` (a plain state-dict file, like
    sam_vit_h_4b8939.pth). Errors name the file and what was expected."""
    if model_type not in SAM_BUILDERS:
        raise ConfigError(f"masks.sam.model_type: unknown SAM model {model_type!r} (known: {', '.join(SAM_BUILDERS)})")
    path = Path(checkpoint)
    if not path.is_file():
        raise FileNotFoundError(
            f"SAM checkpoint not found: {path} (masks.sam.checkpoint; for vit_h place sam_vit_h_4b8939.pth there)"
        )
    return SAM_BUILDERS[model_type](path).to(device)


def save_random_tiny_sam(path: Path | str, seed: int) -> None:
    """Write a tiny SAM with PyTorch's default random init (seeded) as a state-dict file, atomically."""
    from .files import atomic_path

    with torch.random.fork_rng():
        torch.manual_seed(seed)
        model = build_sam_skeleton(TINY_SAM)
    with atomic_path(path) as tmp:
        torch.save(model.state_dict(), tmp)


# --------------------------------------------------------------------------------------------------------------
# Per-batch filtering (pure): which of the N×3 predictions of one batch survive, and why the others do not.

FATE_IOU, FATE_STABILITY, FATE_CROP_EDGE, FATE_NMS, FATE_KEPT = range(5)


@dataclass(frozen=True)
class LevelThresholds:
    """The FMA filter settings of METHOD §3.1 (thresholds compared in float32, as the reference does)."""

    pred_iou_thresh: float = 0.86
    stability_score_thresh: float = 0.92
    stability_score_offset: float = 1.0
    score_thresh_offset: tuple[float, float, float] = (0.0, 0.0, 0.1)
    score_nms_offset: tuple[float, float, float] = (0.0, 0.0, 1.0)
    stability_score_bias: tuple[float, float, float] = (0.0, 0.0, 0.0)
    mask_threshold: float = 0.0


def filter_batch(
    logits: torch.Tensor, iou_preds: torch.Tensor, th: LevelThresholds, crop_box: list[int], orig_hw: tuple[int, int]
) -> tuple[torch.Tensor, dict[str, torch.Tensor]]:
    """Filter one batch of SAM predictions. logits (N, 3, h, w) float32 at crop size; iou_preds (N, 3).

    Rows are point-major, level-minor (flat index = point·3 + level). Returns the fate of every row (int8 (3N,):
    FATE_IOU, FATE_STABILITY, FATE_CROP_EDGE, or -1 for a survivor) and the survivors' columns: `index` (flat),
    `level`, `masks` (bool, crop frame), `boxes` (xyxy, inclusive max, crop frame), `iou_preds`,
    `iou_preds_thresh`, `iou_preds_nms`, `stability_score`, `stability_score_bias`.
    """
    n = logits.shape[0]
    device = logits.device
    level = torch.arange(NUM_LEVELS, device=device).repeat(n)
    flat_logits = logits.flatten(0, 1)
    iou = iou_preds.flatten(0, 1).float()
    f32 = partial(torch.tensor, dtype=torch.float32, device=device)
    iou_thresh = iou + f32(th.score_thresh_offset)[level]
    iou_nms = iou + f32(th.score_nms_offset)[level]
    bias = f32(th.stability_score_bias)[level]
    fate = torch.full((n * NUM_LEVELS,), -1, dtype=torch.int8, device=device)

    alive = torch.ones_like(fate, dtype=torch.bool)
    if th.pred_iou_thresh > 0.0:
        failed = ~(iou_thresh > f32(th.pred_iou_thresh))
        fate[failed] = FATE_IOU
        alive &= ~failed
    stability = torch.full_like(iou, float("nan"))
    stability[alive] = calculate_stability_score(flat_logits[alive], th.mask_threshold, th.stability_score_offset)
    if th.stability_score_thresh > 0.0:
        failed = alive & ~(stability + bias >= f32(th.stability_score_thresh))  # NaN fails
        fate[failed] = FATE_STABILITY
        alive &= ~failed
    masks = flat_logits[alive] > th.mask_threshold
    boxes = batched_mask_to_box(masks).long()
    h, w = orig_hw
    near_edge = is_box_near_crop_edge(boxes, crop_box, [0, 0, w, h])
    index = torch.nonzero(alive).flatten()
    fate[index[near_edge]] = FATE_CROP_EDGE
    keep = ~near_edge
    index = index[keep]
    survivors = {
        "index": index, "level": level[index], "masks": masks[keep], "boxes": boxes[keep], "iou_preds": iou[index],
        "iou_preds_thresh": iou_thresh[index], "iou_preds_nms": iou_nms[index], "stability_score": stability[index],
        "stability_score_bias": bias[index],
    }  # fmt: skip
    return fate, survivors


def _xyxy_to_xywh(boxes: np.ndarray) -> np.ndarray:
    """int64 (S, 4) XYWH of xyxy boxes (SAM's width: x1 − x0 on the inclusive-max box)."""
    xywh = np.asarray(boxes, dtype=np.int64).reshape(-1, 4).copy()
    xywh[:, 2:] -= xywh[:, :2]
    return xywh


def _nms_filter(data: MaskData, scores: torch.Tensor, threshold: float) -> None:
    """Keep the rows that survive stable box NMS, in descending score order."""
    data.filter(stable_nms(data["boxes"].float(), scores, threshold))


class FMASamMaskGenerator(SamAutomaticMaskGenerator):
    """SAM automatic mask generation with the FMA-WSSS changes; `generate` returns a MaskSet (before the RSW filter)."""

    def __init__(
        self,
        model: Sam,
        *,
        score_thresh_offset: tuple[float, float, float] = (0.0, 0.0, 0.1),
        score_nms_offset: tuple[float, float, float] = (0.0, 0.0, 1.0),
        stability_score_bias: tuple[float, float, float] = (0.0, 0.0, 0.0),
        bf16: bool = False,
        **amg_kwargs: Any,
    ):
        super().__init__(model, output_mode="uncompressed_rle", **amg_kwargs)
        self.thresholds = LevelThresholds(
            self.pred_iou_thresh, self.stability_score_thresh, self.stability_score_offset,
            tuple(score_thresh_offset), tuple(score_nms_offset), tuple(stability_score_bias), model.mask_threshold,
        )  # fmt: skip
        self.bf16 = bf16

    def _autocast(self) -> contextlib.AbstractContextManager:
        if not self.bf16:
            return contextlib.nullcontext()
        return torch.autocast(device_type=self.predictor.device.type, dtype=torch.bfloat16)

    def _process_batch(self, points, im_size, crop_box, orig_size, first_point: int = 0) -> MaskData:
        coords = self.predictor.transform.apply_coords(points, im_size)
        coords = torch.as_tensor(coords, device=self.predictor.device)
        labels = torch.ones(coords.shape[0], dtype=torch.int, device=coords.device)
        with self._autocast():
            logits, iou_preds, _ = self.predictor.predict_torch(
                coords[:, None, :], labels[:, None], multimask_output=True, return_logits=True
            )
        _, kept = filter_batch(logits.float(), iou_preds.float(), self.thresholds, crop_box, orig_size)
        point_of = kept.pop("index") // NUM_LEVELS
        masks = uncrop_masks(kept.pop("masks"), crop_box, *orig_size)
        data = MaskData(**kept)
        data["points"] = torch.as_tensor(points)[point_of.cpu()]
        data["point_index"] = point_of + first_point
        data["rles"] = mask_to_rle_pytorch(masks)
        return data

    def _process_crop(self, image, crop_box, crop_layer_idx, orig_size) -> MaskData:
        x0, y0, x1, y1 = crop_box
        crop = image[y0:y1, x0:x1, :]
        with self._autocast():
            self.predictor.set_image(crop)
        points = self.point_grids[crop_layer_idx] * np.array(crop.shape[:2])[None, ::-1]
        data = MaskData()
        for start in range(0, len(points), self.points_per_batch):
            batch = points[start : start + self.points_per_batch]
            data.cat(self._process_batch(batch, crop.shape[:2], crop_box, orig_size, first_point=start))
        self.predictor.reset_image()
        _nms_filter(data, data["iou_preds_nms"], self.box_nms_thresh)
        data["boxes"] = uncrop_boxes_xyxy(data["boxes"], crop_box)
        data["points"] = uncrop_points(data["points"], crop_box)
        data["crop_boxes"] = torch.tensor(crop_box).repeat(len(data["rles"]), 1)
        return data

    def _generate_masks(self, image: np.ndarray) -> MaskData:
        orig_size = image.shape[:2]
        crop_boxes, layer_idxs = generate_crop_boxes(orig_size, self.crop_n_layers, self.crop_overlap_ratio)
        data = MaskData()
        for crop_index, (crop_box, layer_idx) in enumerate(zip(crop_boxes, layer_idxs)):
            crop_data = self._process_crop(image, crop_box, layer_idx, orig_size)
            crop_data["crop_index"] = torch.full((len(crop_data["rles"]),), crop_index)
            data.cat(crop_data)
        if len(crop_boxes) > 1:
            # Masks from smaller crops win; all masks of one crop tie, broken by the lower index.
            crop_wh = (data["crop_boxes"][:, 2:] - data["crop_boxes"][:, :2]).float()
            _nms_filter(data, 1 / (crop_wh[:, 0] * crop_wh[:, 1]), self.crop_nms_thresh)
        return data

    def _remove_small_regions(self, data: MaskData) -> None:
        """Fill small holes, then drop small islands (official amg helpers); NMS prefers unchanged masks."""
        masks, unchanged = [], []
        for rle in data["rles"]:
            mask, holes_changed = remove_small_regions(rle_to_mask(rle), self.min_mask_region_area, mode="holes")
            mask, islands_changed = remove_small_regions(mask, self.min_mask_region_area, mode="islands")
            masks.append(torch.as_tensor(mask))
            unchanged.append(not (holes_changed or islands_changed))
        masks = torch.stack(masks)
        boxes = batched_mask_to_box(masks)
        keep = stable_nms(boxes.float(), torch.tensor(unchanged, dtype=torch.float32), max(self.box_nms_thresh, self.crop_nms_thresh))
        for i in keep.tolist():
            if not unchanged[i]:
                data["rles"][i] = mask_to_rle_pytorch(masks[i : i + 1])[0]
                data["boxes"][i] = boxes[i]
        data.filter(keep)

    @torch.no_grad()
    def generate_maskdata(self, image: np.ndarray) -> MaskData:
        """METHOD §3.2 steps 1-4 on an RGB uint8 (H, W, 3) image; rows in output order, columns as numpy."""
        data = self._generate_masks(image)
        if not len(data["rles"]):
            return MaskData(rles=[])
        if self.min_mask_region_area > 0:
            self._remove_small_regions(data)
        data.to_numpy()
        return data

    def generate(self, image: np.ndarray) -> MaskSet:  # type: ignore[override]
        return maskset_from_maskdata(self.generate_maskdata(image), image.shape[:2])


def maskset_from_maskdata(data: MaskData, image_hw: tuple[int, int]) -> MaskSet:
    """The MaskSet (fma_wsss.rle: COCO compressed RLE, XYWH boxes) of generate_maskdata's output (numpy columns)."""
    rles = data["rles"]
    if not rles:
        return MaskSet.from_binary(np.zeros((0, *image_hw), bool), [])
    return MaskSet(
        image_hw[0], image_hw[1], [coco_encode_rle(r)["counts"].encode() for r in rles],
        level=data["level"], area=[area_from_rle(r) for r in rles], bbox=_xyxy_to_xywh(data["boxes"]),
        predicted_iou=data["iou_preds"], predicted_iou_thresh=data["iou_preds_thresh"],
        predicted_iou_nms=data["iou_preds_nms"], stability_score=data["stability_score"],
        stability_score_bias=data["stability_score_bias"], point_coords=data["points"],
        crop_box=_xyxy_to_xywh(data["crop_boxes"]),
    )  # fmt: skip


def build_sam_generator(sam: dict[str, Any], device: str | torch.device | None = None) -> FMASamMaskGenerator:
    """The FMA generator configured from the `masks.sam` config section; CUDA when available."""
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    model = load_sam(sam["model_type"], sam["checkpoint"], device)
    return FMASamMaskGenerator(
        model,
        points_per_side=sam["points_per_side"], points_per_batch=sam["points_per_batch"],
        pred_iou_thresh=sam["pred_iou_thresh"], stability_score_thresh=sam["stability_score_thresh"],
        stability_score_offset=sam["stability_score_offset"], box_nms_thresh=sam["box_nms_thresh"],
        crop_n_layers=sam["crop_n_layers"], crop_nms_thresh=sam["crop_nms_thresh"],
        crop_overlap_ratio=sam["crop_overlap_ratio"],
        crop_n_points_downscale_factor=sam["crop_n_points_downscale_factor"],
        min_mask_region_area=sam["min_mask_region_area"], score_thresh_offset=sam["score_thresh_offset"],
        score_nms_offset=sam["score_nms_offset"], stability_score_bias=sam["stability_score_bias"], bf16=sam["bf16"],
    )  # fmt: skip
