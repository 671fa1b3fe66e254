"""Relation precision, round 17 (probe text of our own, news, releases and telegrams): words at a clause's edge that
the parse takes into it though English does not (`relations/clause_edges.py`).

A dateline or heading before a colon or dash ("New Delhi: The Lok Sabha passed ...") is no subject of the verb
when the verb has a subject after it. A passive participle right after a noun phrase, with no comma between, is a
reduced relative clause on that noun ("based on the Model Law ... adopted by X": X adopted the Model Law, not the
law that is based on it); set off by a comma, fronted, or after its own auxiliary, it still speaks of the clause's
subject. An apposition after a coordination describes the conjunct it follows, though the parse may hang it on the
first ("the Privacy Act, which ..., and PIPEDA, Canada's private sector law": not the Privacy Act)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def _enacts(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    facts, _ = relations(extractor, text)
    return {(head, tail) for head, relation, tail in facts if relation == "enacts"}


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # a news dateline
        (
            "Nigeria: The National Assembly on Thursday passed the Data Protection Bill.",
            ("Nigeria", "Data Protection Bill"),
            ("National Assembly", "Data Protection Bill"),
        ),
        # a wire dateline with a dash
        (
            "Indonesia - The House of Representatives on Tuesday passed the Personal Data Protection Law.",
            ("Indonesia", "Personal Data Protection Law"),
            ("House of Representatives", "Personal Data Protection Law"),
        ),
        # a release's heading line
        (
            "New Delhi: The Lok Sabha on Monday passed the Digital Personal Data Protection Bill.",
            ("New Delhi", "Digital Personal Data Protection Bill"),
            ("Lok Sabha", "Digital Personal Data Protection Bill"),
        ),
    ],
)
def test_a_dateline_is_no_subject(
    extractor: Extractor, text: str, wrong: tuple[str, str], right: tuple[str, str]
) -> None:
    pairs = _enacts(extractor, text)
    assert wrong not in pairs
    assert right in pairs


@pytest.mark.parametrize(
    "text",
    [
        "The Senate passed the Data Protection Act: the ministry welcomed it.",
        "3. THE SENATE PASSED THE PERSONAL DATA PROTECTION ACT ON JUNE 12 - THE MINISTRY OF JUSTICE WELCOMED IT.",
        "The National Assembly adopted the Cybersecurity Law: the ministry welcomed it.",
    ],
)
def test_a_subject_before_a_colon_with_none_after_it_stays(extractor: Extractor, text: str) -> None:
    pairs = _enacts(extractor, text)
    assert any(head in ("Senate", "SENATE", "National Assembly") for head, _ in pairs)


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # an encyclopedia's or a report's sentence
        (
            "The IT Act is based on the United Nations Model Law on Electronic Commerce adopted by the United Nations "
            "Commission on International Trade Law on 30 January 1997.",
            ("United Nations Commission on International Trade Law", "IT Act"),
            ("United Nations Commission on International Trade Law", "United Nations Model Law on Electronic Commerce"),
        ),
        # a government release
        (
            "The Cybercrime Act is based on the Convention on Cybercrime of the Council of Europe adopted by the "
            "Committee of Ministers on 8 November 2001.",
            ("Committee of Ministers", "Cybercrime Act"),
            ("Committee of Ministers", "Convention on Cybercrime of the Council of Europe"),
        ),
    ],
)
def test_a_participle_after_a_noun_phrase_modifies_it(
    extractor: Extractor, text: str, wrong: tuple[str, str], right: tuple[str, str]
) -> None:
    pairs = _enacts(extractor, text)
    assert wrong not in pairs
    assert right in pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # set off by commas: the clause's subject
        (
            "The ministry said the Cybersecurity Law, adopted by the National Assembly in 2018, regulates personal "
            "data.",
            ("National Assembly", "Cybersecurity Law"),
        ),
        # fronted
        (
            "Adopted by the National Assembly in 2018, the Cybersecurity Law regulates personal data.",
            ("National Assembly", "Cybersecurity Law"),
        ),
        # its own auxiliary
        (
            "The Cybersecurity Law was adopted by the National Assembly in 2018 after a heated debate.",
            ("National Assembly", "Cybersecurity Law"),
        ),
        # coordinated with its own auxiliary after a comma
        (
            "The Data Protection Act is based on the Data Protection Directive, and was adopted by Parliament on 16 "
            "July 1998.",
            ("Parliament", "Data Protection Act"),
        ),
    ],
)
def test_a_participle_set_off_or_fronted_speaks_of_the_subject(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in _enacts(extractor, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # an agency's page (the apposition hung on the first conjunct by the parse)
        (
            "The mandate of the Office of the Privacy Commissioner of Canada (OPC) is overseeing compliance with both "
            "the Privacy Act, which covers the personal information-handling practices of federal government "
            "departments and agencies, and the Personal Information Protection and Electronic Documents Act "
            "(PIPEDA), Canada’s private sector privacy law.",
            ("Canada", "Privacy Act"),
        ),
        # a news sentence
        (
            "Officials discussed the Cybersecurity Law and the Personal Information Protection Law, China's first "
            "comprehensive privacy law.",
            ("China", "Cybersecurity Law"),
        ),
    ],
)
def test_an_apposition_after_a_coordination_is_not_the_first_conjuncts(
    extractor: Extractor, text: str, wrong: tuple[str, str]
) -> None:
    assert wrong not in _enacts(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The commission enforces the Data Protection Act, Kenya's main privacy law.",
            ("Kenya", "Data Protection Act"),
        ),
        (
            "The Personal Information Protection Law, China's first comprehensive privacy law, took effect in 2021.",
            ("China", "Personal Information Protection Law"),
        ),
        (
            "The regulator enforces both the Data Protection Act, which covers public bodies, and the Consumer Privacy "
            "Act, Ghana's main consumer protection law.",
            ("Ghana", "Consumer Privacy Act"),
        ),
        (
            "4. (C) The Minister criticized the Cybercrimes Act, which covers online speech, and the Data Protection "
            "Act, Kenya's main privacy law.",
            ("Kenya", "Data Protection Act"),
        ),
    ],
)
def test_an_apposition_on_its_own_noun_still_names_the_lawmaker(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in _enacts(extractor, text)


@pytest.mark.parametrize(
    ("text", "stated", "denied"),
    [
        # news: "but not" before the second object
        (
            "The Personal Data Protection Act covers personal data but not anonymised data, the ministry said.",
            ("Personal Data Protection Act", "regulates", "personal data"),
            ("Personal Data Protection Act", "regulates", "anonymised data"),
        ),
        # a telegram in capitals
        (
            "THE CYBERSECURITY LAW REQUIRES FIRMS TO STORE USER DATA IN VIETNAM, BUT NOT PAYMENT DATA.",
            ("CYBERSECURITY LAW", "requiresLocalization", "USER DATA"),
            ("CYBERSECURITY LAW", "requiresLocalization", "PAYMENT DATA"),
        ),
        # "not to" before a second prepositional object
        (
            "GOV OFFICIALS SAID THE DATA PROTECTION ACT APPLIES TO PERSONAL DATA, NOT TO ANONYMOUS DATA.",
            ("DATA PROTECTION ACT", "regulates", "PERSONAL DATA"),
            ("DATA PROTECTION ACT", "regulates", "ANONYMOUS DATA"),
        ),
        # a release: "rather than" replaces the second phrase
        (
            "The Payment Data Directive covers payment data rather than health data, the regulator said.",
            ("Payment Data Directive", "regulates", "payment data"),
            ("Payment Data Directive", "regulates", "health data"),
        ),
    ],
)
def test_a_phrase_set_apart_by_not_or_rather_than_is_no_fact(
    extractor: Extractor, text: str, stated: tuple[str, str, str], denied: tuple[str, str, str]
) -> None:
    facts, _ = relations(extractor, text)
    assert stated in facts
    assert denied not in facts


@pytest.mark.parametrize(
    "text",
    [
        "The Data Protection Act covers not only personal data but also health data.",
        "The Data Protection Act covers personal data, not least health data.",
    ],
)
def test_not_only_and_not_least_include_the_phrase(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert {
        ("Data Protection Act", "regulates", "personal data"),
        ("Data Protection Act", "regulates", "health data"),
    } <= facts
