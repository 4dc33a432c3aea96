"""What the toy demo costs, read from a finished `make demo` in this checkout: time per rule (the rules'
`benchmark:` files, summed over the rule's jobs), T1/T2 and stage-II seconds per iteration (their summaries), and
the no-op re-run (`snakemake --profile profiles/local` with everything up to date; target ≤ 5 s).

Run after `make demo`:  python benchmarks/demo_cost.py
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from bench_json import emit

from fma_wsss.workflow import layout

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "results" / "toy"


def seconds_per_rule(benchmarks: Path) -> dict[str, float]:
    """Rule -> summed wall seconds of its jobs (a rule's files are benchmarks/<rule>.tsv or benchmarks/<rule>/…)."""
    totals: dict[str, float] = defaultdict(float)
    for tsv in benchmarks.rglob("*.tsv"):
        rule = tsv.relative_to(benchmarks).parts[0].removesuffix(".tsv")
        with tsv.open() as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        totals[rule] += sum(float(r["s"]) for r in rows) / max(1, len(rows))  # repeats average
    return dict(sorted(totals.items(), key=lambda kv: -kv[1]))


def demo_wall_seconds(log_dir: Path) -> float | None:
    """Wall seconds of the latest Snakemake run that made the whole demo (from the toy dataset to the `report`
    rule, to the end), from the "Elapsed time" its log ends with; None when no run of this checkout did. A later
    run that re-made only some stages (after an edit) is not the demo's time."""
    for log in sorted(log_dir.glob("*.snakemake.log"), reverse=True):
        text = log.read_text(errors="replace")
        elapsed = re.search(r"^Elapsed time: (\d+):(\d\d):(\d\d(?:\.\d+)?)$", text, flags=re.M)
        if "(Rule: toy_dataset)" in text and "(Rule: report)" in text and "steps (100%) done" in text and elapsed:
            hours, minutes, seconds = elapsed.groups()
            return int(hours) * 3600 + int(minutes) * 60 + float(seconds)
    return None


def main() -> None:
    if not (REPO / layout.REPORT_HTML.format(exp="toy")).is_file():
        emit("demo_cost", "toy demo figures", float("nan"), "", note="not measured: no finished `make demo` here")
        return
    wall = demo_wall_seconds(REPO / ".snakemake" / "log")
    if wall is not None:
        emit("demo_cost", "toy demo wall time (the run that made all of it, from its Snakemake log)", wall, "s", target=600.0)
    per_rule = seconds_per_rule(RESULTS / "benchmarks")
    toy_clip = REPO / "results" / "pretrains" / "toy_clip.pt.benchmark.tsv"
    if toy_clip.is_file():
        with toy_clip.open() as f:
            per_rule["toy_clip"] = float(next(csv.DictReader(f, delimiter="\t"))["s"])
        per_rule = dict(sorted(per_rule.items(), key=lambda kv: -kv[1]))
    print(f"{'rule':<22}{'s (sum over jobs)':>18}")
    for rule, seconds in per_rule.items():
        print(f"{rule:<22}{seconds:>18.1f}")
        emit("demo_cost", f"toy demo: {rule} (sum over its jobs)", seconds, "s")
    total = sum(per_rule.values())
    emit("demo_cost", "toy demo: every rule (sum; jobs overlap on 2 cores, so the wall time is lower)", total, "s")
    for task in ("cls", "seg"):
        summary = json.loads((REPO / layout.PROMPT_SUMMARY.format(exp="toy", task=task)).read_text())
        iterations = summary["history"][-1]["iteration"] + 1 - summary["resumed_from"]
        emit("demo_cost", f"toy T{1 if task == 'cls' else 2} ({task}) seconds per iteration", summary["seconds"] / iterations, "s/it")
    stage2 = json.loads((REPO / layout.STAGE2_TRAIN_SUMMARY.format(exp="toy", stage2_dir=layout.MAIN_STAGE2)).read_text())
    iters = stage2["history"]["train"][-1]["iteration"] if stage2.get("history", {}).get("train") else None
    if iters:
        emit("demo_cost", "toy stage II seconds per iteration (ResNet-18, batch 8, CPU)", stage2["seconds"] / iters, "s/it")

    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    snakemake = str(Path(sys.executable).parent / "snakemake")
    dry = subprocess.run([snakemake, "--profile", "profiles/local", "-n"], cwd=REPO, env=env, capture_output=True, text=True)
    if "Nothing to be done" not in dry.stdout + dry.stderr:  # a re-run would compute: not a no-op, not timed
        emit("demo_cost", "no-op re-run after the toy demo", float("nan"), "s", note="not timed: the demo is not up to date")
        return
    t0 = time.perf_counter()
    proc = subprocess.run([snakemake, "--profile", "profiles/local"], cwd=REPO, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    nothing = "Nothing to be done" in proc.stdout + proc.stderr
    emit("demo_cost", "no-op re-run after the toy demo (snakemake --profile profiles/local)", seconds, "s", target=5.0,
         note="nothing to do" if nothing else "JOBS RAN: the demo was not up to date")  # fmt: skip


if __name__ == "__main__":
    main()
