"""SAMS (METHOD §10) on hand-made inputs. The reference's own outputs are checked in test_golden.py (sams_seed)."""

import numpy as np
import pytest

from fma_wsss.rle import MaskRuns
from fma_wsss.seeds import sam_seed

from test_prompts import toy_setup  # noqa: F401  (module fixture)


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
    out = sam_seed(MaskRuns.from_dense(masks), levels, cam, np.array([4, 7]), gamma=0.7)
    assert out.mask_label.tolist() == [5, 8, 0, 0]
    assert out.paint_order[0] == 2 and out.paint_order[-1] == 3
    assert (out.seed[2:8, 2:10] == 5).all() and (out.seed[10:18, 15:28] == 8).all()
    assert (out.seed[:2, :2] == 0).all() and set(np.unique(out.seed)) == {0, 5, 8}
    np.testing.assert_allclose(out.mask_conf, out.mask_score.max(axis=1))
    np.testing.assert_allclose(out.fg_mean[:, 0], [3.0, 0.0])


def test_uncovered_pixels_stay_background_and_empty_inputs_give_background():
    shape = (6, 7)
    cam = np.ones((1, *shape), np.float32)
    out = sam_seed(MaskRuns.from_dense(rect(shape, 0, 2, 0, 2)[None]), np.array([1]), cam, np.array([0]), gamma=1.0)
    # one mask: its CAM mean normalises to (1 − 1) / (0 + 1e-7) = 0, so background (1 − 0)^1 = 1 wins
    assert out.mask_label.tolist() == [0] and out.seed[0, 0] == 0 and (out.seed[3:, 3:] == 0).all()
    none = sam_seed(MaskRuns.from_dense(np.zeros((0, *shape), bool)), np.zeros(0), cam, np.array([0]), gamma=1.0)
    assert none.seed.shape == shape and not none.seed.any() and none.mask_score.shape == (0, 2)
    no_pos = sam_seed(MaskRuns.from_dense(rect(shape, 0, 6, 0, 7)[None]), np.array([2]), cam[:0], np.zeros(0, np.uint8), 0.7)
    assert not no_pos.seed.any() and no_pos.mask_label.tolist() == [0]
    empty = sam_seed(MaskRuns.from_dense(np.zeros((1, *shape), bool)), np.array([0]), cam, np.array([0]), gamma=1.0)
    assert np.isfinite(empty.mask_score).all() and not empty.seed.any()


