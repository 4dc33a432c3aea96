"""Every loader of a weights or state file under each fault (missing, garbage, truncated, a pickle that would run
code, another model's weights): one error that names the file and says what was expected, and no code run."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

import pytest
import torch

import fma_wsss.torchvision_compat  # noqa: F401
import open_clip
from fma_wsss.clip import TOY_CLIP, load_clip, register_toy_clip
from fma_wsss.coop import PromptLearner
from fma_wsss.errors import WeightsFileError
from fma_wsss.prompts import latest_state
from fma_wsss.sam import load_sam, save_random_tiny_sam


class RunsCode:
    """Unpickling this creates a file: the proof that a loader ran code from a weights file."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (os.makedirs, (self.marker,))


@pytest.fixture(scope="module")
def good_files(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("weights")
    register_toy_clip()
    torch.manual_seed(0)
    clip = open_clip.create_model(TOY_CLIP, pretrained=None)
    torch.save(clip.state_dict(), root / "toy_clip.pt")
    save_random_tiny_sam(root / "sam_tiny.pth", seed=0)
    learner = PromptLearner(["circle", "square"], clip.token_embedding, n_ctx=4)
    torch.save({"prompt_learner.ctx": learner.ctx.detach()}, root / "ctx.pth")
    torch.save({"ctx": learner.ctx.detach(), "optimizer": {}, "iteration": 2, "stamp": "s"}, root / "state-2.pth")
    return {"clip": root / "toy_clip.pt", "sam": root / "sam_tiny.pth", "context": root / "ctx.pth",
            "state": root / "state-2.pth"}  # fmt: skip


def loader_of(kind: str, path: Path, files: dict[str, Path]) -> Callable[[], object]:
    """Everything the loader of `kind` needs besides `path` (the file the pipeline would read there), made now; the
    returned call opens `path` with it."""
    if kind == "clip":
        return lambda: load_clip(TOY_CLIP, path, quick_gelu=False)
    if kind == "sam":
        return lambda: load_sam("tiny", path)
    if kind == "context":
        clip = load_clip(TOY_CLIP, files["clip"], quick_gelu=False)
        learner = PromptLearner(["circle", "square"], clip.token_embedding, n_ctx=4)
        return lambda: learner.load_context(path)
    work = path.parent / "work"  # a resumable training state, read from its work dir by name
    work.mkdir(exist_ok=True)
    (work / "state-2.pth").write_bytes(path.read_bytes())
    return lambda: latest_state(work, "s", stop=10)


WHAT = {"clip": "CLIP checkpoint", "sam": "SAM checkpoint", "context": "prompt context", "state": "prompt training state"}
OTHER_MODEL = {"clip": "sam", "sam": "clip", "context": "clip", "state": None}
FAULTS = ["missing", "garbage", "truncated", "runs code", "other model"]
# A training state is found by name in its work dir (none there: training starts afresh) and is ours: only its
# stamp and iteration are checked (test_prompts), so it has no "missing" or "other model" case.
CASES = [(k, f) for k in WHAT for f in FAULTS if not (k == "state" and f in ("missing", "other model"))]


@pytest.mark.parametrize("kind,fault", CASES)
def test_weights_file_faults_are_named(good_files, tmp_path, kind, fault):
    path = tmp_path / f"{kind}-{fault.replace(' ', '_')}.pth"
    marker = tmp_path / "code_ran"
    if fault == "missing":
        expected = (FileNotFoundError, rf"{WHAT[kind]} not found: {path}")
    elif fault == "garbage":
        path.write_bytes(b"<html>404 Not Found</html>" * 20)
        expected = (WeightsFileError, rf"{WHAT[kind]} {path} is not a PyTorch weights file \(expected .+\)")
    elif fault == "truncated":
        data = good_files[kind].read_bytes()
        path.write_bytes(data[: len(data) // 2])
        expected = (WeightsFileError, rf"{WHAT[kind]} {path} is not a readable PyTorch file, truncated or of another format")
    elif fault == "runs code":
        torch.save({"prompt_learner.ctx": RunsCode(str(marker)), "state_dict": RunsCode(str(marker))}, path)
        expected = (WeightsFileError, rf"{WHAT[kind]} {path} was refused: it holds more than tensors \(GLOBAL .*makedirs\)")
    else:
        path.write_bytes(good_files[OTHER_MODEL[kind]].read_bytes())
        expected = (WeightsFileError, {"clip": rf"CLIP checkpoint {path} does not fit architecture {TOY_CLIP}",
                                       "sam": rf"SAM checkpoint {path} does not fit the chosen model type",
                                       "context": rf"{path}: no 'prompt_learner.ctx' key"}[kind])  # fmt: skip
    if kind == "state":
        expected = (expected[0], expected[1].replace(str(path), str(path.parent / "work" / "state-2.pth")))
    load = loader_of(kind, path, good_files)
    with pytest.raises(expected[0], match=expected[1]):
        load()
    assert not marker.exists()


def test_a_context_of_another_prompt_shape_is_named(good_files, tmp_path):
    path = tmp_path / "ctx16.pth"
    torch.save({"prompt_learner.ctx": torch.zeros(16, 64)}, path)
    clip = load_clip(TOY_CLIP, good_files["clip"], quick_gelu=False)
    with pytest.raises(WeightsFileError, match=rf"{path}: context of shape \(16, 64\), expected \(4, 64\)"):
        PromptLearner(["circle", "square"], clip.token_embedding, n_ctx=4).load_context(path)


def test_a_zip_that_only_looks_like_torchscript_is_not_unpickled_in_full(good_files, tmp_path):
    """weights_only is turned off only for files that torch itself hands to torch.jit.load."""
    import zipfile

    path = tmp_path / "ViT-B-16.pt"
    torch.save({"w": RunsCode(str(tmp_path / "code_ran"))}, path)
    with zipfile.ZipFile(path, "a") as z:
        z.writestr(f"{z.namelist()[0].split('/')[0]}/code/__torch__/x.py", "")
    with pytest.raises(WeightsFileError, match=rf"CLIP checkpoint {path} was refused"):
        load_clip(TOY_CLIP, path, quick_gelu=False)
    assert not (tmp_path / "code_ran").exists()


@pytest.mark.parametrize("args, names", [
    (["doctor", "--experiment", "toy", "--config", "{tmp}/missing.yaml"], "{tmp}/missing.yaml"),  # FileNotFoundError
    (["export-folder", "--experiment", "toy", "--out", "/dev/full/shapes"], "/dev/full"),  # not a folder: OSError
])  # fmt: skip
def test_os_errors_reach_the_console_as_one_line_naming_the_file(tmp_path, capsys, monkeypatch, args, names):
    from fma_wsss import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "config.yaml").write_text((Path(__file__).resolve().parents[1] / "config.yaml").read_text())
    from conftest import write_voc_layout

    write_voc_layout(tmp_path / "results/toy/dataset", {"train": ["a"], "val": ["b"]}, num_classes=7)
    assert cli.main([a.format(tmp=tmp_path) for a in args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"fma-wsss {args[0]}: error: ") and names.format(tmp=tmp_path) in err[0]
