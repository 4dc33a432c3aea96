"""The Snakemake DAG as a user drives it: dry runs, a small real run, re-run triggers, profiles, bad config."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import h5py
import numpy as np
import pytest
import yaml

from conftest import REPO, made_once, write_coco_layout, write_voc_layout

SNAKEFILE = REPO / "workflow" / "Snakefile"
FAULT_INJECTION = Path(__file__).parent / "fault_injection"
SEEDS_FROM_SECTION = "Stage II on anyone's pseudo labels"  # the README section of the seeds_from worked example
SMALL_TOY = {"seed": 0, "n_train": 8, "n_val": 3, "min_side": 64, "max_side": 80, "max_objects": 2,
             "colour_tie_prob": 0.85, "jpeg_quality": 95}  # fmt: skip


def snakemake(workdir: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    cmd = [sys.executable, "-m", "snakemake", "--snakefile", str(SNAKEFILE), "--directory", str(workdir), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=workdir)
    if check and proc.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return proc


def jobs_of(proc: subprocess.CompletedProcess) -> dict[str, int]:
    """Job counts from Snakemake's 'Job stats' table."""
    text = proc.stdout + proc.stderr
    table = text.split("Job stats:")[-1] if "Job stats:" in text else ""
    return {m[0]: int(m[1]) for m in re.findall(r"^(\w+)\s+(\d+)$", table, re.M) if m[0] != "total"}


def fault_injection_env(**variables: str) -> dict[str, str]:
    """The environment for a run under tests/fault_injection (FMA_WSSS_KILL_AT, FMA_WSSS_PAUSE_AT in `variables`):
    this interpreter's bin first on PATH, the injection folder on PYTHONPATH."""
    return {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(FAULT_INJECTION), os.environ.get("PYTHONPATH")])), **variables}  # fmt: skip


def write_config(workdir: Path, **toy_overrides) -> dict:
    with open(REPO / "config.yaml") as f:
        config = yaml.safe_load(f)
    toy = config["experiments"]["toy"]
    toy["dataset"]["toy"] = {**SMALL_TOY, **toy_overrides}
    toy["shard_size"] = config["experiments"]["foreign"]["shard_size"] = 4
    config["toy_clip"].update(n_pairs=64, n_holdout=8, steps=3, batch_size=16)
    toy["cls"]["train"].update(max_iter=4, warm_iters=1, batch_size=4, save_step=2)
    toy["seg"]["train"].update(max_iter=3, warm_iters=1, batch_size=4, save_step=2)
    # The toy skips the segmentation task's CAA (COCO's recipe); the tiny run keeps VOC's A2, so that it runs too
    toy["seg"]["caa"] = {**config["experiments"]["voc"]["seg"]["caa"], "eval_powers": toy["cls"]["caa"]["eval_powers"]}
    for exp in ("toy", "foreign"):  # the README's seeds_from example trains with the toy's stage-II settings
        config["experiments"][exp]["stage2"].update(max_iters=4, val_interval=2, batch_size=2)
    (workdir / "config.yaml").write_text(yaml.safe_dump(config))
    return config


TINY_RUN_TARGETS = ["results/toy/masks/report.md", "results/toy/seeds/report.md", "results/toy/stage2/report.md"]


