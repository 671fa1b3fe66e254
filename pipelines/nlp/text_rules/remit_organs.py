"""Organs named by their remit alone: in a document about an organisation of states, not one state, a collegial
unit named by its remit ("the Committee on Trade and Investment", "the Data Privacy Subgroup", "the Parliamentary
Assembly") is that organisation's organ, as a national text says "the Finance Committee" for its Senate's
(`document_of_organisation`, `organs_by_remit`); in a paragraph that names the European Parliament, a committee named
by its remit is the Parliament's wherever else the document names a state (`union_legislature_organs`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import yaml

from pipelines.nlp.lexicon import PATTERNS_DIR, Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.rules.org_words import union_scrutiny_committee

#: a unit's name with a collegial head that is no body's own head word ("Data Privacy Subgroup", "Task Force")
_UNIT_NAME = re.compile(
    r"(?<![\w-])(?:[A-Z][\w’'–-]*[ \t]+){1,4}(?:Sub-?[Gg]roup|Working[ \t]+(?:Party|Group)|Task[ \t]+Force|"
    r"Steering[ \t]+Group)\b"
)


def document_of_organisation(
    chosen: list[Cand], text: str, lex: Lexicon, state_ids: list[str], national: Callable[[str], bool]
) -> bool:
    """The document is about an organisation of states, not one state: it names an intergovernmental body, no
    state's legislature ("Senate", "House Energy and Commerce Committee", "National Assembly"; a "Parliamentary
    Assembly" with no national word is an organisation's) and no state dominates its mentions of states (one state
    named at least twice as often as all others together, or the only one named, makes it a document about that
    state)."""
    if not any(c.type == "IGO" for c in chosen):
        return False
    for c in chosen:
        name = text[c.start : c.end]
        words = set(name.lower().split())
        if c.type == "Agency" and (
            words & lex.chamber_nouns or ("assembly" in words and not _remit_unit(name, lex, national))
        ):
            return False
    if not state_ids:
        return True
    counts = {s: state_ids.count(s) for s in set(state_ids)}
    return len(counts) > 1 and 3 * max(counts.values()) < 2 * len(state_ids)


#: heads of a collegial unit that English names by its remit alone where the owner is clear
_UNIT_HEADS = frozenset(
    {"committee", "subcommittee", "sub-committee", "subgroup", "sub-group", "group", "party", "force", "panel"}
    | {"assembly"}
)


def organs_by_remit(
    text: str, chosen: list[Cand], lex: Lexicon, national: Callable[[str], bool], about_organisation: bool
) -> list[Cand]:
    """In a document about an organisation of states (`document_of_organisation`), a collegial unit named by its
    remit alone ("the Committee on Trade and Investment", "the Data Privacy Subgroup", "the Parliamentary
    Assembly"), with no state's name, nationality or word of national scope ("National", "Federal") in it, is that
    organisation's organ: English drops the owner's name where the text makes the owner clear, as a national text
    says "the Finance Committee" for the Senate's. Returns the chosen candidates with such units typed IGO and the
    units the finders missed ("Data Privacy Subgroup") added."""
    if not about_organisation:
        return chosen
    for c in chosen:
        name = text[c.start : c.end]
        if c.type == "Agency" and c.entity_id is None and _remit_unit(name, lex, national):
            if not union_scrutiny_committee(name.lower().split(), lex.union_scrutiny_words, lex.igo_heads):
                c.type = "IGO"  # not a chamber's committee on the union's business ("EU Services Sub-Committee")
    taken = bytearray(len(text) + 1)
    for c in chosen:
        taken[c.start : c.end] = b"\1" * (c.end - c.start)
    added = [
        Cand.of(m.start(), m.end(), "IGO", "igo-remit-organ")
        for m in _UNIT_NAME.finditer(text)
        if not any(taken[m.start() : m.end()]) and _remit_unit(m.group(0), lex, national)
    ]
    return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen


def _remit_unit(name: str, lex: Lexicon, national: Callable[[str], bool]) -> bool:
    """A collegial unit's name (`_UNIT_HEADS`) with no national word: no state, nationality, word of national scope
    or legislature ("Senate Finance Committee", "National Assembly" are a state's)."""
    low = " ".join(name.lower().split())
    core = re.split(r"\s+(?:on|of|for)\s+", low)[0].split()
    if len(core) < 2 and low == " ".join(core):
        return False  # a bare "Committee": a short form, resolved elsewhere
    if not core or core[-1] not in _UNIT_HEADS:
        return False
    words = set(low.split())
    if words & (lex.body_scope_words | lex.chamber_nouns):
        return False
    return not national(name)


@lru_cache(maxsize=2)
def _union_legislature(path: Path = PATTERNS_DIR / "union_committees.yaml") -> re.Pattern[str]:
    """The words naming the union's legislature or its members (`patterns/union_committees.yaml`), one pattern."""
    words = yaml.safe_load(path.read_text(encoding="utf-8"))["union_legislature_words"]
    alternation = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def _paragraph(text: str, c: Cand) -> tuple[int, int]:
    """Offsets of the line (a paragraph in prose) that holds the candidate."""
    return text.rfind("\n", 0, c.start) + 1, (text.find("\n", c.end) + 1 or len(text) + 1) - 1


def union_legislature_organs(text: str, chosen: list[Cand], lex: Lexicon, national: Callable[[str], bool]) -> None:
    """A collegial unit named by its remit alone, in a paragraph that names the European Parliament or its members
    and no state's legislature, is the Parliament's committee, an organ of the union, wherever else the document
    names a state ("In the European Parliament, the file was assigned to the Industry, Research and Energy
    Committee", the rapporteur's country named after): English drops the owner's name where the paragraph makes it
    clear. Types such units IGO in place."""
    pattern = _union_legislature()
    for c in chosen:
        name = text[c.start : c.end]
        if c.type != "Agency" or c.entity_id is not None or not _remit_unit(name, lex, national):
            continue
        start, end = _paragraph(text, c)
        if not pattern.search(text, start, end) or _names_state_legislature(text, chosen, (start, end), lex):
            continue
        if not union_scrutiny_committee(name.lower().split(), lex.union_scrutiny_words, lex.igo_heads):
            c.type = "IGO"


def _names_state_legislature(text: str, chosen: list[Cand], span: tuple[int, int], lex: Lexicon) -> bool:
    """The paragraph names a body with a legislature's noun ("Senate", "Bundestag") typed as a state's."""
    return any(
        c.type == "Agency"
        and span[0] <= c.start < span[1]
        and set(text[c.start : c.end].lower().split()) & lex.chamber_nouns
        for c in chosen
    )
