"""A company's name without its legal form: the name the same company goes by elsewhere in the document ("COMSAT"
after "the COMSAT Corporation", "ZTE" after "ZTE Corporation").

English names a company once in full, its legal form or "Group" after its name ("ZTE Corporation", "MTN Group",
"Acme Ltd."), and then by the name alone; a single word that is in capitals or coined ("ZTE", "COMSAT", "MTN") is
the company's short name, wherever the document repeats it, also where the statistical model took it for a body or
a person (an initialism in a government text reads like an agency's). Only a word no table knows as another kind
and no ordinary word counts: "General Corporation" gives no short name "General"."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a short name: a word in capitals of two to eight letters ("ZTE", "COMSAT") or a coined word with a capital
#: after a lower-case letter ("ByteDance")
_SHORT = re.compile(r"[A-Z][A-Z&0-9]{1,7}|[A-Z][a-z]+[A-Z][A-Za-z]*")


def short_name(name: str, lex: Lexicon, common_words: frozenset[str]) -> str | None:
    """The one-word short name of a company's full name that ends in a legal form or a group noun ("COMSAT
    Corporation" -> "COMSAT", "MTN Group" -> "MTN"), or None."""
    words = re.sub(r"['’]s$", "", name.strip()).split()
    if len(words) != 2 or words[1].lower().rstrip(".") not in lex.firm_full_name_ends:
        return None
    first = words[0]
    if not _SHORT.fullmatch(first) or first.lower() in common_words:
        return None
    return first


def firm_short_name_repeats(
    text: str, cands: list[Cand], lex: Lexicon, common_words: frozenset[str], is_other_name: Callable[[str], bool]
) -> list[Cand]:
    """The candidates, those whose words are a document's company's short name retyped as that company (a body or a
    person of the model), and a company candidate for each bare repeat of the short name no candidate covers."""
    shorts = {s for c in cands if c.type == "Firm" and (s := short_name(text[c.start : c.end], lex, common_words))}
    shorts = {s for s in shorts if not is_other_name(s)}
    if not shorts:
        return cands
    out = [_retyped(text, c, shorts) for c in cands]
    for s in sorted(shorts):
        for m in re.finditer(rf"(?<![\w&.-]){re.escape(s)}(?![\w&-])", text):
            if not any(c.start < m.end() and m.start() < c.end for c in out):
                out.append(Cand.of(m.start(), m.end(), "Firm", "firm-short-name"))
    return out


def _retyped(text: str, c: Cand, shorts: set[str]) -> Cand:
    """The candidate as the company when its words are a short name and the model gave it another type."""
    if c.type in ("Agency", "Person") and text[c.start : c.end] in shorts:
        return Cand.of(c.start, c.end, "Firm", "firm-short-name")
    return c
