"""What a law rules on, said in a clause the parse hangs on its verb as an adverbial (an embedded question, a clause
of time, a gerund after "from") or in an infinitive of purpose of the verb that makes the law. Probe sentences of
our own, positive and negated, hedged, conditional or proposed (the real model and rules)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


FACTS = [
    ("The Data Broker Act prohibits data brokers from transferring sensitive data to foreign adversaries.",
     ("Data Broker Act", "regulates", "sensitive data")),
    ("The Personal Data Protection Act governs when personal data can be transferred abroad.",
     ("Personal Data Protection Act", "regulates", "personal data")),
    ("The Privacy Act requires explicit consent before companies process health data.",
     ("Privacy Act", "regulates", "health data")),
    ("The Privacy Act demands written consent before hospitals share health data.",
     ("Privacy Act", "regulates", "health data")),
    ("The GDPR applies when companies process personal data of EU residents.",
     ("GDPR", "regulates", "personal data")),
    ("Congress passed the Data Broker Act to prohibit data brokers from transferring sensitive data.",
     ("Data Broker Act", "regulates", "sensitive data")),
    ("The Ministry issued the Cybersecurity Decree to regulate the transfer of personal data.",
     ("Cybersecurity Decree", "regulates", "personal data")),
    ("India passed the Digital Personal Data Protection Act to regulate the processing of personal data.",
     ("Digital Personal Data Protection Act", "regulates", "personal data")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), FACTS)
def test_what_a_law_rules_on(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts


NOT_FACTS = [
    ("The Data Broker Act does not prohibit companies from sharing health data.",
     ("Data Broker Act", "regulates", "health data"), "negated", "stated"),
    ("The Privacy Act would require consent before companies process health data.",
     ("Privacy Act", "regulates", "health data"), "asserted", "hedged"),
    ("If adopted, the Privacy Act would require consent before companies process health data.",
     ("Privacy Act", "regulates", "health data"), "asserted", "conditional"),
    ("The Senate failed to pass the Data Broker Act to prohibit brokers from selling location data.",
     ("Data Broker Act", "regulates", "location data"), "negated", "stated"),
    ("The committee released the Data Broker Bill to prohibit brokers from selling location data.",
     ("Data Broker Bill", "regulates", "location data"), "asserted", "proposed"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "relation", "polarity", "modality"), NOT_FACTS)
def test_not_facts(extractor: Extractor, text: str, relation: tuple, polarity: str, modality: str) -> None:
    facts, others = relations(extractor, text)
    assert relation not in facts
    assert (*relation, polarity, modality) in others


def test_a_condition_is_not_what_a_law_rules_on(extractor: Extractor) -> None:
    """ "if the hospital stores personal data abroad" is a condition, not what the Act governs."""
    text = "The Privacy Act regulates health data if the hospital stores personal data abroad."
    facts, _ = relations(extractor, text)
    assert ("Privacy Act", "regulates", "personal data") not in facts


OTHER_FACTS = [
    # a stance on the event that brings a law into being is a stance on the law
    ("The United States welcomed the adoption of the Data Privacy Framework.",
     ("United States", "supports", "Data Privacy Framework")),
    ("Microsoft opposed the passage of the Data Act.", ("Microsoft", "opposes", "Data Act")),
    # a body said to be a state's by the state's name before the noun of belonging
    ("The Federal Trade Commission, a U.S. agency, regulates data brokers.",
     ("Federal Trade Commission", "partOf", "U.S.")),
    # servers named by a nationality are inside that country
    ("Decree 53 requires foreign companies to store user data on Vietnamese servers.",
     ("Decree 53", "requiresLocalization", "user data")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), OTHER_FACTS)
def test_other_constructions(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts


def test_undoing_a_law_is_no_stance_on_it(extractor: Extractor) -> None:
    """ "welcomed the repeal of X" is not support for X."""
    facts, others = relations(extractor, "Microsoft welcomed the repeal of the Data Act.")
    assert not {f for f in facts if f[1] in ("supports", "opposes")}
    assert not {o for o in others if o[1] in ("supports", "opposes")}


OTHER_NOT_FACTS = [
    ("The United States did not welcome the adoption of the Data Act.",
     ("United States", "supports", "Data Act"), "negated", "stated"),
    ("The United States might oppose the adoption of the Data Act.",
     ("United States", "opposes", "Data Act"), "asserted", "hedged"),
    ("Decree 53 does not require companies to store user data on Vietnamese servers.",
     ("Decree 53", "requiresLocalization", "user data"), "negated", "stated"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "relation", "polarity", "modality"), OTHER_NOT_FACTS)
def test_other_not_facts(extractor: Extractor, text: str, relation: tuple, polarity: str, modality: str) -> None:
    facts, others = relations(extractor, text)
    assert relation not in facts
    assert (*relation, polarity, modality) in others


STANCE_AND_MEMBERSHIP = [
    # who demands that a law (or a body's decision) be undone opposes it
    ("Microsoft called for the repeal of the Data Act.", ("Microsoft", "opposes", "Data Act")),
    ("The United States urged Vietnam to withdraw Decree 53.", ("United States", "opposes", "Decree 53")),
    ("The United States pressed India to drop Decree 53.", ("United States", "opposes", "Decree 53")),
    ("Senators Ron Wyden and Mike Crapo wrote a letter calling on the President to protect jobs by reversing a "
     "decision by the U.S. Trade Representative.", ("Mike Crapo", "opposes", "U.S. Trade Representative")),
    # one of the members
    ("Germany is one of the 27 member states of the European Union.", ("Germany", "memberOf", "European Union")),
    ("Japan and France are among the members of the OECD.", ("Japan", "memberOf", "OECD")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), STANCE_AND_MEMBERSHIP)
def test_stance_and_membership(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts


PLANNED = [
    ("Microsoft did not call for the repeal of the Data Act.",
     ("Microsoft", "opposes", "Data Act"), "negated", "stated"),
    ("Microsoft may call for the repeal of the Data Act.", ("Microsoft", "opposes", "Data Act"), "asserted", "hedged"),
    ("Germany is not one of the members of the OECD.", ("Germany", "memberOf", "OECD"), "negated", "stated"),
    # applying, hoping or bidding to join is not membership ("hopes": a governor known by its "-s" form too)
    ("Ukraine applied to join the European Union.", ("Ukraine", "memberOf", "European Union"), "asserted", "proposed"),
    ("Ukraine hopes to become a member of the European Union.",
     ("Ukraine", "memberOf", "European Union"), "asserted", "proposed"),
    ("Ukraine hopes to be one of the member states of the European Union.",
     ("Ukraine", "memberOf", "European Union"), "asserted", "proposed"),
    ("Kenya hopes to adopt the Data Protection Act.",
     ("Kenya", "enacts", "Data Protection Act"), "asserted", "proposed"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "relation", "polarity", "modality"), PLANNED)
def test_planned_or_denied(extractor: Extractor, text: str, relation: tuple, polarity: str, modality: str) -> None:
    facts, others = relations(extractor, text)
    assert relation not in facts
    assert (*relation, polarity, modality) in others


def test_undoing_a_law_is_not_enacting_or_opposing_it(extractor: Extractor) -> None:
    """ "Congress repealed X": no stance is demanded; "urged X to adopt Y" is no opposition."""
    facts, _ = relations(extractor, "Congress repealed the Data Act.")
    assert not {f for f in facts if f[1] in ("opposes", "enacts")}
    facts, _ = relations(extractor, "The United States urged Vietnam to adopt Decree 53.")
    assert not {f for f in facts if f[1] == "opposes"}


PLACES_AND_RULES = [
    # the place hung on the stored data rather than on the verb
    ("In April 2018, the Reserve Bank of India directed payment system operators to store all payment data in "
     "India.", ("Reserve Bank of India", "requiresLocalization", "payment data")),
    # a noun of rule-making and its clause of ruling
    ("The Data Act establishes national standards to protect medical records.",
     ("Data Act", "regulates", "medical records")),
    ("The Data Act sets rules that govern access to industrial data.", ("Data Act", "regulates", "industrial data")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), PLACES_AND_RULES)
def test_places_and_rules(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts


def test_handling_data_in_a_country_is_not_keeping_it_there(extractor: Extractor) -> None:
    """ "encrypt payment data in India" says nothing of where the data must stay."""
    facts, others = relations(
        extractor, "The Reserve Bank of India requires operators to encrypt payment data in India."
    )
    assert not {f for f in facts | others if f[1] == "requiresLocalization"}


def test_hedged_rule_noun(extractor: Extractor) -> None:
    facts, others = relations(extractor, "The Data Act might set standards to protect health data.")
    assert ("Data Act", "regulates", "health data") not in facts
    assert ("Data Act", "regulates", "health data", "asserted", "hedged") in others


def test_it_is_the_one_thing_that_can_do_what_the_clause_says(extractor: Extractor) -> None:
    """ "Kenya passed X. It regulates ...": a state regulates nothing, so "it" is the law the sentence names."""
    facts, _ = relations(
        extractor, "Kenya passed the Data Protection Act in 2019. It regulates the use of health data."
    )
    assert ("Data Protection Act", "regulates", "health data") in facts
    _, others = relations(extractor, "Kenya passed the Data Protection Act in 2019. It does not regulate health data.")
    assert ("Data Protection Act", "regulates", "health data", "negated", "stated") in others


def test_it_with_two_fitting_names_is_nobody(extractor: Extractor) -> None:
    text = (
        "Kenya adopted the Data Protection Act after Nigeria adopted the Cybersecurity Act. It regulates health data."
    )
    facts, others = relations(extractor, text)
    assert not {f for f in facts | others if f[1] == "regulates"}


STANCES = [
    ("USTR identified Decree 53 as a barrier to digital trade.", ("USTR", "opposes", "Decree 53")),
    ("Microsoft is a strong supporter of the CLOUD Act.", ("Microsoft", "supports", "CLOUD Act")),
    ("Senator Ron Wyden, a vocal critic of the CLOUD Act, spoke on Tuesday.", ("Ron Wyden", "opposes", "CLOUD Act")),
    ("The United States is committed to the Data Privacy Framework.",
     ("United States", "supports", "Data Privacy Framework")),
    ("The United States reaffirmed its commitment to the Data Privacy Framework.",
     ("United States", "supports", "Data Privacy Framework")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), STANCES)
def test_stances_said_by_nouns_and_adjectives(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts


NEGATED_STANCES = [
    ("USTR did not identify Decree 53 as a barrier to trade.", ("USTR", "opposes", "Decree 53")),
    ("Microsoft is not a supporter of the CLOUD Act.", ("Microsoft", "supports", "CLOUD Act")),
    ("The United States is not committed to the Data Privacy Framework.",
     ("United States", "supports", "Data Privacy Framework")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "relation"), NEGATED_STANCES)
def test_negated_stances(extractor: Extractor, text: str, relation: tuple) -> None:
    facts, others = relations(extractor, text)
    assert relation not in facts
    assert (*relation, "negated", "stated") in others


def test_a_label_that_is_no_obstacle_is_no_stance(extractor: Extractor) -> None:
    facts, others = relations(extractor, "USTR identified Decree 53 as a priority for bilateral talks.")
    assert not {f for f in facts | others if f[1] == "opposes"}


ENACTMENTS = [
    # a by-agent on a participle the tagger took for a past tense
    ("The Personal Information Protection Law, passed in August 2021 by the Standing Committee of the National "
     "People's Congress, took effect in November.",
     ("Standing Committee of the National People's Congress", "enacts", "Personal Information Protection Law")),
    # the parties of an agreement signed, with no by-agent
    ("The Digital Trade Agreement between the United States and Japan was signed in October 2019.",
     ("Japan", "enacts", "Digital Trade Agreement")),
    # the approval that makes a law, after a light verb
    ("The Council of the European Union gave its final approval to the Data Act in November.",
     ("Council of the European Union", "enacts", "Data Act")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), ENACTMENTS)
def test_enactments(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts


ENACTMENTS_NOT_FACTS = [
    ("The Digital Trade Agreement between the United States and Japan was not signed in 2019.",
     ("Japan", "enacts", "Digital Trade Agreement"), "negated", "stated"),
    ("The Digital Trade Agreement between the United States and Japan may be signed next year.",
     ("Japan", "enacts", "Digital Trade Agreement"), "asserted", "hedged"),
    ("The Council of the European Union did not give its approval to the Data Act.",
     ("Council of the European Union", "enacts", "Data Act"), "negated", "stated"),
    ("The Senate gave its approval to the Data Broker Bill.", ("Senate", "enacts", "Data Broker Bill"),
     "asserted", "proposed"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "relation", "polarity", "modality"), ENACTMENTS_NOT_FACTS)
def test_enactments_not_facts(extractor: Extractor, text: str, relation: tuple, polarity: str, modality: str) -> None:
    facts, others = relations(extractor, text)
    assert relation not in facts
    assert (*relation, polarity, modality) in others


def test_by_an_instrument_is_no_agent(extractor: Extractor) -> None:
    """ "which Saudi Arabia promulgated by Royal Decree M/19": the relative clause has its own subject."""
    text = "The regulator enforces the Data Protection Law, which Saudi Arabia promulgated by Royal Decree M/19."
    facts, _ = relations(extractor, text)
    assert ("Saudi Arabia", "enacts", "Data Protection Law") in facts


def test_a_localization_requirement_as_subject(extractor: Extractor) -> None:
    """ "X's data localization requirements apply to Y": the requirement keeps Y inside; a data protection
    requirement only regulates it; a negated one is no fact."""
    facts, _ = relations(extractor, "Decree 53's data localization requirements apply to user data.")
    assert ("Decree 53", "requiresLocalization", "user data") in facts
    facts, _ = relations(extractor, "Decree 53's data protection requirements apply to user data.")
    assert ("Decree 53", "requiresLocalization", "user data") not in facts
    assert ("Decree 53", "regulates", "user data") in facts
    facts, others = relations(extractor, "Decree 53's data localization requirements do not apply to user data.")
    assert ("Decree 53", "requiresLocalization", "user data", "negated", "stated") in others


def test_a_law_that_contains_a_localization_requirement(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "Decree 53 contains data localization requirements for personal data.")
    assert ("Decree 53", "requiresLocalization", "personal data") in facts


def test_it_after_a_sentence_about_an_unnamed_rule(extractor: Extractor) -> None:
    """ "The rule covers X. It also covers Y": "it" is the unnamed rule, not a law named before it."""
    text = (
        "The Justice Department wrote a rule under Executive Order 14117. The rule covers biometric data. "
        "It also covers government-related data."
    )
    facts, _ = relations(extractor, text)
    assert ("Executive Order 14117", "regulates", "government-related data") not in facts


def test_a_title_before_the_name_with_the_body_abbreviated(extractor: Extractor) -> None:
    """Telegram prose: "Minister of Industry, Tourism, and Trade (MITYC) Miguel Sebastian" leads MITYC; a deputy
    does not."""
    text = "Minister of Industry, Tourism, and Trade (MITYC) Miguel Sebastian met the Ambassador."
    facts, _ = relations(extractor, text)
    assert ("Miguel Sebastian", "leads", "MITYC") in facts
    facts, _ = relations(extractor, "Deputy " + text)
    assert not {f for f in facts if f[1] == "leads"}


CONTINGENT = [
    # a present clause of time says what comes about only then: the order, the requirement, is not given
    ("Foreign enterprises that offer telecommunications or internet services must store personal data of users in "
     "Vietnam, data created by users in Vietnam and data on the relationships of users locally once the Ministry of "
     "Public Security (MPS) orders them to do so.",  # the parser takes the clause of time for the main clause
     ("Ministry of Public Security", "requiresLocalization", "personal data")),
    ("Providers must comply once the Ministry of Public Security requires them to store personal data in Vietnam.",
     ("Ministry of Public Security", "requiresLocalization", "personal data")),
    ("Banks must comply when the Reserve Bank of India requires them to store payment data in India.",
     ("Reserve Bank of India", "requiresLocalization", "payment data")),
    ("Firms will move their servers once Russia adopts Federal Law No. 242-FZ.",
     ("Russia", "enacts", "Federal Law No. 242-FZ")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "relation"), CONTINGENT)
def test_what_a_present_clause_of_time_says_is_a_condition_not_a_fact(extractor, text: str, relation: tuple) -> None:
    facts, others = relations(extractor, text)
    assert relation not in facts
    assert (*relation, "asserted", "conditional") in others


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("When the Reserve Bank of India required banks to store payment data in India in 2018, Visa complied.",
         ("Reserve Bank of India", "requiresLocalization", "payment data")),
        ("Once Russia adopted Federal Law No. 242-FZ, firms moved their servers.",
         ("Russia", "enacts", "Federal Law No. 242-FZ")),
    ],
)  # fmt: skip
def test_a_past_clause_of_time_happened(extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts
