"""Regulates and data types, round 25 (probe text of our own: news, law-firm notes, government releases, telegrams,
encyclopedia pages).

A few nouns mean nothing but a kind of data ("metadata", "geolocation"), where "data" and "information" need a word of
their kind: heading their noun phrase they are data types, a determiner, a possessor or a word of what was done with
them left out; before another noun they modify it ("geolocation privacy") and name no data
(`rules/datatype_self_named.py`).

What a law requires is the act its complement states, not the purpose that act serves: data named only in an
infinitive of purpose marked "in order to" or "so as to" inside the required act ("to retain X in order to help the
authorities identify Y") are not what the law rules on (`syntax.without_purposes`); the act's own data still are.
"""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs, of_type


@pytest.mark.parametrize(
    ("text", "data"),
    [
        # news
        ("The spy agency collected the metadata of millions of phone calls.", "metadata"),
        # encyclopedia page: the noun first in its sentence
        ("Metadata is information about other information, such as who called whom and when.", "Metadata"),
        # law-firm note: a possessor is no part of the kind
        ("Operators must keep their subscribers' metadata for two years.", "metadata"),
        # government release: a participle of what was done with the data is no part of the kind
        ("The stored metadata can reveal a person's habits, the ministry warned.", "metadata"),
        # news
        ("The app shared users' geolocation with advertisers without their consent.", "geolocation"),
    ],
)
def test_a_noun_that_names_only_data_is_a_data_type(extractor, text, data):
    assert data in of_type(extractor, text, "DataType")


@pytest.mark.parametrize(
    ("text", "not_data"),
    [
        # a modifier of the noun after it names a topic or an act
        ("The Commission held a workshop on geolocation privacy.", "geolocation"),
        ("The ministry drafted new metadata retention rules.", "metadata"),
        # a word of a name in title case
        ("The Metadata Directive was annulled by the court.", "Metadata"),
    ],
)
def test_a_data_noun_before_another_noun_or_in_a_name_is_no_data_type(extractor, text, not_data):
    assert not_data not in of_type(extractor, text, "DataType")


def test_a_kind_word_keeps_the_longer_phrase(extractor):
    found = of_type(extractor, "The NSA collected telephony metadata from Verizon.", "DataType")
    assert "telephony metadata" in found
    assert "metadata" not in found


def test_a_law_that_covers_metadata_regulates_it(extractor):
    text = "Under the Telecommunications Act, operators must retain metadata for two years."
    assert ("Telecommunications Act", "metadata") in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    ("text", "law", "data", "purpose_data"),
    [
        # law-firm note
        (
            "The Data Retention Act requires operators to keep call records for a year in order to help the police "
            "trace stolen phones and email addresses.",
            "Data Retention Act",
            "call records",
            "email addresses",
        ),
        # telegram-style, "so as to"
        (
            "The Cybersecurity Law requires providers to store subscriber data for six months so as to allow the "
            "authorities to identify IP addresses.",
            "Cybersecurity Law",
            "subscriber data",
            "IP addresses",
        ),
    ],
)
def test_data_in_the_purpose_of_a_required_act_are_not_regulated(extractor, text, law, data, purpose_data):
    facts = fact_pairs(extractor, text, "regulates")
    assert (law, data) in facts
    assert (law, purpose_data) not in facts


def test_an_unmarked_second_act_is_still_required(extractor):
    text = "The Health Act requires hospitals to encrypt patient records and to share health data only with consent."
    facts = fact_pairs(extractor, text, "regulates")
    assert {("Health Act", "patient records"), ("Health Act", "health data")} <= facts
