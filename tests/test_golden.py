"""Golden cases: our functions against the reference implementation's outputs on fixed inputs.

Cases are read from $FMA_WSSS_GOLDEN (default ../shared/golden). One test per case file, id '<target>/<stem>', for
every target this project implements; the whole module skips only when the folder is absent, unless
$FMA_WSSS_REQUIRE_GOLDEN is 1 (.ci/run sets it): then an absent folder is a collection error naming it. A case of an
implemented target that cannot be read or run fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Callable

import numpy as np
import pytest

from fma_wsss.masks import rock_sand_water_order
from fma_wsss.metrics import confusion_matrix, scores_from_confusion

GOLDEN = Path(os.environ.get("FMA_WSSS_GOLDEN", Path(__file__).resolve().parents[2] / "shared" / "golden"))
REQUIRE_GOLDEN = "FMA_WSSS_REQUIRE_GOLDEN"
if os.environ.get(REQUIRE_GOLDEN) == "1" and not GOLDEN.is_dir():
    raise FileNotFoundError(f"golden folder {GOLDEN} is absent, and {REQUIRE_GOLDEN}=1 requires its cases (set "
                            "FMA_WSSS_GOLDEN to the folder that holds them)")  # fmt: skip


def close(actual, expected, tol) -> None:
    """Compare per the case's tolerance entry: 'exact', or {'rtol', 'atol'} (NaN positions must match)."""
    actual, expected = np.asarray(actual), np.asarray(expected)
    assert actual.shape == expected.shape, (actual.shape, expected.shape)
    if tol == "exact":
        np.testing.assert_array_equal(actual, expected)
    else:
        np.testing.assert_allclose(actual, expected, rtol=tol.get("rtol", 1e-5), atol=tol.get("atol", 1e-6), equal_nan=True)


def check_miou(case: dict, params: dict, tol: dict) -> None:
    k = params["K"]
    total = np.zeros((k, k), np.int64)
    pair_miou = []
    for pred, gt in zip(case["in_preds"], case["in_gts"]):
        conf = confusion_matrix(pred, gt, k)
        total += conf
        pair_miou.append(scores_from_confusion(conf).miou)
    scores = scores_from_confusion(total)
    close(scores.conf_matrix, case["out_conf_matrix"], tol.get("out_conf_matrix", "exact"))
    close(scores.valid, case["out_valid"], tol.get("out_valid", "exact"))
    close(scores.cls_iou, case["out_cls_IoU"], tol["out_cls_IoU"])
    close(scores.miou, case["out_mIoU"], tol["out_mIoU"])
    close(pair_miou, case["out_pair_mIoU"], tol["out_pair_mIoU"])


def check_rsw_filter(case: dict, params: dict, tol: dict) -> None:
    import torch

    import fma_wsss.torchvision_compat  # noqa: F401  (before segment_anything imports torchvision)
    from segment_anything.utils.amg import area_from_rle, mask_to_rle_pytorch

    masks = case["in_masks"]
    keep = rock_sand_water_order(masks, case["in_levels"], params["rock_sand_water_thresh"], params["rock_sand_water_chunk_size"])
    close(keep, case["out_keep_idx"], "exact")
    close(case["in_levels"][keep], case["out_keep_levels"], "exact")
    # The SAM RLE codec that the SAM backend relies on (official amg.py): column-major runs, zeros first.
    rles = mask_to_rle_pytorch(torch.from_numpy(masks))
    close(np.concatenate([r["counts"] for r in rles]), case["out_rle_counts"], "exact")
    close([len(r["counts"]) for r in rles], case["out_rle_lengths"], "exact")
    close([area_from_rle(r) for r in rles], case["out_area_from_rle"], "exact")


class StubPredictor:
    """Stands in for SamPredictor: hands out the case's logits and IoUs batch by batch, in call order."""

    def __init__(self, logits, iou_preds):
        import torch
        from segment_anything.utils.transforms import ResizeLongestSide

        self.logits, self.iou_preds, self.position = logits, iou_preds, 0
        self.device = torch.device("cpu")
        self.transform = ResizeLongestSide(1024)

    def set_image(self, image):
        pass

    def reset_image(self):
        pass

    def predict_torch(self, point_coords, point_labels, multimask_output, return_logits):
        assert multimask_output and return_logits and (point_labels == 1).all()
        a, self.position = self.position, self.position + point_coords.shape[0]
        return self.logits[a : self.position], self.iou_preds[a : self.position], None


