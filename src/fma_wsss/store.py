"""Artifact store: atomic file writes and the quasi-superpixel shard format (COCO compressed RLE in HDF5).

A mask shard holds, for the images of one shard, every mask as a COCO compressed RLE plus the per-mask fields of
METHOD §3.2 step 6, stored column-wise: one array per field over all masks of the shard, and offsets that say which
rows belong to which image. Images that failed keep their id and carry an error string instead of masks.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import json
import os
import pickle
import re
import shutil
import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import h5py
import numpy as np
from pycocotools import mask as coco_mask

from .errors import CorruptArtifactError, StaleArtifactError, WeightsFileError


def load_tensor_file(path: Path | str, what: str, expected: str) -> Any:
    """torch.load of a user-supplied or resumed file, on the CPU, with weights_only=True: tensors and plain
    containers only, so a pickle that would import code is refused before anything runs. Every failure raises
    WeightsFileError (FileNotFoundError when missing) naming `what`, the file, and what was `expected`."""
    import torch

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{what} not found: {path} (expected {expected})")
    try:
        return torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as e:
        if "GLOBAL" in str(e):  # the pickle names a Python object to import: a class, or a function to call
            found = re.search(r"GLOBAL [\w.]+", str(e))
            raise WeightsFileError(f"{what} {path} was refused: it holds more than tensors ({found[0] if found else 'a global'}"
                                   f"), and loading it could run code (expected {expected})") from None  # fmt: skip
        raise WeightsFileError(f"{what} {path} is not a PyTorch weights file (expected {expected}): "
                               f"{_torch_load_reason(e)}") from None  # fmt: skip
    except Exception as e:  # noqa: BLE001  (zip, EOF and storage errors all mean: not a usable file)
        raise WeightsFileError(f"{what} {path} is not a readable PyTorch file, truncated or of another format "
                               f"(expected {expected}): {_torch_load_reason(e)}") from None  # fmt: skip


def _torch_load_reason(error: Exception) -> str:
    """The informative line of a torch.load error (its messages wrap it in paragraphs of advice)."""
    lines = [ln.strip() for ln in str(error).splitlines() if ln.strip()]
    useful = [ln for ln in lines if not ln.startswith(("Weights only load failed", "Please file", "Check the doc"))]
    return f"{type(error).__name__}: {(useful or lines or [''])[0][:200]}"


def open_shard(path: Path | str, what: str = "shard") -> h5py.File:
    """Open an HDF5 artifact for reading; CorruptArtifactError naming it when it is truncated or not HDF5."""
    if not Path(path).is_file():
        raise FileNotFoundError(f"{what} {path} does not exist")
    try:
        return h5py.File(path, "r")
    except OSError as e:
        raise CorruptArtifactError(f"{path}: not a readable HDF5 {what}, truncated or of another format ({e}); "
                                   "delete it and re-run the rule that makes it") from None  # fmt: skip


PROVENANCE_ATTR = "provenance"


def record_provenance(h5: h5py.File, provenance: dict | None) -> None:
    """Record what made this shard (rule, wildcards, params) as a JSON attribute; None records nothing."""
    if provenance is not None:
        h5.attrs[PROVENANCE_ATTR] = json.dumps(provenance, sort_keys=True, ensure_ascii=False)


def check_shard_provenance(path: Path | str, expected: dict) -> dict:
    """Stop with StaleArtifactError naming `path` and what differs unless the shard records the provenance whose
    digest is `expected` (provenance.provenance_digest); returns the recorded provenance."""
    from .provenance import provenance_differences

    with open_shard(path) as f:
        raw = f.attrs.get(PROVENANCE_ATTR)
    if raw is None:
        raise StaleArtifactError(f"{path} records no provenance (made by hand, or by a version before provenance was "
                                 f"recorded): delete it and re-run, or re-run with --forcerun {expected['rule']}")  # fmt: skip
    stored = json.loads(raw)
    diffs = provenance_differences(stored, expected)
    if diffs:
        raise StaleArtifactError(f"{path} was not made by this run's settings: {'; '.join(diffs[:4])}. Delete it, "
                                 f"or re-run with --forcerun {expected['rule']}")  # fmt: skip
    return stored


def check_input_shards(expected: dict[str, dict]) -> None:
    """Before a job reads them: every shard in `expected` (path -> digest of the provenance its producer records in
    this run) was made by that rule, wildcards, config and code, and holds the ids of its slice of the split as the
    split list reads today (each split read once). StaleArtifactError naming the shard and what differs otherwise."""
    from .data import SegDataset, shard_slice

    splits: dict[tuple[str, str], list[str]] = {}
    for path, digest in expected.items():
        stored = check_shard_provenance(path, digest)
        params, wildcards = stored["params"], stored["wildcards"]
        if not {"dataset", "shard_size"} <= set(params) or not {"split", "shard"} <= set(wildcards):
            continue
        dataset = params["dataset"] if isinstance(params["dataset"], str) else json.dumps(params["dataset"], sort_keys=True)
        key = (dataset, wildcards["split"])
        if key not in splits:
            splits[key] = [s.id for s in SegDataset.from_config(json.loads(dataset), wildcards["split"]).samples]
        want = splits[key][shard_slice(len(splits[key]), int(params["shard_size"]), int(wildcards["shard"]))]
        with open_shard(path) as f:
            ids = f["ids"].asstr()[()].tolist() if "ids" in f else []
        if ids != want:
            raise StaleArtifactError(f"{path} holds other images than shard {wildcards['shard']} of split "
                                     f"{wildcards['split']} as its list reads now ({_first_difference(ids, want)}). "
                                     "Delete it and re-run")  # fmt: skip


def _first_difference(ids: list[str], want: list[str]) -> str:
    first = next((i for i, (a, b) in enumerate(zip(ids, want)) if a != b), min(len(ids), len(want)))
    got = ids[first] if first < len(ids) else "none"
    expected = want[first] if first < len(want) else "none"
    return f"{len(ids)} ids, expected {len(want)}; first difference at position {first}: {got} instead of {expected}"


MASK_SHARD_FORMAT = "fma-wsss/mask-shard"
CAM_SHARD_FORMAT = "fma-wsss/cam-shard"  # written by fma_wsss.cams and fma_wsss.byo_cams
MASK_SHARD_VERSION = 1


def _writer_tag() -> str:
    """host-pid of this process: names its temporary files, so that a later writer can tell a dead one's."""
    return f"{re.sub(r'[^A-Za-z0-9_]', '_', socket.gethostname())}-{os.getpid()}"


