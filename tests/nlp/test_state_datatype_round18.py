"""Data types, round 18, on probe sentences of our own (EU releases, statutes, news, law-firm notes, cables):
communications named only by their medium ("electronic communications", "mobile communications") name the medium or
the trade of carrying messages ("stronger privacy in electronic communications", "the regulation of electronic
communications and transactions") and are no data type, unless an act on data takes them as its object ("access
to", "the tracing of", "intercept") or they are a term defined in quotes; a word of the messages' state or kind
("stored", "wire", "private") keeps them data wherever they stand."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor

pytestmark = pytest.mark.slow


def datatypes(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("probe", "probe", text).mentions if m.type == "DataType"}


# (text, the data types it names): the medium or the trade, not data
MEDIUM = [
    ("The Commission proposed new rules to ensure stronger privacy in electronic communications.", set()),
    ("The regulation updates the rules for electronic communications and for data protection.", set()),
    ("To provide for the facilitation and regulation of electronic communications and transactions.", set()),
    ("Investment in mobile communications grew sharply in Kenya last year.", set()),
    ("THE MINISTRY OVERSEES SATELLITE COMMUNICATIONS AND BROADCASTING. The ministry oversees satellite "
     "communications and broadcasting.", set()),
    ("The revolution in electronic communications has changed how evidence is gathered abroad.", set()),
    ("Operators offer flat rate services for fixed telephone communications and must retain traffic data.",
     {"traffic data"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MEDIUM)
def test_medium_is_no_data_type(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert datatypes(extractor, text) == expected


# (text, the data types it names): the messages an act on data takes, a defined term, a word of state or kind
MESSAGES = [
    ("The CLOUD Act serves as a model for cross-border access to electronic communications.",
     {"electronic communications"}),
    ("The statute permits the tracing of telephone communications by the police.", {"telephone communications"}),
    ("The agency may intercept electronic communications only with a warrant.", {"electronic communications"}),
    ("Operators must ensure the retention of electronic communications for two years.",
     {"electronic communications"}),
    ('"Electronic communications" means any transfer of signs, signals, writing, images or sounds.',
     {"Electronic communications"}),
    ("The Stored Communications Act protects stored electronic communications held by providers.",
     {"stored electronic communications"}),
    ("The act prohibits access to stored wire and electronic communications.",
     {"stored wire and electronic communications"}),
    ("Police can now read private digital communications without a warrant.", {"private digital communications"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MESSAGES)
def test_messages_stay_data_types(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert datatypes(extractor, text) == expected
