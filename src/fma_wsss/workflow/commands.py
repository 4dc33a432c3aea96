"""Jobs' command lines: argv as lists, rendered once with shlex.join. The provenance a shard records and the digests
its readers expect travel in an argument file (argparse's `@file`, content-addressed under layout.ARGFILES), as does
any argument group too long for a command line (COCO's lists of shards), so no argument passes 4 KiB.
"""

from __future__ import annotations

import hashlib
import os
import shlex
from pathlib import Path
from typing import Any, Iterable

from ..config import ConfigError
from ..provenance import code_hash, provenance_digest
from . import layout
from .jobs import JOBS, Inputs, Outputs, Wildcards, canonical
from .plan import Made, Plan

SPILL_CHARS = 4096  # an argument group longer than this goes to the argument file


def job_outputs(plan: Plan, rule: str, wc: Wildcards) -> Outputs:
    """The job's outputs: the rule's patterns with the wildcards filled in."""
    return {name: pattern.format(**wc) for name, pattern in JOBS[rule].outputs(plan).items()}


def paths(inputs: Inputs) -> dict[str, Any]:
    """Inputs as Snakemake takes them: Made -> its path."""
    return {k: [str(v) for v in value] if isinstance(value, list) else str(value) for k, value in inputs.items()}


def made_inputs(inputs: Inputs) -> list[Made]:
    return [v for value in inputs.values() for v in (value if isinstance(value, list) else [value]) if isinstance(v, Made)]


def provenance_record(plan: Plan, rule: str, wc: Wildcards) -> dict[str, Any]:
    """What makes a shard of `rule` with these wildcards (rule, wildcards, params with the code hash), as the job
    records it in the shard and its readers expect it."""
    params = {**JOBS[rule].record(plan, wc), "code": code_hash(JOBS[rule].command)}
    return {"rule": rule, "wildcards": {k: str(v) for k, v in sorted(wc.items())}, "params": params}


def expected_provenance(plan: Plan, inputs: Inputs) -> dict[str, dict]:
    """Input shard path -> the digest of the provenance its producer records in this run."""
    return {m.path: provenance_digest(provenance_record(plan, m.rule, dict(m.wildcards)))
            for m in made_inputs(inputs) if JOBS[m.rule].record is not None}  # fmt: skip


def job_argv(plan: Plan, rule: str, wc: Wildcards) -> tuple[list[str], list[list[str]]]:
    """(head, groups): `fma-wsss --expect-code <hash> <command>`, and the argument groups (an option and its values),
    provenance last. Machine placeholders (threads, resources) are not included: the rule's shell line adds them."""
    job = JOBS[rule]
    inputs = job.inputs(plan, wc)
    args = job.args(plan, wc, inputs, job_outputs(plan, rule, wc))
    groups = option_groups(args)
    if job.record is not None:
        groups.append(["--provenance", canonical(provenance_record(plan, rule, wc))])
    expected = expected_provenance(plan, inputs)
    if expected:
        groups.append(["--expect-provenance", canonical(expected)])
    return ["fma-wsss", "--expect-code", code_hash(job.command), job.command], groups


def option_groups(args: list[str]) -> list[list[str]]:
    """Split `--opt value ... --opt value ...` into one list per option."""
    groups: list[list[str]] = []
    for arg in args:
        if arg.startswith("--") or not groups:
            groups.append([arg])
        else:
            groups[-1].append(arg)
    return groups


def render(head: list[str], groups: Iterable[list[str]], argfile_dir: Path | str = layout.ARGFILES) -> str:
    """The shell command of `head` + `groups`: provenance and any group over SPILL_CHARS written one argument per
    line to a content-addressed file under `argfile_dir` (written once, atomically), passed as `@file`."""
    inline, spilled = [], []
    for group in groups:
        long = sum(len(a) + 1 for a in group) > SPILL_CHARS
        (spilled if long or group[0] in ("--provenance", "--expect-provenance") else inline).append(group)
    argv = [*head, *(a for g in inline for a in g)]
    if spilled:
        argv.append("@" + str(write_argfile([a for g in spilled for a in g], Path(argfile_dir))))
    return shlex.join(argv)


def write_argfile(args: list[str], folder: Path) -> Path:
    """A file of `args`, one per line, named by its content's hash (same arguments, same file)."""
    bad = next((a for a in args if "\n" in a or "\r" in a or a.startswith("@")), None)
    if bad is not None:
        raise ConfigError(f"an argument cannot be passed in an argument file (line break or leading @): {bad[:80]!r}")
    text = "".join(a + "\n" for a in args)
    path = folder / f"{hashlib.sha1(text.encode()).hexdigest()[:16]}.args"
    if not path.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    return path


def job_command(plan: Plan, rule: str, wc: Wildcards, argfile_dir: Path | str = layout.ARGFILES) -> str:
    """The job's rendered command (without the machine placeholders and the log redirection)."""
    head, groups = job_argv(plan, rule, wc)
    return render(head, groups, argfile_dir)


def check_rule_outputs(plan: Plan, rule: str, declared: dict[str, str]) -> None:
    """A rule's declared output patterns (wildcard constraints stripped) must be its job table entry's: a rule edited
    apart from the table is a bug."""
    from snakemake.io import strip_wildcard_constraints

    for name, pattern in JOBS[rule].outputs(plan).items():
        if strip_wildcard_constraints(str(declared.get(name))) != pattern:
            raise RuntimeError(f"rule {rule}: output {name} is {declared.get(name)!r}, the job table says {pattern!r}")