AMG_KEYS = ("points_per_batch", "pred_iou_thresh", "stability_score_thresh", "stability_score_offset", "box_nms_thresh",
            "score_thresh_offset", "score_nms_offset", "stability_score_bias")  # fmt: skip


def check_sam_batch_filter(case: dict, params: dict, tol: dict) -> None:
    import torch

    from fma_wsss.sam import FATE_KEPT, FATE_NMS, TINY_SAM, FMASamMaskGenerator, build_sam_skeleton, filter_batch

    logits = torch.from_numpy(case["in_logits"].astype(np.float32))
    iou_preds = torch.from_numpy(case["in_iou_preds"])
    gen = FMASamMaskGenerator(build_sam_skeleton(TINY_SAM), points_per_side=None, point_grids=[case["in_point_grid"]],
                              **{k: params[k] for k in AMG_KEYS})  # fmt: skip
    gen.predictor = StubPredictor(logits, iou_preds)
    h, w = case["in_orig_hw"].tolist()
    crop_box = case["in_crop_box"].tolist()
    data = gen._process_crop(np.zeros((h, w, 3), np.uint8), crop_box, 0, (h, w))
    keep = (data["point_index"] * 3 + data["level"]).numpy()
    close(keep, case["out_keep_idx"], "exact")
    for ours, key in [("level", "out_level"), ("boxes", "out_boxes"), ("iou_preds", "out_predicted_iou"),
                      ("iou_preds_thresh", "out_iou_thresh"), ("iou_preds_nms", "out_iou_nms"),
                      ("stability_score", "out_stability_score"), ("stability_score_bias", "out_stability_score_bias"),
                      ("points", "out_points"), ("crop_boxes", "out_crop_boxes")]:  # fmt: skip
        close(data[ours].numpy(), case[key], tol.get(key, "exact"))
    rles = [r["counts"] for r in data["rles"]]
    close(np.concatenate(rles) if rles else np.zeros(0, np.int64), case["out_rle_counts"], "exact")
    close([len(r) for r in rles], case["out_rle_lengths"], "exact")
    # fates and the pre-NMS set, batch by batch through the pure filter
    ppb, fates, pre = params["points_per_batch"], [], []
    for a in range(0, logits.shape[0], ppb):
        fate, kept = filter_batch(logits[a : a + ppb], iou_preds[a : a + ppb], gen.thresholds, crop_box, (h, w))
        fates.append(fate)
        pre.append((kept["index"] + 3 * a, kept["boxes"], kept["stability_score"], kept["iou_preds_nms"]))
    fate = torch.cat(fates).numpy()
    pre_idx = torch.cat([p[0] for p in pre]).numpy()
    fate[pre_idx] = FATE_NMS
    fate[keep] = FATE_KEPT
    close(fate, case["out_fate"], "exact")
    close(pre_idx, case["out_pre_nms_idx"], "exact")
    close(torch.cat([p[1] for p in pre]).numpy(), case["out_pre_nms_boxes"], "exact")
    close(torch.cat([p[2] for p in pre]).numpy(), case["out_pre_nms_stability"], tol["out_pre_nms_stability"])
    close(torch.cat([p[3] for p in pre]).numpy(), case["out_pre_nms_iou_nms"], tol["out_pre_nms_iou_nms"])


GENERATOR_KEYS = ("points_per_side", "points_per_batch", "pred_iou_thresh", "stability_score_thresh",
                  "stability_score_offset", "box_nms_thresh", "crop_n_layers", "crop_nms_thresh", "crop_overlap_ratio",
                  "crop_n_points_downscale_factor", "min_mask_region_area", "score_thresh_offset", "score_nms_offset",
                  "stability_score_bias", "rock_sand_water_thresh", "rock_sand_water_chunk_size")  # fmt: skip


