"""config.yaml: validation against the JSON schema, defaults, and experiment lookup.

Kept free of torch so that the Snakefile can import it at parse time.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .errors import ConfigError

DEFAULT_SCHEMA = Path(__file__).resolve().parents[2] / "workflow" / "schemas" / "config.schema.yaml"


def _with_defaults(validator_class: type) -> type:
    """A validator class that fills `default` values into objects as it validates them."""
    validate_properties = validator_class.VALIDATORS["properties"]

    def set_defaults(validator, properties, instance, schema):
        if isinstance(instance, dict):
            for name, subschema in properties.items():
                # `default` may stand beside a `$ref` (Draft 7 ignores it there for validation, not here).
                if "default" in subschema and name not in instance:
                    instance[name] = copy.deepcopy(subschema["default"])
        yield from validate_properties(validator, properties, instance, schema)

    return jsonschema.validators.extend(validator_class, {"properties": set_defaults})


_Validator = _with_defaults(jsonschema.Draft7Validator)


def _key_path(error: jsonschema.ValidationError) -> str:
    return ".".join(str(p) for p in error.absolute_path) or "<top level>"


def validate_config(config: dict[str, Any], schema_path: Path | str = DEFAULT_SCHEMA) -> dict[str, Any]:
    """Validate `config` in place against the schema, fill defaults, check cross-references; return it.

    Raises ConfigError naming the offending key (dotted path) and what was expected.
    """
    with open(schema_path) as f:
        schema = yaml.safe_load(f)
    errors = sorted(_Validator(schema).iter_errors(config), key=lambda e: list(e.absolute_path))
    if errors:
        lines = []
        for err in errors:
            if err.validator == "additionalProperties":
                allowed = sorted(err.schema.get("properties", {}))
                lines.append(f"{_key_path(err)}: {err.message} (allowed keys: {', '.join(allowed)})")
            else:
                lines.append(f"{_key_path(err)}: {err.message}")
        raise ConfigError("invalid config:\n  " + "\n  ".join(lines))
    for name in selected_experiments(config):
        experiment(config, name)
    for exp in config["experiments"].values():
        dataset, classes = exp["dataset"], exp["classes"]
        if classes.get("fg") == "dataset" and dataset["kind"] == "folder" and dataset.get("classes"):
            classes["fg"] = list(dataset["classes"])  # the names, given once, are the prompts
    problems = [f"experiments.{name}.{problem}" for name, exp in config["experiments"].items() for problem in cross_field_problems(exp)]
    problems += toy_clip_problems(config.get("toy_clip", {}))
    if problems:
        raise ConfigError("invalid config:\n  " + "\n  ".join(problems))
    return config


TOY_CLIP_INPUT = 64  # fma-toy-vit's input side (fma_wsss.clip.TOY_CLIP_CONFIG; torch-free here)


def toy_clip_problems(settings: dict[str, Any]) -> list[str]:
    """toy_clip.scene_sides must be [lo, hi] with the toy CLIP's input side <= lo <= hi (a crop needs that much)."""
    sides = settings.get("scene_sides")
    if sides and not TOY_CLIP_INPUT <= sides[0] <= sides[1]:
        return [f"toy_clip.scene_sides: {sides}, expected [lo, hi] with {TOY_CLIP_INPUT} <= lo <= hi (the corpus crops "
                f"{TOY_CLIP_INPUT}x{TOY_CLIP_INPUT} images, the toy CLIP's input, out of scenes of these sides)"]
    return []


