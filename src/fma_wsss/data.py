"""Datasets: one interface over VOC2012, COCO2014, the generated toy set (VOC layout) and your own images with
image-level labels only (kind `folder`).

Images come back as RGB uint8 (H, W, 3); labels as uint8 (H, W) with 0 = background, c+1 = foreground class c,
255 = ignore. Image-level labels are derived from the segmentation GT (METHOD §2.1, P15), except for a folder
dataset, whose labels file gives them and whose segmentation GT is optional (per image).

A folder dataset (FOLDER_LAYOUT) is
    <root>/images/<id>.<jpg|png|...>   the images
    <root>/labels.csv                  id,labels  with the class names of each image separated by ';'
                                       (or labels.json: {"<id>": ["name", ...]})
    <root>/splits/<split>.txt          the ids of each split, one per line
    <root>/gt/<id>.png                 optional segmentation GT (0 background, k = k-th class, 255 ignore)
and its class names, in label order, are the config's dataset.classes.
Kept free of torch so that the Snakefile can import it at parse time.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Sequence
from typing import Any

import numpy as np
from PIL import Image

from .errors import DatasetError

IGNORE_LABEL = 255
# A folder dataset's photos (12 MP and more) run stage I at this longest side unless dataset.max_side says otherwise:
# CAM inference keeps every block's (1+hw)^2 attention (about 9 GB per block at 12 MP with ViT-B/16). VOC, COCO and
# the toy (all <= 640 px) run at their own size.
FOLDER_MAX_SIDE = 1024

VOC_CLASSES = (
    "background", "aeroplane", "bicycle", "bird", "boat", "bottle", "bus", "car", "cat", "chair", "cow",
    "diningtable", "dog", "horse", "motorbike", "person", "pottedplant", "sheep", "sofa", "train", "tvmonitor",
)  # fmt: skip

COCO_CLASSES = (
    "background", "person", "bicycle", "car", "motorcycle", "airplane", "bus", "train", "truck", "boat",
    "traffic light", "fire hydrant", "stop sign", "parking meter", "bench", "bird", "cat", "dog", "horse", "sheep",
    "cow", "elephant", "bear", "zebra", "giraffe", "backpack", "umbrella", "handbag", "tie", "suitcase", "frisbee",
    "skis", "snowboard", "sports ball", "kite", "baseball bat", "baseball glove", "skateboard", "surfboard",
    "tennis racket", "bottle", "wine glass", "cup", "fork", "knife", "spoon", "bowl", "banana", "apple", "sandwich",
    "orange", "broccoli", "carrot", "hot dog", "pizza", "donut", "cake", "chair", "couch", "potted plant", "bed",
    "dining table", "toilet", "tv", "laptop", "mouse", "remote", "keyboard", "cell phone", "microwave", "oven",
    "toaster", "sink", "refrigerator", "book", "clock", "vase", "scissors", "teddy bear", "hair drier", "toothbrush",
)  # fmt: skip

# Toy shape classes and the colour each one takes most of the time (TOY.md: shape alone is not learnable by a
# tiny CLIP in CPU-minutes; a dominant colour per class is).
TOY_CLASSES = ("background", "circle", "square", "triangle", "star", "cross", "ring")


def voc_palette() -> list[list[int]]:
    """The 256-entry PASCAL VOC colour map (bit-interleaved class index), as RGB triples."""
    palette = []
    for index in range(256):
        r = g = b = 0
        c = index
        for bit in range(8):
            r |= ((c >> 0) & 1) << (7 - bit)
            g |= ((c >> 1) & 1) << (7 - bit)
            b |= ((c >> 2) & 1) << (7 - bit)
            c >>= 3
        palette.append([r, g, b])
    return palette


@dataclass(frozen=True)
class Sample:
    """One entry of a split list: where its image and label live, and the list line it came from."""

    id: str
    image: Path
    label: Path | None
    list_file: Path
    line_no: int


FOLDER_LAYOUT = ("images", "splits")


def dataset_class_names(dataset: dict[str, Any] | str) -> tuple[str, ...]:
    """The dataset's class names with background first (reports and labels; the names CLIP is prompted with are
    fma_wsss.coop.prompt_names). dataset: the config's dataset section, or the kind 'voc', 'coco' or 'toy'."""
    if isinstance(dataset, dict) and dataset["kind"] == "folder":
        return ("background", *dataset["classes"])
    kind = dataset if isinstance(dataset, str) else dataset["kind"]
    return {"voc": VOC_CLASSES, "coco": COCO_CLASSES, "toy": TOY_CLASSES}[kind]


