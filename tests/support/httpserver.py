"""A real, deliberately misbehaving HTTP server on 127.0.0.1 for tests (stdlib only, threaded, random port).

```python
from tests.support.httpserver import LocalHttpServer, Static, FailTimes, TooManyRequests, Slow, Redirect, Oversize

with LocalHttpServer() as server:
    server.route("/feed.xml", Static(feed_bytes, content_type="application/rss+xml"))
    server.route("/flaky", FailTimes(3, Static(b"ok")))          # 500, 500, 500, then 200
    client.fetch(server.url("/feed.xml"))
    assert server.hits["/feed.xml"] == 1 and server.not_modified["/feed.xml"] == 0
```
Behaviours (route handlers): `Static` (ETag + Last-Modified, answers 304 to matching conditional requests),
`Status` (always the same status), `FailTimes` (n failures, then another handler), `TooManyRequests` (429 with
Retry-After, n times), `Slow` (sleeps before answering), `Trickle` (sends the body a few bytes at a time),
`Redirect` (302 to another path; two routes pointing at each other make a loop), `Oversize` (a huge body, with
or without Content-Length). Routes can be replaced while the server runs (e.g. an article that changes).
The pytest fixture `http_server` (tests/conftest.py) yields a started server.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line
    chunk_delay: float = 0.0  # seconds between chunks of `chunk` bytes (trickle)
    chunk: int = 0
    content_length: bool = True  # False: no Content-Length, the body ends when the connection closes


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]


class Handler:
    """A route behaviour: turns a request into a Reply."""

    def reply(self, request: Request) -> Reply:  # pragma: no cover - interface
        raise NotImplementedError


class Static(Handler):
    """Bytes with an ETag (hash of the bytes) and a Last-Modified; 304 to a matching conditional GET."""

    def __init__(
        self,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        *,
        last_modified: float = 1_700_000_000.0,
        etag: bool = True,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.body = body
        self.content_type = content_type
        self.last_modified = formatdate(last_modified, usegmt=True)
        self.etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"' if etag else None
        self.extra = headers or {}

    def reply(self, request: Request) -> Reply:
        headers = {"Content-Type": self.content_type, "Last-Modified": self.last_modified, **self.extra}
        if self.etag:
            headers["ETag"] = self.etag
        inm = request.headers.get("if-none-match")
        ims = request.headers.get("if-modified-since")
        if inm is not None and self.etag:
            fresh = self.etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
        elif ims is not None:
            try:
                fresh = parsedate_to_datetime(ims) >= parsedate_to_datetime(self.last_modified)
            except (TypeError, ValueError):
                fresh = False
        else:
            fresh = False
        if fresh:
            return Reply(304, b"", {k: v for k, v in headers.items() if k != "Content-Type"})
        return Reply(200, self.body, headers)


class Status(Handler):
    """Always the same status (e.g. 500, 404), with an optional body and headers."""

    def __init__(self, status: int, body: bytes = b"error", headers: dict[str, str] | None = None) -> None:
        self.status, self.body, self.headers = status, body, headers or {}

    def reply(self, request: Request) -> Reply:
        return Reply(self.status, self.body, {"Content-Type": "text/plain", **self.headers})


class FailTimes(Handler):
    """`times` answers with `status` (500 by default), then delegates to `then`."""

    def __init__(self, times: int, then: Handler, status: int = 500) -> None:
        self.left, self.then, self.status = times, then, status
        self._lock = threading.Lock()

    def reply(self, request: Request) -> Reply:
        with self._lock:
            failing = self.left > 0
            self.left -= failing
        return Reply(self.status, b"temporary failure") if failing else self.then.reply(request)


class TooManyRequests(Handler):
    """`times` answers 429 with `Retry-After: retry_after`, then delegates to `then`."""

    def __init__(self, retry_after: str, then: Handler, times: int = 1) -> None:
        self.retry_after, self.then, self.left = retry_after, then, times
        self._lock = threading.Lock()

    def reply(self, request: Request) -> Reply:
        with self._lock:
            limited = self.left > 0
            self.left -= limited
        if limited:
            return Reply(429, b"slow down", {"Retry-After": self.retry_after, "Content-Type": "text/plain"})
        return self.then.reply(request)


class Slow(Handler):
    """Waits `delay` seconds before answering like `then`."""

    def __init__(self, delay: float, then: Handler) -> None:
        self.delay, self.then = delay, then

    def reply(self, request: Request) -> Reply:
        reply = self.then.reply(request)
        reply.delay = self.delay
        return reply


class Trickle(Handler):
    """Sends the body of `then` `chunk` bytes at a time, `interval` seconds apart (each gap under any read
    timeout, the whole longer than a total deadline)."""

    def __init__(self, then: Handler, chunk: int = 10, interval: float = 0.1) -> None:
        self.then, self.chunk, self.interval = then, chunk, interval

    def reply(self, request: Request) -> Reply:
        reply = self.then.reply(request)
        reply.chunk, reply.chunk_delay = self.chunk, self.interval
        return reply


class Redirect(Handler):
    """A redirect (302 by default) to `location` (a path on this server or an absolute URL)."""

    def __init__(self, location: str, status: int = 302) -> None:
        self.location, self.status = location, status

    def reply(self, request: Request) -> Reply:
        return Reply(self.status, b"", {"Location": self.location})


class Oversize(Handler):
    """`size` bytes of filler; with `declare=False` no Content-Length is sent, so only counting can stop it."""

    def __init__(self, size: int, declare: bool = True) -> None:
        self.size, self.declare = size, declare

    def reply(self, request: Request) -> Reply:
        body = (b"<p>" + b"x" * 1021 + b"</p>") * (self.size // 1028 + 1)
        return Reply(200, body[: self.size], {"Content-Type": "text/html"}, content_length=self.declare)


class LocalHttpServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 with a route table; counts hits and 304s per path."""

    def __init__(self) -> None:
        self._routes: dict[str, Handler] = {}
        self._lock = threading.Lock()
        self.hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self.requests: list[Request] = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, handler: Handler) -> str:
        """Serve `path` with `handler` (replacing any earlier one); returns the full URL."""
        with self._lock:
            self._routes[path] = handler
        return self.url(path)

    def requests_to(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def start(self) -> LocalHttpServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> LocalHttpServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _dispatch(self, request: Request) -> Reply:
        with self._lock:
            self.requests.append(request)
            self.hits[request.path] += 1
            handler = self._routes.get(request.path)
        reply = handler.reply(request) if handler else Reply(404, b"not found", {"Content-Type": "text/plain"})
        if reply.status == 304:
            with self._lock:
                self.not_modified[request.path] += 1
        return reply

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _RequestHandler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - the stdlib's naming
                path = urlsplit(self.path).path
                headers = {k.lower(): v for k, v in self.headers.items()}
                reply = server._dispatch(Request("GET", path, headers))
                self._send(reply, with_body=True)

            def do_HEAD(self) -> None:  # noqa: N802
                path = urlsplit(self.path).path
                reply = server._dispatch(Request("HEAD", path, {k.lower(): v for k, v in self.headers.items()}))
                self._send(reply, with_body=False)

            def _send(self, reply: Reply, with_body: bool) -> None:
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    if reply.status != 304:
                        if reply.content_length:
                            self.send_header("Content-Length", str(len(reply.body)))
                        else:
                            self.send_header("Connection", "close")
                            self.close_connection = True
                    self.end_headers()
                    if not with_body or reply.status == 304:
                        return
                    if reply.chunk:
                        for i in range(0, len(reply.body), reply.chunk):
                            self.wfile.write(reply.body[i : i + reply.chunk])
                            self.wfile.flush()
                            time.sleep(reply.chunk_delay)
                    else:
                        self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up on purpose (size cap, timeout)

        return _RequestHandler
