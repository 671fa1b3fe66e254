"""Feeds: real and fixture RSS/Atom parse; hostile XML is refused before any parser sees it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.sources.feeds import FeedError, check_xml_safety, parse_feed
from tests.support.httpserver import Static

WEB = Path(__file__).resolve().parents[1] / "fixtures" / "web"
FEEDS = WEB / "feeds"
HOSTILE = WEB / "hostile"


def read(path: Path) -> bytes:
    return path.read_bytes()


# -- real feeds ----------------------------------------------------------------------------------------------
def test_real_guardian_rss_parses(shared_dir):
    data = (shared_dir / "eval" / "feeds" / "rss-parser_guardian_first3items.rss").read_bytes()
    feed = parse_feed(data, "https://www.theguardian.com/us/rss")
    assert feed.format == "rss20" and feed.title == "The Guardian" and feed.errors == ()
    assert len(feed.items) == 3
    first = feed.items[0]
    assert first.link.startswith("https://www.theguardian.com/us-news/2018/jan/31/")
    assert first.published == "2018-01-31T07:26:05Z"
    assert first.author == "David Smith in Washington"
    assert first.summary_html.startswith("<p>")


def test_real_heise_atom_parses_with_offsets_normalised_to_utc(shared_dir):
    data = (shared_dir / "eval" / "feeds" / "rss-parser_heise_first4entries.atom").read_bytes()
    feed = parse_feed(data, "http://www.heise.de/developer/rss/news-atom.xml")
    assert feed.format == "atom10" and len(feed.items) == 4
    first = feed.items[0]
    assert first.published == "2016-02-01T16:22:00Z"  # 17:22 at +01:00
    assert first.guid == "http://heise.de/-3088438"
    assert "WildFly" in first.content_html
    assert all(item.link.startswith("http://www.heise.de/developer/") for item in feed.items)
    assert feed.items[3].link.endswith("-3086830.html?wt_mc=rss.developer.beitrag.atom")


# -- fixture feeds -------------------------------------------------------------------------------------------
def test_rss20_relative_links_resolve_against_the_feed_url():
    feed = parse_feed(read(FEEDS / "policy-rss20.xml"), "https://wire.example.org/feeds/main.xml")
    assert [i.link for i in feed.items] == [
        "https://wire.example.org/articles/localisation.html?utm_source=rss&utm_medium=feed",
        "https://wire.example.org/articles/transfers.html",
        "https://wire.example.org/articles/health-data.html",
    ]
    assert feed.items[0].guid == "wire-2024-0001"
    assert feed.items[1].published == "2024-05-02T14:30:00Z"  # +0200 converted
    assert "<script" not in feed.items[1].content_html  # sanitised


def test_atom_xml_base_html_title_and_missing_author():
    feed = parse_feed(read(FEEDS / "policy-atom.xml"))
    first, second = feed.items
    assert first.link == "https://news.example.org/de/cloud-vertraege.html?wt_mc=rss.atom"
    assert first.title == "Datenschutz: Behörde prüft Cloud-Verträge"
    assert second.author == "Ana Lee" and second.published == "2024-05-02T12:12:11Z"


def test_rss10_rdf_feed_parses():
    feed = parse_feed(read(FEEDS / "policy-rss10.rdf"))
    assert feed.format == "rss10"
    assert feed.items[0].link == "https://rdf.example.org/a1.html" and feed.items[0].author == "R. Moe"
    assert feed.items[0].published == "2024-04-30T09:00:00Z"


def test_windows_1252_feed_with_undeclared_entity_is_read_leniently():
    feed = parse_feed(read(FEEDS / "policy-cp1252.xml"))
    assert feed.items[0].title == "Minister “welcomes” the data accord – for now"
    assert "Café" in feed.items[0].summary_html
    assert any("undefined entity" in e for e in feed.errors)


def test_netscape_rss091_doctype_is_accepted_and_its_dtd_never_fetched(http_server):
    dtd_url = http_server.route("/rss-0.91.dtd", Static(b"<!ENTITY leak 'x'>", "application/xml-dtd"))
    data = read(FEEDS / "policy-rss091.xml").replace(b"DTD_URL", dtd_url.encode())
    feed = parse_feed(data)
    assert feed.items[0].title == "Parliament debates the data retention bill"
    assert "Café owners" in feed.items[0].summary_html
    assert http_server.hits["/rss-0.91.dtd"] == 0


def test_thousands_of_items_are_capped_and_the_cut_reported():
    items = "".join(
        f"<item><title>Item {i}</title><link>/a/{i}</link><pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate></item>"
        for i in range(5000)
    )
    data = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>{items}</channel></rss>'.encode()
    started = time.monotonic()
    feed = parse_feed(data, "https://big.example/feed", max_items=200)
    assert time.monotonic() - started < 10
    assert len(feed.items) == 200 and feed.total_items == 5000 and feed.truncated
    assert feed.items[-1].link == "https://big.example/a/199"
    assert any("truncated" in e for e in feed.errors)


def test_items_without_a_usable_link_are_reported():
    data = (
        b'<rss version="2.0"><channel><title>t</title><item><title>No link</title></item>'
        b"<item><title>Script</title><link>javascript:alert(1)</link></item></channel></rss>"
    )
    feed = parse_feed(data, "https://example.org/feed")
    assert [i.link for i in feed.items] == [None, None]
    assert len([e for e in feed.errors if "no usable http(s) link" in e]) == 2


def test_a_feed_in_utf7_is_refused_even_when_only_the_http_header_says_so():
    """In UTF-7, "<!ENTITY" can be written without a single "<" byte; feedparser decodes by the header's charset."""
    hidden = "<!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>".encode("utf-7")
    data = b'<?xml version="1.0"?>' + hidden + b'<rss version="2.0"><channel><title>t</title></channel></rss>'
    with pytest.raises(FeedError, match="UTF-7"):
        parse_feed(data, "https://example.org/feed", content_type="application/rss+xml; charset=UTF-7")
    with pytest.raises(FeedError, match="UTF-7"):
        parse_feed(b'<?xml version="1.0" encoding="utf-7"?><rss version="2.0"></rss>', "https://example.org/f")


