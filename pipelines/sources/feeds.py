"""RSS 0.9x/1.0/2.0 and Atom feeds -> a list of items to follow, with hostile XML refused before parsing.

`parse_feed(data, base_url)` first runs `check_xml_safety`: a feed that declares entities or carries a
DTD internal subset (the vehicle of XXE, billion-laughs and quadratic blow-up attacks) raises `FeedError`
and is never handed to a parser. A DOCTYPE that only names an external DTD (old Netscape RSS 0.91 feeds do
this) is accepted: no parser here loads external DTDs or touches the network (a test checks this with a
local server). The scan looks at the bytes with NULs removed (so UTF-16/32 cannot hide a declaration) and
at the text decoded with the encoding the XML declaration names; defusedxml then parses with entities and
external references forbidden.

Then feedparser reads the feed. It is always given a stream, never bytes or a string: given bytes or a
string, it treats a short one as a file name or URL and reads that file or fetches that URL.
"""

from __future__ import annotations

import io
import re
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import ParseError

import defusedxml
import defusedxml.ElementTree
import feedparser

from pipelines.sources.pages import UTF8_MULTIBYTE, codec_name, utf8_with_cp1252


class FeedError(ValueError):
    """The bytes are not a feed we will read; `reason` says why in one line (it goes into the quarantine)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed. `link` is absolute (resolved against the feed URL) or None; `published` is
    ISO 8601 UTC ("2018-01-31T07:26:05Z") from the published date, else the updated date; HTML fields are
    sanitised by feedparser."""

    link: str | None
    title: str | None
    published: str | None
    author: str | None
    summary_html: str | None
    content_html: str | None
    guid: str | None


@dataclass(frozen=True)
class FeedParseResult:
    """A parsed feed. `errors` are problems that did not stop parsing (malformed XML read leniently, a wrong
    declared encoding, items without links, truncation). `total_items` counts items before the cap."""

    title: str | None
    link: str | None
    format: str | None  # feedparser's name: "rss20", "rss10", "rss091u", "atom10", ...
    items: tuple[FeedItem, ...]
    errors: tuple[str, ...] = ()
    total_items: int = 0
    truncated: bool = False


_DOCTYPE = re.compile(rb"<!\s*DOCTYPE", re.IGNORECASE)
_ENTITY = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_TAGS = re.compile(r"<[^>]*>")


def _scan_forms(data: bytes, charset: str | None = None) -> list[bytes]:
    """Views of `data` in which an ASCII markup declaration would appear as ASCII bytes (`charset`: the one the
    HTTP header declares, which feedparser uses too)."""
    forms = [data.replace(b"\x00", b"")]  # UTF-16/32 with or without a BOM
    names = [charset] if charset else []
    if data[:4] == b"\x4c\x6f\xa7\x94":  # '<?xm' in EBCDIC, which feedparser would decode
        names = ["cp037", "cp500"]  # the EBCDIC code pages differ in where '!' and '[' are
        forms += [data[:4096].decode(n, errors="ignore").encode("ascii", errors="ignore") for n in names]
    for head in list(forms):
        m = _XML_ENCODING.match(head[:4096].lstrip(b"\xef\xbb\xbf\xfe\xff"))
        if m:
            names.append(m.group(1).decode("ascii"))
    for name in dict.fromkeys(names):
        try:
            decoded = data.decode(name, errors="ignore")
        except (LookupError, ValueError, TypeError):
            continue  # an unknown encoding: feedparser cannot decode it either
        forms.append(decoded.encode("utf-8", errors="ignore"))
    return forms


