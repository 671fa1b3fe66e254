"""Archiving a fetched body before its validators are saved (what makes conditional GET lossless)."""

from __future__ import annotations

from typing import Any

from pipelines.sources.archive import Archive, utc_now
from pipelines.sources.http.result import FetchResult
from pipelines.sources.state import FetchState


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
