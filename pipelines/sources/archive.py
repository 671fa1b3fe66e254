"""The raw archive: every fetched or read body, stored by content hash before anything parses it.

Layout under `root`:
```
raw/ab/<sha256>          the bytes exactly as fetched (ab = first two hex digits of the hash)
raw/ab/<sha256>.json     sidecar: uri, media_type, fetched_at, a subset of the response headers, size
quarantine/<key>.json    a document set aside with its reason and stage (key = sha256, or uri-<hash> when
                         nothing was fetched); the raw bytes stay in raw/, nothing is deleted
```
Writes go to a temporary file in the same folder and are moved into place with `os.replace`, so a reader or a
run killed half-way never sees a half-written file, and putting the same bytes twice changes nothing.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipelines.files import write_atomic
from pipelines.model import sha256_hex

#: Response headers worth keeping beside the bytes (the rest is noise or changes on every request).
KEPT_HEADERS = (
    "content-type",
    "content-language",
    "content-location",
    "etag",
    "last-modified",
    "date",
    "link",
)

_SHA_RE = re.compile(r"[0-9a-f]{64}")


class ArchiveError(KeyError):
    """Asked for bytes the archive does not hold (or for a malformed hash)."""


def utc_now() -> str:
    """The current time as ISO 8601 UTC with a Z, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def keep_headers(headers: dict[str, str] | None) -> dict[str, str]:
    """The subset of `headers` listed in KEPT_HEADERS, with lower-case names."""
    if not headers:
        return {}
    return {k.lower(): str(v) for k, v in headers.items() if k.lower() in KEPT_HEADERS}


def _json_bytes(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


class Archive:
    """A content-addressed store of raw bodies plus a quarantine register. Safe to share between runs."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self.raw_dir = self.root / "raw"
        self.quarantine_dir = self.root / "quarantine"

    # -- bytes ---------------------------------------------------------------------------------------------
    def path_of(self, sha: str) -> Path:
        """Where the bytes named `sha` live (whether or not they exist yet)."""
        if not _SHA_RE.fullmatch(sha or ""):
            raise ArchiveError(f"not a sha256 hex digest: {sha!r}")
        return self.raw_dir / sha[:2] / sha

    def put(self, data: bytes, meta: dict[str, Any] | None = None) -> str:
        """Store `data` and its sidecar metadata; return its sha256. Idempotent: same bytes, one file.

        `meta` usually holds `uri`, `media_type`, `fetched_at` and `headers` (filtered to KEPT_HEADERS).
        When the same bytes arrive again from another URI, that URI is added to the sidecar's `also_seen_at`.
        """
        if not isinstance(data, bytes | bytearray | memoryview):
            raise TypeError(f"Archive.put needs bytes, got {type(data).__name__}")
        data = bytes(data)
        sha = sha256_hex(data)
        path = self.path_of(sha)
        if not path.exists():
            write_atomic(path, data)
        self._write_meta(sha, len(data), dict(meta or {}))
        return sha

    def _write_meta(self, sha: str, size: int, meta: dict[str, Any]) -> None:
        side = self.path_of(sha).with_suffix(".json")
        if "headers" in meta:
            meta["headers"] = keep_headers(meta["headers"])
        meta.setdefault("fetched_at", utc_now())
        current = self.meta(sha)
        if current is None:
            write_atomic(side, _json_bytes({**meta, "sha256": sha, "size": size}))
            return
        uri = meta.get("uri")
        seen = current.setdefault("also_seen_at", [])
        if uri and uri != current.get("uri") and uri not in seen:
            seen.append(uri)
            write_atomic(side, _json_bytes(current))

    def get(self, sha: str) -> bytes:
        """The bytes named `sha`, checked against it. Raises ArchiveError when absent or damaged."""
        try:
            data = self.path_of(sha).read_bytes()
        except FileNotFoundError:
            raise ArchiveError(f"not in the archive: {sha}") from None
        if sha256_hex(data) != sha:
            raise ArchiveError(f"damaged in the archive: the bytes of {sha} no longer match their hash")
        return data

    def meta(self, sha: str) -> dict[str, Any] | None:
        """The sidecar metadata of `sha`, or None when there is none."""
        try:
            return json.loads(self.path_of(sha).with_suffix(".json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None

    def __contains__(self, sha: object) -> bool:
        return isinstance(sha, str) and _SHA_RE.fullmatch(sha) is not None and self.path_of(sha).exists()

    def hashes(self) -> list[str]:
        """Every archived sha256, sorted."""
        if not self.raw_dir.is_dir():
            return []
        return sorted(p.name for p in self.raw_dir.glob("??/*") if _SHA_RE.fullmatch(p.name))

    # -- quarantine ----------------------------------------------------------------------------------------
    def quarantine(self, sha: str | None, uri: str, reason: str, stage: str, **extra: Any) -> Path:
        """Set a document aside with the reason it could not go on (`stage`: "fetch", "parse", "extract"...).

        `sha` names the archived bytes when there are any; pass None for a URL that never delivered a body.
        The record is rewritten (not duplicated) when the same document is quarantined again; the same bytes from
        two places (two empty files) are two records.
        """
        key = self._quarantine_key(sha, uri)
        if sha:
            self.path_of(sha)  # validates the hash
        record = {
            "sha256": sha,
            "uri": uri,
            "reason": reason,
            "stage": stage,
            "quarantined_at": utc_now(),
            **extra,
        }
        path = self.quarantine_dir / f"{key}.json"
        write_atomic(path, _json_bytes(record))
        return path

    @staticmethod
    def _quarantine_key(sha: str | None, uri: str) -> str:
        place = sha256_hex(uri.encode("utf-8"))
        return f"{sha}-{place[:16]}" if sha else "uri-" + place

    def quarantined(self) -> list[dict[str, Any]]:
        """Every quarantine record, oldest first."""
        if not self.quarantine_dir.is_dir():
            return []
        records = []
        for path in self.quarantine_dir.glob("*.json"):
            try:
                records.append(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                continue  # a record being replaced right now; it will be there on the next call
        return sorted(records, key=lambda r: (r.get("quarantined_at", ""), r.get("uri", "")))

    def release(self, sha: str | None, uri: str) -> bool:
        """Take a document out of quarantine (e.g. after a parser fix). True when there was a record."""
        path = self.quarantine_dir / f"{self._quarantine_key(sha, uri)}.json"
        existed = path.exists()
        path.unlink(missing_ok=True)
        return existed
