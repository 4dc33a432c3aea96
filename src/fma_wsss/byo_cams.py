"""Bring your own CAMs: a folder of per-image CAM files made by another method -> one of our CAM shards (the HDF5
format of fma_wsss.cams), so that CAA refinement, SAMS seeding and evaluation read them like our own CAMs.

Formats (`fmt`):
  reference  FMA-WSSS's `<dir>/<id>.npz` (METHOD §8; the CAA-refined `cam_affed/<id>.npz` of §9 too): cam (P, h, w)
             at patch (or image) resolution, fg_cls (P,) 0-based fg classes, optional fg_logit (P,), all_logit
             (C_fg,) and att float16 (hw, hw), hw = h*w (what CAA needs).
  clip-es    CLIP-ES's `<dir>/<id>.npy` (generate_cams_voc12.py / generate_cams_coco14.py: np.save of a dict; its
             COCO files are named COCO_train2014_<id>.npy): `keys` int64 (P,) 0-based fg classes in the order the
             image's labels were listed (not sorted), `attn_highres` float16 (P, H, W), its attention-refined CAMs,
             min-max normalised to [0, 1], at image size; or the same two keys in an `.npz`. No attention, no logits.

A CLIP-ES .npy is a pickle. It is read by a restricted unpickler that rebuilds numpy arrays, dtypes, scalars and
plain containers only, so a file that names any other callable (os.system, ...) is refused and nothing of it runs.
Every problem is a DatasetError naming the file and what was expected.
"""

from __future__ import annotations

import codecs
import math
import pickle
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from .data import DatasetError, SegDataset, bounded_size, image_size, shard_slice
from .progress import progress
from .store import add_cam_record, writing_cam_shard

try:
    from numpy._core.multiarray import _reconstruct, scalar
except ImportError:  # NumPy 1.x
    from numpy.core.multiarray import _reconstruct, scalar  # type: ignore[no-redef]

BYO_FORMATS = ("reference", "clip-es")
FILE_NAMES = {  # fmt -> the names an id's file may have in the folder, tried in this order
    "reference": ("{id}.npz",),
    "clip-es": ("{id}.npy", "{id}.npz", "COCO_train2014_{id}.npy", "COCO_val2014_{id}.npy"),
}
FILE_KEYS = {  # fmt -> (our item -> the file's key, for the required items; optional items, same name in the file)
    "reference": ({"cam": "cam", "fg_cls": "fg_cls"}, ("fg_logit", "all_logit", "att")),
    "clip-es": ({"cam": "attn_highres", "fg_cls": "keys"}, ()),
}
# The only globals a pickle may name: what NumPy (1.x or 2.x) needs to rebuild arrays, dtypes and scalars, and the
# bytes of protocol-2 pickles (_codecs.encode(text, "latin1")).
SAFE_GLOBALS = {
    **{(module, name): obj for module in ("numpy.core.multiarray", "numpy._core.multiarray")
       for name, obj in (("_reconstruct", _reconstruct), ("scalar", scalar))},
    ("numpy", "ndarray"): np.ndarray,
    ("numpy", "dtype"): np.dtype,
    ("_codecs", "encode"): codecs.encode,
}  # fmt: skip


class UnsafePickleError(pickle.UnpicklingError):
    """A pickle names a global that is not in SAFE_GLOBALS (it would run code)."""


