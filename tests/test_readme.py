"""Every command in the README's (and docs/') bash blocks is run: here, as typed, from a checkout-like folder with
fake VOC and COCO layouts (dry runs where real data is needed), or by `.ci/run`, or by the workflow test."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO, write_coco_layout, write_voc_layout
from test_workflow import SEEDS_FROM_SECTION, SMALL_TOY, readme_section_commands

DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]

# How each command is checked: "here" = run below (with -n added when it would compute), "ci" = .ci/run runs it,
# "demo" = make demo's recipe, whose snakemake command the workflow test runs on a small toy config; "own-data" = the
# workflow test runs the README's "Your own data" commands as typed on a small toy config; "seeds-from" = the stage-I
# workflow test runs the commands after `make demo` of the README's pseudo-labels section as typed, on its toy run.
COVERAGE = {
    "make demo": "demo",
    "make test": "ci",
    "export PATH=$PWD/.venv/bin:$PATH": "here",
    "snakemake -n": "here",
    "snakemake --dag > dag.dot": "here",
    "snakemake --summary": "here",
    "snakemake --list-changes params": "here",
    "snakemake --profile profiles/local --config experiment=voc -n": "here",
    "snakemake --profile profiles/local --config experiment=voc --resources gpu=2": "here",
    "snakemake --profile profiles/local results/voc/seg/seed/manifest.txt --config experiment=voc": "here",
    "snakemake --profile profiles/local results/voc/stage2/test_submission.tar --config experiment=voc": "here",
    "snakemake --profile profiles/local --config experiment=coco -n": "here",
    "snakemake --profile profiles/slurm --config experiment=voc -n": "here",
    "snakemake --profile profiles/local results/toy/dataset/toy_manifest.json": "own-data",
    "fma-wsss export-folder --experiment toy --out datasets/shapes --gt-splits val": "own-data",
    "fma-wsss doctor --experiment shapes": "own-data",
    "snakemake --profile profiles/local --config experiment=shapes": "own-data",
    "mkdir -p datasets/toy_fine_seeds && cp results/toy/seg/seed/*.png datasets/toy_fine_seeds/": "seeds-from",
    "fma-wsss doctor --experiment foreign": "seeds-from",
    "snakemake --profile profiles/local --config experiment=foreign": "seeds-from",
}
WEIGHTS = ("pretrains/CLIP/ViT-B-16.pt", "pretrains/SAM/sam_vit_h_4b8939.pth",
           "pretrains/swin_large_patch4_window12_384_22k_20220412-6580f57d.pth")  # fmt: skip


def bash_commands(path: Path) -> list[str]:
    """The command lines of a Markdown file's ```bash blocks (comments and blank lines dropped)."""
    blocks = re.findall(r"^```bash\n(.*?)^```", path.read_text(), re.S | re.M)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_every_command_of_the_docs_is_covered():
    commands = [c for path in DOCS for c in bash_commands(path)]
    assert commands, "the README has no commands"
    assert sorted(set(commands)) == sorted(COVERAGE), "a README command is not checked (or a check is stale)"