def _is_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True


def remove_dead_writers_files(path: Path) -> list[Path]:
    """Delete the temporary files of `path` left by writers of this host that no longer run (a job killed with
    SIGKILL or by the OOM killer cannot clean up after itself); another host's or a live writer's are kept."""
    pattern = re.compile(rf"\.{re.escape(path.name)}\.(?P<tag>\w+)-(?P<pid>\d+)\.\w+\.tmp")
    host = _writer_tag().rsplit("-", 1)[0]
    removed = []
    for candidate in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        match = pattern.fullmatch(candidate.name)
        if match and match["tag"] == host and not _is_alive(int(match["pid"])):
            with contextlib.suppress(FileNotFoundError):
                candidate.unlink()
                removed.append(candidate)
    return removed


@contextlib.contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it to `path` when the block succeeds, delete it otherwise.
    Temporary files of `path` that a killed writer left behind are deleted first."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_dead_writers_files(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{_writer_tag()}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; artifacts get the usual permissions
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if _is_disk_full(e):
            free = shutil.disk_usage(path.parent).free
            raise OSError(errno.ENOSPC, f"no space left on the device while writing {path} ({free / 2**20:.1f} MiB "
                                        "free there); nothing was written under that name: free space and re-run, "
                                        "finished artifacts are kept") from e  # fmt: skip
        raise


def _is_disk_full(error: BaseException) -> bool:
    """ENOSPC or EDQUOT, also when a library (HDF5) reports it only in its message."""
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return isinstance(error, (OSError, RuntimeError)) and "No space left on device" in str(error)


def write_text_atomic(path: Path | str, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text)


def write_json_atomic(path: Path | str, obj: Any) -> None:
    write_text_atomic(path, json.dumps(obj, indent=1, sort_keys=False) + "\n")


