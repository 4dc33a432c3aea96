"""Run every benchmark, collect their JSON lines, and rewrite the table of benchmarks/README.md.

Each script prints one JSON line per measurement (bench_json.emit): our figure, the reference's formulation measured
in the same run where there is one, their ratio, and the target. The quality studies (toy_prompt_seeds.py,
toy_seg_lr.py, toy_seg_collapse.py, toy_clip_variants.py, toy_stage2_lr.py, toy_cam_crosstalk.py, toy_t1_augment.py,
toy_t1_probe.py) read a finished toy run or take tens of minutes and are not part of this suite. On a machine with
CUDA the GPU variants run too (SAM ViT-H AMG with the paper's settings, CAA and CAM inference on the GPU).
Run:  python benchmarks/run_all.py   (make bench)
"""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import torch
from bench_json import machine

HERE = Path(__file__).resolve().parent
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def suite(cuda: bool) -> list[tuple[str, list[str]]]:
    """(script, arguments) in the order run; sizes chosen so that the suite takes minutes on 2 CPU cores."""
    scripts = [
        ("miou_speed.py", []),
        ("mask_store_size.py", []),
        ("sams_speed.py", ["--images", "20"]),
        ("caa_speed.py", ["--images", "20"]),
        ("stage1_bytes.py", ["--images", "20"]),
        ("report_cost.py", ["--images", "10"]),
        ("cam_infer_speed.py", ["--images", "3", "--writes", "5", "--device", "cpu"]),
        ("sam_amg_speed.py", ["--model-type", "tiny", "--images", "1", "--batches", "64", "--device", "cpu"]),
        ("scaling.py", ["--quick"]),
        ("demo_cost.py", []),
    ]
    if cuda:
        scripts += [("caa_speed.py", ["--images", "50", "--device", "cuda"]),
                    ("cam_infer_speed.py", ["--images", "50", "--device", "cuda"]),
                    ("sam_amg_speed.py", ["--model-type", "vit_h", "--images", "5", "--device", "cuda"]),
                    ("train_prompts_speed.py", ["--device", "cuda"]),
                    ("stage2_gpu.py", [])]  # fmt: skip
    return scripts


def run(script: str, args: list[str]) -> tuple[list[dict], float, str]:
    """The script's measurements, its wall time, and its error text ('' when it succeeded)."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(HERE / script), *args], cwd=HERE.parent, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith('{"bench"')]
    error = "" if proc.returncode == 0 else (proc.stderr.strip().splitlines() or ["failed"])[-1]
    return lines, seconds, error


def fmt(value: float | None, unit: str = "") -> str:
    if value is None or value != value:  # None or NaN
        return "—"
    text = f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}"
    return f"{text} {unit}".strip()


def table(rows: list[dict], date: str, where: str) -> str:
    lines = [f"Last run: {date}, {where}. Ratio = how many times better than the reference's formulation measured "
             "in the same run (reference / ours for times and sizes).", "",
             "| script | figure | ours | reference | ratio | target | met |", "|---|---|---|---|---|---|---|"]  # fmt: skip
    for r in rows:
        target = "" if r.get("target") is None else (f"≥ {r['target']:g}×" if r["target_on"] == "ratio" else
                                                      f"{'≤' if r.get('lower_is_better', True) else '≥'} {r['target']:g} {r['unit']}")  # fmt: skip
        met = {True: "yes", False: "**no**", None: ""}[r.get("met")]
        figure = r["figure"] + (f" ({r['note']})" if r.get("note") else "")
        ratio = "" if r.get("ratio") is None else f"{r['ratio']:.1f}×"
        lines.append(f"| {r['bench']} | {figure} | {fmt(r['value'], r['unit'])} | {fmt(r.get('reference'), r['unit'])} "
                     f"| {ratio} | {target} | {met} |")  # fmt: skip
    return "\n".join(lines)


def main() -> None:
    cuda = torch.cuda.is_available()
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
    where = machine() + (f", {torch.cuda.get_device_name(0)}" if cuda else ", no GPU")
    rows, t_start = [], time.perf_counter()
    for script, args in suite(cuda):
        lines, seconds, error = run(script, args)
        print(f"{script} {' '.join(args)}: {len(lines)} measurements in {seconds:.0f} s{'  FAILED: ' + error if error else ''}",
              flush=True)  # fmt: skip
        rows += lines
        if error:
            rows.append({"bench": script.removesuffix(".py"), "figure": f"failed: {error}", "value": None, "unit": "",
                         "target": None, "target_on": "value", "met": False})  # fmt: skip
    (HERE / "results.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    readme = HERE / "README.md"
    text = readme.read_text()
    block = f"{START}\n{table(rows, date, where)}\n{END}"
    text = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: block, text, flags=re.S) if START in text else (
        text.rstrip() + "\n\n## Latest run (make bench)\n\n" + block + "\n")  # fmt: skip
    readme.write_text(text)
    missed = [r["figure"] for r in rows if r.get("met") is False]
    print(f"suite: {len(rows)} measurements in {time.perf_counter() - t_start:.0f} s; targets missed: {len(missed)}")
    for figure in missed:
        print(f"  missed: {figure}")


if __name__ == "__main__":
    main()