def test_a_second_item_with_the_same_id_is_reported():
    data = (
        b'<rss version="2.0"><channel><title>t</title>'
        b"<item><title>A</title><guid>urn:x:1</guid><description>first</description></item>"
        b"<item><title>B</title><guid>urn:x:1</guid><description>second</description></item></channel></rss>"
    )
    feed = parse_feed(data, "https://example.org/feed")
    assert [e for e in feed.errors if "repeats the id" in e] == ["item 2 repeats the id 'urn:x:1' of item 1"]


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n", b"\xef\xbb\xbf", b"hello world", b"<html><body><p>a page</p></body></html>", b"\x00\xff" * 40],
)
def test_junk_is_not_a_feed(data):
    with pytest.raises(FeedError):
        parse_feed(data)


# -- hostile XML ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["xxe-file.xml", "xxe-utf16.xml", "billion-laughs.xml", "xxe-parameter.xml"])
def test_hostile_feeds_are_refused(name):
    with pytest.raises(FeedError) as err:
        parse_feed(read(HOSTILE / name))
    assert "refused" in err.value.reason


@pytest.mark.parametrize("encoding", ["utf-7", "utf-16-le", "utf-32", "cp037", "cp500", "cp273", "iso-2022-jp"])
def test_entity_declarations_cannot_hide_in_another_encoding(encoding):
    body = (
        '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&x;'
        "</title></channel></rss>"
    )
    with pytest.raises(FeedError):
        parse_feed((f'<?xml version="1.0" encoding="{encoding}"?>' + body).encode(encoding))


def test_quadratic_blowup_is_refused_quickly():
    big = "A" * 50_000
    data = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "{big}">]><rss version="2.0"><channel>'
        f"<title>q</title><description>{'&a;' * 50_000}</description></channel></rss>"
    ).encode()
    started = time.monotonic()
    with pytest.raises(FeedError):
        parse_feed(data)
    assert time.monotonic() - started < 2


