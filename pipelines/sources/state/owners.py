"""Who holds a claim: the process that runs a batch (host:pid), and whether that process is gone from this host."""

from __future__ import annotations

import multiprocessing
import os
import socket
from pathlib import Path

_HOST = socket.gethostname()


def process_owner() -> str:
    """The process that claims (asked at each claim: a forked worker is another process)."""
    return f"{_HOST}:{os.getpid()}"


def run_owner() -> str:
    """The process that runs this batch, as a claim's owner: the parent of a process that `multiprocessing` started
    (a step of Dagster's multiprocess executor runs in one, and ends with its step while the run goes on), else this
    process (the in-process executor, `policygraph run`)."""
    parent = multiprocessing.parent_process()
    return f"{_HOST}:{parent.pid}" if parent is not None and parent.pid else process_owner()


def owner_gone(owner: str) -> bool:
    """The claiming process ran on this host and is gone (exited, killed; a zombie counts as gone). A process of
    another host is never taken for gone: its claim waits for the lease."""
    host, _, pid = owner.rpartition(":")
    if host != _HOST or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:  # Linux: a killed process its parent has not waited for yet is a zombie
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]
