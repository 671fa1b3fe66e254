"""Sorting more N-Triples lines than fit in memory, without repeats (the union behind the dumps and its statistics)."""

from __future__ import annotations

import heapq
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

#: Bytes of N-Triples lines sorted in memory at once when deduplicating the union (the rest waits in run files).
SORT_CHUNK_BYTES = 32 * 1024 * 1024


class ExternalSort:
    """A binary writer that collects N-Triples lines, sorts them in bounded chunks and merges them without repeats."""

    def __init__(self, work: Path, chunk_bytes: int):
        self.work = Path(tempfile.mkdtemp(prefix="sort-", dir=work))  # its own run files: sorts may share `work`
        self.chunk_bytes = chunk_bytes
        self.lines: list[bytes] = []
        self.size = 0
        self.partial = b""
        self.runs: list[Path] = []

    def write(self, data: bytes) -> int:
        parts = (self.partial + bytes(data)).split(b"\n")
        self.partial = parts.pop()
        for part in parts:
            if part:
                self.lines.append(part + b"\n")
                self.size += len(part) + 50  # + the bytes object's own size: what the chunk costs in memory
                if self.size >= self.chunk_bytes:
                    self._spill()
        return len(data)

    def flush(self) -> None:
        pass

    def end_of_input(self) -> None:
        if self.partial:
            self.write(b"\n")

    def _spill(self) -> None:
        path = self.work / f"run-{len(self.runs):05d}"
        with open(path, "wb") as fh:
            fh.writelines(sorted(set(self.lines)))
        self.runs.append(path)
        self.lines, self.size = [], 0

    def unique_lines(self) -> Iterator[bytes]:
        """Every line written, sorted, once; the run files are removed afterwards."""
        if self.runs and self.lines:
            self._spill()
        files = [open(path, "rb") for path in self.runs]
        try:
            previous = None
            for line in heapq.merge(*files) if files else sorted(set(self.lines)):
                if line != previous:
                    yield line
                    previous = line
        finally:
            for fh in files:
                fh.close()
            shutil.rmtree(self.work, ignore_errors=True)
