"""A Wikipedia article's hatnote points the reader to other pages that share the title ('"Vppa" redirects here.
For the surname, see Vppa (surname).'): the title in quotes before "redirects here" and a page name before its
bracketed kind ("(surname)", "(disambiguation)") are the names of pages, no mention of an entity in the text."""

from __future__ import annotations

import re

from pipelines.nlp.rules import Cand

#: a page's name the hatnote quotes before "redirects here", and one it links before a bracketed page kind
_REDIRECTED = re.compile(r"[\"“](?P<page>[^\"”\n]{1,80})[\"”][ \t]+redirects[ \t]+here\b")
_PAGE_KIND = re.compile(r"[ \t]+\((?:surname|given name|name|disambiguation)\)")


def hatnote_page_name(text: str, c: Cand) -> bool:
    """The candidate is a page's name in a hatnote: quoted before "redirects here", or before "(surname)"."""
    if _PAGE_KIND.match(text, c.end):
        return True
    line_start = text.rfind("\n", 0, c.start) + 1
    return any(
        m.start("page") <= c.start and c.end <= m.end("page")
        for m in _REDIRECTED.finditer(text, line_start, c.end + 40)
    )
