"""CAM inference speed (stage I1) for CLIP ViT-B/16 at VOC-like sizes: 500x375 images -> 512x384 inputs.

Random weights (the OpenAI layout, made here), the VOC prompt list (20 fg + 25 bg), two positive classes per
image, fp32, Grad-CAM for every positive pair plus the mean attention of the last 8 blocks. Then the write path:
a 768² float16 attention map written to HDF5 uncompressed (ours, only when cls.infer.store_att asks) against
gzip (the former default) and lzf, time and size per map.
Run:  python benchmarks/cam_infer_speed.py [--device cuda] [--images 20]
"""

import argparse
import tempfile
import time
from pathlib import Path

import h5py
import numpy as np
import torch

import fma_wsss.torchvision_compat  # noqa: F401
import open_clip
from bench_json import emit
from fma_wsss.cams import cam_record
from fma_wsss.prompts import build_cam_model


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--images", type=int, default=5)
    parser.add_argument("--writes", type=int, default=20, help="attention maps written per format")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ViT-B-16.pt"
        torch.save(open_clip.create_model("ViT-B-16", pretrained=None, force_quick_gelu=True).state_dict(), path)
        clip_cfg = {"arch": "ViT-B-16", "checkpoint": str(path), "quick_gelu": True}
        prompt = {"n_ctx": 16, "class_specific": False, "position": "end", "ctx_std": 0.015}
        model = build_cam_model(clip_cfg, prompt, "voc_fg", "voc_bg", args.device)
    model.prompt_learner.initialize("真")
    model.freeze_text()  # as run_cam_shard does
    rng = np.random.default_rng(0)
    images = [rng.integers(0, 256, (375, 500, 3), dtype=np.uint8) for _ in range(args.images)]
    labels = np.zeros(20, np.int64)
    labels[[6, 14]] = 1
    cam_record(model, images[0], labels, 8, args.device)  # warm-up
    if args.device.startswith("cuda"):
        torch.cuda.synchronize()
    t0 = time.perf_counter()
    for image in images:
        cam_record(model, image, labels, 8, args.device)
    if args.device.startswith("cuda"):
        torch.cuda.synchronize()
    dt = time.perf_counter() - t0
    print(f"ViT-B/16 CAM inference, {args.device}, 500x375 -> 512x384, 2 positives, 45 prompts, fp32")
    print(f"{'images/s':<12}{len(images) / dt:>8.2f}   (target on an H200: >= 50)")
    print(f"{'s/image':<12}{dt / len(images):>8.3f}")
    gpu = args.device.startswith("cuda")
    emit("cam_infer_speed", f"CAM inference ViT-B/16, 512x384, {args.device}", len(images) / dt, "img/s",
         lower_is_better=False, target=50 if gpu else None, note="" if gpu else "target is for an H200")
    att = cam_record(model, images[0], labels, 8, args.device, store_att=True)["att"]
    with tempfile.TemporaryDirectory() as tmp:
        sizes, seconds = {}, {}
        for name, compression in (("gzip", "gzip"), ("lzf", "lzf"), ("none", None)):
            path = Path(tmp) / f"{name}.h5"
            t0 = time.perf_counter()
            with h5py.File(path, "w") as f:
                for i in range(args.writes):
                    f.create_dataset(f"a{i}", data=att, compression=compression)
            seconds[name] = (time.perf_counter() - t0) / args.writes
            sizes[name] = path.stat().st_size / args.writes
    print(f"attention write, {att.shape[0]}x{att.shape[1]} float16 per image, {args.writes} maps:")
    print(f"{'':<12}{'ms/map':>8}{'kB/map':>9}")
    for name in ("gzip", "lzf", "none"):
        print(f"{name:<12}{1000 * seconds[name]:>8.1f}{sizes[name] / 1000:>9.0f}")
    print(f"uncompressed: {seconds['gzip'] / seconds['none']:.0f}x faster, {sizes['none'] / sizes['gzip']:.2f}x the size")


if __name__ == "__main__":
    main()
