"""Which CAA settings suit the toy? Sweep them on the probe set, as the paper swept VOC's (METHOD P4).

The paper chose every CAA setting (box threshold, power of the affinity, Sinkhorn iterations, at score or at cam,
the blocks merged) by sweeps scored against GT. The toy does the same on the probe set of `toy_clip_variants.py`:
a toy dataset drawn like the config's with another seed, never the toy's own splits, with the toy CLIP's hand-prompt
CAMs (the prompts T1 learns do not exist before the DAG runs). Each setting's refined CAMs are scored at their best
background power, beside the CAMs themselves.
Run:  python benchmarks/toy_caa_sweep.py   (144 settings, about 3 minutes on 2 cores)
"""

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

import torch

import fma_wsss.torchvision_compat  # noqa: F401
from fma_wsss.cams import cam_report_from_evals, cam_shard_eval, refine_cam_shard, run_cam_shard
from fma_wsss.config import load_config
from fma_wsss.prompts import build_cam_model, hand_prompt_settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from toy_clip_variants import probe_set  # noqa: E402


def scored(sweep: dict) -> dict:
    """A sweep of cam_report_from_evals -> mIoU (%) at its best background power, that power, per-class IoU (%)."""
    return {"miou": round(sweep["best_miou"], 1), "p": sweep["best_power"],
            "class_iou": [round(v, 1) for v in sweep["class_iou"].values()]}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="config.yaml")
    parser.add_argument("--experiment", default="toy")
    parser.add_argument("--checkpoint", type=Path, help="toy CLIP file (default: the experiment's)")
    parser.add_argument("--work", type=Path, default=Path("results/benchmarks/toy_clip_variants"))
    parser.add_argument("--probe-seed", type=int, default=1000)
    parser.add_argument("--probe-images", type=int, default=150)
    parser.add_argument("--layers", type=int, nargs="+", default=[4, 3, 2], help="last blocks merged")
    parser.add_argument("--threshs", type=float, nargs="+", default=[0.2, 0.4, 0.6, 0.7, 0.8, 0.9])
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    exp = load_config(args.config)["experiments"][args.experiment]
    cls = exp["cls"]
    checkpoint = str(args.checkpoint or exp["clip"]["checkpoint"])
    dataset = probe_set(exp["dataset"], args.probe_seed, args.probe_images, args.work)
    model = build_cam_model({**exp["clip"], "checkpoint": checkpoint}, hand_prompt_settings(cls["prompt"], cls["infer"]["hand_prompt"]),
                            exp["classes"]["fg"], exp["classes"]["bg"])  # fmt: skip
    powers = {"cam": cls["infer"]["eval_powers"], "caa": cls["caa"]["eval_powers"]}
    cam, rows = None, []
    with tempfile.TemporaryDirectory() as tmp:
        cams, refined = Path(tmp) / "cams.h5", Path(tmp) / "refined.h5"
        for layers in args.layers:
            run_cam_shard(model, dataset, 0, len(dataset), cams, att_layers=layers, store_att=True)
            for thresh, n_iters, sinkhorn, at in itertools.product(args.threshs, [1, 2], [1, 3], ["score", "cam"]):
                caa = {"thresh": thresh, "n_iters": n_iters, "sinkhorn_iters": sinkhorn, "aff_at": at}
                refine_cam_shard(cams, caa, refined)
                report = cam_report_from_evals([cam_shard_eval(dataset, refined, powers)], dataset.class_names)
                cam = cam or {"map": "cam", **scored(report["sweeps"]["cam"])}
                rows.append({"map": "caa", "layers": layers, **caa, **scored(report["sweeps"]["caa"])})
                print(json.dumps(rows[-1]), flush=True)
    best = max(rows, key=lambda r: r["miou"])
    print(json.dumps({"benchmark": "toy_caa_sweep", "checkpoint": checkpoint, "probe_seed": args.probe_seed,
                      "cam": cam, "best_caa": best, "settings": len(rows)}))  # fmt: skip


if __name__ == "__main__":
    main()