@pytest.fixture(scope="session")
def tiny_toy_run(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The tiny toy's DAG (write_config) run once per test session to the mask, seed and stage-II reports with the
    local profile (shared by the pytest-xdist workers: made_once). The tests that start from it copy it (copy_run);
    the kill test compares against it."""

    def make(workdir: Path) -> None:
        write_config(workdir)
        snakemake(workdir, "--profile", str(REPO / "profiles" / "local"), "--cores", "2", *TINY_RUN_TARGETS)

    return made_once(tmp_path_factory, worker_id, "tiny_toy_run", make)


def copy_run(run: Path, workdir: Path) -> None:
    """A finished run copied into workdir with its modification times and Snakemake's records, so that Snakemake
    finds it up to date there."""
    shutil.copytree(run, workdir, symlinks=True, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".complete"))


def test_repo_config_dry_run_shows_the_toy_dag(tmp_path):
    (tmp_path / "config.yaml").write_text((REPO / "config.yaml").read_text())
    proc = snakemake(tmp_path, "-n")
    assert jobs_of(proc) == {
        "toy_dataset": 1, "masks": 2, "mask_eval": 2, "mask_report": 1,  # 300 train + 100 val images, shards of 300
        "toy_clip": 1, "train_prompts": 2, "infer_cams": 4, "cam_eval": 4, "cam_report": 1,  # cls, seg, hand, init
        "seeds": 2, "seed_eval": 2, "seeds_report": 1, "export_seeds": 2,  # coarse and fine
        "stage2_train": 1, "stage2_eval": 2, "stage2_report": 1, "stage2_gallery": 1, "report": 1, "all": 1,
    }  # fmt: skip
    # the plan (fma_wsss.workflow, which the fast tests drive) lists the DAG Snakemake builds
    from collections import Counter

    from fma_wsss.config import load_config
    from fma_wsss.workflow.plan import Plan

    assert {**Counter(rule for rule, _ in Plan(load_config(REPO / "config.yaml")).jobs("toy")), "all": 1} == jobs_of(proc)


def prioritized_jobs(proc: subprocess.CompletedProcess) -> set[str]:
    """'rule wildcards' of the jobs a dry run lists with the highest priority."""
    jobs = re.split(r"^(?:local)?rule ", proc.stdout, flags=re.M)[1:]
    return {f"{job.split(':')[0]} {re.search(r'wildcards: (.*)', job)[1] if 'wildcards:' in job else ''}".strip()
            for job in jobs if "priority: highest" in job}  # fmt: skip


def test_the_local_profile_schedules_what_stage_two_waits_on_first(tmp_path):
    (tmp_path / "config.yaml").write_text((REPO / "config.yaml").read_text())
    proc = snakemake(tmp_path, "--profile", str(REPO / "profiles" / "local"), "-n")
    first = prioritized_jobs(proc)
    assert "stage2_train exp=toy, stage2_dir=stage2" in first and "train_prompts exp=toy, task=seg" in first
    assert "masks exp=toy, split=train, shard=0000" in first
    assert "infer_cams exp=toy, prompts=cls, split=train, shard=0000" in first
    # the side branches: the controls' CAMs, the val masks, evaluations that no seed depends on, the reports
    for side in ("infer_cams exp=toy, prompts=hand", "masks exp=toy, split=val", "cam_eval", "stage2_eval", "report"):
        assert not any(job.startswith(side) for job in first), side


def test_lint_is_clean():
    proc = snakemake(REPO, "--lint")
    assert "good condition" in proc.stdout + proc.stderr


def test_a_toy_clip_made_with_other_settings_stops_the_dag_until_it_is_rebuilt(tmp_path):
    config = write_config(tmp_path)
    weights = tmp_path / config["toy_clip"]["checkpoint"]
    weights.parent.mkdir(parents=True)
    weights.write_bytes(b"a toy CLIP")
    record = {"settings": {**config["toy_clip"], "seed": config["toy_clip"]["seed"] + 1}}
    weights.with_name(weights.name + ".json").write_text(json.dumps(record))
    refused = snakemake(tmp_path, "-n", check=False)
    assert refused.returncode != 0 and "other toy_clip settings than the config's (differ: seed" in refused.stdout + refused.stderr
    rebuilt = snakemake(tmp_path, "-n", "--forcerun", "toy_clip")  # what `make toy-clip` runs
    assert jobs_of(rebuilt)["toy_clip"] == 1


def test_slurm_profile_dry_run(tmp_path):
    write_config(tmp_path)
    proc = snakemake(tmp_path, "--profile", str(REPO / "profiles" / "slurm"), "--jobs", "8", "-n")
    assert jobs_of(proc)["masks"] == 3  # 8 train + 3 val images in shards of 4


@pytest.mark.slow
def test_local_profile_run_rerun_and_param_edit(tmp_path, tiny_toy_run):
    """The masks' part of the session's local-profile run (copied): its report, no progress folder left behind,
    nothing to do again; a mask setting re-runs the masks, another toy dataset everything from it."""
    copy_run(tiny_toy_run, tmp_path)
    profile = ["--profile", str(REPO / "profiles" / "local"), "--cores", "2"]
    report = tmp_path / "results/toy/masks/report.md"
    assert report.is_file() and "oracle mIoU" in report.read_text()
    assert sorted(p.name for p in (tmp_path / "results/toy/masks/train").iterdir()) == [
        "eval-0000.json", "eval-0001.json", "shard-0000.h5", "shard-0001.h5"]  # no progress folder left behind
    target = "results/toy/masks/report.md"
    assert "Nothing to be done" in snakemake(tmp_path, *profile, "-n", target).stdout

    config = yaml.safe_load((tmp_path / "config.yaml").read_text())
    config["experiments"]["toy"]["masks"]["felzenszwalb"]["sigma"] = 0.7
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    assert jobs_of(snakemake(tmp_path, *profile, "-n", target)) == {"masks": 3, "mask_eval": 3, "mask_report": 1}

    write_config(tmp_path, seed=5)  # another toy dataset: everything downstream of it re-runs
    assert jobs_of(snakemake(tmp_path, *profile, "-n", target)) == {"toy_dataset": 1, "masks": 3, "mask_eval": 3, "mask_report": 1}


@pytest.mark.slow
def test_a_failed_jobs_error_reaches_the_console(tmp_path):
    """The profiles print a failed job's log, so its one-line error (naming the file) is on the console."""
    write_config(tmp_path)
    profile = ["--profile", str(REPO / "profiles" / "local"), "--cores", "2"]
    snakemake(tmp_path, *profile, "results/toy/dataset/toy_manifest.json")
    broken = tmp_path / "results/toy/dataset/JPEGImages/train_00003.jpg"
    broken.write_bytes(broken.read_bytes()[:200])  # truncated
    proc = snakemake(tmp_path, *profile, "results/toy/masks/train/shard-0000.h5", check=False)
    console = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert f"corrupt or unreadable image {broken.relative_to(tmp_path)}" in console or f"corrupt or unreadable image {broken}" in console
    assert not (tmp_path / "results/toy/masks/train/shard-0000.h5").exists()


@pytest.mark.slow
def test_a_second_snakemake_on_the_same_results_is_refused_by_the_lock(tmp_path):
    """Two invocations on one results folder: the second stops at Snakemake's lock, the first finishes its job.
    The first one's job is held mid-way (tests/fault_injection: FMA_WSSS_PAUSE_AT) until the second has been refused."""
    config = write_config(tmp_path)
    target, release = config["toy_clip"]["checkpoint"], tmp_path / "release"
    env = fault_injection_env(FMA_WSSS_PAUSE_AT=f"toy CLIP pretraining@1@{release}")
    cmd = [sys.executable, "-m", "snakemake", "--snakefile", str(SNAKEFILE), "--directory", str(tmp_path), "--cores", "1"]
    first = subprocess.Popen([*cmd, target], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 300
        while not Path(f"{release}.paused").exists():
            assert first.poll() is None and time.monotonic() < deadline, "the first invocation's job never started"
            time.sleep(0.2)
        assert list((tmp_path / ".snakemake" / "locks").glob("*.lock"))
        second = snakemake(tmp_path, "--cores", "1", target, check=False)
        assert second.returncode != 0 and "cannot be locked" in second.stdout + second.stderr
    finally:
        release.touch()
        out, _ = first.communicate(timeout=600)
    assert first.returncode == 0, out[-2000:]
    assert (tmp_path / target).is_file() and not list((tmp_path / ".snakemake" / "locks").glob("*.lock"))


@pytest.mark.slow
def test_a_foreign_or_stale_shard_stops_its_reader_naming_what_differs(tmp_path, tiny_toy_run):
    """Provenance in every shard: a shard from another shard index, or made under other settings (kept because
    only mtimes are checked), or holding other ids than the split list now gives, stops the job that reads it."""
    copy_run(tiny_toy_run, tmp_path)  # its masks and their evaluations
    config = yaml.safe_load((tmp_path / "config.yaml").read_text())
    profile = ["--profile", str(REPO / "profiles" / "local"), "--cores", "2"]
    masks = tmp_path / "results/toy/masks/train"
    reread = [*profile, "results/toy/masks/train/eval-0000.json", "--rerun-triggers", "mtime", "--forcerun", "mask_eval"]
    original = (masks / "shard-0000.h5").read_bytes()

    (masks / "shard-0000.h5").write_bytes((masks / "shard-0001.h5").read_bytes())  # a shard copied to the wrong place
    proc = snakemake(tmp_path, *reread, check=False)
    assert proc.returncode != 0
    assert re.search(r"shard-0000\.h5 was not made by this run's settings: shard is '0001', expected '0000'", proc.stdout + proc.stderr)
    assert not (masks / "eval-0000.json").exists()

    (masks / "shard-0000.h5").write_bytes(original)
    config["experiments"]["toy"]["masks"]["felzenszwalb"]["sigma"] = 0.8  # an edit the mtime-only re-run ignores
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    proc = snakemake(tmp_path, *reread, check=False)
    assert proc.returncode != 0 and "setting settings.felzenszwalb.sigma differs (the shard's: 0.5)" in proc.stdout + proc.stderr

    config["experiments"]["toy"]["masks"]["felzenszwalb"]["sigma"] = 0.5
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    split_list = tmp_path / "results/toy/dataset/ImageSets/SegmentationAug/train.txt"
    lines = split_list.read_text().splitlines()
    split_list.write_text("\n".join([lines[1], lines[0], *lines[2:]]) + "\n")  # the list now orders images otherwise
    snakemake(tmp_path, "--cores", "1", "--touch", "results/toy/masks/train/shard-0000.h5")  # outputs marked up to date
    proc = snakemake(tmp_path, *reread, check=False)
    assert proc.returncode != 0
    assert re.search(r"shard-0000\.h5 holds other images than shard 0000 of split train as its list reads now", proc.stdout + proc.stderr)


@pytest.mark.slow
def test_cls_stage_end_to_end_and_rerun_scope(tmp_path, tiny_toy_run):
    """toy_clip -> train_prompts -> infer_cams (learned, hand, init) -> cam_report on a tiny toy (the session's run,
    copied: its learned prompts and their CAMs; the hand and init controls are made here); a prompt-training edit
    re-runs training and the learned-prompt CAMs only; the init control follows the context seed."""
    copy_run(tiny_toy_run, tmp_path)
    config = yaml.safe_load((tmp_path / "config.yaml").read_text())
    profile = ["--profile", str(REPO / "profiles" / "local"), "--cores", "2"]
    target = "results/toy/cams/report.md"
    assert jobs_of(snakemake(tmp_path, *profile, "-n", target)) == {"infer_cams": 4, "cam_eval": 4, "cam_report": 1}
    snakemake(tmp_path, *profile, target)
    report = (tmp_path / target).read_text()
    for variant in ("hand", "init", "cls"):
        assert f"| {variant} | train | 8 |" in report
    results = json.loads((tmp_path / "results/toy/cams/report.json").read_text())
    assert results["init"]["map"] != results["hand"]["map"]  # different contexts, different logits
    assert (tmp_path / "results/toy/cls/prompts.pth").is_file() and (tmp_path / "pretrains/toy/toy_clip.pt").is_file()
    for variant in ("hand", "init", "cls"):  # nobody reads attention yet: no shard stores it
        with h5py.File(tmp_path / f"results/toy/{variant}/cams/train/shard-0000.h5") as f:
            assert f["ids"].len() == 4 and not any("att" in group for group in f["images"].values())
    config["experiments"]["toy"]["cls"]["infer"]["store_att"] = True  # opt-in: the learned prompts' shards only
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    proc = snakemake(tmp_path, *profile, "-n", "-p", target)
    assert jobs_of(proc) == {"infer_cams": 2, "cam_eval": 2, "cam_report": 1}
    commands = {line.strip() for line in proc.stdout.splitlines() if " infer-cams " in line and line.startswith("Shell command: fma-wsss")}
    infer = config["experiments"]["toy"]["cls"]["infer"]
    layers = infer["att_layers"]
    assert len(commands) == 2 and all("--context" in c and f"--att-layers {layers} --store-att" in c for c in commands)
    infer["store_att"], powers, infer["eval_powers"] = False, infer["eval_powers"], [1, 2]  # evaluation only
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    assert jobs_of(snakemake(tmp_path, *profile, "-n", target)) == {"cam_eval": 6, "cam_report": 1}  # no CAM again
    infer["eval_powers"] = powers
    config["experiments"]["toy"]["cls"]["train"]["base_lr"] = 0.02
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    assert jobs_of(snakemake(tmp_path, *profile, "-n", target)) == {"train_prompts": 1, "infer_cams": 2, "cam_eval": 2, "cam_report": 1}
    config["experiments"]["toy"]["cls"]["train"]["init_seed"] = 3
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    assert jobs_of(snakemake(tmp_path, *profile, "-n", target)) == {"train_prompts": 1, "infer_cams": 4, "cam_eval": 4, "cam_report": 1}


def test_voc_layout_dry_run(tmp_path):
    write_voc_layout(tmp_path / "datasets" / "VOC2012", {"train_aug": [f"2007_{i:06d}" for i in range(7)], "val": ["x"]})
    write_config(tmp_path)
    proc = snakemake(tmp_path, "-n", "--config", "experiment=voc", check=False)
    assert proc.returncode != 0 and "pretrains/SAM/sam_vit_h_4b8939.pth" in proc.stdout + proc.stderr
    checkpoint = tmp_path / "pretrains/SAM/sam_vit_h_4b8939.pth"
    checkpoint.parent.mkdir(parents=True)
    checkpoint.write_bytes(b"placeholder: a dry run does not read it")
    proc = snakemake(tmp_path, "-n", "--config", "experiment=voc", check=False)
    assert proc.returncode != 0 and "pretrains/CLIP/ViT-B-16.pt" in proc.stdout + proc.stderr
    clip = tmp_path / "pretrains/CLIP/ViT-B-16.pt"
    clip.parent.mkdir(parents=True)
    clip.write_bytes(b"placeholder")
    proc = snakemake(tmp_path, "-n", "--config", "experiment=voc", check=False)
    assert proc.returncode != 0 and "swin_large_patch4_window12_384_22k_20220412-6580f57d.pth" in proc.stdout + proc.stderr
    (tmp_path / "pretrains/swin_large_patch4_window12_384_22k_20220412-6580f57d.pth").write_bytes(b"placeholder")
    proc = snakemake(tmp_path, "-n", "-p", "--config", "experiment=voc")
    assert jobs_of(proc) == {"masks": 1, "mask_eval": 1, "mask_report": 1, "train_prompts": 2, "infer_cams": 3,
                             "cam_eval": 3, "cam_report": 1, "seeds": 2, "seed_eval": 2, "seeds_report": 1,
                             "export_seeds": 2, "stage2_train": 1, "stage2_eval": 2, "stage2_report": 1, "stage2_gallery": 1,
                             "report": 1, "all": 1}  # fmt: skip
    assert "gpu=1" in proc.stdout  # SAM ViT-H jobs ask for a GPU
    # stage II with the reference's recipe (METHOD §12.1): 80k iterations, 2 GPUs x 4 images, in one job
    train = next(line for line in proc.stdout.splitlines() if "stage2-train" in line)
    for value in ('"config": "m2f_swin-l_voc.py"', '"max_iters": 80000', '"gpus": 2', '"batch_size": 4', "--seed-dir results/voc/seg/seed"):
        assert value in train, value
    assert "gpu=2" in proc.stdout

    # the VOC test split (image-only list lines) packed for the evaluation server
    target = "results/voc/stage2/test_submission.tar"
    proc = snakemake(tmp_path, "-n", target, "--config", "experiment=voc", check=False)
    assert proc.returncode != 0 and "ImageSets/SegmentationAug/test.txt" in proc.stdout + proc.stderr
    (tmp_path / "datasets/VOC2012/ImageSets/SegmentationAug/test.txt").write_text("/JPEGImages/x.jpg\n")
    proc = snakemake(tmp_path, "-n", target, "--config", "experiment=voc")
    assert jobs_of(proc)["stage2_test_export"] == 1 and jobs_of(proc)["stage2_predict_test"] == 1

    # a second recipe (stage2.also): DeepLabV3+ R101 trained and evaluated beside Mask2Former on the same seeds
    config = yaml.safe_load((tmp_path / "config.yaml").read_text())
    config["experiments"]["voc"]["stage2"]["also"] = [{"config": "dlv3p_r101_voc.py", "backbone": "pretrains/r101.pth",
                                                       "max_iters": 40000, "val_interval": 4000, "gpus": 4}]  # fmt: skip
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True))
    (tmp_path / "pretrains/r101.pth").write_bytes(b"placeholder")
    proc = snakemake(tmp_path, "-n", "-p", "--config", "experiment=voc")
    jobs = jobs_of(proc)
    assert (jobs["stage2_train"], jobs["stage2_eval"], jobs["stage2_report"], jobs["stage2_gallery"]) == (2, 4, 2, 1)
    trains = [line for line in proc.stdout.splitlines() if "stage2-train" in line]
    deeplab = next(line for line in trains if "dlv3p_r101_voc.py" in line)
    for value in ('"max_iters": 40000', '"gpus": 4', '"val_split": "val"', "--work-dir results/voc/stage2-dlv3p_r101_voc/work"):
        assert value in deeplab, value
    assert "gpu=4" in proc.stdout and "results/voc/stage2-dlv3p_r101_voc/report.md" in proc.stdout


