"""Which source code a `fma-wsss` command runs, as a hash: it re-runs a rule after an edit and stamps resumable state.

The hash covers, for the command `X`, the function `cmd_X` of the CLI and every CLI helper it calls, then every
package module those import, followed transitively through every `import` of the package (module level or inside
functions, so that lazily imported backends count). It is derived from the source, not from a hand-written list,
so it cannot drift from what the command really imports. `build_parser` is left out on purpose: the rules pass
every argument explicitly, and hashing it would re-run every stage whenever a command is added.

Kept free of torch: the Snakefile calls it at parse time.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
from pathlib import Path

PACKAGE = "fma_wsss"
PACKAGE_DIR = Path(__file__).resolve().parent


def settings_hash(*sections: object) -> str:
    """16 hex digits of sha1 over canonical JSON of `sections`: the stamp of a resumable state or partial result."""
    return hashlib.sha1(json.dumps(sections, sort_keys=True, default=str).encode()).hexdigest()[:16]


class CodeMismatchError(RuntimeError):
    """The package that runs is not the source tree the workflow hashed (e.g. a non-editable install)."""


def _package_imports(tree: ast.AST) -> set[str]:
    """Names of the package's modules imported anywhere in `tree` (`from .x import`, `from . import x`,
    `import fma_wsss.x`, `from fma_wsss.x import`)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 or (node.level == 0 and node.module and node.module.split(".")[0] == PACKAGE):
                parts = (node.module or "").split(".")
                parts = parts[1:] if node.level == 0 else parts
                if parts and parts[0]:
                    found.add(parts[0])
                else:  # from . import x, y
                    found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == PACKAGE and len(parts) > 1:
                    found.add(parts[1])
    return found


@functools.lru_cache(maxsize=None)
def _parse(package_dir: Path, module: str) -> tuple[str, ast.Module]:
    path = package_dir / f"{module}.py"
    if not path.is_file():
        raise ValueError(f"{path}: package module {module!r} not found")
    source = path.read_text()
    return source, ast.parse(source, filename=str(path))


def module_closure(modules: set[str] | list[str], package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Sorted names of `modules` and every package module they import, transitively."""
    seen: set[str] = set()
    todo = list(modules)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(_package_imports(_parse(package_dir, name)[1]) - seen)
    return sorted(seen)


def _cli_functions(command: str, package_dir: Path) -> list[ast.FunctionDef]:
    """The CLI function of `command` ('infer-cams' -> cmd_infer_cams) and the CLI functions it calls, transitively."""
    _, tree = _parse(package_dir, "cli")
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    entry = "cmd_" + command.replace("-", "_")
    if entry not in functions:
        known = sorted(name[4:].replace("_", "-") for name in functions if name.startswith("cmd_"))
        raise ValueError(f"unknown fma-wsss command {command!r} (known: {', '.join(known)})")
    chosen: dict[str, ast.FunctionDef] = {}
    todo = [entry]
    while todo:
        name = todo.pop()
        if name in chosen:
            continue
        chosen[name] = functions[name]
        called = {n.id for n in ast.walk(functions[name]) if isinstance(n, ast.Name)}
        todo.extend(sorted((called & functions.keys()) - chosen.keys()))
    return [chosen[name] for name in sorted(chosen)]


def _top_level_names(tree: ast.Module) -> dict[str, str]:
    """Names bound by the module-level package imports of `tree` -> the module each comes from."""
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            for alias in node.names:
                names[alias.asname or alias.name] = node.module or alias.name
    return names


def command_modules(command: str, package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Package modules that `fma-wsss <command>` runs (sorted): those its CLI functions import, and those whose
    module-level CLI imports they use, with everything these import."""
    _, tree = _parse(package_dir, "cli")
    top_level = _top_level_names(tree)
    used: set[str] = set()
    for function in _cli_functions(command, package_dir):
        used |= _package_imports(function)
        used |= {top_level[n.id] for n in ast.walk(function) if isinstance(n, ast.Name) and n.id in top_level}
    return module_closure(used, package_dir)


@functools.lru_cache(maxsize=None)
def code_hash(command: str, package_dir: Path = PACKAGE_DIR) -> str:
    """16 hex digits of sha1 over the package's __init__, the CLI functions of `command` and the modules they run."""
    digest = hashlib.sha1()
    init = package_dir / "__init__.py"
    if init.is_file():
        digest.update(init.read_bytes())
    cli_source, _ = _parse(package_dir, "cli")
    for function in _cli_functions(command, package_dir):
        digest.update(f"\0cli.{function.name}\0".encode())
        digest.update((ast.get_source_segment(cli_source, function) or "").encode())
    for module in command_modules(command, package_dir):
        digest.update(f"\0{module}\0".encode())
        digest.update(_parse(package_dir, module)[0].encode())
    return digest.hexdigest()[:16]


def check_code(command: str, expected: str) -> None:
    """CodeMismatchError unless the running package's hash for `command` is `expected` (what the rule hashed)."""
    actual = code_hash(command)
    if actual != expected:
        raise CodeMismatchError(
            f"the fma_wsss package that runs ({PACKAGE_DIR}) is not the workflow's source: code hash {actual} for "
            f"'{command}', the rule expects {expected}. Install the package editable (pip install -e <repo>; "
            "envs/install.sh does) so that the code that runs is the code that was hashed."
        )
