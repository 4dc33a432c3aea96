"""Fault injection for the kill-and-resume tests: with this folder on PYTHONPATH, every Python process of a run
(Snakemake and each job) loads this file. FMA_WSSS_KILL_AT="<description prefix>@<n>" sends SIGKILL to the whole
process group (Snakemake and its jobs, as `kill -9` of the run or a node failure would) once a progress bar whose
description starts with the prefix has counted n finished items: images of a shard, training iterations.
FMA_WSSS_PAUSE_AT="<description prefix>@<n>@<path>" instead holds the process there: it writes <path>.paused and
waits until <path> exists (a job that is surely running, for as long as a test needs it)."""

import os
import signal
import time
from pathlib import Path

_KILL = os.environ.get("FMA_WSSS_KILL_AT", "")
_PAUSE = os.environ.get("FMA_WSSS_PAUSE_AT", "")
if _KILL or _PAUSE:
    import tqdm.std

    _PREFIX, _, _AT = (_KILL or _PAUSE.rsplit("@", 1)[0]).rpartition("@")
    _RELEASE = Path(_PAUSE.rsplit("@", 1)[1]) if _PAUSE else None
    _original_iter, _original_update = tqdm.std.tqdm.__iter__, tqdm.std.tqdm.update

    def _kill_when_due(bar: tqdm.std.tqdm, finished: int) -> None:
        if not (str(bar.desc).startswith(_PREFIX) and finished >= int(_AT)):
            return
        if _RELEASE is None:
            os.killpg(os.getpgrp(), signal.SIGKILL)
        elif not _RELEASE.exists():
            Path(f"{_RELEASE}.paused").touch()
            while not _RELEASE.exists():
                time.sleep(0.1)

    def _iter(self):
        finished = self.n
        for item in _original_iter(self):
            yield item  # the loop body runs on the item before the next is asked for: then it is finished
            finished += 1
            _kill_when_due(self, finished)

    def _update(self, n=1):
        result = _original_update(self, n)
        _kill_when_due(self, self.n)
        return result

    tqdm.std.tqdm.__iter__ = _iter
    tqdm.std.tqdm.update = _update
