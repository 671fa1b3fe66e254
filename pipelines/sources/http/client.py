"""`HttpClient`: retries with backoff, the per-host interval, time budgets, conditional GET, the bounded
streamed download, and the outcome recorded in the fetch state."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from urllib.parse import urlsplit

import requests
import urllib3

from pipelines.sources.archive import utc_now
from pipelines.sources.http.guard import AddressGuard, BlockedAddress
from pipelines.sources.http.result import FetchResult, parse_retry_after
from pipelines.sources.http.settings import HttpSettings
from pipelines.sources.state import FetchState

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


_CHUNK = 64 * 1024


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
        self._guard = AddressGuard(self.settings.fetch_allow)
        guarded = self._guard.adapter()
        self.session.mount("http://", guarded)
        self.session.mount("https://", guarded)
        self._host_lock = threading.Lock()
        self._next_slot: dict[str, float] = {}
        self._spent: dict[str, float] = {}  # seconds spent fetching, per host ("" for the whole run)

    def allow(self, hosts: Iterable[str]) -> None:
        """Let the client reach these internal hosts ("host" or "host:port") too (a sources file's `fetch_allow`)."""
        self._guard.allowed = frozenset(h.lower() for h in hosts)

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
        self._guard.trust(urlsplit(trusted or url).hostname)
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
