"""Collect raw documents from the configured sources: archive every body first, then decide what to process.

Local article and cable folders are read file by file; feeds (local files or URLs) are parsed and each item's page
is fetched (conditional GET: an unchanged page costs a 304 and nothing downstream). A local feed, or an item whose
page cannot be fetched, falls back to the item's own content, wrapped as a small HTML page and archived too.
The document registry in `FetchState` decides per document: new, updated (new version of a known document),
pending (left by a stopped run) or unchanged (skipped). One failing source never stops the others.
A batch takes at most `max_batch` documents: the others are still archived and registered, so they stay pending in
the registry and a later batch takes them (in the same order: sources as listed, files sorted). A batch claims each
document in the registry as it takes it (`FetchState.claim`): one that another running batch holds is left to it.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.model import RawDocument
from pipelines.sources.archive import Archive, utc_now
from pipelines.sources.config import Source, SourcesConfig
from pipelines.sources.feeds import FeedError, FeedItem, parse_feed
from pipelines.sources.http import HttpClient, archive_fetch
from pipelines.sources.pages import canonical_url
from pipelines.sources.state import FetchState

ARTICLE_SUFFIXES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain"}
CABLE_SUFFIXES = {
    ".txt": "text/plain",
    ".xml": "application/xml",
    ".html": "text/html",
    ".md": "text/markdown",
}


@dataclass(frozen=True)
class BatchItem:
    """A document version this run must process. `registry_id` is its id in the document registry."""

    registry_id: str
    status: str  # "new" | "updated" | "pending"
    raw: RawDocument

    def to_dict(self) -> dict:
        return {"registry_id": self.registry_id, "status": self.status, "raw": self.raw.to_dict()}

    @classmethod
    def from_dict(cls, d: dict) -> BatchItem:
        return cls(d["registry_id"], d["status"], RawDocument.from_dict(d["raw"]))


@dataclass
class CollectReport:
    batch: list[BatchItem] = field(default_factory=list)
    seen: int = 0
    unchanged: int = 0
    not_modified: int = 0  # answered 304 by a server
    failures: list[dict] = field(default_factory=list)  # {"source": ..., "error": ...}
    feeds: list[dict] = field(default_factory=list)  # per feed: source, items, status
    reused: bool = False  # the batch was collected by an earlier run (a re-run): no source was read
    recovered: int = 0  # documents processed again because the graph store holding them was lost
    reextracted: int = 0  # documents processed again because the extractor (model, rules, tables) changed
    left_for_later: int = 0  # documents to process that did not fit in this batch (`max_batch`): still pending
    claimed_elsewhere: int = 0  # documents to process that another running batch holds (`FetchState.claim`)


def iter_files(folder: Path, suffixes: dict[str, str]) -> Iterator[Path]:
    """Files of a folder (recursively), sorted, hidden files and unknown suffixes left out, and so is a symbolic
    link that leads out of the folder (a file dropped as a link to /etc/... is not read)."""
    if folder.is_file():
        yield folder
        return
    root = folder.resolve()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts):
            if path.suffix.lower() in suffixes and path.resolve().is_relative_to(root):
                yield path


class Collector:
    def __init__(
        self,
        archive: Archive,
        state: FetchState,
        client: HttpClient | None = None,
        max_feed_items: int = 500,
        max_batch: int | None = None,
        log: Callable[[str], None] = lambda msg: None,
        batch: str | None = None,
    ):
        self.archive, self.state, self.client = archive, state, client
        self.batch = batch  # the batch that claims what it takes (None: nothing is claimed)
        self.max_feed_items = max_feed_items
        self.max_batch = max_batch  # None: no cap
        self.log = log
        self.report = CollectReport()
        self._in_batch: set[str] = set()
        self._seen_uris: set[str] = set()

    # -- registry ---------------------------------------------------------------------------------------------
    def register(self, uri: str, data: bytes, kind: str, media_type: str | None, **meta) -> None:
        sha = self.archive.put(data, {"uri": uri, "kind": kind, "media_type": media_type, **meta})
        self._observe(uri, sha, kind, media_type, meta.get("feed"))

    def _observe(self, uri: str, sha: str, kind: str, media_type: str | None, feed: str | None = None) -> None:
        if uri in self._seen_uris:
            return  # the same canonical URL from a second source (a feed repeating a page): the first one wins
        self._seen_uris.add(uri)
        self.report.seen += 1
        obs = self.state.observe(uri, sha, kind=kind)
        if not obs.needs_processing:
            self.report.unchanged += 1
            return
        if obs.doc_id in self._in_batch:
            return
        if self._full():
            self.report.left_for_later += 1
            return
        if not self._claim(obs.doc_id):
            return
        self._in_batch.add(obs.doc_id)
        raw = RawDocument(
            uri=uri, kind=kind, sha256=obs.version, media_type=media_type, fetched_at=utc_now(), feed=feed
        )
        self.report.batch.append(BatchItem(obs.doc_id, obs.status, raw))

    def _claim(self, doc_id: str) -> bool:
        """Claim the document for this batch; False (counted) when another running batch holds it."""
        if self.batch is None or self.state.claim(self.batch, [doc_id]):
            return True
        self.report.claimed_elsewhere += 1
        return False

    def _full(self) -> bool:
        return self.max_batch is not None and len(self.report.batch) >= self.max_batch

    def fail(self, source: str, error: str) -> None:
        self.report.failures.append({"source": source, "error": error})
        self.log(f"failed: {source}: {error}")

    # -- local files ------------------------------------------------------------------------------------------
    def collect_folder(self, folder: Path, kind: str) -> None:
        suffixes = CABLE_SUFFIXES if kind == "cable" else ARTICLE_SUFFIXES
        try:
            files = list(iter_files(folder, suffixes))
        except OSError as exc:
            self.fail(str(folder), f"cannot list folder: {exc.strerror or exc}")
            return
        for path in files:
            try:
                data = path.read_bytes()
            except OSError as exc:
                self.fail(str(path), f"cannot read file: {exc.strerror or exc}")
                continue
            media_type = suffixes[path.suffix.lower()]
            uri = declared_canonical(data) if kind == "article" and media_type == "text/html" else None
            self.register(uri or path.resolve().as_uri(), data, kind, media_type, path=str(path))

    # -- the web ----------------------------------------------------------------------------------------------
    def collect_page(self, url: str, feed: str | None = None, fallback: FeedItem | None = None) -> None:
        """Fetch one article page; on failure fall back to the feed item's content when there is some."""
        canon = canonical_url(url)
        if self.client is None:
            result = None
        else:
            result = self.client.fetch(url, trusted=feed)  # an item may be internal only on its feed's host
            if result.not_modified:
                self.report.not_modified += 1
                entry = self.state.document(canon)
                if entry is not None:
                    self._observe(canon, entry.version, "article", "text/html", feed)
                return
            if result.ok and result.body:
                sha = archive_fetch(self.archive, result, self.state, kind="article", feed=feed)
                assert sha is not None  # archived, as the body is not empty
                self._observe(canon, sha, "article", result.media_type or "text/html", feed)
                return
        error = (result.error or "empty response") if result is not None else "no HTTP client configured"
        if fallback is not None and (fallback.content_html or fallback.summary_html):
            if self._fetched_page(canon):  # a feed's summary never replaces the page itself, from any source
                self.fail(url, f"{error}; the page fetched before is kept")
                return
            self.register(canon, item_page(fallback), "article", "text/html", feed=feed, from_feed_item=True)
            return
        self.fail(url, error)

    def _fetched_page(self, canonical: str) -> bool:
        """The registry's current version of this document is a page as fetched (not a feed item's content)."""
        entry = self.state.document(canonical)
        return entry is not None and not (self.archive.meta(entry.version) or {}).get("from_feed_item")

    def collect_feed(self, source: Source) -> None:
        status = {"source": source.location, "items": 0, "status": "ok"}
        self.report.feeds.append(status)
        if source.is_url:
            if self.client is None:
                status["status"] = "no HTTP client"
                self.fail(source.location, "no HTTP client configured")
                return
            result = self.client.fetch(source.location, accept="application/rss+xml, application/atom+xml, */*")
            if result.not_modified:
                self.report.not_modified += 1
                status["status"] = "not modified"
                return
            if not result.ok or not result.body:
                status["status"] = f"failed: {result.error}"
                self.fail(source.location, result.error or "empty response")
                return
            data, sha = result.body, archive_fetch(self.archive, result, self.state, kind="feed")
            base, content_type = source.location, result.headers.get("content-type")
        else:
            try:
                data = source.path.read_bytes()
            except OSError as exc:
                status["status"] = "failed"
                self.fail(source.location, f"cannot read feed file: {exc.strerror or exc}")
                return
            sha = self.archive.put(data, {"uri": source.path.as_uri(), "kind": "feed"})
            base, content_type = None, None
        try:
            feed = parse_feed(data, base, max_items=self.max_feed_items, content_type=content_type)
        except FeedError as exc:
            self.archive.quarantine(sha, source.location, exc.reason, "feed")
            status["status"] = f"quarantined: {exc.reason}"
            self.fail(source.location, exc.reason)
            return
        status["items"] = len(feed.items)
        if feed.errors:
            status["warnings"] = list(feed.errors)
        for item in feed.items:
            if source.is_url and item.link:
                self.collect_page(item.link, feed=source.location, fallback=item)
            elif item.content_html or item.summary_html:
                page = item_page(item)
                # an item with neither link, id nor title is named by its content (not all "...:None")
                key = item.guid or item.title or "sha256-" + hashlib.sha256(page).hexdigest()[:16]
                uri = canonical_url(item.link) if item.link else f"urn:policygraph:feed-item:{key}"
                self.register(uri, page, "article", "text/html", feed=source.location, from_feed_item=True)

    def add_pending(self) -> None:
        """Documents a previous run archived but never finished (killed, crashed) join this batch."""
        for entry in self.state.pending_documents():
            if entry.doc_id in self._in_batch or entry.version not in self.archive:
                continue
            if entry.canonical_url in self._seen_uris:
                continue  # read from a source in this run and left for later: counted there
            if self._full():
                self.report.left_for_later += 1
                continue
            if not self._claim(entry.doc_id):
                continue
            meta = self.archive.meta(entry.version) or {}
            self._in_batch.add(entry.doc_id)
            raw = RawDocument(
                uri=entry.canonical_url,
                kind=entry.kind or meta.get("kind") or "article",
                sha256=entry.version,
                media_type=meta.get("media_type"),
                fetched_at=meta.get("fetched_at"),
                feed=meta.get("feed"),
            )
            self.report.batch.append(BatchItem(entry.doc_id, "pending", raw))

    def collect(self, config: SourcesConfig) -> CollectReport:
        if self.client is not None:
            self.client.allow(config.fetch_allow)
        for src in config.articles:
            if src.is_url:
                self.collect_page(src.location)
            else:
                self.collect_folder(src.path, "article")
        for src in config.cables:
            self.collect_folder(src.path, "cable")
        for src in config.feeds:
            self.collect_feed(src)
        if config.drop is not None and config.drop.is_dir():
            self.collect_drop(config.drop)
        self.add_pending()
        return self.report

    def collect_drop(self, drop: Path) -> None:
        """The drop folder: `cables/` holds cables; everything else is read as articles."""
        cables = drop / "cables"
        if cables.is_dir():
            self.collect_folder(cables, "cable")
        for path in iter_files(drop, ARTICLE_SUFFIXES):
            if cables not in path.parents:
                self.collect_folder(path, "article")


