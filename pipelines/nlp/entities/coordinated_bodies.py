"""A body named beside another of its kind: "Direction de la Surveillance du Territoire (DST) and Renseignements
Généraux (RG)". Each conjunct of such a list is a name with its initials after it; the one the rules know gives
the other its kind, whatever its language or head noun."""

from __future__ import annotations

import re

from pipelines.nlp.rules import Cand

#: the abbreviation after a name, the conjunction, then the next name (capitalised words and the lower-case words a
#: name may hold in English, French, Spanish or Portuguese) and its own abbreviation
_NEXT_DEFINED = re.compile(
    r"\s*\((?P<a1>[A-Z][A-Z&]{1,7})\)\s*(?:,\s*and|,|and)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][^\W\d_]+(?:\s+(?:(?:of|the|for|de|du|des|la|le|del|da|do)\s+)*[A-Z][^\W\d_]+){1,6})"
    r"\s*\((?P<a2>[A-Z][A-Z&]{1,7})\)"
)
_NAME_CONNECTORS = frozenset({"of", "the", "for", "de", "du", "des", "la", "le", "del", "da", "do"})


def coordinated_defined_bodies(text: str, chosen: list[Cand], taken: bytearray) -> list[Cand]:
    """A name followed by its initials in parentheses, coordinated with a body that also has its abbreviation after
    it, is a body of the same kind: the two abbreviations mark both as names of one list, and the initials show the
    words are one name (its capitalised words' first letters spell the abbreviation)."""
    out: list[Cand] = []
    for c in chosen:
        if c.type not in ("Agency", "IGO"):
            continue
        m = _NEXT_DEFINED.match(text, c.end)
        if m is None or any(taken[m.start("name") : m.end("name")]):
            continue
        if _initials(m.group("name")) == m.group("a2").replace("&", ""):
            out.append(Cand.of(m.start("name"), m.end("name"), c.type, "coordinated-defined-body"))
    return out


def _initials(name: str) -> str:
    """The first letters of a name's words other than its connectors ("Renseignements Généraux" -> "RG")."""
    return "".join(w[0] for w in name.split() if w.lower() not in _NAME_CONNECTORS).upper()


#: a conjunction after a person's name, then at least one capitalised word before the company's legal form
_AND_NAME = re.compile(r"\s+and\s+(?=[A-Z][\w&.'’-]*\s+\S)")


def split_person_and_firm(text: str, cands: list[Cand], founder_words: frozenset[str]) -> None:
    """ "John Smith and Acme Holdings": a company's name found by its legal form ("Holdings") that starts with a
    person's full name (two words or more) and "and" is two names coordinated, the person and the company: the
    company's span starts after the conjunction. A firm named after its founders keeps its name when no person's
    name is found there, and when a word of a founders' firm follows "and" ("John Smith and Sons Ltd"). The same
    holds for a company named as an item of a list of companies ("four companies: Viettel, VNPT and CMC Corp.")."""
    people = [c for c in cands if c.type == "Person" and " " in text[c.start : c.end].strip()]
    people += [c for c in cands if c.source == "firm-count-list"]  # "four companies: A, B and C Corp."
    for c in cands:
        if c.source != "org-suffix":
            continue
        for p in people:
            m = _AND_NAME.match(text, p.end, c.end) if p.start == c.start else None
            if m is not None and text[m.end() :].split()[0].lower() not in founder_words:
                c.start = m.end()
                break
