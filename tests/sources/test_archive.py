"""The raw archive and the fetch state: nothing fetched is lost, and the registry tells new from old."""

from __future__ import annotations

import hashlib
import multiprocessing
import sqlite3

import pytest

from pipelines.sources.archive import Archive, ArchiveError
from pipelines.sources.state import FetchState, doc_id_for

BODY = b"<rss version='2.0'><channel><title>t</title></channel></rss>"


# -- archive -------------------------------------------------------------------------------------------------
def test_put_stores_bytes_under_their_hash_with_a_sidecar(tmp_path):
    archive = Archive(tmp_path)
    sha = archive.put(
        BODY,
        {
            "uri": "https://example.org/feed",
            "media_type": "application/rss+xml",
            "fetched_at": "2024-05-03T10:00:00Z",
            "headers": {"ETag": '"abc"', "Set-Cookie": "secret=1", "Content-Type": "application/rss+xml"},
        },
    )
    assert sha == hashlib.sha256(BODY).hexdigest()
    assert (tmp_path / "raw" / sha[:2] / sha).read_bytes() == BODY
    assert archive.get(sha) == BODY
    meta = archive.meta(sha)
    assert meta["uri"] == "https://example.org/feed"
    assert meta["fetched_at"] == "2024-05-03T10:00:00Z"
    assert meta["size"] == len(BODY)
    # Only the useful headers are kept; cookies never reach the archive.
    assert meta["headers"] == {"etag": '"abc"', "content-type": "application/rss+xml"}


def test_put_is_idempotent_and_records_other_uris(tmp_path):
    archive = Archive(tmp_path)
    first = archive.put(BODY, {"uri": "https://a.example/x"})
    before = (tmp_path / "raw" / first[:2] / first).stat().st_mtime_ns
    second = archive.put(BODY, {"uri": "https://a.example/x"})
    third = archive.put(BODY, {"uri": "https://mirror.example/x"})
    assert first == second == third
    assert archive.hashes() == [first]
    assert (tmp_path / "raw" / first[:2] / first).stat().st_mtime_ns == before  # not rewritten
    assert archive.meta(first)["also_seen_at"] == ["https://mirror.example/x"]
    # no temporary files are left behind
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


def test_get_of_unknown_or_malformed_hash_raises_archive_error(tmp_path):
    archive = Archive(tmp_path)
    with pytest.raises(ArchiveError):
        archive.get("0" * 64)
    with pytest.raises(ArchiveError):
        archive.get("../../etc/passwd")
    assert "../x" not in archive


def test_damaged_bytes_are_refused_not_read(tmp_path):
    """Bytes changed on disk after archiving (a bad disk, a hand edit) no longer match their name."""
    archive = Archive(tmp_path)
    sha = archive.put(b"<html><p>Decree 53 requires local storage.</p></html>", {"uri": "https://example.org/a"})
    archive.path_of(sha).write_bytes(b"<html><p>Decree 53 does not require local storage.</p></html>")
    with pytest.raises(ArchiveError, match="no longer match"):
        archive.get(sha)


def _put_many(root: str, n: int) -> None:
    archive = Archive(root)
    for i in range(n):
        archive.put(b"shared body %d" % (i % 5), {"uri": f"https://example.org/{i % 5}"})


