"""Web pages and plain-text articles -> clean text plus metadata; canonical URLs for dedupe.

- `extract_page(data, url, declared_charset)`: the main text and metadata of an HTML page, with
  trafilatura (offline: it is given text, never a URL to fetch). The bytes are decoded here, because servers
  often declare the wrong charset: a BOM wins, then valid UTF-8, then the declared charset, then the page's
  own <meta charset>, then detection. Title, canonical URL and language fall back to <title>,
  <link rel=canonical> and <html lang>. Junk (binary, empty, no readable text) raises `PageError`.
- `read_text_article(data)`: our plain-text article format (first line title, second line ISO date, blank
  line, body).
- `canonical_url(url)`: the dedupe key of a URL (lower-case scheme and host, no default port, no fragment, no
  tracking parameters; path and remaining query kept in their order).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

import charset_normalizer
import lxml.etree
import lxml.html
import trafilatura
from trafilatura.settings import Document

#: Query parameters that only track the reader; dropped by `canonical_url`. Exact names and name prefixes.
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid", "wt_mc"})
TRACKING_PREFIXES = ("utm_",)

#: Larger pages are refused (PageError -> quarantine, bytes kept) rather than parsed: trafilatura needs about
#: 2 s per MB of article text on this machine, and real article pages are far below this.
MAX_PAGE_BYTES = 10_000_000

_BINARY_MAGIC = {
    b"%PDF": "PDF",
    b"\x89PNG": "PNG image",
    b"GIF8": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"PK\x03\x04": "ZIP archive (or Office document)",
    b"\x1f\x8b": "gzip data",
    b"\x7fELF": "executable",
    b"RIFF": "RIFF media",
    b"\xd0\xcf\x11\xe0": "Office document",
}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)


class PageError(ValueError):
    """The bytes give no article; `reason` says why in one line (it goes into the quarantine)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PageText:
    """What a page or text article says. `published` is an ISO 8601 date or date-time; `language` a
    lower-case ISO 639 code ("en"); `encoding` the charset the bytes were decoded with; `warnings` what was
    odd but could be read."""

    title: str | None
    text: str
    author: str | None = None
    published: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()


