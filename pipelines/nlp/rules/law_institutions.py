"""The field of law before an institution's noun: "Harvard Law School", "National Consumer Law Center", "Southern
Poverty Law Center", "Yale Law Journal".

"Law" names a statute and also the field of study and practice ("consumer law", "Harvard Law"). English puts a
modifier before its head noun: "Law" followed by the noun of a school, a centre, a journal or a society
(`law_institution_nouns`) is the field that institution works in, and the capitalised words before it name the
institution, not a law. A statute's name goes on after its kind only with its year, number or a second name; a
statute named before such a noun keeps its own kind word ("the CLOUD Act White Paper", not this rule)."""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word

#: the law's kind that is also the name of the field
_FIELD = "law"


def after_law_institution(w: list[Word], lex: Lexicon) -> int | None:
    """The index after the last institution noun that follows "Law" in the run ("... Law Center"), or None where
    the run has none."""
    ends = [
        k + 2
        for k in range(len(w) - 1)
        if w[k].low == _FIELD and w[k + 1].low in lex.law_institution_nouns and w[k + 1].text[:1].isupper()
    ]
    return ends[-1] if ends else None
