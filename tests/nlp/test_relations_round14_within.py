"""Round 14, relations within one sentence that no rule read: one who commits to an act that carries a law out
(implementing, adopting, ratifying, joining, complying with it) supports the law ("Vietnam has committed to
implement X", "Canada has met its commitments for implementing Y", "Japan made a commitment to
ratify Z"); the act itself is only promised, so a membership or an enactment it names stays proposed ("Kenya
commits to join the Forum"). A commitment the clause negates or hedges, an act that undoes, reviews or only
considers the law, and a commitment abandoned are no support (`frames/commitment.py`).

"He" or "she" as the subject of what a named person is said to say ("Senator X announced that he will cosponsor
Y") stands for that person (`candidates.Context._reported_self`); a plural or unnamed speaker, another person named
before the pronoun, and a question keep the pronoun unresolved.

A legislature's committee or subcommittee that introduces, unveils or releases a bill sponsors it (supports), as a
legislator does; a ministry that introduces a bill still only proposes it (`frames/sponsorship.is_committee`).

The active subject of a verb of succession takes the office its "as" phrase names ("A replaced B as FTC Director":
A leads the FTC; `frames/appointment.succeeding_verb`); the one replaced, a deputy's office, an "as" phrase that is
no office, and a negated, hedged or expected succession give none."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a government release: the act after a coordinated act that undoes something else
            "Vietnam has committed to remove its tariffs on software and to take concrete steps to implement the "
            "Digital Trade Agreement.",
            ("Vietnam", "Digital Trade Agreement"),
        ),
        (  # a news report: a gerund after "committed to"
            "Kenya committed to adopting the Malabo Convention, the Minister said on Tuesday.",
            ("Kenya", "Malabo Convention"),
        ),
        (  # a cable: a noun of commitment made by the subject
            "Japan made a commitment to ratify the Budapest Convention before the summit.",
            ("Japan", "Budapest Convention"),
        ),
        (  # a statement: the possessor of the commitments, by reference
            "Today, Canada has met its commitments for implementing the Global Privacy Framework.",
            ("Canada", "Global Privacy Framework"),
        ),
        (  # complying with a law
            "The Ministry of Communications committed to comply with the Personal Data Protection Act.",
            ("Ministry of Communications", "Personal Data Protection Act"),
        ),
    ],
)
def test_a_commitment_to_carry_out_a_law_supports_it(extractor, text, expected):
    assert expected in fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has not committed to adopting the Malabo Convention.",
        "Kenya may commit to implementing the Malabo Convention.",
        "Kenya committed to consider adopting the Malabo Convention.",
        "Kenya committed to review the Malabo Convention.",
        "Kenya abandoned its commitment to implement the Malabo Convention.",
        "Kenya committed to repeal the Malabo Convention.",
    ],
)
def test_no_support_where_the_commitment_is_not_to_carry_the_law_out(extractor, text):
    assert ("Kenya", "Malabo Convention") not in fact_pairs(extractor, text, "supports")


def test_what_one_commits_to_do_is_only_proposed(extractor):
    text = "Kenya commits to join the Global Forum on Cyber Expertise and take effective actions."
    assert ("Kenya", "Global Forum on Cyber Expertise") not in fact_pairs(extractor, text, "memberOf")
    assert ("Kenya", "Global Forum on Cyber Expertise") in any_pairs(extractor, text, "memberOf")


def test_committing_an_offence_against_a_law_is_no_support(extractor):
    text = "Senator Smith said the agency committed violations of the Privacy Act."
    assert not fact_pairs(extractor, text, "supports")


# --- what a person says of themselves (read by relations/personal.py) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a senator's press release
            "Senator Tim Kaine announced that he will cosponsor the Cyber Shield Act, legislation that would empower "
            "the Department of Commerce to review transactions.",
            ("Tim Kaine", "Cyber Shield Act"),
        ),
        (  # a cable: told someone that ("told the Ambassador that he ..." is ambiguous: relations/personal.py)
            "Interior Minister Karl Weber told reporters that he supports the Data Retention Directive.",
            ("Karl Weber", "Data Retention Directive"),
        ),
        (  # a news report
            "Commissioner Margrethe Vestager said on Monday that she backs the Digital Markets Act.",
            ("Margrethe Vestager", "Digital Markets Act"),
        ),
    ],
)
def test_he_or_she_in_what_a_person_says_is_that_person(extractor, text, expected):
    assert expected in fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        "Senator Tim Kaine said he does not support the Cyber Shield Act.",
        "Senator Tim Kaine said he might support the Cyber Shield Act.",
        "Senator Tim Kaine said he would support the Cyber Shield Act if it were amended.",
        "Senator Tim Kaine asked whether he supports the Cyber Shield Act.",
        "Senator Tim Kaine said they support the Cyber Shield Act.",
        # another person named before "she" may be whom it stands for
        "Asked about Senator Ana Ruiz, Senator Tim Kaine said she supports the Cyber Shield Act.",
    ],
)
def test_no_reported_self_where_the_text_does_not_state_it(extractor, text):
    assert ("Tim Kaine", "Cyber Shield Act") not in fact_pairs(extractor, text, "supports")


def test_a_plural_or_unnamed_speaker_is_not_he(extractor):
    for text in ("The senators said he supports the Cyber Shield Act.", "The Ministry said he supports the Act."):
        assert not fact_pairs(extractor, text, "supports")


# --- a legislature's committee sponsors the bill it introduces ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a congressional release
            "The Senate Commerce Committee introduced the Children's Data Act on Monday.",
            ("Senate Commerce Committee", "Children's Data Act"),
        ),
        (  # a cable
            "The Embassy reported that the Bundestag Interior Committee introduced the Data Retention Bill last week.",
            ("Bundestag Interior Committee", "Data Retention Bill"),
        ),
        (  # a news report
            "The Senate Judiciary Committee unveiled the Online Safety Reform Act on Tuesday, officials said.",
            ("Senate Judiciary Committee", "Online Safety Reform Act"),
        ),
        (  # a subcommittee's release
            "The Innovation, Data, and Commerce Subcommittee released a draft of the Consumer Data Act.",
            ("Innovation, Data, and Commerce Subcommittee", "Consumer Data Act"),
        ),
    ],
)
def test_a_committee_sponsors_the_bill_it_introduces(extractor, text, expected):
    assert expected in fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        "The House Energy and Commerce Committee did not introduce the Data Broker Act.",
        "The House Energy and Commerce Committee may introduce the Data Broker Act next month.",
        "The House Energy and Commerce Committee plans to introduce the Data Broker Act.",
    ],
)
def test_no_committee_sponsorship_where_the_text_does_not_state_it(extractor, text):
    assert not fact_pairs(extractor, text, "supports")


def test_a_ministry_that_introduces_a_bill_only_proposes_it(extractor):
    text = "The Ministry of Communications introduced the Data Protection Bill in Parliament."
    assert not fact_pairs(extractor, text, "supports")
    assert ("Ministry of Communications", "Data Protection Bill") in any_pairs(extractor, text, "enacts")
    assert not fact_pairs(extractor, text, "enacts")


# --- who replaces or succeeds the holder of an office -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a cable
            "Carmen Ortega replaced Luis Vega as FTC Director in March 2009.",
            ("Carmen Ortega", "FTC"),
        ),
        (  # a news report
            "Lina Khan succeeded Joseph Simons as chair of the Federal Trade Commission in 2021.",
            ("Lina Khan", "Federal Trade Commission"),
        ),
        (  # a government release
            "John Edwards replaced Elizabeth Denham as head of the Information Commissioner's Office, the ministry "
            "announced.",
            ("John Edwards", "Information Commissioner's Office"),
        ),
    ],
)
def test_who_replaces_the_holder_as_the_office_leads(extractor, text, expected):
    assert expected in fact_pairs(extractor, text, "leads")


@pytest.mark.parametrize(
    "text",
    [
        "Luis Vega was replaced by Carmen Ortega as FTC Director in March 2009.",
        "Carmen Ortega did not replace Luis Vega as FTC Director.",
        "Carmen Ortega may replace Luis Vega as FTC Director.",
        "Carmen Ortega is expected to succeed Luis Vega as FTC Director.",
        "Carmen Ortega replaced Luis Vega as the FTC's main contact on the case.",
        "Carmen Ortega replaced Luis Vega as FTC deputy director.",
    ],
)
def test_no_succession_office_where_the_text_does_not_state_one(extractor, text):
    pairs = fact_pairs(extractor, text, "leads")
    assert ("Carmen Ortega", "FTC") not in pairs
    assert ("Luis Vega", "FTC") not in pairs