def check_sam_generate_tiny(case: dict, params: dict, tol: dict) -> None:
    import torch

    from fma_wsss.sam import FMASamMaskGenerator, build_sam_skeleton, maskset_from_maskdata

    state = {k[len("in_sd__") :].replace("__", "."): torch.from_numpy(case[k]) for k in case if k.startswith("in_sd__")}
    sam = build_sam_skeleton(params["tiny_sam"])
    sam.load_state_dict(state, strict=True)
    gen = FMASamMaskGenerator(sam.eval(), **{k: params[k] for k in GENERATOR_KEYS if not k.startswith("rock_")})
    all_iou = []
    predict = gen.predictor.predict_torch

    def recording_predict(*args, **kwargs):
        out = predict(*args, **kwargs)
        all_iou.append(out[1])
        return out

    gen.predictor.predict_torch = recording_predict
    data = gen.generate_maskdata(case["in_image"])  # METHOD §3.2 steps 1-4
    masks = maskset_from_maskdata(data, case["in_image"].shape[:2])  # what the store receives
    order = rock_sand_water_order(masks.decode(), masks.level, params["rock_sand_water_thresh"], params["rock_sand_water_chunk_size"])
    masks = masks.select(order)  # step 5, as fma_wsss.masks.quasi_superpixels applies it to every backend
    rles = [data["rles"][i] for i in order]
    close(torch.cat(all_iou).numpy(), case["out_all_iou_preds"], tol["out_all_iou_preds"])
    key = np.stack([data["crop_index"], data["point_index"], data["level"]], 1)[order]
    close(key, case["out_key"], "exact")
    close(np.concatenate([r["counts"] for r in rles]), case["out_rle_counts"], "exact")
    close([len(r["counts"]) for r in rles], case["out_rle_lengths"], "exact")
    for ours, key in [("level", "out_level"), ("area", "out_area"), ("bbox", "out_bbox"), ("crop_box", "out_crop_box"),
                      ("predicted_iou", "out_predicted_iou"), ("predicted_iou_thresh", "out_predicted_iou_thresh"),
                      ("predicted_iou_nms", "out_predicted_iou_nms"), ("stability_score", "out_stability_score"),
                      ("stability_score_bias", "out_stability_score_bias"), ("point_coords", "out_point_coords")]:  # fmt: skip
        close(getattr(masks, ours), case[key], tol.get(key, "exact"))
    np.testing.assert_array_equal(masks.decode(), np.stack([rle_to_mask(r) for r in rles]))


def rle_to_mask(rle):
    from segment_anything.utils.amg import rle_to_mask as decode

    return decode(rle)


def check_masked_softmax(case: dict, params: dict, tol: dict) -> None:
    import torch

    from fma_wsss.gradcam import masked_softmax

    logits = torch.from_numpy(case["in_logits"]).requires_grad_(True)
    probs = masked_softmax(logits, torch.from_numpy(case["in_mask"]), params["epsilon"])
    (probs * torch.from_numpy(case["in_weights"])).sum().backward()
    close(probs.detach(), case["out_probs"], tol["out_probs"])
    close(logits.grad, case["out_grad_logits"], tol["out_grad_logits"])


def check_cl_loss(case: dict, params: dict, tol: dict) -> None:
    import torch

    from fma_wsss.losses import multilabel_cl_loss

    scores = torch.from_numpy(case["in_S"]).requires_grad_(True)
    loss = multilabel_cl_loss(scores, torch.from_numpy(case["in_cls_lb"]), params["reduce"])
    loss.backward()
    close(loss.detach(), case["out_loss"], tol["out_loss"])
    close(scores.grad, case["out_grad_S"], tol["out_grad_S"])


def check_cam_loss(case: dict, params: dict, tol: dict) -> None:
    import torch

    from fma_wsss.losses import cam_activation_loss

    cam = torch.from_numpy(case["in_pos_cam"]).requires_grad_(True)
    pos_index = torch.nonzero(torch.from_numpy(case["in_fg_cls_lb"]))
    fg, bg = cam_activation_loss(cam, pos_index, torch.from_numpy(case["in_lb"]).long())
    close(fg.detach(), case["out_fg_loss"], tol["out_fg_loss"])
    close(bg.detach(), case["out_bg_loss"], tol["out_bg_loss"])
    for loss, key in [(fg, "out_grad_fg"), (bg, "out_grad_bg"), (fg + bg, "out_grad_total")]:
        close(torch.autograd.grad(loss, cam, retain_graph=True)[0], case[key], tol[key])