def read_json(path: Path | str, what: str) -> Any:
    """A JSON artifact (`what`: e.g. 'evaluation file'); CorruptArtifactError naming it when it is truncated or not
    JSON, FileNotFoundError when it is missing."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise CorruptArtifactError(f"{path}: not a readable JSON {what}, truncated or of another format ({e}); "
                                   "delete it and re-run the rule that makes it") from None  # fmt: skip


@dataclass
class MaskSet:
    """The quasi-superpixels of one image, S masks in output order (the order breaks ties when seeds are painted).

    rles: S COCO compressed RLE strings of (H, W) masks; bbox and crop_box are XYWH in pixels; point_coords (S, 2)
    are the (x, y) prompts; level 0 = sub-part, 1 = part, 2 = whole.
    """

    height: int
    width: int
    rles: list[bytes]
    level: np.ndarray  # uint8 (S,)
    area: np.ndarray  # int64 (S,)
    bbox: np.ndarray  # int64 (S, 4)
    predicted_iou: np.ndarray  # float32 (S,)
    predicted_iou_thresh: np.ndarray  # float32 (S,)
    predicted_iou_nms: np.ndarray  # float32 (S,)
    stability_score: np.ndarray  # float32 (S,)
    stability_score_bias: np.ndarray  # float32 (S,)
    point_coords: np.ndarray  # float64 (S, 2)
    crop_box: np.ndarray  # int64 (S, 4)

    COLUMNS = {
        "level": (np.uint8, ()),
        "area": (np.int64, ()),
        "bbox": (np.int64, (4,)),
        "predicted_iou": (np.float32, ()),
        "predicted_iou_thresh": (np.float32, ()),
        "predicted_iou_nms": (np.float32, ()),
        "stability_score": (np.float32, ()),
        "stability_score_bias": (np.float32, ()),
        "point_coords": (np.float64, (2,)),
        "crop_box": (np.int64, (4,)),
    }

    def __post_init__(self) -> None:
        n = len(self.rles)
        for name, (dtype, tail) in self.COLUMNS.items():
            value = np.asarray(getattr(self, name), dtype=dtype).reshape((n, *tail))
            setattr(self, name, value)

    def __len__(self) -> int:
        return len(self.rles)

    @classmethod
    def from_binary(cls, masks: np.ndarray, level: np.ndarray, **columns: Any) -> "MaskSet":
        """Encode bool masks (S, H, W); area and bbox are computed, other columns default to neutral values.

        Defaults: predicted_iou* and stability_score 1.0, bias 0, point = (0, 0), crop_box = the whole image.
        """
        masks = np.asarray(masks, dtype=bool)
        n, h, w = masks.shape
        rles = [r["counts"] for r in coco_mask.encode(np.asfortranarray(masks.transpose(1, 2, 0).astype(np.uint8)))] if n else []
        ones = np.ones(n, np.float32)
        defaults = {
            "predicted_iou": ones, "predicted_iou_thresh": ones, "predicted_iou_nms": ones, "stability_score": ones,
            "stability_score_bias": np.zeros(n, np.float32), "point_coords": np.zeros((n, 2)),
            "crop_box": np.tile([0, 0, w, h], (n, 1)),
        }  # fmt: skip
        defaults.update(columns)
        return cls(h, w, rles, level, masks.reshape(n, h * w).sum(1), _boxes_xywh(masks), **defaults)

    def decode(self) -> np.ndarray:
        """bool (S, H, W) masks."""
        if not self.rles:
            return np.zeros((0, self.height, self.width), bool)
        objs = [{"size": [self.height, self.width], "counts": r} for r in self.rles]
        return coco_mask.decode(objs).transpose(2, 0, 1).astype(bool)

    def runs(self) -> "MaskRuns":
        """The masks as column-major runs, decoded from the RLE strings without forming the dense masks."""
        return MaskRuns.from_rles(self.rles, self.height, self.width)

    def select(self, index: np.ndarray | list[int]) -> "MaskSet":
        """The masks at `index`, in that order."""
        index = np.asarray(index, dtype=np.int64)
        cols = {name: getattr(self, name)[index] for name in self.COLUMNS}
        return MaskSet(self.height, self.width, [self.rles[i] for i in index], **cols)


@dataclass
class MaskRuns:
    """The S masks of an (H, W) image as runs of foreground pixels in column-major order, the order of COCO RLE:
    run r covers the flat column-major pixel indices [start[r], end[r]) and belongs to mask owner[r]; a mask's runs
    are contiguous and ascending, owners ascend. Labelling, averaging and painting on runs cost what the runs cost,
    not S·H·W (benchmarks/sams_speed.py)."""

    height: int
    width: int
    count: int  # S, masks without a pixel included
    start: np.ndarray  # int64 (R,)
    end: np.ndarray  # int64 (R,)
    owner: np.ndarray  # int64 (R,)

    @classmethod
    def from_rles(cls, rles: list[bytes], height: int, width: int) -> "MaskRuns":
        """Runs of COCO compressed RLE strings of (height, width) masks, decoded without forming the masks.

        pycocotools only decodes to dense masks; this reads its string format directly (per count: 5-bit groups,
        least significant first, offset by 48, 0x20 = more groups follow, 0x10 in the last group = negative; counts
        from the fourth on are stored as differences to the count two before). ValueError if a string's counts do not
        add up to height · width."""
        if not rles:
            return cls._empty(height, width, 0)
        counts, string, index = _coco_counts(rles)
        totals = np.bincount(string, weights=counts, minlength=len(rles))
        for bad in np.flatnonzero(totals != height * width)[:1]:
            raise CorruptArtifactError(f"RLE string {bad} does not describe a {height}x{width} mask (its runs add up to "
                             f"{int(totals[bad])} pixels)")  # fmt: skip
        for bad in string[counts < 0][:1]:
            raise CorruptArtifactError(f"RLE string {bad} has a negative run")
        ends = np.cumsum(counts)
        ends -= np.repeat((ends - counts)[index == 0], np.bincount(string, minlength=len(rles)))  # restart per string
        ones = (index % 2 == 1) & (counts > 0)  # counts alternate 0-runs and 1-runs, starting with 0
        return cls(height, width, len(rles), ends[ones] - counts[ones], ends[ones], string[ones])

    @classmethod
    def from_dense(cls, masks: np.ndarray) -> "MaskRuns":
        """Runs of bool masks (S, H, W)."""
        s, h, w = masks.shape
        flat = np.asarray(masks, bool).transpose(0, 2, 1).reshape(s, h * w)
        edges = np.diff(np.pad(flat, ((0, 0), (1, 1))).astype(np.int8), axis=1)
        owner, start = np.nonzero(edges == 1)
        _, end = np.nonzero(edges == -1)
        return cls(h, w, s, start.astype(np.int64), end.astype(np.int64), owner.astype(np.int64))

    @classmethod
    def _empty(cls, height: int, width: int, count: int) -> "MaskRuns":
        none = np.zeros(0, np.int64)
        return cls(height, width, count, none, none.copy(), none.copy())

    def areas(self) -> np.ndarray:
        """int64 (S,) pixels per mask."""
        return np.bincount(self.owner, weights=self.end - self.start, minlength=self.count).astype(np.int64)

    def pixels(self) -> tuple[np.ndarray, np.ndarray]:
        """Every covered (mask, pixel) pair: int64 column-major pixel indices and their owners, mask by mask."""
        lengths = self.end - self.start
        first = np.cumsum(lengths) - lengths
        index = np.arange(int(lengths.sum()), dtype=np.int64) + np.repeat(self.start - first, lengths)
        return index, np.repeat(self.owner, lengths)

    def covered(self) -> int:
        """Pixels that at least one mask covers."""
        order = np.argsort(self.start, kind="stable")
        start, reach = self.start[order], np.maximum.accumulate(self.end[order])
        before = np.concatenate([[0], reach[:-1]])
        return int(np.maximum(reach - np.maximum(start, before), 0).sum())

    def sums(self, values: np.ndarray) -> np.ndarray:
        """float64 (P, S) sums of values (P, H, W) over each mask, from float64 prefix sums over the runs."""
        flat = np.asarray(values).transpose(0, 2, 1).reshape(len(values), self.height * self.width)
        prefix = np.zeros((len(values), flat.shape[1] + 1), np.float64)
        np.cumsum(flat, axis=1, dtype=np.float64, out=prefix[:, 1:])
        per_run = prefix[:, self.end] - prefix[:, self.start]
        out = np.zeros((len(values), self.count), np.float64)
        if len(self.owner):
            firsts = np.flatnonzero(np.r_[True, self.owner[1:] != self.owner[:-1]])
            out[:, self.owner[firsts]] = np.add.reduceat(per_run, firsts, axis=1)
        return out

    def paint(self, labels: np.ndarray, order: np.ndarray) -> np.ndarray:
        """uint8 (H, W): masks painted in `order` (first painted first, later on top) with their labels; 0 where no
        mask of `order` lies."""
        out = np.zeros(self.height * self.width, np.uint8)
        rank = np.full(self.count, -1, np.int64)
        rank[np.asarray(order, np.int64)] = np.arange(len(order))
        runs = np.flatnonzero(rank[self.owner] >= 0)
        runs = runs[np.argsort(rank[self.owner[runs]], kind="stable")]
        labels = np.asarray(labels, np.uint8)
        for a, b, label in zip(self.start[runs].tolist(), self.end[runs].tolist(), labels[self.owner[runs]].tolist()):
            out[a:b] = label
        return out.reshape(self.width, self.height).T.copy()


def _coco_counts(rles: list[bytes]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The run counts of COCO compressed RLE strings, all strings at once: counts (N,) int64, the string each count
    belongs to (N,) and its index within that string (N,)."""
    lengths = np.fromiter((len(r) for r in rles), np.int64, len(rles))
    chars = np.frombuffer(b"".join(rles), np.uint8).astype(np.int64) - 48
    last = (chars & 0x20) == 0  # the group that ends a count
    string_of_char = np.repeat(np.arange(len(rles)), lengths)
    bad_char = string_of_char[(chars < 0) | (chars > 63)]
    cut = np.flatnonzero(lengths > 0)[~last[np.cumsum(lengths)[lengths > 0] - 1]]  # ends inside a count
    broken = np.concatenate([np.flatnonzero(lengths == 0), bad_char, cut])
    if broken.size:
        raise CorruptArtifactError(f"RLE string {int(broken.min())} is not a COCO compressed RLE (empty, a character outside "
                         "'0'..'o', or a cut count)")  # fmt: skip
    first = np.flatnonzero(np.concatenate([[True], last[:-1]]))
    groups = np.diff(np.append(first, len(chars)))
    shift = 5 * (np.arange(len(chars)) - np.repeat(first, groups))
    value = np.add.reduceat((chars & 0x1F) << shift, first) if len(first) else np.zeros(0, np.int64)
    value = np.where(chars[last] & 0x10, value - (1 << (5 * groups)), value)
    per_string = np.add.reduceat(last, np.concatenate([[0], np.cumsum(lengths)[:-1]])).astype(np.int64)
    string = np.repeat(np.arange(len(rles)), per_string)
    index = np.arange(len(value)) - np.repeat(np.cumsum(per_string) - per_string, per_string)
    counts = value.copy()
    for parity, first_delta in ((1, 1), (0, 2)):  # counts[m] += counts[m − 2] for m > 2: one running sum per parity
        sel = np.flatnonzero((index % 2 == parity) & (index >= first_delta))
        if sel.size:
            running = np.cumsum(value[sel])
            head = np.flatnonzero(np.concatenate([[True], string[sel][1:] != string[sel][:-1]]))
            counts[sel] = running - np.repeat((running - value[sel])[head], np.diff(np.append(head, sel.size)))
    return counts, string, index


