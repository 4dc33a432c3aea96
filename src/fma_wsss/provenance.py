"""Which source code a `fma-wsss` command runs, as a hash: it re-runs a rule after an edit and stamps resumable work.

The hash is derived from the source, not from hand-written lists, so it cannot drift from what a command really
runs. Starting from the CLI function of command `X` (`cmd_X`), it follows every name that reaches package code:
functions and classes of the same module, names imported from other package modules (`from .m import f`, at module
level or inside a function, so lazily imported backends count), and `module.attribute` of imported modules. A
module that is imported at all contributes its module-level statements (imports, constants, registrations), since
importing runs them; its functions and classes count only when reached. So an edit of the mIoU code re-runs the
evaluations but not SAM mask generation, although both live beside functions that import metrics.

Two kinds of code are reached without a name in Python: classes registered with a registry (mmengine builds them
from a config's `type=` string), which count whenever their module is imported, both the decorated ones
(`@X.register_module(...)`) and those a module-level `X.register_module(module=Cls)` names (a module-level statement:
its names are followed like every other); and files a module reads as code, which it lists in a module-level
`HASHED_FILES` (glob patterns relative to the package: stage II's mmengine configs, stage2_configs/*.py), whose text
counts whenever the module is imported. So an edit of a stage-II config value or of the registered dataset re-runs
the stage-II rules (and starts a fresh work dir: the code hash is part of its stamp), not the other stages.

`build_parser` and `main` are not reached from a command: the rules pass every argument explicitly, and hashing
the parser would re-run every stage whenever a command is added. Kept free of torch: the Snakefile calls it at
parse time.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import CodeMismatchError

PACKAGE = "fma_wsss"
PACKAGE_DIR = Path(__file__).resolve().parent

Definition = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef


def settings_hash(*sections: object) -> str:
    """16 hex digits of sha1 over canonical JSON of `sections`: the stamp of a resumable state or partial result."""
    return hashlib.sha1(json.dumps(sections, sort_keys=True, default=str).encode()).hexdigest()[:16]


def file_fingerprint(path: Path | str | None, sample: int = 4 << 20) -> str:
    """16 hex digits of sha1 over a weights file's size and its first and last `sample` bytes (all of a smaller file):
    part of a resume stamp, so that work made with other weights at the same path is never resumed. '' for no
    path, 'absent' for a missing file. Sampled, not whole: SAM ViT-H is 2.5 GB and every mask shard stamps it;
    weights trained anew differ in their first tensors already."""
    if not path:
        return ""
    path = Path(path)
    if not path.is_file():
        return "absent"
    size = path.stat().st_size
    digest = hashlib.sha1(str(size).encode() + b"\0")
    with path.open("rb") as f:
        digest.update(f.read(sample))
        if size > 2 * sample:
            f.seek(size - sample)
        digest.update(f.read())
    return digest.hexdigest()[:16]


@dataclass
class _Module:
    lines: list[str]  # the source's lines with their ends, split as ast splits them (not at form feeds)
    definitions: dict[str, Definition]  # top-level functions and classes
    statements: list[ast.stmt]  # every other top-level statement (run on import)
    bindings: dict[str, tuple[str, str | None]]  # name bound by a top-level package import -> (module, symbol)
    registered: list[str]  # definitions registered with a registry on import (reached by a config's string)
    hashed_files: tuple[str, ...]  # HASHED_FILES: glob patterns of files the module reads as code


def _package_module(node: ast.ImportFrom) -> str | None:
    """The package module an ImportFrom reads from ('' for `from . import x`), or None if not the package's."""
    if node.level == 1:
        return node.module or ""
    if node.level == 0 and node.module and node.module.split(".")[0] == PACKAGE:
        return ".".join(node.module.split(".")[1:2])
    return None


def _imported(node: ast.ImportFrom) -> list[tuple[str, str, str | None]]:
    """(bound name, module, symbol) of each alias of a package ImportFrom; symbol None = a whole module."""
    module = _package_module(node)
    if module is None:
        return []
    if module == "":
        return [(alias.asname or alias.name, alias.name, None) for alias in node.names]
    return [(alias.asname or alias.name, module, alias.name) for alias in node.names]


