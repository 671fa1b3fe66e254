"""`serve()` as the CLI runs it: a blocking process that stops itself and its Oxigraph child on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from pipelines.serve.backend import free_port

pytestmark = pytest.mark.network

SCRIPT = (
    "import sys; from pathlib import Path; from pipelines.serve import serve; "
    "serve(Path(sys.argv[1]), int(sys.argv[2]))"
)


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(x) for x in path.read_text().split()] if path.exists() else []


def test_serve_blocks_until_sigterm_and_leaves_no_process(home: Path):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(home), str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(url + "/health", timeout=1).json()["snapshot"] == "run-1":
                    break
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.1)
        children = _children(process.pid)
        assert children  # the Oxigraph server
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
        assert b"/query" in process.stdout.read()
        for child in children:
            assert not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2]
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def test_serve_on_a_busy_port_is_a_one_line_error(home: Path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = subprocess.run(
            [sys.executable, "-m", "pipelines.cli", "serve", "--home", str(home), "--port", str(port)],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in proc.stderr and "serving" not in proc.stdout
