"""A fake SLURM for tests: the commands in this folder share this module, and one JSON-lines file is all its state.

The file is named by FAKE_SLURM_LOG. `sbatch` appends a "submit" event (its full argv, the job script, the job id,
rule, partition and node), runs the job script at once (synchronously, in the job's -D folder, stdout and stderr to
its --output file, SLURM_JOB_ID etc. set) and appends an "end" event with the job's final state; `srun` inside the
job appends an "srun" event and executes its command; `sacct` and `squeue` answer from the latest event per job.
Running jobs inside sbatch keeps the test short: the executor plugin polls only jobs whose sbatch has returned, so
every poll finds them ended, and its polls do not back off (by 10 s more per poll that finds no job ended).

The fake cluster has two nodes (node1, node2; --exclude is obeyed) and two partitions: `cpu` (the default, no GPUs)
and `gpu`; a job asking for a GPU on `cpu`, or for a partition that does not exist, is refused as sbatch refuses it.

Faults, each for the first job of a rule only (comma-separated rule names; the rule comes from the plugin's
`--comment rule_<name>[_wildcards_...]`):
  FAKE_SLURM_FAIL_ONCE       the job script does not run; the job ends FAILED with exit code 1.
  FAKE_SLURM_NODE_FAIL_ONCE  the job's node is lost before the script runs; the job ends NODE_FAIL.
  FAKE_SLURM_VANISH_ONCE     sbatch returns a job id, but the job never runs and sacct/squeue never list it.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

NODES = ("node1", "node2")
PARTITION_GPUS = {"cpu": 0, "gpu": 4}  # GPUs per node
DEFAULT_PARTITION = "cpu"
FIRST_JOB_ID = 1001
FAULTS = {"FAKE_SLURM_FAIL_ONCE": "fail", "FAKE_SLURM_NODE_FAIL_ONCE": "node_fail", "FAKE_SLURM_VANISH_ONCE": "vanish"}


def fail(command: str, message: str) -> None:
    print(f"{command}: error: {message}", file=sys.stderr)
    sys.exit(1)


def log_path() -> Path:
    if not os.environ.get("FAKE_SLURM_LOG"):
        fail(Path(sys.argv[0]).name, "FAKE_SLURM_LOG is not set (the fake SLURM keeps its state in that file)")
    return Path(os.environ["FAKE_SLURM_LOG"])


@contextlib.contextmanager
def locked() -> Iterator[None]:
    """Serialises reading and appending events between concurrent commands."""
    with open(f"{log_path()}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def read_events() -> list[dict]:
    path = log_path()
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def append(event: dict) -> None:
    with open(log_path(), "a") as f:
        f.write(json.dumps(event) + "\n")


def record(event: dict) -> None:
    with locked():
        append(event)


def jobs() -> dict[int, dict]:
    """Every job sacct and squeue know: its submit event updated by its latest end event (vanished jobs left out)."""
    with locked():
        events = read_events()
    known: dict[int, dict] = {}
    for event in events:
        if event["event"] == "submit" and event["fault"] != "vanish":
            known[event["job_id"]] = {**event, "state": "RUNNING", "exit_code": 0}
        elif event["event"] == "end" and event["job_id"] in known:
            known[event["job_id"]].update(state=event["state"], exit_code=event["exit_code"])
    return known


def sbatch_parser() -> argparse.ArgumentParser:
    """The sbatch options the executor plugin can pass; any other option is refused, as a typo would be."""
    p = argparse.ArgumentParser(prog="sbatch", add_help=False)
    for flag in ("--parsable", "--requeue", "--no-requeue"):
        p.add_argument(flag, action="store_true")
    options = [["-J", "--job-name"], ["-o", "--output"], ["--export"], ["--comment"], ["-A", "--account"],
               ["-p", "--partition"], ["-M", "--clusters"], ["-t", "--time"], ["-C", "--constraint"], ["--qos"],
               ["--mem"], ["--mem-per-cpu"], ["-N", "--nodes"], ["--reservation"], ["-x", "--exclude"], ["--gres"],
               ["--ntasks-per-gpu"], ["-n", "--ntasks"], ["--ntasks-per-node"], ["-c", "--cpus-per-task"],
               ["--cpus-per-gpu"], ["-G", "--gpus"], ["-D", "--chdir"], ["--wrap"], ["-a", "--array"]]  # fmt: skip
    for names in options:
        p.add_argument(*names)
    p.add_argument("script", nargs="?")
    return p


def requested_gpus(opts: argparse.Namespace) -> int:
    if opts.gpus:
        return int(opts.gpus.split(":")[-1])
    gres = [g.split(":") for g in (opts.gres or "").split(",") if g.startswith("gpu")]
    return int(gres[0][-1]) if gres and gres[0][-1].isdigit() else len(gres)


def rule_of(comment: str | None) -> str:
    return (comment or "").removeprefix("rule_").split("_wildcards_")[0]


def sbatch(argv: list[str]) -> None:
    opts = sbatch_parser().parse_args(argv)
    if opts.wrap is None and opts.script is None:
        fail("sbatch", "no job script and no --wrap given")
    script = f"#!/bin/sh\n{opts.wrap}\n" if opts.wrap is not None else Path(opts.script).read_text()
    partition = opts.partition or DEFAULT_PARTITION
    if partition not in PARTITION_GPUS:
        fail("sbatch", "invalid partition specified: " + partition)
    gpus = requested_gpus(opts)
    if gpus > PARTITION_GPUS[partition]:
        fail("sbatch", "Batch job submission failed: Requested node configuration is not available")
    nodes = [n for n in NODES if n not in (opts.exclude or "").split(",")]
    if not nodes:
        fail("sbatch", "Batch job submission failed: Requested node configuration is not available")
    rule = rule_of(opts.comment)
    with locked():
        events = read_events()
        job_id = max([e["job_id"] for e in events if e["event"] == "submit"], default=FIRST_JOB_ID - 1) + 1
        first_of_rule = not any(e["event"] == "submit" and e["rule"] == rule for e in events)
        faults = [f for var, f in FAULTS.items() if first_of_rule and rule in os.environ.get(var, "").split(",")]
        fault = faults[0] if faults else None
        append({"event": "submit", "job_id": job_id, "name": opts.job_name, "rule": rule, "partition": partition,
                "node": nodes[0], "fault": fault, "argv": argv, "script": script})  # fmt: skip
    if fault != "vanish":
        state, exit_code = run_job(opts, job_id, script, partition, nodes[0], gpus, fault)
        record({"event": "end", "job_id": job_id, "state": state, "exit_code": exit_code})
    print(job_id if opts.parsable else f"Submitted batch job {job_id}")


def run_job(opts: argparse.Namespace, job_id: int, script: str, partition: str, node: str, gpus: int,
            fault: str | None) -> tuple[str, int]:  # fmt: skip
    """Runs the job script as a SLURM node would (unless a fault stops it); returns the job's state and exit code."""
    output = Path((opts.output or "slurm-%j.out").replace("%j", str(job_id)))
    if not output.is_absolute() and opts.chdir:
        output = Path(opts.chdir) / output
    with open(output, "w") as out:
        if fault == "fail":
            out.write(f"fake slurm: job {job_id} failed on purpose (FAKE_SLURM_FAIL_ONCE={rule_of(opts.comment)})\n")
            return "FAILED", 1
        if fault == "node_fail":
            out.write(f"fake slurm: node {node} was lost while job {job_id} ran (FAKE_SLURM_NODE_FAIL_ONCE)\n")
            return "NODE_FAIL", 1
        env = {**os.environ, "SLURM_JOB_ID": str(job_id), "SLURM_JOB_NAME": opts.job_name or "",
               "SLURM_JOB_PARTITION": partition, "SLURM_JOB_NODELIST": node, "SLURMD_NODENAME": node}  # fmt: skip
        if opts.cpus_per_task:
            env["SLURM_CPUS_PER_TASK"] = opts.cpus_per_task
        if gpus:
            env["SLURM_GPUS"] = str(gpus)
        proc = subprocess.run(["/bin/sh", "-c", script], cwd=opts.chdir, env=env, stdin=subprocess.DEVNULL,
                              stdout=out, stderr=subprocess.STDOUT)  # fmt: skip
    return ("COMPLETED" if proc.returncode == 0 else "FAILED"), proc.returncode


