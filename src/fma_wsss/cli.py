"""`fma-wsss`: the thin command line the Snakemake rules call. Settings arrive as JSON (a config section)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .config import ConfigError
from .data import DatasetError, SegDataset


def _json(text: str) -> dict:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise argparse.ArgumentTypeError(f"not valid JSON: {e}") from None
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError("expected a JSON object")
    return value


def cmd_toy_dataset(args: argparse.Namespace) -> None:
    from .toy import generate_toy_dataset

    manifest = generate_toy_dataset(args.root, args.settings)
    counts = {s: v["images"] for s, v in manifest["splits"].items()}
    print(f"toy dataset written to {args.root}: {counts}")


def cmd_masks(args: argparse.Namespace) -> None:
    from .masks import run_mask_shard

    settings = args.settings
    if args.rsw_chunk_size is not None:
        settings["rock_sand_water_chunk_size"] = args.rsw_chunk_size
    if args.points_per_batch is not None and "sam" in settings:
        settings["sam"]["points_per_batch"] = args.points_per_batch
    dataset = SegDataset.from_config(args.dataset, args.split)
    shard = run_mask_shard(dataset, args.shard, args.shard_size, settings, args.out)
    n_masks = sum(len(m) for m in shard.masks if m is not None)
    print(f"{args.out}: {len(shard.ids)} images, {n_masks} masks, {shard.attrs['seconds']:.1f} s")


def cmd_tiny_sam(args: argparse.Namespace) -> None:
    from .sam import save_random_tiny_sam

    save_random_tiny_sam(args.out, args.seed)
    print(f"random tiny SAM (seed {args.seed}) written to {args.out}")


def cmd_mask_report(args: argparse.Namespace) -> None:
    from .masks import mask_quality, quality_markdown
    from .store import read_mask_shard, write_json_atomic, write_text_atomic

    by_split: dict[str, list[Path]] = {}
    for path in args.shards:
        by_split.setdefault(read_mask_shard(path).attrs["split"], []).append(path)
    reports = [mask_quality(SegDataset.from_config(args.dataset, split), paths) for split, paths in by_split.items()]
    write_json_atomic(args.json, {"title": args.title, "splits": reports})
    write_text_atomic(args.md, quality_markdown(reports, args.title))
    for r in reports:
        print(f"{r['split']}: oracle mIoU {r['oracle_miou']:.2f}, {r['masks_per_image']:.1f} masks/img, "
              f"{r['bytes_per_image']:.0f} B/img")  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fma-wsss", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("toy-dataset", help="generate the toy dataset (VOC layout)")
    p.add_argument("--root", type=Path, required=True)
    p.add_argument("--settings", type=_json, required=True, help="the dataset.toy config section as JSON")
    p.set_defaults(func=cmd_toy_dataset)

    p = sub.add_parser("masks", help="stage S0: quasi-superpixels of one shard")
    p.add_argument("--dataset", type=_json, required=True, help="the experiment's dataset section as JSON")
    p.add_argument("--split", required=True)
    p.add_argument("--shard", type=int, required=True)
    p.add_argument("--shard-size", type=int, required=True)
    p.add_argument("--settings", type=_json, required=True, help="the masks config section as JSON")
    p.add_argument("--rsw-chunk-size", type=int, help="memory only: overrides masks.rock_sand_water_chunk_size")
    p.add_argument("--points-per-batch", type=int, help="memory only: overrides masks.sam.points_per_batch")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_masks)

    p = sub.add_parser("tiny-sam", help="write a tiny SAM with random weights (toy and tests)")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_tiny_sam)

    p = sub.add_parser("mask-report", help="oracle mIoU, mask counts and bytes per image of mask shards")
    p.add_argument("--dataset", type=_json, required=True)
    p.add_argument("--shards", type=Path, nargs="+", required=True)
    p.add_argument("--json", type=Path, required=True)
    p.add_argument("--md", type=Path, required=True)
    p.add_argument("--title", default="Quasi-superpixel quality")
    p.set_defaults(func=cmd_mask_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except (ConfigError, DatasetError) as e:
        print(f"fma-wsss {args.command}: error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