class SafeUnpickler(pickle.Unpickler):
    """Unpickler that resolves SAFE_GLOBALS only; anything else raises UnsafePickleError before it is called."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in SAFE_GLOBALS:
            raise UnsafePickleError(f"{module}.{name}")
        return SAFE_GLOBALS[(module, name)]


def _check_format(fmt: str) -> None:
    if fmt not in BYO_FORMATS:
        raise DatasetError(f"unknown CAM file format {fmt!r} (expected one of {', '.join(BYO_FORMATS)})")


def cam_file_path(cam_dir: Path | str, img_id: str, fmt: str) -> Path:
    """The file of image `img_id` in `cam_dir`: the first of the format's names (FILE_NAMES) that exists.
    DatasetError naming the id, the folder and the names looked for when there is none."""
    _check_format(fmt)
    names = [pattern.format(id=img_id) for pattern in FILE_NAMES[fmt]]
    for name in names:
        if (Path(cam_dir) / name).is_file():
            return Path(cam_dir) / name
    raise DatasetError(f"{cam_dir}: no CAM file for image {img_id} (expected {' or '.join(names)} there, "
                       f"{fmt} format)")  # fmt: skip


def read_npy_dict(path: Path) -> dict[str, Any]:
    """The dict that np.save wrote to a .npy (as CLIP-ES does), unpickled by SafeUnpickler."""
    with open(path, "rb") as fp:
        version = np.lib.format.read_magic(fp)
        read_header = {(1, 0): np.lib.format.read_array_header_1_0, (2, 0): np.lib.format.read_array_header_2_0}
        if version not in read_header:
            raise ValueError(f".npy format version {version} (expected 1.0 or 2.0)")
        shape, _, dtype = read_header[version](fp)
        if not dtype.hasobject:
            raise ValueError(f"it holds a plain {dtype} array of shape {shape}, not a pickled dict")
        value = SafeUnpickler(fp).load()
    if isinstance(value, np.ndarray) and value.shape == () and value.dtype.hasobject:
        value = value.item()
    if not isinstance(value, dict):
        raise TypeError(f"it holds a pickled {type(value).__name__}, not a dict")
    return value


def read_cam_arrays(path: Path) -> dict[str, Any]:
    """Every item of a per-image CAM file: an .npz (no pickles allowed) or a pickled-dict .npy (read_npy_dict)."""
    try:
        if path.suffix == ".npy":
            return read_npy_dict(path)
        with np.load(path, allow_pickle=False) as archive:
            return {key: archive[key] for key in archive.files}
    except UnsafePickleError as e:
        raise DatasetError(f"{path}: refused to unpickle, it names {e} (only numpy arrays and a dict are rebuilt, "
                           "no code is run; expected a CLIP-ES np.save of {keys, attn_highres})") from None  # fmt: skip
    except Exception as e:  # noqa: BLE001 - whatever a truncated or foreign file makes numpy, zip or pickle raise
        kind = "pickled-dict .npy" if path.suffix == ".npy" else ".npz archive of plain arrays"
        raise DatasetError(f"{path}: not a readable {kind}, truncated or of another format ({e})") from None


def grid_matches(cam_hw: tuple[int, int], image_hw: tuple[int, int]) -> bool:
    """Whether a CAM of (h, w) cells fits an image of (H, W) pixels: one stride s >= 1 (1 = the image size itself)
    with each side within one cell of side / s, whatever rounding the method used (ceil for a ViT patch grid)."""
    (h, w), (height, width) = cam_hw, image_hw
    if not (1 <= h <= height and 1 <= w <= width):
        return False
    lowest = max(height / (h + 1), width / (w + 1), 1.0)
    highest = min(height / (h - 1) if h > 1 else math.inf, width / (w - 1) if w > 1 else math.inf)
    return lowest <= highest


def shard_record(items: dict[str, Any], num_fg: int, image_hw: tuple[int, int], where: str) -> dict[str, np.ndarray]:
    """A file's items (cam (P, h, w), fg_cls (P,), optional fg_logit (P,), all_logit (num_fg,), att (hw, hw)) checked
    and converted to our shard's record: cam float32, fg_cls uint8 ascending (cam and fg_logit rows reordered
    with it), logits float32, att float16. image_hw: the image's (H, W) in pixels. DatasetErrors start with `where`."""
    cam, fg_cls = np.asarray(items["cam"]), np.asarray(items["fg_cls"])
    if cam.ndim != 3 or cam.dtype.kind not in "biuf":
        raise DatasetError(f"{where}: cam is {cam.dtype} of shape {cam.shape}, expected a 3-D numeric (P, h, w) array")
    if fg_cls.ndim != 1 or fg_cls.dtype.kind not in "iu":
        raise DatasetError(f"{where}: fg_cls is {fg_cls.dtype} of shape {fg_cls.shape}, expected 1-D integers (P,)")
    if len(fg_cls) != len(cam):
        raise DatasetError(f"{where}: {len(fg_cls)} classes in fg_cls but {len(cam)} CAMs (P, h, w), expected as many")
    if len(fg_cls) and (fg_cls.min() < 0 or fg_cls.max() >= num_fg):
        raise DatasetError(f"{where}: fg_cls holds {fg_cls.tolist()}, expected 0-based fg classes 0..{num_fg - 1}")
    if len(np.unique(fg_cls)) != len(fg_cls):
        raise DatasetError(f"{where}: fg_cls holds {fg_cls.tolist()}, expected every class once")
    h, w = cam.shape[1:]
    if not grid_matches((h, w), image_hw):
        height, width = image_hw
        raise DatasetError(f"{where}: cam is {h}x{w} (h x w) but the image is {height}x{width}: expected the image's "
                           f"size or a coarser grid of the same aspect ratio, e.g. the ViT-B/16 patch grid "
                           f"{-(-height // 16)}x{-(-width // 16)}")  # fmt: skip
    order = np.argsort(fg_cls, kind="stable")
    expected = {"cam": (len(cam), h, w), "fg_logit": (len(cam),), "all_logit": (num_fg,), "att": (h * w, h * w)}
    record = {"fg_cls": fg_cls[order].astype(np.uint8)}
    for key, shape in expected.items():
        if key not in items:
            continue
        value = np.asarray(items[key])
        if value.shape != shape or value.dtype.kind not in "biuf":
            grid = " = (h*w, h*w) for the cam's h x w grid" if key == "att" else ""
            raise DatasetError(f"{where}: {key} is {value.dtype} of shape {value.shape}, expected numbers of shape "
                               f"{shape}{grid}")  # fmt: skip
        value = value.astype(np.float16 if key == "att" else np.float32)
        bad = int(np.count_nonzero(~np.isfinite(value)))
        if bad:
            raise DatasetError(f"{where}: {key} has {bad} non-finite values (NaN or inf as {value.dtype}), "
                               "expected finite numbers")  # fmt: skip
        record[key] = value[order] if key in ("cam", "fg_logit") else value
    return {"cam": record.pop("cam"), "fg_cls": record.pop("fg_cls"), **record}


