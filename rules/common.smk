# Binds the rules to fma_wsss.workflow, where the DAG's logic lives and is tested without Snakemake: the artifact
# layout (layout), the branching (plan), and per rule its inputs, outputs and command (jobs, commands).
import re

from fma_wsss.errors import ConfigError
from fma_wsss.workflow import layout
from fma_wsss.workflow.commands import check_rule_outputs, job_command, paths  # noqa: F401 (Snakefile)
from fma_wsss.workflow.jobs import JOBS
from fma_wsss.workflow.plan import Plan

PLAN = Plan(config)
SELECTED_EXPERIMENTS = PLAN.selected
TOY_ROOTS = PLAN.toy_roots()
BYO_EXPERIMENTS = [name for name in config["experiments"] if PLAN.imports_cams(name)]
SEEDS_FROM_EXPERIMENTS = [name for name in config["experiments"] if PLAN.imports_seeds(name)]


def inputs(rule):
    """Input function of `rule`: the job table's inputs for these wildcards."""
    return lambda wildcards: paths(JOBS[rule].inputs(PLAN, dict(wildcards.items())))


def command(rule):
    """Param function of `rule`: its rendered `fma-wsss` command, whose edits (config, code hash) re-run the job."""

    # wildcards only: Snakemake leaves params derived from input or output out of its change detection
    return lambda wildcards: job_command(PLAN, rule, dict(wildcards.items()))


def shell_line(rule):
    """The rule's shell line: the command, the machine settings (threads, resources: not params), the log."""
    # on failure the log's last line (the job's one `fma-wsss <command>: error: ...` line) reaches the console
    return " ".join(["{params.cmd}", *JOBS[rule].machine,
                     "> {log:q} 2>&1 || {{ status=$?; tail -n 1 {log:q} >&2; exit $status; }}"])


def exp_value(*keys):
    """The experiment's config value at `keys`, for resources."""

    def get(wildcards):
        value = PLAN.exp(wildcards.exp)
        for key in keys:
            value = value[key]
        return value

    return get


def mask_gpus(wildcards):
    """SAM needs a GPU, Felzenszwalb none (the SLURM profile routes jobs to a partition by this)."""
    return 1 if PLAN.exp(wildcards.exp)["masks"]["backend"] == "sam" else 0


def stage2_gpus(wildcards):
    return PLAN.stage2(wildcards.exp, wildcards.stage2_dir)["gpus"]


def toy_clip_guard(wildcards):
    """toy_clip's input function (none): refuses a toy CLIP file whose record names other toy_clip settings than the
    config's (Plan.stale_toy_clip) unless this run rebuilds it. Here, not at parse time: the forced rules are known
    only once the DAG is built."""
    dag = workflow.dag_settings
    weights = config["toy_clip"]["checkpoint"]
    forced = dag.forceall or bool({"toy_clip", weights} & set(dag.forcerun or ())) or (
        dag.forcetargets and weights in (dag.targets or ()))
    problem = PLAN.stale_toy_clip(forced=forced)
    if problem:
        raise ConfigError(problem)
    return []
