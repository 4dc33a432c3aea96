#!/usr/bin/env bash
# The GPU benchmarks as run on a lent GPU machine whose Python has torch but not the rest of our stack (and no
# registry): wheels of the missing pure-Python dependencies in .whl/ (pip download --python-version of that machine),
# the mmcv 2.1.0 source in .mmcvsrc/, then:  bash benchmarks/gpu_session.sh OUT_DIR stage1 stage2
# stage1: prompt training (T1/T2), CAM inference, CAA and SAM ViT-H AMG on CUDA, random weights.
# stage2: Mask2Former Swin-L (the VOC recipe) for 50 iterations in 1 process (benchmarks/stage2_gpu.py).
#   mmcv's ops are built for the CPU only (its CUDA build takes longer than a short lease allows), so Mask2Former's
#   deformable attention runs through mmcv's own pure-PyTorch implementation on the GPU (a .pth file sets mmcv's
#   IS_CUDA_AVAILABLE to False in that module alone): stage-II s/iteration is an upper bound of the recipe's.
set -uo pipefail
out="${1:?OUT_DIR}"
shift
repo="$(cd "$(dirname "$0")/.." && pwd)"
export PYTHONUNBUFFERED=1
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv | tee "$out/info.txt"
python3 -c "import sys, torch; print(sys.version.split()[0], torch.__version__, torch.cuda.is_available())" | tee -a "$out/info.txt"
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site "$repo"/.whl/*.whl || exit 3
export PYTHONPATH="/tmp/site:$repo/src:$repo/benchmarks"
cd "$repo"
for part in "$@"; do
  if [ "$part" = stage1 ]; then
    timeout 150 python3 benchmarks/train_prompts_speed.py --device cuda --iters 10 --warmup 2 2>&1 | tee "$out/prompts.log" | grep -v Warn | tail -n 6
    timeout 60 python3 benchmarks/cam_infer_speed.py --images 50 --device cuda 2>&1 | tee "$out/cam.log" | tail -n 6
    timeout 60 python3 benchmarks/caa_speed.py --images 50 --device cuda 2>&1 | tee "$out/caa.log" | tail -n 3
    timeout 120 python3 benchmarks/sam_amg_speed.py --model-type vit_h --images 3 --device cuda 2>&1 | tee "$out/sam.log" | tail -n 8
  elif [ "$part" = stage2 ]; then
    tar xzf .mmcvsrc/mmcv-2.1.0.tar.gz -C /tmp
    (cd /tmp/mmcv-2.1.0 && time CUDA_VISIBLE_DEVICES= MMCV_WITH_OPS=1 MAX_JOBS="$(nproc)" python3 setup.py build_ext --inplace) \
      >"$out/mmcv_build.log" 2>&1 || { tail -n 30 "$out/mmcv_build.log"; exit 4; }
    export PYTHONPATH="/tmp/mmcv-2.1.0:$PYTHONPATH"
    echo 'import mmcv.ops.multi_scale_deform_attn as m; m.IS_CUDA_AVAILABLE = False' >/tmp/site/fma_msda_pytorch.py
    echo 'import fma_msda_pytorch' >"$(python3 -c 'import site; print(site.getsitepackages()[0])')/zz_fma_msda_pytorch.pth"
    timeout 300 python3 benchmarks/stage2_gpu.py --processes 1 --workers 8 --timeout 240 --json "$out/stage2_gpu.json" \
      2>&1 | tee "$out/stage2_gpu.log" | grep -v Warning | tail -n 20
  fi
done
echo "done in $SECONDS s"
