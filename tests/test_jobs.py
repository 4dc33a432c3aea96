"""The job table (fma_wsss.workflow): every job's command of the toy, VOC, COCO, folder and imported-CAMs DAGs parses
with the CLI's own parser, its shard inputs name jobs of the same DAG, and no argument outgrows a command line.
In-process, without Snakemake: a rule/CLI drift fails here in milliseconds."""

from __future__ import annotations

import copy
import json
import shlex
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from conftest import REPO, write_coco_layout, write_voc_layout
from fma_wsss.cli import build_parser
from fma_wsss.config import validate_config
from fma_wsss.errors import ConfigError
from fma_wsss.provenance import provenance_digest
from fma_wsss.workflow import layout
from fma_wsss.workflow.commands import (SPILL_CHARS, expected_provenance, job_argv, job_outputs, made_inputs,
                                        provenance_record, render)  # fmt: skip
from fma_wsss.workflow.jobs import JOBS
from fma_wsss.workflow.plan import Plan

VOC_IDS = {"train_aug": [f"2007_{i:06d}" for i in range(7)], "val": ["2008_000001", "2008_000002"], "test": ["2009_000001"]}
COCO_IDS = {"train": [f"{i:012d}" for i in range(5)], "val": ["000000000101"], "val_5000": ["000000000101"]}


def repo_config() -> dict:
    return yaml.safe_load((REPO / "config.yaml").read_text())


def write_folder_layout(root: Path, ids: dict[str, list[str]], classes: list[str]) -> None:
    """A folder dataset: images/<id>.png, labels.csv (id,labels), splits/<split>.txt."""
    (root / "images").mkdir(parents=True)
    (root / "splits").mkdir()
    rows = ["id,labels"]
    for split, split_ids in ids.items():
        (root / "splits" / f"{split}.txt").write_text("".join(f"{i}\n" for i in split_ids))
        for k, img_id in enumerate(split_ids):
            (root / "images" / f"{img_id}.png").write_bytes(b"")
            rows.append(f"{img_id},{classes[k % len(classes)]}")
    (root / "labels.csv").write_text("\n".join(rows) + "\n")


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Plan:
    """The repo's config with the toy, VOC, COCO and shapes experiments on fake layouts, shard size 3, and an
    imported-CAMs experiment (reference .npz files) on the VOC layout."""
    tmp = tmp_path_factory.mktemp("layouts")
    config = repo_config()
    exps = config["experiments"]
    write_voc_layout(tmp / "VOC2012", VOC_IDS)
    write_coco_layout(tmp / "coco2014", COCO_IDS)
    classes = exps["shapes"]["dataset"]["classes"]
    write_folder_layout(tmp / "shapes", {"train": [f"s{i}" for i in range(5)], "val": ["v0", "v1"]}, classes)
    exps["voc"]["dataset"]["root"] = str(tmp / "VOC2012")
    exps["voc"]["stage2"]["test_split"] = "test"
    exps["coco"]["dataset"]["root"] = str(tmp / "coco2014")
    exps["shapes"]["dataset"]["root"] = str(tmp / "shapes")
    (tmp / "cams").mkdir()
    for img_id in VOC_IDS["train_aug"]:
        (tmp / "cams" / f"{img_id}.npz").write_bytes(b"")
    byo = copy.deepcopy({k: v for k, v in exps["voc"].items() if k not in ("seg", "stage2")})
    byo["cams_from"] = {"dir": str(tmp / "cams"), "format": "reference"}
    exps["byo"] = byo
    exps["byo_stage2"] = {**copy.deepcopy(byo), "stage2": copy.deepcopy(exps["voc"]["stage2"])}  # on the coarse seeds
    for exp in exps.values():
        exp["shard_size"] = 3
    return Plan(validate_config(config))


EXPERIMENTS = ["toy", "voc", "coco", "shapes", "byo", "byo_stage2", "foreign"]  # foreign: the README's seeds_from
MACHINE = SimpleNamespace(threads=2, resources=SimpleNamespace(rsw_chunk_size=64, sam_points_per_batch=16, loader_workers=0))


