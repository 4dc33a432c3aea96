"""Stage II on the real VOC recipe for a few iterations on random data, in 1 and in N processes (N GPUs).

The recipe's config (stage2_configs/m2f_swin-l_voc.py: Mask2Former Swin-L, 4 images of 512×512 per process) through
`fma-wsss stage2-train`, as the stage2_train rule runs it, on a VOC-layout dataset of random 500×375 images with
random pseudo labels and random backbone weights (the cost does not depend on the weights). Reports s/iteration
(mmengine's per-iteration time, the first logging window left out as warm-up), peak GPU memory (mmengine's
max_memory_allocated) and the projected cost of the schedule (METHOD §12.1: 80k iterations on 2 GPUs × 4 images,
data-parallel, so one iteration costs about what one process's iteration costs here). N processes need N GPUs.
Run (GPU):  python benchmarks/stage2_gpu.py --processes 1 2
Check the script on the CPU:  python benchmarks/stage2_gpu.py --config m2f_r18_toy.py --size 64 --iters 4
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from bench_json import emit

from fma_wsss.stage2 import CONFIG_DIR
from random_voc import write_random_voc

SCHEDULE_ITERS, SCHEDULE_GPUS = 80000, 2  # METHOD §12.1


def iteration_times(work: Path) -> tuple[list[float], float | None]:
    """mmengine's logged s/iteration (one value per logging window) and its peak allocated memory (MB, rank 0)."""
    times, memory = [], None
    for scalars in work.glob("*/vis_data/scalars.json"):
        for line in scalars.read_text().splitlines():
            row = json.loads(line)
            if "time" in row and "loss" in row:
                times.append(row["time"])
                if "memory" in row:
                    memory = max(memory or 0.0, row["memory"])
    return times, memory


def train(root: Path, dataset: dict, seed_dir: Path, config: Path, processes: int, args: argparse.Namespace,
          env: dict[str, str]) -> dict:  # fmt: skip
    """One `fma-wsss stage2-train` job in `processes` processes; its wall time, s/iteration and memory."""
    run = root / f"run{processes}"
    section = {"config": str(config), "gpus": processes, "val_split": "val", "max_iters": args.iters,
               "val_interval": args.iters, "batch_size": args.batch, "num_workers": args.workers, "backbone": None,
               "seed": 0}  # fmt: skip
    cmd = [sys.executable, "-m", "fma_wsss.cli", "stage2-train", "--dataset", json.dumps(dataset), "--stage2",
           json.dumps(section), "--train-split", "train_aug", "--seed-dir", str(seed_dir), "--work-dir",
           str(run / "work"), "--threads", str(max(1, (os.cpu_count() or 2) // processes)), "--final",
           str(run / "final.pth"), "--best", str(run / "best.pth"), "--summary", str(run / "train.json")]  # fmt: skip
    t0 = time.perf_counter()
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return {"processes": processes, "wall_s": args.timeout, "failed": "timeout"}
    wall = time.perf_counter() - t0
    if done.returncode:
        print(f"stage2-train in {processes} process(es) failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}", flush=True)
        return {"processes": processes, "wall_s": wall, "failed": done.stderr[-500:]}
    times, memory = iteration_times(run / "work")
    steady = times[1:] or times
    return {"processes": processes, "wall_s": wall, "s_per_iter": float(np.mean(steady)) if steady else None,
            "windows": times, "peak_alloc_mb": memory, "iters": args.iters}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", default="m2f_swin-l_voc.py", help="a stage2_configs file")
    parser.add_argument("--processes", type=int, nargs="+", default=[1])
    parser.add_argument("--iters", type=int, default=50)
    parser.add_argument("--log-interval", type=int, default=10)
    parser.add_argument("--batch", type=int, default=4, help="images per process (the recipe's 4)")
    parser.add_argument("--workers", type=int, default=4, help="loader workers per process")
    parser.add_argument("--images", type=int, default=64)
    parser.add_argument("--size", type=int, default=500, help="image width (height 3/4 of it): VOC's 500×375")
    parser.add_argument("--classes", type=int, default=21)
    parser.add_argument("--timeout", type=int, default=400, help="seconds per training job")
    parser.add_argument("--json", type=Path, help="write the measurements here too")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        seed_dir = write_random_voc(root / "VOC2012", args.images, 4, args.size, args.classes, seed=0)
        dataset = {"kind": "voc", "root": str(root / "VOC2012")}
        config = root / "bench_config.py"  # the recipe, logging every few iterations to leave out the warm-up
        config.write_text(f"_base_ = [{str(CONFIG_DIR / args.config)!r}]\n"
                          f"default_hooks = dict(logger=dict(interval={args.log_interval}))\n")  # fmt: skip
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        results = []
        for n in args.processes:
            results.append(train(root, dataset, seed_dir, config, n, args, env))
            print(json.dumps(results[-1]), flush=True)
            if args.json:
                args.json.write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, "results": results}))
    for r in results:
        if r.get("failed"):
            continue
        note = f"{args.config}, batch {args.batch}/process, {args.iters} iterations, random data and weights"
        if r.get("s_per_iter") is not None:
            emit("stage2_gpu.py", f"s/iteration, {r['processes']} process(es)", r["s_per_iter"], "s", note=note)
        if r["peak_alloc_mb"]:
            emit("stage2_gpu.py", f"peak GPU memory, {r['processes']} process(es)", r["peak_alloc_mb"] / 1024, "GiB",
                 note="mmengine's log: torch.cuda.max_memory_allocated of rank 0")  # fmt: skip
    single = next((r for r in results if r["processes"] == 1 and r.get("s_per_iter")), None)
    if single:
        hours = SCHEDULE_ITERS * single["s_per_iter"] / 3600
        emit("stage2_gpu.py", f"projected {SCHEDULE_ITERS} iterations on {SCHEDULE_GPUS} GPUs", hours, "h",
             note=f"wall; {SCHEDULE_GPUS * hours:.0f} GPU-hours; one process's s/iteration, DDP overhead left out")  # fmt: skip


if __name__ == "__main__":
    main()
