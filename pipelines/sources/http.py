"""The one HTTP client every web source goes through: polite, bounded, and never raising for network trouble.

`HttpClient.fetch(url)` does, over a single `requests.Session`:
- a User-Agent naming the project; a connect/read timeout plus a total deadline per attempt (a server that
  trickles bytes cannot hold a run forever);
- retries with exponential backoff on 429 and 5xx and on connection errors, honouring `Retry-After`
  (seconds or an HTTP date) up to `max_retry_wait` (a server asking for longer is not waited for: the
  fetch fails and is retried on the next run);
- a per-host minimum interval between requests;
- conditional GET: the ETag / Last-Modified saved in `FetchState` are sent; a 304 gives a result with
  `not_modified=True` and no body, which costs nothing downstream;
- a streamed download that stops beyond `max_bytes`, bounded redirects (a loop is reported as such);
- time budgets per host and per run (`host_budget`, `run_budget`): a slow or silent server cannot hold a run for
  hours; what the budget leaves out is reported as skipped and fetched on the next run;
- the raw bytes are kept untouched; the declared charset is recorded, decoding is the parser's job;
- no request, and no redirect hop, to a non-public address (loopback, private, link-local, reserved: however the
  address is written, "0x7f000001" included) unless it is on the host of the source the user configured
  (`trusted`) or allowed explicitly (`fetch_allow`: the sources file's list and `POLICYGRAPH_FETCH_ALLOW`): a feed
  item or a redirect cannot turn the fetcher towards an internal service.

HTTP and network failures come back as data (`FetchResult.error`); only programming errors raise.
The client records each outcome (success, failure count) in the state but does not save validators: call
`FetchState.save_validators` (or `archive_fetch` in this module) only once the body is archived.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.message import Message
from email.utils import parsedate_to_datetime
from importlib import metadata
from typing import Any
from urllib.parse import urlsplit

import requests
import requests.adapters
import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection

from pipelines.sources.archive import Archive, utc_now
from pipelines.sources.state import FetchState

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class BlockedAddress(requests.RequestException):
    """A request (or a redirect hop) to a non-public address that no configured source is on."""


def non_public_address(host: str, port: int | None) -> str | None:
    """The first non-public address `host` resolves to (loopback, private, link-local, reserved ...), else None;
    None too when it does not resolve (the request then fails as it would)."""
    try:
        infos = socket.getaddrinfo(host, port or 80, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return None
    return next((str(ip) for ip in (_address(info[4][0]) for info in infos) if not ip.is_global), None)


def _address(text: str | int) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    ip = ipaddress.ip_address(str(text).split("%", 1)[0])
    return ip.ipv4_mapped if ip.version == 6 and ip.ipv4_mapped is not None else ip


class _ConnectedTo(Exception):
    """Raised inside urllib3 (which would retry an OSError) when a connection reached a refused address."""


def _checked_pools(peer_check: Callable[[str, int, str], None]) -> dict[str, type]:
    """urllib3 connection pools whose connections check the address they actually connected to: the name was
    checked before the request, but a DNS server can answer differently the second time (DNS rebinding)."""

    def checked(base: type) -> type:
        class Checked(base):
            def _new_conn(self):
                sock = super()._new_conn()
                try:
                    peer_check(self.host, self.port, sock.getpeername()[0])
                except BlockedAddress as err:
                    sock.close()
                    raise _ConnectedTo(str(err)) from None
                return sock

        return Checked

    http = type("CheckedHTTPPool", (urllib3.HTTPConnectionPool,), {"ConnectionCls": checked(HTTPConnection)})
    https = type("CheckedHTTPSPool", (urllib3.HTTPSConnectionPool,), {"ConnectionCls": checked(HTTPSConnection)})
    return {"http": http, "https": https}


class _GuardedAdapter(requests.adapters.HTTPAdapter):
    """Checks every request the session sends, each redirect hop included, before it connects (`guard`, on the
    URL's host name) and once connected (`peer_check`, on the address reached)."""

    def __init__(self, guard: Callable[[str], None], peer_check: Callable[[str, int, str], None]) -> None:
        super().__init__()
        self._guard = guard
        self.poolmanager.pool_classes_by_scheme = _checked_pools(peer_check)

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        assert request.url is not None  # a prepared request has its URL
        self._guard(request.url)
        try:
            return super().send(request, *args, **kwargs)
        except _ConnectedTo as err:
            raise BlockedAddress(str(err)) from None


_CHUNK = 64 * 1024


def _version() -> str:
    try:
        return metadata.version("policygraph")
    except metadata.PackageNotFoundError:  # running from a checkout that is not installed
        return "0"


def default_user_agent() -> str:
    return f"policygraph/{_version()} (+https://w3id.org/policygraph)"


@dataclass(frozen=True)
class HttpSettings:
    """How the client behaves. Times are in seconds, sizes in bytes."""

    user_agent: str = field(default_factory=default_user_agent)
    timeout: float = 20.0  # connect and read (between bytes) timeout
    total_timeout: float = 120.0  # whole download of one attempt
    max_retries: int = 3  # extra attempts after the first, on 429/5xx/connection errors
    backoff_base: float = 1.0  # waits backoff_base * 2**n before retry n+1 when no Retry-After is given
    max_retry_wait: float = 60.0  # longest single wait (Retry-After or backoff) we accept
    max_bytes: int = 20_000_000  # size cap of a body
    max_redirects: int = 5
    min_interval: float = 1.0  # per host, between the starts of two requests
    #: internal hosts ("host" or "host:port") the client may reach although their address is not public
    fetch_allow: frozenset[str] = frozenset()
    #: seconds of fetching one client (one run) spends on one host, and on all hosts: a slow or silent server is
    #: given up for this run once its budget is spent, and what is left is reported as skipped (0: no budget)
    host_budget: float = 300.0
    run_budget: float = 1800.0

    def __post_init__(self) -> None:
        for name in ("timeout", "total_timeout", "backoff_base", "max_retry_wait", "min_interval", "host_budget",
                     "run_budget"):  # fmt: skip
            if getattr(self, name) < 0:
                raise ValueError(f"HttpSettings.{name} must not be negative")
        if self.max_retries < 0 or self.max_redirects < 0 or self.max_bytes < 1:
            raise ValueError("HttpSettings: max_retries and max_redirects >= 0, max_bytes >= 1")


@dataclass(frozen=True)
class FetchResult:
    """The outcome of one fetch (all its attempts). `error` is None exactly when the fetch succeeded.

    `status` is the last HTTP status (None when no response came back); `body` the raw bytes of a 2xx answer;
    `headers` the final response headers (lower-case names); `charset` the charset declared in Content-Type;
    `skipped` is True when no request was made because the URL is quarantined in the fetch state.
    """

    url: str
    final_url: str
    status: int | None
    body: bytes | None
    headers: dict[str, str]
    not_modified: bool = False
    error: str | None = None
    attempts: int = 0
    elapsed: float = 0.0
    fetched_at: str = ""
    skipped: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def media_type(self) -> str | None:
        return _content_type(self.headers)[0]

    @property
    def charset(self) -> str | None:
        return _content_type(self.headers)[1]

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


def _content_type(headers: dict[str, str]) -> tuple[str | None, str | None]:
    value = headers.get("content-type")
    if not value:
        return None, None
    msg = Message()
    msg["content-type"] = value
    charset = msg.get_param("charset")
    return msg.get_content_type(), (str(charset).strip().lower() or None) if charset else None


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or an HTTP date); None if absent/unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class _Abort(Exception):
    """A permanent failure of this fetch (no retry): size cap, deadline."""