# -- URLs ----------------------------------------------------------------------------------------------------
def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """The dedupe key of `url`: lower-case scheme and host, default port and fragment dropped, tracking
    parameters (utm_*, fbclid, gclid, ...) removed, an empty path written "/". Path and the order of the other
    query parameters are kept byte for byte. Idempotent. Raises ValueError without scheme and host."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if not scheme or not host:
        raise ValueError(f"not an absolute URL: {url!r}")
    port = parts.port  # raises ValueError for a bad port
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        netloc = f"{netloc}:{port}"
    query = "&".join(p for p in parts.query.split("&") if p and not _is_tracking(p.split("=", 1)[0]))
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, query, ""))


def _same_site(a: str, b: str) -> bool:
    def host(u: str) -> str:
        return (urlsplit(u).hostname or "").lower().removeprefix("www.")

    return host(a) == host(b) != ""


# -- decoding ------------------------------------------------------------------------------------------------
def codec_name(name: str | None) -> str | None:
    if not name:
        return None
    try:
        found = codecs.lookup(name.strip()).name
    except (LookupError, ValueError):
        return None
    return "cp1252" if found in ("latin-1", "iso8859-1", "ascii") else found


UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


_ESCAPED = re.compile("[\udc80-\udcff]+")


def utf8_with_cp1252(data: bytes) -> str:
    """UTF-8, with each byte that is not part of a valid UTF-8 sequence read as windows-1252."""
    text = data.decode("utf-8", errors="surrogateescape")  # each invalid byte becomes U+DC80..U+DCFF

    def as_cp1252(m: re.Match[str]) -> str:
        return bytes(ord(c) - 0xDC00 for c in m.group()).decode("cp1252", errors="replace")

    return _ESCAPED.sub(as_cp1252, text)


def _decode_mixed(data: bytes) -> str | None:
    """UTF-8 with a few windows-1252 bytes pasted in (a common CMS accident): each part decoded as itself.

    Used only when valid UTF-8 multi-byte characters outnumber the bytes that are not UTF-8; a page really in
    a single-byte charset has an invalid byte at nearly every accented letter and falls through.
    """
    bad = sum(len(m.group()) for m in _ESCAPED.finditer(data.decode("utf-8", errors="surrogateescape")))
    good = len(UTF8_MULTIBYTE.findall(data))
    if good < 3 or good <= bad:
        return None
    return utf8_with_cp1252(data)


def decode_html(data: bytes, declared_charset: str | None = None) -> tuple[str, str]:
    """Decode page bytes; return (text, codec name). Order: BOM, valid UTF-8, declared, <meta>, detection.

    UTF-8 with a few windows-1252 bytes mixed in is decoded part by part (see `_decode_mixed`).
    Valid UTF-8 outranks the declaration because a page that decodes as UTF-8 and has non-ASCII bytes is
    almost never in another charset, while "ISO-8859-1" declared for UTF-8 bytes is a common server mistake.
    ISO-8859-1 and ASCII declarations are read as windows-1252, as browsers do (WHATWG Encoding Standard).
    """
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(name, errors="replace").lstrip("\ufeff"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed, "utf-8+cp1252"
    meta = _META_CHARSET.search(data[:8192])
    declared = {codec_name(declared_charset), codec_name(meta.group(1).decode("ascii")) if meta else None}
    if "utf-8" in declared:
        # Labelled UTF-8 but not valid UTF-8: keep the UTF-8 parts and read each stray byte as windows-1252 (a
        # page with no UTF-8 sequence at all is then simply windows-1252), rather than guessing a code page.
        return utf8_with_cp1252(data), "utf-8+cp1252" if UTF8_MULTIBYTE.search(data) else "cp1252"
    for codec in (codec_name(declared_charset), codec_name(meta.group(1).decode("ascii")) if meta else None):
        if codec and codec not in ("utf-8", "utf-16", "utf-32"):  # UTF-8 already failed; UTF-16 needs a BOM
            try:
                return data.decode(codec), codec
            except (UnicodeDecodeError, LookupError):
                continue
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    guess = codec_name(best.encoding) if best else None
    if best and "cp1252" in best.could_be_from_charset:
        guess = "cp1252"  # the same decoding as the guess, and by far the most common of the equivalent set
    if guess:
        return data.decode(guess, errors="replace"), guess
    return data.decode("cp1252", errors="replace"), "cp1252"


def _refuse_binary(data: bytes) -> None:
    if not data.strip():
        raise PageError("empty page")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise PageError(f"binary content ({what}), not a web page")
    sample = data[:65536]
    if sample.count(b"\x00") > len(sample) // 100 and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise PageError("binary content (NUL bytes), not a web page")


def _mostly_control(text: str) -> bool:
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 50)


# -- HTML metadata fallbacks ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class _HeadFacts:
    title: str | None = None
    canonical: str | None = None
    language: str | None = None


def _language_code(value: str | None) -> str | None:
    if not value:
        return None
    code = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _head_facts(html: str) -> _HeadFacts:
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True)
    try:
        root = lxml.html.document_fromstring(_XML_DECL.sub("", html, count=1), parser=parser)
    except (lxml.etree.LxmlError, ValueError):
        return _HeadFacts()
    title = root.findtext(".//title")
    canonical = None
    for link in root.iterfind(".//link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            canonical = link.get("href").strip()
            break
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        for meta in root.iterfind(".//meta"):
            if (meta.get("http-equiv") or "").lower() == "content-language" or meta.get("property") == "og:locale":
                lang = meta.get("content")
                break
    return _HeadFacts(
        title=" ".join(title.split()) or None if title else None,
        canonical=canonical,
        language=_language_code(lang),
    )


def _choose_canonical(declared: str | None, url: str, warnings: list[str]) -> str | None:
    try:
        page = canonical_url(url)
    except ValueError:
        page = None
    if declared:
        try:
            candidate = canonical_url(urljoin(url, declared))
        except ValueError:
            candidate = None
        if candidate and not candidate.startswith(("http://", "https://")):
            candidate = None
        # A fetched page may only name a canonical URL on its own site: a hostile page claiming another site's
        # article would otherwise overwrite that document in the registry. A local file (no site) may name any.
        if candidate and (page is None or _same_site(candidate, page)):
            return candidate
        if candidate:
            warnings.append(f"ignored canonical URL on another site: {candidate}")
    return page


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat().replace("+00:00", "Z")
    except ValueError:
        return None


# -- pages ---------------------------------------------------------------------------------------------------
def extract_page(
    data: bytes, url: str, declared_charset: str | None = None, *, max_bytes: int = MAX_PAGE_BYTES
) -> PageText:
    """The main text and metadata of the HTML page `data` fetched from `url`. Raises PageError for junk."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"extract_page needs bytes, got {type(data).__name__}")
    data = bytes(data)
    if len(data) > max_bytes:
        raise PageError(f"page too large: {len(data)} bytes, the limit is {max_bytes}")
    _refuse_binary(data)
    html, encoding = decode_html(data, declared_charset)
    if _mostly_control(html):
        raise PageError("binary content (control characters), not a web page")
    if "<" not in html:
        raise PageError("no HTML markup: not a web page")
    warnings: list[str] = []
    head = _head_facts(html)
    # lxml refuses str input that carries an XML encoding declaration; we already decoded.
    markup = _XML_DECL.sub("", html, count=1)
    doc: Document | None = None
    for recall in (False, True):  # precision first; a sparse page gets a second, more generous pass
        try:
            found = trafilatura.bare_extraction(
                markup, url=url, with_metadata=True, include_comments=False, favor_recall=recall
            )
        except (ValueError, TypeError, lxml.etree.LxmlError, RecursionError) as exc:
            raise PageError(f"unparseable HTML: {type(exc).__name__}: {exc}") from None
        assert not isinstance(found, dict)  # bare_extraction returns a dict only when asked to (as_dict=True)
        doc = found
        if doc is not None and (doc.text or "").strip():
            break
    text = (doc.text or "").strip() if doc is not None else ""
    if doc is None or not text:
        raise PageError("no main text found in the page")
    title = (doc.title or "").strip() or head.title
    if not (doc.title or "").strip() and head.title:
        warnings.append("title taken from <title>")
    return PageText(
        title=title or None,
        text=text,
        author=(doc.author or "").strip() or None,
        published=_iso_date(doc.date),
        language=_language_code(doc.language) or head.language,
        canonical_url=_choose_canonical(head.canonical or doc.url, url, warnings),
        encoding=encoding,
        warnings=tuple(warnings),
    )


# -- plain-text articles -------------------------------------------------------------------------------------
def read_text_article(data: bytes) -> PageText:
    """Read our plain-text article format: line 1 the title, line 2 an ISO date, a blank line, then the body.

    A second line that is not an ISO date is read as the start of the body (with a warning). Raises PageError
    for binary or empty input and for a file with a title but no body.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"read_text_article needs bytes, got {type(data).__name__}")
    data = bytes(data)
    _refuse_binary(data)
    text, encoding = decode_html(data)
    if _mostly_control(text):
        raise PageError("binary content (control characters), not a text article")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise PageError("empty text article")
    title = " ".join(lines[0].split())
    warnings: list[str] = []
    rest = lines[1:]
    published = _iso_date(rest[0]) if rest else None
    if published:
        rest = rest[1:]
    elif rest and rest[0].strip():
        warnings.append("second line is not an ISO date; read as body")
    body = "\n".join(rest).strip()
    if not body:
        raise PageError("text article has a title but no body")
    return PageText(title=title, text=body, published=published, encoding=encoding, warnings=tuple(warnings))