def test_concurrent_writers_leave_complete_files(tmp_path):
    procs = [multiprocessing.Process(target=_put_many, args=(str(tmp_path), 50)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(30)
    archive = Archive(tmp_path)
    assert len(archive.hashes()) == 5
    for sha in archive.hashes():
        assert hashlib.sha256(archive.get(sha)).hexdigest() == sha
        assert archive.meta(sha)["sha256"] == sha


def test_quarantine_keeps_the_bytes_and_records_the_reason(tmp_path):
    archive = Archive(tmp_path)
    sha = archive.put(b"\x00\x01junk", {"uri": "https://example.org/junk"})
    archive.quarantine(sha, "https://example.org/junk", "binary content (NUL bytes)", "parse")
    archive.quarantine(None, "https://down.example/feed", "HTTP 500 after 4 attempts", "fetch", failures=3)
    archive.quarantine(sha, "https://example.org/junk", "binary content (NUL bytes)", "parse")  # again: no dup
    records = archive.quarantined()
    assert len(records) == 2
    by_uri = {r["uri"]: r for r in records}
    assert by_uri["https://example.org/junk"]["reason"] == "binary content (NUL bytes)"
    assert by_uri["https://example.org/junk"]["stage"] == "parse"
    assert by_uri["https://down.example/feed"]["sha256"] is None
    assert by_uri["https://down.example/feed"]["failures"] == 3
    assert archive.get(sha) == b"\x00\x01junk"  # nothing is lost
    assert archive.release(sha, "https://example.org/junk")
    assert [r["uri"] for r in archive.quarantined()] == ["https://down.example/feed"]
    # the same bytes from two places are two records (two empty files once showed as one)
    empty = archive.put(b"", {"uri": "file:///a/empty.txt"})
    archive.quarantine(empty, "file:///a/empty.txt", "empty", "parse")
    archive.quarantine(empty, "file:///b/empty.txt", "empty", "parse")
    assert sorted(r["uri"] for r in archive.quarantined() if r["sha256"] == empty) == [
        "file:///a/empty.txt", "file:///b/empty.txt"]  # fmt: skip


# -- fetch state ---------------------------------------------------------------------------------------------
def test_registry_tells_new_unchanged_updated_and_pending(tmp_path):
    state = FetchState(tmp_path / "state.sqlite")
    url = "https://example.org/a"
    first = state.observe(url, "v1", kind="article", seen_at="2024-05-01T00:00:00Z")
    assert (first.status, first.version, first.doc_id) == ("new", "v1", doc_id_for(url))
    # seen again before any run finished processing it: still to do
    assert state.observe(url, "v1").status == "pending"
    state.mark_processed(first.doc_id, "v1")
    again = state.observe(url, "v1", seen_at="2024-05-02T00:00:00Z")
    assert again.status == "unchanged" and not again.needs_processing
    changed = state.observe(url, "v2", seen_at="2024-05-03T00:00:00Z")
    assert (changed.status, changed.doc_id, changed.previous_version) == ("updated", first.doc_id, "v1")
    entry = state.document(url)
    assert (entry.version, entry.processed_version) == ("v2", "v1")
    assert (entry.first_seen, entry.last_seen) == ("2024-05-01T00:00:00Z", "2024-05-03T00:00:00Z")
    assert [d.canonical_url for d in state.pending_documents()] == [url]
    assert state.versions(first.doc_id) == ["v1", "v2"]


def test_same_text_in_new_chrome_counts_as_unchanged(tmp_path):
    state = FetchState(tmp_path / "state.sqlite")
    obs = state.observe("https://example.org/a", "raw1", content_hash="text1")
    state.mark_processed(obs.doc_id, "raw1")
    assert state.observe("https://example.org/a", "raw2", content_hash="text1").status == "unchanged"
    assert state.observe("https://example.org/a", "raw3", content_hash="text2").status == "updated"


def test_failures_are_retried_then_quarantined_after_n(tmp_path):
    state = FetchState(tmp_path / "state.sqlite", max_failures=3)
    url = "https://down.example/feed"
    assert not state.record_failure(url, "HTTP 500", 500).quarantined
    assert [s.url for s in state.failing()] == [url]
    assert not state.record_failure(url, "HTTP 500", 500).quarantined
    third = state.record_failure(url, "HTTP 503", 503)
    assert third.quarantined and third.failures == 3 and third.last_error == "HTTP 503"
    assert state.failing() == [] and [s.url for s in state.quarantined_urls()] == [url]
    state.release(url)
    assert not state.is_quarantined(url)
    state.record_failure(url, "HTTP 500", 500)
    state.record_success(url, 200)
    assert state.status(url).failures == 0 and state.status(url).last_error is None


def test_state_survives_reopening_and_is_in_wal_mode(tmp_path):
    path = tmp_path / "state.sqlite"
    with FetchState(path) as state:
        state.save_validators("https://example.org/feed", '"e1"', "Fri, 03 May 2024 10:00:00 GMT")
        obs = state.observe("https://example.org/a", "v1")
    with FetchState(path) as state:
        saved = state.validators("https://example.org/feed")
        assert (saved.etag, saved.last_modified) == ('"e1"', "Fri, 03 May 2024 10:00:00 GMT")
        assert state.observe("https://example.org/a", "v1").doc_id == obs.doc_id
        assert not state.validators("https://example.org/other")
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_failed_transaction_leaves_no_trace(tmp_path):
    state = FetchState(tmp_path / "state.sqlite")
    with pytest.raises(RuntimeError):
        with state._tx() as db:
            db.execute("INSERT INTO documents VALUES ('u', 'd', NULL, 'v', NULL, NULL, 't', 't')")
            raise RuntimeError("killed half-way")
    assert state.documents() == []