def _is_main_guard(node: ast.stmt) -> bool:
    return isinstance(node, ast.If) and "__main__" in ast.unparse(node.test) and "__name__" in ast.unparse(node.test)


@functools.lru_cache(maxsize=None)
def _parse(package_dir: Path, module: str) -> _Module:
    path = package_dir / f"{module}.py"
    if not path.is_file():
        raise ValueError(f"{path}: package module {module!r} not found")
    source = path.read_text()
    tree = ast.parse(source, filename=str(path))
    definitions, statements, bindings, registered, hashed_files = {}, [], {}, [], ()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            definitions[node.name] = node
            if any(_is_registration(d) for d in node.decorator_list):
                registered.append(node.name)
        elif not _is_main_guard(node):
            statements.append(node)
            if isinstance(node, ast.ImportFrom):
                bindings.update({name: (mod, sym) for name, mod, sym in _imported(node)})
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "HASHED_FILES" for t in node.targets):
                hashed_files = tuple(ast.literal_eval(node.value))
    return _Module(_LINE.findall(source), definitions, statements, bindings, registered, hashed_files)


def _is_registration(decorator: ast.expr) -> bool:
    """`@X.register_module(...)` (mmengine's registries)."""
    call = decorator.func if isinstance(decorator, ast.Call) else decorator
    return isinstance(call, ast.Attribute) and call.attr == "register_module"


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def _segment(lines: list[str], node: ast.AST) -> str:
    """ast.get_source_segment(source, node) from the source's lines split once: that function splits the whole
    source again at every call, which made hashing every command take seconds at each Snakefile parse."""
    first, last = node.lineno - 1, node.end_lineno - 1
    if first == last:
        return lines[first].encode()[node.col_offset : node.end_col_offset].decode()
    head = lines[first].encode()[node.col_offset :].decode()
    tail = lines[last].encode()[: node.end_col_offset].decode()
    return "".join([head, *lines[first + 1 : last], tail])


def _references(module: _Module, node: ast.AST) -> set[tuple[str, str | None]]:
    """(module, symbol) pairs of package code that `node` refers to (symbol None = the module's top level)."""
    found: set[tuple[str, str | None]] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.ImportFrom):  # lazy imports inside functions, and top-level imports (run on import)
            for _, mod, sym in _imported(sub):
                found.add((mod, None))
                if sym is not None and sub not in module.statements:
                    found.add((mod, sym))
        elif isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name):
            target = module.bindings.get(sub.value.id)
            if target is not None and target[1] is None:  # module.attribute
                found.add((target[0], sub.attr))
        if isinstance(sub, ast.Name):
            if sub.id in module.definitions:
                found.add(("", sub.id))  # "" = this module, resolved by the caller
            elif sub.id in module.bindings:
                found.add(module.bindings[sub.id])
    return found


def _reached(command: str, package_dir: Path) -> dict[str, set[str]]:
    """Module -> names of its definitions reached from `fma-wsss <command>` (every key's top level runs)."""
    cli = _parse(package_dir, "cli")
    entry = "cmd_" + command.replace("-", "_")
    if entry not in cli.definitions:
        known = sorted(name[4:].replace("_", "-") for name in cli.definitions if name.startswith("cmd_"))
        raise ValueError(f"unknown fma-wsss command {command!r} (known: {', '.join(known)})")
    reached: dict[str, set[str]] = {}
    todo: list[tuple[str, str | None]] = [("cli", None), ("cli", entry)]
    while todo:
        name, symbol = todo.pop()
        module = _parse(package_dir, name)
        if name not in reached:
            reached[name] = set()
            for statement in module.statements:
                todo.extend((m or name, s) for m, s in _references(module, statement))
            todo.extend((name, cls) for cls in module.registered)  # importing the module registers them
        if symbol is None or symbol in reached[name]:
            continue
        if symbol not in module.definitions:
            if symbol in module.bindings:  # re-exported name
                todo.append(module.bindings[symbol])
            continue  # a module-level constant or a submodule: its statements are already in
        reached[name].add(symbol)
        todo.extend((m or name, s) for m, s in _references(module, module.definitions[symbol]))
    return reached