def job_cli_args(plan: Plan, rule: str, wc: dict, argfiles: Path) -> list[str]:
    """The job's command line as the shell would pass it to `fma-wsss`, machine settings filled in."""
    head, groups = job_argv(plan, rule, wc)
    machine = " ".join(JOBS[rule].machine).format(threads=MACHINE.threads, resources=MACHINE.resources)
    return shlex.split(f"{render(head, groups, argfiles)} {machine}")


@pytest.mark.parametrize("exp", EXPERIMENTS)
def test_every_jobs_argv_parses_with_the_cli_parser(plan, exp, tmp_path):
    parser = build_parser()
    jobs = plan.jobs(exp)
    stage1 = {"import_seeds"} if exp == "foreign" else {"masks", "mask_eval", "cam_eval", "seeds"}
    assert {rule for rule, _ in jobs} >= stage1 | {"seed_eval", "export_seeds", "report"}
    for rule, wc in jobs:
        argv = job_cli_args(plan, rule, wc, tmp_path)
        assert argv[0] == "fma-wsss"
        try:
            args = parser.parse_args(argv[1:])
        except SystemExit:
            pytest.fail(f"{rule} {wc}: the CLI refuses its command line: {shlex.join(argv)[:2000]}")
        assert args.command == JOBS[rule].command
        for name, path in job_outputs(plan, rule, wc).items():
            if rule == "toy_dataset":
                continue  # the generator names its own files under --root
            assert path in shlex.join(argv) or any(path in p.read_text() for p in tmp_path.glob("*.args")), (rule, name)


@pytest.mark.parametrize("exp", EXPERIMENTS)
def test_every_shard_input_is_made_by_a_job_of_the_same_dag(plan, exp):
    jobs = plan.jobs(exp)
    planned = {(rule, tuple(sorted(wc.items()))) for rule, wc in jobs}
    made_by = {}
    for rule, wc in jobs:
        for path in job_outputs(plan, rule, wc).values():
            made_by.setdefault(path, rule)
    for rule, wc in jobs:
        for made in made_inputs(JOBS[rule].inputs(plan, wc)):
            assert (made.rule, made.wildcards) in planned, f"{rule} {wc} reads {made.path}, which no job of {exp} makes"
            assert made_by[made.path] == made.rule


def test_the_branching_of_each_experiment(plan):
    rules = {exp: [rule for rule, _ in plan.jobs(exp)] for exp in EXPERIMENTS}
    assert rules["toy"].count("toy_clip") == 1 and "toy_dataset" in rules["toy"] and "stage2_train" in rules["toy"]
    assert "toy_clip" not in rules["voc"] and rules["voc"].count("stage2_test_export") == 1
    # imported CAMs: no prompts of their own, CAA apart, the DAG ends at the coarse seeds
    assert "train_prompts" not in rules["byo"] and "infer_cams" not in rules["byo"] and "stage2_train" not in rules["byo"]
    assert rules["byo"].count("import_cams") == rules["byo"].count("refine_cams") == 3  # 7 ids in shards of 3
    assert plan.seed_tasks("byo") == ["cls"] and plan.cam_variants("byo") == ["cls"]
    # stage II after imported CAMs trains on their coarse seeds; stage2.seeds: coarse does so after both tasks
    assert "stage2_train" in rules["byo_stage2"] and plan.stage2_seed_task("byo_stage2") == "cls"
    head, groups = job_argv(plan, "stage2_train", {"exp": "byo_stage2", "stage2_dir": "stage2"})
    argv = [a for g in groups for a in g]
    assert argv[argv.index("--seed-dir") + 1] == "results/byo_stage2/cls/seed"
    assert plan.stage2_seed_task("voc") == "seg"
    plan.exp("voc")["stage2"]["seeds"] = "coarse"
    try:
        assert plan.stage2_seed_task("voc") == "cls"
        assert JOBS["stage2_train"].inputs(plan, {"exp": "voc", "stage2_dir": "stage2"})["seeds"] == "results/voc/cls/seed/manifest.txt"
    finally:
        del plan.exp("voc")["stage2"]["seeds"]
    # VOC fuses CAA into inference; with caa.fused false the cls CAMs are refined apart and seeds read those
    assert not plan.refines_apart("voc", "cls") and plan.cam_source("voc", "cls", "train_aug", "0000").rule == "infer_cams"
    plan.exp("voc")["cls"]["caa"]["fused"] = False
    try:
        source = plan.cam_source("voc", "cls", "train_aug", "0000")
        assert (source.rule, source.path) == ("refine_cams", "results/voc/cls/cams_affed/train_aug/shard-0000.h5")
    finally:
        plan.exp("voc")["cls"]["caa"]["fused"] = True
    assert plan.shards("voc", "train_aug") == ["0000", "0001", "0002"]