def _training_problems(task: str, exp: dict[str, Any]) -> list[str]:
    """cross_field_problems of one task's prompt training (cls or seg): schedule, start, loss, augmentation."""
    train, problems = exp.get(task, {}).get("train", {}), []
    if not train:
        return problems
    if train["stop_iter"] > train["max_iter"]:
        problems.append(f"{task}.train.stop_iter: {train['stop_iter']} is past max_iter {train['max_iter']}")
    if train["warm_iters"] > train["max_iter"]:
        problems.append(f"{task}.train.warm_iters: {train['warm_iters']} is past max_iter {train['max_iter']}")
    if train["batch_size"] % train["sub_iters"]:
        problems.append(f"{task}.train.sub_iters: {train['sub_iters']} does not divide batch_size "
                        f"{train['batch_size']} (each step averages sub_iters equal sub-batches)")  # fmt: skip
    prompt = exp[task].get("prompt", {})
    if prompt.get("ctx_init") and (prompt.get("init_file") or train["init_draws"] > 1):
        other = "init_file" if prompt.get("init_file") else "train.init_draws > 1"
        problems.append(f"{task}.prompt.ctx_init: {prompt['ctx_init']!r} starts the context from a phrase, and "
                        f"{other} from something else; set one of them")  # fmt: skip
    if task == "cls" and train["init_draws"] > 1:
        problems.append(f"cls.train.init_draws: {train['init_draws']}, but the draws are judged against the coarse "
                        "seeds, which only the segmentation task has (expected 1)")  # fmt: skip
    if task == "seg" and train.get("cl_logit_scale") is not None:
        problems.append(f"seg.train.cl_logit_scale: {train['cl_logit_scale']}, but the segmentation task learns "
                        "from the CAM activation loss, which reads no logits (expected null)")  # fmt: skip
    aug = train["augment"]
    if aug["low"] > aug["high"]:
        problems.append(f"{task}.train.augment.low: {aug['low']} > high {aug['high']}")
    if aug["crop"] > aug["short_thresh"]:
        problems.append(f"{task}.train.augment.crop: {aug['crop']} > short_thresh {aug['short_thresh']} "
                        "(a scaled image's short side may be only short_thresh)")  # fmt: skip
    return problems


def cross_field_problems(exp: dict[str, Any]) -> list[str]:
    """Constraints between keys of one experiment that the schema cannot express, as 'dotted.path: why' lines."""
    problems = []
    dataset = exp["dataset"]
    if dataset["kind"] == "folder":
        fg = exp["classes"]["fg"]
        if not dataset.get("classes"):
            problems.append("dataset.classes: a folder dataset must list its class names (in label order)")
        elif isinstance(fg, str):
            problems.append(f"classes.fg: {fg!r} is not this dataset's class list; set classes.fg: dataset (its "
                            "dataset.classes) or list one prompt name per class")  # fmt: skip
        elif len(fg) != len(dataset["classes"]):
            problems.append(f"classes.fg: {len(fg)} names for the {len(dataset['classes'])} classes of dataset.classes "
                            "(one prompt name per class, in the same order)")  # fmt: skip
    elif exp["classes"]["fg"] == "dataset":
        problems.append(f"classes.fg: 'dataset' names a folder dataset's classes; this dataset is {dataset['kind']}")
    stage2 = exp.get("stage2") or {}
    stems = [Path(extra["config"]).stem for extra in stage2.get("also", [])]
    repeated = sorted({stem for stem in stems if stems.count(stem) > 1 or stem == Path(stage2.get("config", "")).stem})
    if repeated:
        problems.append(f"stage2.also: recipe {repeated[0]} is given twice (each recipe's results go to stage2-<config "
                        "stem>; the main recipe's to stage2)")  # fmt: skip
    if exp.get("seeds_from") and exp.get("cams_from"):
        problems.append("seeds_from: an experiment imports either CAMs (cams_from) or pseudo labels (seeds_from), not "
                        "both; remove one")  # fmt: skip
    if exp.get("seeds_from") and (exp.get("stage2") or {}).get("seeds"):
        problems.append("stage2.seeds: an experiment with seeds_from trains stage II on its imported pseudo labels; "
                        "leave stage2.seeds unset")  # fmt: skip
    if exp.get("cams_from") and (exp.get("stage2") or {}).get("seeds") == "fine":
        problems.append("stage2.seeds: fine needs the segmentation task, which an experiment with cams_from does not run "
                        "(its seeds are the coarse ones); set coarse or leave it unset")  # fmt: skip
    toy = exp["dataset"].get("toy", {})
    if toy and toy["min_side"] > toy["max_side"]:
        problems.append(f"dataset.toy: min_side {toy['min_side']} > max_side {toy['max_side']}")
    for task in ("cls", "seg"):
        problems += _training_problems(task, exp)
    return problems + toy_scale_problems(exp)


