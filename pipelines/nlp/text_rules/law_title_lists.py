"""A head-first law title whose subject is a list: "Law on Freedom, Responsibility and Transparency on the Internet",
"Act on Promotion, Protection and Use of Data". English joins the subjects by commas and "and" inside the title, and
the title goes on with what they concern ("on the Internet", "of Data"); a comma there starts no new clause. Only
with that last part: "the Convention on Cybercrime, Canada, Japan and South Africa signed ..." lists the parties
after a name, and its list ends in a verb, not in a preposition and a capitalised noun."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a title-case word of the words before the head ("Brazilian", "Federal"); not an article nor a possessive
_LEAD = r"(?:(?!(?:The|A|An)[ \t])[A-Z][\w-]*[ \t]+){0,3}"
#: the list of single title-case subjects: "Freedom, Responsibility and Transparency"
_LIST = r"[A-Z][a-z]+(?:,[ \t]+[A-Z][a-z]+)+,?[ \t]+and[ \t]+[A-Z][a-z]+"
#: what the subjects concern: "on the Internet", "of Personal Data", "in the Public Sector"
_TAIL = r"[ \t]+(?:on|in|of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*"


@lru_cache(maxsize=4)
def _listed_title_rx(heads: frozenset[str]) -> re.Pattern[str]:
    """The pattern of a listed title over the law heads `heads` (capitalised)."""
    alternation = "|".join(sorted((h.capitalize() for h in heads), key=len, reverse=True))
    return re.compile(r"\b" + _LEAD + r"(?:" + alternation + r")[ \t]+(?:on|of|for)[ \t]+" + _LIST + _TAIL)


def find_listed_titles(text: str, lex: Lexicon) -> list[Cand]:
    """Head-first law titles whose subject is a list (see the module), with the title-case words before the head
    ("Brazilian Law on ..."), not an article."""
    heads = frozenset(h for h in lex.titled_law_heads | {"law", "act", "code", "charter"} if " " not in h)
    return [Cand.of(m.start(), m.end(), "Law", "law-head-first") for m in _listed_title_rx(heads).finditer(text)]
