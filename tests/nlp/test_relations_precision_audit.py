"""Precision audit: clauses that say a relation without asserting it as a fact (questions, indirect questions,
"has yet to", "no longer", hearsay passives, future events, office-holders not yet in office) and a title's
address read as a second body ("Director of Intelligence, Ministry of Defence"). Probe sentences of our own; each
wrong case has close cases that must stay facts."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow

LAW = "Federal Law No. 242-FZ"
GDPR = "General Data Protection Regulation"
FBI = "Federal Bureau of Investigation"

# (text, the relation it names, its polarity, its modality): not a fact
NOT_FACTS = [
    # a direct question asks
    (f"Will Russia adopt {LAW}?", ("Russia", "enacts", LAW), "asserted", "proposed"),
    ("Did the Reserve Bank of India require local storage of payment data?",
     ("Reserve Bank of India", "requiresLocalization", "payment data"), "asserted", "hedged"),
    (f"Does Russia oppose the {GDPR}?", ("Russia", "opposes", GDPR), "asserted", "hedged"),
    # an indirect question leaves it open
    (f"It is unclear whether Russia adopted {LAW}.", ("Russia", "enacts", LAW), "asserted", "hedged"),
    # "yet to" has not happened; "no longer" has stopped
    (f"Russia has yet to adopt {LAW}.", ("Russia", "enacts", LAW), "negated", "stated"),
    (f"Russia is yet to adopt {LAW}.", ("Russia", "enacts", LAW), "negated", "stated"),
    (f"Russia no longer opposes the {GDPR}.", ("Russia", "opposes", GDPR), "negated", "stated"),
    # hearsay: a passive verb of saying raises the subject
    (f"Russia was said to have adopted {LAW}.", ("Russia", "enacts", LAW), "asserted", "hedged"),
    (f"Russia is reported to oppose the {GDPR}.", ("Russia", "opposes", GDPR), "asserted", "hedged"),
    # a future or scheduled event has not happened
    (f"Russia will adopt {LAW} next year.", ("Russia", "enacts", LAW), "asserted", "proposed"),
    (f"Russia is set to adopt {LAW} next year.", ("Russia", "enacts", LAW), "asserted", "proposed"),
    ("Brazil will join the Organisation for Economic Co-operation and Development in 2027.",
     ("Brazil", "memberOf", "Organisation for Economic Co-operation and Development"), "asserted", "proposed"),
    # an office-holder not yet in office
    (f"John Smith, the future Director of the {FBI}, testified on Tuesday.",
     ("John Smith", "leads", FBI), "asserted", "proposed"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rel", "polarity", "modality"), NOT_FACTS)
def test_a_clause_that_does_not_assert_states_no_fact(
    extractor: Extractor, text: str, rel: tuple, polarity: str, modality: str
) -> None:
    facts, others = relations(extractor, text)
    assert rel not in facts, facts
    assert (*rel, polarity, modality) in others, others


# close cases that must stay facts
FACTS = [
    (f"Russia adopted {LAW} in July 2014.", ("Russia", "enacts", LAW)),
    # a question quoted inside a stated sentence does not make the sentence a question
    (f'Russia adopted {LAW} in 2014, and critics asked "what next?" in the press.', ("Russia", "enacts", LAW)),
    # "yet" that is not "yet to"; "longer" without "no"
    (f"Russia has adopted {LAW}, yet it still opposes the {GDPR}.", ("Russia", "enacts", LAW)),
    (f"Russia opposed the {GDPR} for longer than a year.", ("Russia", "opposes", GDPR)),
    # an active verb of saying reports: the reported clause is stated (the team's note)
    (f"Officials said that Russia adopted {LAW} in 2014.", ("Russia", "enacts", LAW)),
    # what a law will require is what it says
    ("The Payment Data Act will require payment data to be stored in India.",
     ("Payment Data Act", "requiresLocalization", "payment data")),
    (f"John Smith, the current Director of the {FBI}, testified on Tuesday.", ("John Smith", "leads", FBI)),
    (f"John Smith, Director of the {FBI}, testified on Tuesday.", ("John Smith", "leads", FBI)),
    ("Morio Yukawa, Director of the Economic Bureau of the Japanese Foreign Ministry, predicted retaliation.",
     ("Morio Yukawa", "leads", "Economic Bureau of the Japanese Foreign Ministry")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), FACTS)
def test_a_stated_clause_stays_a_fact(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


def test_a_title_of_a_unit_with_its_address_leads_only_the_unit(extractor: Extractor) -> None:
    """ "Director-General of Intelligence, Ministry of Defence": the ministry is where the unit sits."""
    text = "Sir Kenneth Strong, first Director-General of Intelligence, Ministry of Defence, met the delegation."
    facts, _ = relations(extractor, text)
    assert not any(f[1] == "leads" and f[2] == "Ministry of Defence" for f in facts), facts


def test_a_coordinated_portfolio_still_names_the_ministry(extractor: Extractor) -> None:
    """ "Minister of Industry, Tourism and Trade (MITYC) X": a list with "and" is a coordination, not an
    address."""
    text = "Minister of Industry, Tourism, and Trade (MITYC) Miguel Sebastian told the ambassador that he agreed."
    facts, _ = relations(extractor, text)
    assert ("Miguel Sebastian", "leads", "MITYC") in facts, facts


# round 2: disputed claims, headlines, approximation, past membership
NOT_FACTS_2 = [
    # a reported claim the same sentence rejects
    ("Critics say Federal Law No. 242-FZ requires local storage of personal data, a claim the ministry rejects.",
     (LAW, "requiresLocalization", "personal data"), "denied", "stated"),
    (f"Press reports that Russia adopted {LAW} were false.", ("Russia", "enacts", LAW), "denied", "stated"),
    # a headline's bare to-infinitive announces what is to come
    (f"Russia to adopt {LAW}", ("Russia", "enacts", LAW), "asserted", "proposed"),
    # an event that came close to happening did not
    (f"Russia almost adopted {LAW}.", ("Russia", "enacts", LAW), "negated", "stated"),
    ("Russia nearly joined the Organisation for Economic Co-operation and Development.",
     ("Russia", "memberOf", "Organisation for Economic Co-operation and Development"), "negated", "stated"),
    # a former member is no longer one
    ("Russia is a former member of the Council of Europe.", ("Russia", "memberOf", "Council of Europe"),
     "negated", "stated"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rel", "polarity", "modality"), NOT_FACTS_2)
def test_a_disputed_announced_or_approximated_event_is_no_fact(
    extractor: Extractor, text: str, rel: tuple, polarity: str, modality: str
) -> None:
    facts, others = relations(extractor, text)
    assert rel not in facts, facts
    assert (*rel, polarity, modality) in others, others


FACTS_2 = [
    ("Officials say Federal Law No. 242-FZ requires local storage of personal data.",
     (LAW, "requiresLocalization", "personal data")),
    ("Critics say Federal Law No. 242-FZ requires local storage of personal data, and the ministry agrees.",
     (LAW, "requiresLocalization", "personal data")),
    (f"Russia Adopts {LAW}", ("Russia", "enacts", LAW)),
    (f"Russia adopted {LAW} almost a year ago.", ("Russia", "enacts", LAW)),
    ("Russia is a member of the Council of Europe.", ("Russia", "memberOf", "Council of Europe")),
    (f"India and Russia adopted {LAW}.", ("India", "enacts", LAW)),
    (f"India and Russia adopted {LAW}.", ("Russia", "enacts", LAW)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), FACTS_2)
def test_a_stated_report_or_headline_stays_a_fact(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


def test_respectively_pairs_items_in_order(extractor: Extractor) -> None:
    text = f"India and Russia adopted {LAW} and the Digital Personal Data Protection Act respectively."
    facts, _ = relations(extractor, text)
    assert ("India", "enacts", LAW) in facts, facts
    assert ("Russia", "enacts", "Digital Personal Data Protection Act") in facts, facts
    assert ("Russia", "enacts", LAW) not in facts, facts
    assert ("India", "enacts", "Digital Personal Data Protection Act") not in facts, facts


# round 3: obligations to act, aspiring members, what holds under a proposal, stances in doubt or gone
FDPA = "Federal Data Protection Act"
NOT_FACTS_3 = [
    (f"Germany must adopt the {FDPA}.", ("Germany", "enacts", FDPA), "asserted", "proposed"),
    (f"Germany needs to adopt the {FDPA}.", ("Germany", "enacts", FDPA), "asserted", "proposed"),
    (f"Germany has to adopt the {FDPA} by May.", ("Germany", "enacts", FDPA), "asserted", "proposed"),
    (f"Germany is required to adopt the {FDPA}.", ("Germany", "enacts", FDPA), "asserted", "proposed"),
    ("Germany is an aspiring member of the European Union.", ("Germany", "memberOf", "European Union"),
     "asserted", "proposed"),
    (f"Under the proposal, the {FDPA} regulates personal data.", (FDPA, "regulates", "personal data"),
     "asserted", "proposed"),
    (f"Under the plan, Germany adopts the {FDPA}.", ("Germany", "enacts", FDPA), "asserted", "proposed"),
    (f"Germany's support for the {GDPR} is in doubt.", ("Germany", "supports", GDPR), "asserted", "hedged"),
    (f"Germany's support for the {GDPR} remains uncertain.", ("Germany", "supports", GDPR), "asserted", "hedged"),
    (f"Germany's opposition to the {GDPR} has faded.", ("Germany", "opposes", GDPR), "negated", "stated"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rel", "polarity", "modality"), NOT_FACTS_3)
def test_an_obligation_a_plan_or_a_stance_in_doubt_is_no_fact(
    extractor: Extractor, text: str, rel: tuple, polarity: str, modality: str
) -> None:
    facts, others = relations(extractor, text)
    assert rel not in facts, facts
    assert (*rel, polarity, modality) in others, others


FACTS_3 = [
    # what a law must do is what it says
    ("Under the Payment Data Act, payment data must be stored in India.",
     ("Payment Data Act", "requiresLocalization", "payment data")),
    (f"Under the {FDPA}, the ministry regulates personal data.", (FDPA, "regulates", "personal data")),
    ("Germany is a founding member of the European Union.", ("Germany", "memberOf", "European Union")),
    (f"Germany's support for the {GDPR} is well known.", ("Germany", "supports", GDPR)),
    (f"France helped Germany adopt the {FDPA}.", ("Germany", "enacts", FDPA)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), FACTS_3)
def test_a_law_that_must_and_a_stance_that_holds_stay_facts(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


def test_a_coordinated_clause_with_its_own_tense_keeps_its_own_standing(extractor: Extractor) -> None:
    """ "The convention will bind its parties, and the United States is not a member of the Council of Europe":
    the second clause has a tense of its own and does not share the first one's "will"."""
    text = "The convention will bind its parties, and the United States is not a member of the Council of Europe."
    _, others = relations(extractor, text)
    assert ("United States", "memberOf", "Council of Europe", "negated", "stated") in others, others


