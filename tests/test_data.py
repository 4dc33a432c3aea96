
import os
import re

import numpy as np
import pytest
from PIL import Image

from fma_wsss.data import DatasetError, Sample, SegDataset, count_split, image_level_labels, read_split, shard_slice


def test_voc_reader(voc_root):
    ds = SegDataset("voc", voc_root, "train_aug")
    assert [s.id for s in ds.samples] == ["2007_000032", "2007_000039", "2008_000002"] and ds.num_classes == 21
    image, label = ds.image_and_gt("2007_000039")
    assert image.dtype == np.uint8 and image.ndim == 3 and image.shape[2] == 3
    assert label.shape == image.shape[:2] and 255 in label
    cls = image_level_labels(ds.label("2007_000039"), ds.num_classes)
    assert cls.shape == (21,) and cls[0] == 1 and cls.sum() == 2  # bg + one object; 255 is not a class
    assert count_split({"kind": "voc", "root": str(voc_root)}, "val") == 1


def test_coco_reader_converts_grayscale(coco_root):
    ds = SegDataset("coco", coco_root, "train")
    assert ds.num_classes == 81 and len(ds) == 2
    gray = ds.image("000000000009")
    assert gray.shape[2] == 3 and (gray[..., 0] == gray[..., 1]).all()
    assert ds.sample("000000000025").image.parent.name == "train2014"
    assert SegDataset("coco", coco_root, "val").sample("000000000042").label.parent.name == "val2014"


def test_image_level_labels_ignore_255_and_out_of_range():
    label = np.array([[0, 3], [255, 3]], np.uint8)
    np.testing.assert_array_equal(image_level_labels(label, 5), [1, 0, 0, 1, 0])


def test_missing_root(tmp_path):
    with pytest.raises(DatasetError, match=rf"voc dataset root not found: {tmp_path / 'nope'}"):
        read_split("voc", tmp_path / "nope", "train_aug")


def test_missing_image_names_list_line(voc_root):
    (voc_root / "JPEGImages" / "2007_000039.jpg").unlink()
    ds = SegDataset("voc", voc_root, "train_aug")
    with pytest.raises(DatasetError, match=r"train_aug\.txt:2: image not found: .*2007_000039\.jpg"):
        ds.image("2007_000039")