def check_lr_schedule(case: dict, params: dict, tol: dict) -> None:
    from fma_wsss.prompts import lr_at

    lrs = [lr_at(int(i), params["max_iter"], params["warm_iters"], params["base_lr"], params["warm_lr"]) for i in case["in_iteration"]]
    close(lrs, case["out_lr"], tol["out_lr"])


def check_pos_emb_resize(case: dict, params: dict, tol: dict) -> None:
    import torch

    from fma_wsss.clip import scale_pos_emb

    out = scale_pos_emb(torch.from_numpy(case["in_pos_emb"]), params["emb_h"], params["emb_w"])
    close(out, case["out_pos_emb_scaled"], tol["out_pos_emb_scaled"])


def token_embedding(case: dict, width: int):
    """An nn.Embedding holding the case's token rows (the only rows the prompts use)."""
    import torch

    emb = torch.nn.Embedding(49408, width)
    with torch.no_grad():
        emb.weight.zero_()
        emb.weight[torch.from_numpy(case["in_token_ids"])] = torch.from_numpy(case["in_token_emb_rows"])
    return emb


def check_prompt_learner(case: dict, params: dict, tol: dict) -> None:
    import torch

    from fma_wsss.coop import PromptLearner

    learner = PromptLearner(params["classnames"], token_embedding(case, params["ctx_dim"]), params["n_ctx"],
                            params["csc"], params["cls_token_pos"], params["ctx_std"])  # fmt: skip
    rng = torch.get_rng_state()
    learner.initialize(params["init_seed"])
    assert torch.equal(rng, torch.get_rng_state()), "initialize must leave the global RNG untouched"
    close(learner.tokenized_prompts, case["out_tokenized_prompts"], "exact")
    close(learner.name_lens, case["out_name_lens"], "exact")
    close(learner.ctx.detach(), case["out_ctx"], "exact")
    close(learner().detach(), case["out_prompts"], "exact")


def tiny_openai_clip(arch: dict):
    """open_clip CLIP with the reference's tiny CLIP shape (OpenAI layout: QuickGELU, 64-wide vision heads)."""
    import open_clip

    return open_clip.CLIP(
        embed_dim=arch["embed_dim"],
        vision_cfg=dict(image_size=arch["image_resolution"], layers=arch["vision_layers"], width=arch["vision_width"],
                        head_width=64, patch_size=arch["vision_patch_size"]),
        text_cfg=dict(context_length=arch["context_length"], vocab_size=arch["vocab_size"],
                      width=arch["transformer_width"], heads=arch["transformer_heads"], layers=arch["transformer_layers"]),
        quick_gelu=True,
    )  # fmt: skip