def test_a_readers_expected_provenance_is_what_its_producer_records(plan):
    wc = {"exp": "voc", "task": "cls", "split": "train_aug", "shard": "0001"}
    inputs = JOBS["seeds"].inputs(plan, wc)
    expected = expected_provenance(plan, inputs)
    mask_wc = {"exp": "voc", "split": "train_aug", "shard": "0001"}
    record = provenance_record(plan, "masks", mask_wc)
    assert expected["results/voc/masks/train_aug/shard-0001.h5"] == provenance_digest(record)
    assert set(expected) == {"results/voc/masks/train_aug/shard-0001.h5", "results/voc/cls/cams/train_aug/shard-0001.h5"}
    # an edited mask setting changes what the seeds job expects of its mask shard
    plan.exp("voc")["masks"]["sam"]["pred_iou_thresh"] += 0.01
    try:
        assert expected_provenance(plan, inputs) != expected
    finally:
        plan.exp("voc")["masks"]["sam"]["pred_iou_thresh"] -= 0.01


def test_provenance_travels_in_an_argument_file_not_in_argv(plan, tmp_path):
    wc = {"exp": "voc", "task": "cls", "split": "train_aug", "shard": "0000"}
    argv = job_cli_args(plan, "seeds", wc, tmp_path)
    assert "--provenance" not in argv and "--expect-provenance" not in argv
    (argfile,) = [a for a in argv if a.startswith("@")]
    lines = Path(argfile[1:]).read_text().splitlines()
    assert lines[0] == "--provenance" and json.loads(lines[1])["rule"] == "seeds"
    assert lines[2] == "--expect-provenance" and len(json.loads(lines[3])) == 2
    args = build_parser().parse_args(argv[1:])
    assert args.provenance["wildcards"]["shard"] == "0000" and len(args.expect_provenance) == 2
    # the same arguments give the same file, written once
    assert job_cli_args(plan, "seeds", wc, tmp_path) == argv and len(list(tmp_path.glob("*.args"))) == 1


def test_coco_sized_commands_fit_a_command_line(tmp_path):
    """82,081 COCO train ids in shards of 50: no argument over 8 KiB, no command over 128 KiB (bash -c's limit for
    its one script argument, below the 1 MiB asked of us)."""
    root = tmp_path / "coco2014"
    (root / "imagesLists").mkdir(parents=True)
    (root / "images" / "train2014").mkdir(parents=True)
    (root / "annotations").mkdir()
    (root / "imagesLists" / "train.txt").write_text("".join(f"{i:012d}\n" for i in range(82081)))
    (root / "imagesLists" / "val.txt").write_text("".join(f"{i:012d}\n" for i in range(90000, 130504)))
    (root / "imagesLists" / "val_5000.txt").write_text("".join(f"{i:012d}\n" for i in range(90000, 95000)))
    config = repo_config()
    config["experiment"] = "coco"
    config["experiments"]["coco"]["dataset"]["root"] = str(root)
    config["experiments"]["coco"]["shard_size"] = 50
    plan = Plan(validate_config(config))
    assert plan.n_shards("coco", "train") == 1642
    seen = set()
    for rule, wc in plan.jobs("coco"):
        if "shard" in wc and rule in seen:
            continue  # per-shard jobs of a rule have commands of one size
        seen.add(rule)
        argv = job_cli_args(plan, rule, wc, tmp_path / "argfiles")
        longest = max(argv, key=len)
        assert len(longest) <= 8192, f"{rule}: an argument of {len(longest)} characters: {longest[:200]}"
        assert len(shlex.join(argv)) <= 128 * 1024, f"{rule}: a command of {len(shlex.join(argv))} characters"
    assert {"export_seeds", "seeds_report", "cam_report", "report"} <= seen


