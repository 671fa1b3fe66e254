"""Instruments a regulator numbers or titles (issues 13/14; probe sentences of our own): a lower-case instrument noun
and the reference number after it ("vide circular DPSS.CO.OD.No 2785/...", "notification G.S.R. 123(E)"), its
quoted or capitalised title after "on" ("its circular on 'Storage of ...'"), a circular known by its date ("its
April 2018 circular"); the noun with its number or title stands for the instrument in a clause, and an unnamed
instrument ("a 2018 circular") leaves the obligation to its issuer."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def laws(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Law"}


# (text, the Law mentions it names)
NAMED = [
    # a department's dotted code, the serial number and its file and year segments
    (
        "The Central Bank of Kenya issued a directive vide circular PSD.AB.No 1234/05.01.002/2019-20 dated "
        "March 3, 2020 on 'Retention of Card Data' to all banks.",
        {"PSD.AB.No 1234/05.01.002/2019-20", "Retention of Card Data"},
    ),
    # a gazette notification's series and number
    ("The Ministry of Finance issued notification G.S.R. 456(E) last year.", {"G.S.R. 456"}),
    # a serial number, its year and the issuer's code
    ("The rules are set out in circular 12/2021/TT-NHNN of the State Bank.", {"12/2021/TT-NHNN"}),
    # a title after a lower-case instrument noun, in quotes or in capitals
    ("The regulator published a circular on 'Local Storage of Card Data' in May.", {"Local Storage of Card Data"}),
    ("Through its circular on Retention of Card Data in May 2020, the bank set new rules.", {"Retention of Card Data"}),
    # a circular known by its month and year
    ("Explaining its March 2020 circular, the bank said little.", {"March 2020 circular"}),
]

# (text, the Law mentions it names): numbered titles of their own kind
CITED = [
    # the government's kind of regulation is part of its name
    ("A draft revision to Government Regulation No. 45 (GR 45) was circulated.", {"Government Regulation No. 45"}),
    # a number said in words, then the "On ..." title in quotes after a comma
    (
        'In 2009, Resolution number 228, "On the Federal Service for Data Supervision" was adopted.',
        {"Resolution number 228", "On the Federal Service for Data Supervision"},
    ),
    (
        'Parliament passed Law No. 55/2021, titled "On the Protection of Personal Data" last year.',
        {"Law No. 55/2021", "On the Protection of Personal Data"},
    ),
]

# (text, what must not be a Law)
NOT_NAMED = [
    # a date, a page, a phone number, a section are no reference numbers
    ("The notification 04/06/2018 was sent to all banks.", "04/06/2018"),
    ("See the circular at page 12/2019 of the gazette.", "12/2019"),
    ("Under direction 4.2 banks report monthly.", "4.2"),
    # a quoted sentence after a citation and a comma is no title
    ('Under Decree No. 13, "Data must be stored in the country," the minister said.', "Data must be stored"),
    # a quoted phrase after a noun that is no instrument
    ("The think tank published a report titled 'Data Flows in Asia' in May.", "Data Flows in Asia"),
    ("She wrote a note on 'Best Practices for Banks' last week.", "Best Practices for Banks"),
    # a body after "on" is a place, no title
    ("The bank posted guidelines on the Reserve Bank of India website.", "Reserve Bank of India website"),
    # a name in capitals after "on" is no title unless it has a title's form ("X of Y", "X for Y")
    ("The agency served an order on Facebook Inc yesterday.", "Facebook Inc"),
    ("The minister signed the order on United States soil.", "United States"),
    # one of many circulars is not identified by its year
    ("In a 2020 circular, the bank asked lenders to report fraud.", "2020 circular"),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_numbered_and_titled_instruments_are_laws(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert expected <= laws(extractor, text)


@pytest.mark.parametrize(("text", "expected"), CITED)
def test_numbered_titles_and_their_quoted_titles(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert expected <= laws(extractor, text)


@pytest.mark.parametrize(("text", "phrase"), NOT_NAMED)
def test_other_numbers_and_quoted_phrases_are_no_laws(extractor: Extractor, text: str, phrase: str) -> None:
    assert not any(phrase in law for law in laws(extractor, text))


# (text, facts it states)
FACTS = [
    # the noun with its title stands for the instrument the subject rules through
    (
        "In its circular on 'Retention of Card Data', the Central Bank of Kenya told card issuers to store all "
        "card data only in Kenya.",
        {
            ("Central Bank of Kenya", "enacts", "Retention of Card Data"),
            ("Retention of Card Data", "requiresLocalization", "card data"),
        },
    ),
    # ... and with its number
    (
        "In circular PSD.AB.No 1234/05.01.002/2019-20, the Central Bank of Kenya told card issuers to store all "
        "card data only in Kenya.",
        {
            ("Central Bank of Kenya", "enacts", "PSD.AB.No 1234/05.01.002/2019-20"),
            ("PSD.AB.No 1234/05.01.002/2019-20", "requiresLocalization", "card data"),
        },
    ),
    (
        "The Central Bank of Kenya issued a directive vide circular PSD.AB.No 1234/05.01.002/2019-20 to all banks.",
        {("Central Bank of Kenya", "enacts", "PSD.AB.No 1234/05.01.002/2019-20")},
    ),
    # an unnamed instrument: its issuer holds the obligation (issue 13)
    (
        "In a 2020 circular, the Central Bank of Kenya required payment companies to store payment data only in Kenya.",
        {("Central Bank of Kenya", "requiresLocalization", "payment data")},
    ),
    (
        "The Central Bank of Kenya told card issuers to store all card data only in Kenya.",
        {("Central Bank of Kenya", "requiresLocalization", "card data")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FACTS)
def test_facts(extractor: Extractor, text: str, expected: set[tuple]) -> None:
    facts, _ = relations(extractor, text)
    assert expected <= facts


def test_a_law_a_circular_is_about_is_not_its_title(extractor: Extractor) -> None:
    """ "a circular on the Payments Act": the Act is what the circular is about; the issuer holds the rule."""
    text = (
        "In a circular on the Payments Act, the Central Bank of Kenya told card issuers to store all card data "
        "only in Kenya."
    )
    facts, _ = relations(extractor, text)
    assert ("Payments Act", "requiresLocalization", "card data") not in facts
    assert ("Central Bank of Kenya", "enacts", "Payments Act") not in facts
    assert ("Central Bank of Kenya", "requiresLocalization", "card data") in facts


def test_a_negated_circular_states_no_fact(extractor: Extractor) -> None:
    text = "The Central Bank of Kenya did not issue circular PSD.AB.No 1234/05.01.002/2019-20."
    facts, _ = relations(extractor, text)
    assert not any(f[1] == "enacts" for f in facts)
