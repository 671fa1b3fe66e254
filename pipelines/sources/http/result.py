"""What one fetch gives back: `FetchResult` (HTTP and network failures are data, in `error`), and the reading of
the headers a result and a retry need (Content-Type, Retry-After)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from email.utils import parsedate_to_datetime


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