def command_modules(command: str, package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Package modules whose code `fma-wsss <command>` runs (sorted)."""
    return sorted(_reached(command, package_dir))


@functools.lru_cache(maxsize=None)
def code_hash(command: str, package_dir: Path = PACKAGE_DIR) -> str:
    """16 hex digits of sha1 over the package's __init__ and, per module the command reaches, its module-level
    statements and the source of the functions and classes it reaches."""
    digest = hashlib.sha1()
    init = package_dir / "__init__.py"
    if init.is_file():
        digest.update(init.read_bytes())
    for name, symbols in sorted(_reached(command, package_dir).items()):
        module = _parse(package_dir, name)
        digest.update(f"\0{name}\0".encode())
        for statement in module.statements:
            digest.update(_segment(module.lines, statement).encode() + b"\n")
        for symbol in sorted(symbols):
            digest.update(f"\0{name}.{symbol}\0".encode())
            digest.update(_segment(module.lines, module.definitions[symbol]).encode())
        for path in sorted(p for pattern in module.hashed_files for p in package_dir.glob(pattern)):
            digest.update(f"\0{path.relative_to(package_dir).as_posix()}\0".encode() + path.read_bytes())
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


# --------------------------------------------------------------------------------------------------------------
# Shard provenance: what made an artifact (rule, wildcards, params: config sections and code hash), recorded in it
# and checked by the job that reads it, so that a stale or foreign shard stops the run instead of feeding the next
# stage. The Snakefile computes both sides from the config; the reader gets a digest (one hash per param) to keep
# command lines short on COCO-sized splits.


def _leaves(params: dict) -> dict:
    """Params flattened to dotted keys: a param holding a config section (a dict, or JSON text of one, as the rules
    pass them) gives one entry per setting, so that a difference names the setting."""
    leaves = {}

    def walk(prefix: str, value: object) -> None:
        if isinstance(value, str) and value[:1] in "{[":
            try:
                value = json.loads(value)
            except json.JSONDecodeError:
                pass
        if isinstance(value, dict) and value:
            for key, item in value.items():
                walk(f"{prefix}.{key}", item)
        else:
            leaves[prefix] = value

    for name, value in params.items():
        walk(name, value)
    return leaves


def provenance_digest(record: dict) -> dict:
    """A shard's provenance record {rule, wildcards, params} with each setting of each param replaced by a hash."""
    return {"rule": record["rule"], "wildcards": dict(record["wildcards"]),
            "params": {k: settings_hash(v)[:10] for k, v in _leaves(record["params"]).items()}}  # fmt: skip


def provenance_differences(stored: dict, expected: dict) -> list[str]:
    """What differs between the provenance a shard records (full) and the digest its reader expects, one phrase
    per difference, naming the wildcard or setting (and the shard's value of it)."""
    got, values = provenance_digest(stored), _leaves(stored["params"])
    diffs = []
    if got["rule"] != expected["rule"]:
        diffs.append(f"made by rule {got['rule']}, expected {expected['rule']}")
    for key in sorted(set(got["wildcards"]) | set(expected["wildcards"])):
        if got["wildcards"].get(key) != expected["wildcards"].get(key):
            diffs.append(f"{key} is {got['wildcards'].get(key)!r}, expected {expected['wildcards'].get(key)!r}")
    for key in sorted(set(got["params"]) | set(expected["params"])):
        if got["params"].get(key) == expected["params"].get(key):
            continue
        if key == "code":
            diffs.append("made by other code (another version of the stage's source)")
        elif key not in values:
            diffs.append(f"setting {key} is not in the shard (expected in this run)")
        else:
            value = json.dumps(values[key], sort_keys=True, ensure_ascii=False)
            diffs.append(f"setting {key} differs (the shard's: {value[:80]}{'…' if len(value) > 80 else ''})")
    return diffs
