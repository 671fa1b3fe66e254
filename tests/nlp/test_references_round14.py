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


# --- a personal pronoun: the one person named just before it -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        (  # a news report
            "Senator Jane Moss is a Democrat from Ohio. She introduced the Data Act in May.",
            "supports",
            ("Jane Moss", "Data Act"),
        ),
        (  # a government release
            "John Edwards was appointed in 2021. He now leads the Information Commissioner's Office.",
            "leads",
            ("John Edwards", "Information Commissioner's Office"),
        ),
        (  # a cable
            "¶5. Senator Tran Van Long is a senior lawmaker. He introduced the Cybersecurity Law in May.",
            "supports",
            ("Tran Van Long", "Cybersecurity Law"),
        ),
    ],
)
def test_a_person_pronoun_takes_up_the_one_person_named_before(extractor, text, relation, pair):
    assert pair in fact_pairs(extractor, text, relation)


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # two persons named before "she": ambiguous
        ("Jane Moss met John Smith in Geneva. She introduced the Data Act in May.", "supports"),
        # a person the text does not name stands between: "he" may be the ambassador
        ("¶4. Senator Tran Van Long met the Ambassador on May 3. He introduced the Cybersecurity Law.", "supports"),
        # a body is never "he"
        ("The Ministry of Justice drafted the Data Act. He opposed it.", "opposes"),
        # negated: not a fact
        ("Senator Jane Moss spoke on Tuesday. She did not introduce the Data Act.", "supports"),
    ],
)
def test_a_person_pronoun_is_not_guessed(extractor, text, relation):
    assert not fact_pairs(extractor, text, relation)