def split_list_path(kind: str, root: Path | str, split: str) -> Path:
    """The file that lists the ids of `split` in a dataset of this kind."""
    root = Path(root)
    if kind == "coco":
        return root / "imagesLists" / f"{split}.txt"
    if kind == "folder":
        return root / "splits" / f"{split}.txt"
    return root / "ImageSets" / "SegmentationAug" / f"{split}.txt"


def _coco_image_folder(split: str) -> str:
    if split.startswith("train"):
        return "train2014"
    if split.startswith("val"):
        return "val2014"
    raise DatasetError(f"COCO split {split!r}: cannot tell train2014 from val2014 (name must start with train or val)")


def _check_root(kind: str, root: Path) -> None:
    expected = {
        "voc": ("JPEGImages", "SegmentationClassAug", "ImageSets/SegmentationAug"),
        "toy": ("JPEGImages", "SegmentationClassAug", "ImageSets/SegmentationAug"),
        "coco": ("images", "annotations", "imagesLists"),
        "folder": FOLDER_LAYOUT,
    }[kind]
    if not root.is_dir():
        raise DatasetError(f"{kind} dataset root not found: {root} (expected a folder holding {', '.join(expected)})")
    missing = [d for d in expected if not (root / d).is_dir()]
    if missing:
        raise DatasetError(f"{kind} dataset root {root} lacks {', '.join(missing)} (expected {', '.join(expected)})")