# srun options that take their value as the next argument (the plugin writes --opt=value or -n1 forms).
SRUN_OPTIONS_WITH_VALUE = {"-n", "-c", "-N", "-J", "-G", "--ntasks", "--cpus-per-task", "--nodes", "--gpus", "--jobid"}


def srun(argv: list[str]) -> None:
    """A job step: records itself and executes its command (the only task, on this machine)."""
    if "SLURM_JOB_ID" not in os.environ:
        fail("srun", "the fake SLURM runs job steps inside sbatch jobs only (SLURM_JOB_ID is not set)")
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        i += 2 if argv[i] in SRUN_OPTIONS_WITH_VALUE else 1
    if i >= len(argv):
        fail("srun", "no command given")
    record({"event": "srun", "job_id": int(os.environ["SLURM_JOB_ID"]), "argv": argv})
    os.execvp(argv[i], argv[i:])


def query_parser(prog: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog, add_help=False)
    for flags in (["-X", "--allocations"], ["--parsable"], ["--parsable2"], ["-n", "--noheader"], ["-a", "--allusers"]):
        p.add_argument(*flags, action="store_true")
    for names in (["-j", "--jobs"], ["--name"], ["-o", "--format"], ["-u", "--user"], ["-M", "--clusters"],
                  ["-S", "--starttime"], ["-E", "--endtime"], ["-t", "--states"]):  # fmt: skip
        p.add_argument(*names)
    return p


