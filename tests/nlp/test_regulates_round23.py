"""Regulates and data types, round 23 (probe text of our own: news and regulators' headlines, government releases,
legislation's schedules, Wikipedia section headings, law titles).

A heading capitalises every word, so a data phrase in title case is usually kept out as a word of a name ("Protection
of Personal Data"). Data named as the object of an act of handling them, after a noun of handling and "of" ("Review
of Processing of Personal Data") or after the gerund of a verb of handling ("from Selling Sensitive Location Data"),
are what the act handles: a kind of data. A law's title holds such phrases too, so a law's head noun earlier on the
line, or "the" before the noun of handling ("Concerning the Processing of Personal Data"), keeps them a title's
words.
"""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    ("text", "data"),
    [
        (
            "FTC Order Prohibits Data Broker Acme Social from Selling Sensitive Location Data\n\nThe order bans it.",
            "Sensitive Location Data",
        ),
        (
            "Regulator Fines Broker for Selling Precise Location Data\n\nThe fine was announced today.",
            "Precise Location Data",
        ),
        ("Schedule 17 Review of Processing of Personal Data for the Purposes of Journalism", "Personal Data"),
        (
            "Commission Launches Review of Sharing of Health Data\n\nBRUSSELS - The Commission said on Monday ...",
            "Health Data",
        ),
        ("Collection of Biometric Data\n\nThe ministry began to collect fingerprints in 2019.", "Biometric Data"),
    ],
)
def test_data_handled_in_a_heading_are_a_data_type(extractor, text, data):
    assert data in of_type(extractor, text, "DataType")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a law's head noun earlier on the line: the words may be the law's title
        (
            "Directive 2002/58/EC of the European Parliament and of the Council of 12 July 2002 Concerning the "
            "Processing of Personal Data and the Protection of Privacy in the Electronic Communications Sector",
            "Personal Data",
        ),
        ("Senators Introduce Bill to Stop Bulk Exports of Personal Data To Unfriendly Nations", "Personal Data"),
        ("India Tightens Rules on Storage of Payment Data", "Payment Data"),
        # "the" before the noun of handling, as a title or a body's name has it
        ("The Office for the Collection of Personal Data was created in 2010.", "Personal Data"),
        ("Act on the Processing of Personal Data", "Personal Data"),
        # no act of handling: a word of a name
        ("Egypt: Country's First Law on Protection of Personal Data Enters into Force", "Personal Data"),
        ("Report of the Joint Committee on Personal Data Protection", "Personal Data"),
        # a gerund of a verb that handles no data
        ("Senators Back Plan Protecting Personal Data", "Personal Data"),
    ],
)
def test_title_words_stay_no_data_type(extractor, text, phrase):
    assert phrase not in of_type(extractor, text, "DataType")
