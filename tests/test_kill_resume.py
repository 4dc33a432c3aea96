"""Kill -9 and resume on the tiny toy: each long stage (masks, T1, CAM inference, seeding, T2, stage II) is killed
mid-way with SIGKILL to the whole run (Snakemake and its jobs, as `kill -9`, the OOM killer or a lost node would),
then the run is unlocked and re-run. No partial artifact is accepted, training and mask generation resume from
their last saved state, and the final artifacts equal those of an uninterrupted run: bitwise for every stage I
artifact. Stage II resumes from its last checkpoint and finishes; its weights are not compared bitwise, because
mmengine's checkpoint does not hold the torch RNG state that Mask2Former's point sampling draws from after a resume.

The kill is injected by tests/fault_injection/sitecustomize.py at a progress bar's n-th finished item."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import h5py
import pytest
import torch
import yaml

from conftest import REPO
from test_workflow import SNAKEFILE, TINY_RUN_TARGETS, fault_injection_env, tiny_toy_run, write_config  # noqa: F401 (a fixture)

pytestmark = pytest.mark.slow  # the toy pipeline run seven times: about 8 minutes on 2 cores

PROFILE = ["--profile", str(REPO / "profiles" / "local"), "--cores", "2"]
# (where to kill: progress bar prefix @ finished items, a target whose DAG holds that stage, the stage's outputs)
KILLS = [
    ("masks train@2", "results/toy/masks/report.md", ["results/toy/masks/train/shard-0000.h5", "results/toy/masks/train/shard-0001.h5"]),
    ("T1 cls prompts@3", "results/toy/cls/prompts.pth", ["results/toy/cls/prompts.pth"]),
    ("cams train@2", "results/toy/cls/cams/train/shard-0000.h5", ["results/toy/cls/cams/train/shard-0000.h5"]),
    ("seeds shard-0000.h5@2", "results/toy/cls/seeds/train/shard-0000.h5", ["results/toy/cls/seeds/train/shard-0000.h5"]),
    ("T2 seg prompts@3", "results/toy/seg/prompts.pth", ["results/toy/seg/prompts.pth"]),
    ("stage II training@3", "results/toy/stage2/final.pth", ["results/toy/stage2/final.pth"]),
]  # fmt: skip


def run(workdir: Path, *args: str, kill_at: str = "") -> subprocess.CompletedProcess:
    """Snakemake in its own session (the process group a kill takes down), with the fault injection loaded."""
    env = fault_injection_env(FMA_WSSS_KILL_AT=kill_at)
    cmd = [sys.executable, "-m", "snakemake", "--snakefile", str(SNAKEFILE), "--directory", str(workdir), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=workdir, start_new_session=True, timeout=1200)


def h5_arrays(path: Path) -> dict[str, object]:
    """Every dataset of an HDF5 file: raw bytes, or the values of a string dataset (the attributes hold wall times
    and are not compared)."""
    arrays: dict[str, object] = {}

    def visit(name: str, obj: h5py.HLObject) -> None:
        if isinstance(obj, h5py.Dataset):
            value = obj[()]
            arrays[name] = value.tolist() if getattr(value, "dtype", None) == object else bytes(value.tobytes())

    with h5py.File(path, "r") as f:
        f.visititems(visit)
    return arrays


def stage_one_artifacts(results: Path) -> dict[str, object]:
    """Content of every stage I artifact: mask, CAM and seed shards, both prompt contexts, every seed PNG."""
    found: dict[str, object] = {}
    for path in sorted(results.rglob("*.h5")):
        found[str(path.relative_to(results))] = h5_arrays(path)
    for path in sorted(results.rglob("prompts.pth")):
        found[str(path.relative_to(results))] = torch.load(path, map_location="cpu", weights_only=True)["prompt_learner.ctx"].numpy().tobytes()
    for path in sorted(results.rglob("seed/*.png")):
        found[str(path.relative_to(results))] = path.read_bytes()
    return found


def test_each_long_stage_killed_mid_way_resumes_to_the_artifacts_of_an_uninterrupted_run(tmp_path, tiny_toy_run):
    reference, killed = tiny_toy_run, tmp_path / "killed"  # the uninterrupted run: the session's, same config
    killed.mkdir()
    assert write_config(killed) == yaml.safe_load((reference / "config.yaml").read_text())

    for kill_at, target, outputs in KILLS:
        proc = run(killed, *PROFILE, target, kill_at=kill_at)
        assert proc.returncode != 0, f"{kill_at}: the run was not killed\n{proc.stderr[-2000:]}"
        assert not all((killed / out).exists() for out in outputs), f"{kill_at}: killed after its stage had finished"
        assert not (killed / target).exists()
        unlock = run(killed, "--unlock")  # a killed Snakemake leaves its lock, as after a crash
        assert unlock.returncode == 0, unlock.stderr[-2000:]
    finish = run(killed, *PROFILE, *TINY_RUN_TARGETS)
    assert finish.returncode == 0, finish.stderr[-3000:]

    logs = killed / "results/toy/logs"
    assert "2 of 4 images resumed" in "".join(p.read_text() for p in (logs / "masks/train").glob("*.log"))
    for task in ("cls", "seg"):
        assert "resuming from iteration 2" in (logs / f"train_{task}.log").read_text()
    assert "resuming from" in (logs / "stage2_train.log").read_text()
    assert not list((killed / "results").rglob("*.tmp")), "a killed writer's temporary file was left behind"

    expected, got = stage_one_artifacts(reference / "results"), stage_one_artifacts(killed / "results")
    assert sorted(got) == sorted(expected) and len(expected) > 20
    different = [name for name in expected if got[name] != expected[name]]
    assert not different, f"differ from the uninterrupted run: {different}"
    final = torch.load(killed / "results/toy/stage2/final.pth", map_location="cpu", weights_only=True)
    assert final["meta"]["iter"] == 4 and all(torch.isfinite(w).all() for w in final["state_dict"].values())
    evaluation = (killed / "results/toy/stage2/report.md").read_text()
    assert "| final | val |" in evaluation