def load_cam_file(path: Path | str, fmt: str, num_fg: int, image_hw: tuple[int, int]) -> dict[str, np.ndarray]:
    """One per-image file of format `fmt` as our shard's record (shard_record); num_fg: the dataset's fg classes;
    image_hw: the image's (H, W). DatasetError naming the file for anything unreadable, missing or malformed."""
    _check_format(fmt)
    path = Path(path)
    arrays = read_cam_arrays(path)
    required, optional = FILE_KEYS[fmt]
    missing = [key for key in required.values() if key not in arrays]
    if missing:
        raise DatasetError(f"{path}: no {missing[0]!r} (expected the {fmt} keys {', '.join(required.values())}; "
                           f"the file has {', '.join(map(str, arrays)) or 'nothing'})")  # fmt: skip
    items = {ours: arrays[theirs] for ours, theirs in required.items()}
    items.update({key: arrays[key] for key in optional if key in arrays})
    return shard_record(items, num_fg, image_hw, str(path))


def read_fg_cls(path: Path | str, fmt: str) -> np.ndarray:
    """int64 (P,) the fg classes (0-based) a per-image CAM file of format `fmt` has CAMs for, reading no more of an
    .npz than that item. DatasetError naming the file when it is unreadable or fg_cls is not 1-D integers."""
    _check_format(fmt)
    path, key = Path(path), FILE_KEYS[fmt][0]["fg_cls"]
    if path.suffix != ".npz":
        value = read_cam_arrays(path).get(key)
    else:
        try:
            with np.load(path, allow_pickle=False) as archive:
                value = np.asarray(archive[key]) if key in archive.files else None
        except Exception as e:  # noqa: BLE001 - as read_cam_arrays: whatever a truncated or foreign file raises
            raise DatasetError(f"{path}: not a readable .npz archive of plain arrays, truncated or of another format "
                               f"({e})") from None  # fmt: skip
    if value is None:
        raise DatasetError(f"{path}: no {key!r} (expected the {fmt} classes item)")
    if value.ndim != 1 or value.dtype.kind not in "iu":
        raise DatasetError(f"{path}: {key} is {value.dtype} of shape {value.shape}, expected 1-D integers (P,)")
    return value.astype(np.int64)


def label_fg_classes(dataset: SegDataset, img_id: str) -> list[int] | None:
    """The image's fg classes (0-based) by its image-level labels, or None where it has none to compare with (no
    entry in a folder dataset's labels file, no GT in another kind's split)."""
    if dataset.kind != "folder" and not dataset.has_gt(img_id):
        return None
    try:
        return np.flatnonzero(dataset.image_labels(img_id)[1:]).tolist()
    except DatasetError:  # doctor's image-level label check names the problem; here only the comparison is skipped
        return None