def test_coco_layout_dry_run_with_the_papers_settings(tmp_path):
    write_coco_layout(tmp_path / "datasets" / "coco2014", {"train": [f"{i:012d}" for i in range(5)], "val": ["000000000001"],
                                                           "val_5000": ["000000000001"]})  # fmt: skip
    write_config(tmp_path)
    for weights in ("pretrains/SAM/sam_vit_h_4b8939.pth", "pretrains/CLIP/ViT-B-16.pt",
                    "pretrains/swin_large_patch4_window12_384_22k_20220412-6580f57d.pth"):  # fmt: skip
        (tmp_path / weights).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / weights).write_bytes(b"placeholder")
    proc = snakemake(tmp_path, "-n", "-p", "--config", "experiment=coco")
    assert jobs_of(proc) == {"masks": 1, "mask_eval": 1, "mask_report": 1, "train_prompts": 2, "infer_cams": 2,
                             "cam_eval": 2, "cam_report": 1, "seeds": 2, "seed_eval": 2, "seeds_report": 1,
                             "export_seeds": 2, "stage2_train": 1, "stage2_eval": 2, "stage2_report": 1, "stage2_gallery": 1,
                             "report": 1, "all": 1}  # fmt: skip
    # infer_cams: the cls and seg prompts only; COCO's config leaves out the hand-prompt control (82k more images)
    train = next(line for line in proc.stdout.splitlines() if "stage2-train" in line)
    assert '"max_iters": 100000' in train and '"val_split": "val_5000"' in train  # METHOD §12.1
    text = proc.stdout
    assert '"max_iter": 20500' in text and '"stop_iter": 6150' in text and '"sub_iters": 4' in text  # METHOD §7.5
    assert '"aff_at": "cam"' in text and '"thresh": 0.6' in text and "--gammas 0.3 0.4 0.5" in text  # §9.2, §10
    # with DeepLabV3+ beside it (stage2.also): both recipes trained on the same seeds and reported
    config = yaml.safe_load((tmp_path / "config.yaml").read_text())
    config["experiments"]["coco"]["stage2"]["also"] = [{"config": "dlv3p_r101_coco.py", "backbone": None}]
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True))
    proc = snakemake(tmp_path, "-n", "-p", "--config", "experiment=coco")
    assert (jobs_of(proc)["stage2_train"], jobs_of(proc)["stage2_eval"], jobs_of(proc)["stage2_report"]) == (2, 4, 2)
    deeplab = next(line for line in proc.stdout.splitlines() if "stage2-train" in line and "dlv3p_r101_coco.py" in line)
    assert '"max_iters": 100000' in deeplab and "results/coco/stage2-dlv3p_r101_coco/work" in deeplab