def test_corrupt_jpeg(voc_root):
    (voc_root / "JPEGImages" / "2007_000032.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    ds = SegDataset("voc", voc_root, "train_aug")
    with pytest.raises(DatasetError, match=r"corrupt or unreadable image .*2007_000032\.jpg"):
        ds.image("2007_000032")


def test_label_values_out_of_range(voc_root):
    path = voc_root / "SegmentationClassAug" / "2007_000032.png"
    label = np.asarray(Image.open(path)).copy()
    label[0, 0] = 40
    Image.fromarray(label).save(path)
    ds = SegDataset("voc", voc_root, "train_aug")
    with pytest.raises(DatasetError, match=r"2007_000032\.png has values \[40\] \(expected 0\.\.20 or 255\)"):
        ds.label("2007_000032")


def test_label_size_mismatch(voc_root):
    path = voc_root / "SegmentationClassAug" / "2007_000032.png"
    Image.fromarray(np.zeros((5, 7), np.uint8)).save(path)
    ds = SegDataset("voc", voc_root, "train_aug")
    with pytest.raises(DatasetError, match=r"2007_000032\.png is 5x7 \(HxW\) but image .* is \d+x\d+"):
        ds.image_and_gt("2007_000032")


def test_rgb_label_rejected(voc_root):
    path = voc_root / "SegmentationClassAug" / "2007_000032.png"
    Image.fromarray(np.zeros((5, 7, 3), np.uint8)).save(path)
    ds = SegDataset("voc", voc_root, "train_aug")
    with pytest.raises(DatasetError, match="mode RGB .*8-bit grayscale"):
        ds.label("2007_000032")


def test_empty_split_list(voc_root):
    (voc_root / "ImageSets" / "SegmentationAug" / "val.txt").write_text("\n")
    with pytest.raises(DatasetError, match=r"split list .*val\.txt is empty"):
        read_split("voc", voc_root, "val")


def test_missing_split_list(voc_root):
    with pytest.raises(DatasetError, match=r"split list not found: .*test\.txt"):
        read_split("voc", voc_root, "test")


def test_malformed_list_line(voc_root):
    (voc_root / "ImageSets" / "SegmentationAug" / "val.txt").write_text("2007_000033\n")
    with pytest.raises(DatasetError, match=r"val\.txt:1: expected '/JPEGImages/<id>\.jpg"):
        read_split("voc", voc_root, "val")


def test_split_parsed_without_a_sample_per_id(voc_root, monkeypatch):
    """A job on one shard of COCO's 82k ids must not build 82k Samples (their Paths cost ~1 s per job)."""
    import fma_wsss.data as data

    ids = [f"2099_{i:06d}" for i in range(2000)]
    (voc_root / "ImageSets" / "SegmentationAug" / "big.txt").write_text(
        "".join(f"/JPEGImages/{i}.jpg /SegmentationClassAug/{i}.png\n" for i in ids))
    made = []

    def counting_sample(*fields):
        made.append(fields[0])
        return Sample(*fields)

    monkeypatch.setattr(data, "Sample", counting_sample)
    ds = SegDataset("voc", voc_root, "big")
    assert len(ds) == 2000 and ds.samples.ids == ids and ds.gt_ids() == ids and made == []
    shard = ds.samples[shard_slice(len(ds), 500, 2)]
    assert [s.id for s in shard] == ids[1000:1500] and len(made) == 500
    assert shard[0].image == voc_root / "JPEGImages" / f"{ids[1000]}.jpg" and shard[0].line_no == 1001
    assert ds.samples[-1].id == ids[-1] and ds.sample(ids[7]).label.name == f"{ids[7]}.png"
    sub = ds.restrict([ids[9], ids[3]])
    assert sub.samples.ids == [ids[9], ids[3]] and sub.sample(ids[3]).line_no == 4


def test_shard_slices_cover_split_once():
    covered = [i for s in range(4) for i in range(1000)[shard_slice(1000, 300, s)]]
    assert covered == list(range(1000))
    with pytest.raises(DatasetError, match="shard 4 out of range"):
        shard_slice(1000, 300, 4)


def test_truncated_jpeg_is_named(voc_root):
    path = voc_root / "JPEGImages" / "2007_000032.jpg"
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    ds = SegDataset("voc", voc_root, "train_aug")
    with pytest.raises(DatasetError, match=r"corrupt or unreadable image .*2007_000032\.jpg: .*truncated"):
        ds.image("2007_000032")


@pytest.mark.parametrize("mode", ["L", "P", "CMYK", "RGBA", "LA", "1"])
def test_eight_bit_modes_are_converted_to_rgb(voc_root, mode):
    """Grayscale, palette, CMYK and alpha images are read as RGB (alpha dropped), like PIL's own conversion."""
    rgb = np.random.default_rng(0).integers(0, 256, (20, 30, 3), dtype=np.uint8)
    source = Image.fromarray(rgb).convert(mode)
    path = voc_root / "JPEGImages" / "2007_000032.jpg"
    source.save(path, format="PNG" if mode in ("RGBA", "LA", "P", "1") else "TIFF")  # the list names a .jpg
    image = SegDataset("voc", voc_root, "train_aug").image("2007_000032")
    assert image.dtype == np.uint8 and image.shape == (20, 30, 3)
    np.testing.assert_array_equal(image, np.asarray(source.convert("RGB")))


@pytest.mark.parametrize("mode,array", [("I;16", np.full((6, 8), 40000, np.uint16)), ("I", np.full((6, 8), 70000, np.int32)),
                                        ("F", np.full((6, 8), 0.5, np.float32))])  # fmt: skip
def test_images_of_more_than_eight_bits_are_refused(voc_root, mode, array):
    path = voc_root / "JPEGImages" / "2007_000032.jpg"
    Image.fromarray(array).save(path, format="TIFF" if mode != "I;16" else "PNG")
    ds = SegDataset("voc", voc_root, "train_aug")
    with pytest.raises(DatasetError, match=rf"image .*2007_000032\.jpg has mode {re.escape(Image.open(path).mode)} "
                                           r"\(expected 8 bits per channel"):  # fmt: skip
        ds.image("2007_000032")


def test_duplicated_id_is_named_with_both_lines(voc_root):
    lst = voc_root / "ImageSets" / "SegmentationAug" / "train_aug.txt"
    lst.write_text(lst.read_text() + lst.read_text().splitlines()[0] + "\n")
    with pytest.raises(DatasetError, match=r"train_aug\.txt:4: image id 2007_000032 is listed again \(first on line 1\)"):
        read_split("voc", voc_root, "train_aug")


# --------------------------------------------------------------------------------------------------------------
# Your own data: a folder of images with image-level labels only (kind "folder")

FOLDER_CLASSES = ["cat", "dog", "potted plant"]


def write_folder_dataset(root, labels: dict[str, list[str]], splits: dict[str, list[str]], gt: dict[str, int] = None,
                         suffix: str = ".jpg"):  # fmt: skip
    """images/<id><suffix>, labels.csv, splits/<split>.txt, and gt/<id>.png (a box of class gt[id]) for the ids in gt."""
    rng = np.random.default_rng(0)
    for folder in ("images", "splits", "gt"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    ids = list(dict.fromkeys([i for ids in splits.values() for i in ids]))
    for img_id in ids:
        Image.fromarray(rng.integers(0, 256, (24, 32, 3), dtype=np.uint8)).save(root / "images" / f"{img_id}{suffix}")
    for img_id, cls in (gt or {}).items():
        label = np.zeros((24, 32), np.uint8)
        label[4:12, 5:20] = cls
        Image.fromarray(label).save(root / "gt" / f"{img_id}.png")
    rows = "".join(f'{i},"{";".join(names)}"\n' for i, names in labels.items())
    (root / "labels.csv").write_text("id,labels\n" + rows)
    for split, split_ids in splits.items():
        (root / "splits" / f"{split}.txt").write_text("".join(f"{i}\n" for i in split_ids))
    return {"kind": "folder", "root": str(root), "classes": FOLDER_CLASSES, "labels": "labels.csv"}


def test_folder_dataset_reads_labels_and_optional_gt(tmp_path):
    cfg = write_folder_dataset(tmp_path / "mine", {"a": ["cat"], "b": ["dog", "potted plant"], "c": ["cat", "dog"]},
                               {"train": ["a", "b", "c"], "val": ["c"]}, gt={"c": 2}, suffix=".png")  # fmt: skip
    ds = SegDataset.from_config(cfg, "train")
    assert ds.class_names == ("background", "cat", "dog", "potted plant") and ds.num_classes == 4
    assert [s.id for s in ds.samples] == ["a", "b", "c"] and ds.sample("a").image.name == "a.png"
    np.testing.assert_array_equal(ds.image_labels("b"), [1, 0, 1, 1])  # names with spaces, ';'-separated
    assert ds.gt_ids() == ["c"] and not ds.has_gt("a") and ds.has_gt("c")
    image, labels = ds.image_and_class_labels("a")
    assert image.shape == (24, 32, 3) and labels.tolist() == [1, 1, 0, 0]
    assert set(np.unique(ds.label("c", image.shape[:2]))) == {0, 2}
    assert count_split(cfg, "val") == 1
    relative = SegDataset.from_config({**cfg, "root": os.path.relpath(tmp_path / "mine")}, "train")  # as config.yaml has it
    assert relative.sample("c").image.is_file() and relative.sample("c").label.is_file() and relative.image("a").shape == (24, 32, 3)
    with pytest.raises(DatasetError, match=r"no label path for image a"):
        ds.label("a")
    # a spreadsheet's export: byte-order mark and Windows line ends
    (tmp_path / "mine" / "labels.csv").write_bytes("\ufeffid,labels\r\na,cat\r\nb,dog; potted plant\r\n".encode())
    np.testing.assert_array_equal(SegDataset.from_config(cfg, "train").image_labels("b"), [1, 0, 1, 1])
    # the same labels as JSON
    (tmp_path / "mine" / "labels.json").write_text('{"a": ["cat"], "b": ["dog"], "c": []}')
    ds = SegDataset.from_config({**cfg, "labels": "labels.json"}, "train")
    assert ds.image_labels("b").tolist() == [1, 0, 1, 0]
    with pytest.raises(DatasetError, match=r"labels\.json gives no class for image c of split train"):
        ds.image_labels("c")


@pytest.mark.parametrize("rows, message", [
    ("id,labels\na,cat\nb,horse\n", r"labels\.csv:3: unknown class 'horse' \(dataset\.classes: cat, dog, potted plant\)"),
    ("id,labels\na,cat\na,dog\n", r"labels\.csv:3: id a is given again"),
    ("image,classes\na,cat\n", r"labels\.csv: expected a header with columns id and labels"),
    ("id,labels\nb,dog\n", r"labels\.csv has no entry for image a of split train"),
])  # fmt: skip
def test_folder_dataset_labels_file_errors_name_the_file_and_line(tmp_path, rows, message):
    cfg = write_folder_dataset(tmp_path / "mine", {}, {"train": ["a", "b"]})
    (tmp_path / "mine" / "labels.csv").write_text(rows)
    ds = SegDataset.from_config(cfg, "train")
    with pytest.raises(DatasetError, match=message):
        ds.image_labels("a")


def test_folder_dataset_layout_errors(tmp_path):
    cfg = write_folder_dataset(tmp_path / "mine", {"a": ["cat"]}, {"train": ["a", "zz"]})
    (tmp_path / "mine" / "images" / "zz.jpg").unlink()
    ds = SegDataset.from_config(cfg, "train")
    with pytest.raises(DatasetError, match=r"train\.txt:2: image not found: .*images/zz\.jpg"):
        ds.image("zz")
    (tmp_path / "mine" / "splits" / "bad.txt").write_text("a b\n")
    with pytest.raises(DatasetError, match=r"bad\.txt:1: expected one image id per line"):
        read_split("folder", tmp_path / "mine", "bad")
    Image.new("RGB", (4, 4)).save(tmp_path / "mine" / "images" / "a.png")
    with pytest.raises(DatasetError, match=r"holds two files of id a: a\.jpg and a\.png"):
        read_split("folder", tmp_path / "mine", "train")
    with pytest.raises(DatasetError, match=r"folder dataset root .*nope lacks|folder dataset root not found: .*nope"):
        read_split("folder", tmp_path / "nope", "train")
    with pytest.raises(DatasetError, match=r"dataset\.classes must list the class names"):
        SegDataset("folder", tmp_path / "mine", "train")


def test_export_folder_dataset_keeps_image_labels_and_only_the_chosen_gt(voc_root, tmp_path):
    from fma_wsss.data import export_folder_dataset

    voc = {"kind": "voc", "root": str(voc_root)}
    counts = export_folder_dataset(voc, ["train_aug", "val"], tmp_path / "out", gt_splits=["val"])
    assert counts == {"images": 4, "gt": 1}
    assert not list(tmp_path.glob(".out.tmp-*"))  # made aside, renamed when complete
    from fma_wsss.data import VOC_CLASSES

    mine = {"kind": "folder", "root": str(tmp_path / "out"), "classes": list(VOC_CLASSES[1:]), "labels": "labels.csv"}
    source, ds = SegDataset.from_config(voc, "train_aug"), SegDataset.from_config(mine, "train_aug")
    assert [s.id for s in ds.samples] == [s.id for s in source.samples] and ds.gt_ids() == []
    for s in source.samples:  # the labels file holds the GT's image-level labels
        np.testing.assert_array_equal(ds.image_labels(s.id)[1:], image_level_labels(source.label(s.id), 21)[1:])
        np.testing.assert_array_equal(ds.image(s.id), source.image(s.id))
    val = SegDataset.from_config(mine, "val")
    np.testing.assert_array_equal(val.label("2007_000033"), SegDataset.from_config(voc, "val").label("2007_000033"))
    with pytest.raises(DatasetError, match=r"out exists"):
        export_folder_dataset(voc, ["val"], tmp_path / "out", gt_splits=[])


def test_large_photos_of_a_folder_dataset_run_stage_one_at_a_bounded_size(tmp_path, voc_root):
    """A folder dataset's stage I works at max_side (default 1024): a 24x32 photo at max_side 16 is 12x16, its GT
    scaled by nearest neighbour (only its own values); full_size stays the file's. VOC runs at its own size."""
    cfg = write_folder_dataset(tmp_path / "mine", {"c": ["dog"]}, {"train": ["c"]}, gt={"c": 2}, suffix=".png")
    assert SegDataset.from_config(cfg, "train").max_side == 1024 and SegDataset("voc", voc_root, "train_aug").max_side is None
    ds = SegDataset.from_config({**cfg, "max_side": 16}, "train")
    image, gt = ds.image_and_gt("c")
    assert image.shape == (12, 16, 3) and gt.shape == (12, 16) and set(np.unique(gt)) == {0, 2}
    assert ds.full_size("c") == (24, 32) and SegDataset.from_config(cfg, "train").image("c").shape == (24, 32, 3)
    full = np.asarray(Image.open(tmp_path / "mine" / "images" / "c.png"))
    np.testing.assert_array_equal(image, np.asarray(Image.fromarray(full).resize((16, 12), Image.Resampling.BILINEAR)))
    with pytest.raises(DatasetError, match=r"at stage I's size \(max_side 16\) but image .*c\.png is 24x32"):
        ds.label("c", (24, 32))
