"""One JSON line per measurement, which `run_all.py` collects into the table of benchmarks/README.md.

A line: {"bench": script, "figure": what, "value": ours, "unit": ..., "reference": the reference's figure measured in
the same run (or null), "ratio": how many times better ours is (reference / ours when lower is better), "target":
"lower_is_better", the issue's target, "target_on": "value" or "ratio", "met": true/false/null, "note": ...}.
"""

from __future__ import annotations

import json
import platform
import sys


def emit(bench: str, figure: str, value: float, unit: str, reference: float | None = None, lower_is_better: bool = True,
         target: float | None = None, target_on: str = "value", note: str = "") -> dict:  # fmt: skip
    """Print one measurement as a JSON line (flushed) and return it."""
    value = float(value)  # numpy scalars are not JSON
    reference = None if reference is None else float(reference)
    ratio = None
    if reference is not None and value:
        ratio = reference / value if lower_is_better else value / reference
    met = None
    if target is not None:
        measured = value if target_on == "value" else ratio
        if measured is not None:
            met = bool(measured <= target if (lower_is_better and target_on == "value") else measured >= target)
    line = {"bench": bench, "figure": figure, "value": value, "unit": unit, "reference": reference, "ratio": ratio,
            "lower_is_better": lower_is_better, "target": target, "target_on": target_on, "met": met, "note": note}  # fmt: skip
    print(json.dumps(line, ensure_ascii=False), flush=True)
    return line


def machine() -> str:
    import os

    return f"{platform.machine()}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