def selected(opts: argparse.Namespace) -> list[dict]:
    """The jobs a query names by -j (job ids; a job step id such as 1001.0 names none) and --name."""
    chosen = list(jobs().values())
    if opts.jobs:
        chosen = [j for j in chosen if str(j["job_id"]) in opts.jobs.split(",")]
    if opts.name:
        chosen = [j for j in chosen if j["name"] in opts.name.split(",")]
    return chosen


def field(job: dict, name: str) -> str:
    values = {"jobidraw": job["job_id"], "jobid": job["job_id"], "jobname": job["name"], "state": job["state"],
              "nodelist": job["node"], "partition": job["partition"], "exitcode": f"{job['exit_code']}:0"}  # fmt: skip
    return str(values.get(name.split("%")[0].lower(), ""))  # Account, Reason etc.: empty, as on a plain cluster


def sacct(argv: list[str]) -> None:
    opts, _ = query_parser("sacct").parse_known_args(argv)
    names = (opts.format or "JobID,JobName,Partition,State,ExitCode").split(",")
    sep = "|" if opts.parsable or opts.parsable2 else " "
    if not opts.noheader:
        print(sep.join(n.split("%")[0] for n in names))
    for job in selected(opts):
        print(sep.join(field(job, n) for n in names) + ("|" if opts.parsable else ""))


def squeue(argv: list[str]) -> None:
    opts, _ = query_parser("squeue").parse_known_args(argv)
    template = opts.format or "%i|%j|%P|%T"
    codes = {"%i": "jobid", "%j": "jobname", "%P": "partition", "%T": "state", "%N": "nodelist"}
    if not opts.noheader:
        print(template.replace("%", ""))
    for job in selected(opts):
        if opts.states == "all" or job["state"] in ("PENDING", "RUNNING"):
            line = template
            for code, name in codes.items():
                line = line.replace(code, field(job, name))
            print(line)


def scancel(argv: list[str]) -> None:
    """Marks the named jobs CANCELLED (sbatch runs jobs to their end, so nothing is left running to stop)."""
    running = {job_id for job_id, job in jobs().items() if job["state"] == "RUNNING"}
    for job_id in (int(a) for a in argv if a.isdigit()):
        if job_id in running:
            record({"event": "end", "job_id": job_id, "state": "CANCELLED", "exit_code": 0})


def scontrol(argv: list[str]) -> None:
    if argv[:2] != ["show", "config"]:
        fail("scontrol", f"the fake SLURM answers 'scontrol show config' only, not {' '.join(argv)!r}")
    print("Configuration data as of fake SLURM\nMaxArraySize            = 1001\nMinJobAge               = 300 sec")


def sinfo(argv: list[str]) -> None:
    if argv != ["-o", "%P"]:
        fail("sinfo", f"the fake SLURM answers 'sinfo -o %P' only, not {' '.join(argv)!r}")
    print("PARTITION")
    for name in PARTITION_GPUS:
        print(name + ("*" if name == DEFAULT_PARTITION else ""))