def check_gradcam_clip(case: dict, params: dict, tol: dict) -> None:
    import torch

    import fma_wsss.torchvision_compat  # noqa: F401
    from fma_wsss.coop import PromptLearner
    from fma_wsss.gradcam import GradCAMCLIP, masked_softmax
    from fma_wsss.losses import cam_activation_loss, multilabel_cl_loss

    arch = params["tiny_clip"]
    model = tiny_openai_clip(arch)
    state = {k[len("in_sd__") :].replace("__", "."): torch.from_numpy(case[k].astype(np.float32)) for k in case if k.startswith("in_sd__")}
    state["token_embedding.weight"] = token_embedding(case, arch["transformer_width"]).weight.detach()
    model.load_state_dict(state, strict=True)
    model.eval().requires_grad_(False)
    ctx_cfg = params["ctx_cfg"]
    learner = PromptLearner(params["classnames"], model.token_embedding, ctx_cfg["n_ctx"], ctx_cfg["csc"],
                            ctx_cfg["cls_token_pos"], ctx_cfg["ctx_std"])  # fmt: skip
    learner.initialize(params["init_seed"])
    close(learner.ctx.detach(), case["in_ctx"], "exact")
    net = GradCAMCLIP(model, learner, params["C_fg"])
    fg_labels = torch.from_numpy(case["in_fg_cls_lb"])
    out = net(torch.from_numpy(case["in_img"]), fg_labels, create_graph=params["mode"] == "train")
    cl = multilabel_cl_loss(out.logits[:, : params["C_fg"]], fg_labels)
    cam_fg, cam_bg = cam_activation_loss(out.pos_cam, out.pos_index, torch.from_numpy(case["in_lb"]).long())
    mask = torch.ones_like(out.logits, dtype=torch.bool)
    mask[:, : params["C_fg"]] = fg_labels.bool()
    for value, key in [(out.logits, "out_logits"), (masked_softmax(out.logits, mask), "out_sm_logits"), (out.pos_cam, "out_pos_cam"),
                       (out.img_emb, "out_img_emb"), (torch.stack(out.att_weights), "out_att_weights"),
                       (cl, "out_cl_loss"), (cam_fg, "out_cam_fg_loss"), (cam_bg, "out_cam_bg_loss")]:  # fmt: skip
        close(value.detach(), case[key], tol[key])
    pairs = out.pos_index.numpy()  # each pair's share is the reference's masked softmax at it (what T2 logs)
    close(out.pos_share, case["out_sm_logits"][pairs[:, 0], pairs[:, 1]], tol["out_sm_logits"])
    if "out_grad_ctx_cl" in case:
        close(torch.autograd.grad(cl, learner.ctx, retain_graph=True)[0], case["out_grad_ctx_cl"], tol["out_grad_ctx_cl"])
        close(torch.autograd.grad(cam_fg + cam_bg, learner.ctx)[0], case["out_grad_ctx_cam"], tol["out_grad_ctx_cam"])


def check_cam_score_seed(case: dict, params: dict, tol: dict) -> None:
    import torch

    from fma_wsss.scores import cam_to_score, scores_to_seed, with_background

    scores = with_background(cam_to_score(torch.from_numpy(case["in_cam"]), tuple(params["dsize"])), params["bg_method"]["pow"])
    seed = scores_to_seed(scores, torch.from_numpy(case["in_fg_cls"]))
    solid = ~case["out_seed_fragile_px"]
    close(seed.numpy()[solid], case["out_seed"][solid], "exact")
    close(scores, case["out_score"], tol["out_score"])


def check_caa_scoremap2bbox(case: dict, params: dict, tol: dict) -> None:
    from fma_wsss.caa import box_mask, scoremap_boxes

    boxes = scoremap_boxes(case["in_scoremap"], params["threshold"])
    assert sorted(map(tuple, boxes.tolist())) == sorted(map(tuple, case["out_boxes"].tolist()))  # contour order aside
    close(len(boxes), case["out_n_contours"], "exact")
    close(box_mask(boxes, case["in_scoremap"].shape), case["out_box_mask"], "exact")


def check_caa_att_cam(case: dict, params: dict, tol: dict) -> None:
    import torch

    from fma_wsss.caa import merge_attention, refine_cam, sinkhorn_affinity

    att = torch.from_numpy(case["in_att"].astype(np.float32))
    out = refine_cam(att, torch.from_numpy(case["in_cam"]), params["thresh"], params["n_iters"], params["sinkhorn_n_iter"],
                     params["aff_at"])  # fmt: skip
    close(out.cam, case["out_cam_affed"], tol["out_cam_affed"])
    close(out.score, case["out_score"], tol["out_score"])
    assert sorted(map(tuple, out.boxes.tolist())) == sorted(map(tuple, case["out_boxes"].tolist()))
    close(out.box_mask, case["out_box_mask"], "exact")
    merged = merge_attention(att, params["last_n_layers"]) if att.dim() == 3 else att
    if "out_att_merged" in case:
        close(merged, case["out_att_merged"], tol["out_att_merged"])
    if "out_aff" in case:
        affinity = sinkhorn_affinity(merged, params["sinkhorn_n_iter"])
        close(affinity, case["out_aff"], tol["out_aff"])
        close(torch.linalg.matrix_power(affinity, params["n_iters"]), case["out_aff_pow"], tol["out_aff_pow"])


