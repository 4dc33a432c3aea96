"""The codebase's shape, as the design card asks: short functions, a thin rules/common.smk, no dominant module, the
DAG's logic free of torch and Snakemake, an import graph without upward edges from the bottom layer."""

from __future__ import annotations

import ast
import subprocess
import sys

from conftest import REPO

SRC = REPO / "src" / "fma_wsss"


def test_no_function_is_longer_than_60_lines():
    long = [f"{path.relative_to(REPO)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for path in sorted(SRC.rglob("*.py")) for node in ast.walk(ast.parse(path.read_text()))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 60]  # fmt: skip
    assert not long, long


def test_the_rules_only_bind_wildcards():
    assert len((REPO / "rules" / "common.smk").read_text().splitlines()) <= 150
    package_lines = {p: len(p.read_text().splitlines()) for p in SRC.rglob("*.py")}
    total = sum(package_lines.values())
    assert all(n <= total / 5 for n in package_lines.values()), max(package_lines.items(), key=lambda kv: kv[1])


def test_the_workflow_package_imports_neither_torch_nor_snakemake():
    code = ("import sys; import fma_wsss.workflow.commands, fma_wsss.workflow.plan, fma_wsss.cli_parser; "
            "print(sorted(m for m in ('torch', 'snakemake', 'h5py') if m in sys.modules))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_bottom_layer_imports_nothing_above_it():
    bottom = {"errors", "data", "metrics", "store", "files", "weights", "rle", "config", "provenance", "progress"}
    for name in bottom:
        tree = ast.parse((SRC / f"{name}.py").read_text())
        imported = {node.module.split(".")[0] for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}  # fmt: skip
        assert imported <= bottom, f"{name} imports {sorted(imported - bottom)}"