def test_short_groups_stay_on_the_command_line(plan, tmp_path):
    head = ["fma-wsss", "mask-report"]
    short, long = ["--evals", "a.json", "b.json"], ["--evals", *[f"results/x/eval-{i:04d}.json" for i in range(300)]]
    assert render(head, [short], tmp_path) == "fma-wsss mask-report --evals a.json b.json"
    assert sum(map(len, long)) > SPILL_CHARS
    rendered = shlex.split(render(head, [long], tmp_path))
    assert rendered[:2] == head and rendered[2].startswith("@") and len(rendered) == 3


def test_the_default_targets_follow_the_plan(plan):
    config = copy.deepcopy(plan.config)
    config["experiment"] = ["toy", "byo"]
    targets = Plan(config).default_targets()
    assert "results/toy/stage2/report.md" in targets and "results/toy/seg/seed/manifest.txt" in targets
    assert "results/byo/cls/seed/manifest.txt" in targets and not any(t.startswith("results/byo/stage2") for t in targets)
    assert layout.REPORT_HTML.format(exp="byo") in targets


def test_a_rule_whose_outputs_drift_from_the_table_is_refused(plan):
    from fma_wsss.workflow.commands import check_rule_outputs

    check_rule_outputs(plan, "masks", {"shard": "results/{exp,[^/]+}/masks/{split}/shard-{shard,\\d{4}}.h5"})
    with pytest.raises(RuntimeError, match="rule masks: output shard"):
        check_rule_outputs(plan, "masks", {"shard": "results/{exp}/masks/{split}/{shard}.h5"})


def test_a_prompt_init_file_is_an_input_of_its_training_where_it_exists(tmp_path):
    """seg.prompt.init_file: a start context that is there is an input (replacing it re-runs T2); one that is not
    leaves the DAG as it was (training draws from init_seed)."""
    config = repo_config()
    start = tmp_path / "start.pth"
    config["experiments"]["toy"]["seg"]["prompt"]["init_file"] = str(start)
    plan = Plan(validate_config(config))
    wc = {"exp": "toy", "task": "seg"}
    assert "init_file" not in JOBS["train_prompts"].inputs(plan, wc)
    start.write_bytes(b"a context")
    assert JOBS["train_prompts"].inputs(plan, wc)["init_file"] == str(start)
    assert "init_file" not in JOBS["train_prompts"].inputs(plan, {"exp": "toy", "task": "cls"})


def test_the_init_control_shows_the_cls_start_file_where_it_exists(tmp_path):
    """cls.prompt.init_file: T1 starts from it, so the `init` control's CAMs are inferred from it (an input: a new
    file re-runs them); without the file they come from init_seed, as T1's start does."""
    config = repo_config()
    start = tmp_path / "cls_start.pth"
    config["experiments"]["toy"]["cls"]["prompt"]["init_file"] = str(start)
    config["experiments"]["toy"]["cls"]["infer"]["controls"] = ["hand", "init"]
    plan = Plan(validate_config(config))
    wc = {"exp": "toy", "prompts": "init", "split": "train", "shard": "0000"}
    groups = job_argv(plan, "infer_cams", wc)[1]
    init_seed = json.dumps(config["experiments"]["toy"]["cls"]["train"]["init_seed"], ensure_ascii=False)
    assert ["--init-seed", init_seed] in groups and "context" not in JOBS["infer_cams"].inputs(plan, wc)
    start.write_bytes(b"a context")
    groups = job_argv(plan, "infer_cams", wc)[1]
    assert ["--context", str(start)] in groups and not any(g[0] == "--init-seed" for g in groups)
    assert JOBS["infer_cams"].inputs(plan, wc)["context"] == str(start)


