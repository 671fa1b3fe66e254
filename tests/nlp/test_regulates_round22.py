"""Regulates and data types, round 22 (probe text of our own: news, health-agency guidance, law-firm notes, Wikipedia,
cables in capitals).

A noun of a law's rule controls the infinitive of the verb it is the subject of: "HIPAA's privacy protections
continue to apply to X" says what "HIPAA's privacy protections apply to X" says, so the law regulates X; so does any
verb that passes its subject to an infinitive ("seek to protect", "are designed to govern"). A negated or hedged
verb keeps the fact out ("no longer apply", "failed to protect"), and a subject that is not a noun of rule gives none.

"Detailed" says how fine-grained data are, not what kind: "detailed location data" is location data, and "detailed"
alone makes no data type.

"DNA" coordinated with a noun that names data ("DNA and fingerprints") names the data a body yields; alone or before
another noun ("DNA collection") it names the material or an act.

A title-case term defined by its initials in brackets takes a capitalised data noun after the brackets as its head
("The Use of Passenger Name Record (PNR) Data for ..."), as it takes a lower-case one, unless another capitalised word
follows it ("the Passenger Name Record (PNR) Data Agreement" names an agreement).
"""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs, of_type


@pytest.mark.parametrize(
    ("text", "law", "data"),
    [
        (
            "The guidance also reminds health care providers that HIPAA's privacy protections continue to apply to "
            "patients' electronic health information.",
            "HIPAA",
            "electronic health information",
        ),
        (
            "Lawyers note that the GDPR's protections continue to apply to personal data held by employers.",
            "GDPR",
            "personal data",
        ),
        (
            "Under the agreement, HIPAA's requirements continue to govern protected health information shared with "
            "researchers.",
            "HIPAA",
            "protected health information",
        ),
        (
            "The Privacy Act's provisions are designed to protect personal information held by federal agencies.",
            "Privacy Act",
            "personal information",
        ),
        (
            "THE CYBERSECURITY LAW'S RESTRICTIONS CONTINUE TO APPLY TO IMPORTANT DATA HELD BY FOREIGN FIRMS.",
            "CYBERSECURITY LAW",
            "IMPORTANT DATA",
        ),
    ],
)
def test_a_rule_noun_controls_the_infinitive_of_its_verb(extractor, text, law, data):
    assert (law, data) in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    ("text", "law", "data"),
    [
        (
            "The CCPA's obligations no longer apply to employee data.",
            "CCPA",
            "employee data",
        ),
        (
            "The GDPR's safeguards failed to protect personal data transferred to the United States, the court said.",
            "GDPR",
            "personal data",
        ),
        (
            "The Cybersecurity Law's restrictions are expected to govern exports of important data.",
            "Cybersecurity Law",
            "important data",
        ),
    ],
)
def test_a_negated_or_hedged_controlling_verb_gives_no_fact(extractor, text, law, data):
    assert (law, data) not in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "The GDPR's critics continue to warn about breaches of personal data.",
        "The Privacy Act's sponsors hoped to see health records better kept, officials said.",
    ],
)
def test_a_subject_that_is_no_rule_noun_controls_no_rule(extractor, text):
    assert not any_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    ("text", "data"),
    [
        (
            "Most cellular phones today constantly transmit detailed location data about every individual to their "
            "carrier.",
            "location data",
        ),
        ("Harms include the collection, use and sale of detailed sensitive data.", "sensitive data"),
        ("The app collected detailed health records from its patients.", "health records"),
        ("THE MINISTRY REQUESTED DETAILED SUBSCRIBER DATA FROM THE OPERATORS.", "SUBSCRIBER DATA"),
    ],
)
def test_detailed_is_no_part_of_the_data_type(extractor, text, data):
    found = of_type(extractor, text, "DataType")
    assert data in found
    assert not any(t.lower().startswith("detailed") for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "The agency published detailed information about the program.",
        "Brokers sell detailed data on consumers.",
    ],
)
def test_detailed_alone_makes_no_data_type(extractor, text):
    assert not of_type(extractor, text, "DataType")


@pytest.mark.parametrize(
    "text",
    [
        "In addition to other casework responsibilities in relation to DNA and fingerprints, the Commissioner has a "
        "UK-wide oversight function.",
        "The Convention enables the signatories to exchange data regarding DNA, fingerprints and vehicle registration "
        "of suspects.",
        "The police may keep DNA and fingerprints taken from people who are arrested.",
        "THE BILL WOULD ALLOW BORDER OFFICIALS TO COLLECT DNA AND FINGERPRINTS FROM ALL VISITORS.",
        "The database holds DNA, biometric data and criminal records of offenders.",
    ],
)
def test_dna_beside_other_data_is_a_data_type(extractor, text):
    assert "DNA" in of_type(extractor, text, "DataType")


def test_dna_and_fingerprints_are_regulated_by_the_law_that_governs_their_retention(extractor):
    text = "The Protection of Freedoms Act 2012 governs the retention of DNA and fingerprints by the police."
    assert ("Protection of Freedoms Act 2012", "DNA") in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "Beijing promotes abusive DNA collection and analysis schemes.",
        "Investigators found DNA on the weapon.",
        "Innovation is part of the company's DNA and its culture.",
        "The lab compared DNA and blood samples from the scene.",
    ],
)
def test_dna_alone_or_as_a_modifier_is_no_data_type(extractor, text):
    assert "DNA" not in of_type(extractor, text, "DataType")


@pytest.mark.parametrize(
    ("text", "data"),
    [
        (
            "Directive (EU) 2016/681 of the European Parliament and of the Council of 27 April 2016\n\nThe Use of "
            "Passenger Name Record (PNR) Data for the Prevention of Terrorist Offences",
            "Passenger Name Record (PNR) Data",
        ),
        (
            "FCC Issues Rules on Customer Proprietary Network Information (CPNI) Data for Carriers",
            "Customer Proprietary Network Information (CPNI) Data",
        ),
        ("The bill regulates Protected Health Information (PHI) Data.", "Protected Health Information (PHI) Data"),
    ],
)
def test_a_capitalised_data_noun_after_a_defined_term_is_its_head(extractor, text, data):
    assert data in of_type(extractor, text, "DataType")


def test_a_title_that_names_its_data_in_a_capitalised_term_regulates_it(extractor):
    text = (
        "Directive (EU) 2016/681 of the European Parliament and of the Council of 27 April 2016 on The Use of "
        "Passenger Name Record (PNR) Data for the Prevention of Terrorist Offences"
    )
    assert ("Directive (EU) 2016/681", "Passenger Name Record (PNR) Data") in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "The EU and Australia signed the Passenger Name Record (PNR) Data Agreement in 2011.",
        "The Passenger Name Record (PNR) Agreement was signed in 2012.",
    ],
)
def test_a_defined_term_inside_an_agreement_name_is_no_data_type(extractor, text):
    assert not any(t.startswith("Passenger Name Record") for t in of_type(extractor, text, "DataType"))