def test_missing_dataset_root_is_named(tmp_path):
    write_config(tmp_path)
    proc = snakemake(tmp_path, "-n", "--config", "experiment=voc", check=False)
    assert proc.returncode != 0
    assert "voc dataset root not found: datasets/VOC2012" in proc.stdout + proc.stderr


def test_unknown_experiment_is_named(tmp_path):
    write_config(tmp_path)
    proc = snakemake(tmp_path, "-n", "--config", "experiment=vocc", check=False)
    assert proc.returncode != 0 and "unknown experiment 'vocc'" in proc.stdout + proc.stderr


def test_bad_config_key_is_named(tmp_path):
    write_config(tmp_path)
    proc = snakemake(tmp_path, "-n", "--config", "shard_size=3", check=False)
    assert proc.returncode != 0 and "'shard_size' was unexpected" in proc.stdout + proc.stderr


def test_dag_export(tmp_path):
    write_config(tmp_path)
    proc = snakemake(tmp_path, "--dag")
    assert "digraph" in proc.stdout and "masks" in proc.stdout and "toy_dataset" in proc.stdout


@pytest.mark.slow
def test_sam_backend_run_and_rerun_triggers(tmp_path):
    """toy_sam: the tiny random SAM made by tiny_sam; bf16 (changes masks) re-runs, memory-only knobs do not."""
    config = write_config(tmp_path)
    profile = ["--profile", str(REPO / "profiles" / "local"), "--cores", "2"]
    target = "results/toy_sam/masks/report.md"
    snakemake(tmp_path, *profile, target)
    assert (tmp_path / "results/pretrains/sam_tiny_seed0.pth").is_file()
    assert "oracle mIoU" in (tmp_path / target).read_text()
    assert (tmp_path / "results/toy_sam/benchmarks/masks/train/shard-0000.tsv").is_file()

    sam = config["experiments"]["toy_sam"]["masks"]["sam"]
    sam["points_per_batch"] = 16
    config["experiments"]["toy_sam"]["masks"]["rock_sand_water_chunk_size"] = 7
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    assert "Nothing to be done" in snakemake(tmp_path, *profile, "-n", target).stdout

    sam["bf16"] = True
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    assert jobs_of(snakemake(tmp_path, *profile, "-n", target)) == {"masks": 1, "mask_eval": 1, "mask_report": 1}  # 8 images


def test_every_job_runs_the_hashed_code_and_every_rule_logs_and_benchmarks(tmp_path):
    from fma_wsss.provenance import code_hash

    write_config(tmp_path)
    text = snakemake(tmp_path, "-n", "-p").stdout
    for command in ("toy-dataset", "masks", "mask-eval", "mask-report", "toy-clip", "train-prompts", "infer-cams",
                    "cam-eval", "cam-report", "seeds", "seed-eval", "seeds-report", "export-seeds"):  # fmt: skip
        assert f"fma-wsss --expect-code {code_hash(command)} {command} " in text, command
    for rule_file in (REPO / "rules").glob("*.smk"):
        for block in re.split(r"\n(?=rule )", rule_file.read_text())[1:]:
            name = block.split(":")[0]
            rule = name.split()[1]
            assert "    log:" in block and "    benchmark:" in block, f"{rule_file.name}: {name}"
            # the rule runs its own entry of the job table (fma_wsss.workflow.jobs)
            assert f'command("{rule}")' in block and f'shell_line("{rule}")' in block, f"{rule_file.name}: {name}"
            if name.split()[1] in ("masks", "mask_eval", "toy_clip", "train_prompts", "infer_cams", "cam_eval", "seeds",
                                   "seed_eval", "export_seeds"):  # fmt: skip
                assert "ensure(" in block.split("params:")[0], f"{name}: outputs must be ensured non-empty"


