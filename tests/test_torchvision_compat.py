import torch

from fma_wsss.torchvision_compat import stable_nms


def test_nms_keeps_by_score_and_suppresses_overlaps():
    boxes = torch.tensor([[0, 0, 10, 10], [1, 1, 10, 10], [20, 20, 30, 30], [0, 0, 9, 9]], dtype=torch.float32)
    scores = torch.tensor([0.5, 0.9, 0.3, 0.1])
    assert stable_nms(boxes, scores, 0.5).tolist() == [1, 2]
    assert stable_nms(boxes, scores, 0.99).tolist() == [1, 0, 2, 3]


def test_nms_ties_keep_lower_index_first():
    boxes = torch.tensor([[0, 0, 10, 10]] * 40 + [[50, 50, 60, 60]], dtype=torch.float32)
    scores = torch.ones(41)
    assert stable_nms(boxes, scores, 0.7).tolist() == [0, 40]


def test_torchvision_ops_work_after_import():
    import torchvision.ops

    boxes = torch.tensor([[0, 0, 10, 10], [0, 0, 10, 10], [0, 0, 10, 10]], dtype=torch.float32)
    kept = torchvision.ops.batched_nms(boxes, torch.tensor([0.2, 0.8, 0.5]), torch.tensor([0, 0, 1]), 0.5)
    assert sorted(kept.tolist()) == [1, 2]


def test_empty_input():
    assert stable_nms(torch.zeros((0, 4)), torch.zeros(0), 0.5).numel() == 0
