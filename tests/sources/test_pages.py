"""Pages and text articles: main text and metadata out, junk refused with a reason; canonical URLs."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.sources.pages import PageError, canonical_url, decode_html, extract_page, read_text_article

WEB = Path(__file__).resolve().parents[1] / "fixtures" / "web"
PAGE = (WEB / "pages" / "localisation.html").read_bytes()
ACCORD = (WEB / "pages" / "accord-cp1252.html").read_bytes()


# -- pages ---------------------------------------------------------------------------------------------------
def test_article_page_gives_text_and_metadata():
    page = extract_page(PAGE, "https://wire.example.org/articles/localisation.html?utm_source=rss")
    assert page.title == "Ministry orders citizens’ data kept on domestic servers"
    assert "keep a copy on servers located inside the country" in page.text
    assert "barrier to digital trade" in page.text
    # navigation, sidebar and footer are not article text
    assert "Most read" not in page.text and "Something else entirely" not in page.text
    assert page.author == "Jane Roe"
    assert page.published == "2024-05-03"
    assert page.language == "en"
    assert page.canonical_url == "https://wire.example.org/articles/localisation.html"
    assert page.encoding == "utf-8"


@pytest.mark.parametrize(
    ("data", "declared", "encoding"),
    [
        (ACCORD, "utf-8", "cp1252"),  # windows-1252 bytes labelled UTF-8
        (ACCORD, None, "cp1252"),  # no label at all
        (ACCORD.decode("cp1252").encode("utf-8"), "iso-8859-1", "utf-8"),  # UTF-8 bytes labelled Latin-1
        (ACCORD.decode("cp1252").encode("utf-16"), None, "utf-16"),  # UTF-16 with a BOM
    ],
)
def test_wrong_or_missing_charset_is_decoded_correctly(data, declared, encoding):
    page = extract_page(data, "https://wire.example.org/accord", declared)
    assert "échangent des données fiscales" in page.text and "« C’est une étape »" in page.text
    assert page.encoding == encoding and page.language == "fr"


def test_utf8_page_with_pasted_windows_1252_bytes_reads_both_parts():
    html = (
        "<html><body><article><p>Die Behörde prüft die Übermittlung personenbezogener Daten.</p>".encode()
        + "<p>Le ministre : « c’est réglé ».</p>".encode("cp1252")
        + "<p>Noch einmal: Grüße aus Köln und Zürich, schön.</p></article></body></html>".encode()
    )
    text, encoding = decode_html(html, "utf-8")
    assert encoding == "utf-8+cp1252"
    assert "Behörde prüft die Übermittlung" in text and "« c’est réglé »" in text
    assert "Grüße aus Köln und Zürich" in text


def test_meta_charset_is_used_when_the_bytes_are_not_utf8():
    html = ACCORD.decode("cp1252").replace("<head>", '<head><meta charset="windows-1252">').encode("cp1252")
    assert decode_html(html, None)[1] == "cp1252"
    assert "Berlin s’entendent" in extract_page(html, "https://x.example/").title


def test_title_and_canonical_fallbacks():
    html = (
        b"<html><head><title> Fallback   title </title>"
        b'<link rel="canonical" href="https://EVIL.example/other-article"></head><body><div>'
        + b"<p>The regulator fined the company for moving customer records abroad without consent.</p>" * 3
        + b"</div></body></html>"
    )
    page = extract_page(html, "https://News.Example.org/a#comments")
    assert page.title == "Fallback title"
    # a canonical URL on another site is ignored (it could hijack another document's identity)
    assert page.canonical_url == "https://news.example.org/a"
    assert any("another site" in w for w in page.warnings)


def test_local_file_takes_the_canonical_url_it_declares():
    page = extract_page(PAGE.replace(b"/articles/", b"https://wire.example.org/articles/"), "file:///data/a.html")
    assert page.canonical_url == "https://wire.example.org/articles/localisation.html"
    assert extract_page(PAGE, "file:///data/a.html").canonical_url is None  # relative: nothing to resolve


def test_relative_canonical_on_the_same_site_is_used():
    html = PAGE.replace(b"/articles/localisation.html?utm_campaign=spring", b"/canonical/path?id=7&fbclid=x")
    page = extract_page(html, "https://www.wire.example.org/some/alias")
    assert page.canonical_url == "https://www.wire.example.org/canonical/path?id=7"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"\x1f\x8b\x08\x00gzipped", "gzip"),
        (bytes(range(256)) * 20, "binary"),
        (b"plain words with no markup at all", "no HTML"),
        (b"<html><head><title>Empty</title></head><body></body></html>", "no main text"),
        (b"<html><body><script>var a = 1;</script></body></html>", "no main text"),
    ],
)
def test_junk_pages_raise_page_error_with_a_reason(data, reason):
    with pytest.raises(PageError) as err:
        extract_page(data, "https://junk.example/")
    assert reason in err.value.reason


def test_truncated_page_gives_what_could_be_read():
    page = extract_page(PAGE[: len(PAGE) * 2 // 3], "https://wire.example.org/articles/localisation.html")
    assert "keep a copy on servers located inside the country" in page.text


def test_oversized_page_is_refused_quickly():
    big = b"<html><body>" + b"<p>filler text of a huge page</p>" * 700_000 + b"</body></html>"
    assert len(big) > 20_000_000
    with pytest.raises(PageError) as err:
        extract_page(big, "https://big.example/")
    assert "too large" in err.value.reason


def test_entities_in_an_html_doctype_are_not_expanded():
    html = (
        b'<!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]><html><body><article>'
        + b"<p>Officials discussed data transfers &secret; at length in the capital on Monday.</p>" * 3
        + b"</article></body></html>"
    )
    try:
        page = extract_page(html, "https://evil.example/")
    except PageError:
        return
    assert "root:" not in page.text


# -- text articles -------------------------------------------------------------------------------------------
def test_text_article_format():
    art = read_text_article((WEB / "articles" / "transfer-rules.txt").read_bytes())
    assert art.title == "Agency publishes rules for transfers of personal data"
    assert art.published == "2024-04-12"
    assert art.text.startswith("The national data protection agency")
    assert art.text.endswith("audit large cloud providers first.")


def test_text_article_with_crlf_and_a_date_time():
    art = read_text_article((WEB / "articles" / "crlf-datetime.txt").read_bytes())
    assert art.published == "2024-03-01T09:30:00Z" and "\r" not in art.text


def test_text_article_without_a_date_keeps_the_body():
    art = read_text_article((WEB / "articles" / "no-date-bom.txt").read_bytes())
    assert art.title == "No date on this one" and art.published is None
    assert art.text.startswith("The body starts right away") and art.warnings


@pytest.mark.parametrize("data", [b"", b"\n\n", b"Only a title\n2024-01-01\n\n", b"\x00\x01\x02" * 100])
def test_text_article_junk_raises(data):
    with pytest.raises(PageError):
        read_text_article(data)


# -- canonical URLs ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://News.Example.ORG/a/B?x=1#frag", "https://news.example.org/a/B?x=1"),
        ("http://example.org", "http://example.org/"),
        ("http://example.org:80/a", "http://example.org/a"),
        ("https://example.org:443/a", "https://example.org/a"),
        ("https://example.org:8443/a", "https://example.org:8443/a"),
        ("https://e.org/a?utm_source=rss&b=2&UTM_Medium=x&a=1&fbclid=Z&gclid=1", "https://e.org/a?b=2&a=1"),
        ("http://www.heise.de/x.html?wt_mc=rss.developer.beitrag.atom", "http://www.heise.de/x.html"),
        ("https://e.org/a?q=%20space&empty=", "https://e.org/a?q=%20space&empty="),
        ("https://[2001:DB8::1]:8080/x", "https://[2001:db8::1]:8080/x"),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected
    assert canonical_url(expected) == expected


@pytest.mark.parametrize("url", ["/relative/path", "mailto:someone@example.org", "", "http://host:notaport/"])
def test_canonical_url_rejects_what_is_not_an_absolute_url(url):
    with pytest.raises(ValueError):
        canonical_url(url)


# -- fuzzing -------------------------------------------------------------------------------------------------
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _valid_iso(value: str | None) -> None:
    if value is None:
        return
    if len(value) == 10:
        date.fromisoformat(value)
    else:
        datetime.fromisoformat(value.replace("Z", "+00:00"))


def _check_page(data: bytes, declared: str | None = None) -> None:
    try:
        page = extract_page(data, "https://fuzz.example/a", declared)
    except PageError as err:
        assert err.reason
        return
    assert page.text.strip()
    _valid_iso(page.published)
    assert page.canonical_url is None or page.canonical_url.startswith("https://fuzz.example/")


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from([None, "utf-8", "iso-8859-1", "shift_jis", "bogus-charset"]))
def test_fuzz_extract_page_random_bytes(data, declared):
    _check_page(data, declared)


@FUZZ
@given(st.integers(0, len(PAGE)), st.integers(0, 300), st.binary(max_size=300))
def test_fuzz_extract_page_mutated(pos, cut, insert):
    _check_page(PAGE[:pos] + insert + PAGE[pos + cut :])


@FUZZ
@given(st.text(max_size=2000), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_fuzz_extract_page_text_markup(text, encoding):
    _check_page(f"<html><body><p>{text}</p></body></html>".encode(encoding, errors="replace"))


@FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_read_text_article_bytes(data):
    try:
        art = read_text_article(data)
    except PageError as err:
        assert err.reason
        return
    assert art.title is not None and art.text.strip()
    _valid_iso(art.published)


@FUZZ
@given(st.text(max_size=80), st.text(max_size=40), st.text(max_size=500))
def test_fuzz_read_text_article_structured(title, second, body):
    try:
        art = read_text_article(f"{title}\n{second}\n\n{body}".encode())
    except PageError:
        return
    _valid_iso(art.published)
    assert "\r" not in art.text


@FUZZ
@given(st.from_regex(r"https?://[A-Za-z0-9.-]{1,20}(:[0-9]{1,5})?(/[^\s#?]{0,20})?(\?[^\s#]{0,30})?(#\S{0,5})?"))
def test_fuzz_canonical_url_is_idempotent(url):
    try:
        once = canonical_url(url)
    except ValueError:
        return
    assert canonical_url(once) == once
    assert "#" not in once
    query = once.split("?", 1)[1] if "?" in once else ""
    assert not [p for p in query.split("&") if p.lower().startswith(("utm_", "fbclid=", "gclid="))]
