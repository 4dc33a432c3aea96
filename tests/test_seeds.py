"""SAMS (METHOD §10) on hand-made inputs. The reference's own outputs are checked in test_golden.py (sams_seed)."""

import numpy as np

from fma_wsss.masks import mask_pixels
from fma_wsss.seeds import sam_seed


def rect(shape, y0, y1, x0, x1):
    m = np.zeros(shape, bool)
    m[y0:y1, x0:x1] = True
    return m


def test_masks_take_the_class_whose_cam_they_hold_and_paint_by_priority():
    shape = (20, 30)
    cam = np.zeros((2, *shape), np.float32)
    cam[0, 2:8, 2:10] = 3.0  # class 4 (channel 0)
    cam[1, 10:18, 15:28] = 2.0  # class 7 (channel 1)
    masks = np.stack([
        rect(shape, 2, 8, 2, 10),  # on class 4's CAM
        rect(shape, 10, 18, 15, 28),  # on class 7's CAM
        rect(shape, 0, 20, 0, 30),  # the whole image, level 0: background, painted first
        rect(shape, 0, 2, 0, 2),  # a corner with no CAM, level 2: background on top of everything
    ])  # fmt: skip
    levels = np.array([1, 1, 0, 2])
    out = sam_seed(mask_pixels(masks), shape, levels, cam, np.array([4, 7]), gamma=0.7)
    assert out.mask_label.tolist() == [5, 8, 0, 0]
    assert out.paint_order[0] == 2 and out.paint_order[-1] == 3
    assert (out.seed[2:8, 2:10] == 5).all() and (out.seed[10:18, 15:28] == 8).all()
    assert (out.seed[:2, :2] == 0).all() and set(np.unique(out.seed)) == {0, 5, 8}
    np.testing.assert_allclose(out.mask_conf, out.mask_score.max(axis=1))
    np.testing.assert_allclose(out.fg_mean[:, 0], [3.0, 0.0])


def test_uncovered_pixels_stay_background_and_empty_inputs_give_background():
    shape = (6, 7)
    cam = np.ones((1, *shape), np.float32)
    out = sam_seed(mask_pixels(rect(shape, 0, 2, 0, 2)[None]), shape, np.array([1]), cam, np.array([0]), gamma=1.0)
    assert out.seed[0, 0] in (0, 1) and (out.seed[3:, 3:] == 0).all()
    none = sam_seed([], shape, np.zeros(0), cam, np.array([0]), gamma=1.0)
    assert none.seed.shape == shape and not none.seed.any() and none.mask_score.shape == (0, 2)
    no_pos = sam_seed(mask_pixels(rect(shape, 0, 6, 0, 7)[None]), shape, np.array([2]), cam[:0], np.zeros(0, np.uint8), 0.7)
    assert not no_pos.seed.any() and no_pos.mask_label.tolist() == [0]
    empty = sam_seed([np.zeros(0, np.int64)], shape, np.array([0]), cam, np.array([0]), gamma=1.0)
    assert np.isfinite(empty.mask_score).all() and not empty.seed.any()
