"""One error family (fma_wsss.errors): every fault a user can fix reaches the console through `fma_wsss.cli.main` as
one line `fma-wsss <command>: error: <message naming the file or key>` and exit status 2; a bug keeps its traceback."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Callable

import h5py
import numpy as np
import pytest
import torch

import fma_wsss.torchvision_compat  # noqa: F401
import open_clip
from fma_wsss import cli, errors
from fma_wsss.clip import TOY_CLIP, TOY_CLIP_CONFIG, register_toy_clip
from fma_wsss.config import experiment, load_config
from fma_wsss.rle import MaskSet
from fma_wsss.store import MaskShard, add_cam_record, write_mask_shard, writing_cam_shard
from fma_wsss.toy import generate_toy_dataset

from conftest import REPO

TOY = dict(seed=3, n_train=2, n_val=1, min_side=64, max_side=72, max_objects=2, colour_tie_prob=0.85, jpeg_quality=95)


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> SimpleNamespace:
    """A toy dataset of 2 train and 1 val images, a toy CLIP, and the toy experiments' config sections."""
    root = tmp_path_factory.mktemp("errors")
    generate_toy_dataset(root / "dataset", TOY)
    register_toy_clip()
    torch.manual_seed(0)
    clip_path = root / "toy_clip.pt"
    torch.save(open_clip.create_model(TOY_CLIP, pretrained=None).state_dict(), clip_path)
    config = load_config(REPO / "config.yaml")
    toy, toy_sam = experiment(config, "toy"), experiment(config, "toy_sam")
    dataset = {"kind": "toy", "root": str(root / "dataset")}
    clip = {**toy["clip"], "checkpoint": str(clip_path)}
    return SimpleNamespace(root=root, dataset=dataset, clip=clip, toy=toy, toy_sam=toy_sam)


def _model_args(base: SimpleNamespace, clip: dict, task: str = "cls") -> list[str]:
    return ["--dataset", json.dumps(base.dataset), "--split", "train", "--clip", json.dumps(clip),
            "--classes", json.dumps(base.toy["classes"]), "--prompt", json.dumps(base.toy[task]["prompt"]),
            "--threads", str(torch.get_num_threads())]  # fmt: skip