def check_sams_seed(case: dict, params: dict, tol: dict) -> None:
    from fma_wsss.seeds import sam_seed
    from fma_wsss.rle import MaskRuns, MaskSet

    masks = case["in_masks"]
    runs = MaskSet.from_binary(masks, case["in_levels"]).runs()  # through the stored form: COCO RLE strings
    dense_runs = MaskRuns.from_dense(masks)
    assert all(np.array_equal(getattr(runs, k), getattr(dense_runs, k)) for k in ("start", "end", "owner"))
    assert runs.areas().tolist() == case["in_areas"].tolist()
    out = sam_seed(runs, case["in_levels"], case["in_cam"].astype(np.float32), case["in_fg_cls"], params["gamma"])
    solid = ~case["out_seed_fragile_px"]
    close(out.seed[solid], case["out_seed"][solid], "exact")
    close(out.mask_label, case["out_mask_label"], "exact")
    for key in ("mask_score", "mask_conf", "fg_mean"):
        close(getattr(out, key), case[f"out_{key}"], tol[f"out_{key}"])
    if json.loads(str(case["meta"]))["notes"].get("paint_order_near_ties_same_level", 0) == 0:
        close(out.paint_order, case["out_paint_order"], "exact")


CHECKS: dict[str, Callable[[dict, dict, dict], None]] = {
    "sams_seed": check_sams_seed,
    "caa_scoremap2bbox": check_caa_scoremap2bbox,
    "caa_att_cam": check_caa_att_cam,
    "masked_softmax": check_masked_softmax,
    "cl_loss": check_cl_loss,
    "cam_loss": check_cam_loss,
    "lr_schedule": check_lr_schedule,
    "pos_emb_resize": check_pos_emb_resize,
    "prompt_learner": check_prompt_learner,
    "gradcam_clip": check_gradcam_clip,
    "cam_score_seed": check_cam_score_seed,
    "miou": check_miou,
    "rsw_filter": check_rsw_filter,
    "sam_batch_filter": check_sam_batch_filter,
    "sam_generate_tiny": check_sam_generate_tiny,
}


def golden_cases() -> list:
    if not GOLDEN.is_dir():
        return []
    return [
        pytest.param(path, id=f"{target}/{path.stem}")
        for target in sorted(CHECKS)
        for path in sorted((GOLDEN / target).glob("*.npz"))
    ]


@pytest.mark.skipif(not GOLDEN.is_dir(), reason=f"golden folder {GOLDEN} is absent")
def test_golden_folder_has_cases_for_every_implemented_target():
    missing = [t for t in CHECKS if not any((GOLDEN / t).glob("*.npz"))]
    assert not missing, f"no golden cases under {GOLDEN} for {missing}"


def test_golden_requirement_turns_an_absent_folder_into_an_error(tmp_path):
    """Without the golden folder the cases skip, unless FMA_WSSS_REQUIRE_GOLDEN=1 (CI): then collection fails."""
    absent = tmp_path / "no_golden_here"
    base = {k: v for k, v in os.environ.items() if k != REQUIRE_GOLDEN}
    argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__, "-k", "not golden_requirement"]
    runs = {}
    for required in (False, True):
        env = {**base, "FMA_WSSS_GOLDEN": str(absent), **({REQUIRE_GOLDEN: "1"} if required else {})}
        runs[required] = subprocess.run(argv, cwd=Path(__file__).parents[1], env=env, capture_output=True, text=True)
    skipped, required = runs[False], runs[True]
    assert skipped.returncode == 0 and "skipped" in skipped.stdout and str(absent) in skipped.stdout, skipped.stdout
    assert "passed" not in skipped.stdout and "failed" not in skipped.stdout
    assert required.returncode != 0 and "error" in required.stdout, required.stdout
    assert f"golden folder {absent} is absent" in required.stdout, required.stdout


@pytest.mark.parametrize("path", golden_cases())
def test_golden(path: Path) -> None:
    target = path.parent.name
    with np.load(path) as data:
        case = {k: data[k] for k in data.files}
    meta = json.loads(str(case["meta"]))
    CHECKS[target](case, meta["params"], meta.get("tolerance", {}))