class FakeJob:
    """What the SLURM plugin's partition choice reads of a job."""

    def __init__(self, name, **resources):
        self.name, self.threads, self.resources = name, resources.pop("threads", 1), resources


@pytest.mark.parametrize("gpu, partition", [(0, "cpu"), (1, "gpu")])
def test_slurm_profile_routes_jobs_by_their_gpu_resource(gpu, partition):
    """Felzenszwalb masks (gpu=0) go to the CPU partition, SAM masks (gpu=1) to a GPU one, with the masks rule's
    SLURM resources; the profile names no partition itself."""
    from snakemake_executor_plugin_slurm.partitions import get_best_partition, read_partition_file

    profile = yaml.safe_load((REPO / "profiles/slurm/config.yaml").read_text())
    assert "slurm_partition" not in json.dumps(profile)
    partitions = read_partition_file(REPO / "profiles/slurm" / profile["slurm-partition-config"])
    job = FakeJob("masks", gpu=gpu, **profile["set-resources"]["masks"])

    class Log:
        def info(self, *a): ...
        def debug(self, *a): ...
        def warning(self, *a): ...

    assert get_best_partition(partitions, job, Log()) == partition


def planned_resources(text: str) -> list[tuple[str, dict]]:
    """(rule, resources) of every job in a dry run's output."""
    jobs, rule = [], None
    for line in text.splitlines():
        if line.startswith(("rule ", "localrule ")) and line.endswith(":"):
            rule = line.split()[1].rstrip(":")
        elif line.strip().startswith("resources:") and rule:
            pairs = (item.split("=", 1) for item in line.split(":", 1)[1].split(", ") if "=" in item)
            jobs.append((rule, {k.strip(): int(v) if v.strip().isdigit() else v.strip() for k, v in pairs}))
            rule = None
    return jobs


@pytest.mark.parametrize("exp", ["voc", "coco"])
def test_every_job_of_the_voc_and_coco_dags_is_placed_by_the_slurm_profile(tmp_path, exp):
    """Each job's resources (the rule's, with the profile's set-resources) through the plugin's own partition choice:
    every job gets a partition, GPU jobs the GPU one; stage II (3 days in the rule) fits the partitions' 24 h."""
    from snakemake_executor_plugin_slurm.partitions import get_best_partition, read_partition_file

    if exp == "voc":
        write_voc_layout(tmp_path / "datasets" / "VOC2012", {"train_aug": ["2007_000001", "2007_000002"], "val": ["x"],
                                                             "test": ["y"]})  # fmt: skip
        targets = ["all", "results/voc/stage2/test_submission.tar"]
    else:
        write_coco_layout(tmp_path / "datasets" / "coco2014", {"train": ["000000000009"], "val": ["000000000042"],
                                                               "val_5000": ["000000000042"]})  # fmt: skip
        targets = ["all"]
    for weights in ("pretrains/SAM/sam_vit_h_4b8939.pth", "pretrains/CLIP/ViT-B-16.pt",
                    "pretrains/swin_large_patch4_window12_384_22k_20220412-6580f57d.pth"):  # fmt: skip
        (tmp_path / weights).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / weights).write_bytes(b"placeholder")
    write_config(tmp_path)
    proc = snakemake(tmp_path, *targets, "--profile", str(REPO / "profiles" / "slurm"), "-n", "--config", f"experiment={exp}")
    profile = yaml.safe_load((REPO / "profiles/slurm/config.yaml").read_text())
    partitions = read_partition_file(REPO / "profiles/slurm" / profile["slurm-partition-config"])

    class Log:
        def info(self, *a): ...
        def debug(self, *a): ...
        def warning(self, *a): ...

    placed = {}
    for rule, resources in planned_resources(proc.stdout + proc.stderr):
        partition = get_best_partition(partitions, FakeJob(rule, **resources), Log())
        assert partition == ("gpu" if resources.get("gpu", 0) else "cpu"), (rule, resources)
        placed[rule] = partition
    assert placed["stage2_train"] == placed["infer_cams"] == placed["masks"] == "gpu"  # SAM ViT-H masks
    assert placed["seeds"] == placed["report"] == "cpu" and len(placed) >= 16


