"""Which addresses the fetcher may reach: no request, and no redirect hop, to a non-public address (loopback,
private, link-local, reserved: however the address is written, "0x7f000001" included) unless it is on the host
of the source the user configured (`trusted`) or allowed explicitly (`fetch_allow`). The name is checked before
each request, and the address actually reached once connected (DNS rebinding)."""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import requests
import requests.adapters
import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection


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


class AddressGuard:
    """Refuses non-public addresses, except the host of the configured source the current fetch comes from
    (`trust`, per thread) and the internal hosts allowed ("host" or "host:port": `fetch_allow`, `allowed`)."""

    def __init__(self, fetch_allow: frozenset[str] = frozenset()) -> None:
        self.fetch_allow = fetch_allow
        self.allowed: frozenset[str] = frozenset()  # internal hosts the sources file allows (`HttpClient.allow`)
        self._trusted = threading.local()  # the host of the source the current fetch comes from

    def trust(self, host: str | None) -> None:
        """The host of the configured source this thread's current fetch comes from."""
        self._trusted.host = host

    def adapter(self) -> _GuardedAdapter:
        """A transport adapter for a session, checking every request with this guard."""
        return _GuardedAdapter(self.check_address, self.check_peer)

    def may_be_internal(self, host: str, port: int | None) -> bool:
        """Whether `host` may be reached although its address is not public."""
        allowed = self.fetch_allow | self.allowed
        return host == getattr(self._trusted, "host", None) or host in allowed or f"{host}:{port}" in allowed

    def check_address(self, url: str) -> None:
        """Before connecting: refuse `url` when its host resolves to a non-public address it may not reach."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        if not self.may_be_internal(host, parts.port):
            _refuse(host, non_public_address(host, parts.port))

    def check_peer(self, host: str, port: int, peer: str) -> None:
        """Once connected: refuse the address reached (`peer`) when it is non-public and `host` may not be."""
        if not self.may_be_internal(host.lower(), port):
            _refuse(host, peer if not _address(peer).is_global else None)


def _refuse(host: str, address: str | None) -> None:
    """Raise BlockedAddress when `address` (a non-public address of `host`) is given."""
    if address is not None:
        raise BlockedAddress(
            f"{host} is a non-public address ({address}): only a configured source may be on an internal network"
        )
