"""A law described in lower case with its short name in brackets: "a legislative decree (DL 1182)", "the
cybersecurity act (CSA)", "the digital markets act (DMA)".

A writer who describes a law in ordinary words and puts a short name in brackets right after the law's kind gives
the name the text goes on to use: the bracketed initials or number are the law's name, as after a title in capitals
("General Data Protection Regulation (GDPR)"). The kind is one whose lower-case noun says a law
(`bracketed_law_kinds`: not "internet protocol (IP)"). The short name is an initialism or a citation by letters
and number ("CSA", "NIS2", "DL 1182"), unknown to the tables as anything but a law (a state's or a body's letters
in brackets, "the law (US)", say where, not which), no provision ("(Article 5)") or year, no telegram's citation of
another cable ("the new decree (REFTEL)") and no issuer's mark inside a numbered citation ("regulation (EC) No
45/2001").

When the short name spells the described words (its first letter the first word's, its last letter the kind's, its
letters in order in the words: "digital markets act" for DMA, "cybersecurity act" for CSA), the words are the
long name it abbreviates and a name too; a kind alone ("the bill (H.R. 7520)") or words the letters do not spell
("a legislative decree (DL 1182)": D is not L) are a description."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: up to four lower-case words, a law's kind in lower case, and a bracketed short name (quotes allowed inside)
_DESCRIBED = re.compile(
    r"(?P<long>(?:(?<![\w'’-])[a-z][a-z-]*[ \t]+){0,4}(?P<kind>[a-z]+))[ \t]*\([‘“\"']?"
    r"(?P<short>[A-Z][A-Za-z.]{0,9}(?:[ -]?\d+(?:[/.-]\d+)*)?)[’”\"']?\)(?![ \t]*(?:No\.?[ \t]*)?\d)"
)
#: the words a short name must not start with: a provision's noun ("Article 5", "Section 2")
_PROVISIONS = re.compile(r"(?:Art|Article|Arts|Sec|Section|Chapter|Part|Title|Para|Schedule|No)\b")


def find_bracketed_law_names(text: str, lex: Lexicon, type_of: Callable[[str], str | None]) -> list[Cand]:
    """Each bracketed short name after a law's kind in lower case, as a Law; the described words too when the
    short name spells them (module docstring)."""
    out: list[Cand] = []
    for m in _DESCRIBED.finditer(text):
        short = m.group("short")
        if m.group("kind") not in lex.bracketed_law_kinds or not _short_name(short, lex, type_of):
            continue
        out.append(Cand.of(m.start("short"), m.end("short"), "Law", "law-short-name"))
        long = _described_words(m.group("long"), lex)
        if long is not None and _spells(short, long):
            start = m.end("long") - len(long)
            out.append(Cand.of(start, m.end("long"), "Law", "law-short-name"))
    return out


def _short_name(short: str, lex: Lexicon, type_of: Callable[[str], str | None]) -> bool:
    """Initials or letters and a number, two capitals at least, no provision, no telegram's citation of another
    cable ("the new decree (REFTEL)", "(REF B)": `citation_words`), not a name the tables give another type."""
    if sum(ch.isupper() for ch in short) < 2 or _PROVISIONS.match(short):
        return False
    if short.split()[0].lower() in lex.citation_words:
        return False
    return type_of(short) in (None, "Law")


def _described_words(long: str, lex: Lexicon) -> str | None:
    """The content words after the last function or stage word, up to the kind ("passed the digital markets act"
    -> "digital markets act"), at least one word before the kind; None when only the kind is left."""
    words = long.split()
    cuts = [i + 1 for i, w in enumerate(words) if w in _FUNCTION_WORDS or w in lex.law_stage_words]
    words = words[max(cuts, default=0) :]
    return " ".join(words) if len(words) >= 2 else None


#: the words that open a noun phrase before its content words: articles, possessives, quantifiers, prepositions
_FUNCTION_WORDS = frozenset(
    "a an the this that these those its their our his her my your of on to for in by with as and or so-called".split()
)


def _spells(short: str, long: str) -> bool:
    """The short name's letters, in order, are letters of the long name's words: the first its first word's
    initial, the last its last word's (the kind's) initial."""
    letters = [ch.lower() for ch in short if ch.isalpha()]
    words = long.split()
    if len(letters) < 2 or letters[0] != words[0][0] or letters[-1] != words[-1][0]:
        return False
    rest = iter(" ".join(words[:-1])[1:])
    return all(any(ch == c for c in rest) for ch in letters[1:-1])
