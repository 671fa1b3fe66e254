"""Short titles that open with a negation: English bill titles are often slogans, an imperative ("Do Not Track Kids
Act of 2011", "Do Not Call Implementation Act") or a "No" and a noun ("the No Surprises Act", "the No Child Left
Behind Act"). "Do" reads as a headline's verb and "Not"/"No" as words that start no name (`lexicon.yaml`
`name_stop_starters`), so the left-edge steps of `law_edges` cut such a title's first words; these functions give
them back where the form is unambiguous."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.nlp.rules.run_words import Word

if TYPE_CHECKING:
    from pipelines.nlp.rules.law_edges import LawRun

#: the articles before which a capitalised "No" is a title's first word ("the No Surprises Act"), not a determiner
_ARTICLES = frozenset({"the", "a", "an"})


def negated_run_start(words: list[Word], s: int) -> int:
    """Where a run's name may start when the words the run scanner skipped end in a capitalised "No" right after an
    article: "the No Surprises Act" (an article and a determiner "no" never stand together, so "No" is the
    title's). At a sentence's start "No Data Act exists" keeps "No" out."""
    if s < 1 or words[s - 1].text != "No":
        return s
    if s >= 2:
        before = words[s - 2].low
    else:
        tok = words[0].token
        before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    return s - 1 if before in _ARTICLES else s


def negated_title_start(run: LawRun, start: int, last: int) -> int:
    """The start of a law's name given back its negated opening: "Do Not" before a capitalised word ("Do Not
    Track ... Act"; in a headline's "We Do Not Support the Data Act" the article cuts the name after the verb), or a
    run-initial "No" that `negated_run_start` kept ("No Surprises Act"). Only in title case: in capitals a heading
    ("DO NOT ... ACT") cannot tell a title from a sentence."""
    w = run.w
    if start >= 2 and w[start - 2].text == "Do" and w[start - 1].text == "Not" and w[start].text[:1].isupper():
        return start - 2
    if start == 1 and w[0].text == "No" and start < last:
        return 0
    return start