def test_stage2_tta_reaches_the_evaluations_only():
    """stage2.tta is in the evaluation jobs' stage2 section and nowhere else: setting it re-runs no training, test
    prediction or gallery."""
    config = repo_config()
    config["experiments"]["toy"]["stage2"]["tta"] = {"scales": [0.75, 1.0], "flip": True}
    plan = Plan(validate_config(config))

    def stage2_section(rule, **wc):
        groups = job_argv(plan, rule, {"exp": "toy", **wc})[1]
        return json.loads(next(g[1] for g in groups if g[0] == "--stage2"))

    assert stage2_section("stage2_eval", stage2_dir="stage2", ckpt="final")["tta"] == {"scales": [0.75, 1.0], "flip": True}
    assert "tta" not in stage2_section("stage2_train", stage2_dir="stage2") and "tta" not in stage2_section("stage2_gallery")
    untouched = Plan(validate_config(repo_config()))
    wc = {"exp": "toy", "stage2_dir": "stage2"}
    assert job_argv(plan, "stage2_train", wc) == job_argv(untouched, "stage2_train", wc)


def test_a_second_stage2_recipe_shares_the_main_sections_values_but_its_own(tmp_path):
    """stage2.also: each recipe trains in results/<exp>/stage2-<config stem> with its values over the main section's
    (splits, seeds, tta shared); the run's report lists both; a recipe given twice is a config error."""
    config = repo_config()
    write_voc_layout(tmp_path / "VOC2012", VOC_IDS)
    config["experiments"]["voc"]["dataset"]["root"] = str(tmp_path / "VOC2012")
    config["experiments"]["voc"]["stage2"]["also"] = [{"config": "dlv3p_r101_voc.py", "max_iters": 40000, "gpus": 4}]
    config["experiment"] = "voc"
    plan = Plan(validate_config(config))
    assert plan.stage2_dirs("voc") == ["stage2", "stage2-dlv3p_r101_voc"] and plan.stage2_dirs("toy") == ["stage2"]
    extra, main = plan.stage2("voc", "stage2-dlv3p_r101_voc"), plan.stage2("voc")
    assert (extra["config"], extra["max_iters"], extra["gpus"]) == ("dlv3p_r101_voc.py", 40000, 4) and "also" not in extra
    assert {k: extra[k] for k in ("val_split", "test_split", "batch_size", "backbone")} == {
        k: main[k] for k in ("val_split", "test_split", "batch_size", "backbone")}
    assert "results/voc/stage2-dlv3p_r101_voc/report.md" in plan.default_targets()
    train = [wc for rule, wc in plan.jobs("voc") if rule == "stage2_train"]
    assert [wc["stage2_dir"] for wc in train] == ["stage2", "stage2-dlv3p_r101_voc"]
    groups = job_argv(plan, "stage2_report", {"exp": "voc", "stage2_dir": "stage2-dlv3p_r101_voc"})[1]
    assert ["--title", "Stage II (voc, dlv3p_r101_voc)"] in groups
    evals = next(g for g in job_argv(plan, "report", {"exp": "voc"})[1] if g[0] == "--stage2-eval")
    assert evals[1:] == ["final=results/voc/stage2/eval-final.json", "best=results/voc/stage2/eval-best.json",
                         "dlv3p_r101_voc final=results/voc/stage2-dlv3p_r101_voc/eval-final.json",
                         "dlv3p_r101_voc best=results/voc/stage2-dlv3p_r101_voc/eval-best.json"]  # fmt: skip
    with pytest.raises(ConfigError, match="unknown"):
        plan.stage2("voc", "stage2-unknown")
    config["experiments"]["voc"]["stage2"]["also"].append({"config": "dlv3p_r101_voc.py"})
    with pytest.raises(ConfigError, match=r"stage2\.also: recipe dlv3p_r101_voc is given twice"):
        validate_config(config)


