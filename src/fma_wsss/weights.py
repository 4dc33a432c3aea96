"""Loading weights files: torch.load of user-supplied or resumed files, tensors only, with errors that name the file."""

from __future__ import annotations

import pickle
import re
from pathlib import Path
from typing import Any

from .errors import WeightsFileError


def load_tensor_file(path: Path | str, what: str, expected: str) -> Any:
    """torch.load of a user-supplied or resumed file, on the CPU, with weights_only=True: tensors and plain
    containers only, so a pickle that would import code is refused before anything runs. Every failure raises
    WeightsFileError (FileNotFoundError when missing) naming `what`, the file, and what was `expected`."""
    import torch

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{what} not found: {path} (expected {expected})")
    try:
        return torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as e:
        if "GLOBAL" in str(e):  # the pickle names a Python object to import: a class, or a function to call
            found = re.search(r"GLOBAL [\w.]+", str(e))
            raise WeightsFileError(f"{what} {path} was refused: it holds more than tensors ({found[0] if found else 'a global'}"
                                   f"), and loading it could run code (expected {expected})") from None  # fmt: skip
        raise WeightsFileError(f"{what} {path} is not a PyTorch weights file (expected {expected}): "
                               f"{torch_load_reason(e)}") from None  # fmt: skip
    except Exception as e:  # noqa: BLE001  (zip, EOF and storage errors all mean: not a usable file)
        raise WeightsFileError(f"{what} {path} is not a readable PyTorch file, truncated or of another format "
                               f"(expected {expected}): {torch_load_reason(e)}") from None  # fmt: skip


def torch_load_reason(error: Exception) -> str:
    """The informative line of a torch.load error (its messages wrap it in paragraphs of advice)."""
    lines = [ln.strip() for ln in str(error).splitlines() if ln.strip()]
    useful = [ln for ln in lines if not ln.startswith(("Weights only load failed", "Please file", "Check the doc"))]
    return f"{type(error).__name__}: {(useful or lines or [''])[0][:200]}"