def _one_encoding(data: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """A feed in UTF-8 or windows-1252 that mixes the two (an item pasted in from elsewhere), re-encoded as UTF-8
    throughout, with the Content-Type and XML declaration saying so: each valid UTF-8 sequence is read as UTF-8 and
    each other byte as windows-1252, as for pages. Any other feed is returned as it is."""
    m = _XML_ENCODING.match(_strip_bom(data[:4096]))
    declared = codec_name(_charset(content_type) or (m.group(1).decode("ascii") if m else "utf-8"))
    if declared not in ("utf-8", "cp1252") or not UTF8_MULTIBYTE.search(data):
        return data, content_type
    try:
        data.decode("utf-8")
        return data, content_type  # valid UTF-8 throughout
    except UnicodeDecodeError:
        pass
    text = utf8_with_cp1252(data)
    text = re.sub(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*["'])[A-Za-z0-9._:-]+""", r"\1utf-8", text, count=1)
    media = (content_type or "application/xml").split(";", 1)[0].strip()
    return text.encode("utf-8"), f"{media}; charset=utf-8"


def _charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header ("application/rss+xml; charset=utf-7" -> "utf-7")."""
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]{1,40})", content_type or "", re.IGNORECASE)
    return m.group(1) if m else None


def _strip_bom(data: bytes) -> bytes:
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        data = data.removeprefix(bom)
    return data


_REFUSED_ENCODINGS = frozenset({"utf-7", "utf7", "unicode-1-1-utf-7", "csunicode11utf7"})


def check_xml_safety(data: bytes, charset: str | None = None) -> None:
    """Raise FeedError if `data` declares entities or has a DTD internal subset (in the bytes as they are, or as
    decoded by the declared charset), or comes in UTF-7, an encoding that hides markup; return quietly otherwise."""
    m = _XML_ENCODING.match(_strip_bom(data[:4096]))
    declared = {(charset or "").lower(), m.group(1).decode("ascii").lower() if m else ""}
    if declared & _REFUSED_ENCODINGS:
        raise FeedError("refused: the feed is in UTF-7, an encoding that can hide markup from the safety checks")
    for form in _scan_forms(data, charset):
        if _ENTITY.search(form):
            raise FeedError("refused: the XML declares entities (<!ENTITY>), a vector for XXE and entity expansion")
        for m in _DOCTYPE.finditer(form):
            rest = form[m.end() : m.end() + 4096]
            close, bracket = rest.find(b">"), rest.find(b"[")
            if bracket != -1 and (close == -1 or bracket < close):
                raise FeedError("refused: the XML has a DTD internal subset (<!DOCTYPE ... [ ... ]>)")
    try:
        defusedxml.ElementTree.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise FeedError(f"refused: unsafe XML ({type(exc).__name__}: {exc})") from None
    except (ParseError, ValueError, LookupError, UnicodeError):
        pass  # not well-formed: feedparser reads such feeds leniently, and the scan above already ran


def _iso_utc(struct: time.struct_time | None) -> str | None:
    if not struct:
        return None
    try:
        if not 1 <= struct.tm_year <= 9999:
            return None
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", struct)
    except (ValueError, TypeError, OverflowError):
        return None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _absolute(link: str | None, base_url: str | None) -> str | None:
    if not link:
        return None
    link = link.strip()
    if base_url:
        try:
            link = urljoin(base_url, link)
        except ValueError:
            return None
    try:
        parts = urlsplit(link)
    except ValueError:
        return None
    return link if parts.scheme in ("http", "https") and parts.netloc else None


def _item(entry: dict, base_url: str | None) -> FeedItem:
    guid = _text(entry.get("id"))
    link = _absolute(_text(entry.get("link")), base_url)
    if link is None and guid and entry.get("guidislink", True):
        link = _absolute(guid, base_url)  # RSS <guid isPermaLink="true"> is the item's URL
    content = entry.get("content") or []
    content_html = _text(content[0].get("value")) if content and isinstance(content[0], dict) else None
    title = _text(entry.get("title"))
    if title and "<" in title:  # an HTML title (Atom type="html"): keep the words
        title = _text(_TAGS.sub("", title))
    return FeedItem(
        link=link,
        title=title,
        published=_iso_utc(entry.get("published_parsed")) or _iso_utc(entry.get("updated_parsed")),
        author=_text(entry.get("author")),
        summary_html=_text(entry.get("summary")),
        content_html=content_html,
        guid=guid,
    )


def parse_feed(
    data: bytes, base_url: str | None = None, *, max_items: int = 1000, content_type: str | None = None
) -> FeedParseResult:
    """Parse an RSS or Atom feed. Relative links resolve against `base_url` (the feed's URL).

    At most `max_items` items are returned (in feed order); `truncated` and an error line report a cut.
    `content_type` is the HTTP Content-Type, whose charset helps decoding. Raises FeedError for hostile XML
    and for bytes that are not a feed at all; everything else is read as far as possible.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"parse_feed needs bytes, got {type(data).__name__}")
    if max_items < 0:
        raise ValueError("max_items must not be negative")
    data = bytes(data)
    if not _strip_bom(data.replace(b"\x00", b"").strip()).strip():
        raise FeedError("empty feed")
    check_xml_safety(data, _charset(content_type))
    data, content_type = _one_encoding(data, content_type)
    # Without a Content-Type feedparser reports a spurious "NonXMLContentType"; a file read from disk is XML.
    headers = {"content-type": content_type or "application/xml"}
    if base_url:
        headers["content-location"] = base_url
    try:
        # A stream, never bytes/str: see the module docstring.
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers, sanitize_html=True)
    except (RecursionError, MemoryError) as exc:
        raise FeedError(f"feed too deeply nested or too large to parse: {type(exc).__name__}") from None
    except Exception as exc:  # noqa: BLE001 - feedparser's lenient parsers raise odd types on garbage
        raise FeedError(f"unreadable feed: {type(exc).__name__}: {exc}") from None
    version = parsed.get("version") or None
    entries = parsed.get("entries") or []
    feed = parsed.get("feed") or {}
    errors: list[str] = []
    if parsed.get("bozo"):
        problem = parsed.get("bozo_exception")
        errors.append(f"{type(problem).__name__}: {problem}" if problem else "malformed feed")
    if not version and not entries:
        reason = errors[0] if errors else "no RSS or Atom elements found"
        raise FeedError(f"not an RSS or Atom feed ({reason})")
    kept = entries[:max_items]
    items = [_item(e, base_url) for e in kept]
    first_with: dict[str, int] = {}
    for n, item in enumerate(items):
        if item.link is None:
            errors.append(f"item {n + 1} ({item.title or item.guid or 'untitled'}) has no usable http(s) link")
        if item.guid and first_with.setdefault(item.guid, n) != n:  # reported: an item without a link is known by it
            errors.append(f"item {n + 1} repeats the id {item.guid!r} of item {first_with[item.guid] + 1}")
    truncated = len(entries) > max_items
    if truncated:
        errors.append(f"truncated: the feed has {len(entries)} items, kept the first {max_items}")
    return FeedParseResult(
        title=_text(feed.get("title")),
        link=_absolute(_text(feed.get("link")), base_url),
        format=version,
        items=tuple(items),
        errors=tuple(errors),
        total_items=len(entries),
        truncated=truncated,
    )
