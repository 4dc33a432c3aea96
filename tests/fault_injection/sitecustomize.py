"""Fault injection for the kill-and-resume tests: with this folder on PYTHONPATH, every Python process of a run
(Snakemake and each job) loads this file. FMA_WSSS_KILL_AT="<description prefix>@<n>" sends SIGKILL to the whole
process group (Snakemake and its jobs, as `kill -9` of the run or a node failure would) once a progress bar whose
description starts with the prefix has counted n finished items: images of a shard, training iterations."""

import os
import signal

_SPEC = os.environ.get("FMA_WSSS_KILL_AT", "")
if _SPEC:
    import tqdm.std

    _PREFIX, _, _AT = _SPEC.rpartition("@")
    _original_iter, _original_update = tqdm.std.tqdm.__iter__, tqdm.std.tqdm.update

    def _kill_when_due(bar: tqdm.std.tqdm, finished: int) -> None:
        if str(bar.desc).startswith(_PREFIX) and finished >= int(_AT):
            os.killpg(os.getpgrp(), signal.SIGKILL)

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
