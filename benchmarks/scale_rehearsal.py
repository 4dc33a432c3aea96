"""The whole DAG at VOC's and COCO's sizes on tiny images: what grows faster than the number of images.

Writes a config with one experiment, `scale`: the toy's (toy CLIP, Felzenszwalb masks, both prompt tasks, the tiny
Mask2Former) on a generated toy dataset of N train images of 32-64 px, shard size 500 (VOC's and COCO's), trainings
shortened to a few iterations and no control CAMs (as VOC and COCO). Runs Snakemake on it (local profile, or the
SLURM profile against tests/fake_slurm with --slurm) and reports per rule: jobs, summed seconds, seconds per image
of the train split, the largest peak RSS of one job (Snakemake's `benchmark:` files); and the longest command and
argument of the DAG, the largest folder of results/. Compare two runs (10,582 and 82,081 ids) with --compare.
Seconds per image are a rule's summed job seconds (start-up included) over the images its jobs processed (each
shard's, the 100 val images included; a whole-split job counts the train split), so a stopped run (--collect) gives
the same figure over the jobs it finished.
Run:  python benchmarks/scale_rehearsal.py --ids 10582 --workdir /tmp/scale10k --json scale10k.json
      python benchmarks/scale_rehearsal.py --ids 82081 --stage1 --workdir /tmp/scale82k --json scale82k.json
      python benchmarks/scale_rehearsal.py --compare scale10k.json scale82k.json
--tasks cls runs (or, with --collect, counts) the classification task's side alone: every per-image rule once.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shlex
import subprocess
import sys
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import yaml
from bench_json import emit

from fma_wsss.data import shard_slice
from fma_wsss.workflow import layout

REPO = Path(__file__).resolve().parents[1]
SHARD_SIZE = 500  # VOC's and COCO's
VAL_IDS = 100
PER_IMAGE = ("masks", "mask_eval", "infer_cams", "refine_cams", "cam_eval", "seeds", "seed_eval", "export_seeds_cls",
             "export_seeds_seg", "toy_dataset")  # rules whose work grows with the train split  # fmt: skip


def write_config(workdir: Path, ids: int) -> None:
    """workdir/config.yaml: the repository's config with the `scale` experiment selected."""
    config = yaml.safe_load((REPO / "config.yaml").read_text())
    exp = json.loads(json.dumps(config["experiments"]["toy"]))  # a deep copy without YAML anchors
    exp["dataset"].update(root="results/scale/dataset")
    exp["dataset"]["toy"].update(n_train=ids, n_val=VAL_IDS, min_side=32, max_side=64, max_objects=2)
    exp["shard_size"] = SHARD_SIZE
    for task in ("cls", "seg"):
        exp[task]["train"].update(max_iter=20, warm_iters=2, save_step=10, batch_size=16)
        exp[task]["train"]["augment"].update(low=40, high=64, short_thresh=32, crop=32)
        exp[task]["infer"]["controls"] = []
    exp["stage2"].update(max_iters=20, val_interval=10, batch_size=8)
    config["toy_clip"].update(n_pairs=2000, n_holdout=100, steps=30)
    config["experiments"] = {"scale": exp}
    config["experiment"] = "scale"
    (workdir / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True))


def run_snakemake(workdir: Path, targets: list[str], slurm: bool, cores: int) -> float:
    """Snakemake on `targets`; its wall seconds."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    profile = ["--profile", str(REPO / "profiles" / "local"), "--cores", str(cores)]
    if slurm:
        env["PATH"] = f"{REPO / 'tests' / 'fake_slurm'}{os.pathsep}{env['PATH']}"
        env["FAKE_SLURM_LOG"] = str(workdir / "fake_slurm.jsonl")
        profile = ["--profile", str(REPO / "profiles" / "slurm"), "--slurm-init-seconds-before-status-checks", "1"]
    cmd = [sys.executable, "-m", "snakemake", "--snakefile", str(REPO / "workflow" / "Snakefile"), "--directory",
           str(workdir), *profile, *targets]  # fmt: skip
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"snakemake failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return time.perf_counter() - t0


def job_images(tsv: Path, ids: int, shard_size: int = SHARD_SIZE) -> int:
    """Images a job's benchmark file stands for: its shard's (shard-NNNN.tsv of the train split; VAL_IDS for val),
    else the whole train split (export, reports, the dataset)."""
    if not tsv.name.startswith("shard-"):
        return ids
    n = ids if tsv.parent.name == "train" else VAL_IDS
    return len(range(n)[shard_slice(n, shard_size, int(tsv.stem.removeprefix("shard-")))])


def task_of_benchmark(parts: tuple[str, ...]) -> str | None:
    """The task (or CAM prompts) a benchmark file's job ran for: rule/<task>/<split>/shard-N.tsv, or a whole-split
    job's <rule>_<task>.tsv; None for a job of no task (masks, the dataset)."""
    if len(parts) == 4:
        return parts[1]
    if not parts:
        return None
    stem = parts[0].removesuffix(".tsv")
    return stem.rsplit("_", 1)[1] if len(parts) == 1 and stem.rsplit("_", 1)[-1] in ("cls", "seg") else None


