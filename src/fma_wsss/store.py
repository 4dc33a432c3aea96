"""Artifact store: the HDF5 shards, their provenance attribute and the quasi-superpixel shard format (COCO compressed
RLE in HDF5).

A mask shard holds, for the images of one shard, every mask as a COCO compressed RLE plus the per-mask fields of
METHOD §3.2 step 6, stored column-wise: one array per field over all masks of the shard, and offsets that say which
rows belong to which image. Images that failed keep their id and carry an error string instead of masks. Atomic
writes live in fma_wsss.files, the RLE codec and MaskSet in fma_wsss.rle, weights loading in fma_wsss.weights.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import h5py
import numpy as np

from .errors import CorruptArtifactError, StaleArtifactError
from .files import atomic_path
from .rle import MaskSet


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
            splits[key] = SegDataset.from_config(json.loads(dataset), wildcards["split"]).samples.ids
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
