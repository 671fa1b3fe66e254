"""A person's title after a body's head-first name: "Department of Energy Secretary Jane Roe", "Ministry of
Justice Director Ana Silva".

English names an official by the body's name used as a modifier, then the title, then the name ("Energy
Secretary Jane Roe"); the body's name ends before the title (and before a rank word opening it: "Under
Secretary"). A complement that opens with an article names a post itself ("Office of the Secretary", "Office of the
United States Trade Representative", "Office of the Director of National Intelligence"): its title is part of the
body's name, and nothing is cut there; nor is a title at the end of the run, with no name after it."""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word


def title_starts_person(w: list[Word], last: int, k: int, lex: Lexicon) -> bool:
    """The word at `k`, inside the complement after the head at `last`, opens a person's title followed by a name
    ("... of Energy Secretary Jane Roe"), and no article opened the complement."""
    if k <= last + 1 or not w[k - 1].is_name or any(x.low == "the" for x in w[last + 1 : k]):
        return False
    width = _title_width(w, k, lex)
    if width == 0 or k + width >= len(w):
        return False
    after = w[k + width]
    return after.is_name and not after.text[0].isdigit() and after.low not in lex.org_heads | lex.law_heads


def _title_width(w: list[Word], k: int, lex: Lexicon) -> int:
    """How many words from `k` make a person's or an official's title ("Secretary", "Inspector General"), 0 if none."""
    for width in (2, 1):
        words = " ".join(x.low for x in w[k : k + width])
        if k + width <= len(w) and (words in lex.person_titles or words in lex.body_staff_titles):
            return width
    return 0


def before_rank_words(w: list[Word], end: int, last: int, lex: Lexicon) -> int:
    """The name's last word before the rank words that open the title ("... Security Under Secretary")."""
    while end > last and w[end].low in lex.post_rank_words:
        end -= 1
    return end
