"""`policygraph serve` as a running server: uvicorn (in a thread) serving the Starlette application of `web.py`
for an `App`, and the foreground loop of the command."""

from __future__ import annotations

import atexit
import signal
import socket
import threading
import time
from pathlib import Path

import uvicorn

from pipelines.serve.app import App, ServeConfig
from pipelines.serve.web import create_web_app


class ServeError(RuntimeError):
    """The server cannot start (the port is taken, the address is not this machine's)."""


class ServerHandle:
    """A running endpoint (uvicorn in a thread + the Oxigraph process); a context manager that stops everything."""

    def __init__(self, home: Path, port: int = 0, host: str = "127.0.0.1", **options):
        self.config = ServeConfig(home=Path(home), port=port, host=host, **options)
        self.app = App(self.config)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return self.app.bound_url

    def start(self) -> ServerHandle:
        family = socket.AF_INET6 if ":" in self.config.host else socket.AF_INET
        try:
            sock = socket.create_server((self.config.host, self.config.port), family=family)
        except OSError as err:
            raise ServeError(f"cannot listen on {self.config.host}:{self.config.port}: {err.strerror or err}") from None
        host, port = sock.getsockname()[:2]
        self.app.bound_url = f"http://[{host}]:{port}" if family == socket.AF_INET6 else f"http://{host}:{port}"
        atexit.register(self.stop)
        try:
            self.app.start()
        except BaseException:
            sock.close()
            self.stop()
            raise
        self._server = uvicorn.Server(
            uvicorn.Config(
                create_web_app(self.app),
                log_config=None,
                access_log=False,
                lifespan="off",
                server_header=False,
                limit_concurrency=self.config.max_connections,
                timeout_keep_alive=15,
                timeout_graceful_shutdown=5,
            )
        )
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="policygraph-serve", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started and self._thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        if not self._server.started:
            self.stop()
            raise ServeError(f"the HTTP server did not start on {self.url}")
        return self

    def wait_for_snapshot(self, snapshot_id: str, timeout_s: float = 30.0) -> bool:
        """Block until the given snapshot is being served (for tests and scripts)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.app.snapshot_id == snapshot_id:
                return True
            time.sleep(0.05)
        return False

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            if self._thread is not None:
                self._thread.join(timeout=10)
            self._server = self._thread = None
        self.app.stop()
        atexit.unregister(self.stop)

    def __enter__(self) -> ServerHandle:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def serve(
    home: Path,
    port: int = 7878,
    host: str = "127.0.0.1",
    timeout_s: float = 30.0,
    max_rows: int = 10_000,
    **options,
) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM); stops the Oxigraph process on the way out."""
    stopping = threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    with ServerHandle(home, port, host, timeout_s=timeout_s, max_rows=max_rows, **options) as handle:
        snapshot = handle.app.snapshot_id or "none yet (waiting for a publication)"
        print(
            f"policygraph SPARQL endpoint at {handle.url}/query (query page {handle.url}/, read-only; Ctrl-C stops), "
            f"snapshot {snapshot}",
            flush=True,
        )
        try:
            while not stopping.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
