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
        if name != "mmcv-lite":  # the CPU flavour of mmcv: the same pin, checked as mmcv (installed_version)
            pins.append((name, f"=={version}", "envs/install.sh"))
    return pins


def installed_version(dist: str) -> str:
    """The installed version of dist; mmcv is either the built mmcv or mmcv-lite with the stub ops (install.sh)."""
    if dist == "mmcv":
        try:
            return md.version("mmcv")
        except md.PackageNotFoundError:
            return md.version("mmcv-lite")
    return md.version(dist)


PINS = declared_pins()


def test_the_pins_are_found_where_the_install_reads_them():
    assert {"torch", "mmcv", "mmsegmentation", "snakemake", "opencv-python-headless"} <= {name for name, _, _ in PINS}


@pytest.mark.parametrize("dist,spec,where", PINS, ids=[f"{w}:{n}{s}" for n, s, w in PINS])
def test_pinned_versions(dist, spec, where):
    installed = installed_version(dist).split("+")[0]
    assert installed in SpecifierSet(spec), f"{dist} {installed} installed, {where} pins {spec}"


def test_stage_libraries_import():
    import cv2
    import h5py  # noqa: F401
    import matplotlib  # noqa: F401
    import mmcv.ops
    import mmseg.models  # needs mmcv._ext (compiled, or the stub with mmcv-lite) and torchvision's nms
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


def test_mmcv_lite_flavour_pins_the_same_version():
    """install.sh's two mmcv flavours (built with ops, or mmcv-lite with the stub) are the same release."""
    script = (REPO / "envs" / "install.sh").read_text()
    assert set(re.findall(r"\smmcv==([\w.]+)", script)) == set(re.findall(r"\smmcv-lite==([\w.]+)", script)) != set()


def test_missing_compiled_op_names_itself():
    """The stub installed as mmcv._ext with mmcv-lite: every op exists by name and raises, naming the op and the fix."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("mmcv_ext_stub", REPO / "envs" / "mmcv_ext_stub.py")
    stub = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(stub)
    assert hasattr(stub, "ms_deform_attn_forward")
    with pytest.raises(RuntimeError, match="ms_deform_attn_forward.*FMA_WSSS_MMCV=full"):
        stub.ms_deform_attn_forward(None)
    assert not hasattr(stub, "__path__")  # dunder lookups stay AttributeErrors (import machinery probes them)
