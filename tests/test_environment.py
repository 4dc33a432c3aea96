"""The environment that envs/install.sh builds: every library the stages use imports, at the pinned versions."""

import importlib.metadata as md
import re

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

import fma_wsss.torchvision_compat  # noqa: F401  (first: makes torchvision importable with the CPU torch)

from conftest import REPO


def declared_pins() -> list[tuple[str, str, str]]:
    """(distribution, specifier, where) of every version constraint the install declares: requirements.txt's lines
    and the `name==version` arguments of envs/install.sh (torch first, mmcv, the headless OpenCV)."""
    pins = []
    for line in (REPO / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line and not line.startswith("-") and (req := Requirement(line)).specifier:
            pins.append((req.name, str(req.specifier), "requirements.txt"))
    for name, version in re.findall(r"\s([A-Za-z][\w.-]*)==([\w.]+)", (REPO / "envs" / "install.sh").read_text()):
        pins.append((name, f"=={version}", "envs/install.sh"))
    return pins


PINS = declared_pins()


def test_the_pins_are_found_where_the_install_reads_them():
    assert {"torch", "mmcv", "mmsegmentation", "snakemake", "opencv-python-headless"} <= {name for name, _, _ in PINS}


@pytest.mark.parametrize("dist,spec,where", PINS, ids=[f"{w}:{n}{s}" for n, s, w in PINS])
def test_pinned_versions(dist, spec, where):
    installed = md.version(dist).split("+")[0]
    assert installed in SpecifierSet(spec), f"{dist} {installed} installed, {where} pins {spec}"


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
    headless = [spec for name, spec, _ in PINS if name == "opencv-python-headless"]
    assert headless and all(spec.removeprefix("==").startswith(cv2.__version__) for spec in headless)  # not a GUI build
