#!/usr/bin/env bash
# Create (or complete) the project's virtual environment: envs/install.sh [VENV_DIR]
# Order matters (ENGINEERING.md §1): torch alone first so that its CPU/CUDA wheel is the pinned one, then the rest,
# then mmcv 2.1.0 (built with its ops where CUDA is visible, else mmcv-lite: see below), then the
# headless OpenCV over the GUI build that mmengine pulls in, then this package in editable mode.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
venv="${1:-$here/.venv}"
wheel_cache="${FMA_WSSS_WHEEL_CACHE:-$HOME/.cache/fma-wsss/wheels}"
python="${PYTHON:-python3}"

[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
pip=("$venv/bin/python" -m pip install --quiet --disable-pip-version-check)

"${pip[@]}" torch==2.13.0
"${pip[@]}" -r "$here/requirements.txt"

# mmcv: mmseg/mmdet import mmcv.ops, whose compiled ops only CUDA needs (on CPU tensors Mask2Former's deformable
# attention takes its pure-PyTorch path). FMA_WSSS_MMCV picks the flavour:
#   full  builds mmcv 2.1.0 with its ops (no wheel on the registry for torch 2.13; 20-40 minutes on 2 cores, so the
#         wheel is cached in $wheel_cache and reused);
#   lite  installs mmcv-lite 2.1.0 and envs/mmcv_ext_stub.py as its mmcv._ext, which names the op and this switch if
#         a compiled op is ever called (about 30 s);
#   auto  (default) full where torch sees a CUDA device, lite otherwise.
if ! "$venv/bin/python" -c "import mmcv, mmcv.ops" 2>/dev/null; then
  mmcv_kind="${FMA_WSSS_MMCV:-auto}"
  if [ "$mmcv_kind" = auto ]; then
    if "$venv/bin/python" -c "import sys, torch; sys.exit(not torch.cuda.is_available())" 2>/dev/null; then
      mmcv_kind=full
    else
      mmcv_kind=lite
    fi
  fi
  case "$mmcv_kind" in
    full)
      mkdir -p "$wheel_cache"
      wheel=$(ls "$wheel_cache"/mmcv-2.1.0-*.whl 2>/dev/null | head -n 1 || true)
      if [ -z "$wheel" ]; then
        echo "building mmcv 2.1.0 with its ops (once; 20-40 minutes on 2 cores; cached in $wheel_cache)"
        MMCV_WITH_OPS=1 MAX_JOBS="$(nproc)" "$venv/bin/python" -m pip wheel --quiet --no-build-isolation --no-deps \
          -w "$wheel_cache" mmcv==2.1.0
        wheel=$(ls "$wheel_cache"/mmcv-2.1.0-*.whl | head -n 1)
      fi
      "${pip[@]}" --no-deps "$wheel" ;;
    lite)
      echo "installing mmcv-lite 2.1.0 with a stand-in for its compiled ops (CPU; FMA_WSSS_MMCV=full builds them)"
      "${pip[@]}" --no-deps mmcv-lite==2.1.0
      mmcv_dir=$("$venv/bin/python" -c "import importlib.util as u; print(u.find_spec('mmcv').submodule_search_locations[0])")
      cp "$here/envs/mmcv_ext_stub.py" "$mmcv_dir/_ext.py" ;;
    *)
      echo "FMA_WSSS_MMCV must be auto, full or lite, not '$mmcv_kind'" >&2
      exit 2 ;;
  esac
fi

"${pip[@]}" --force-reinstall --no-deps opencv-python-headless==4.14.0.94
"${pip[@]}" --no-deps --no-build-isolation -e "$here"
"$venv/bin/python" -m pip check
