"""The drop folder: users (or other tools) drop article and cable files into it; a sensor picks them up."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipelines.sources.collect import ARTICLE_SUFFIXES, CABLE_SUFFIXES, iter_files


def scan_drop_folder(folder: Path, seen: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """Files that are new or changed since `seen` (path -> size:mtime_ns), and the updated map.

    A file still being written changes size/mtime again and is simply picked up once more; the content hash in
    the archive makes the second pick-up cheap.
    """
    current: dict[str, str] = {}
    if folder.is_dir():
        for path in iter_files(folder, {**ARTICLE_SUFFIXES, **CABLE_SUFFIXES}):
            try:
                st = path.stat()
            except OSError:
                continue
            current[str(path)] = f"{st.st_size}:{st.st_mtime_ns}"
    changed = sorted(p for p, sig in current.items() if seen.get(p) != sig)
    return changed, current


def run_key(changed: list[str], signatures: dict[str, str]) -> str:
    """A deterministic key for a set of dropped files, so a sensor tick never requests the same run twice."""
    h = hashlib.sha256()
    for p in changed:
        h.update(f"{p}={signatures[p]}\n".encode())
    return h.hexdigest()[:20]
