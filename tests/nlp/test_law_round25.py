"""Law names, round 25 (probe texts of our own: news, law-firm notes, government releases, NGO newsletters,
telegrams).

The former Soviet states title a law or a decree by its subject after "On", and an English text quotes the title
right after the law's kind or number: the Law "On Personal Data", a decree "On some questions of improving usage of
the national segment ...". The whole quoted title is the law's name, however long and whether capitalised or not;
a quoted remark opening with "On" after no law's kind, or a date after "On", is none.

A law's number is cited after "no." in lower case too, with or without a space ("Decree no.60", "decision no.
440"), as after "No."."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs, of_type

pytestmark = pytest.mark.slow


# --- a quoted "On ..." title after a law's kind


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "MINSK, April 30 (Reuters) - The Council of Ministers issued a decree “On some questions of improving "
            "usage of the national segment of global Internet computer network” on Thursday.",
            "On some questions of improving usage of the national segment of global Internet computer network",
        ),
        (
            'Our client alert: Federal Law No. 242-FZ amended Federal Law No. 149-FZ "On Information, Information '
            'Technologies and the Protection of Information" to require local storage.',
            "On Information, Information Technologies and the Protection of Information",
        ),
        (
            "2. THE GOVERNMENT PUBLISHED THE LAW “On the protection of personal data of citizens and the procedure "
            "for its processing by operators” LAST WEEK.",
            "On the protection of personal data of citizens and the procedure for its processing by operators",
        ),
        (
            "Kazakhstan has had the Law “On Personal Data and Their Protection” since 2013.",
            "On Personal Data and Their Protection",
        ),
    ],
)
def test_a_quoted_on_title_after_a_law_kind_is_the_law_name(extractor, text, title):
    assert title in of_type(extractor, text, "Law")


@pytest.mark.parametrize(
    "text, absent",
    [
        ('The minister said "On reflection, the data protection rules are far too weak" on Monday.', "On reflection"),
        (
            'The ministry said the decree "On 5 May the registry of websites will open to the public" was misquoted.',
            "On 5 May the registry of websites will open to the public",
        ),
    ],
)
def test_a_quoted_on_phrase_without_a_law_kind_or_with_a_date_is_no_law(extractor, text, absent):
    assert not any(law.startswith(absent[:12]) for law in of_type(extractor, text, "Law"))


def test_the_body_that_issues_a_decree_with_a_quoted_title_enacts_it(extractor):
    text = (
        "The Council of Ministers adopted a decree “On measures to register information resources of the "
        "national segment of the Internet” in April."
    )
    title = "On measures to register information resources of the national segment of the Internet"
    assert title in of_type(extractor, text, "Law")
    assert ("Council of Ministers", title) in fact_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "text, head, law, fact",
    [
        (
            'PARIS (AFP) - The National Assembly adopted the law "Creation and the Internet" on Tuesday.',
            "National Assembly",
            "Creation and the Internet",
            True,
        ),
        (
            'The National Assembly did not adopt the law "Creation and the Internet" in May.',
            "National Assembly",
            "Creation and the Internet",
            False,
        ),
        (
            'The Council of Ministers may adopt a decree "On the registration of websites" next year.',
            "Council of Ministers",
            "On the registration of websites",
            False,
        ),
    ],
)
def test_a_title_quoted_after_the_instrument_noun_is_the_enacted_law(extractor, text, head, law, fact):
    """The quoted title right after "the law", "a decree" names the instrument the verb acts on; a negated or
    hedged act stays no fact."""
    assert ((head, law) in fact_pairs(extractor, text, "enacts")) is fact


# --- "no." in lower case before a law's number


@pytest.mark.parametrize(
    "text, law",
    [
        ("Following Decree no.60 of 1 February 2010, all websites must register with the ministry.", "Decree no.60"),
        ("The ministry cited Decree No. 60 and Decree no. 61 in its reply.", "Decree no. 61"),
        (
            "The Constitutional Court ruled in its decision no. 440 that the data retention law was unconstitutional.",
            "decision no. 440",
        ),
    ],
)
def test_a_lower_case_number_word_cites_a_law(extractor, text, law):
    assert law in of_type(extractor, text, "Law")


def test_a_court_enacts_its_numbered_decision(extractor):
    text = "The Romanian Constitutional Court issued decision no. 440 on 8 July 2014."
    assert ("Romanian Constitutional Court", "decision no. 440") in fact_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The board reached no decision on the matter at its meeting.", "decision"),
        ("There was no decision no one could live with, the minister said.", "decision no"),
    ],
)
def test_decision_without_a_number_is_no_law(extractor, text, absent):
    assert not any(law.startswith(absent) for law in of_type(extractor, text, "Law"))
