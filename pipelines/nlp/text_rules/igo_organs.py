"""Organs of intergovernmental organisations named with their organisation's name.

- An organ named with its organisation's name before it is one name and intergovernmental: "the APEC Electronic
  Commerce Steering Group", "the WTO Committee on Trade and Environment", "the OECD Working Party on Data
  Governance" (`find_prefixed_organs`, `prefixed_organ`).
- An organ, "of" and its organisation's whole name are one name ("the General Assembly of the United Nations",
  `find_organs_of`); a committee named after the article that sets it up is intergovernmental ("the Article 29
  Working Party", `find_article_bodies`); a union's institution ends on its former name ("COMMISSION OF THE
  EUROPEAN COMMUNITIES", `of_union_name`).

The EU institutions in the formulas of EU documents are in `union_formulas.py`; an organisation's organs named by
their remit alone, in `remit_organs.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.rules.org_words import union_scrutiny_committee
from pipelines.nlp.rules.runs import MONTHS, WEEKDAYS

TypeOf = Callable[[str], str | None]

#: one capitalised word of a name ("Electronic", "E-Commerce", "Trade", "CTI")
_WORD = r"[A-Z][\w’'&–-]*"
#: the first word of a complement is no function word in capitals, nor a month or weekday ("THE OECD COUNCIL ON
#: SEPTEMBER 23 ADOPTED ...": when, not which council)
_TIME_WORDS = sorted(MONTHS | WEEKDAYS, key=len, reverse=True)
_NO_NAME_WORD = r"(?!(?:OF|TO|ON|FOR|THE|IN|AT|BY|WITH|FROM|AS)\b)(?!(?i:" + "|".join(_TIME_WORDS) + r")\b)"
#: a head-first complement: "on Trade and Investment", "for Digital Affairs", "of Scientific and Technical ..."
_COMPLEMENT = re.compile(
    r"[ \t]*\n?[ \t]*(?:on|for|of|ON|FOR|OF)[ \t]+\n?[ \t]*(?:the[ \t]+|THE[ \t]+)?"
    + _NO_NAME_WORD
    + _WORD
    + r"(?:(?:,[ \t]+|[ \t]*\n?[ \t]*(?:and|AND|&)?[ \t]*\n?[ \t]*)"
    + _NO_NAME_WORD
    + _WORD
    + r")*"
)
#: the words a complement may not end on (they join it to what follows)
_CONNECTORS = frozenset({"and", "of", "on", "for", "the", "&"})


def _organ_heads(lex: Lexicon) -> frozenset[str]:
    """The heads of an organ's name: an intergovernmental head and the organ words of `igo_organ_heads`."""
    return lex.igo_heads | lex.igo_organ_heads


def _prefix_length(words: list[str], type_of: TypeOf) -> int:
    """How many of the first words (one to three) name an intergovernmental organisation; 0 when none do."""
    for k in (3, 2, 1):
        if k < len(words) and type_of(" ".join(words[:k])) == "IGO":
            return k
    return 0


def prefixed_organ(name: str, lex: Lexicon, type_of: TypeOf) -> bool:
    """An organisation's name or abbreviation, at most five capitalised words and an organ's head, with or without
    a head-first complement, name one of its organs ("APEC Committee on Trade and Investment", "WTO Committee on
    Trade and Environment", "OECD Working Party on Data Governance and Privacy"): English puts the owner of a unit
    first, as "the Senate Finance Committee" does for a national chamber."""
    flat = " ".join(name.split())
    m = re.match(r"(.*?)\s+(?:on|for|of|ON|FOR|OF)\s+", flat)
    core = (m.group(1) if m else flat).split()
    if len(core) < 2 or len(core) > 8 or core[-1].lower() not in _organ_heads(lex):
        return False
    if union_scrutiny_committee([w.lower() for w in core], lex.union_scrutiny_words, lex.igo_heads):
        return False  # a chamber's committee on the union's business ("EU Services Sub-Committee")
    k = _prefix_length(core, type_of)
    return 0 < k and len(core) - k <= 6 and all(w[:1].isupper() for w in core)


def find_prefixed_organs(text: str, lex: Lexicon, type_of: TypeOf) -> list[Cand]:
    """Organs named with their organisation's name first (`prefixed_organ`): the whole name, the organisation's
    abbreviation and the organ's words, is one intergovernmental mention ("the APEC Electronic Commerce Steering
    Group (ECSG)"). A capitalised word after the head makes it a longer name of something else ("the OECD
    Ministerial Council Meeting" is a meeting): no organ then."""
    heads = _organ_heads(lex)
    out: list[Cand] = []
    for m in re.finditer(r"(?<![\w/.-])" + _WORD, text):
        words = _words_from(text, m.start())
        k = _prefix_length([w for _, _, w in words], type_of)
        if k == 0 or (out and out[-1].end > m.start()):
            continue
        head = next((i for i in range(k, min(len(words), k + 6)) if words[i][2].lower() in heads), None)
        if head is None or head + 1 < len(words):
            continue  # no head, or capitalised words go on past it
        end = _complement_end(text, words[head][1], lex.igo_event_nouns)
        if re.match(r"[ \t]+[A-Z][a-z]", text[end:]) and not re.match(r"[ \t]+(?:and|of|on|for)\b", text[end:]):
            continue
        if union_scrutiny_committee(
            [w.lower() for _, _, w in words[: head + 1]], lex.union_scrutiny_words, lex.igo_heads
        ):
            out.append(Cand.of(m.start(), end, "Agency", "union-scrutiny-committee"))
            continue  # a chamber's committee on the union's business ("EU Services Sub-Committee")
        out.append(Cand.of(m.start(), end, "IGO", "igo-prefixed-organ"))
    return out