def test_seed_shards_from_mask_and_cam_shards(toy_setup, tmp_path):  # noqa: F811
    import torch

    from fma_wsss.cams import read_cam_shard, run_cam_shard
    from fma_wsss.data import SegDataset
    from fma_wsss.errors import StaleArtifactError
    from fma_wsss.masks import run_mask_shard
    from fma_wsss.prompts import build_cam_model
    from fma_wsss.seeds import cam_at_image_size, read_seed_shard, run_seed_shard, seed_report_from_evals, seed_shard_eval
    from fma_wsss.store import read_mask_shard

    from test_masks import MASKS_CFG
    from test_prompts import CLASSES, PROMPT

    root, clip_cfg = toy_setup
    ds = SegDataset("toy", root / "dataset", "train")
    model = build_cam_model(clip_cfg, PROMPT, CLASSES["fg"], CLASSES["bg"])
    model.prompt_learner.initialize(0)
    caa = {"thresh": 0.4, "n_iters": 2, "sinkhorn_iters": 1, "aff_at": "score"}
    for shard in (0, 1):
        run_mask_shard(ds, shard, 4, MASKS_CFG, tmp_path / f"masks-{shard}.h5")
        run_cam_shard(model, ds, shard, 4, tmp_path / f"cams-{shard}.h5", att_layers=2, caa=caa)
    out = tmp_path / "seeds-0.h5"
    run_seed_shard(tmp_path / "masks-0.h5", tmp_path / "cams-0.h5", "cam_affed", [0.6, 1.0], ds.num_classes, out)
    masks = read_mask_shard(tmp_path / "masks-0.h5")
    cams = dict(read_cam_shard(tmp_path / "cams-0.h5"))
    for (img_id, seeds, gammas), (_, mask_set, _) in zip(read_seed_shard(out), masks):
        assert gammas == [0.6, 1.0] and seeds.shape == (2, mask_set.height, mask_set.width) and seeds.dtype == np.uint8
        rec = cams[img_id]
        expected = sam_seed(MaskRuns.from_dense(mask_set.decode()), mask_set.level,
                            cam_at_image_size(rec["cam_affed"], rec["hw"]), rec["fg_cls"], 1.0).seed  # fmt: skip
        np.testing.assert_array_equal(seeds[1], expected)
        assert set(np.unique(seeds)) <= {0, *(rec["fg_cls"] + 1).tolist()}  # only the image's classes, never 255
    torch.testing.assert_close(torch.from_numpy(cam_at_image_size(rec["cam"], rec["hw"])).shape, torch.Size([len(rec["fg_cls"]), *rec["hw"]]))
    evaluation = seed_shard_eval(ds, out)
    assert evaluation["images"] == 4 and len(evaluation["confusion"]) == 2
    report = seed_report_from_evals([evaluation], ds.class_names)
    assert report["selected_by_gt"] and report["gamma"] in (0.6, 1.0)
    assert report["miou"] == max(report["miou_by_gamma"].values())

    # the export: one 8-bit single-channel PNG per image, the kept γ, and a manifest written last
    from PIL import Image

    from fma_wsss.data import DatasetError
    from fma_wsss.data import load_seed_png as read_seed_png
    from fma_wsss.seeds import export_seed_pngs

    assert export_seed_pngs([out], 1.0, tmp_path / "seed", tmp_path / "seed" / "manifest.txt") == 4
    assert (tmp_path / "seed" / "manifest.txt").read_text().split() == [f"{i}.png" for i in masks.ids]
    for img_id, seeds, _ in read_seed_shard(out):
        with Image.open(tmp_path / "seed" / f"{img_id}.png") as png:
            assert png.mode == "L" and np.array_equal(np.asarray(png), seeds[1])
        assert np.array_equal(read_seed_png(tmp_path / "seed" / f"{img_id}.png", ds.num_classes, seeds.shape[1:]), seeds[1])
    with pytest.raises(StaleArtifactError, match="no seed for γ = 0.3"):
        export_seed_pngs([out], 0.3, tmp_path / "other", tmp_path / "other" / "manifest.txt")
    # stage I at a bounded size (a folder dataset's max_side): the seeds go out at the image's size, nearest
    doubled = {img_id: (2 * s.shape[1], 2 * s.shape[2]) for img_id, s, _ in read_seed_shard(out)}
    export_seed_pngs([out], 1.0, tmp_path / "full", tmp_path / "full" / "manifest.txt", full_size=doubled.__getitem__)
    for img_id, seeds, _ in read_seed_shard(out):
        big = read_seed_png(tmp_path / "full" / f"{img_id}.png", ds.num_classes, doubled[img_id])
        np.testing.assert_array_equal(big[::2, ::2], seeds[1])
    bad = tmp_path / "bad.png"
    Image.fromarray(np.full((4, 5), 255, np.uint8)).save(bad)
    with pytest.raises(DatasetError, match=r"bad\.png has value 255 \(expected 0\.\.6"):
        read_seed_png(bad, ds.num_classes)
    Image.fromarray(np.zeros((4, 5), np.uint8)).save(bad)
    with pytest.raises(DatasetError, match=r"bad\.png is 4x5 but its image is 6x5"):
        read_seed_png(bad, ds.num_classes, (6, 5))
    # what T2 reads: a seed PNG with a value above C_fg, or of another size, names the PNG and its image
    from fma_wsss.prompts import AugmentedSplit

    first = ds.samples[0]
    aug = {"low": 72, "high": 112, "short_thresh": 64, "crop": 64, "colour_jitter": False}
    Image.fromarray(np.full(seeds.shape[1:], 7, np.uint8)).save(tmp_path / "seed" / f"{first.id}.png")
    with pytest.raises(DatasetError, match=rf"{first.id}\.png \(seed of .*{first.image.name}\) has value 7 \(expected 0\.\.6"):
        AugmentedSplit(ds, aug, 0, tmp_path / "seed")[(0, 0)]
    Image.fromarray(np.zeros((4, 5), np.uint8)).save(tmp_path / "seed" / f"{first.id}.png")
    with pytest.raises(DatasetError, match=rf"{first.id}\.png is 4x5 but .*{first.image.name} is \d+x\d+"):
        AugmentedSplit(ds, aug, 0, tmp_path / "seed")[(0, 0)]

    with pytest.raises(StaleArtifactError, match=r"masks-0\.h5 and .*cams-1\.h5 do not hold the same images"):
        run_seed_shard(tmp_path / "masks-0.h5", tmp_path / "cams-1.h5", "cam_affed", [0.6], ds.num_classes, tmp_path / "x.h5")
    run_cam_shard(model, ds, 0, 4, tmp_path / "raw-0.h5", att_layers=2)
    with pytest.raises(StaleArtifactError, match=r"has no 'cam_affed'"):
        run_seed_shard(tmp_path / "masks-0.h5", tmp_path / "raw-0.h5", "cam_affed", [0.6], ds.num_classes, tmp_path / "x.h5")
    from fma_wsss.rle import MaskSet
    from fma_wsss.store import MaskShard, write_mask_shard

    small = MaskSet.from_binary(np.ones((1, 5, 5), bool), [2])
    write_mask_shard(tmp_path / "small.h5", MaskShard(masks.ids, [small] * len(masks.ids), [""] * len(masks.ids), {}))
    with pytest.raises(StaleArtifactError, match=r"is 5x5 in .*small\.h5 but \d+x\d+ in .*cams-0\.h5"):
        run_seed_shard(tmp_path / "small.h5", tmp_path / "cams-0.h5", "cam_affed", [0.6], ds.num_classes, tmp_path / "x.h5")
    assert not (tmp_path / "x.h5").exists()  # nothing half-written