def per_rule(results: Path, ids: int, tasks: list[str] | None = None, since: float | None = None) -> dict[str, dict[str, float]]:
    """Rule -> jobs, summed seconds, the images those jobs processed and the largest max_rss (MB) over its jobs'
    benchmark files (those under benchmarks/, and the toy dataset's beside it); with tasks, only the jobs of those
    tasks (and of none); with since (epoch seconds), only the jobs that started then or later (a benchmark file is
    written when its job ends, after `s` seconds). Finished jobs only: a stopped run gives the rules' figures over
    the jobs it completed."""
    rules: dict[str, dict[str, float]] = defaultdict(lambda: {"jobs": 0, "seconds": 0.0, "cpu_seconds": 0.0, "images": 0,
                                                              "max_rss_mb": 0.0})  # fmt: skip
    benchmarks = results / "benchmarks"
    for tsv in [*benchmarks.rglob("*.tsv"), *results.glob("dataset.benchmark.tsv")]:
        parts = () if tsv.parent == results else tsv.relative_to(benchmarks).parts
        if tasks and task_of_benchmark(parts) not in (None, *tasks):
            continue
        rule = "toy_dataset" if tsv.parent == results else parts[0].removesuffix(".tsv")
        with tsv.open() as f:
            row = next(csv.DictReader(f, delimiter="\t"))
        if since is not None and tsv.stat().st_mtime - float(row["s"]) < since:
            continue
        rules[rule]["jobs"] += 1
        rules[rule]["images"] += job_images(tsv, ids)
        rules[rule]["seconds"] += float(row["s"])
        rules[rule]["cpu_seconds"] += float(row["cpu_time"]) if row.get("cpu_time") not in (None, "NA", "-") else 0.0
        rss = row.get("max_rss", "NA")
        rules[rule]["max_rss_mb"] = max(rules[rule]["max_rss_mb"], float(rss) if rss not in ("NA", "-") else 0.0)
    return dict(rules)


def longest_command_and_argument(workdir: Path, targets: list[str]) -> dict[str, int]:
    """Lengths (bytes) of the longest shell command and single argument of the DAG's jobs (a dry run of every job),
    and of the largest argument file (long argument groups go through @file: fma_wsss.workflow.commands)."""
    proc = subprocess.run([sys.executable, "-m", "snakemake", "--snakefile", str(REPO / "workflow" / "Snakefile"),
                           "--directory", str(workdir), "-n", "-p", "--forceall", *targets],
                          cwd=workdir, capture_output=True, text=True)  # fmt: skip
    commands = [line.strip() for line in proc.stdout.splitlines() if "fma-wsss " in line]
    arguments = [arg for command in commands for arg in shlex.split(command)]
    argfiles = list((workdir / layout.ARGFILES).glob("*"))
    return {"commands": len(commands), "longest_command": max(map(len, commands), default=0),
            "longest_argument": max(map(len, arguments), default=0),
            "largest_argfile": max((p.stat().st_size for p in argfiles), default=0)}  # fmt: skip


def largest_folder(results: Path) -> tuple[str, int]:
    """The folder of results/ with the most entries, and their number."""
    best = ("", 0)
    for folder, dirs, files in os.walk(results):
        if len(dirs) + len(files) > best[1]:
            best = (str(Path(folder).relative_to(results.parent)), len(dirs) + len(files))
    return best


def rehearse(args: argparse.Namespace) -> dict:
    workdir = args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    patterns = [layout.SEEDS_REPORT_MD, layout.SEED_MANIFEST]
    if not args.stage1:
        patterns += [layout.MASK_REPORT_MD, layout.CAM_REPORT_MD, layout.STAGE2_REPORT, layout.REPORT_HTML]
    if args.tasks == ["cls"]:  # every per-image rule once: masks, the cls CAMs and coarse seeds, their evaluations
        patterns = [layout.MASK_REPORT_MD, layout.CAM_REPORT_MD, layout.SEED_MANIFEST.replace("{task}", "cls")]
    targets = [p.format(exp="scale", task="seg", stage2_dir=layout.MAIN_STAGE2) for p in patterns]
    wall = None
    if not args.collect:
        write_config(workdir, args.ids)
        wall = run_snakemake(workdir, targets, args.slurm, args.cores)
    since = datetime.fromisoformat(args.since).timestamp() if args.since else None
    rules = per_rule(workdir / "results" / "scale", args.ids, args.tasks, since)
    for rule, r in rules.items():
        per_image = rule.startswith(PER_IMAGE)
        r["s_per_image"] = r["seconds"] / r["images"] if per_image else None
        r["cpu_s_per_image"] = r["cpu_seconds"] / r["images"] if per_image else None
    folder, entries = largest_folder(workdir / "results")
    return {"ids": args.ids, "slurm": args.slurm, "wall_s": wall, "tasks": args.tasks, "since": args.since, "rules": rules, "largest_folder": folder,
            "largest_folder_entries": entries, **longest_command_and_argument(workdir, targets)}  # fmt: skip