@pytest.mark.slow
def test_stage_one_end_to_end_and_rerun_scope(tmp_path, tiny_toy_run):
    """The whole stage I on a tiny toy: T1 -> I1 + A1 (fused) -> M1 coarse seeds -> their PNGs -> T2 -> I2 + A2 ->
    M2 fine seeds -> their PNGs and the report (the session's tiny_toy_run, copied). A γ edit re-runs the seeds and
    what learns from them; a CAA edit the task's inference (CAA is fused into it) and what follows."""
    copy_run(tiny_toy_run, tmp_path)
    config = yaml.safe_load((tmp_path / "config.yaml").read_text())
    profile = ["--profile", str(REPO / "profiles" / "local"), "--cores", "2"]
    target, fine = "results/toy/seeds/report.md", "results/toy/seg/seed/manifest.txt"
    assert jobs_of(snakemake(tmp_path, *profile, "-n", *TINY_RUN_TARGETS)) == {}  # the copy is up to date
    report = (tmp_path / target).read_text()
    for step in ("| cls CAM |", "| cls CAA |", "| coarse seeds |", "| seg CAM |", "| seg CAA |", "| fine seeds |", "| oracle |",
                 "γ = 0.6 |", "γ = 0.7 |"):  # fmt: skip
        assert step in report, step
    steps = json.loads((tmp_path / "results/toy/seeds/report.json").read_text())["steps"]
    assert 0 <= steps["fine seeds"]["miou"] <= steps["oracle"]["miou"] <= 100
    names = (tmp_path / fine).read_text().split()
    assert len(names) == 8
    from PIL import Image

    with Image.open(tmp_path / "results/toy/seg/seed" / names[0]) as png:
        assert png.mode == "L" and np.asarray(png).max() <= 6
    with h5py.File(tmp_path / "results/toy/seg/cams/train/shard-0000.h5") as f:
        assert all("cam_affed" in g and "att" not in g for g in f["images"].values())  # fused: no attention on disk
    assert (tmp_path / "results/toy/seg/prompts.pth").is_file()

    config["experiments"]["toy"]["cls"]["seeds"]["gamma"] = [0.5, 0.7]
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    assert jobs_of(snakemake(tmp_path, *profile, "-n", target, fine)) == {
        "seeds": 4, "seed_eval": 4, "export_seeds": 2, "train_prompts": 1, "infer_cams": 2, "cam_eval": 2, "seeds_report": 1}
    snakemake(tmp_path, *profile, target, fine)  # γ 0.5 and 0.7: the better one by GT is kept, and said so
    kept = json.loads((tmp_path / "results/toy/seeds/report.json").read_text())["seeds"]["coarse"]
    assert kept["selected_by_gt"] and "best of" in (tmp_path / target).read_text()
    assert f"γ = {kept['gamma']}," in (tmp_path / "results/toy/logs/export_seeds_cls.log").read_text()
    config["experiments"]["toy"]["seg"]["caa"]["thresh"] = 0.6
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    assert jobs_of(snakemake(tmp_path, *profile, "-n", target, fine)) == {
        "infer_cams": 2, "cam_eval": 2, "seeds": 2, "seed_eval": 2, "export_seeds": 1, "seeds_report": 1}
    snakemake(tmp_path, *profile, target, fine)
    with h5py.File(tmp_path / "results/toy/seg/cams/train/shard-0000.h5") as f:
        fused = {img_id: g["cam_affed"][()] for img_id, g in f["images"].items()}

    # CAA apart from inference: the attention is stored once, and a CAA sweep re-runs CAA, not Grad-CAM
    config["experiments"]["toy"]["seg"]["caa"]["fused"] = False
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    assert jobs_of(snakemake(tmp_path, *profile, "-n", target, fine)) == {
        "infer_cams": 2, "refine_cams": 2, "cam_eval": 2, "seeds": 2, "seed_eval": 2, "export_seeds": 1, "seeds_report": 1}
    snakemake(tmp_path, *profile, target, fine)
    with h5py.File(tmp_path / "results/toy/seg/cams/train/shard-0000.h5") as f:
        assert all("att" in g and "cam_affed" not in g for g in f["images"].values())
    with h5py.File(tmp_path / "results/toy/seg/cams_affed/train/shard-0000.h5") as f:
        assert sorted(f["images"]) == sorted(fused) and all("att" not in g for g in f["images"].values())
        for img_id, g in f["images"].items():
            np.testing.assert_allclose(g["cam_affed"][()], fused[img_id], rtol=1e-6, atol=1e-9)  # same as fused
    config["experiments"]["toy"]["seg"]["caa"]["thresh"] = 0.4
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    assert jobs_of(snakemake(tmp_path, *profile, "-n", target, fine)) == {
        "refine_cams": 2, "cam_eval": 2, "seeds": 2, "seed_eval": 2, "export_seeds": 1, "seeds_report": 1}


@pytest.mark.slow
def test_stage_two_then_other_seeds_and_the_report_end_to_end(tmp_path, tiny_toy_run):
    """Stage II on the fine seeds (the session's tiny_toy_run, copied): trained (final checkpoint protected),
    final and best evaluated, both reported; then the README's seeds_from example on those seeds, and the run's
    report page; `snakemake` with no target finishes the rest."""
    from PIL import Image

    copy_run(tiny_toy_run, tmp_path)
    profile = ["--profile", str(REPO / "profiles" / "local"), "--cores", "2"]
    names = (tmp_path / "results/toy/seg/seed/manifest.txt").read_text().split()
    report = (tmp_path / "results/toy/stage2/report.md").read_text()
    assert "| fine seeds (train, for comparison) | train |" in report and "| best (GT-selected) | val |" in report
    final = tmp_path / "results/toy/stage2/final.pth"
    assert not os.access(final, os.W_OK) or os.geteuid() == 0  # protected (root may write anyway)
    assert not final.stat().st_mode & 0o222
    evaluation = json.loads((tmp_path / "results/toy/stage2/eval-final.json").read_text())
    assert evaluation["split"] == "val" and evaluation["images"] == 3 and 0 <= evaluation["miou"] <= 100
    assert json.loads((tmp_path / "results/toy/stage2/eval-best.json").read_text())["selected_by_gt"] is True

    # the README's seeds_from example, its commands after `make demo` as typed: the same fine seeds as another
    # method's pseudo labels; no mask, CLIP or prompt job; the seeds report scores them as ours; the same stage-II
    # settings give the same result; DeepLabV3+ beside it (stage2.also)
    commands = readme_section_commands(SEEDS_FROM_SECTION)
    assert commands[0] == "make demo" and len(commands) == 4 and commands[-1].endswith("--config experiment=foreign")
    targets = ["results/foreign/report.html", "results/foreign/stage2-dlv3p_r18_toy/report.md"]
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("SNAKEMAKE")},
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}  # fmt: skip
    for name in ("workflow", "rules", "profiles", "envs", "src"):  # the folder as a checkout for the typed commands
        (tmp_path / name).symlink_to(REPO / name)
    for command in commands[1:]:
        proc = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True, env=env)
        assert proc.returncode == 0, f"{command}:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        if command.startswith("mkdir"):  # the seeds copied: the DAG the last command runs
            planned = jobs_of(snakemake(tmp_path, *profile, "-n", "--config", "experiment=foreign"))
            assert planned["import_seeds"] == planned["seed_eval"] == 2 and (planned["stage2_train"], planned["stage2_eval"]) == (2, 4)
            assert not {"masks", "toy_clip", "train_prompts", "infer_cams", "seeds", "mask_report", "cam_report"} & set(planned)
    foreign = tmp_path / "datasets" / "toy_fine_seeds"
    assert sorted(p.name for p in foreign.iterdir()) == sorted(names)
    assert all((tmp_path / t).is_file() for t in targets)
    fine_now = json.loads((tmp_path / "results/toy/seeds/report.json").read_text())["steps"]["fine seeds"]
    imported_seeds = json.loads((tmp_path / "results/foreign/seeds/report.json").read_text())["steps"]["imported seeds"]
    assert imported_seeds["miou"] == pytest.approx(fine_now["miou"], abs=1e-9)
    assert imported_seeds["class_iou"] == pytest.approx(fine_now["class_iou"], abs=1e-9)
    imported = json.loads((tmp_path / "results/foreign/stage2/eval-final.json").read_text())
    assert (imported["trained_on"], imported["model"]) == ("imported seeds", "Mask2Former")
    assert imported["miou"] == evaluation["miou"] and imported["class_iou"] == evaluation["class_iou"]
    deeplab = json.loads((tmp_path / "results/foreign/stage2-dlv3p_r18_toy/eval-final.json").read_text())
    assert (deeplab["trained_on"], deeplab["model"], deeplab["split"]) == ("imported seeds", "DeepLabV3+", "val")
    page = (tmp_path / "results/foreign/report.html").read_text()
    assert "<th>imported seed</th>" in page and "pseudo labels imported from datasets/toy_fine_seeds" in page
    assert "<td>stage II dlv3p_r18_toy final</td><td>DeepLabV3+ on the imported seeds</td>" in page
    bad = foreign / sorted(p.name for p in foreign.glob("*.png"))[1]
    Image.fromarray(np.full(np.asarray(Image.open(bad)).shape, 7, np.uint8)).save(bad)  # a class the toy lacks
    proc = snakemake(tmp_path, *profile, "results/foreign/seeds/report.md", check=False)
    assert proc.returncode != 0 and re.search(rf"toy_fine_seeds/{bad.name} .*has value 7 \(expected 0\.\.6 or 255", proc.stderr)

    # the run's report: one HTML file with every stage's tables, charts, curves, the gallery and provenance
    snakemake(tmp_path, *profile, "results/toy/report.html")
    page = (tmp_path / "results/toy/report.html").read_text()
    parsed = parse_report(page)
    assert parsed["sections"] == ["miou", "masks", "cams", "curves", "gallery", "provenance"]
    assert len(parsed["gallery_rows"]) == 6 and all(len(row) == 8 for row in parsed["gallery_rows"])  # every panel
    fine = json.loads((tmp_path / "results/toy/seeds/report.json").read_text())["steps"]["fine seeds"]["miou"]
    assert ["fine seeds", "SAMS with the seg CAMs (M2): the pseudo labels", "γ = 0.7", "train", f"{fine:.1f}"] in parsed["rows"]
    assert ["stage II final", "Mask2Former on the fine seeds", "last iteration", "val", f"{evaluation['miou']:.1f}"] in parsed["rows"]
    assert parsed["charts"] >= 7  # per-class bars x3, p and γ sweeps, T1, T2, stage-II loss and val
    history = json.loads((tmp_path / "results/toy/stage2/train.json").read_text())["history"]
    assert [r["iteration"] for r in history["val"]] == [2, 4] and history["train"]
    assert "stage II training:" in (tmp_path / "results/toy/logs/stage2_train.log").read_text()  # plain progress lines
    assert jobs_of(snakemake(tmp_path, *profile, "-n", "results/toy/report.html")) == {}
    snakemake(tmp_path, *profile)  # make demo's command (the default target) finishes what is left
    assert jobs_of(snakemake(tmp_path, *profile, "-n")) == {}


