"""State and data-type mentions, round 18, on probe sentences of our own (EU releases, statutes, news, law-firm notes,
cables): communications named only by their medium ("electronic communications", "mobile communications") name the
medium or the trade of carrying messages ("stronger privacy in electronic communications", "the regulation of
electronic communications and transactions") and are no data type, unless an act on data takes them as its object
("access to", "the tracing of", "intercept") or they are a term defined in quotes; a word of the messages' state or
kind ("stored", "wire", "private") keeps them data wherever they stand. A state's name after the name of an
association, a campaign or a network ("Transparency International Bangladesh", "Digital Rights Ireland") names the
body's national chapter and is no State mention; other capitalised words before a state ("Neighbouring Chile") are
not concerned."""

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
    ("Police may trace mobile communications of suspects with a warrant.", {"mobile communications"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MESSAGES)
def test_messages_stay_data_types(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert datatypes(extractor, text) == expected


def states(extractor: Extractor, text: str) -> list[str]:
    return [m.text for m in extractor.extract("probe", "probe", text).mentions if m.type == "State"]


# (text, a name that must not be a State mention anywhere in the text): a body's national chapter or branch is named
# by the body's name and then the country's
CHAPTERS = [
    ("The case was brought by Digital Rights Ireland against the Irish authorities.", "Ireland"),
    ("Transparency International Bangladesh and Article 19 have been critical of the law.", "Bangladesh"),
    ("The Forum for Freedom of Expression Bangladesh called for the act to be repealed.", "Bangladesh"),
    ("The Internet Society Nigeria urged the Senate to drop the bill.", "Nigeria"),
    ("Human Rights Watch Russia director Tanya Lokshina criticised the law.", "Russia"),
    ("TRANSPARENCY INTERNATIONAL KENYA WELCOMED THE DATA PROTECTION ACT.", "KENYA"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), CHAPTERS)
def test_chapter_name_no_state(extractor: Extractor, text: str, name: str) -> None:
    assert name not in states(extractor, text)


# (text, the State mentions it must keep): a capitalised word of another kind before a state's name, a state named
# after a body in a coordination or another sentence, and a repeat of a chapter's country outside the name
CHAPTER_STATES = [
    ("Amnesty International Kenya said the bill threatens free speech, and Kenya's parliament passed it anyway.",
     ["Kenya"]),
    ("Increasing Digital Connectivity in Rural Indonesia: the agency will fund the project.", ["Indonesia"]),
    ("Neighbouring Chile adopted a similar law, and Communist China opposed it.", ["Chile", "China"]),
    ("Officials of the International Telecommunication Union and Kenya signed the memorandum.", ["Kenya"]),
    ("The Forum discussed the bill. Kenya later passed it.", ["Kenya"]),
    ("The Privacy International report said Kenya collects biometric data.", ["Kenya"]),
    ("Team Kenya won the relay at the games in Doha.", ["Kenya"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CHAPTER_STATES)
def test_states_beside_body_names_kept(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert states(extractor, text) == expected


def test_company_named_with_its_country_stays_one_firm(extractor: Extractor) -> None:
    """A firm's national arm keeps the country in its name ("the Irish company Digital Rights Ireland")."""
    text = "The case was brought by the Irish company Digital Rights Ireland against the authorities."
    found = [(m.type, m.text) for m in extractor.extract("probe", "probe", text).mentions]
    assert found == [("Firm", "Digital Rights Ireland")]


# (text, the data types it names): "harvesting", like "processing", is the gerund of an act on data, no kind of data
HARVESTING = [
    ("The firm was accused of harvesting data about millions of Facebook users.", set()),
    ("The commissioner said harvesting data from social media without consent breaks the Act.", set()),
    ("The bill restricts the harvesting of biometric data by employers.", {"biometric data"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HARVESTING)
def test_harvesting_is_no_kind_of_data(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert datatypes(extractor, text) == expected
