"""More left edges of a law's name in a capitalised run (`laws._LEFT_EDGE_STEPS`), and the runs that name no law
at all: words a run picks up before a title that are no part of it ("Pursuant to the Constitution of ...", "FACT
SHEET on U.S.-Japan Digital Trade Agreement", a marker such as "END SUMMARY" before a heading); and the short names
an acronym makes with an instrument noun ("EEA Agreement")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.runs import Word


@dataclass
class LawRun:
    """A run from where a law's name may start (cut before a date after it), with its lower-case words."""

    w: list[Word]
    low: list[str]
    lex: Lexicon
    is_state: Callable[[str], bool] | None


#: prepositions after which a name starts ("on", "about"); a document's subject follows them
_SUBJECT_PREPOSITIONS = frozenset({"on", "about", "regarding", "concerning"})


def after_complex_preposition(run: LawRun, start: int, last: int) -> int:
    """A complex preposition ("pursuant to", "according to", "subject to", "further to") capitalised at a sentence's
    start is no word of the name after it: "Pursuant to the Constitution of ..." names the Constitution."""
    low = run.low
    k = start
    if k + 1 < last and low[k] in run.lex.complex_preposition_heads and low[k + 1] == "to":
        k += 2
        while k < last and low[k] in ("the", "this", "that"):
            k += 1
        return k
    return start


def after_document_noun(run: LawRun, start: int, last: int) -> int:
    """A document's kind and "on" before a law's name make a heading about the law ("FACT SHEET on U.S.-Japan
    Digital Trade Agreement", "Statement on the Data Act"): the name starts after the preposition."""
    low = run.low
    for k in range(start, last - 1):
        two = f"{low[k]} {low[k + 1]}" if k + 1 < last else ""
        if low[k] in run.lex.document_kind_nouns and low[k + 1] in _SUBJECT_PREPOSITIONS:
            start = k + 2
        elif two in run.lex.document_kind_nouns and k + 2 < last and low[k + 2] in _SUBJECT_PREPOSITIONS:
            start = k + 3
    return start


def after_capitals_marker(run: LawRun, start: int, last: int) -> int:
    """A paragraph marker in capitals ("END SUMMARY", "BEGIN TEXT", "COMMENT") before a name in title case ends a
    part of a telegram or a report, and the name starts after it: "END SUMMARY Terrorist Financing Tracking
    Program Interim Agreement" (the marker closes the summary; the heading of the next part follows)."""
    w, low = run.w, run.low
    if w[last].text.isupper():
        return start
    k = start
    while k < last and w[k].text.isupper() and low[k] in run.lex.paragraph_marker_words:
        k += 1
    return k if k > start and not w[k].text.isupper() else start


def after_party_to(run: LawRun, start: int, last: int) -> int:
    """A party to a treaty, or joining one, before "to" is no word of the treaty's name ("a Party to Convention
    108", "State Party to the Budapest Convention"); an instrument or a part of one is ("Additional Protocol to the
    Convention", "UK Extension to the EU-U.S. Data Privacy Framework")."""
    low = run.low
    for k in range(start + 1, last):
        if low[k] == "to" and low[k - 1] in run.lex.party_words:
            start = k + 1
    return start


def acronym_instrument(run: LawRun, start: int, last: int) -> bool:
    """An acronym and a capitalised instrument noun of a titled kind make a name ("EEA Agreement", "TFTP
    Agreement", "CBPR Framework"): the acronym says which agreement; a lower-case "agreement" stays a common
    noun."""
    first, head = run.w[start].text, run.w[last].text
    return (
        last == start + 1
        and len(first) >= 2
        and first.isalpha()
        and first.isupper()
        and head[:1].isupper()
        and not head.isupper()
        and run.low[last] in run.lex.titled_law_heads
    )


def of_titled_head(run: LawRun, h0: int) -> bool:
    """A charter's, a declaration's or a convention's title follows "of" also after one word before its head ("EU
    Charter of Fundamental Rights", "Universal Declaration of Human Rights"): the words after "of" are the title,
    as after "on" ("Convention on Cybercrime"). Not a year after "of" ("Geneva Convention of 1949")."""
    low = run.low
    return h0 == 1 and len(low) > 3 and low[1] in run.lex.of_titled_law_heads and low[2] == "of"


def name_after_act_at(w: list[Word], low: list[str], lex: Lexicon) -> int | None:
    """Where a second statute's name starts right after "Act" in a run ("Communications Assistance for Law
    Enforcement Act USA PATRIOT Act FISA Amendments Act", a list without commas): English ends a statute's short
    title at "Act", after which only its year or number ("Act of 1974", "Act 2018") or the words of an act that
    amends it ("Privacy Act Amendments Act") follow. The second name must reach a law head of its own."""
    for k in range(1, len(low) - 1):
        if low[k - 1] != "act" or not w[k].text[:1].isupper() or low[k] in lex.amending_act_words:
            continue
        if any(t in lex.law_heads for t in low[k + 1 :]):
            return k
    return None


#: an ordinal in figures: "14th"
_ORDINAL_FIGURES = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


def amendment_to_at(w: list[Word], low: list[str], lex: Lexicon) -> int | None:
    """The "to" after a numbered amendment ("the Fourth Amendment to the U.S. Constitution"): a constitution's
    amendments are named by their ordinal, so the amendment is a name of its own and the constitution after "to"
    another. Not an instrument named after what it adds to ("Additional Protocol to the Convention", "UK Extension
    to the Data Privacy Framework"): no ordinal before it."""
    for k in range(2, len(low) - 1):
        if low[k] != "to" or low[k - 1] != "amendment":
            continue
        if low[k - 2] in lex.ordinal_words or _ORDINAL_FIGURES.fullmatch(low[k - 2]):
            return k
    return None


def two_names_at(w: list[Word], low: list[str], lex: Lexicon) -> tuple[int, int] | None:
    """Where a run of two law names side by side splits: the end of the first and the start of the second
    (`name_after_act_at`: no word between; `amendment_to_at`: "to" between)."""
    k = name_after_act_at(w, low, lex)
    if k is not None:
        return k, k
    k = amendment_to_at(w, low, lex)
    return (k, k + 1) if k is not None else None
