"""The COCO compressed RLE codec and mask sets: MaskSet (one image's masks as RLE strings plus per-mask fields) and
MaskRuns (the masks as column-major runs, decoded from the RLE strings without forming dense masks)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from pycocotools import mask as coco_mask

from .errors import CorruptArtifactError


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
