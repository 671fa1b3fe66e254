"""Raw bytes -> Document: the parser for each kind of source, and quarantine for what cannot be read."""

from __future__ import annotations

from pipelines.model import Document, RawDocument, cable_doc_id
from pipelines.sources.cables.detect import parse_cable
from pipelines.sources.cables.errors import CableParseError
from pipelines.sources.pages import PageError, extract_page, read_text_article


class DocumentError(ValueError):
    """The raw bytes give no document; `reason` is one line for the quarantine record."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def to_document(raw: RawDocument, data: bytes, registry_id: str, charset: str | None = None) -> Document:
    """Parse one archived body. Articles keep the registry's id (from the canonical URL); cables are named by
    their reference id when they have one, so citations between cables meet on the same document. `charset` is
    the one the server declared (a hint: the page's own bytes and meta tags are checked too)."""
    if raw.kind == "cable":
        try:
            cable = parse_cable(data, raw.uri.rsplit("/", 1)[-1])
        except CableParseError as exc:
            raise DocumentError(exc.reason) from None
        if not cable.body.strip():
            raise DocumentError("cable has no body text")
        return Document(
            doc_id=cable_doc_id(cable.reference_id) if cable.reference_id else registry_id,
            kind="cable",
            uri=raw.uri,
            version=raw.sha256,
            text=cable.body,
            title=cable.subject,
            published=cable.date,
            language="en",
            cable=cable,
        )
    try:
        if raw.media_type == "text/plain":
            page = read_text_article(data)
        else:
            page = extract_page(data, raw.uri, charset)
    except PageError as exc:
        raise DocumentError(exc.reason) from None
    if not page.text.strip():
        raise DocumentError("no article text found")
    return Document(
        doc_id=registry_id,
        kind="article",
        uri=raw.uri,
        version=raw.sha256,
        text=page.text,
        title=page.title,
        published=page.published,
        language=page.language,
        author=page.author,
    )
