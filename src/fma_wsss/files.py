"""Writing and reading files safely: atomic writes under a temporary name, JSON artifacts, and the cleanup of
temporary files that killed writers left behind."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import socket
import tempfile
from pathlib import Path
from typing import Any, Iterator

from .errors import CorruptArtifactError


def _writer_tag() -> str:
    """host-pid of this process: names its temporary files, so that a later writer can tell a dead one's."""
    return f"{re.sub(r'[^A-Za-z0-9_]', '_', socket.gethostname())}-{os.getpid()}"


def _is_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True


def remove_dead_writers_files(folder: Path) -> list[Path]:
    """Delete the temporary files in `folder` left by writers of this host that no longer run (a job killed with
    SIGKILL or by the OOM killer cannot clean up after itself); another host's or a live writer's are kept."""
    pattern = re.compile(r"\..+\.(?P<tag>\w+)-(?P<pid>\d+)\.\w+\.tmp")
    host = _writer_tag().rsplit("-", 1)[0]
    removed = []
    for candidate in folder.glob(".*.tmp"):
        match = pattern.fullmatch(candidate.name)
        if match and match["tag"] == host and not _is_alive(int(match["pid"])):
            with contextlib.suppress(FileNotFoundError):
                candidate.unlink()
                removed.append(candidate)
    return removed


_SWEPT_FOLDERS: set[Path] = set()  # folders this process has cleared of dead writers' files


@contextlib.contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it to `path` when the block succeeds, delete it otherwise.
    Temporary files that killed writers left in the folder are deleted first, once per folder and process: a
    folder of N files is scanned once, not N times (an export of 82k seed PNGs)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = path.parent.resolve()
    if folder not in _SWEPT_FOLDERS:
        remove_dead_writers_files(folder)
        _SWEPT_FOLDERS.add(folder)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{_writer_tag()}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; artifacts get the usual permissions
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if _is_disk_full(e):
            free = shutil.disk_usage(path.parent).free
            raise OSError(errno.ENOSPC, f"no space left on the device while writing {path} ({free / 2**20:.1f} MiB "
                                        "free there); nothing was written under that name: free space and re-run, "
                                        "finished artifacts are kept") from e  # fmt: skip
        raise


def _is_disk_full(error: BaseException) -> bool:
    """ENOSPC or EDQUOT, also when a library (HDF5) reports it only in its message."""
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return isinstance(error, (OSError, RuntimeError)) and "No space left on device" in str(error)


def write_text_atomic(path: Path | str, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text)


def write_json_atomic(path: Path | str, obj: Any) -> None:
    write_text_atomic(path, json.dumps(obj, indent=1, sort_keys=False) + "\n")


def read_json(path: Path | str, what: str) -> Any:
    """A JSON artifact (`what`: e.g. 'evaluation file'); CorruptArtifactError naming it when it is truncated or not
    JSON, FileNotFoundError when it is missing."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise CorruptArtifactError(f"{path}: not a readable JSON {what}, truncated or of another format ({e}); "
                                   "delete it and re-run the rule that makes it") from None  # fmt: skip