def parse_report(page: str) -> dict:
    """Section ids, table rows (cell texts), gallery rows (their panel images) and chart count of a report page."""
    from html.parser import HTMLParser

    class Parser(HTMLParser):
        def __init__(self):
            super().__init__()
            self.sections, self.rows, self.gallery_rows, self.charts = [], [], [], 0
            self.row, self.cell, self.in_gallery = None, None, False

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "section":
                self.sections.append(attrs["id"])
            elif tag == "table":
                self.in_gallery = attrs.get("class") == "gallery"
            elif tag == "tr":
                self.row = []
                if self.in_gallery:
                    self.gallery_rows.append([])
            elif tag == "td":
                self.cell = ""
            elif tag == "img" and attrs.get("class") == "panel":
                assert attrs["src"].startswith("data:image/png;base64,")
                self.gallery_rows[-1].append(attrs["alt"])
            elif tag == "img" and attrs.get("class") == "chart":
                self.charts += 1

        def handle_data(self, data):
            if self.cell is not None:
                self.cell += data

        def handle_endtag(self, tag):
            if tag == "td":
                self.row.append(self.cell.strip())
                self.cell = None
            elif tag == "tr" and self.row:
                self.rows.append(self.row)

    parser = Parser()
    parser.feed(page)
    return {"sections": parser.sections, "rows": parser.rows, "charts": parser.charts,
            "gallery_rows": [row for row in parser.gallery_rows if row]}  # fmt: skip


def readme_section_commands(heading: str) -> list[str]:
    """The command lines of the bash blocks of one README section."""
    text = (REPO / "README.md").read_text()
    section = text.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"^```bash\n(.*?)^```", section, re.S | re.M)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.slow
def test_your_own_data_from_the_readme_end_to_end(tmp_path):
    """The README's worked example, as typed, on a small toy: the toy made into a folder dataset with image-level
    labels only (GT kept for val alone), checked by doctor, and the whole DAG run on it, stage II included."""
    config = write_config(tmp_path)
    shapes = config["experiments"]["shapes"]
    # one shard and no control prompts: the tiny run covers shards and controls, this test the folder kind (CI time)
    shapes["shard_size"] = 8
    shapes["cls"] = {**shapes["cls"], "infer": {**shapes["cls"]["infer"], "controls": []}}
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True))
    for name in ("workflow", "rules", "profiles", "envs", "src"):
        (tmp_path / name).symlink_to(REPO / name)
    commands = readme_section_commands("Your own data")
    assert len(commands) == 4 and "export-folder" in commands[1] and "experiment=shapes" in commands[-1]
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("SNAKEMAKE")},
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}  # fmt: skip
    outputs = []
    for command in commands:
        proc = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True, env=env)
        assert proc.returncode == 0, f"{command}:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        outputs.append(proc.stdout + proc.stderr)
    root = tmp_path / "datasets" / "shapes"
    assert len((root / "splits" / "train.txt").read_text().split()) == 8 and sorted(p.stem for p in (root / "gt").iterdir()) == sorted(
        (root / "splits" / "val.txt").read_text().split())  # fmt: skip
    assert "warn  segmentation GT of train: none of 8 images" in outputs[2] and "doctor (shapes):" in outputs[2]

    results = tmp_path / "results" / "shapes"
    seeds = json.loads((results / "seeds" / "report.json").read_text())
    assert seeds["steps"]["fine seeds"]["miou"] is None and seeds["seeds"]["fine"]["gt_images"] == 0  # train: no GT
    stats = seeds["seeds"]["fine"]["statistics"]
    shares = [c["pixel_share"] for c in stats["classes"].values()]
    assert 0 <= stats["foreground_share"] <= 100 and sum(shares) == pytest.approx(stats["foreground_share"])
    from PIL import Image

    from fma_wsss.data import read_image_labels

    names = list(stats["classes"])
    labels = read_image_labels(root / "labels.csv", names)
    pixels, seeded, labelled = np.zeros(7, np.int64), np.zeros(7, np.int64), np.zeros(7, np.int64)
    for png in (results / "seg" / "seed" / "manifest.txt").read_text().split():  # the statistics, recounted
        counts = np.bincount(np.asarray(Image.open(results / "seg" / "seed" / png)).ravel(), minlength=7)
        pixels += counts
        seeded += counts > 0
        labelled[[c + 1 for c in labels[png[:-4]]]] += 1
    for c, name in enumerate(names, start=1):
        entry = stats["classes"][name]
        assert entry["pixel_share"] == pytest.approx(100 * pixels[c] / pixels.sum()) and entry["labelled_images"] == labelled[c]
        assert entry["coverage"] == (pytest.approx(100 * seeded[c] / labelled[c]) if labelled[c] else None)
    md = (results / "seeds" / "report.md").read_text()
    assert "have no segmentation GT: no mIoU" in md and "## Seed statistics (no GT needed)" in md and "| fine seeds |" in md
    masks = json.loads((results / "masks" / "report.json").read_text())["splits"]
    by_split = {s["split"]: s for s in masks}
    assert by_split["train"]["oracle_miou"] is None and 0 <= by_split["val"]["oracle_miou"] <= 100  # val keeps its GT
    evaluation = json.loads((results / "stage2" / "eval-final.json").read_text())
    assert evaluation["split"] == "val" and evaluation["gt_images"] == 3 and 0 <= evaluation["miou"] <= 100
    assert "| final | val | 3 | 3 |" in (results / "stage2" / "report.md").read_text()
    page = (results / "report.html").read_text()
    assert "Seed statistics (no GT needed)" in page and "stage II final" in page
    assert jobs_of(snakemake(tmp_path, "-n", "--config", "experiment=shapes")) == {}

    # an edit of the labels file re-runs what reads image-level labels
    labels = root / "labels.csv"
    labels.write_text(labels.read_text().replace("\n", "\n", 1))
    os.utime(labels, (labels.stat().st_mtime + 10,) * 2)
    rerun = jobs_of(snakemake(tmp_path, "-n", "--config", "experiment=shapes"))
    assert rerun.get("train_prompts") == 2 and rerun.get("infer_cams", 0) >= 2 and rerun.get("seed_eval", 0) >= 2
    assert "masks" not in rerun and "toy_clip" not in rerun


