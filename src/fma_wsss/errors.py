"""The errors a user can fix, one family: `fma-wsss` prints any of them as one line and exits with status 2.

The bottom of the package's import stack: it imports nothing of the package, and no torch. The modules that raise
these errors re-export them (`from fma_wsss.weights import WeightsFileError` keeps working). None of them is a
ValueError or a RuntimeError: the CLI catches this family only, so a bug still ends in its traceback.
"""

from __future__ import annotations


class FmaWsssError(Exception):
    """The base of every error a user can fix (bad input, bad config, a stale or broken artifact): its message
    names the file or config key and says what was expected there."""


class ConfigError(FmaWsssError):
    """A config value is missing, of the wrong type, or unknown; the message names the key."""


class DatasetError(FmaWsssError):
    """A dataset file is missing or malformed; the message names the file and what was expected."""


class WeightsFileError(FmaWsssError):
    """A weights or state file that cannot be used: not found, truncated, not PyTorch, carrying code, or the
    weights of another model."""


class StaleArtifactError(FmaWsssError):
    """An artifact made by other settings, code or images than the run that reads it expects."""


class CorruptArtifactError(FmaWsssError):
    """An artifact that is not a readable file of its kind (truncated by a crash or a full disk, or another format)."""


class CodeMismatchError(FmaWsssError):
    """The package that runs is not the source tree the workflow hashed (e.g. a non-editable install)."""


class MaskGenerationError(FmaWsssError):
    """Mask generation failed for some images of a shard; the message lists them, their errors are in the log."""