_WORD_RX = re.compile(_WORD)
#: what parts two words of one name: spaces, or one line break (a blank line ends the name)
_WORD_GAP = re.compile(r"[ \t]+|[ \t]*\n[ \t]*(?=\S)")


def _words_from(text: str, start: int) -> list[tuple[int, int, str]]:
    """The capitalised words of the run that starts at `start` (at most ten), as (start, end, word)."""
    words: list[tuple[int, int, str]] = []
    pos = start
    while len(words) < 10:
        m = _WORD_RX.match(text, pos)
        if m is None or m.group(0).lower() in _CONNECTORS:
            break
        words.append((m.start(), m.end(), m.group(0)))
        gap = _WORD_GAP.match(text, m.end())
        if gap is None or "\n\n" in gap.group(0):
            break
        pos = gap.end()
    return words


def _complement_end(text: str, end: int, events: frozenset[str] = frozenset()) -> int:
    """The end of a head-first complement after an organ's head ("... Committee on Trade and Investment"), else
    the head's end. A noun of an event (`igo_event_nouns`) ends it: "... PARTY ON PRIVACY MEETING" is the
    organ's meeting, in capitals as in lower case."""
    m = _COMPLEMENT.match(text, end)
    if m is None:
        return end
    stop = m.end()
    while "," in text[end:stop] and not re.search(r"\b(?:and|AND)\b|&", text[text.rfind(",", end, stop) : stop]):
        stop = text.rfind(",", end, stop)  # "A, B and C" is a list; "X, QUESTION" goes on past the name
    words = re.findall(r"[\w’'&–-]+", text[end:stop])
    cut = next((i for i, w in enumerate(words) if w.lower() in events), None)
    words = words if cut is None else words[:cut]
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    if len(words) < 2:
        return end
    last = text.rfind(words[-1], end, stop)
    return last + len(words[-1])


def of_union_name(name: str, lex: Lexicon) -> bool:
    """A body named "X of the European Communities" (the union's name before 2009, `igo_of_names`) is one of the
    union's institutions ("COMMISSION OF THE EUROPEAN COMMUNITIES")."""
    flat = " ".join(name.lower().split())
    return any(flat.endswith(f" of the {n}") or flat.endswith(f" of {n}") for n in lex.igo_of_names)


def names_union_organ(name: str, lex: Lexicon, type_of: TypeOf) -> bool:
    """A body's name that `prefixed_organ` or `of_union_name` makes an organisation's organ."""
    return prefixed_organ(name, lex, type_of) or of_union_name(name, lex)


#: a body named after the article of the act that sets it up: "the Article 29 Working Party", "Article 93 Committee"
_ARTICLE_BODY = re.compile(
    r"(?<![\w-])Article[ \t]+\d+[a-z]?(?:[ \t]+[A-Z][\w-]*){0,3}?[ \t]+"
    r"(?:Committee|Working[ \t]+Party|Working[ \t]+Group|Group|Panel)\b(?![ \t]+[A-Z])"
)


def find_article_bodies(text: str) -> list[Cand]:
    """A committee or working party named after the article of the act that sets it up ("the Article 29 Data
    Protection Working Party", "the Article 93 Committee") is a body of the union or treaty whose acts are numbered
    by articles: intergovernmental. The article's number marks the name as one, as a citation's does; a provision
    ("Article 29 of the Directive") has no body's head after its number."""
    return [Cand.of(m.start(), m.end(), "IGO", "igo-article-body") for m in _ARTICLE_BODY.finditer(text)]


#: an organ's head-final name, then "of (the)" and the capitalised words of its organisation's name
_ORGAN_OF = re.compile(
    r"(?<![\w-])(?P<organ>(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?P<owner>[A-Z][\w-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w-]*){0,4})"
)


def find_organs_of(text: str, lex: Lexicon, type_of: TypeOf) -> list[Cand]:
    """An organ's name, "of" and its organisation's whole name are one name ("the General Assembly of the United
    Nations", "the Parliamentary Assembly of the Council of Europe"): the outer name, not the two names inside it.
    The organisation's name must end the capitalised words (not "the Office of the United Nations High
    Commissioner ...", whose name goes on) and the organ's name must end on an organ's head."""
    heads = _organ_heads(lex)
    out: list[Cand] = []
    for m in _ORGAN_OF.finditer(text):
        organ = m.group("organ").split()
        if organ[0] in ("The", "THE") or organ[-1].lower() not in heads:
            continue
        owner = list(re.finditer(r"\S+", m.group("owner")))
        for k in range(len(owner), 0, -1):
            name = " ".join(w.group(0) for w in owner[:k])
            if owner[k - 1].group(0) != "of" and type_of(name) == "IGO":
                end = m.start("owner") + owner[k - 1].end()
                if not re.match(r"[ \t]+[A-Z]", text[end : end + 2]):
                    out.append(Cand.of(m.start(), end, "IGO", "igo-organ-of"))
                break
    return out
