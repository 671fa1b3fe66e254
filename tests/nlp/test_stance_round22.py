"""Stance, round 22 (probe text of our own: White House and agency statements, congressional releases, Hansard,
news, law-firm pages).

One who thanks, commends or credits a person for their leadership, work or efforts on a law says that the person drove
the law, and so the person supports it: "I want to thank Senators A and B, along with Leader C, for their leadership on
this legislation". The law may be named or referred to ("this bill"). Thanks for anything else ("for his comments on
the bill", "for Indonesia's leadership of ASEAN") say no stance on a law, a body thanked for its work on a bill has
handled it rather than championed it, and thanks that are denied or only supposed are no fact.

A sponsorship noun says what the verb "cosponsor" says: "Senator A announced his cosponsorship of the X Act" (and the
headline "Kaine Announces Cosponsorship of X") says that a legislator sponsors, and so supports, the bill. Not a
sponsorship withdrawn or only sought, a denied announcement, nor one held by a minister or a company."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (  # a White House statement: a list, and one thanked "along with" it
            "I want to thank Senators Warner and Thune, along with Leader Schumer, for their leadership on the"
            " RESTRICT Act.",
            {("Warner", "RESTRICT Act"), ("Thune", "RESTRICT Act"), ("Schumer", "RESTRICT Act")},
        ),
        (  # an agency head's statement: the law referred to in the next sentence
            "The House passed the Secure Networks Act on Friday. I want to thank Chairman Wicker and Ranking Member"
            " Walden for their work on this bill.",
            {("Wicker", "Secure Networks Act"), ("Walden", "Secure Networks Act")},
        ),
        (  # news
            "The Chamber of Commerce commended Senator Kennedy for his leadership on the Online Privacy Act.",
            {("Kennedy", "Online Privacy Act")},
        ),
        (  # Hansard
            "I thank the noble Lord, Lord Clement-Jones, for his work on the Data Protection Bill.",
            {("Clement-Jones", "Data Protection Bill")},
        ),
        (  # a law-firm page
            "The coalition praised Representative Anna Eshoo for her efforts on the Online Privacy Act.",
            {("Anna Eshoo", "Online Privacy Act")},
        ),
        (  # congratulated "on"
            "Microsoft congratulated Senator Maria Cantwell on her leadership in the CLOUD Act.",
            {("Maria Cantwell", "CLOUD Act")},
        ),
        (  # the one thanked as the passive's subject
            "Senator Warner was thanked for his work on the RESTRICT Act.",
            {("Warner", "RESTRICT Act")},
        ),
    ],
)
def test_who_is_thanked_for_work_on_a_law_supports_it(extractor, text, pairs):
    assert pairs <= fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        "We thank Senator Hawley for his comments on the Online Privacy Act.",
        "The Minister thanked Baroness Jones for her questions on the Online Safety Bill.",
        "The Commission thanked Senator Warner for his leadership of the Intelligence Committee and the Data Act.",
        "President Biden thanked President Widodo for Indonesia's leadership of ASEAN and the Digital Economy Act.",
    ],
)
def test_thanks_for_anything_else_say_no_stance(extractor, text):
    assert not fact_pairs(extractor, text, "supports")


def test_a_body_thanked_for_its_work_on_a_bill_handled_it(extractor):
    text = "The Minister thanked the Science and Technology Committee for its work on the Online Safety Bill."
    assert not any_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "I do not want to thank Senator Cruz for his work on the Kids Online Safety Act.",
            ("Cruz", "Kids Online Safety Act"),
        ),
        (
            "If the Senate passes the bill, we will thank Senator Warner for his work on the Data Act.",
            ("Warner", "Data Act"),
        ),
    ],
)
def test_thanks_denied_or_supposed_are_no_fact(extractor, text, pair):
    assert pair not in fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (  # a senator's release: the headline, with the title given further down
            "Kaine Announces Cosponsorship of RESTRICT Act to Counter National Security Threats\n\nWASHINGTON, D.C."
            " - Today, U.S. Senator Tim Kaine announced that he will cosponsor the RESTRICT Act.",
            ("Kaine", "RESTRICT Act"),
        ),
        (  # news
            "Senator Warner announced his cosponsorship of the Online Privacy Act on Tuesday.",
            ("Warner", "Online Privacy Act"),
        ),
        (  # a law-firm page: the possessor of the noun as its clause's subject
            "Rep. Eshoo's sponsorship of the Online Privacy Act drew praise from privacy groups.",
            ("Eshoo", "Online Privacy Act"),
        ),
        (  # a telegram in capitals
            "SENATOR LUGAR CONFIRMED HIS COSPONSORSHIP OF THE DATA SECURITY ACT.",
            ("LUGAR", "DATA SECURITY ACT"),
        ),
    ],
)
def test_an_announced_sponsorship_supports_the_bill(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        "Senator Warner withdrew his cosponsorship of the Online Privacy Act.",
        "Senator Warner sought cosponsorship of the Online Privacy Act from Republicans.",
        "Senator Warner did not announce his cosponsorship of the Online Privacy Act.",
        "Home Secretary Theresa May announced her sponsorship of the Investigatory Powers Bill.",
        "Microsoft announced its sponsorship of the Online Privacy Act.",
    ],
)
def test_a_sponsorship_withdrawn_sought_denied_or_not_a_legislators_says_no_support(extractor, text):
    assert not fact_pairs(extractor, text, "supports")