def test_xxe_never_leaks_local_files_or_touches_the_network(http_server):
    remote = http_server.route("/evil.dtd", Static(b'<!ENTITY leak SYSTEM "file:///etc/passwd">', "text/plain"))
    attempts = [
        read(HOSTILE / "xxe-file.xml"),
        read(HOSTILE / "xxe-parameter.xml").replace(b"REMOTE_URL", remote.encode()),
        # an external DTD whose declarations would define the entity used in the body
        f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{remote}"><rss version="2.0"><channel><title>&leak;'
        f"</title><item><title>&leak;</title><link>https://e.example/a</link></item></channel></rss>".encode(),
    ]
    for data in attempts:
        try:
            feed = parse_feed(data)
        except FeedError:
            continue
        assert "root:" not in repr(feed)
    assert http_server.hits["/evil.dtd"] == 0


@pytest.mark.parametrize("data", [b"/etc/passwd", b"file:///etc/passwd", b"/etc/hostname"])
def test_feed_bytes_that_look_like_a_path_or_url_are_not_opened(data):
    # feedparser.parse(b"/etc/passwd") would read that file; parse_feed hands it a stream instead.
    with pytest.raises(FeedError) as err:
        parse_feed(data)
    assert "root:" not in str(err.value)


def test_safety_check_accepts_ordinary_feeds():
    for path in FEEDS.iterdir():
        check_xml_safety(read(path))


# -- fuzzing -------------------------------------------------------------------------------------------------
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TEMPLATE = read(FEEDS / "policy-rss20.xml")


def _check_parse(data: bytes) -> None:
    try:
        feed = parse_feed(data, "https://fuzz.example/feed", max_items=50)
    except FeedError as err:
        assert err.reason
        return
    assert len(feed.items) <= 50
    for item in feed.items:
        assert item.link is None or item.link.startswith(("http://", "https://"))
        if item.published:
            time.strptime(item.published, "%Y-%m-%dT%H:%M:%SZ")  # a valid date-time
    assert "root:" not in repr(feed)


@FUZZ
@given(st.binary(max_size=3000))
def test_fuzz_random_bytes(data):
    _check_parse(data)


@FUZZ
@given(st.integers(0, len(TEMPLATE)), st.integers(0, 200), st.binary(max_size=200))
def test_fuzz_mutated_feed(pos, cut, insert):
    _check_parse(TEMPLATE[:pos] + insert + TEMPLATE[pos + cut :])


@FUZZ
@given(
    st.lists(
        st.sampled_from(
            [
                "<rss version='2.0'>",
                "<channel>",
                "<item>",
                "</item>",
                "<title>",
                "</title>",
                "<link>",
                "</link>",
                "<pubDate>",
                "</pubDate>",
                "Mon, 99 Foo 2024 25:61:00 GMT",
                "2024-02-30T10:00:00Z",
                "&amp;",
                "&nbsp;",
                "&#0;",
                "&#x110000;",
                "<![CDATA[",
                "]]>",
                "<!DOCTYPE x>",
                "<?xml version='1.0'?>",
                "<feed xmlns='http://www.w3.org/2005/Atom'>",
                "<entry>",
                "<link href='/x'/>",
                "javascript:x",
                "//evil.example/",
                "é",
                "\u2028",
                "<",
                ">",
                "\x00",
            ]
        ),
        max_size=40,
    ),
    st.sampled_from(["utf-8", "utf-16", "latin-1"]),
)
def test_fuzz_feed_like_tokens(tokens, encoding):
    _check_parse("".join(tokens).encode(encoding, errors="replace"))


@pytest.mark.parametrize("declared", ["utf-8", "windows-1252"])
def test_a_feed_mixing_utf8_and_windows_1252_items_reads_each_item_right(declared):
    """An item pasted in from a system in the other encoding came out garbled (mojibake) with the whole feed."""
    utf8_item = "<item><title>Décret n° 53</title><link>https://a.example/1</link></item>".encode()
    cp1252_item = "<item><title>São Paulo’s rule</title><link>https://a.example/2</link></item>".encode("cp1252")
    data = (
        f'<?xml version="1.0" encoding="{declared}"?><rss version="2.0"><channel><title>t</title>'.encode()
        + utf8_item
        + cp1252_item
        + b"</channel></rss>"
    )
    for content_type in (None, f"application/rss+xml; charset={declared}"):
        parsed = parse_feed(data, "https://a.example/feed.xml", content_type=content_type)
        assert [item.title for item in parsed.items] == ["Décret n° 53", "São Paulo’s rule"]
