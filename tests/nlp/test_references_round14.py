"""References across sentences, round 14: a description ("the decree", "the law") that takes up an entity named in
an earlier sentence.

A short name a drafter defines in quotes after a name, with a defining adverb ("Decree 72/2013 (hereafter “the
Internet Decree”)", "Law No. 18 (hereinafter referred to as “the Data Law”)", "the X Law, hereafter “the Y Law”.")
is a second name of the same thing: a later description that fits both is not ambiguous between them, and the
relation goes to the nearer naming, the short name. Two different laws named before the description still leave it
unresolved, and a description of another kind takes up the thing of its kind."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        (  # a news report
            "Parliament passed Law No. 18 of 2018 (hereinafter referred to as “the Data Law”) in March. The statute"
            " governs how companies collect personal data.",
            "regulates",
            ("Data Law", "personal data"),
        ),
        (  # a government release: the defined name closes the sentence
            'The Ministry today published the Digital Services Law, hereafter "the Platform Law". The law governs'
            " how companies collect personal data.",
            "regulates",
            ("Platform Law", "personal data"),
        ),
        (  # a cable: a footnote marker between the name and the definition
            '¶3. The GVN issued Decree 72/2013[4] (hereafter "the Internet Decree") last month. The decree requires'
            " service providers to store user data in Vietnam.",
            "requiresLocalization",
            ("Internet Decree", "user data"),
        ),
    ],
)
def test_a_description_takes_up_a_law_with_a_defined_short_name(extractor, text, relation, pair):
    assert pair in fact_pairs(extractor, text, relation)


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        (  # two laws named before "the law": ambiguous, never guessed
            'Parliament passed Law No. 18 of 2018 (hereafter "the Data Law") and the Cyber Security Law in March.'
            " The law governs how companies collect personal data.",
            "regulates",
        ),
        (  # two decrees, one with a defined short name: still two
            '¶4. Post understands the GVN will issue Decree 13/2023 (hereafter "the Data Decree") and Decree 53/2022'
            " next year. The decree requires service providers to store user data in Vietnam.",
            "requiresLocalization",
        ),
    ],
)
def test_a_description_of_two_named_laws_stays_unresolved(extractor, text, relation):
    assert not fact_pairs(extractor, text, relation)


def test_a_description_of_another_kind_skips_the_defined_law(extractor):
    text = (
        'Parliament passed Law No. 18 of 2018 (hereafter "the Data Law"). The Ministry of Justice then issued'
        " Decree 9. The decree requires banks to store customer data in Ruritania."
    )
    pairs = fact_pairs(extractor, text, "regulates") | fact_pairs(extractor, text, "requiresLocalization")
    assert ("Data Law", "customer data") not in pairs
    assert ("Law No. 18 of 2018", "customer data") not in pairs
