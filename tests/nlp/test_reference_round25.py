"""Relations across sentences through reference, round 25 (probe text of our own: congressional releases, news,
Wikipedia-style pages, government releases).

- A law that goes through a chamber is the subject of an active "pass" or "clear" whose object is the chamber: the
  chamber enacts it ("the bill passed the House by a vote of 352-65"), also when the subject is a description or a
  pronoun that refers back; negated, hedged, conditional or committee votes are no facts
  (`relations/frames/chambers.py`, `chamber_clearing_verbs`).
- A bill's number with its title set after it in apposition ("H.R. 7521, the Protecting Americans ... Act") is one
  bill: a later "this bill" takes up the title; a list of numbered bills is not one
  (`relations/mentions.Mentions.titled`, `descriptions._one_thing`).
- When two laws named in the nearest sentence fit a description and the sentence's subject is none of them, the law
  its main verb introduces is the one the description takes up, not a law its purpose names ("introduced
  the X Act, to reauthorize Section 702 of the Y Act. The legislation is cosponsored by ..."); two such laws leave
  it undecided (`descriptions._made_law`).
"""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs

_HR = (
    "Representative Claudia Tenney voted for H.R. 7521, the Protecting Americans from Foreign Adversary Controlled"
    " Applications Act, which would protect Americans' data. "
)
_ACT = "Protecting Americans from Foreign Adversary Controlled Applications Act"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # congressional release: a description with a relative clause between it and the verb
        (_HR + "This bill, which Tenney cosponsored, passed the House by a vote of 352-65.", ("House", _ACT)),
        # congressional release: a description with an adjective, in a complement clause
        (_HR + "I'm pleased this critical bill passed the House with broad, bipartisan support.", ("House", _ACT)),
        # Wikipedia-style page: a pronoun, a chamber named with its country
        (
            "The Digital Security Act was adopted in October 2018. It passed the Parliament of Bangladesh in September"
            " 2018.",
            ("Parliament of Bangladesh", "Digital Security Act"),
        ),
        # news: a union's chamber
        ("The Data Act passed the European Parliament in November.", ("European Parliament", "Data Act")),
    ],
)
def test_a_law_that_passed_a_chamber_was_enacted_by_it(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "enacts")


def test_a_description_after_a_numbered_bill_takes_up_its_title(extractor):
    text = _HR + "This bill, which Tenney cosponsored, passed the House by a vote of 352-65."
    assert ("Tenney", _ACT) in fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        # news: the bill did not pass
        "Senator Blackburn introduced the Kids Online Safety Act in May. The bill did not pass the Senate.",
        # news: expected, not done
        "Senator Blackburn introduced the Kids Online Safety Act in May. The bill is expected to pass the Senate.",
        # news: a condition
        "Senator Blackburn introduced the Kids Online Safety Act in May. If it passes the Senate, it goes to the"
        " House.",
        # news: the chamber's committee only moves the bill on
        "The American Privacy Rights Act passed the House Energy and Commerce Committee on Thursday.",
    ],
)
def test_a_chamber_that_has_not_passed_a_law_does_not_enact_it(extractor, text):
    assert not any(head.startswith(("Senate", "House")) for head, _ in fact_pairs(extractor, text, "enacts"))


def test_a_list_of_numbered_bills_is_no_one_bill(extractor):
    text = (
        "The committee reported H.R. 7520, the Data Broker Act, and H.R. 7521, the Foreign Apps Act, on Thursday."
        " This bill passed the House by a vote of 352-65."
    )
    assert not any(h == "House" for h, _ in fact_pairs(extractor, text, "enacts"))


def test_a_description_takes_up_the_law_the_sentence_introduces(extractor):
    # Senate release: the introduced law, not the one its purpose amends
    text = (
        "Senator Maria Cantwell introduced the Consumer Online Privacy Rights Act on Tuesday, to amend the Federal"
        " Trade Commission Act. The legislation is cosponsored by Senators Brian Schatz and Amy Klobuchar."
    )
    assert ("Brian Schatz", "Consumer Online Privacy Rights Act") in fact_pairs(extractor, text, "supports")


def test_what_an_introduced_bill_requires_is_read_but_only_proposed(extractor):
    # news: the bill, not the act it would replace; a bill's content is no fact yet
    text = (
        "The Minister of Information introduced the Cybersecurity Bill to replace the Electronic Transactions Act."
        " The bill requires foreign companies to store personal data in Kenya."
    )
    assert ("Cybersecurity Bill", "personal data") in any_pairs(extractor, text, "requiresLocalization")
    assert not fact_pairs(extractor, text, "requiresLocalization")


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # two laws introduced together: the description is ambiguous
        (
            "Senator Maria Cantwell introduced the Consumer Online Privacy Rights Act and the Data Broker"
            " Accountability Act on Tuesday. The legislation is cosponsored by Senator Brian Schatz.",
            "supports",
        ),
        # a sentence that neither passes nor introduces either law
        (
            "The National Assembly debated the Law on Cybersecurity and the Law on Network Information Security."
            " The law requires foreign companies to store personal data in Vietnam.",
            "requiresLocalization",
        ),
    ],
)
def test_a_description_with_two_laws_brought_in_abstains(extractor, text, relation):
    assert not any_pairs(extractor, text, relation) & {
        ("Brian Schatz", "Consumer Online Privacy Rights Act"),
        ("Brian Schatz", "Data Broker Accountability Act"),
        ("Law on Cybersecurity", "personal data"),
        ("Law on Network Information Security", "personal data"),
    }
