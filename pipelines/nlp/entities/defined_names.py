"""The long name a document spells out before the abbreviation it defines: "The Ministry of Information and
Communications Technology (MICT) has blocked ...", "the Joint Committee Decision (JCD)", "an Executive Order (E.O.)".

English defines a short form by writing the full name and then its letters in parentheses; the letters are the
initials of the name's capitalised words, in order ("of", "and", "the" take none). When the finders missed the name
(it wraps onto a new line in a telegram, a finder took only a part of it), the definition itself marks where the name
starts: at the word whose initial is the abbreviation's first letter. The name's kind is the kind of its head noun
(the word before its first "of"/"for"/"on", else its last word): a body's head ("Ministry", "Agency") makes a body, a
law's head ("Act", "Decision", "Order") a law; else the kind the tables give the abbreviation, if they know it as a
body or a law. The abbreviation and its later uses then follow the name (`entities.abbreviations`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.rules.profession_bodies import profession_body

#: letters in parentheses: "(MICT)", "(AT&T)", "(E.O.)"
_DEFINED = re.compile(r"\((?P<abbr>(?:[A-Z]\.){2,6}|[A-Z][A-Z&]{1,7})\)")
#: one word before the letters: anything between blanks and brackets (`_name_before` reads what kind it is)
_WORD = re.compile(r"[^\s()\[\]]+")
#: a possessive or a closing quote glued to a name's last word: "Representative’s", "Communications'"
_POSSESSIVE = re.compile(r"(?:['’]s?|[\"”])*$")
#: heads after which the name's remit follows ("Ministry of ...", "Agency for ...", "Law on ...")
_REMIT_WORDS = frozenset({"of", "for", "on"})
_ORG_TYPES = frozenset({"Agency", "IGO", "Firm"})


def spelled_names(
    text: str, chosen: list[Cand], lex: Lexicon, type_of: Callable[[str], str | None]
) -> tuple[list[Cand], list[Cand]]:
    """The long names spelled out before a definition that no chosen mention holds, as new mentions, and the chosen
    mentions inside them they replace ("Joint Committee" inside "Joint Committee Decision (JCD)")."""
    added: list[Cand] = []
    replaced: list[Cand] = []
    for m in _DEFINED.finditer(text):
        span = _name_before(text, m.start(), m.group("abbr"), lex)
        if span is None:
            continue
        start, end = span
        inside = [c for c in chosen if c.start < end and start < c.end]
        if any(c.start < start or c.end > end or (c.start, c.end) == span for c in inside):
            continue  # a mention holds the name already, or runs past its edges: the finders read it otherwise
        kind = _kind(text[start:end], _abbreviation_type(chosen, m.start("abbr"), m.end("abbr"), type_of, text), lex)
        if kind is None:
            continue
        added.append(Cand.of(start, end, kind, "spelled-name"))
        replaced += inside
    return added, replaced


def _name_before(text: str, paren: int, abbr: str, lex: Lexicon) -> tuple[int, int] | None:
    """The span of the words right before the parenthesis at `paren` whose capitalised words' initials spell `abbr`,
    within one sentence and one paragraph; none when the word before them is capitalised too (the name may start
    earlier: "U.S. National Security Agency (NSA)")."""
    letters = abbr.replace(".", "").replace("&", "")
    window_start = max(0, paren - 200)
    words = list(_WORD.finditer(text, window_start, paren))
    if not words or text[words[-1].end() : paren].strip(" \t"):
        return None  # the letters stand right after the last word, on its line
    initials = ""
    for k in range(len(words) - 1, -1, -1):
        w = words[k].group(0)
        last = k == len(words) - 1
        if not last and (w[-1] in ".,;:!?" or "\n\n" in text[words[k].end() : words[k + 1].start()]):
            return None  # the end of a sentence, a clause or a paragraph comes before the letters are spelled
        if not last and w.lower() in lex.name_connectors:
            continue
        if not re.fullmatch(r"[A-Z][\w'’-]*", w):
            return None
        initials = w[0] + initials
        if initials == letters:
            last_word = words[-1].group(0)
            end = words[-1].end() - (len(last_word) - len(_POSSESSIVE.sub("", last_word)))
            return (words[k].start(), end) if _starts_name(words, k, lex) else None
        if not letters.endswith(initials):
            return None
    return None


def _starts_name(words: list[re.Match[str]], k: int, lex: Lexicon) -> bool:
    """The word `k` starts the name: the word before it is no capitalised word that may belong to it (an article or
    a function word that starts a sentence may stand there, and a possessive: "India's Digital Services Tax")."""
    if k == 0:
        return True
    before = words[k - 1].group(0)
    if not before[:1].isupper() or before[-1] in ".,;:!?)" or before.endswith(("'s", "’s")):
        return True
    return before.lower() in lex.name_stop_starters


def _abbreviation_type(
    chosen: list[Cand], start: int, end: int, type_of: Callable[[str], str | None], text: str
) -> str | None:
    """The type the finders or the tables give the letters themselves."""
    found = next((c.type for c in chosen if (c.start, c.end) == (start, end) and c.type != "?"), None)
    return found or type_of(text[start:end])


def _kind(name: str, abbreviation_type: str | None, lex: Lexicon) -> str | None:
    """The kind of a spelled-out name: its head noun's (the word before its first "of"/"for"/"on", else its last
    word), a body or a law; a body's kind the tables give its letters (an IGO, a firm) wins over the head's; else
    the letters' kind when they name a body or a law."""
    words = [w.lower() for w in name.split()]
    remit = next((i for i, w in enumerate(words) if w in _REMIT_WORDS), len(words))
    at = remit - 1 if remit > 0 else len(words) - 1
    head, before = words[at], words[:at]
    # a generic head ("Guiding Principles (GP)") needs two words before it to name a law, as in `rules.laws`
    generic = head in lex.weak_law_heads and len([w for w in before if w not in lex.name_connectors]) < 2
    if not generic and (head in lex.law_heads or (head in lex.defined_law_heads and _issued(before, lex))):
        return "Law"
    if head in lex.agency_heads and profession_body(words, lex):
        return None  # "International Commission of Jurists (ICJ)": a profession's association
    if head in lex.agency_heads:
        return abbreviation_type if abbreviation_type in _ORG_TYPES else "Agency"
    return abbreviation_type if abbreviation_type in (_ORG_TYPES | {"Law"}) else None


