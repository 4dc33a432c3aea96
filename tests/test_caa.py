"""CAA (METHOD §9) on hand-made inputs: box quirks, the right-to-left product, masks, merging and n_iters = 0.
The reference's own outputs are checked in test_golden.py (caa_att_cam, caa_scoremap2bbox)."""

import numpy as np
import pytest
import torch

from fma_wsss.caa import box_mask, merge_attention, refine_cam, scoremap_boxes, sinkhorn_affinity


def test_boxes_keep_the_reference_border_quirk():
    score = np.zeros((6, 8), np.float32)
    score[1:3, 2:5] = 1.0  # an interior blob: its full box
    score[4:6, 6:8] = 0.9  # on the bottom-right border: loses its last row and column
    boxes = sorted(map(tuple, scoremap_boxes(score, 0.4).tolist()))
    assert boxes == [(2, 1, 5, 3), (6, 4, 7, 5)]
    mask = box_mask(np.array(boxes), score.shape)
    assert mask[1:3, 2:5].all() and mask[4, 6] and not mask[5, 7] and mask.sum() == 6 + 1
    assert scoremap_boxes(np.zeros((4, 4), np.float32), 0.5).tolist() == [[0, 0, 0, 0]]  # no contour


def test_refinement_is_the_affinity_power_applied_to_the_masked_source():
    gen = torch.Generator().manual_seed(0)
    h, w = 5, 6
    att = torch.rand(h * w, h * w, generator=gen).softmax(dim=1)
    cam = torch.randn(2, h, w, generator=gen)
    cam[1] = -1.0  # an all-negative class has no confident region: all zeros out
    for aff_at in ("score", "cam"):
        out = refine_cam(att, cam, 0.5, n_iters=3, aff_at=aff_at)
        affinity = sinkhorn_affinity(att)
        torch.testing.assert_close(affinity, affinity.t())
        source = (out.score if aff_at == "score" else cam) * torch.from_numpy(out.box_mask)
        expected = (torch.linalg.matrix_power(affinity.double(), 3) @ source.reshape(2, -1).double().t()).t()
        torch.testing.assert_close(out.cam.reshape(2, -1).double(), expected, rtol=1e-5, atol=1e-6)
        assert not out.cam[1].any() and not out.box_mask[1].any()
        assert set(out.boxes[:, 0].tolist()) == {0, 1}  # the empty class keeps its [0, 0, 0, 0] box


def test_per_block_attention_is_merged_and_zero_iterations_return_the_input():
    gen = torch.Generator().manual_seed(1)
    per_block = torch.rand(10, 1 + 12, 1 + 12, generator=gen)
    merged = merge_attention(per_block)
    torch.testing.assert_close(merged, per_block[-8:, 1:, 1:].mean(0))
    cam = torch.randn(1, 3, 4, generator=gen)
    torch.testing.assert_close(refine_cam(per_block, cam, 0.4).cam, refine_cam(merged, cam, 0.4).cam)
    assert torch.equal(refine_cam(merged, cam, 0.4, n_iters=0, aff_at="cam").cam, cam)
    with pytest.raises(ValueError, match="aff_at"):
        refine_cam(merged, cam, 0.4, aff_at="scores")
