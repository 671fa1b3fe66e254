"""Parties of an agreement, round 20 (probe text of our own, in the genres of news, White House statements and fact
sheets, encyclopedias and telegrams in capitals).

- A group that acts for several states acts for each: "the leaders (ministers, governments) of A, B and C signed
  X" (`arguments.Resolver._acting_for`, `leader` in `group_nouns`), and so does "we" in apposition to it, as joint
  statements open: "We, the Leaders of A and B, launched X".
- A list of states the parse breaks with an apposition ("Australia, Brunei Darussalam, Fiji, India and Japan": "Fiji,
  India and Japan" hung on "Darussalam") is still a list: two states the linker tells apart are no two names of one
  thing (`mentions._two_states`), and every name coordinated after the apposition is listed
  (`coordination._apposed_items`).
- The progressive of a verb of making an agreement says it is not made yet: "A and B are negotiating X" is no fact
  (proposed), "A and B negotiated X" is (`attitude._unfinished`, `unfinished_progressives`).
"""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _enacts(facts: set[tuple]) -> set[tuple[str, str]]:
    return {(head, tail) for head, rel, tail in facts if rel == "enacts"}


IPEF = "Indo-Pacific Economic Framework for Prosperity"
DEPA = "Digital Economy Partnership Agreement"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news: a group noun with a coordinated "of" phrase
        (
            "The leaders of France and Germany signed the Elysee Treaty in 1963.",
            {("France", "Elysee Treaty"), ("Germany", "Elysee Treaty")},
        ),
        (
            "Trade ministers of Chile, Singapore and New Zealand concluded the Digital Economy Partnership Agreement.",
            {("Chile", DEPA), ("Singapore", DEPA), ("New Zealand", DEPA)},
        ),
        (
            "The governments of Chile and Peru adopted the Digital Economy Partnership Agreement.",
            {("Chile", DEPA), ("Peru", DEPA)},
        ),
        # White House joint statement: "we" in apposition to the leaders
        (
            "We, the leaders of Japan and Australia, launched the Indo-Pacific Economic Framework for Prosperity.",
            {("Japan", IPEF), ("Australia", IPEF)},
        ),
        (
            "A year ago, we the leaders of Australia, Brunei Darussalam, Fiji, India, Indonesia, and Viet Nam launched"
            " the Indo-Pacific Economic Framework for Prosperity (IPEF) to advance resilience.",
            {
                ("Australia", IPEF),
                ("Brunei Darussalam", IPEF),
                ("Fiji", IPEF),
                ("India", IPEF),
                ("Indonesia", IPEF),
                ("Viet Nam", IPEF),
            },
        ),  # fmt: skip
        # encyclopedia: a coordinated subject the parse breaks with an apposition
        (
            "Australia, Brunei Darussalam, Fiji, India and Japan launched the Indo-Pacific Economic Framework for"
            " Prosperity in 2022.",
            {("Australia", IPEF), ("Brunei Darussalam", IPEF), ("Fiji", IPEF), ("India", IPEF), ("Japan", IPEF)},
        ),
        # the simple past of negotiating made the agreement
        (
            "In the late 1990s, the United States and the EU negotiated the Safe Harbor Agreement of 2000.",
            {("United States", "Safe Harbor Agreement of 2000"), ("EU", "Safe Harbor Agreement of 2000")},
        ),
    ],
)
def test_every_party_enacts(extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    facts, _ = relations(extractor, text)
    assert expected <= _enacts(facts)


@pytest.mark.parametrize(
    ("text", "parties", "law"),
    [
        ("Japan and Korea are negotiating the Digital Partnership Agreement.", {"Japan", "Korea"},
         "Digital Partnership Agreement"),
        ("The leaders of Japan and Korea are negotiating the Digital Partnership Agreement.", {"Japan", "Korea"},
         "Digital Partnership Agreement"),
        ("NEW ZEALAND AND SINGAPORE ARE NEGOTIATING THE DIGITAL ECONOMY PARTNERSHIP AGREEMENT.",
         {"NEW ZEALAND", "SINGAPORE"}, "DIGITAL ECONOMY PARTNERSHIP AGREEMENT"),
        ("Chile and Singapore were still finalising the Digital Economy Partnership Agreement in 2019.",
         {"Chile", "Singapore"}, DEPA),
        ("We, the leaders of Canada and Mexico, will not sign the Data Pact.", {"Canada", "Mexico"}, "Data Pact"),
    ],
)  # fmt: skip
def test_unmade_agreement_is_no_fact(extractor: Extractor, text: str, parties: set[str], law: str) -> None:
    facts, others = relations(extractor, text)
    assert not {(p, law) for p in parties} & _enacts(facts)
    assert {(p, law) for p in parties} <= {(o[0], o[2]) for o in others if o[1] == "enacts"}


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # a state's description in apposition is no second state; a name for the same state is no second party
        ("Japan, the host country, launched the Indo-Pacific Economic Framework for Prosperity.", {("host", IPEF)}),
        # "we" with no group in apposition stands for nobody named
        ("We launched the Indo-Pacific Economic Framework for Prosperity with Japan.", {("Japan", IPEF)}),
        # officials of one state speaking about another's refusal
        (
            "Japan declined to sign the Digital Partnership Agreement, officials of Korea and Japan said.",
            {("Japan", "Digital Partnership Agreement"), ("Korea", "Digital Partnership Agreement")},
        ),
    ],
)
def test_no_wrong_party(extractor: Extractor, text: str, not_expected: set[tuple[str, str]]) -> None:
    facts, _ = relations(extractor, text)
    found = _enacts(facts)
    assert not found & not_expected
    assert all(head in text for head, _ in found)


def test_two_names_of_one_law_in_apposition_stay_one(extractor: Extractor) -> None:
    """The apposition rule for two names of one thing still holds for laws."""
    facts, _ = relations(
        extractor, "Egypt adopted the Personal Data Protection Law, Law No. 151 of 2020, in July 2020."
    )
    assert ("Egypt", "Personal Data Protection Law") in _enacts(facts)
    assert ("Egypt", "Law No. 151 of 2020") not in _enacts(facts)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The majority leader of the Senate opposed the Data Privacy Act.", "Senate"),
        ("A Senate leader, Jane Roe, opposed the Data Privacy Act, officials said.", "Senate"),
    ],
)
def test_one_leader_does_not_act_for_the_body(extractor: Extractor, text: str, body: str) -> None:
    """A group noun acts for its body only as a group: "the leaders of A and B" sign for A and B, but one leader of a
    chamber is one person, whose stance is not the chamber's (lead, round 20)."""
    facts, _ = relations(extractor, text)
    assert not {(head, rel) for head, rel, _ in facts if rel in ("opposes", "supports")} & {
        (body, "opposes"),
        (body, "supports"),
    }
