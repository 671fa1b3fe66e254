"""One ``oxigraph serve-read-only`` process on a published snapshot, bound to 127.0.0.1 on a free port, its address
space capped (``max_memory_mb``) so that one query cannot take the machine's memory.

The process runs in its own process group so that stopping it (SIGTERM, then SIGKILL after a grace period) never
leaves a child behind, even when the caller fails. `writable_server` starts a read-write ``oxigraph serve`` the same
way: a remote store to publish to (the tests and `benchmarks/remote.py`).
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

from pipelines.kg.publish import mark_serving, snapshot_store


class BackendError(RuntimeError):
    """The Oxigraph server could not be started on a snapshot."""


def find_oxigraph(explicit: str | None = None) -> str:
    """The ``oxigraph`` executable: the given path, the one beside this Python (the venv), or the PATH's."""
    candidates = [explicit] if explicit else [str(Path(sys.executable).with_name("oxigraph")), "oxigraph"]
    for candidate in candidates:
        found = shutil.which(candidate)
        if found:
            return found
    raise BackendError("the `oxigraph` command was not found (pip install oxigraph)")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def stop_process_group(process: subprocess.Popen, grace_s: float = 5.0) -> None:
    """Stop a process started in a session of its own (`start_new_session=True`) with its children: SIGTERM to its
    group, SIGKILL if it has not ended after `grace_s`. A process that already ended is left as it is."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=grace_s)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


@contextmanager
def writable_server(location: Path | None = None, ready_timeout_s: float = 20.0) -> Iterator[str]:
    """A read-write ``oxigraph serve`` on a free 127.0.0.1 port (its store at `location`, in memory without one);
    its URL once it answers a query; stopped with its process group at the end."""
    port = free_port()
    command = [find_oxigraph(), "serve", "--bind", f"127.0.0.1:{port}"]
    command += ["--location", str(location)] if location is not None else []
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        if not wait_answering(process, url + "/query", ready_timeout_s):
            raise BackendError(f"oxigraph serve did not answer on {url} within {ready_timeout_s} s")
        yield url
    finally:
        stop_process_group(process)


def answers(query_url: str, timeout_s: float = 2.0) -> bool:
    """The SPARQL endpoint at `query_url` answers a trivial query (ASK {}) within `timeout_s`."""
    try:
        return requests.get(query_url, params={"query": "ASK {}"}, timeout=timeout_s).status_code == 200
    except requests.RequestException:
        return False


def wait_answering(process: subprocess.Popen | None, query_url: str, timeout_s: float) -> bool:
    """Whether the server `process` started answers at `query_url` (`answers`) within `timeout_s`; False at once
    when the process has ended."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is None or process.poll() is not None:
            return False
        if answers(query_url):
            return True
        time.sleep(0.05)
    return False


class Backend:
    """A running read-only Oxigraph server on one snapshot; counts the requests in flight through it."""

    def __init__(
        self, snapshot_dir: Path, oxigraph_bin: str | None = None, timeout_s: float = 30.0, max_memory_mb: int = 0
    ):
        self.snapshot_dir = Path(snapshot_dir)
        self.snapshot_id = self.snapshot_dir.name
        self._bin = find_oxigraph(oxigraph_bin)
        self._timeout_s = timeout_s
        self.max_memory_mb = max_memory_mb  # the process's address space; 0: no limit
        self.process: subprocess.Popen | None = None
        self.port = 0
        self._marker: Path | None = None
        self._inflight = 0
        self._lock = threading.Lock()
        self._log = tempfile.TemporaryFile()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def query_url(self) -> str:
        """The query service: its default graph is the store's default graph (a query names what it reads)."""
        return self.url + "/query"

    @property
    def union_query_url(self) -> str:
        """The query service with the union of all graphs as the default graph (Oxigraph's own parameter)."""
        return self.query_url + "?union-default-graph="

    def start(self, ready_timeout_s: float = 30.0) -> Backend:
        """Start the server and return once it answers a query (retries on a port taken meanwhile)."""
        self._marker = mark_serving(self.snapshot_dir)
        for _attempt in range(3):
            self.port = free_port()
            command = [
                self._bin,
                "serve-read-only",
                "--location",
                str(snapshot_store(self.snapshot_dir)),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--timeout-s",
                str(max(1, int(self._timeout_s))),
            ]
            self.process = subprocess.Popen(
                command,
                stdout=subprocess.DEVNULL,
                stderr=self._log,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                preexec_fn=self._limit_memory if self.max_memory_mb else None,
            )
            if wait_answering(self.process, self.query_url, ready_timeout_s):
                return self
            self._stop_process()
        self._log.seek(0)
        detail = self._log.read()[-500:].decode("utf-8", "replace")
        self.stop()
        raise BackendError(f"oxigraph did not start on {self.snapshot_dir}: {detail}")

    def _limit_memory(self) -> None:
        """In the child, before exec: a query that needs more memory makes the process abort (and the server
        start a new one) instead of growing until the machine swaps."""
        limit = self.max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    def responds(self, timeout_s: float = 2.0) -> bool:
        """The process answers a trivial query within `timeout_s`."""
        return answers(self.query_url, timeout_s)

    @property
    def alive(self) -> bool:
        """The process is running (not exited, killed or crashed)."""
        return self.process is not None and self.process.poll() is None

    def died(self, within_s: float = 2.0) -> bool:
        """The process exits within `within_s` (it dropped a connection because it is dying)."""
        process = self.process
        if process is None:
            return True
        try:
            process.wait(timeout=within_s)
        except subprocess.TimeoutExpired:
            return False
        return True

    def enter(self) -> None:
        with self._lock:
            self._inflight += 1

    def leave(self) -> None:
        with self._lock:
            self._inflight -= 1

    @property
    def inflight(self) -> int:
        with self._lock:
            return self._inflight

    def retire(self, grace_s: float = 30.0) -> None:
        """Stop once the requests in flight finished (or after ``grace_s``)."""
        deadline = time.monotonic() + grace_s
        while self.inflight > 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        self.stop()

    def stop(self) -> None:
        """Stop the process group (SIGTERM, SIGKILL after 5 s) and drop the serving marker."""
        self._stop_process()
        if self._marker is not None:
            self._marker.unlink(missing_ok=True)
            self._marker = None

    def _stop_process(self) -> None:
        process, self.process = self.process, None
        if process is not None:
            stop_process_group(process)