def _issued(modifiers: list[str], lex: Lexicon) -> bool:
    """The words before an order's or a decision's noun say that a government or a body issues it ("Executive",
    "Presidential", "Joint Committee"): an instrument of law, not a firm's "Purchase Order" or "Investment
    Decision"."""
    return any(w in lex.instrument_issuer_words or w in lex.agency_heads for w in modifiers)


#: a law's name that ends in its year: "Data Protection Act 2018", "Personal Data Protection Act, 2012"
_DATED_NAME = re.compile(r"(?P<name>.*\S)[ \t]*,?[ \t]+(?P<year>(?:1[6-9]|20)\d\d)")


def dated_short_forms(text: str, chosen: list[Cand], lex: Lexicon) -> list[tuple[int, int, Cand]]:
    """The short forms with the year of a law the document named in full before: "the DPA 2018" after "the Data
    Protection Act 2018". English shortens a dated title to its initials and keeps the year, which tells this law
    from others of its letters ("DPA 1998"); only after the full name, never before it. As (start, end, the law)."""
    out: list[tuple[int, int, Cand]] = []
    for c in chosen:
        m = _DATED_NAME.fullmatch(text, c.start, c.end) if c.type == "Law" else None
        if m is None:
            continue
        words = m.group("name").split()
        initials = "".join(w[0] for w in words if w.lower() not in lex.name_connectors and w[:1].isupper())
        if len(initials) < 2 or len(initials) != len([w for w in words if w.lower() not in lex.name_connectors]):
            continue  # a word in lower case inside the name: its letters are not the name's initials
        pattern = r"(?<![\w.])" + re.escape(initials) + r"[ \t]+" + m.group("year") + r"(?!\w)"
        out += [(c.end + x.start(), c.end + x.end(), c) for x in re.finditer(pattern, text[c.end :])]
    return out
