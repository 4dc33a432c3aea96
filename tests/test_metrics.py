import numpy as np
import pytest

from fma_wsss.metrics import average_precision, confusion_matrix, scores_from_confusion


def slow_confusion(pred, gt, k):
    conf = np.zeros((k, k), np.int64)
    for g, p in zip(gt.ravel(), pred.ravel()):
        if g < k:
            conf[g, p] += 1
    return conf


@pytest.mark.parametrize("k", [2, 21, 81, 256])
def test_confusion_matches_pixel_loop(k):
    rng = np.random.default_rng(k)
    pred = rng.integers(0, k, (23, 17), dtype=np.uint8) if k < 256 else rng.integers(0, 256, (23, 17), dtype=np.uint8)
    gt = rng.integers(0, 256, (23, 17), dtype=np.uint8)
    gt[::3] = rng.integers(0, k, gt[::3].shape) if k < 256 else 7
    np.testing.assert_array_equal(confusion_matrix(pred, gt, k), slow_confusion(pred, gt, k))


def test_ignore_and_absent_classes():
    gt = np.array([[0, 0, 1, 255]], np.uint8)
    pred = np.array([[0, 2, 1, 2]], np.uint8)
    s = scores_from_confusion(confusion_matrix(pred, gt, 3))
    # class 2 is predicted once (on a bg pixel) but absent from GT: IoU 0, not valid, not in the mean
    np.testing.assert_allclose(s.cls_iou, [1 / 2, 1.0, 0.0])
    np.testing.assert_array_equal(s.valid, [True, True, False])
    assert s.miou == pytest.approx(0.75)


def test_all_ignored_gives_nan():
    s = scores_from_confusion(confusion_matrix(np.zeros((2, 2), np.uint8), np.full((2, 2), 255, np.uint8), 21))
    assert np.isnan(s.miou) and not s.valid.any()


def test_prediction_out_of_range_is_an_error():
    with pytest.raises(ValueError, match="prediction holds value 21 >= num_classes 21"):
        confusion_matrix(np.full((2, 2), 21, np.uint8), np.zeros((2, 2), np.uint8), 21)


def test_shape_and_dtype_errors():
    with pytest.raises(ValueError, match="shape"):
        confusion_matrix(np.zeros((2, 3), np.uint8), np.zeros((3, 2), np.uint8), 21)
    with pytest.raises(ValueError, match="uint8"):
        confusion_matrix(np.zeros((2, 2), np.int64), np.zeros((2, 2), np.uint8), 21)


def test_average_precision_by_hand_and_with_ties():
    assert average_precision([0.9, 0.8, 0.7, 0.6], [1, 0, 1, 0]) == pytest.approx(0.5 * 1 + 0.5 * 2 / 3)
    assert average_precision([1.0, 1.0], [0, 1]) == pytest.approx(0.5)  # one threshold, whatever the order
    assert average_precision([1.0, 1.0], [1, 0]) == pytest.approx(0.5)
    assert np.isnan(average_precision([0.3, 0.2], [0, 0]))


def test_average_precision_is_mean_precision_at_each_positive_without_ties():
    rng = np.random.default_rng(0)
    scores, labels = rng.normal(size=50), rng.random(50) < 0.3
    ranked = labels[np.argsort(-scores)]
    expected = np.mean([ranked[: k + 1].mean() for k in np.flatnonzero(ranked)])
    assert average_precision(scores, labels) == pytest.approx(expected)