def test_a_coordinated_verb_shares_the_future_of_the_first(extractor: Extractor) -> None:
    text = f"Russia will draft and adopt {LAW} next year."
    facts, _ = relations(extractor, text)
    assert ("Russia", "enacts", LAW) not in facts, facts


# round 4: a clause said to be false, a claim without support, "be to"
NOT_FACTS_4 = [
    (f"It is false that Russia adopted {LAW}.", ("Russia", "enacts", LAW), "denied", "stated"),
    (f"There is no evidence that Russia opposed the {GDPR}.", ("Russia", "opposes", GDPR), "asserted", "hedged"),
    (f"Russia was to adopt {LAW} in May.", ("Russia", "enacts", LAW), "asserted", "proposed"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rel", "polarity", "modality"), NOT_FACTS_4)
def test_a_clause_said_false_or_unsupported_is_no_fact(
    extractor: Extractor, text: str, rel: tuple, polarity: str, modality: str
) -> None:
    facts, others = relations(extractor, text)
    assert rel not in facts, facts
    assert (*rel, polarity, modality) in others, others


FACTS_4 = [
    (f"It is true that Russia adopted {LAW}.", ("Russia", "enacts", LAW)),
    (f"There is evidence that Russia opposed the {GDPR}.", ("Russia", "opposes", GDPR)),
    ("Russia is a member of the Council of Europe.", ("Russia", "memberOf", "Council of Europe")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), FACTS_4)
def test_a_clause_said_true_or_supported_stays_a_fact(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


def test_no_requirement_is_the_negated_requirement_not_a_hedge(extractor: Extractor) -> None:
    _, others = relations(extractor, "Kenya has no requirement that health data be stored in Kenya.")
    assert ("Kenya", "requiresLocalization", "health data", "negated", "stated") in others, others