def _truncated(path: Path, text: str) -> Path:
    path.write_text(text[: len(text) // 2])
    return path


# Each case writes its bad input under tmp_path and returns (argv, what the error line must name).


def clip_of_another_architecture(base, tmp_path, monkeypatch):
    wide = {**TOY_CLIP_CONFIG, "vision_cfg": {**TOY_CLIP_CONFIG["vision_cfg"], "width": 64}}
    (tmp_path / "fma-toy-vit-narrow.json").write_text(json.dumps(wide))
    open_clip.add_model_config(tmp_path / "fma-toy-vit-narrow.json")
    path = tmp_path / "narrow_clip.pt"
    torch.save(open_clip.create_model("fma-toy-vit-narrow", pretrained=None).state_dict(), path)
    argv = ["infer-cams", *_model_args(base, {**base.clip, "checkpoint": str(path)}), "--hand-prompt", "a photo of a",
            "--shard", "0", "--shard-size", "2", "--out", str(tmp_path / "cams.h5")]  # fmt: skip
    return argv, f"CLIP checkpoint {path} does not fit architecture {TOY_CLIP}"


def sam_of_another_architecture(base, tmp_path, monkeypatch):
    from fma_wsss.sam import TINY_SAM, build_sam_skeleton

    path = tmp_path / "sam_narrow.pth"
    torch.save(build_sam_skeleton({**TINY_SAM, "encoder_embed_dim": 32}).state_dict(), path)
    masks = {**base.toy_sam["masks"], "sam": {**base.toy_sam["masks"]["sam"], "checkpoint": str(path)}}
    argv = ["masks", "--dataset", json.dumps(base.dataset), "--split", "train", "--shard", "0", "--shard-size", "2",
            "--settings", json.dumps(masks), "--out", str(tmp_path / "shard-0000.h5")]  # fmt: skip
    return argv, f"SAM checkpoint {path} does not fit the chosen model type 'tiny'"


def hdf5_that_is_not_a_mask_shard(base, tmp_path, monkeypatch):
    path = tmp_path / "shard-0000.h5"
    with h5py.File(path, "w") as f:
        f.create_dataset("x", data=np.zeros(3))
    argv = ["mask-eval", "--dataset", json.dumps(base.dataset), "--split", "train", "--shard-file", str(path),
            "--out", str(tmp_path / "eval.json")]  # fmt: skip
    return argv, f"{path}: not a mask shard"


def mask_and_cam_shards_of_other_images(base, tmp_path, monkeypatch):
    masks, cams = tmp_path / "masks-train-0.h5", tmp_path / "cams-val-0.h5"
    one = MaskSet.from_binary(np.ones((1, 4, 4), bool), [2])
    write_mask_shard(masks, MaskShard(["train_00000"], [one], [""], {}))
    with writing_cam_shard(cams, "val", ["val_00000"]) as f:
        add_cam_record(f, "val_00000", (4, 4), {"cam": np.zeros((1, 4, 4), np.float16), "fg_cls": np.zeros(1, np.int64)})
    argv = ["seeds", "--dataset", json.dumps(base.dataset), "--masks", str(masks), "--cams", str(cams),
            "--cam-key", "cam", "--gammas", "1.0", "--out", str(tmp_path / "seeds.h5")]  # fmt: skip
    return argv, f"{masks} and {cams} do not hold the same images"


def fewer_images_than_one_batch(base, tmp_path, monkeypatch):
    train = {**base.toy["cls"]["train"], "batch_size": 4}  # the split has 2 images
    argv = ["train-prompts", *_model_args(base, base.clip), "--train", json.dumps(train),
            "--work-dir", str(tmp_path / "work"), "--out", str(tmp_path / "ctx.pth"),
            "--summary", str(tmp_path / "summary.json")]  # fmt: skip
    return argv, "train.batch_size: 4 is more than the 2 training images"


def config_that_is_not_yaml(base, tmp_path, monkeypatch):
    path = tmp_path / "config.yaml"
    path.write_text("experiment: toy\nexperiments: {toy: [unclosed\n")
    return ["doctor", "--experiment", "toy", "--config", str(path)], f"{path}: not valid YAML"


def config_that_is_a_list(base, tmp_path, monkeypatch):
    path = tmp_path / "config.yaml"
    path.write_text("- experiment: toy\n")
    argv = ["export-folder", "--experiment", "toy", "--config", str(path), "--out", str(tmp_path / "out")]
    return argv, f"{path}: the top level is a list, expected a mapping"


def truncated_stage2_eval(base, tmp_path, monkeypatch):
    path = _truncated(tmp_path / "eval-final.json", json.dumps({"miou": 50.0, "iou": [1.0, 2.0]}))
    argv = ["stage2-report", "--eval", f"final={path}", "--title", "t", "--md", str(tmp_path / "report.md")]
    return argv, f"{path}: not a readable JSON evaluation file"


def truncated_report_input(base, tmp_path, monkeypatch):
    path = _truncated(tmp_path / "masks-report.json", json.dumps({"splits": {"train": {"miou": 50.0}}}))
    argv = ["report", "--title", "t", "--experiment", "toy", "--experiment-config", "{}", "--dataset",
            json.dumps(base.dataset), "--split", "train", "--shard-size", "2", "--gallery", "0",
            "--masks-report", str(path), "--out", str(tmp_path / "report.html")]  # fmt: skip
    return argv, f"{path}: not a readable JSON report input"


def truncated_stage2_checkpoint(base, tmp_path, monkeypatch):
    """Training itself is replaced: it 'ends' with a checkpoint cut in half (a full disk), which is then published."""
    from fma_wsss import stage2

    path = tmp_path / "work" / "best_mIoU_iter_4.pth"
    path.parent.mkdir()
    torch.save({"meta": {"iter": 4}, "state_dict": {"w": torch.zeros(64, 64)}}, path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    monkeypatch.setattr(cli, "_stage2_config", lambda args: SimpleNamespace())
    monkeypatch.setattr(stage2, "check_inputs", lambda cfg: None)
    monkeypatch.setattr(stage2, "resolved_config_text", lambda cfg: "{}")
    monkeypatch.setattr(stage2, "prepare_work_dir", lambda cfg, stamp: None)
    monkeypatch.setattr(stage2, "run_training", lambda cfg: {"final": str(path), "best": str(path), "seconds": 1.0})
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "manifest.txt").write_text("")
    argv = ["stage2-train", "--dataset", json.dumps(base.dataset), "--stage2", json.dumps({"gpus": 1, "batch_size": 2}),
            "--train-split", "train", "--seed-dir", str(tmp_path / "seeds"), "--work-dir", str(path.parent),
            "--threads", str(torch.get_num_threads()), "--final", str(tmp_path / "final.pth"),
            "--best", str(tmp_path / "best.pth"), "--summary", str(tmp_path / "train.json")]  # fmt: skip
    return argv, f"{path}: not a readable mmengine checkpoint, truncated"


def mask_generation_fails(base, tmp_path, monkeypatch):
    from fma_wsss.masks import MASK_BACKENDS

    class OutOfMemory:
        def generate(self, image):
            raise RuntimeError("out of memory")

    monkeypatch.setitem(MASK_BACKENDS, "out-of-memory", lambda cfg: OutOfMemory())
    out = tmp_path / "shard-0000.h5"
    argv = ["masks", "--dataset", json.dumps(base.dataset), "--split", "train", "--shard", "0", "--shard-size", "2",
            "--settings", json.dumps({**base.toy["masks"], "backend": "out-of-memory"}), "--out", str(out)]  # fmt: skip
    return argv, f"mask generation failed for 2 of 2 image(s) of shard 0 ({out})"


def code_of_another_tree(base, tmp_path, monkeypatch):
    argv = ["--expect-code", "0" * 16, "stage2-report", "--eval", f"final={tmp_path / 'eval.json'}", "--title", "t",
            "--md", str(tmp_path / "report.md")]  # fmt: skip
    return argv, "code hash"


CASES: dict[str, Callable] = {f.__name__: f for f in [
    clip_of_another_architecture, sam_of_another_architecture, hdf5_that_is_not_a_mask_shard,
    mask_and_cam_shards_of_other_images, fewer_images_than_one_batch, config_that_is_not_yaml, config_that_is_a_list,
    truncated_stage2_eval, truncated_report_input, truncated_stage2_checkpoint, mask_generation_fails,
    code_of_another_tree,
]}  # fmt: skip
LOGS_FIRST = {"mask_generation_fails"}  # the job logs each failed image (and its progress) before the summary


@pytest.mark.parametrize("case", CASES)
def test_a_user_error_is_one_line_naming_the_file_or_key(base, tmp_path, monkeypatch, capsys, case):
    monkeypatch.delenv("FMA_WSSS_DEBUG", raising=False)
    argv, names = CASES[case](base, tmp_path, monkeypatch)
    command = next(a for a in argv if not a.startswith("-") and a != "0" * 16)
    capsys.readouterr()
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert "Traceback" not in err
    assert lines[-1].startswith(f"fma-wsss {command}: error: ") and names in lines[-1], lines
    if case in LOGS_FIRST:
        assert not any(line.startswith("fma-wsss") for line in lines[:-1])
    else:
        assert len(lines) == 1, lines


def test_debug_re_raises_and_a_usage_error_stays_argparse(tmp_path, monkeypatch, capsys):
    path = _truncated(tmp_path / "eval.json", '{"miou": 50.0}')
    argv = ["stage2-report", "--eval", f"final={path}", "--title", "t", "--md", str(tmp_path / "report.md")]
    monkeypatch.setenv("FMA_WSSS_DEBUG", "1")
    with pytest.raises(errors.CorruptArtifactError, match=f"{path}: not a readable JSON"):
        cli.main(argv)
    monkeypatch.delenv("FMA_WSSS_DEBUG")
    with pytest.raises(SystemExit) as exit_:
        cli.main(["stage2-report", "--title", "t"])
    assert exit_.value.code == 2 and "the following arguments are required: --eval, --md" in capsys.readouterr().err


def test_every_error_is_a_fma_wsss_error_and_a_bug_keeps_its_traceback(tmp_path, monkeypatch, capsys):
    kinds = [c for _, c in inspect.getmembers(errors, inspect.isclass) if c.__module__ == errors.__name__]
    assert len(kinds) >= 8 and all(issubclass(c, errors.FmaWsssError) for c in kinds)
    assert not any(issubclass(c, (ValueError, RuntimeError)) for c in kinds)  # so that catching them catches no bug

    def bug(args):
        raise ValueError("a bug")

    monkeypatch.setattr(cli, "cmd_stage2_report", bug)
    with pytest.raises(ValueError, match="a bug"):
        cli.main(["stage2-report", "--eval", "a=b.json", "--title", "t", "--md", str(tmp_path / "r.md")])
    assert capsys.readouterr().err == ""
    script = ("import sys; from fma_wsss import cli\ndef bug(args): raise ValueError('a bug')\n"
              "cli.cmd_stage2_report = bug; sys.exit(cli.main(sys.argv[1:]))")  # fmt: skip
    proc = subprocess.run([sys.executable, "-c", script, "stage2-report", "--eval", "a=b.json", "--title", "t", "--md",
                           str(tmp_path / "r.md")], capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 1 and "Traceback" in proc.stderr and proc.stderr.strip().endswith("ValueError: a bug")


@pytest.fixture(scope="module")
def failed_report(tmp_path_factory) -> tuple[Path, str]:
    """A small toy run up to the mask report, then one of its per-shard evaluations cut in half (a full disk)."""
    from test_workflow import write_config

    workdir = tmp_path_factory.mktemp("snakemake")
    write_config(workdir)
    _snakemake(workdir, True, check=True)
    evaluation = workdir / "results/toy/masks/train/eval-0000.json"
    _truncated(evaluation, evaluation.read_text())
    return workdir, f"fma-wsss mask-report: error: {evaluation.relative_to(workdir)}: not a readable JSON evaluation file"


def _snakemake(workdir: Path, profile: bool, check: bool = False) -> subprocess.CompletedProcess:
    from test_workflow import snakemake

    args = ["--profile", str(REPO / "profiles" / "local"), "--cores", "2"] if profile else ["--cores", "2"]
    return snakemake(workdir, *args, "results/toy/masks/report.md", check=check)


@pytest.mark.slow
@pytest.mark.parametrize("profile", [True, False], ids=["profile", "no-profile"])
def test_a_failed_jobs_one_line_error_reaches_the_snakemake_console(failed_report, profile):
    """With a profile (show-failed-logs) Snakemake prints the job's log, whose last line is the error; without one,
    the rule's shell line copies that last line to the console."""
    workdir, error = failed_report
    proc = _snakemake(workdir, profile=profile)
    console = proc.stdout + proc.stderr
    assert proc.returncode != 0 and error in console and "Traceback" not in console, console[-3000:]