def test_photos_larger_than_max_side_go_through_stage_one_at_the_bounded_size(toy_setup, tmp_path):  # noqa: F811
    """A folder dataset of photos 3x the toy's size with max_side 96: masks, CAMs, seeds and their evaluation run at
    the bounded size; the exported seeds are at each photo's own size (as stage II checks them), and the
    segmentation task's training pairs them with the bounded image."""
    from PIL import Image

    from fma_wsss.cams import read_cam_shard, run_cam_shard
    from fma_wsss.data import SegDataset, export_folder_dataset, load_seed_png
    from fma_wsss.masks import run_mask_shard
    from fma_wsss.prompts import AugmentedSplit, build_cam_model
    from fma_wsss.seeds import export_seed_pngs, read_seed_shard, run_seed_shard, seed_shard_eval

    from test_masks import MASKS_CFG
    from test_prompts import AUG, CLASSES, PROMPT

    root, clip_cfg = toy_setup
    toy = {"kind": "toy", "root": str(root / "dataset")}
    export_folder_dataset(toy, ["train"], tmp_path / "photos", gt_splits=["train"])
    for path in (tmp_path / "photos").rglob("*.*"):  # every image and GT 3x larger
        if path.suffix in (".png", ".jpg"):
            with Image.open(path) as img:
                big = img.resize((3 * img.width, 3 * img.height), Image.Resampling.NEAREST)
            big.save(path)
    cfg = {"kind": "folder", "root": str(tmp_path / "photos"), "classes": CLASSES["fg"], "max_side": 96}
    ds = SegDataset.from_config(cfg, "train").restrict([s.id for s in SegDataset.from_config(cfg, "train").samples][:3])
    assert all(max(ds.full_size(s.id)) > 96 for s in ds.samples)
    model = build_cam_model(clip_cfg, PROMPT, CLASSES["fg"], CLASSES["bg"])
    model.prompt_learner.initialize(0)
    run_mask_shard(ds, 0, 3, MASKS_CFG, tmp_path / "masks.h5")
    run_cam_shard(model, ds, 0, 3, tmp_path / "cams.h5", att_layers=2)
    for _, rec in read_cam_shard(tmp_path / "cams.h5"):
        assert max(rec["hw"]) == 96
    run_seed_shard(tmp_path / "masks.h5", tmp_path / "cams.h5", "cam", [1.0], ds.num_classes, tmp_path / "seeds.h5")
    assert seed_shard_eval(ds, tmp_path / "seeds.h5")["gt_images"] == 3
    export_seed_pngs([tmp_path / "seeds.h5"], 1.0, tmp_path / "seed", tmp_path / "seed" / "manifest.txt", ds.full_size)
    for img_id, seeds, _ in read_seed_shard(tmp_path / "seeds.h5"):
        assert max(seeds.shape[1:]) == 96
        assert load_seed_png(tmp_path / "seed" / f"{img_id}.png", ds.num_classes, ds.full_size(img_id)).shape == ds.full_size(img_id)
    image, cls, crop = AugmentedSplit(ds, AUG, 0, tmp_path / "seed")[(0, 1)]
    assert image.shape == (3, AUG["crop"], AUG["crop"]) and crop.shape == (AUG["crop"], AUG["crop"])
