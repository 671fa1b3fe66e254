"""Relation arguments, round 19 (probe text of our own: news, parliamentary reports, cables, encyclopedia prose).

A bill is often titled by one capitalised noun before "Bill" ("the Intelligence Bill", "the Censorship Bill"): the law
is then an argument a relation can hold. One word is a title only when "Bill" is in title case, no surname nor "of"
follows it ("President Bill Clinton", "Bill of Rights"), the word names no chamber, kind of bill or form of address
("the House Bill", "the Government Bill", "Dear Bill"), and no capitalised word but an article or a hyphenated
compound stands before it (a longer title or a title-case headline)."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs, of_type


@pytest.mark.parametrize(
    "text, bill",
    [
        ("The Intelligence Bill was introduced to the Parliament on 19 March 2015.", "Intelligence Bill"),
        ("Critics call it the Censorship Bill (Portuguese: PL da Censura) and oppose it.", "Censorship Bill"),
        ("The government introduced the Telecommunications Bill last week.", "Telecommunications Bill"),
        ("3. (SBU) Post expects the Immigration Bill to reach the floor before recess.", "Immigration Bill"),
    ],
)
def test_one_capitalised_noun_before_bill_titles_a_bill(extractor, text, bill):
    assert bill in of_type(extractor, text, "Law")


def test_a_one_word_bill_is_an_argument_of_enacts(extractor):
    text = "Parliament passed the Intelligence Bill after a long debate."
    assert ("Parliament", "Intelligence Bill") in fact_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "text, not_law",
    [
        ("Signed into law by President Bill Clinton on August 21, 1996.", "President Bill"),
        ("Dear Bill, thank you for your letter on the draft adequacy decision.", "Dear Bill"),
        ("The House Bill differs from the Senate version on data retention.", "House Bill"),
        ("MPs rejected the Government Bill on second reading.", "Government Bill"),
        ("The Finance Bill was tabled in Parliament.", "Finance Bill"),
        ('Brazil passed a law dubbed "the Internet Bill of Rights" in 2014.', "Internet Bill"),
        ("Senators Warnock, Rubio Introduce Bipartisan Bill to Protect Data", "Bipartisan Bill"),
        ("French Assembly Approves Internet Piracy\nSanctions Bill\n\nRef: Paris 559", "Sanctions Bill"),
        ("Anti-social Media Bill was introduced by the Senate of Nigeria in 2019.", "Media Bill"),
        ("Microsoft founder Bill Gates said the bill was flawed.", "founder Bill"),
    ],
)
def test_no_one_word_bill_title_where_the_word_says_otherwise(extractor, text, not_law):
    assert not_law not in of_type(extractor, text, "Law")
