"""Round 13b, relations other than regulates: a speaker who calls a bill "our bill" or "my legislation" in their
own quoted words advocates it (supports) when the bill referred to is one the text calls a bill, says was introduced
or gives sponsors ("co-sponsors for X"), the quotation attributed to its speakers in the same sentence or, when a
quotation opens the next sentence of the paragraph, continuing the speaker's words."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # news release: two coordinated speakers after the quotation
            "The Online Privacy Act was introduced in March. “We are pleased by the growing support for our sensible, "
            "bipartisan bill,” said Senators Maria Lopez and John Carter.",
            {("Maria Lopez", "Online Privacy Act"), ("John Carter", "Online Privacy Act")},
        ),
        (  # a law with co-sponsors is a bill
            "Senator Maria Lopez announced six new bipartisan co-sponsors for the Online Privacy Act. “We are pleased "
            "by the growing support for our bipartisan bill,” said Senators Maria Lopez and John Carter.",
            {("Maria Lopez", "Online Privacy Act"), ("John Carter", "Online Privacy Act")},
        ),
        (  # a quotation continued in the next sentence of the paragraph
            "The Consumer Data Act was introduced in March. “Data brokers sell our location to anyone,” Senator Ana "
            "Ruiz said. “Our bipartisan bill would stop that trade.”",
            {("Ana Ruiz", "Consumer Data Act")},
        ),
        (  # government release: "my legislation"
            "The Online Privacy Act was introduced in March. “My legislation sets common-sense guardrails on data "
            "brokers,” Representative John Carter said.",
            {("John Carter", "Online Privacy Act")},
        ),
        (  # cable: a minister's own bill
            "UNCLAS SECTION 01 OF 02 BERLIN 000123. The ministry published the Data Retention Bill in May. "
            '"Our bill protects citizens," Interior Minister Karl Weber told the Ambassador.',
            {("Karl Weber", "Data Retention Bill")},
        ),
    ],
)
def test_the_speaker_of_our_bill_supports_it(extractor, text, expected):
    assert expected <= fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        # someone else's bill
        "The Online Privacy Act was introduced in March. “Their bill would destroy encryption,” Senator Ana Ruiz said.",
        # reported speech: "our" is the writer's
        "The Online Privacy Act was introduced in March. Senator Ana Ruiz said our bill was dead.",
        # a quotation in a new paragraph is not the last speaker's
        "The Online Privacy Act was introduced in March. “Data is sold abroad,” Senator Ana Ruiz said.\n\n“Our bill "
        "is the answer.”",
    ],
)
def test_no_speaker_owns_a_bill_not_theirs(extractor, text):
    assert ("Ana Ruiz", "Online Privacy Act") not in fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    ("text", "law"),
    [
        # a law named beside "our bill" is set against it
        ("“The Data Act is flawed, and our bill fixes it,” said Senator Ana Ruiz.", "Data Act"),
        (
            "The House passed the Data Act last week. “Unlike the Data Act, our bill protects encryption,” Senator "
            "Ana Ruiz said.",
            "Data Act",
        ),
        # a law the text never calls a bill nor says was introduced
        (
            "The GDPR took effect in 2018. “Our bill would bring American law closer to Europe,” Senator Ana Ruiz "
            "said.",
            "GDPR",
        ),
        # "our own bill": another than the one named
        (
            "The Data Act was introduced by Senator John Carter. “We will introduce our own bill next month,” "
            "Senator Ana Ruiz said.",
            "Data Act",
        ),
    ],
)
def test_our_bill_is_not_a_law_it_is_set_against(extractor, text, law):
    assert ("Ana Ruiz", law) not in fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Data brokers sell our location to anyone,” Senator Maria Lopez said. “I introduced the Online Privacy "
            "Act to stop that trade.”",
            {("Maria Lopez", "Online Privacy Act")},
        ),
        (
            "“Data brokers sell our location to anyone,” Senator Maria Lopez said. “I am proud to cosponsor the "
            "Consumer Data Act.”",
            {("Maria Lopez", "Consumer Data Act")},
        ),
        # a new paragraph is no continuation
        (
            "“Data brokers sell our location to anyone,” Senator Maria Lopez said.\n\n“I introduced the Online Privacy "
            "Act to stop that trade.”",
            set(),
        ),
        # the continued quotation's own polarity holds
        ("“The trade must end,” Senator Maria Lopez said. “I will never support the Online Privacy Act.”", set()),
    ],
)
def test_a_continued_quotation_keeps_its_speakers_first_person(extractor, text, expected):
    assert fact_pairs(extractor, text, "supports") == expected
