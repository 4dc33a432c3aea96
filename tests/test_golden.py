"""Golden cases: our functions against the reference implementation's outputs on fixed inputs.

Cases are read from $FMA_WSSS_GOLDEN (default ../shared/golden). One test per case file, id '<target>/<stem>', for
every target this project implements; the whole module skips only when the folder is absent. A case of an
implemented target that cannot be read or run fails.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Callable

import numpy as np
import pytest

from fma_wsss.masks import rock_sand_water_order
from fma_wsss.metrics import ConfusionMatrix, confusion_matrix, scores_from_confusion

GOLDEN = Path(os.environ.get("FMA_WSSS_GOLDEN", Path(__file__).resolve().parents[2] / "shared" / "golden"))


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
    total = ConfusionMatrix(k)
    pair_miou = []
    for pred, gt in zip(case["in_preds"], case["in_gts"]):
        total.update(pred, gt)
        pair_miou.append(scores_from_confusion(confusion_matrix(pred, gt, k)).miou)
    scores = total.scores()
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


CHECKS: dict[str, Callable[[dict, dict, dict], None]] = {
    "miou": check_miou,
    "rsw_filter": check_rsw_filter,
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


@pytest.mark.parametrize("path", golden_cases())
def test_golden(path: Path) -> None:
    target = path.parent.name
    with np.load(path) as data:
        case = {k: data[k] for k in data.files}
    meta = json.loads(str(case["meta"]))
    CHECKS[target](case, meta["params"], meta.get("tolerance", {}))
