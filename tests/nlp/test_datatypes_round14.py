"""Data types as open-class noun phrases, round 14, on probe sentences of our own (news, government releases,
cables): the members of a list that exemplifies a data noun ("customer data, including passwords"), information and
evidence in electronic form ("electronic evidence"), and phrases with a data word that name no data: material judged
by its legality ("criminal content") and a data phrase that modifies a legal instrument ("a state secrets law")."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor

pytestmark = pytest.mark.slow


def datatypes(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("probe", "probe", text).mentions if m.type == "DataType"}


# (text, the data types it names)
NAMED = [
    # a list after a colon or a cue of exemplification whose category is data
    ("The decree lists data created by service users: account names, login times, emails and IP addresses.",
     {"account names", "emails", "IP addresses"}),
    ("Investigators may request subscriber records, such as call logs, voice calls and text messages, from carriers.",
     {"call logs", "voice calls", "text messages"}),
    ("The embassy reported that the ministry collects customer data, including passwords and payment card numbers.",
     {"passwords", "payment card numbers"}),
    ("Under the order, carriers keep metadata such as call records and location histories.",
     {"call records", "location histories"}),
    # information and evidence in electronic form
    ("The CLOUD Act speeds access to electronic information held by U.S. providers.", {"electronic information"}),
    ("Prosecutors in Brazil need electronic evidence stored abroad, the embassy reported.", {"electronic evidence"}),
    ("The ministry said police may seize digital evidence from phones without a warrant.", {"digital evidence"}),
    # "criminal" still classifies a person's records
    ("The court ordered the release of criminal records held by the police.", {"criminal records"}),
    ("Providers must hand over subscriber content and traffic data to investigators.",
     {"subscriber content", "traffic data"}),
    ("The bill requires firms to store personal data in Russia.", {"personal data"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_data_types_named(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert expected <= datatypes(extractor, text)


# (text, a phrase that must not be a data type)
NOT_NAMED = [
    # examples in brackets are an aside; a member that goes on is no member; a category that is no data
    ("The act covers private communications (e.g., texts or emails) held by providers.", "texts"),
    ("The cable says the law covers communications, including calls with the Prime Minister.", "calls"),
    ("The cable lists the topics of the talks: trade, visas and emails from constituents.", "emails"),
    ("The minister listed the records of the meeting, such as the minutes and the attendance lists.",
     "attendance lists"),
    ("Electronic data, including the content of emails and messages, may be ordered.", "emails"),
    # no electronic form: knowledge, proof or testimony; or a modifier of a noun after it; or a name's word
    ("The minister presented the evidence to parliament.", "evidence"),
    ("The committee heard oral evidence from the minister.", "oral evidence"),
    ("The ministry published electronic evidence rules last year.", "electronic evidence"),
    ("Parliament passed the Data Protection and Digital Information Bill in 2024.", "Digital Information"),
    # material judged by its legality or harm
    ("Platforms must remove criminal content within 24 hours under the new law.", "criminal content"),
    ("The regulator ordered providers to block illegal and harmful material.", "illegal and harmful material"),
    # a data phrase that says what a legal instrument or a policy is about
    ("A 1995 state secrets law severely limits access to archives, the embassy said.", "state secrets"),
    ("The embassy reported that the new customer data rules require banks to keep records.", "customer data"),
    ("Ministers debated a health data policy for hospitals.", "health data"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase"), NOT_NAMED)
def test_no_data_type(extractor: Extractor, text: str, phrase: str) -> None:
    assert phrase not in datatypes(extractor, text)