class HttpClient:
    """Fetches URLs politely. Share one instance per run (it holds the session and the per-host clocks).

    `sleep` is the waiting function (time.sleep); tests may pass one that records the waits.
    """

    def __init__(
        self,
        settings: HttpSettings | None = None,
        state: FetchState | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings or HttpSettings()
        self.state = state
        self._sleep = sleep
        self.session = requests.Session()
        self.session.max_redirects = self.settings.max_redirects
        self.session.headers["User-Agent"] = self.settings.user_agent
        self.session.headers["Accept-Encoding"] = "gzip, deflate"
        guarded = _GuardedAdapter(self._check_address, self._check_peer)
        self.session.mount("http://", guarded)
        self.session.mount("https://", guarded)
        self._trusted = threading.local()  # the host of the source the current fetch comes from
        self._allowed: frozenset[str] = frozenset()  # internal hosts the sources file allows (`allow`)
        self._host_lock = threading.Lock()
        self._next_slot: dict[str, float] = {}
        self._spent: dict[str, float] = {}  # seconds spent fetching, per host ("" for the whole run)

    def allow(self, hosts: Iterable[str]) -> None:
        """Let the client reach these internal hosts ("host" or "host:port") too (a sources file's `fetch_allow`)."""
        self._allowed = frozenset(h.lower() for h in hosts)

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public --------------------------------------------------------------------------------------------
    def fetch(
        self, url: str, *, conditional: bool = True, accept: str | None = None, trusted: str | None = None
    ) -> FetchResult:
        """GET `url` with retries, rate limit, size cap and (when `conditional`) saved validators. `trusted` is the
        URL of the configured source `url` was found in (a feed for its items); only that source's host may be a
        non-public address (default: `url` itself was configured)."""
        if not isinstance(url, str):
            raise TypeError(f"url must be a str, got {type(url).__name__}")
        self._trusted.host = urlsplit(trusted or url).hostname
        started = time.monotonic()
        fetched_at = utc_now()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return FetchResult(url, url, None, None, {}, error=f"not an http(s) URL: {url!r}", fetched_at=fetched_at)
        if self.state is not None and self.state.is_quarantined(url):
            status = self.state.status(url)
            last = status.last_error if status else None
            return FetchResult(
                url,
                url,
                None,
                None,
                {},
                error=f"quarantined (last error: {last})",
                skipped=True,
                fetched_at=fetched_at,
            )
        over = self._over_budget(parts.hostname)
        if over:
            return FetchResult(url, url, None, None, {}, error=over, skipped=True, fetched_at=fetched_at)
        headers = {"Accept": accept} if accept else {}
        if conditional and self.state is not None:
            saved = self.state.validators(url)
            if saved.etag:
                headers["If-None-Match"] = saved.etag
            if saved.last_modified:
                headers["If-Modified-Since"] = saved.last_modified
        result = self._fetch_with_retries(url, parts.hostname, headers)
        result = replace(result, elapsed=round(time.monotonic() - started, 3), fetched_at=fetched_at)
        with self._host_lock:
            for key in (parts.hostname, ""):
                self._spent[key] = self._spent.get(key, 0.0) + result.elapsed
        self._record(result)
        return result

    def _over_budget(self, host: str) -> str | None:
        """Why no more time goes to `host` in this run, or None."""
        s = self.settings
        with self._host_lock:
            on_host, on_run = self._spent.get(host, 0.0), self._spent.get("", 0.0)
        if s.host_budget and on_host >= s.host_budget:
            return f"skipped: {on_host:.0f} s already spent on {host} in this run (budget {s.host_budget:g} s)"
        if s.run_budget and on_run >= s.run_budget:
            return f"skipped: the run's fetch budget of {s.run_budget:g} s is spent"
        return None

    # -- internals -----------------------------------------------------------------------------------------
    def _fetch_with_retries(self, url: str, host: str, headers: dict[str, str]) -> FetchResult:
        s = self.settings
        last: FetchResult | None = None
        for attempt in range(s.max_retries + 1):
            self._wait_for_host(host)
            result, retryable = self._attempt(url, headers)
            result = replace(result, attempts=attempt + 1)
            if not retryable or attempt == s.max_retries:
                return result
            last = result
            wait = s.backoff_base * (2**attempt)
            asked = parse_retry_after(result.headers.get("retry-after"))
            if asked is not None:
                wait = asked
            if wait > s.max_retry_wait:
                return replace(
                    result,
                    error=f"{result.error}; server asks to retry after {wait:.0f}s, more than the "
                    f"{s.max_retry_wait:.0f}s we wait within a run (retried next run)",
                )
            self._sleep(wait)
        assert last is not None  # the loop always returns on its last attempt
        return last

    def _may_be_internal(self, host: str, port: int | None) -> bool:
        allowed = self.settings.fetch_allow | self._allowed
        return host == getattr(self._trusted, "host", None) or host in allowed or f"{host}:{port}" in allowed

    def _check_address(self, url: str) -> None:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if not self._may_be_internal(host, parts.port):
            self._refuse(host, non_public_address(host, parts.port))

    def _check_peer(self, host: str, port: int, peer: str) -> None:
        if not self._may_be_internal(host.lower(), port):
            self._refuse(host, peer if not _address(peer).is_global else None)

    @staticmethod
    def _refuse(host: str, address: str | None) -> None:
        if address is not None:
            raise BlockedAddress(
                f"{host} is a non-public address ({address}): only a configured source may be on an internal network"
            )

    def _wait_for_host(self, host: str) -> None:
        # Reserve the next slot for this host under the lock, then sleep outside it so other hosts go on.
        interval = self.settings.min_interval
        if interval <= 0:
            return
        with self._host_lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + interval
        if slot > now:
            self._sleep(slot - now)

    def _attempt(self, url: str, headers: dict[str, str]) -> tuple[FetchResult, bool]:
        """One request, following redirects. Returns the result and whether a retry could help."""
        s = self.settings
        try:
            response = self.session.get(url, headers=headers, timeout=(s.timeout, s.timeout), stream=True)
        except requests.TooManyRedirects as exc:
            chain = [r.url for r in (exc.response.history if exc.response is not None else [])][-4:]
            loop = " (a loop: " + " -> ".join(chain) + ")" if len(set(chain)) < len(chain) else ""
            msg = f"redirect limit exceeded: more than {s.max_redirects} redirects{loop}"
            return FetchResult(url, url, None, None, {}, error=msg), False
        except requests.Timeout as exc:
            return FetchResult(url, url, None, None, {}, error=f"timeout after {s.timeout:g}s: {_short(exc)}"), True
        except requests.ConnectionError as exc:
            return FetchResult(url, url, None, None, {}, error=f"connection failed: {_short(exc)}"), True
        except BlockedAddress as exc:
            return FetchResult(url, url, None, None, {}, error=f"refused: {exc}"), False
        except requests.RequestException as exc:  # invalid URL, unsupported redirect target...
            return FetchResult(url, url, None, None, {}, error=f"request failed: {_short(exc)}"), False
        with response:
            headers_out = {k.lower(): v for k, v in response.headers.items()}
            final_url = response.url or url
            status = response.status_code
            base = FetchResult(url, final_url, status, None, headers_out)
            if status == 304:
                return replace(base, not_modified=True), False
            if status in RETRY_STATUSES:
                return replace(base, error=f"HTTP {status} {response.reason or ''}".strip()), True
            if not 200 <= status < 300:
                return replace(base, error=f"HTTP {status} {response.reason or ''}".strip()), False
            try:
                body = self._read_body(response)
            except _Abort as exc:
                return replace(base, error=str(exc)), False
            except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
                # reset, truncated chunked body, read timeout mid-body, corrupt gzip
                return replace(base, error=f"download interrupted: {_short(exc)}"), True
            return replace(base, body=body), False

    def _read_body(self, response: requests.Response) -> bytes:
        s = self.settings
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > s.max_bytes:
            raise _Abort(f"body too large: Content-Length {int(declared)} bytes exceeds the cap of {s.max_bytes}")
        deadline = time.monotonic() + s.total_timeout
        chunks: list[bytes] = []
        size = 0
        while True:
            # read1 returns what has arrived (up to _CHUNK, decompressed): a server trickling bytes cannot keep
            # us inside one blocking read past the deadline, and decompression is bounded per call.
            chunk = response.raw.read1(_CHUNK, decode_content=True)
            if not chunk:
                break
            size += len(chunk)
            if size > s.max_bytes:
                raise _Abort(f"body too large: more than the cap of {s.max_bytes} bytes (download stopped)")
            if time.monotonic() > deadline:
                raise _Abort(f"download took longer than {s.total_timeout:g}s (stopped after {size} bytes)")
            chunks.append(chunk)
        return b"".join(chunks)

    def _record(self, result: FetchResult) -> None:
        if self.state is None or result.skipped:
            return
        if result.error is None:
            self.state.record_success(result.url, result.status or 0, at=result.fetched_at)
        else:
            self.state.record_failure(result.url, result.error, result.status, at=result.fetched_at)


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def archive_fetch(archive: Archive, result: FetchResult, state: FetchState | None = None, **meta: Any) -> str | None:
    """Archive the body of a successful fetch, THEN save its validators; return the sha256 (None if no body).

    This order is what makes conditional GET lossless: the validators that will turn the next fetch into a 304
    are stored only once the bytes they stand for are safely in the archive. Extra `meta` (kind, feed...) goes
    into the sidecar.
    """
    if result.body is None:
        return None
    sha = archive.put(
        result.body,
        {
            "uri": result.url,
            "final_url": result.final_url,
            "status": result.status,
            "media_type": result.media_type,
            "charset": result.charset,
            "fetched_at": result.fetched_at or utc_now(),
            "headers": result.headers,
            **meta,
        },
    )
    if state is not None:  # a new body makes old validators obsolete, even when the server sends none now
        state.save_validators(result.url, result.etag, result.last_modified)
    return sha