def compare_with_labels(cam_classes: Mapping[str, Iterable[int]], label_classes: Mapping[str, Iterable[int] | None],
                        examples: int = 3) -> dict[str, Any]:  # fmt: skip
    """Imported CAMs' classes against the image-level labels, both 0-based fg classes per image id. Only ids with
    labels (not None) are compared. Returns compared (images), extra (images with a CAM of a class not in their
    labels), missing (images with a labelled class without a CAM), and up to `examples` ids of each."""
    compared, extra_ids, missing_ids = 0, [], []
    for img_id, cams in cam_classes.items():
        labels = label_classes.get(img_id)
        if labels is None:
            continue
        compared += 1
        cams, labels = set(map(int, cams)), set(map(int, labels))
        if cams - labels:
            extra_ids.append(img_id)
        if labels - cams:
            missing_ids.append(img_id)
    return {"compared": compared, "extra": len(extra_ids), "extra_ids": extra_ids[:examples],
            "missing": len(missing_ids), "missing_ids": missing_ids[:examples]}  # fmt: skip


def label_disagreement(agreement: dict[str, Any], cam_dir: Path | str, where: str = "images") -> str:
    """One line saying how the CAMs' classes disagree with the labels (compare_with_labels' result), or "" when
    they agree. `where` names the compared images (e.g. "images of shard 3")."""
    if not (agreement["extra"] or agreement["missing"]):
        return ""
    n = agreement["compared"]

    def part(key: str, what: str) -> str:
        ids = agreement[f"{key}_ids"]
        more = " …" if agreement[key] > len(ids) else ""
        return f"{agreement[key]} of {n} {where} {what}" + (f" (e.g. {', '.join(ids)}{more})" if ids else "")

    return (f"{cam_dir}: {part('extra', 'have a CAM of a class not in their image-level labels')}; "
            f"{part('missing', 'lack a CAM for a labelled class')}")  # fmt: skip


def import_cam_shard(
    dataset: SegDataset, shard: int, shard_size: int, cam_dir: Path | str, fmt: str, out: Path | str,
    provenance: dict | None = None, require_att: bool = False, log: Callable[[str], None] = print,
) -> dict[str, Any]:  # fmt: skip
    """The CAM files in `cam_dir` of the images of one shard of `dataset` -> a CAM shard at `out`, written atomically
    as run_cam_shard writes it. All files of a shard hold the attention or none does; require_att (CAA runs on the
    imported CAMs) wants it in every file. The CAMs' classes are compared with the image-level labels: a warning
    line is logged when they disagree. Returns images, seconds, with_att and labels (compare_with_labels)."""
    _check_format(fmt)
    cam_dir = Path(cam_dir)
    if not cam_dir.is_dir():
        raise DatasetError(f"CAM folder {cam_dir} not found (expected a folder of per-image {fmt} CAM files)")
    samples = dataset.samples[shard_slice(len(dataset), shard_size, shard)]
    t0 = time.perf_counter()
    first: tuple[Path, bool] | None = None  # the shard's first file and whether it has the attention
    cam_classes: dict[str, list[int]] = {}
    with writing_cam_shard(out, dataset.split, [s.id for s in samples], provenance) as f:
        for sample in progress(samples, desc=f"import cams {dataset.split} shard {shard}"):
            path = cam_file_path(cam_dir, sample.id, fmt)
            hw = image_size(sample)
            record = load_cam_file(path, fmt, dataset.num_classes - 1, hw)
            has_att = "att" in record
            if require_att and not has_att:
                raise DatasetError(f"{path}: no attention 'att' (h*w, h*w), which CAA on imported CAMs needs "
                                   "(cls.caa.enabled); import files that hold it, or turn CAA off")  # fmt: skip
            first = first or (path, has_att)
            if has_att != first[1]:
                raise DatasetError(f"{path} {'has' if has_att else 'has no'} attention 'att' but {first[0]}, the "
                                   f"shard's first file, {'does not' if has_att else 'does'}: expected every file "
                                   "with it or every file without")  # fmt: skip
            add_cam_record(f, sample.id, bounded_size(hw, dataset.max_side), record)  # stage I's size (max_side)
            cam_classes[sample.id] = record["fg_cls"].tolist()
    agreement = compare_with_labels(cam_classes, {i: label_fg_classes(dataset, i) for i in cam_classes})
    warning = label_disagreement(agreement, cam_dir, f"images of shard {shard}")
    if warning:  # the seeds follow the CAMs' classes: worth a look, not a reason to stop
        log(f"warning: {warning}; expected the CAMs of this dataset's images, with 0-based fg classes in the order "
            "of its class list")  # fmt: skip
    return {"images": len(samples), "seconds": time.perf_counter() - t0, "with_att": bool(first and first[1]),
            "labels": agreement}  # fmt: skip
