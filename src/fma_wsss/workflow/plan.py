"""The DAG's branching as pure functions of the validated config: which stages an experiment runs, on which splits
and shards, and which rule makes each artifact a job reads (a `Made` path). Torch-free and Snakemake-free: the rules
bind wildcards to these, the tests call them directly.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import ConfigError, experiment, mask_splits, selected_experiments
from ..data import count_split, read_split, split_list_path
from ..toy import toy_ids
from . import layout

TASKS = ("cls", "seg")  # the learned prompts: classification task (T1), segmentation task (T2)
CONTROLS = ("hand", "init")  # CAMs of the cls task's control prompts
IMPORTED = "imported"  # the seeds' {task} of an experiment with seeds_from (pseudo labels made elsewhere)


@dataclass(frozen=True)
class Made:
    """An input path together with the rule and wildcards of the job that makes it (shards carry provenance)."""

    path: str
    rule: str
    wildcards: tuple[tuple[str, str], ...]

    def __str__(self) -> str:
        return self.path


def refines_apart(cfg: dict[str, Any], task: str) -> bool:
    """True when CAA of `task` (an experiment's config) runs in refine_cams jobs: caa.fused false, or imported CAMs."""
    if task not in TASKS:
        return False
    caa = cfg[task]["caa"]
    return caa["enabled"] and (not caa["fused"] or (task == "cls" and bool(cfg.get("cams_from"))))


def stores_attention(cfg: dict[str, Any], task: str) -> bool:
    """True when the CAM shards of `task` store attention: infer.store_att, or for CAA run apart from inference."""
    return task in TASKS and (cfg[task]["infer"]["store_att"] or refines_apart(cfg, task))


def made(rule: str, pattern: str, **wildcards: str) -> Made:
    """The artifact `pattern` of `rule`'s job with these wildcards."""
    fields = {k: str(v) for k, v in wildcards.items()}
    return Made(pattern.format(**fields), rule, tuple(sorted(fields.items())))


class Plan:
    """The validated config (fma_wsss.config.validate_config) and what follows from it for the DAG."""

    def __init__(self, config: dict[str, Any]):
        self.config = config
        self.n_shards = functools.lru_cache(maxsize=None)(self._n_shards)
        self.split_ids = functools.lru_cache(maxsize=None)(self._split_ids)

    def exp(self, name: str) -> dict[str, Any]:
        return experiment(self.config, name)

    @property
    def selected(self) -> list[str]:
        return selected_experiments(self.config)

    # -- splits and shards ------------------------------------------------------------------------------------------

    def _n_shards(self, exp: str, split: str) -> int:
        cfg = self.exp(exp)
        return math.ceil(count_split(cfg["dataset"], split) / cfg["shard_size"])

    def shards(self, exp: str, split: str) -> list[str]:
        """The `{shard}` wildcards of a split."""
        return [layout.shard_name(i) for i in range(self.n_shards(exp, split))]

    def _split_ids(self, exp: str, split: str) -> tuple[str, ...]:
        """The ids of a split; a toy split's follow from its generator settings, so the DAG is known before the
        toy_dataset job has written the list."""
        dataset = self.exp(exp)["dataset"]
        if dataset["kind"] == "toy":
            return tuple(toy_ids(split, count_split(dataset, split)))
        return tuple(read_split(dataset["kind"], dataset["root"], split).ids)

    def split_list(self, exp: str, split: str) -> str:
        """The list file of `split` (made by toy_dataset for toy experiments, else the user's)."""
        dataset = self.exp(exp)["dataset"]
        return str(split_list_path(dataset["kind"], dataset["root"], split))

    def labels_file(self, exp: str) -> list[str]:
        """A folder dataset's image-level labels file (an input of the jobs that read labels); [] otherwise."""
        dataset = self.exp(exp)["dataset"]
        return [str(Path(dataset["root"]) / dataset["labels"])] if dataset["kind"] == "folder" else []

    def train_split(self, exp: str) -> str:
        """The train split, which stage S0 must cover (the seeds need its masks; imported seeds need none)."""
        cfg = self.exp(exp)
        if not self.imports_seeds(exp) and cfg["train_split"] not in mask_splits(cfg):
            raise ConfigError(f"experiments.{exp}.masks.splits: the seeds need masks of the train split {cfg['train_split']!r}")
        return cfg["train_split"]

    def cam_splits(self, exp: str) -> list[str]:
        """The splits whose CAMs the cls report covers."""
        cfg = self.exp(exp)
        return list(cfg["cls"]["infer"]["splits"]) or [cfg["train_split"]]

    # -- branching --------------------------------------------------------------------------------------------------

    def imports_cams(self, exp: str, prompts: str = "cls") -> bool:
        """True when the CAMs of `prompts` are imported (cams_from) instead of inferred."""
        return prompts == "cls" and bool(self.exp(exp).get("cams_from"))

    def imports_seeds(self, exp: str) -> bool:
        """True when the pseudo labels are imported (seeds_from): no masks, CAMs or prompts are made."""
        return bool(self.exp(exp).get("seeds_from"))

    def seed_tasks(self, exp: str) -> list[str]:
        """The tasks that make seeds: both, with imported CAMs only cls (stage II, if any, on the coarse seeds), with
        imported seeds IMPORTED alone."""
        if self.imports_seeds(exp):
            return [IMPORTED]
        return ["cls"] if self.imports_cams(exp) else list(TASKS)

    def trained_tasks(self, exp: str) -> list[str]:
        """The tasks whose prompts are trained here (none with imported CAMs or seeds)."""
        return [] if self.imports_cams(exp) or self.imports_seeds(exp) else list(TASKS)

    def seed_producer(self, exp: str, task: str) -> str:
        """The rule that makes the seed shards of `task`: SAMS (seeds), or import_seeds for IMPORTED."""
        return "import_seeds" if task == IMPORTED else "seeds"

    def refines_apart(self, exp: str, prompts: str) -> bool:
        """True when CAA of `prompts` runs in refine_cams jobs (caa.fused: false, or imported CAMs)."""
        return refines_apart(self.exp(exp), prompts)

    def cam_variants(self, exp: str) -> list[str]:
        """Prompt variants of the CAM report: the controls, then the learned prompts (imported CAMs: those alone)."""
        if self.imports_cams(exp):
            return ["cls"]
        return [*self.exp(exp)["cls"]["infer"]["controls"], "cls"]

    def cam_producer(self, exp: str, prompts: str) -> str:
        return "import_cams" if self.imports_cams(exp, prompts) else "infer_cams"

    def cam_shard(self, exp: str, prompts: str, split: str, shard: str) -> Made:
        """The CAM shard as inferred or imported."""
        return made(self.cam_producer(exp, prompts), layout.CAM_SHARD, exp=exp, prompts=prompts, split=split, shard=shard)

    def cam_source(self, exp: str, prompts: str, split: str, shard: str) -> Made:
        """The CAM shard that evaluation and seeding read: the inference's, or refine_cams' when CAA runs apart."""
        if self.refines_apart(exp, prompts):
            return made("refine_cams", layout.REFINED_SHARD, exp=exp, prompts=prompts, split=split, shard=shard)
        return self.cam_shard(exp, prompts, split, shard)

    def cam_eval_groups(self, exp: str) -> list[tuple[str, list[str]]]:
        """(report name, per-shard eval paths) for every prompt variant and CAM split."""
        splits = self.cam_splits(exp)
        return [(prompts if len(splits) == 1 else f"{prompts}-{split}",
                 [layout.CAM_EVAL.format(exp=exp, prompts=prompts, split=split, shard=s) for s in self.shards(exp, split)])
                for prompts in self.cam_variants(exp) for split in splits]  # fmt: skip

    def stage2(self, exp: str, stage2_dir: str = layout.MAIN_STAGE2) -> dict[str, Any]:
        """The stage-II section of one recipe: the main one (stage2_dir MAIN_STAGE2), or one of stage2.also (its
        values over the main section's; `also` itself left out)."""
        stage2 = self.exp(exp).get("stage2")
        if stage2 is None:
            raise ConfigError(f"experiments.{exp}.stage2 is not set: this experiment stops at its seeds")
        if stage2_dir == layout.MAIN_STAGE2:
            return stage2
        extra = {f"{layout.MAIN_STAGE2}-{Path(a['config']).stem}": a for a in stage2.get("also", [])}.get(stage2_dir)
        if extra is None:
            raise ConfigError(f"experiments.{exp}.stage2: no recipe writes to {stage2_dir} (stage2.also lists "
                              f"{[Path(a['config']).stem for a in stage2.get('also', [])]})")  # fmt: skip
        return {**{k: v for k, v in stage2.items() if k != "also"}, **extra}

    def stage2_dirs(self, exp: str) -> list[str]:
        """The {stage2_dir} of each stage-II recipe: the main one's, then stage2.also's in order ([] without stage2)."""
        stage2 = self.exp(exp).get("stage2")
        if not stage2:
            return []
        return [layout.MAIN_STAGE2, *(f"{layout.MAIN_STAGE2}-{Path(a['config']).stem}" for a in stage2.get("also", []))]

    def stage2_seed_task(self, exp: str) -> str:
        """The task whose seeds stage II trains on: stage2.seeds (coarse: cls, fine: seg), else the last seeding task
        (seg; cls with imported CAMs; IMPORTED with seeds_from)."""
        chosen = self.stage2(exp).get("seeds")
        return {"coarse": "cls", "fine": "seg"}[chosen] if chosen else self.seed_tasks(exp)[-1]

    def stage2_experiments(self) -> list[str]:
        """The selected experiments that configure stage II (the default target builds their stage-II report)."""
        return [name for name in self.selected if self.exp(name).get("stage2")]

    def test_split(self, exp: str) -> str:
        split = self.stage2(exp)["test_split"]
        if not split:
            raise ConfigError(f"experiments.{exp}.stage2.test_split is not set: there is no test split to export")
        return split

    def toy_roots(self) -> dict[str, dict]:
        """Toy dataset root -> generator settings; two toy experiments may share a root only with equal settings."""
        roots: dict[str, dict] = {}
        for name, cfg in self.config["experiments"].items():
            if cfg["dataset"]["kind"] != "toy":
                continue
            root = cfg["dataset"]["root"].rstrip("/")
            if roots.setdefault(root, cfg["dataset"]["toy"]) != cfg["dataset"]["toy"]:
                raise ConfigError(f"experiments.{name}.dataset.root: {root} is used by another toy experiment with "
                                  "other generator settings")  # fmt: skip
        return roots

    def uses_toy_clip(self, exp: str) -> bool:
        """True when the experiment's DAG loads the toy CLIP file (its own CAMs, from the toy_clip checkpoint)."""
        cfg = self.exp(exp)
        loads_it = cfg["clip"]["checkpoint"] == self.config["toy_clip"]["checkpoint"]
        return loads_it and not self.imports_seeds(exp) and not self.imports_cams(exp)

    def stale_toy_clip(self, forced: bool = False) -> str | None:
        """Why the toy CLIP file (made by the toy_clip rule, or shipped) cannot serve the selected experiments: its
        record names other toy_clip settings than the config's. Snakemake keeps no record of a shipped file's
        params, so without this check it would use the file as it is. None when it serves, is missing (the rule
        will make it), is forced to rerun, or no selected experiment loads it."""
        settings = self.config["toy_clip"]
        weights = Path(settings["checkpoint"])
        record_path = weights.with_name(weights.name + ".json")
        if forced or not any(self.uses_toy_clip(exp) for exp in self.selected) or not weights.is_file():
            return None
        try:
            recorded = json.loads(record_path.read_text())["settings"]
        except (OSError, ValueError, KeyError, TypeError):
            recorded = None
        if not isinstance(recorded, dict):
            return (f"{record_path}: missing or not a toy CLIP record (expected JSON with the `settings` {weights} was "
                    f"pretrained with); rebuild both with `make toy-clip`")  # fmt: skip
        changed = sorted(k for k in {*recorded, *settings} if recorded.get(k) != settings.get(k))
        if not changed:
            return None
        return (f"{weights} was pretrained with other toy_clip settings than the config's (differ: {', '.join(changed)}; "
                f"see {record_path}); rebuild it with `make toy-clip` (snakemake --forcerun toy_clip {weights})")

    def default_targets(self) -> list[str]:
        """The files of `rule all`: every report of the selected experiments and their last seeds."""
        targets = []
        for exp in self.selected:
            stage1 = [] if self.imports_seeds(exp) else [layout.MASK_REPORT_MD, layout.CAM_REPORT_MD]
            patterns = [*stage1, layout.SEEDS_REPORT_MD, layout.SEED_MANIFEST, layout.REPORT_HTML]
            targets += [p.format(exp=exp, task=self.seed_tasks(exp)[-1]) for p in patterns]
            targets += [layout.STAGE2_REPORT.format(exp=exp, stage2_dir=d) for d in self.stage2_dirs(exp)]
        return targets

    def jobs(self, exp: str) -> list[tuple[str, dict[str, str]]]:
        """Every job of the experiment's DAG as (rule, wildcards): the default target's, and stage II's test export
        where a test split is set. The toy CLIP and tiny SAM jobs appear where the config uses their files."""
        cfg, train = self.exp(exp), self.train_split(exp)
        jobs: list[tuple[str, dict[str, str]]] = []
        if cfg["dataset"]["kind"] == "toy":
            jobs.append(("toy_dataset", {"toy_root": cfg["dataset"]["root"].rstrip("/")}))
        if self.imports_seeds(exp):
            return jobs + self._seed_jobs(exp) + self._stage2_jobs(exp) + [("report", {"exp": exp})]
        if self.uses_toy_clip(exp):
            jobs.append(("toy_clip", {}))
        sam_checkpoint = cfg["masks"]["sam"]["checkpoint"] if cfg["masks"]["backend"] == "sam" else ""
        prefix, suffix = layout.TINY_SAM.split("{seed}")
        if sam_checkpoint.startswith(prefix) and sam_checkpoint.endswith(suffix):
            jobs.append(("tiny_sam", {"seed": sam_checkpoint[len(prefix) : -len(suffix)]}))
        for split in mask_splits(cfg):
            for shard in self.shards(exp, split):
                jobs += [(rule, {"exp": exp, "split": split, "shard": shard}) for rule in ("masks", "mask_eval")]
        jobs.append(("mask_report", {"exp": exp}))
        jobs += [("train_prompts", {"exp": exp, "task": task}) for task in self.trained_tasks(exp)]
        cam_jobs = [(p, s) for p in self.cam_variants(exp) for s in self.cam_splits(exp)]
        cam_jobs += [("seg", train)] if "seg" in self.seed_tasks(exp) else []
        for prompts, split in cam_jobs:
            for shard in self.shards(exp, split):
                wc = {"exp": exp, "prompts": prompts, "split": split, "shard": shard}
                jobs.append((self.cam_producer(exp, prompts), wc))
                jobs += [("refine_cams", wc)] if self.refines_apart(exp, prompts) else []
                jobs.append(("cam_eval", wc))
        jobs.append(("cam_report", {"exp": exp}))
        return jobs + self._seed_jobs(exp) + self._stage2_jobs(exp) + [("report", {"exp": exp})]

    def _seed_jobs(self, exp: str) -> list[tuple[str, dict[str, str]]]:
        """Per seeding task: its seed shards (made or imported), their evaluations and export; the seeds report."""
        jobs: list[tuple[str, dict[str, str]]] = []
        train = self.train_split(exp)
        for task in self.seed_tasks(exp):
            for shard in self.shards(exp, train):
                wc = {"exp": exp, "task": task, "split": train, "shard": shard}
                jobs += [(self.seed_producer(exp, task), wc), ("seed_eval", wc)]
            jobs.append(("export_seeds", {"exp": exp, "task": task}))
        return [*jobs, ("seeds_report", {"exp": exp})]

    def _stage2_jobs(self, exp: str) -> list[tuple[str, dict[str, str]]]:
        """Per recipe: training, its report and evaluations, the test export where a test split is set; the
        gallery's predictions (of the main recipe)."""
        cfg = self.exp(exp)
        jobs: list[tuple[str, dict[str, str]]] = []
        for stage2_dir in self.stage2_dirs(exp):
            wc = {"exp": exp, "stage2_dir": stage2_dir}
            jobs += [("stage2_train", wc), ("stage2_report", wc)]
            jobs += [("stage2_eval", {**wc, "ckpt": c}) for c in ("final", "best")]
            if cfg["stage2"]["test_split"]:
                jobs += [("stage2_predict_test", wc), ("stage2_test_export", wc)]
        jobs += [("stage2_gallery", {"exp": exp})] if cfg.get("stage2") and cfg["report"]["gallery"] else []
        return jobs
