"""Progress of per-image and training loops: a tqdm bar (rate, ETA) on a terminal, plain periodic lines in a log.

A SLURM or Snakemake log file cannot show a bar redrawn with carriage returns; there the same tqdm state is written
as one line per interval (FMA_WSSS_PROGRESS_SECONDS, default 30 s), plus the first and the final state.
"""

from __future__ import annotations

import os
import sys
from typing import Any, Iterable, TextIO

from tqdm import tqdm

PLAIN_FORMAT = "{desc}: {n_fmt}/{total_fmt} {unit} [{elapsed}<{remaining}, {rate_fmt}]"


class PlainLines:
    """A file-like target for tqdm that turns each redraw into one plain line (no carriage returns)."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, text: str) -> None:
        line = text.replace("\r", "").replace("\x1b[A", "").strip()
        if line:
            self.stream.write(line + "\n")

    def flush(self) -> None:
        self.stream.flush()


def is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def progress(iterable: Iterable | None = None, desc: str = "", total: int | None = None, unit: str = "img",
             stream: TextIO | None = None, **kwargs: Any) -> tqdm:
    """tqdm over `iterable` (or a manual bar with `total`): a live bar on a terminal, periodic plain lines else."""
    stream = stream if stream is not None else sys.stderr
    if is_terminal(stream):
        return tqdm(iterable, desc=desc, total=total, unit=unit, file=stream, mininterval=0.5, dynamic_ncols=True,
                    **kwargs)  # fmt: skip
    seconds = float(os.environ.get("FMA_WSSS_PROGRESS_SECONDS", "30"))
    return tqdm(iterable, desc=desc, total=total, unit=unit, file=PlainLines(stream), mininterval=seconds,
                maxinterval=max(seconds, 1.0), ascii=True, bar_format=PLAIN_FORMAT, **kwargs)  # fmt: skip
