"""Opposition by asking a rule's holder to relax, undo or replace it, and heads of state named by title (issue 13):
probe sentences of our own, with counter-examples that must not change."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


# who asks the holder of a rule to weaken, undo, put off or replace it acts against the holder (the one asked, or
# the possessor of the rule when the one asked is a person); a named law is what is opposed when it is the rule
URGING_FACTS = [
    ("Microsoft urged Kenya to relax its rules on cloud hosting.", [("Microsoft", "opposes", "Kenya")]),
    ("Google and Meta pressed the Central Bank of Kenya and the Ministry of Finance to ease the guidelines.",
     [(f, "opposes", b) for f in ("Google", "Meta") for b in ("Central Bank of Kenya", "Ministry of Finance")]),
    ("Senator Ann Lee urged President Mark Obi to soften Ghana's stance on data storage.",
     [("Ann Lee", "opposes", "Ghana")]),
    ("Google called on Brazil to reconsider the requirement.", [("Google", "opposes", "Brazil")]),
    ("Senators Ann Lee and Tom Ray urged Peru to instead adopt a light-touch framework.",
     [("Ann Lee", "opposes", "Peru"), ("Tom Ray", "opposes", "Peru")]),
    # a named law asked to be withdrawn is the law opposed
    ("The United States urged Chile to withdraw Decree 53.", [("United States", "opposes", "Decree 53")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), URGING_FACTS)
def test_asking_the_holder_to_relax_a_rule_opposes_it(extractor: Extractor, text: str, expected: list) -> None:
    facts, _ = relations(extractor, text)
    for fact in expected:
        assert fact in facts, facts


URGING_NOT_FACTS = [
    # negated, hedged, conditional: never a fact
    "Microsoft did not urge Kenya to relax its rules on cloud hosting.",
    "Microsoft may lobby Kenya to relax its rules on cloud hosting.",
    "If Microsoft urges Kenya to relax its rules, the ministry will review them.",
    # asking to adopt or strengthen a rule is no opposition
    "Microsoft urged Kenya to adopt a data protection law.",
    "Microsoft urged Kenya to strengthen its rules on cloud hosting.",
    # what is put off is not a rule; asking for more time to comply is no stand against the rule
    "Microsoft asked Kenya to delay the meeting.",
    "Visa asked Chile to delay the deadline for the rules.",
    "Visa and Amex asked the Central Bank of Chile to postpone the rules.",
    # the one asked is the subject of a passive: who asks is not said as an entity here
    "Kenya was urged to relax its rules on cloud hosting.",
]


@pytest.mark.parametrize("text", URGING_NOT_FACTS)
def test_no_opposition_from_these_requests(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not any(r[1] == "opposes" for r in facts), facts


# a head-of-state or government title with the state said in the same noun phrase: a possessive, "of", or the
# state's nationality adjective (the state then named in the sentence); a possessive body before its abbreviation
LEADS_FACTS = [
    ("Ghanaian President Mark Obi met Ghana's trade minister.", ("Mark Obi", "leads", "Ghana")),
    ("Brazil's President Ana Luz signed the law.", ("Ana Luz", "leads", "Brazil")),
    ("President Ana Luz of Brazil signed the law.", ("Ana Luz", "leads", "Brazil")),
    ("The Kenya Data Protection Commission's (KDPC), National Commissioner, Dr Ruth Mwangi, spoke on Monday.",
     ("Ruth Mwangi", "leads", "Kenya Data Protection Commission")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), LEADS_FACTS)
def test_a_title_with_its_state_or_body_leads(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


LEADS_NOT_FACTS = [
    # a former holder leads no more
    ("Former President Ana Luz of Brazil signed the law.", "Ana Luz"),
    ("Brazil's former President Ana Luz signed the law.", "Ana Luz"),
    # a nationality adjective whose state the sentence does not name gives no state
    ("Ghanaian President Mark Obi met Kenya's trade minister.", "Mark Obi"),
    # a deputy does not lead
    ("Ghanaian Vice President Mark Obi met Ghana's trade minister.", "Mark Obi"),
]


@pytest.mark.parametrize(("text", "person"), LEADS_NOT_FACTS)
def test_no_lead_from_these_titles(extractor: Extractor, text: str, person: str) -> None:
    facts, _ = relations(extractor, text)
    assert not any(r[0] == person and r[1] == "leads" for r in facts), facts