def test_make_targets_run_what_ci_and_the_workflow_test_run():
    ci = (REPO / ".ci" / "run").read_text()
    assert re.search(r"^make test$", ci, re.M)  # CI runs the README's test command
    makefile = (REPO / "Makefile").read_text()
    assert re.search(r"^demo: env\n\t\$\(SNAKEMAKE\) --profile profiles/local\n", makefile, re.M)
    assert re.search(r"^test: env\n\t\$\(VENV\)/bin/python -m pytest -q( -n \d+( --dist \w+)?)?( --durations=\d+)?\n", makefile, re.M)
    # the README's "Your own data" commands are exactly those that tests/test_workflow.py runs, as typed
    own_data = [c for c, how in COVERAGE.items() if how == "own-data"]
    assert readme_section_commands("Your own data") == own_data
    seeds_from = [c for c, how in COVERAGE.items() if how == "seeds-from"]
    assert readme_section_commands(SEEDS_FROM_SECTION) == ["make demo", *seeds_from]


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A folder that looks like the repository root to the README's commands: the workflow, rules, profiles and
    envs linked in, config.yaml with a small toy, fake VOC and COCO layouts and placeholder weight files."""
    for name in ("workflow", "rules", "profiles", "envs", "src"):
        (tmp_path / name).symlink_to(REPO / name)
    config = yaml.safe_load((REPO / "config.yaml").read_text())
    config["experiments"]["toy"]["dataset"]["toy"] = SMALL_TOY
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True))
    voc = write_voc_layout(tmp_path / "datasets" / "VOC2012", {"train_aug": ["2007_000032", "2007_000039"],
                                                               "val": ["2007_000033"]})  # fmt: skip
    (voc / "ImageSets" / "SegmentationAug" / "test.txt").write_text("/JPEGImages/2008_000001.jpg\n")
    write_coco_layout(tmp_path / "datasets" / "coco2014", {"train": ["000000000009", "000000000025"],
                                                           "val": ["000000000042"], "val_5000": ["000000000042"]})  # fmt: skip
    for weights in WEIGHTS:
        (tmp_path / weights).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / weights).write_bytes(b"placeholder")
    (tmp_path / ".venv").symlink_to(Path(sys.executable).parent.parent)
    return tmp_path


def as_checked(command: str) -> str:
    """The command as run here: a snakemake command that would compute gets -n (dry run: no real data)."""
    reads_only = any(flag in command for flag in (" -n", "--dag", "--summary", "--list-changes"))
    return command if not command.startswith("snakemake") or reads_only else command + " -n"


@pytest.mark.slow
def test_readme_commands_run_from_a_checkout(checkout):
    commands = [c for c in bash_commands(REPO / "README.md") if COVERAGE[c] == "here"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("SNAKEMAKE")}
    outputs = {}
    for command in commands[1:]:  # each after the README's `export PATH=...` line, as a user's shell has it
        script = f"set -euo pipefail\n{commands[0]}\n{as_checked(command)}\n"
        proc = subprocess.run(["bash", "-c", script], cwd=checkout, capture_output=True, text=True, env=env)
        assert proc.returncode == 0, f"{command}:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
        outputs[command] = proc.stdout + proc.stderr
    assert "digraph" in (checkout / "dag.dot").read_text()
    # make demo's recipe (dry run): its default target is the page the README says to open
    demo = re.search(r"^demo: env\n\t\$\(SNAKEMAKE\) (.*)\n", (REPO / "Makefile").read_text(), re.M)[1]
    proc = subprocess.run(["bash", "-c", f"set -euo pipefail\n{commands[0]}\nsnakemake {demo} -n\n"], cwd=checkout,
                          capture_output=True, text=True, env=env)  # fmt: skip
    page = re.search(r"Then open \*\*`(results/\S+\.html)`\*\*", (REPO / "README.md").read_text())[1]
    assert proc.returncode == 0 and page in proc.stdout + proc.stderr, proc.stdout[-2000:]
    assert "Job stats:" in proc.stdout + proc.stderr and "toy_dataset" in proc.stdout + proc.stderr  # end to end
    assert "output_file" in outputs["snakemake --summary"] and "results/toy/report.html" in outputs["snakemake --summary"]
    for command, text in outputs.items():
        if as_checked(command).endswith(" -n") or " -n " in as_checked(command):
            assert "Job stats:" in text, command
    assert "stage2_test_export" in outputs[
        "snakemake --profile profiles/local results/voc/stage2/test_submission.tar --config experiment=voc"]
    assert "stage2_train" not in outputs[
        "snakemake --profile profiles/local results/voc/seg/seed/manifest.txt --config experiment=voc"]
    assert "report" in outputs["snakemake --profile profiles/local --config experiment=coco -n"]
