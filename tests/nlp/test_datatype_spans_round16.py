"""Data-type spans, round 16, on probe sentences of our own (news, government releases, cables): data taken from a
person's body, named by a noun of a sample or a scan after the word of the feature ("DNA samples", "iris scans",
"biometric material"); the same nouns without such a word, or modifying a noun after them, or in a name, are no
data type. And a state's name that ends a party's name ("the Communist Party of China") is no mention of the
state; after a lower-case "party" it is one."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor

pytestmark = pytest.mark.slow


def datatypes(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("probe", "probe", text).mentions if m.type == "DataType"}


# (text, the data types it names)
NAMED = [
    ("The new law requires police to destroy DNA samples taken from people who are never charged.", {"DNA samples"}),
    ("Under the regulation, airports may keep iris scans and facial images of travellers for 30 days.",
     {"iris scans"}),
    ("The ministry said the database holds the fingerprints and facial scans of every adult citizen.",
     {"facial scans"}),
    ("The Act governs the retention of biometric material by police forces in Scotland.", {"biometric material"}),
    ("The embassy reported that the decree obliges banks to store voice samples of customers inside the country.",
     {"voice samples"}),
    ("Regulators said the company collected DNA profiles of millions of customers without consent.",
     {"DNA profiles"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_body_data_named(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert expected <= datatypes(extractor, text)


# (text, a phrase that must not be a data type)
NOT_NAMED = [
    ("The hospital bought new DNA testing equipment last year.", "DNA testing"),
    ("Scientists studied the genetic material of the virus.", "genetic material"),
    ("The firm sells facial recognition software to police departments.", "facial recognition"),
    ("The DNA profile database was expanded in 2012.", "DNA profile"),
    ("The committee praised the Commissioner for the Retention and Use of Biometric Material for his report.",
     "Biometric Material"),
    ("The company installed iris scanners at the border.", "iris scanners"),
    ("The nurse took blood samples from the patients.", "blood samples"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase"), NOT_NAMED)
def test_body_data_not_named(extractor: Extractor, text: str, phrase: str) -> None:
    assert all(phrase not in found for found in datatypes(extractor, text))


def states(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("probe", "probe", text).mentions if m.type == "State"}


# (text, the state's name that ends a party's name)
PARTY_NAMES = [
    ("The cable notes that the Communist Party of China controls the country's internet regulators.", "China"),
    ("Officials of the Socialist Unity Party of Germany ran the Stasi until 1989.", "Germany"),
    ("In Pyongyang, the Workers' Party of Korea approved the new data law, the embassy reported.", "Korea"),
]


@pytest.mark.parametrize(("text", "state"), PARTY_NAMES)
def test_state_ending_party_name_not_state(extractor: Extractor, text: str, state: str) -> None:
    assert state not in states(extractor, text)


# (text, the state it names)
STATE_NAMED = [
    ("The ruling party of Germany backed the data retention bill.", "Germany"),
    ("The minister of Japan met the Liberal Democratic Party leadership in Tokyo.", "Japan"),
    ("China passed the Personal Information Protection Law in 2021.", "China"),
]


@pytest.mark.parametrize(("text", "state"), STATE_NAMED)
def test_state_named(extractor: Extractor, text: str, state: str) -> None:
    assert state in states(extractor, text)