def print_run(run: dict) -> None:
    wall = f"{run['wall_s']:.0f} s wall" if run["wall_s"] is not None else "collected from a stopped run"
    print(f"{run['ids']} ids{' (fake SLURM)' if run['slurm'] else ''}: {wall}")
    print(f"{'rule':<20}{'jobs':>6}{'s':>10}{'ms/image':>10}{'max RSS MB':>12}")
    for rule, r in sorted(run["rules"].items(), key=lambda kv: -kv[1]["seconds"]):
        per = f"{1000 * r['s_per_image']:.2f}" if r["s_per_image"] is not None else ""
        print(f"{rule:<20}{r['jobs']:>6}{r['seconds']:>10.1f}{per:>10}{r['max_rss_mb']:>12.0f}")
    print(f"longest command {run['longest_command']} B, argument {run['longest_argument']} B, argument file "
          f"{run['largest_argfile']} B; largest folder {run['largest_folder']} ({run['largest_folder_entries']} entries)")


def compare(small: dict, large: dict) -> None:
    """Per-image rules' s/image at both sizes and their ratio (1.0: linear): wall seconds, and CPU seconds (which
    other processes on the machine disturb less)."""
    print(f"{'rule':<20}{small['ids']:>10}{large['ids']:>10}{'ratio':>7}{'cpu ' + str(small['ids']):>12}"
          f"{'cpu ' + str(large['ids']):>12}{'ratio':>7}  (ms/image)")  # fmt: skip
    for rule, r in sorted(large["rules"].items()):
        before = small["rules"].get(rule, {})
        if r["s_per_image"] is None or not before.get("s_per_image"):
            continue
        ratio = r["s_per_image"] / before["s_per_image"]
        cpu_before, cpu_after = before.get("cpu_s_per_image"), r.get("cpu_s_per_image")
        cpu_ratio = cpu_after / cpu_before if cpu_before and cpu_after else float("nan")
        print(f"{rule:<20}{1000 * before['s_per_image']:>10.2f}{1000 * r['s_per_image']:>10.2f}{ratio:>7.2f}"
              f"{1000 * (cpu_before or 0):>12.2f}{1000 * (cpu_after or 0):>12.2f}{cpu_ratio:>7.2f}")  # fmt: skip
        emit("scale_rehearsal", f"{rule}: s/image at {large['ids']} ids over {small['ids']}", ratio, "×", target=1.5)
        emit("scale_rehearsal", f"{rule}: CPU s/image at {large['ids']} ids over {small['ids']}", cpu_ratio, "×", target=1.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ids", type=int, default=10582)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/fma-wsss-scale"))
    parser.add_argument("--stage1", action="store_true", help="per-image rules and the stage-I report only")
    parser.add_argument("--slurm", action="store_true", help="through the SLURM profile and tests/fake_slurm")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--collect", action="store_true",
                        help="run nothing: the figures of the jobs a run in --workdir finished (a stopped run)")
    parser.add_argument("--tasks", nargs="+", choices=("cls", "seg"),
                        help="only the jobs of these tasks (to compare a run stopped after the cls task)")
    parser.add_argument("--since", help="with --collect: only the jobs that started at this time (ISO 8601, the "
                        "machine's local time) or later, e.g. once other work on the machine had stopped")
    parser.add_argument("--json", type=Path, help="write the run's figures here")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("SMALL", "LARGE"))
    args = parser.parse_args()
    if args.compare:
        compare(*(json.loads(p.read_text()) for p in args.compare))
        return
    run = rehearse(args)
    print_run(run)
    for rule, r in run["rules"].items():
        emit("scale_rehearsal", f"{rule}: peak RSS of one job, {args.ids} ids", r["max_rss_mb"], "MB", target=4096)
    emit("scale_rehearsal", f"longest argument, {args.ids} ids", run["longest_argument"], "B", target=8192)
    if args.json:
        args.json.write_text(json.dumps(run, indent=1))


if __name__ == "__main__":
    main()