_CANONICAL = re.compile(rb"<link\b[^>]*\brel=[\"']?canonical\b[^>]*>", re.IGNORECASE)
_HREF = re.compile(rb"\bhref=[\"']([^\"'<>\s]+)[\"']", re.IGNORECASE)


def declared_canonical(data: bytes) -> str | None:
    """The page's own <link rel="canonical"> (absolute http(s) only), normalised: a local copy of a page and
    the same page from a feed are one document."""
    tag = _CANONICAL.search(data[:200_000])
    href = _HREF.search(tag.group(0)) if tag else None
    if href is None:
        return None
    url = href.group(1).decode("ascii", "ignore")
    return canonical_url(url) if url.startswith(("http://", "https://")) else None


def item_page(item: FeedItem) -> bytes:
    """A feed item's own content as a small HTML page, so it goes through the same page extractor."""
    title = html.escape(item.title or "")
    meta = ""
    if item.author:
        meta += f'<meta name="author" content="{html.escape(item.author)}">'
    if item.published:
        meta += f'<meta property="article:published_time" content="{html.escape(item.published)}">'
    if item.link:
        meta += f'<link rel="canonical" href="{html.escape(item.link)}">'
    body = item.content_html or item.summary_html or ""
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{meta}</head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )
    return page.encode("utf-8")
