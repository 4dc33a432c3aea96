"""The environment that envs/install.sh builds: every library the stages use imports, at the pinned versions."""

import importlib.metadata as md

import pytest

import fma_wsss.torchvision_compat  # noqa: F401  (first: makes torchvision importable with the CPU torch)

PINS = {
    "torch": "2.13.0", "torchvision": "0.28.0", "open_clip_torch": "3.3.0", "segment-anything": "1.0",
    "mmengine": "0.10.7", "mmcv": "2.1.0", "mmsegmentation": "1.2.2", "mmdet": "3.3.0", "snakemake": "9.27.1",
    "snakemake-executor-plugin-slurm": "2.8.0", "opencv-python-headless": "4.14.0.94",
}  # fmt: skip


@pytest.mark.parametrize("dist,version", sorted(PINS.items()))
def test_pinned_versions(dist, version):
    assert md.version(dist).split("+")[0] == version


def test_stage_libraries_import():
    import cv2
    import h5py  # noqa: F401
    import matplotlib  # noqa: F401
    import mmcv.ops
    import mmseg.models  # needs mmcv's compiled ops and torchvision's nms
    import open_clip
    import pycocotools.mask  # noqa: F401
    import segment_anything
    import skimage  # noqa: F401

    assert hasattr(mmcv.ops, "MultiScaleDeformableAttention")
    assert "Mask2FormerHead" in mmseg.models.decode_heads.__all__
    assert "ViT-B-16" in open_clip.list_models()
    assert "vit_h" in segment_anything.sam_model_registry
    assert cv2.__version__.startswith("4.14")
