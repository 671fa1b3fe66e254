"""Build a corpus folder that mixes the good fixture corpus with hostile and broken files, for a real run."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from tests.support.runs import CORPUS

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"

#: Text of a file outside the corpus that hostile inputs try to pull into the graph (XXE).
SECRET = "PG-SECRET-0f5e2c-never-in-the-graph"

#: Fact sentence buried in the 2 MB page; it must reach the graph.
LARGE_PAGE_SENTENCE = "Chile's data protection agency requires local storage of health data."


def xxe_feed(secret_file: Path) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE rss [ <!ENTITY secret SYSTEM "{secret_file.as_uri()}"> <!ENTITY pw SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>Wire &secret;</title><link>https://evil.example.org/</link>
<description>&pw;</description>
<item><title>Leak &secret;</title><link>https://evil.example.org/a</link>
<description>&lt;p&gt;Officials met to discuss &secret; and &pw; at length on Monday.&lt;/p&gt;</description></item>
</channel></rss>
""".encode()


def xxe_tei(secret_file: Path) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE TEI [ <!ENTITY secret SYSTEM "{secret_file.as_uri()}"> ]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div type="document">
<p>O 091420Z JUN 78</p><p>FM AMEMBASSY BONN<lb/>TO SECSTATE WASHDC</p>
<p>SUBJECT: &secret;</p><p>1. THE EMBASSY REPORTS &secret; IN FULL.</p></div></body></text></TEI>
""".encode()


def xxe_page(secret_file: Path) -> bytes:
    body = "<p>Officials discussed data transfers &secret; at length in the capital on Monday.</p>" * 3
    return (
        f'<!DOCTYPE html [<!ENTITY secret SYSTEM "{secret_file.as_uri()}">]>'
        f"<html><head><title>Entity page</title></head><body><article>{body}</article></body></html>"
    ).encode()


def many_items_feed(n: int) -> bytes:
    items = "".join(
        f"<item><title>Bulletin {i}</title><link>https://bulk.example.org/bulletin/{i}</link>"
        f"<guid>https://bulk.example.org/bulletin/{i}</guid>"
        f"<description>&lt;p&gt;Bulletin {i} of the data desk: no news today.&lt;/p&gt;</description></item>"
        for i in range(n)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bulk</title>'
        f"<link>https://bulk.example.org/</link><description>Many items</description>{items}</channel></rss>"
    ).encode()


def large_page(size: int) -> bytes:
    """An article with one fact paragraph in a page padded with `size` bytes of comments and link lists."""
    chrome = "".join(f'<li><a href="/topic/{i}">Related topic number {i}</a></li>' for i in range(size // 60))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Chile and health data</title></head>'
        f"<body><nav><ul>{chrome}</ul></nav><article><h1>Chile and health data</h1>"
        f"<p>{LARGE_PAGE_SENTENCE} The rule was announced in Santiago on Tuesday.</p>"
        "<p>Hospitals have a year to move their records to servers located in the country.</p>"
        "</article></body></html>"
    ).encode()


def build_hostile_corpus(root: Path, many_items: int = 3000) -> Path:
    """The fixture corpus plus every bad input; returns the sources YAML. The secret file sits beside it."""
    shutil.copytree(CORPUS, root, dirs_exist_ok=True)
    secret = root.parent / "secret.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    for sub in ("articles", "cables", "feeds"):
        for path in (HOSTILE / sub).iterdir():
            shutil.copy(path, root / sub / path.name)
    articles, cables, feeds = root / "articles", root / "cables", root / "feeds"
    (articles / "junk.html").write_bytes(random.Random(9).randbytes(8192))
    (articles / "xxe-page.html").write_bytes(xxe_page(secret))
    (articles / "large-2mb.html").write_bytes(large_page(2_000_000))
    (articles / "huge-20mb.html").write_bytes(b"<html><body>" + b"<p>filler text of a huge page</p>" * 640_000)
    (cables / "xxe-tei.xml").write_bytes(xxe_tei(secret))
    (feeds / "xxe.rss").write_bytes(xxe_feed(secret))
    (feeds / "many-items.rss").write_bytes(many_items_feed(many_items))
    sources = root / "sources.yaml"
    sources.write_text(
        "feeds:\n  - feeds/news.rss\n  - feeds/xxe.rss\n  - feeds/billion-laughs.rss\n  - feeds/many-items.rss\n"
        "articles:\n  - articles\ncables:\n  - cables\n",
        encoding="utf-8",
    )
    return sources