# The recipe's prompt training with ViT-B/16 (METHOD §7.1, §7.5: the same for VOC and COCO, cls and seg).
RECIPE_TRAIN = {"base_lr": 0.001, "warm_lr": 0.00001, "crop": 224}
RECIPE_ARCH = "ViT-B-16"
LR_FACTOR = 10  # a learning rate above this many times the recipe's is the toy's scale, not a tuning


def toy_scale_problems(exp: dict[str, Any]) -> list[str]:
    """Toy-scale prompt training (the tiny CLIP's learning rates, 64-px crops) paired with ViT-B/16: learning rates
    over LR_FACTOR x the recipe's, or crops smaller than the recipe's, as 'dotted.path: why' lines."""
    if exp.get("clip", {}).get("arch") != RECIPE_ARCH:
        return []
    problems = []
    for task in ("cls", "seg"):
        train = exp.get(task, {}).get("train", {})
        for key in ("base_lr", "warm_lr"):
            if key in train and train[key] > LR_FACTOR * RECIPE_TRAIN[key]:
                problems.append(f"{task}.train.{key}: {train[key]} is a toy-scale setting (over {LR_FACTOR}x the "
                                f"recipe's); with ViT-B/16 the recipe uses {RECIPE_TRAIN[key]} (METHOD §7.5)")  # fmt: skip
        crop = train.get("augment", {}).get("crop")
        if crop is not None and crop < RECIPE_TRAIN["crop"]:
            problems.append(f"{task}.train.augment.crop: {crop} is a toy-scale crop; with ViT-B/16 the recipe "
                            f"crops {RECIPE_TRAIN['crop']} (a 14x14 patch grid, METHOD §7.1)")  # fmt: skip
    return problems


def load_config(path: Path | str, schema_path: Path | str = DEFAULT_SCHEMA) -> dict[str, Any]:
    """Read a YAML config file and validate it (see validate_config)."""
    with open(path) as f:
        try:
            config = yaml.safe_load(f) or {}
        except (yaml.YAMLError, UnicodeDecodeError) as e:
            raise ConfigError(f"{path}: not valid YAML, expected a mapping of config keys ({e})") from None
    if not isinstance(config, dict):
        raise ConfigError(f"{path}: the top level is a {type(config).__name__}, expected a mapping of config keys "
                          "(experiment, experiments, ...)")  # fmt: skip
    try:
        return validate_config(config, schema_path)
    except ConfigError as e:
        raise ConfigError(f"{path}: {e}") from None


def selected_experiments(config: dict[str, Any]) -> list[str]:
    """Names in the top-level `experiment` key, as a list."""
    sel = config.get("experiment", "toy")
    return [sel] if isinstance(sel, str) else list(sel)


def experiment(config: dict[str, Any], name: str) -> dict[str, Any]:
    """The settings of experiment `name`; ConfigError listing the known names if it is not defined."""
    known = config["experiments"]
    if name not in known:
        raise ConfigError(f"unknown experiment {name!r} (config key 'experiments' defines: {', '.join(known)})")
    return known[name]


def mask_splits(exp: dict[str, Any]) -> list[str]:
    """Splits that stage S0 covers: masks.splits, or the train split when that list is empty."""
    return list(exp["masks"]["splits"]) or [exp["train_split"]]
