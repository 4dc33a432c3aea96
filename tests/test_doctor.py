"""`fma-wsss doctor` on a fake VOC layout: a sound one passes; each fault (missing weights, garbage weights, an
id without its image, an RGB label, a backbone of another model, partitions the cluster lacks) is one FAIL line
that names the file and says what to do, and the command exits non-zero."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
import yaml
from mmengine.config import Config
from PIL import Image

import fma_wsss.torchvision_compat  # noqa: F401
import open_clip

from conftest import REPO, write_voc_layout
from fma_wsss import cli
from fma_wsss.clip import TOY_CLIP, register_toy_clip
from fma_wsss.doctor import Check, check_slurm
from fma_wsss.sam import save_random_tiny_sam
from fma_wsss.stage2 import CONFIG_DIR

IDS = {"train_aug": [f"2007_{i:06d}" for i in range(6)], "val": [f"2008_{i:06d}" for i in range(3)]}


@pytest.fixture(scope="module")
def weights(tmp_path_factory) -> dict[str, Path]:
    """Sound weights of the shapes the test experiment names: the toy CLIP, a tiny SAM, a ResNet-18 backbone."""
    from mmseg.registry import MODELS
    from mmseg.utils import register_all_modules

    root = tmp_path_factory.mktemp("weights")
    register_toy_clip()
    torch.save(open_clip.create_model(TOY_CLIP, pretrained=None).state_dict(), root / "clip.pt")
    save_random_tiny_sam(root / "sam.pth", seed=0)
    register_all_modules(init_default_scope=True)
    backbone = Config.fromfile(CONFIG_DIR / "m2f_r18_toy.py").model.backbone  # the toy's half-width ResNet-18
    resnet = MODELS.build(backbone)
    torch.save(resnet.state_dict(), root / "resnet18.pth")
    return {"clip": root / "clip.pt", "sam": root / "sam.pth", "backbone": root / "resnet18.pth"}


def write_experiment(tmp_path: Path, weights: dict[str, Path]) -> Path:
    """The repo's voc experiment on a small fake layout, with weights of the test's shapes."""
    voc = write_voc_layout(tmp_path / "VOC2012", IDS)
    (voc / "ImageSets/SegmentationAug/test.txt").write_text("".join(f"/JPEGImages/{i}.jpg\n" for i in IDS["val"]))
    config = yaml.safe_load((REPO / "config.yaml").read_text())
    voc = config["experiments"]["voc"]
    voc["dataset"]["root"] = str(tmp_path / "VOC2012")
    voc["clip"].update(arch=TOY_CLIP, checkpoint=str(weights["clip"]), quick_gelu=False)
    voc["masks"]["sam"].update(model_type="tiny", checkpoint=str(weights["sam"]))
    voc["stage2"].update(config="m2f_r18_toy.py", backbone=str(weights["backbone"]))
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True))
    return path


def doctor(config: Path, tmp_path: Path, capsys, *extra: str) -> tuple[int, list[str]]:
    try:
        code = cli.main(["doctor", "--experiment", "voc", "--config", str(config), "--results", str(tmp_path / "results"),
                         *extra])  # fmt: skip
    except SystemExit as e:
        code = e.code
    return code, capsys.readouterr().out.splitlines()



def doctor_lines(capsys, experiment: str, config: Path, results: Path) -> tuple[int, list[str]]:
    """`fma-wsss doctor` of one experiment in-process: its exit code and the lines it printed."""
    try:
        code = cli.main(["doctor", "--experiment", experiment, "--config", str(config), "--results", str(results)])
    except SystemExit as e:
        code = e.code
    return code, capsys.readouterr().out.splitlines()

def test_a_sound_layout_passes(tmp_path, capsys, weights):
    code, lines = doctor(write_experiment(tmp_path, weights), tmp_path, capsys)
    assert code == 0, "\n".join(lines)
    assert not [line for line in lines if line.startswith("FAIL")]
    assert any(line.startswith("warn  split train_aug: 6 ids, the full dataset has 10582") for line in lines)
    for what in ("CLIP weights", "SAM weights", "stage-II backbone weights", "labels of val", "disk", "GPU"):
        assert any(what in line for line in lines), what


def test_each_fault_is_one_fail_line_naming_its_file(tmp_path, capsys, weights):
    config = write_experiment(tmp_path, weights)
    voc = tmp_path / "VOC2012"
    settings = yaml.safe_load(config.read_text())
    exp = settings["experiments"]["voc"]
    exp["clip"]["checkpoint"] = str(tmp_path / "missing" / "ViT-B-16.pt")
    garbage = tmp_path / "sam_vit_h_4b8939.pth"
    garbage.write_bytes(b"<html>403 Forbidden</html>" * 50)
    exp["masks"]["sam"]["checkpoint"] = str(garbage)
    exp["stage2"]["backbone"] = str(weights["clip"])  # a loadable file of another model
    config.write_text(yaml.safe_dump(settings, allow_unicode=True))
    (voc / "JPEGImages" / f"{IDS['train_aug'][2]}.jpg").unlink()
    rgb_label = voc / "SegmentationClassAug" / f"{IDS['val'][1]}.png"
    Image.fromarray(np.zeros((24, 24, 3), np.uint8)).save(rgb_label)

    code, lines = doctor(config, tmp_path, capsys)
    fails = [line for line in lines if line.startswith("FAIL")]
    assert code == 1
    expected = {
        "CLIP weights": str(tmp_path / "missing" / "ViT-B-16.pt"),
        "SAM weights": f"{garbage} is not a PyTorch weights file",
        "stage-II backbone weights": f"backbone weights {weights['clip']} do not fit ResNet",
        "split train_aug": f"1 of 6 listed images are missing, e.g. {voc / 'JPEGImages' / IDS['train_aug'][2]}.jpg",
        "labels of val": f"label {rgb_label} has mode RGB",
    }
    assert len(fails) == len(expected), "\n".join(lines)
    for what, message in expected.items():
        [line] = [line for line in fails if line.startswith(f"FAIL  {what}")]
        assert message in line and "-> fix: " in line, line
    warnings = sum(line.startswith("warn") for line in lines)
    assert lines[-1] == f"doctor (voc): {len(lines) - 1} checks, {len(expected)} blocking, {warnings} warnings"


def test_slurm_checks_name_missing_commands_and_unknown_partitions(tmp_path):
    profile = tmp_path / "slurm"
    profile.mkdir()
    (profile / "partitions.yaml").write_text(yaml.safe_dump({"partitions": {"cpu": {}, "gpu": {"max_gpu": 4}}}))
    missing = check_slurm(profile, which=lambda c: None if c == "sacct" else f"/usr/bin/{c}")
    assert [c.status for c in missing] == ["ok", "FAIL", "ok"] and missing[1].what == "sacct"
    on_path = check_slurm(profile, which=lambda c: f"/usr/bin/{c}", partitions_on_cluster=lambda: {"cpu", "a100"})
    assert on_path[-1] == Check("FAIL", "partitions", f"{profile / 'partitions.yaml'} names gpu, unknown to the "
                                "cluster (it has a100, cpu)", f"rename them in {profile / 'partitions.yaml'}")  # fmt: skip
    sound = check_slurm(profile, which=lambda c: f"/usr/bin/{c}", partitions_on_cluster=lambda: {"cpu", "gpu"})
    assert all(c.status == "ok" for c in sound) and len(sound) == 4


def test_a_folder_dataset_is_checked_with_its_labels_file_and_optional_gt(tmp_path, capsys, monkeypatch):
    from test_data import write_folder_dataset

    root = tmp_path / "mine"
    write_folder_dataset(root, {"a": ["cat"], "b": ["dog"], "c": ["cat"]}, {"train": ["a", "b", "c"], "val": ["d"]},
                         gt={"d": 1})  # fmt: skip
    config = yaml.safe_load((REPO / "config.yaml").read_text())
    shapes = config["experiments"]["shapes"]
    shapes["dataset"].update(root=str(root), classes=["cat", "dog", "potted plant"])
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True))

    def run() -> tuple[int, list[str]]:
        return doctor_lines(capsys, "shapes", path, tmp_path / "r")

    code, lines = run()
    assert code == 0, "\n".join(lines)
    assert "ok    image-level labels of train: 3 ids labelled in labels.csv; images per class: cat 2, dog 1, potted plant 0" in lines
    assert any(line.startswith("warn  segmentation GT of train: none of 3 images has gt/<id>.png") for line in lines)
    assert any(line.startswith("ok    segmentation GT of val: 1 of 1 images have gt/<id>.png") for line in lines)
    assert any(line.startswith("ok    labels of val: 1 sampled label PNGs: 8-bit, values 0..3") for line in lines)
    # the toy CLIP ships (loaded and checked here, in the repository), and where it is missing its rule remakes it
    assert any(line.startswith("ok    CLIP weights pretrains/toy/toy_clip.pt: loads as fma-toy-vit") for line in lines)
    monkeypatch.chdir(tmp_path)
    code, lines = run()
    assert code == 0 and "ok    CLIP weights: pretrains/toy/toy_clip.pt is made by this DAG" in lines, "\n".join(lines)
    monkeypatch.chdir(REPO)

    (root / "labels.csv").write_text("id,labels\na,cat\nb,horse\n")  # an unknown class, and c has no entry
    (root / "images" / "c.jpg").unlink()
    code, lines = run()
    fails = [line for line in lines if line.startswith("FAIL")]
    assert code == 1 and len(fails) == 2, "\n".join(lines)
    assert any(f"split train: 1 of 3 listed images are missing, e.g. {root / 'images' / 'c.jpg'}" in f for f in fails)
    assert any(f"image-level labels of train: {root / 'labels.csv'}:3: unknown class 'horse'" in f and "-> fix: " in f
               for f in fails)  # fmt: skip


def test_imported_cams_are_checked_without_clip(tmp_path, capsys):
    from test_data import write_folder_dataset

    root = tmp_path / "mine"
    write_folder_dataset(root, {"a": ["cat"], "b": ["dog"], "c": ["cat", "dog"]}, {"train": ["a", "b", "c"], "val": ["c"]})
    cams = tmp_path / "cams"
    cams.mkdir()
    for img_id, fg in (("a", [0]), ("b", [1])):  # c has no file; images are 24x32: a 2x2 grid of 16-px patches
        np.savez(cams / f"{img_id}.npz", cam=np.ones((len(fg), 2, 2), np.float32), fg_cls=np.array(fg),
                 **({"att": np.ones((4, 4), np.float16)} if img_id == "a" else {}))  # fmt: skip
    config = yaml.safe_load((REPO / "config.yaml").read_text())
    exp = {"dataset": {"kind": "folder", "root": str(root), "classes": ["cat", "dog", "potted plant"]},
           "classes": {"fg": "dataset"}, "cams_from": {"dir": str(cams)}, "clip": {"checkpoint": str(tmp_path / "none.pt")}}  # fmt: skip
    config["experiments"]["mine"] = exp
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True))
    try:
        code = cli.main(["doctor", "--experiment", "mine", "--config", str(path), "--results", str(tmp_path / "r")])
    except SystemExit as e:
        code = e.code
    lines = capsys.readouterr().out.splitlines()
    fails = [line for line in lines if line.startswith("FAIL")]
    assert code == 1 and len(fails) == 2, "\n".join(lines)
    assert fails[0].startswith(f"FAIL  imported CAMs {cams}: 1 of 3 train images have no file, e.g. {cams}: no CAM file for image c")
    assert fails[1].startswith(f"FAIL  content of {cams}: {cams / 'b.npz'}: no attention 'att'") and "-> fix: " in fails[1]
    assert not any("CLIP" in line for line in lines)  # imported CAMs need no CLIP


def test_the_disk_estimate_counts_stored_attention(tmp_path, monkeypatch):
    """CAA apart from inference (caa.fused false) stores float16 (hw, hw) attention per image and task: about
    1.2 MB for a 500x375 VOC image (32x24 patches), 12 GB over train_aug; the fused default stores none."""
    from fma_wsss.config import experiment, load_config
    from fma_wsss.doctor import attention_bytes_per_image, check_disk

    voc = experiment(load_config(REPO / "config.yaml"), "voc")
    assert attention_bytes_per_image(voc, [(375, 500)]) == 0.0  # fused CAA, no store_att
    voc["cls"]["caa"]["fused"] = False
    assert attention_bytes_per_image(voc, [(375, 500)]) == (32 * 24) ** 2 * 2
    assert attention_bytes_per_image(voc, [(375, 500), (369, 500)]) == (32 * 24) ** 2 * 2  # 369 px: 24 patches, rounded up
    voc["seg"]["infer"]["store_att"] = True
    assert attention_bytes_per_image(voc, [(375, 500)]) == 2 * (32 * 24) ** 2 * 2
    root = write_voc_layout(tmp_path / "VOC2012", {"train_aug": ["2007_000001", "2007_000002"]})
    voc["dataset"]["root"] = str(root)
    from fma_wsss import doctor

    assert len(doctor._train_image_sizes(voc)) == 2  # read from the images' headers
    monkeypatch.setattr(doctor, "_train_image_sizes", lambda exp: [(375, 500)])  # VOC's typical size
    with_att = check_disk(voc, 10582, tmp_path)
    voc["cls"]["caa"]["fused"], voc["seg"]["infer"]["store_att"] = True, False
    without = check_disk(voc, 10582, tmp_path)
    gigabytes = [float(c.detail.split("about ")[1].split(" GB")[0]) for c in (with_att, without)]
    assert gigabytes[0] - gigabytes[1] == pytest.approx(10582 * 2 * (32 * 24) ** 2 * 2 / 1e9, abs=0.01)  # ~25 GB


def test_imported_cams_of_other_classes_than_the_labels_are_a_warning(tmp_path, capsys, monkeypatch):
    from test_data import write_folder_dataset

    from fma_wsss import doctor as doctor_module

    root = tmp_path / "mine"
    labels = {"a": ["cat"], "b": ["dog"], "c": ["cat", "dog"], "d": ["dog"]}
    write_folder_dataset(root, labels, {"train": ["a", "b", "c", "d"], "val": ["c"]})
    cams = tmp_path / "cams"
    cams.mkdir()
    # a: a CAM of dog too (not labelled); b and c: no CAM of dog (labelled); d agrees
    for img_id, fg in (("a", [0, 1]), ("b", []), ("c", [0]), ("d", [1])):
        np.savez(cams / f"{img_id}.npz", cam=np.ones((len(fg), 2, 2), np.float32), fg_cls=np.array(fg, np.int64),
                 att=np.ones((4, 4), np.float16))  # fmt: skip
    config = yaml.safe_load((REPO / "config.yaml").read_text())
    config["experiments"]["mine"] = {
        "dataset": {"kind": "folder", "root": str(root), "classes": ["cat", "dog", "potted plant"]},
        "classes": {"fg": "dataset"}, "cams_from": {"dir": str(cams)}}  # fmt: skip
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True))

    def run() -> tuple[int, list[str]]:
        return doctor_lines(capsys, "mine", path, tmp_path / "r")

    code, lines = run()
    assert code == 0 and not [line for line in lines if line.startswith("FAIL")], "\n".join(lines)
    (warn,) = [line for line in lines if "classes of imported CAMs" in line]
    assert warn.startswith(f"warn  classes of imported CAMs: {cams}: 1 of 4 train images have a CAM of a class not in "
                           "their image-level labels (e.g. a); 2 of 4 train images lack a CAM for a labelled class "
                           "(e.g. b, c) -> fix: ")  # fmt: skip
    monkeypatch.setattr(doctor_module, "CLASS_SAMPLE", 2)
    (warn,) = [line for line in run()[1] if "classes of imported CAMs" in line]
    assert " of 2 sampled train images " in warn
    np.savez(cams / "b.npz", cam=np.ones((1, 2, 2), np.float32), fg_cls=np.array([1]), att=np.ones((4, 4), np.float16))
    np.savez(cams / "a.npz", cam=np.ones((1, 2, 2), np.float32), fg_cls=np.array([0]), att=np.ones((4, 4), np.float16))
    np.savez(cams / "c.npz", cam=np.ones((2, 2, 2), np.float32), fg_cls=np.array([1, 0]), att=np.ones((4, 4), np.float16))
    monkeypatch.setattr(doctor_module, "CLASS_SAMPLE", 200)
    (ok,) = [line for line in run()[1] if "classes of imported CAMs" in line]
    assert ok == "ok    classes of imported CAMs: the CAMs of 4 train images are of their image-level labels' classes"


def test_a_prompt_start_file_is_checked_where_set(tmp_path):
    """prompt.init_file: absent is a warning (T2 draws from init_seed), a context of another shape or a file without
    one a FAIL naming the file; unset, nothing is checked."""
    from fma_wsss.config import experiment, validate_config
    from fma_wsss.doctor import check_prompt_start

    config = validate_config(yaml.safe_load((REPO / "config.yaml").read_text()),
                             REPO / "workflow" / "schemas" / "config.schema.yaml")  # fmt: skip
    exp = experiment(config, "voc")
    prompt = exp["seg"]["prompt"]
    prompt.pop("init_file", None)
    assert check_prompt_start(exp) == []
    shape = (21, prompt["n_ctx"], 512) if prompt["class_specific"] else (prompt["n_ctx"], 512)
    files = {"good": {"prompt_learner.ctx": torch.zeros(shape)},
             "short": {"prompt_learner.ctx": torch.zeros(shape[:-2] + (prompt["n_ctx"] - 1, 512))},
             "other": {"weight": torch.zeros(3)}}  # fmt: skip
    for name, state in files.items():
        torch.save(state, tmp_path / f"{name}.pth")
    expected = {"missing": ("warn", "not found: T2 draws its context from init_seed"),
                "good": ("ok", f"a context of shape {shape}"),
                "short": ("FAIL", f"short.pth: context of shape {shape[:-2] + (prompt['n_ctx'] - 1, 512)}, expected"),
                "other": ("FAIL", "other.pth: no 'prompt_learner.ctx' key")}  # fmt: skip
    for name, (status, detail) in expected.items():
        prompt["init_file"] = str(tmp_path / f"{name}.pth")
        [check] = check_prompt_start(exp)
        assert check.status == status and detail in check.detail and check.what.startswith("seg.prompt.init_file"), check
