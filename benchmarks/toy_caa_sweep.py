"""Which CAA settings suit the toy? Sweep them on the probe set, as the paper swept VOC's (METHOD P4).

The paper chose every CAA setting (box threshold, power of the affinity, Sinkhorn iterations, at score or at cam,
the blocks merged) by sweeps scored against GT. The toy does the same on the probe set of `toy_clip_variants.py`:
a toy dataset drawn like the config's with another seed, never the toy's own splits, with the toy CLIP's hand-prompt
CAMs (the prompts T1 learns do not exist before the DAG runs). Each setting's refined CAMs are scored at their best
background power, beside the CAMs themselves.
Run:  python benchmarks/toy_caa_sweep.py   (about 2 minutes on 2 cores)
"""

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import torch

import fma_wsss.torchvision_compat  # noqa: F401
from fma_wsss.caa import refine_cam
from fma_wsss.cams import read_cam_shard, run_cam_shard
from fma_wsss.config import load_config
from fma_wsss.metrics import confusion_matrix, scores_from_confusion
from fma_wsss.prompts import build_cam_model, hand_prompt_settings
from fma_wsss.scores import cam_to_score, seeds_for_powers

sys.path.insert(0, str(Path(__file__).resolve().parent))
from toy_clip_variants import probe_set  # noqa: E402


def best_miou(records: list[dict], maps, powers: list[float], num_classes: int) -> tuple[float, float, list[float]]:
    """mIoU (%) at the best background power of the seeds made from maps(record) (P, h, w), that power, and the
    per-class IoU (%) there."""
    confusions = {p: np.zeros((num_classes, num_classes), np.int64) for p in powers}
    for record in records:
        score = cam_to_score(torch.from_numpy(np.asarray(maps(record))), record["hw"])
        for power, seed in seeds_for_powers(score, torch.from_numpy(record["fg_cls"].astype(np.int64)), powers):
            confusions[power] += confusion_matrix(seed.numpy(), record["gt"], num_classes)
    best = max(powers, key=lambda p: scores_from_confusion(confusions[p]).miou)
    scores = scores_from_confusion(confusions[best])
    return 100 * scores.miou, best, [round(100 * c, 1) for c in scores.cls_iou]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="config.yaml")
    parser.add_argument("--experiment", default="toy")
    parser.add_argument("--checkpoint", type=Path, help="toy CLIP file (default: the experiment's)")
    parser.add_argument("--work", type=Path, default=Path("results/benchmarks/toy_clip_variants"))
    parser.add_argument("--probe-seed", type=int, default=1000)
    parser.add_argument("--probe-images", type=int, default=150)
    parser.add_argument("--layers", type=int, nargs="+", default=[4, 3, 2], help="last blocks merged")
    parser.add_argument("--threshs", type=float, nargs="+", default=[0.2, 0.4, 0.6])
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    exp = load_config(args.config)["experiments"][args.experiment]
    cls = exp["cls"]
    checkpoint = str(args.checkpoint or exp["clip"]["checkpoint"])
    dataset = probe_set(exp["dataset"], args.probe_seed, args.probe_images, args.work)
    model = build_cam_model({**exp["clip"], "checkpoint": checkpoint}, hand_prompt_settings(cls["prompt"], cls["infer"]["hand_prompt"]),
                            exp["classes"]["fg"], exp["classes"]["bg"])  # fmt: skip
    powers, k = cls["caa"]["eval_powers"], dataset.num_classes
    rows = []
    for layers in args.layers:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "cams.h5"
            run_cam_shard(model, dataset, 0, len(dataset), path, att_layers=layers, store_att=True)
            records = [{**r, "gt": dataset.label(i, r["hw"])} for i, r in read_cam_shard(path, with_att=True)]
        if not rows:
            miou, power, per_class = best_miou(records, lambda r: r["cam"], powers, k)
            rows.append({"map": "cam", "miou": round(miou, 1), "p": power, "class_iou": per_class})
        for thresh, n_iters, sinkhorn, at in itertools.product(args.threshs, [1, 2], [1, 3], ["score", "cam"]):
            def refined(r, thresh=thresh, n_iters=n_iters, sinkhorn=sinkhorn, at=at):
                att, cam = torch.from_numpy(r["att"].astype(np.float32)), torch.from_numpy(r["cam"])
                return refine_cam(att, cam, thresh, n_iters, sinkhorn, at).cam
            miou, power, per_class = best_miou(records, refined, powers, k)
            rows.append({"map": "caa", "layers": layers, "thresh": thresh, "n_iters": n_iters, "sinkhorn_iters": sinkhorn,
                         "aff_at": at, "miou": round(miou, 1), "p": power, "class_iou": per_class})  # fmt: skip
            print(json.dumps(rows[-1]), flush=True)
    best = max(rows[1:], key=lambda r: r["miou"])
    print(json.dumps({"benchmark": "toy_caa_sweep", "checkpoint": checkpoint, "probe_seed": args.probe_seed,
                      "cam": rows[0], "best_caa": best, "settings": len(rows) - 1}))  # fmt: skip


if __name__ == "__main__":
    main()