def write_byo_cams(dataset_cfg: dict, split: str, out: Path, fmt: str, seed: int = 0) -> None:
    """Per-image CAM files of another method, made from the GT so that their seeds can be scored: the reference's
    <id>.npz (cam at the 16-px patch grid, noisy, sorted fg_cls, with attention) or CLIP-ES's <id>.npy (a pickled
    dict: keys in an unsorted order, attn_highres at image size, float16)."""
    import torch

    from fma_wsss.data import SegDataset, image_level_labels

    rng = np.random.default_rng(seed)
    ds = SegDataset.from_config(dataset_cfg, split)
    out.mkdir(parents=True)
    for sample in ds.samples:
        label = ds.label(sample.id)
        fg = np.flatnonzero(image_level_labels(label, ds.num_classes)[1:])
        masks = np.stack([(label == c + 1).astype(np.float32) for c in fg])
        if fmt == "reference":
            h, w = -(-label.shape[0] // 16), -(-label.shape[1] // 16)
            cam = torch.nn.functional.adaptive_avg_pool2d(torch.from_numpy(masks)[None], (h, w))[0].numpy()
            cam = cam + rng.normal(0, 0.05, cam.shape).astype(np.float32)
            att = rng.random((h * w, h * w)).astype(np.float16)
            np.savez(out / f"{sample.id}.npz", cam=cam, fg_cls=fg.astype(np.int64), att=att,
                     all_logit=rng.normal(size=ds.num_classes - 1).astype(np.float32))  # fmt: skip
        else:
            order = rng.permutation(len(fg))
            np.save(out / f"{sample.id}.npy", {"keys": fg[order].astype(np.int64), "attn_highres": masks[order].astype(np.float16)},
                    allow_pickle=True)  # fmt: skip


@pytest.mark.slow
def test_bring_your_own_cams_of_each_format_to_caa_seeds_and_report(tmp_path):
    """cams_from: the cls CAMs imported (reference .npz with attention -> CAA; CLIP-ES .npy, already refined -> no
    CAA), SAMS coarse seeds, their mIoU and the reports, with no CLIP, prompt learning or CAM inference in the DAG."""
    config = write_config(tmp_path)
    toy = config["experiments"]["toy"]
    for name, fmt, caa in (("byo_ref", "reference", True), ("byo_clipes", "clip-es", False)):
        config["experiments"][name] = {
            "dataset": toy["dataset"], "train_split": "train", "eval_split": "val", "shard_size": 4,
            "masks": toy["masks"], "classes": toy["classes"], "cams_from": {"dir": f"cams/{name}", "format": fmt},
            "cls": {"caa": {**toy["cls"]["caa"], "enabled": caa}, "seeds": {"gamma": [0.6]}},
        }  # fmt: skip
    config["experiments"]["byo_clipes"]["stage2"] = toy["stage2"]  # stage II on the imported CAMs' coarse seeds
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True))
    profile = ["--profile", str(REPO / "profiles" / "local"), "--cores", "2"]
    snakemake(tmp_path, *profile, "results/toy/dataset/toy_manifest.json")
    dataset = {"kind": "toy", "root": str(tmp_path / "results/toy/dataset")}
    write_byo_cams(dataset, "train", tmp_path / "cams/byo_ref", "reference")
    write_byo_cams(dataset, "train", tmp_path / "cams/byo_clipes", "clip-es")

    planned = jobs_of(snakemake(tmp_path, *profile, "-n", "--config", "experiment=byo_ref"))
    assert planned["import_cams"] == 2 and planned["refine_cams"] == 2 and planned["seeds"] == 2  # 8 images, shards of 4
    assert not {"toy_clip", "train_prompts", "infer_cams", "stage2_train"} & set(planned)
    miou = {}
    for name in ("byo_ref", "byo_clipes"):
        snakemake(tmp_path, *profile, "--config", f"experiment={name}")
        report = json.loads((tmp_path / f"results/{name}/seeds/report.json").read_text())
        assert list(report["steps"]) == (["cls CAM", "cls CAA"] if name == "byo_ref" else ["cls CAM"]) + ["coarse seeds", "oracle"]
        assert report["steps"]["cls CAM"]["what"] == f"CAMs imported from cams/{name}"
        miou[name] = report["steps"]["coarse seeds"]["miou"]
        assert 0 <= miou[name] <= report["steps"]["oracle"]["miou"]
        names = (tmp_path / f"results/{name}/cls/seed/manifest.txt").read_text().split()
        assert len(names) == 8
        assert (tmp_path / f"results/{name}/report.html").is_file()
        assert f"| cls | train | 8 | 8 |" in (tmp_path / f"results/{name}/cams/report.md").read_text()
    assert miou["byo_clipes"] > 50  # CAMs that are the GT masks give seeds close to the mask oracle
    stage2_md = (tmp_path / "results/byo_clipes/stage2/report.md").read_text()
    assert f"| coarse seeds (train, for comparison) | train | | | {miou['byo_clipes']:.1f} |" in stage2_md
    assert "Mask2Former on the coarse seeds" in (tmp_path / "results/byo_clipes/report.html").read_text()

    # a CAM file that does not fit stops its shard's import, naming the file
    bad = tmp_path / "cams/byo_ref" / f"{sorted(p.stem for p in (tmp_path / 'cams/byo_ref').iterdir())[0]}.npz"
    np.savez(bad, cam=np.zeros((1, 2, 2), np.float32), fg_cls=np.array([9]))
    proc = snakemake(tmp_path, *profile, "--config", "experiment=byo_ref", "--forcerun", "import_cams", check=False)
    assert proc.returncode != 0 and str(bad.name) in proc.stdout + proc.stderr