def test_a_toy_splits_ids_are_known_before_the_dataset_is_written(tmp_path):
    """The toy's ids follow from its generator settings, so a DAG over them (here seeds_from's, which lists one PNG
    per id) builds before toy_dataset has run, and they are the ids the generator writes."""
    from fma_wsss.data import read_split
    from fma_wsss.toy import generate_toy_dataset

    config = repo_config()
    toy = config["experiments"]["foreign"]["dataset"]
    toy["root"], toy["toy"] = str(tmp_path / "toy"), {**toy["toy"], "n_train": 5, "n_val": 2}
    plan = Plan(validate_config(config))
    assert not (tmp_path / "toy").exists()
    ids = {split: plan.split_ids("foreign", split) for split in ("train", "val")}
    assert len(ids["train"]) == 5 and len(ids["val"]) == 2
    generate_toy_dataset(tmp_path / "toy", toy["toy"])
    for split, expected in ids.items():
        assert tuple(read_split("toy", tmp_path / "toy", split).ids) == expected


def test_a_toy_clip_made_with_other_settings_is_refused_unless_rebuilt(tmp_path, monkeypatch):
    """The toy CLIP ships with its record; Snakemake keeps no params for a committed file, so when config.yaml's
    toy_clip settings differ from the record the DAG must not load it as it is: the plan names the keys and the fix.
    A forced rerun of toy_clip, a missing file (the rule makes it) or an experiment that does not load it pass."""
    monkeypatch.chdir(tmp_path)
    config = repo_config()
    settings = config["toy_clip"]
    weights = tmp_path / settings["checkpoint"]
    weights.parent.mkdir(parents=True)
    assert Plan(validate_config(copy.deepcopy(config))).stale_toy_clip() is None  # not there yet: the rule makes it
    weights.write_bytes(b"weights")
    record = weights.with_name(weights.name + ".json")
    record.write_text(json.dumps({"settings": settings}))
    assert Plan(validate_config(copy.deepcopy(config))).stale_toy_clip() is None
    config["toy_clip"]["seed"] = settings["seed"] + 1
    config["toy_clip"]["steps"] = settings["steps"] * 2
    stale = Plan(validate_config(copy.deepcopy(config))).stale_toy_clip()
    assert stale and "differ: seed, steps" in stale and "make toy-clip" in stale and str(record.name) in stale
    assert Plan(validate_config(copy.deepcopy(config))).stale_toy_clip(forced=True) is None
    record.write_text("not json")
    assert "not a toy CLIP record" in Plan(validate_config(copy.deepcopy(config))).stale_toy_clip()
    only_voc = {**copy.deepcopy(config), "experiment": "voc"}
    assert Plan(validate_config(only_voc)).stale_toy_clip() is None  # VOC loads ViT-B-16.pt


def test_infer_scale_reaches_only_the_cams_of_its_task(plan, tmp_path):
    scale = plan.exp("toy")["seg"]["infer"]["scale"]
    assert scale != 1.0 and plan.exp("toy")["cls"]["infer"]["scale"] == 1.0  # the toy's seg CAMs: docs/toy.md
    parser, seen = build_parser(), set()
    for exp in ("toy", "voc"):
        for rule, wc in plan.jobs(exp):
            if rule != "infer_cams":
                continue
            args = parser.parse_args(job_cli_args(plan, rule, wc, tmp_path)[1:])
            expected = scale if (exp, wc["prompts"]) == ("toy", "seg") else 1.0
            assert args.scale == expected, (exp, wc)
            assert ("scale" in JOBS[rule].record(plan, wc)) == (expected != 1.0)  # an edit re-runs the CAMs
            seen.add((exp, wc["prompts"]))
    assert {("toy", "seg"), ("toy", "cls"), ("toy", "hand"), ("voc", "seg")} <= seen
