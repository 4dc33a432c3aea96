"""Datasets: one interface over VOC2012, COCO2014 and the generated toy set (VOC layout).

Images come back as RGB uint8 (H, W, 3); labels as uint8 (H, W) with 0 = background, c+1 = foreground class c,
255 = ignore. Image-level labels are derived from the segmentation GT (METHOD §2.1, P15).
Kept free of torch so that the Snakefile can import it at parse time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

IGNORE_LABEL = 255

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


class DatasetError(ValueError):
    """A dataset file is missing or malformed; the message names the file and what was expected."""


@dataclass(frozen=True)
class Sample:
    """One entry of a split list: where its image and label live, and the list line it came from."""

    id: str
    image: Path
    label: Path | None
    list_file: Path
    line_no: int


def dataset_class_names(kind: str) -> tuple[str, ...]:
    """The dataset's class names with background first, for kind 'voc', 'coco' or 'toy' (reports and labels; the
    names CLIP is prompted with are fma_wsss.coop.prompt_names)."""
    return {"voc": VOC_CLASSES, "coco": COCO_CLASSES, "toy": TOY_CLASSES}[kind]


def split_list_path(kind: str, root: Path | str, split: str) -> Path:
    """The file that lists the ids of `split` in a dataset of this kind."""
    root = Path(root)
    if kind == "coco":
        return root / "imagesLists" / f"{split}.txt"
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
    }[kind]
    if not root.is_dir():
        raise DatasetError(f"{kind} dataset root not found: {root} (expected a folder holding {', '.join(expected)})")
    missing = [d for d in expected if not (root / d).is_dir()]
    if missing:
        raise DatasetError(f"{kind} dataset root {root} lacks {', '.join(missing)} (expected {', '.join(expected)})")


def read_split(kind: str, root: Path | str, split: str) -> list[Sample]:
    """Parse the split list of a VOC/toy (`/JPEGImages/x.jpg /SegmentationClassAug/x.png`) or COCO (bare ids) set.

    Raises DatasetError for a missing root or list, an empty list, or a malformed line (file and line named).
    """
    root = Path(root)
    _check_root(kind, root)
    list_file = split_list_path(kind, root, split)
    if not list_file.is_file():
        raise DatasetError(f"split list not found: {list_file} (split {split!r} of the {kind} dataset at {root})")
    samples = []
    for line_no, line in enumerate(list_file.read_text().splitlines(), start=1):
        fields = line.split()
        if not fields:
            continue
        if kind == "coco":
            if len(fields) != 1:
                raise DatasetError(f"{list_file}:{line_no}: expected one image id per line, got {line!r}")
            img_id = fields[0]
            folder = _coco_image_folder(split)
            image = root / "images" / folder / f"{img_id}.jpg"
            label = root / "annotations" / folder / f"{img_id}.png"
        else:
            if len(fields) > 2 or not fields[0].startswith("/JPEGImages/"):
                raise DatasetError(
                    f"{list_file}:{line_no}: expected '/JPEGImages/<id>.jpg [/SegmentationClassAug/<id>.png]', "
                    f"got {line!r}"
                )
            image = root / fields[0].lstrip("/")
            label = root / fields[1].lstrip("/") if len(fields) == 2 else None
            img_id = Path(fields[0]).stem
        samples.append(Sample(img_id, image, label, list_file, line_no))
    if not samples:
        raise DatasetError(f"split list {list_file} is empty (expected one image per line)")
    first_line: dict[str, int] = {}
    for s in samples:
        if s.id in first_line:
            raise DatasetError(f"{list_file}:{s.line_no}: image id {s.id} is listed again (first on line "
                               f"{first_line[s.id]}); every id must appear once")  # fmt: skip
        first_line[s.id] = s.line_no
    return samples


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
        raise ValueError(f"shard {shard} out of range: {n_images} images in {n_shards} shards of {shard_size}")
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
    path: Path | str, num_classes: int, image_hw: tuple[int, int] | None = None, image_path: Path | str | None = None
) -> np.ndarray:
    """uint8 (H, W) seed map (pseudo label) from a seed PNG, checked: 8-bit single channel, values < num_classes
    (seeds hold no 255), and the image's size; DatasetError naming the file (and the image, if given) otherwise."""
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
    if seed.size and int(seed.max()) >= num_classes:
        raise DatasetError(f"seed {path}{of_image} has value {int(seed.max())} (expected 0..{num_classes - 1}: "
                           "no 255 in seeds)")  # fmt: skip
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

    def __init__(self, kind: str, root: Path | str, split: str):
        self.kind = kind
        self.root = Path(root)
        self.split = split
        self.class_names = dataset_class_names(kind)
        self.num_classes = len(self.class_names)
        self.samples = read_split(kind, self.root, split)
        self._index = {s.id: i for i, s in enumerate(self.samples)}

    @classmethod
    def from_config(cls, dataset_cfg: dict[str, Any], split: str) -> "SegDataset":
        return cls(dataset_cfg["kind"], dataset_cfg["root"], split)

    def __len__(self) -> int:
        return len(self.samples)

    def sample(self, img_id: str) -> Sample:
        return self.samples[self._index[img_id]]

    def image(self, img_id: str) -> np.ndarray:
        return load_image(self.sample(img_id))

    def label(self, img_id: str, image_hw: tuple[int, int] | None = None) -> np.ndarray:
        return load_label(self.sample(img_id), self.num_classes, image_hw)

    def spread_sample(self, count: int) -> list[str]:
        """`count` ids spread evenly over the split (first and last included): a fixed sample, e.g. the report's
        gallery, that needs no random seed and stays put when the split grows at its end."""
        n = len(self.samples)
        picks = np.unique(np.round(np.linspace(0, n - 1, min(count, n))).astype(int)) if n and count > 0 else []
        return [self.samples[i].id for i in picks]

    def restrict(self, ids: list[str]) -> "SegDataset":
        """This split limited to `ids`, in their order; DatasetError naming the first unknown id."""
        unknown = [i for i in ids if i not in self._index]
        if unknown:
            raise DatasetError(f"id {unknown[0]!r} is not in split {self.split} of {self.root}")
        subset = object.__new__(SegDataset)
        subset.__dict__.update(self.__dict__)
        subset.samples = [self.sample(i) for i in ids]
        subset._index = {s.id: k for k, s in enumerate(subset.samples)}
        return subset

    def image_and_label(self, img_id: str) -> tuple[np.ndarray, np.ndarray]:
        """Image and its label, the label's size checked against the image."""
        image = self.image(img_id)
        return image, self.label(img_id, image.shape[:2])
