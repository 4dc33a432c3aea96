#!/usr/bin/env bash
# Create (or complete) the project's virtual environment: envs/install.sh [VENV_DIR]
# Order matters (ENGINEERING.md §1): torch alone first so that its CPU/CUDA wheel is the pinned one, then the rest,
# then mmcv 2.1.0 built with its ops (no wheel on the registry for torch 2.13; the built wheel is cached), then the
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

if ! "$venv/bin/python" -c "import mmcv, mmcv.ops" 2>/dev/null; then
  mkdir -p "$wheel_cache"
  wheel=$(ls "$wheel_cache"/mmcv-2.1.0-*.whl 2>/dev/null | head -n 1 || true)
  if [ -z "$wheel" ]; then
    echo "building mmcv 2.1.0 with its ops (once; about 8 minutes on 2 cores; cached in $wheel_cache)"
    MMCV_WITH_OPS=1 MAX_JOBS="$(nproc)" "$venv/bin/python" -m pip wheel --quiet --no-build-isolation --no-deps \
      -w "$wheel_cache" mmcv==2.1.0
    wheel=$(ls "$wheel_cache"/mmcv-2.1.0-*.whl | head -n 1)
  fi
  "${pip[@]}" --no-deps "$wheel"
fi

"${pip[@]}" --force-reinstall --no-deps opencv-python-headless==4.14.0.94
"${pip[@]}" --no-deps --no-build-isolation -e "$here"
"$venv/bin/python" -m pip check