class SplitSamples(Sequence[Sample]):
    """The entries of a split list, parsed as strings once; a Sample (with its Paths) is made only when indexed,
    so a job that works on one shard of COCO's 82k ids does not build 82k of them."""

    def __init__(self, root: Path, list_file: Path, ids: list[str], images: list[str | Path],
                 labels: list[str | Path | None], line_nos: list[int]):  # fmt: skip
        """images/labels: paths relative to root (str) or the files found under it (Path); line_nos: 1-based lines
        of list_file."""
        self.root, self.list_file = root, list_file
        self.ids, self._images, self._labels, self._line_nos = ids, images, labels, line_nos

    def __len__(self) -> int:
        return len(self.ids)

    def has_label(self, index: int) -> bool:
        return self._labels[index] is not None

    def _path(self, path: str | Path) -> Path:
        return path if isinstance(path, Path) else self.root / path  # a folder dataset's listed files are Paths already

    def _sample(self, index: int) -> Sample:
        label = self._labels[index]
        return Sample(self.ids[index], self._path(self._images[index]), None if label is None else self._path(label),
                      self.list_file, self._line_nos[index])  # fmt: skip

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self._sample(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(f"split index {index} out of range ({len(self)} images)")
        return self._sample(index)

    def subset(self, indices: list[int]) -> "SplitSamples":
        """These entries at `indices`, in that order."""
        return SplitSamples(self.root, self.list_file, [self.ids[i] for i in indices],
                            [self._images[i] for i in indices], [self._labels[i] for i in indices],
                            [self._line_nos[i] for i in indices])  # fmt: skip


def read_split(kind: str, root: Path | str, split: str) -> SplitSamples:
    """Parse the split list of a VOC/toy (`/JPEGImages/x.jpg /SegmentationClassAug/x.png`) or COCO (bare ids) set.

    Raises DatasetError for a missing root or list, an empty list, or a malformed line (file and line named).
    """
    root = Path(root)
    _check_root(kind, root)
    list_file = split_list_path(kind, root, split)
    if not list_file.is_file():
        raise DatasetError(f"split list not found: {list_file} (split {split!r} of the {kind} dataset at {root})")
    ids: list[str] = []
    images: list[str | Path] = []
    labels: list[str | Path | None] = []
    line_nos: list[int] = []
    files = _folder_files(root) if kind == "folder" else {}
    coco_folder = _coco_image_folder(split) if kind == "coco" else ""
    for line_no, line in enumerate(list_file.read_text().splitlines(), start=1):
        fields = line.split()
        if not fields:
            continue
        if kind in ("folder", "coco"):
            if len(fields) != 1:
                raise DatasetError(f"{list_file}:{line_no}: expected one image id per line, got {line!r}")
            img_id = fields[0]
            if kind == "folder":
                images.append(files["images"].get(img_id, f"images/{img_id}.jpg"))
                labels.append(files["gt"].get(img_id))
            else:
                images.append(f"images/{coco_folder}/{img_id}.jpg")
                labels.append(f"annotations/{coco_folder}/{img_id}.png")
        else:
            image = fields[0]
            if len(fields) > 2 or not image.startswith("/JPEGImages/"):
                raise DatasetError(
                    f"{list_file}:{line_no}: expected '/JPEGImages/<id>.jpg [/SegmentationClassAug/<id>.png]', "
                    f"got {line!r}"
                )
            name = image[image.rfind("/") + 1 :]
            dot = name.rfind(".")
            img_id = name[:dot] if 0 < dot < len(name) - 1 else name  # Path(name).stem
            images.append(image.lstrip("/"))
            labels.append(fields[1].lstrip("/") if len(fields) == 2 else None)
        ids.append(img_id)
        line_nos.append(line_no)
    if not ids:
        raise DatasetError(f"split list {list_file} is empty (expected one image per line)")
    first_line: dict[str, int] = {}
    for img_id, line_no in zip(ids, line_nos):
        if img_id in first_line:
            raise DatasetError(f"{list_file}:{line_no}: image id {img_id} is listed again (first on line "
                               f"{first_line[img_id]}); every id must appear once")  # fmt: skip
        first_line[img_id] = line_no
    return SplitSamples(root, list_file, ids, images, labels, line_nos)


def _folder_files(root: Path) -> dict[str, dict[str, Path]]:
    """id -> file of a folder dataset's images (any extension) and GT PNGs, each folder listed once."""
    files: dict[str, dict[str, Path]] = {"images": {}, "gt": {}}
    for folder, suffixes in (("images", None), ("gt", {".png"})):
        if (root / folder).is_dir():
            for entry in sorted(os.scandir(root / folder), key=lambda e: e.name):
                path = Path(entry.path)
                if entry.is_file() and not path.name.startswith(".") and (suffixes is None or path.suffix.lower() in suffixes):
                    if path.stem in files[folder]:
                        raise DatasetError(f"{root / folder} holds two files of id {path.stem}: "
                                           f"{files[folder][path.stem].name} and {path.name} (expected one per id)")  # fmt: skip
                    files[folder][path.stem] = path
    return files


def read_image_labels(path: Path | str, class_names: tuple[str, ...] | list[str]) -> dict[str, tuple[int, ...]]:
    """id -> the 0-based fg classes of a folder dataset's labels file: a CSV with columns id and labels (class
    names separated by ';'), or a JSON object {id: [names]}. class_names: the fg names. DatasetError naming the
    file (and line) for a missing file, a malformed row, an unknown class name or an id given twice."""
    path = Path(path)
    index = {name: k for k, name in enumerate(class_names)}
    if not path.is_file():
        raise DatasetError(f"labels file not found: {path} (expected a CSV 'id,labels' or a JSON {{id: [names]}})")
    rows: list[tuple[str, list[str], str]] = []
    try:
        if path.suffix.lower() == ".json":
            table = json.loads(path.read_text(encoding="utf-8-sig"))  # -sig: a spreadsheet's byte-order mark
            if not isinstance(table, dict):
                raise DatasetError(f"{path}: expected a JSON object {{id: [class names]}}, got {type(table).__name__}")
            for img_id, names in table.items():
                if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                    raise DatasetError(f"{path}: id {img_id}: expected a list of class names, got {names!r}")
                rows.append((img_id, names, f"{path}: id {img_id}"))
        else:
            with open(path, newline="", encoding="utf-8-sig") as f:
                reader = csv.DictReader(f)
                if reader.fieldnames is None or not {"id", "labels"} <= set(reader.fieldnames):
                    raise DatasetError(f"{path}: expected a header with columns id and labels, got {reader.fieldnames}")
                for row in reader:
                    where = f"{path}:{reader.line_num}"
                    if not row["id"] or row["labels"] is None:
                        raise DatasetError(f"{where}: expected 'id,labels' (names separated by ';'), got {row}")
                    rows.append((row["id"].strip(), [n.strip() for n in row["labels"].split(";") if n.strip()], where))
    except (UnicodeDecodeError, json.JSONDecodeError, csv.Error) as e:
        raise DatasetError(f"{path}: not a readable labels file ({e})") from None
    labels: dict[str, tuple[int, ...]] = {}
    for img_id, names, where in rows:
        unknown = [n for n in names if n not in index]
        if unknown:
            raise DatasetError(f"{where}: unknown class {unknown[0]!r} (dataset.classes: {', '.join(class_names)})")
        if img_id in labels:
            raise DatasetError(f"{where}: id {img_id} is given again; every id must appear once")
        labels[img_id] = tuple(sorted({index[n] for n in names}))
    return labels


def count_split(dataset_cfg: dict[str, Any], split: str) -> int:
    """Number of images in `split`, without reading images; for the toy set, from its generator settings."""
    if dataset_cfg["kind"] == "toy":
        counts = {"train": dataset_cfg["toy"]["n_train"], "val": dataset_cfg["toy"]["n_val"]}
        if split not in counts:
            raise DatasetError(f"toy dataset has splits train and val, not {split!r}")
        return counts[split]
    return len(read_split(dataset_cfg["kind"], dataset_cfg["root"], split))


def shard_slice(n_images: int, shard_size: int, shard: int) -> slice:
    """Index range of shard `shard` (0-based) when `n_images` are cut into shards of `shard_size`."""
    n_shards = -(-n_images // shard_size)
    if not 0 <= shard < n_shards:
        raise DatasetError(f"shard {shard} out of range: {n_images} images in {n_shards} shards of {shard_size}")
    return slice(shard * shard_size, min((shard + 1) * shard_size, n_images))


# Image modes read as RGB: 8-bit grayscale and palette, CMYK and YCbCr JPEGs, and RGBA/LA (alpha dropped, not
# composited). Modes whose values do not fit 0..255 (16/32-bit integer, float) are refused: any scaling would be a
# guess, and a guess that differed between stages would feed the next stage other pixels.
CONVERTED_IMAGE_MODES = frozenset({"RGB", "L", "P", "1", "CMYK", "YCbCr", "RGBA", "RGBX", "LA", "PA", "La", "RGBa"})


def read_rgb(path: Path | str) -> np.ndarray:
    """RGB uint8 (H, W, 3) of an image file, by the one rule every stage uses: 8-bit modes are converted (grayscale,
    palette, CMYK, alpha dropped; COCO has grayscale JPEGs); 16-bit, 32-bit and float images are refused. Errors
    are DatasetErrors naming the file."""
    try:
        with Image.open(path) as img:
            if img.mode not in CONVERTED_IMAGE_MODES:
                raise DatasetError(f"image {path} has mode {img.mode} (expected 8 bits per channel: RGB, grayscale, "
                                   "palette, CMYK or RGBA; convert it to 8-bit RGB)")  # fmt: skip
            img.load()
            return np.asarray(img.convert("RGB"))
    except (OSError, SyntaxError) as e:
        raise DatasetError(f"corrupt or unreadable image {path}: {e}") from None


def load_image(sample: Sample) -> np.ndarray:
    """RGB uint8 (H, W, 3) image of `sample` (read_rgb); a missing file is named with its list line."""
    if not sample.image.is_file():
        raise DatasetError(f"{sample.list_file}:{sample.line_no}: image not found: {sample.image}")
    return read_rgb(sample.image)


def image_size(sample: Sample) -> tuple[int, int]:
    """(H, W) of a sample's image from its header (no pixels decoded); DatasetError naming it when unreadable."""
    if not sample.image.is_file():
        raise DatasetError(f"{sample.list_file}:{sample.line_no}: image not found: {sample.image}")
    try:
        with Image.open(sample.image) as img:
            width, height = img.size
    except (OSError, SyntaxError) as e:
        raise DatasetError(f"corrupt or unreadable image {sample.image}: {e}") from None
    return height, width


def bounded_size(hw: tuple[int, int], max_side: int | None) -> tuple[int, int]:
    """(H, W) scaled so that the longer side is max_side (aspect kept, sides rounded, at least 1 px); hw itself when
    it fits or max_side is None."""
    if max_side is None or max(hw) <= max_side:
        return int(hw[0]), int(hw[1])
    scale = max_side / max(hw)
    return max(1, round(hw[0] * scale)), max(1, round(hw[1] * scale))


def resize_rgb(rgb: np.ndarray, hw: tuple[int, int]) -> np.ndarray:
    """uint8 (H, W, 3) image resized to hw (antialiased bilinear: PIL widens the filter when it shrinks)."""
    if tuple(rgb.shape[:2]) == tuple(hw):
        return rgb
    return np.asarray(Image.fromarray(rgb).resize((hw[1], hw[0]), Image.Resampling.BILINEAR))


def resize_labels(label: np.ndarray, hw: tuple[int, int]) -> np.ndarray:
    """uint8 (H, W) label or seed map resized to hw by nearest neighbour (class values and 255 kept)."""
    if tuple(label.shape) == tuple(hw):
        return label
    return np.asarray(Image.fromarray(label).resize((hw[1], hw[0]), Image.Resampling.NEAREST))


def load_label(sample: Sample, num_classes: int, image_hw: tuple[int, int] | None = None) -> np.ndarray:
    """uint8 (H, W) label map of `sample`, checked: 8-bit single channel, values < num_classes or 255, size = image."""
    if sample.label is None:
        raise DatasetError(f"{sample.list_file}:{sample.line_no}: no label path for image {sample.id}")
    if not sample.label.is_file():
        raise DatasetError(f"{sample.list_file}:{sample.line_no}: label not found: {sample.label}")
    try:
        with Image.open(sample.label) as img:
            img.load()
            if img.mode not in ("L", "P"):
                raise DatasetError(f"label {sample.label} has mode {img.mode} (expected an 8-bit grayscale PNG)")
            label = np.asarray(img)  # palette PNGs give their indices, which are the class values
    except (OSError, SyntaxError) as e:
        raise DatasetError(f"corrupt or unreadable label {sample.label}: {e}") from None
    bad = np.unique(label[(label >= num_classes) & (label != IGNORE_LABEL)])
    if bad.size:
        raise DatasetError(
            f"label {sample.label} has values {bad.tolist()[:10]} (expected 0..{num_classes - 1} or {IGNORE_LABEL})"
        )
    if image_hw is not None and tuple(label.shape) != tuple(image_hw):
        raise DatasetError(
            f"label {sample.label} is {label.shape[0]}x{label.shape[1]} (HxW) but image {sample.image} is "
            f"{image_hw[0]}x{image_hw[1]}"
        )
    return label


def load_seed_png(
    path: Path | str, num_classes: int, image_hw: tuple[int, int] | None = None, image_path: Path | str | None = None,
    allow_ignore: bool = False,
) -> np.ndarray:
    """uint8 (H, W) seed map (pseudo label) from a seed PNG, checked: 8-bit single channel (palette PNGs give their
    indices), values < num_classes (or 255 = ignore with allow_ignore: imported seeds; ours hold no 255), and the
    image's size; DatasetError naming the file (and the image, if given) otherwise."""
    path = Path(path)
    of_image = f" (seed of {image_path})" if image_path is not None else ""
    try:
        with Image.open(path) as img:
            img.load()
            if img.mode not in ("L", "P"):
                raise DatasetError(f"seed {path}{of_image} has mode {img.mode} (expected an 8-bit single-channel PNG)")
            seed = np.asarray(img)
    except (OSError, SyntaxError) as e:
        raise DatasetError(f"missing, corrupt or unreadable seed {path}{of_image}: {e}") from None
    values = seed[seed != IGNORE_LABEL] if allow_ignore else seed
    if values.size and int(values.max()) >= num_classes:
        expected = f"0..{num_classes - 1} or {IGNORE_LABEL} (ignore)" if allow_ignore else f"0..{num_classes - 1}: no 255 in seeds"
        raise DatasetError(f"seed {path}{of_image} has value {int(values.max())} (expected {expected})")
    if image_hw is not None and seed.shape != tuple(image_hw):
        image = image_path if image_path is not None else "its image"
        raise DatasetError(f"seed {path} is {seed.shape[0]}x{seed.shape[1]} but {image} is {image_hw[0]}x{image_hw[1]}")
    return seed


def read_seed_manifest(seed_dir: Path | str) -> list[str]:
    """The seed PNG names that <seed_dir>/manifest.txt lists (export_seeds writes it last); DatasetError naming it
    if it is missing."""
    manifest = Path(seed_dir) / "manifest.txt"
    if not manifest.is_file():
        raise DatasetError(f"seed manifest not found: {manifest} (export_seeds writes it once every seed PNG exists)")
    return manifest.read_text().split()


def image_level_labels(label: np.ndarray, num_classes: int) -> np.ndarray:
    """uint8 (K,) presence vector of a label map: class k present iff it occurs (255 excluded; index 0 = bg)."""
    present = np.bincount(label.ravel(), minlength=256)[:num_classes] > 0
    return present.astype(np.uint8)


class SegDataset:
    """A split of a dataset: ids, images, checked labels and image-level labels."""

    def __init__(self, kind: str, root: Path | str, split: str, classes: list[str] | None = None,
                 labels_file: str = "labels.csv", max_side: int | None = None):  # fmt: skip
        """classes and labels_file: a folder dataset's fg class names and labels file (relative to root).
        max_side: the longest side stage I works at (image() and label() are scaled down to it; None: each image's
        own size). full_size() is the file's size, at which seeds are exported and stage II trains."""
        if kind == "folder" and not classes:
            raise DatasetError(f"folder dataset {root}: dataset.classes must list the class names")
        self.kind = kind
        self.root = Path(root)
        self.split = split
        self.class_names = dataset_class_names({"kind": kind, "classes": classes})
        self.num_classes = len(self.class_names)
        self.labels_file = self.root / labels_file
        self.samples = read_split(kind, self.root, split)
        self._index = {img_id: i for i, img_id in enumerate(self.samples.ids)}
        self._image_labels: dict[str, tuple[int, ...]] | None = None
        self.max_side = max_side

    @classmethod
    def from_config(cls, dataset_cfg: dict[str, Any], split: str) -> "SegDataset":
        if dataset_cfg["kind"] == "folder":
            return cls("folder", dataset_cfg["root"], split, dataset_cfg.get("classes"),
                       dataset_cfg.get("labels", "labels.csv"), dataset_cfg.get("max_side", FOLDER_MAX_SIDE))  # fmt: skip
        return cls(dataset_cfg["kind"], dataset_cfg["root"], split)

    def has_gt(self, img_id: str) -> bool:
        """Whether the image has segmentation GT (a folder dataset's may not; VOC's test split has none)."""
        return self.sample(img_id).label is not None

    def gt_ids(self) -> list[str]:
        """The ids of the split's images that have segmentation GT, in split order."""
        return [img_id for i, img_id in enumerate(self.samples.ids) if self.samples.has_label(i)]

    def image_labels(self, img_id: str, label: np.ndarray | None = None) -> np.ndarray:
        """uint8 (K,) image-level labels (index 0 = background): from the labels file for a folder dataset, else
        from the GT (`label` if already read). DatasetError naming the labels file for an id it lacks or leaves
        without a class (weak supervision needs at least one)."""
        if self.kind != "folder":
            return image_level_labels(self.label(img_id) if label is None else label, self.num_classes)
        if self._image_labels is None:
            self._image_labels = read_image_labels(self.labels_file, self.class_names[1:])
        classes = self._image_labels.get(img_id)
        if not classes:
            what = "has no entry" if classes is None else "gives no class"
            raise DatasetError(f"{self.labels_file} {what} for image {img_id} of split {self.split} (every image of a "
                               "split trained or inferred on needs at least one class name)")  # fmt: skip
        present = np.zeros(self.num_classes, np.uint8)
        present[[0, *(c + 1 for c in classes)]] = 1
        return present

    def __len__(self) -> int:
        return len(self.samples)

    def sample(self, img_id: str) -> Sample:
        return self.samples[self._index[img_id]]

    def image(self, img_id: str) -> np.ndarray:
        """RGB uint8 (H, W, 3) at stage I's size (bounded by max_side)."""
        image = load_image(self.sample(img_id))
        return resize_rgb(image, bounded_size(image.shape[:2], self.max_side))

    def label(self, img_id: str, image_hw: tuple[int, int] | None = None) -> np.ndarray:
        """uint8 (H, W) GT at stage I's size (nearest), checked against image_hw when given."""
        sample = self.sample(img_id)
        if self.max_side is None:
            return load_label(sample, self.num_classes, image_hw)
        label = load_label(sample, self.num_classes)
        label = resize_labels(label, bounded_size(label.shape, self.max_side))
        if image_hw is not None and tuple(label.shape) != tuple(image_hw):
            raise DatasetError(f"label {sample.label} is {label.shape[0]}x{label.shape[1]} (HxW) at stage I's size "
                               f"(max_side {self.max_side}) but image {sample.image} is {image_hw[0]}x{image_hw[1]}")  # fmt: skip
        return label

    def full_size(self, img_id: str) -> tuple[int, int]:
        """(H, W) of the image file (from its header)."""
        return image_size(self.sample(img_id))

    def spread_sample(self, count: int) -> list[str]:
        """`count` ids spread evenly over the split (first and last included): a fixed sample, e.g. the report's
        gallery, that needs no random seed and stays put when the split grows at its end."""
        n = len(self.samples)
        picks = np.unique(np.round(np.linspace(0, n - 1, min(count, n))).astype(int)) if n and count > 0 else []
        return [self.samples.ids[i] for i in picks]

    def restrict(self, ids: list[str]) -> "SegDataset":
        """This split limited to `ids`, in their order; DatasetError naming the first unknown id."""
        unknown = [i for i in ids if i not in self._index]
        if unknown:
            raise DatasetError(f"id {unknown[0]!r} is not in split {self.split} of {self.root}")
        subset = object.__new__(SegDataset)
        subset.__dict__.update(self.__dict__)
        subset.samples = self.samples.subset([self._index[i] for i in ids])
        subset._index = {img_id: k for k, img_id in enumerate(ids)}
        return subset

    def image_and_class_labels(self, img_id: str) -> tuple[np.ndarray, np.ndarray]:
        """Image (H, W, 3) and its image-level class labels uint8 (K,); the GT they come from (not a folder dataset's)
        checked against the image's size."""
        image = self.image(img_id)
        label = None if self.kind == "folder" else self.label(img_id, image.shape[:2])
        return image, self.image_labels(img_id, label)

    def image_and_gt(self, img_id: str) -> tuple[np.ndarray, np.ndarray]:
        """Image (H, W, 3) and its segmentation GT (H, W) uint8, the GT's size checked against the image."""
        image = self.image(img_id)
        return image, self.label(img_id, image.shape[:2])


def export_folder_dataset(dataset_cfg: dict[str, Any], splits: list[str], out: Path | str, gt_splits: list[str]) -> dict[str, int]:
    """Write `splits` of a dataset (its config section) as a folder dataset with image-level labels only: images
    copied, labels.csv from the GT, splits/<split>.txt, and gt/<id>.png for the images of `gt_splits` alone.
    Made in a temporary folder renamed to `out` when complete; DatasetError if `out` exists. Returns counts."""
    out = Path(out)
    if out.exists():
        raise DatasetError(f"{out} exists; remove it or choose another --out")
    names = dataset_class_names(dataset_cfg)[1:]
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    for folder in ("images", "splits", "gt"):
        (tmp / folder).mkdir(parents=True)
    labels: dict[str, str] = {}
    n_gt = 0
    for split in splits:
        source = SegDataset.from_config(dataset_cfg, split)
        for sample in source.samples:
            label = source.label(sample.id)
            if sample.id not in labels:
                shutil.copyfile(sample.image, tmp / "images" / f"{sample.id}{sample.image.suffix.lower()}")
                labels[sample.id] = ";".join(names[c] for c in np.flatnonzero(source.image_labels(sample.id, label)[1:]))
            if split in gt_splits and not (tmp / "gt" / f"{sample.id}.png").exists():
                Image.fromarray(label).save(tmp / "gt" / f"{sample.id}.png")
                n_gt += 1
        (tmp / "splits" / f"{split}.txt").write_text("".join(f"{s.id}\n" for s in source.samples))
    with open(tmp / "labels.csv", "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "labels"])
        writer.writerows(labels.items())
    out.parent.mkdir(parents=True, exist_ok=True)
    os.replace(tmp, out)
    return {"images": len(labels), "gt": n_gt}
