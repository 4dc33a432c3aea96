"""Code hashes derived from what a command imports, the stamp of resumable work, and the guard against running a
package that is not the workflow's source."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
import yaml

from fma_wsss import cli
from fma_wsss.provenance import PACKAGE_DIR, code_hash, command_modules, file_fingerprint

from conftest import REPO


def test_command_modules_follow_the_imports():
    # infer-cams builds its model in prompts (through a CLI helper) and reads labels through data
    assert {"cams", "prompts", "clip", "coop", "gradcam", "data", "store"} <= set(command_modules("infer-cams"))
    # reports read the GT through data; masks follow masks' lazy import of the SAM backend
    assert "data" in command_modules("cam-report") and "data" in command_modules("mask-report")
    assert "sam" in command_modules("masks")
    assert "clip" not in command_modules("masks") and "cams" not in command_modules("train-prompts")


@pytest.fixture
def package_copy(tmp_path):
    copy = tmp_path / "fma_wsss"
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def edit(package: Path, target: str) -> None:
    """Add a statement to the end of `module.function` (or `module.Class`), or change `module.CONSTANT`."""
    module, name = target.split(".")
    path = package / f"{module}.py"
    lines = path.read_text().splitlines(keepends=True)
    for node in ast.parse("".join(lines)).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name == name:
            indent = " " * node.body[-1].col_offset
            lines.insert(node.end_lineno, f"{indent}_edited = 1\n")
            break
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            lines.insert(node.end_lineno, f"{name} = {name}  # edited\n")
            break
    else:
        raise AssertionError(f"{target} not found")
    path.write_text("".join(lines))


def hashes(commands, package):
    from fma_wsss import provenance

    code_hash.cache_clear()
    provenance._parse.cache_clear()
    try:
        return {c: code_hash(c, package) for c in commands}
    finally:
        code_hash.cache_clear()
        provenance._parse.cache_clear()


@pytest.mark.parametrize(
    "target, changed, unchanged",
    [
        ("losses.multilabel_cl_loss", ["train-prompts", "cam-report"], ["masks", "infer-cams", "mask-report"]),
        ("metrics.confusion_matrix", ["mask-eval", "cam-eval"], ["masks", "mask-report", "infer-cams", "cam-report"]),
        ("masks.run_mask_shard", ["masks"], ["mask-eval", "mask-report", "infer-cams"]),
        ("masks.majority_labels", ["mask-eval"], ["masks", "mask-report"]),
        ("data.load_label", ["masks", "mask-eval", "cam-eval", "train-prompts", "infer-cams"], ["mask-report", "toy-dataset"]),
        ("sam.FMASamMaskGenerator", ["masks"], ["train-prompts", "tiny-sam"]),
        ("coop.VOC_FG_NAMES", ["train-prompts", "infer-cams"], ["masks", "toy-dataset"]),
        ("cli.cmd_masks", ["masks"], ["mask-eval", "infer-cams"]),
        ("cli.build_parser", [], ["masks", "infer-cams", "cam-report"]),
        ("cli_parser.build_parser", [], ["masks", "infer-cams", "stage2-train"]),
        ("cli_parser.json_object", [], ["masks", "seeds", "stage2-train"]),
        # registered with mmengine, built from a config's type= string: no Python name reaches it
        ("stage2.FmaSegDataset", ["stage2-train", "stage2-eval"], ["masks", "seeds-report"]),
        ("stage2.FmaProgressHook", ["stage2-train", "stage2-eval"], ["masks", "train-prompts"]),
    ],
)
def test_an_edit_changes_the_hash_of_the_commands_that_run_it(package_copy, target, changed, unchanged):
    before = hashes(changed + unchanged, package_copy)
    edit(package_copy, target)
    after = hashes(changed + unchanged, package_copy)
    assert [c for c in changed if after[c] == before[c]] == []
    assert [c for c in unchanged if after[c] != before[c]] == []


def test_an_edited_stage2_config_file_changes_the_stage2_hashes_only(package_copy):
    before = hashes(["stage2-train", "stage2-eval", "masks", "train-prompts"], package_copy)
    config = package_copy / "stage2_configs" / "m2f_swin-l_voc.py"
    config.write_text(config.read_text().replace("max_iters = 80000", "max_iters = 80001"))
    after = hashes(["stage2-train", "stage2-eval", "masks", "train-prompts"], package_copy)
    assert after["stage2-train"] != before["stage2-train"] and after["stage2-eval"] != before["stage2-eval"]
    assert after["masks"] == before["masks"] and after["train-prompts"] == before["train-prompts"]


def test_a_class_registered_by_a_call_counts_like_a_decorated_one(package_copy):
    """`REGISTRY.register_module(module=Cls)` at module level: Cls is reached only through that statement."""
    path = package_copy / "stage2.py"
    path.write_text(path.read_text() + "\n\nclass FmaExtra:\n    pass\n")
    unregistered = hashes(["stage2-train"], package_copy)
    edit(package_copy, "stage2.FmaExtra")
    assert hashes(["stage2-train"], package_copy) == unregistered  # a class nothing reaches does not count
    path.write_text(path.read_text() + "\n\nTRANSFORMS.register_module(module=FmaExtra)\n")
    before = hashes(["stage2-train", "masks"], package_copy)
    edit(package_copy, "stage2.FmaExtra")
    after = hashes(["stage2-train", "masks"], package_copy)
    assert after["stage2-train"] != before["stage2-train"] and after["masks"] == before["masks"]


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


def test_provenance_differences_name_the_wildcard_or_param_that_differs():
    from fma_wsss.provenance import provenance_differences, provenance_digest

    made = {"rule": "infer_cams", "wildcards": {"exp": "voc", "split": "train_aug", "shard": "0003"},
            "params": {"prompt": '{"n_ctx": 16}', "shard_size": 500, "code": "abc"}}  # fmt: skip
    assert provenance_differences(made, provenance_digest(made)) == []
    expected = provenance_digest({**made, "wildcards": {**made["wildcards"], "shard": "0004"},
                                  "params": {**made["params"], "prompt": '{"n_ctx": 8}', "code": "def"}})  # fmt: skip
    assert provenance_differences(made, expected) == [
        "shard is '0003', expected '0004'", "made by other code (another version of the stage's source)",
        "setting prompt.n_ctx differs (the shard's: 16)"]  # fmt: skip
    assert provenance_differences(made, {**provenance_digest(made), "rule": "refine_cams"}) == [
        "made by rule infer_cams, expected refine_cams"]


def test_source_segments_split_once_equal_asts_own(tmp_path):
    """The hash reads each definition's source from lines split once per module; that must be exactly what
    ast.get_source_segment gives, for the package's modules and for a source with CRLF and CR line ends, a form
    feed, non-ASCII text and one-line and multi-line nodes."""
    from fma_wsss import provenance

    odd = "x = 'é'  # ü\r\ndef f(a,\r    b):\n\x0c    return {'k':\r\n        a}\nclass C: pass\ny = [1,\n 2]"
    (tmp_path / "odd.py").write_text(odd, newline="")
    cases = [(PACKAGE_DIR, path.stem) for path in sorted(PACKAGE_DIR.glob("*.py"))] + [(tmp_path, "odd")]
    checked = 0
    for package, name in cases:
        module = provenance._parse(package, name)
        source = (package / f"{name}.py").read_text()
        for node in [*module.statements, *module.definitions.values()]:
            assert provenance._segment(module.lines, node) == ast.get_source_segment(source, node), (name, node.lineno)
            checked += 1
    assert checked > 300


def test_file_fingerprint_follows_the_bytes_at_either_end(tmp_path):
    """Weights rewritten at the same path get another fingerprint (a resume stamp then refuses the old work), a
    copy keeps it; a change at the start or the end of a large file counts, as does the size."""
    big = bytearray(3 * (4 << 20))  # three times file_fingerprint's sample
    (tmp_path / "a.pt").write_bytes(big)
    (tmp_path / "copy.pt").write_bytes(big)
    fingerprints = {file_fingerprint(tmp_path / "a.pt")}
    assert file_fingerprint(tmp_path / "copy.pt") in fingerprints
    for position in (0, len(big) - 1):
        changed = bytearray(big)
        changed[position] = 1
        (tmp_path / "a.pt").write_bytes(changed)
        fingerprints.add(file_fingerprint(tmp_path / "a.pt"))
    (tmp_path / "a.pt").write_bytes(big + b"\0")
    fingerprints.add(file_fingerprint(tmp_path / "a.pt"))
    assert len(fingerprints) == 4 and all(len(f) == 16 for f in fingerprints)
    assert file_fingerprint(None) == "" and file_fingerprint(tmp_path / "missing.pt") == "absent"
