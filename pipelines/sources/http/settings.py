"""How the HTTP client behaves (timeouts, retries, caps, budgets, allowed internal hosts), and the User-Agent."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import metadata


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
