"""Round 19 of companies and persons (probe text of our own: encyclopedia glosses, law citations, news and cables).

A coordinating conjunction of another language ("dan", "wa", "und", "et" ...) written in lower case between
capitalised words joins the words of one name of a body or a law in that language ("Kementerian Perhubungan dan
Penerangan", "Hai'at al-Ittisalat wa Tiqniyyat al-Ma`lumat"): neither side is a person's name. English joins two
people with "and", Spanish writes "y" inside a surname ("Ortega y Gasset"), and those stay persons.

Capitalised words after a title that close in "Services" name the office's remit ("Executive Commissioner Technical
Services", "Director Corporate Services"), not its holder: no surname ends so. The holder named after the remit
stays a person."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "The Ministry of Communications and Information (Malay: Kementerian Perhubungan dan Penerangan) "
            "oversees the media in Singapore.",
            "Kementerian Perhubungan",
        ),
        (
            "The Ministry of Communications and Digital (Malay: Kementerian Komunikasi dan Digital) regulates "
            "telecommunications in Malaysia.",
            "Kementerian Komunikasi",
        ),
        (
            "The Communications, Space and Technology Commission (Arabic: هيئة الاتصالات, Hai'at al-Ittisalat wa "
            "Tiqniyyat al-Ma`lumat) is the Saudi regulator.",
            "Hai'at al-Ittisalat",
        ),
        (
            "The Communications, Space and Technology Commission (Arabic: هيئة الاتصالات, Hai'at al-Ittisalat wa "
            "Tiqniyyat al-Ma`lumat) is the Saudi regulator.",
            "Tiqniyyat al-Ma`lumat",
        ),
        (
            "Law No. 11 of 2008 (Undang-Undang Nomor 11 Tahun 2008 Tentang Informasi dan Transaksi Elektronik) "
            "governs electronic data.",
            "Tentang Informasi",
        ),
    ],
)
def test_words_joined_by_another_languages_and_are_no_person(extractor, text, words):
    assert words not in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, person",
    [
        ("Senators Maria Cantwell and Roger Wicker introduced the bill on Tuesday.", "Roger Wicker"),
        ("Ursula von der Leyen and Thierry Breton presented the Data Act in Brussels.", "Ursula von der Leyen"),
        ("Ursula von der Leyen and Thierry Breton presented the Data Act in Brussels.", "Thierry Breton"),
        ("ETTELA'AT REPORTED THAT MINISTER ALI LARIJANI AND JAVAD ZARIF MET IN TEHRAN.", "JAVAD ZARIF"),
        ("Chancellor Angela Merkel met President Emmanuel Macron et al. in Paris.", "Emmanuel Macron"),
    ],
)
def test_persons_joined_in_english_stay_persons(extractor, text, person):
    assert person in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Heads of department report to the Executive Commissioner Technical Services. The Departments of Legal "
            "and Regulatory Services; Licensing and Authorization report to the Board.",
            "Technical Services",
        ),
        (
            "Heads of department report to the Executive Commissioner Technical Services. The Departments of Legal "
            "and Regulatory Services; Licensing and Authorization report to the Board.",
            "Services",
        ),
        ("The council appointed Jane Okafor as Director Corporate Services in March.", "Corporate Services"),
        ("The Executive Director Customer Services, Amina Bello, resigned.", "Customer Services"),
    ],
)
def test_services_after_a_title_are_the_offices_remit(extractor, text, words):
    assert words not in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, person",
    [
        ("The council appointed Jane Okafor as Director Corporate Services in March.", "Jane Okafor"),
        ("The Executive Director Customer Services, Amina Bello, resigned.", "Amina Bello"),
        ("Secretary Price and Senator Young attended the hearing on data brokers.", "Young"),
    ],
)
def test_a_holder_named_around_a_remit_stays_a_person(extractor, text, person):
    assert person in of_type(extractor, text, "Person")