def _boxes_xywh(masks: np.ndarray) -> np.ndarray:
    """int64 (S, 4) tight XYWH boxes of bool masks (S, H, W), w = x1 - x0 on inclusive max like SAM; 0 if empty."""
    n = masks.shape[0]
    boxes = np.zeros((n, 4), np.int64)
    rows, cols = masks.any(2), masks.any(1)
    for i in range(n):
        ys, xs = np.flatnonzero(rows[i]), np.flatnonzero(cols[i])
        if ys.size:
            boxes[i] = [xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0]]
    return boxes


@dataclass
class MaskShard:
    """Masks of the images of one shard; `errors[i]` is '' for a good image, else why it has no masks."""

    ids: list[str]
    masks: list[MaskSet | None]
    errors: list[str]
    attrs: dict[str, Any]

    def __iter__(self) -> Iterator[tuple[str, MaskSet | None, str]]:
        return iter(zip(self.ids, self.masks, self.errors))


def write_mask_shard(path: Path | str, shard: MaskShard, provenance: dict | None = None) -> None:
    """Write `shard` to `path` (HDF5) atomically, with the provenance record of the job that made it."""
    good = [m for m in shard.masks if m is not None]
    per_image = [len(m) if m is not None else 0 for m in shard.masks]
    rles = [r for m in good for r in m.rles]
    with atomic_path(path) as tmp, h5py.File(tmp, "w") as f:
        f.attrs["format"] = MASK_SHARD_FORMAT
        f.attrs["version"] = MASK_SHARD_VERSION
        f.attrs["attrs_json"] = json.dumps(shard.attrs)
        record_provenance(f, provenance)
        str_dt = h5py.string_dtype()
        f.create_dataset("ids", data=np.array(shard.ids, dtype=object), dtype=str_dt)
        f.create_dataset("errors", data=np.array(shard.errors, dtype=object), dtype=str_dt)
        hw = [(m.height, m.width) if m is not None else (0, 0) for m in shard.masks]
        f.create_dataset("image_hw", data=np.array(hw, np.int32).reshape(-1, 2))
        f.create_dataset("mask_offsets", data=np.concatenate([[0], np.cumsum(per_image)]).astype(np.int64))
        f.create_dataset("rle_offsets", data=np.concatenate([[0], np.cumsum([len(r) for r in rles])]).astype(np.int64))
        f.create_dataset("rle", data=np.frombuffer(b"".join(rles), np.uint8), compression="gzip", compression_opts=4)
        for name, (dtype, tail) in MaskSet.COLUMNS.items():
            col = np.concatenate([getattr(m, name) for m in good]) if good else np.zeros((0, *tail), dtype)
            f.create_dataset(name, data=col.astype(dtype), compression="gzip", compression_opts=4, shuffle=True)


