"""Writing files so that a killed process never leaves half a file, and making them durable.

Every module that writes state (the archive, the work folder, published snapshots) goes through these: write to a
temporary sibling, then `os.replace` (atomic on POSIX); fsync the file, or many files together, and the folder.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def write_atomic(path: Path, data: bytes, durable: bool = True) -> None:
    """Write `data` to `path` through a temporary sibling and `os.replace`.

    `durable=False` skips the fsync before the rename (the rename stays atomic): for callers that make many files
    durable together afterwards (`sync_folder`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        # Never leave temporary files behind, whatever interrupted us.
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, obj: Any, durable: bool = True) -> None:
    """Write JSON atomically, so a killed run never leaves half a file.

    `durable=False` skips the fsync of each file (the rename stays atomic): for the many per-document files a
    stage writes, followed by one `sync_folder` before the stage reports success. A killed process never sees
    half a file either way; only a power loss before that sync can lose such writes, and the stage (whose batch
    is not done yet) then runs again."""
    write_atomic(path, json.dumps(obj, ensure_ascii=False, sort_keys=True).encode("utf-8"), durable=durable)


def files_digest(paths: Iterable[Path]) -> str:
    """A sha256 of the files' names and bytes, in path order (a path that is no file is left out): it changes when
    any of them does."""
    h = hashlib.sha256()
    for p in sorted(paths):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def read_json(path: Path, default: Any = None) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return default


def sync_folder(folder: Path) -> None:
    """Make the files written into `folder` with `durable=False` durable: flush the file systems' dirty data
    (one `sync` instead of one fsync per file), then fsync the folder itself (its renames)."""
    os.sync()
    if folder.is_dir():
        fsync_dir(folder)


def fsync_tree(folder: Path) -> None:
    """fsync every file under `folder`, then the folder."""
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as fh:
                os.fsync(fh.fileno())
    fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    """fsync a folder: the renames and new names in it survive a power loss."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def held(lock_file: Path) -> Iterator[None]:
    """An exclusive lock on `lock_file` (created if missing), waited for as long as another process holds it. The
    operating system lets go of it when the holder closes it or ends, however it ends (a killed process leaves no
    stale lock); two holders in one process exclude each other too (one lock per open file)."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_file, "a", encoding="utf-8") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        yield
