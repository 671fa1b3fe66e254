"""How English names kinds of data beyond a core modifier and a data noun: communications by their channel
("electronic communications"), a core modifier that is itself a compound ("motor vehicle records"), and a data noun
that modifies the name of a place or a safeguard ("European health data space"). Probe sentences of our own."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor

pytestmark = pytest.mark.slow


def datatypes(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("probe", "probe", text).mentions if m.type == "DataType"}


# (text, the data types it names)
NAMED = [
    ("The statute bars access to stored electronic communications without a warrant.",
     {"stored electronic communications"}),
    ("Police may not trace telephone communications without a court order.", {"telephone communications"}),
    ("The rules on wire and electronic communications changed in 2001.", {"wire and electronic communications"}),
    ("Operators keep private electronic communications for six months.", {"private electronic communications"}),
    ("The state sells motor vehicle records to marketers.", {"motor vehicle records"}),
    ("Motor vehicle records are a prime example.", {"Motor vehicle records"}),
    ("Applicants give a state identification number or a passport number.",
     {"state identification number", "passport number"}),
    ("The clinic shares public health information with the ministry.", {"public health information"}),
    ("Dealers ask the department for their registration information.", {"registration information"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_kinds_of_data_named(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert expected <= datatypes(extractor, text)


# (text, a phrase that must not be a data type)
NOT_NAMED = [
    ("The law regulates the interception of certain communications.", "communications"),
    ("Mass communications shaped the election.", "Mass communications"),
    ("Carriers sell electronic communications services to firms.", "electronic communications"),
    ("The Electronic Communications Privacy Act was amended in 2001.", "Electronic Communications"),
    ("The proposal creates a European health data space for research.", "health data"),
    ("The bill sets consumer data protections for minors.", "consumer data"),
    ("The office completed the registration of data controllers.", "registration"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase"), NOT_NAMED)
def test_no_kind_of_data(extractor: Extractor, text: str, phrase: str) -> None:
    assert phrase not in datatypes(extractor, text)


# (text, the data types it names): a data type defined by an acronym is named by it again, singular or plural
ACRONYMS = [
    ("Airlines hand passenger name records (PNRs) to the agency. The court said PNRs may be kept for five years.",
     ["passenger name records", "PNRs", "PNRs"]),
    ("Carriers send passenger name records (PNR) to the agency. The PNRs were kept for a year.",
     ["passenger name records", "PNR", "PNRs"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ACRONYMS)
def test_acronym_of_a_data_type_repeats(extractor: Extractor, text: str, expected: list[str]) -> None:
    found = [m.text for m in extractor.extract("probe", "probe", text).mentions if m.type == "DataType"]
    assert found == expected


def test_acronym_of_a_law_is_no_data_type(extractor: Extractor) -> None:
    text = "The Personal Data Protection Act (PDPA) governs sensitive personal data. The PDPA was amended."
    assert "PDPA" not in datatypes(extractor, text)


def test_acronym_before_a_law_head_is_the_law_s_word(extractor: Extractor) -> None:
    text = "Airlines hand passenger name records (PNRs) to the agency. The new PNR agreement allows PNR transfers."
    found = [m.text for m in extractor.extract("probe", "probe", text).mentions if m.type == "DataType"]
    assert found == ["passenger name records", "PNRs", "PNR"]


# a degree word grades the adjectives after it: alone they judge the data and name no kind
GRADED = [
    ("The order shields our companies' most sensitive information from intrusions.", set(), {"sensitive information"}),
    ("It covers Americans' most personal and sensitive information.", set(),
     {"personal and sensitive information", "sensitive information"}),
    ("Adversaries exploit Americans' most sensitive personal data.", {"sensitive personal data"}, set()),
    ("The law leaves most financial data to banking rules.", {"financial data"}, set()),
    ("The app holds highly sensitive information about patients.", set(), {"sensitive information"}),
    ("The firms collect more personal data, and most sensitive data stays in Europe.",
     {"personal data", "sensitive data"}, set()),
    ("Personal data protection is weak, so personal data regulation is debated.", {"personal data"}, set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept", "dropped"), GRADED)
def test_graded_adjectives_judge_data(extractor: Extractor, text: str, kept: set[str], dropped: set[str]) -> None:
    found = datatypes(extractor, text)
    assert kept <= found
    assert not dropped & found