def read_mask_shard(path: Path | str) -> MaskShard:
    """Read a shard written by write_mask_shard; CorruptArtifactError naming the file if it is not one."""
    path = Path(path)
    with open_shard(path, "mask shard") as f:
        if f.attrs.get("format") != MASK_SHARD_FORMAT:
            raise CorruptArtifactError(f"{path}: not a mask shard (format attribute {f.attrs.get('format')!r}, "
                                       f"expected {MASK_SHARD_FORMAT!r})")  # fmt: skip
        ids = [s.decode() if isinstance(s, bytes) else s for s in f["ids"][()]]
        errors = [s.decode() if isinstance(s, bytes) else s for s in f["errors"][()]]
        hw = f["image_hw"][()]
        mask_off = f["mask_offsets"][()]
        rle_off = f["rle_offsets"][()]
        rle_bytes = f["rle"][()].tobytes()
        cols = {name: f[name][()] for name in MaskSet.COLUMNS}
        attrs = json.loads(f.attrs["attrs_json"])
    masks: list[MaskSet | None] = []
    for i, err in enumerate(errors):
        if err:
            masks.append(None)
            continue
        a, b = mask_off[i], mask_off[i + 1]
        rles = [rle_bytes[rle_off[j] : rle_off[j + 1]] for j in range(a, b)]
        masks.append(MaskSet(int(hw[i, 0]), int(hw[i, 1]), rles, **{k: v[a:b] for k, v in cols.items()}))
    return MaskShard(ids, masks, errors, attrs)


@contextlib.contextmanager
def writing_cam_shard(out: Path | str, split: str, ids: list[str], provenance: dict | None = None) -> Iterator[h5py.File]:
    """A CAM shard (fma_wsss.cams' format) open for writing under a temporary name, renamed to `out` when the block
    completes: format, split, provenance and the ids (shard order) set; add images with add_cam_record."""
    with atomic_path(out) as tmp, h5py.File(tmp, "w") as f:
        f.attrs["format"] = CAM_SHARD_FORMAT
        f.attrs["split"] = split
        record_provenance(f, provenance)
        f.create_dataset("ids", data=np.array(list(ids), dtype=object), dtype=h5py.string_dtype())
        yield f


def add_cam_record(f: h5py.File, img_id: str, hw: tuple[int, int], record: dict[str, np.ndarray]) -> None:
    """One image's group in a CAM shard being written: attributes height, width (the image's) and the record's arrays."""
    group = f.create_group(f"images/{img_id}")
    group.attrs["height"], group.attrs["width"] = hw
    for key, value in record.items():
        group.create_dataset(key, data=value)
