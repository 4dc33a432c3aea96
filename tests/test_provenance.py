"""Code hashes derived from what a command imports, the stamp of resumable work, and the guard against running a
package that is not the workflow's source."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from fma_wsss import cli
from fma_wsss.provenance import PACKAGE_DIR, code_hash, command_modules, module_closure

from conftest import REPO


def test_command_modules_follow_the_imports():
    # infer-cams builds its model in prompts (through a CLI helper) and reads labels through data
    assert {"cams", "prompts", "clip", "coop", "gradcam", "scores", "data", "store"} <= set(command_modules("infer-cams"))
    # reports read the GT through data; the mask report follows masks' lazy import of the SAM backend
    assert "data" in command_modules("cam-report") and "data" in command_modules("mask-report")
    assert "sam" in command_modules("masks")
    assert "clip" not in command_modules("masks") and "cams" not in command_modules("train-prompts")
    assert set(module_closure(["gradcam"])) == {"gradcam", "clip", "coop", "torchvision_compat"}


@pytest.fixture
def package_copy(tmp_path):
    copy = tmp_path / "fma_wsss"
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def edit(path: Path, old: str | None = None, new: str = "") -> None:
    text = path.read_text()
    path.write_text(text.replace(old, new, 1) if old else text + "\n# an edit\n")


@pytest.mark.parametrize(
    "module, changed, unchanged",
    [
        ("losses", ["train-prompts", "infer-cams", "cam-report"], ["masks", "mask-report", "toy-dataset"]),
        ("data", ["mask-report", "cam-report", "masks", "toy-dataset"], []),
        ("sam", ["masks", "tiny-sam"], ["train-prompts", "infer-cams"]),
    ],
)
def test_an_edit_changes_the_hash_of_the_commands_that_run_it(package_copy, module, changed, unchanged):
    before = {c: code_hash(c, package_copy) for c in changed + unchanged}
    code_hash.cache_clear()
    edit(package_copy / f"{module}.py")
    from fma_wsss import provenance

    provenance._parse.cache_clear()
    try:
        after = {c: code_hash(c, package_copy) for c in changed + unchanged}
    finally:
        code_hash.cache_clear()
        provenance._parse.cache_clear()
    assert [c for c in changed if after[c] == before[c]] == []
    assert [c for c in unchanged if after[c] != before[c]] == []


def test_an_edit_of_one_cli_command_changes_only_its_hash(package_copy):
    from fma_wsss import provenance

    before = {c: code_hash(c, package_copy) for c in ("masks", "infer-cams")}
    edit(package_copy / "cli.py", "def cmd_masks(args: argparse.Namespace) -> None:\n",
         "def cmd_masks(args: argparse.Namespace) -> None:\n    pass\n")
    code_hash.cache_clear()
    provenance._parse.cache_clear()
    try:
        assert code_hash("masks", package_copy) != before["masks"]
        assert code_hash("infer-cams", package_copy) == before["infer-cams"]
    finally:
        code_hash.cache_clear()
        provenance._parse.cache_clear()


def test_unknown_command_is_named():
    with pytest.raises(ValueError, match="unknown fma-wsss command 'mask'"):
        code_hash("mask")


def test_a_package_that_is_not_the_hashed_source_refuses_to_run(tmp_path, capsys):
    code = cli.main(["--expect-code", "0123456789abcdef", "toy-dataset", "--root", str(tmp_path / "d"), "--settings", "{}"])
    assert code == 2
    err = capsys.readouterr().err
    assert "not the workflow's source" in err and "0123456789abcdef" in err and "editable" in err
    assert not (tmp_path / "d").exists()


def test_conda_env_installs_the_package_editable():
    env = yaml.safe_load((REPO / "envs" / "fma-wsss.yaml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e .." in [line.split("#")[0].strip() for line in pip]
    assert ".." not in pip
