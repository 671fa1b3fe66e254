"""Relation arguments, round 20 (probe text of our own: government fact sheets, agency profiles, delegation lists in
cables, conference programmes).

A list of participants, of a body's executives or of a delegation gives each person on a line of their own: a bullet
or a dash, the name, a comma and the office held, with no verb. The name is a person's, and the person leads the body
the title's complement names; a line whose "name" is ordinary words or a body's name is no person. The capitals of
such a line's title are the words of the office and of the body, not a heading's title case: the body is a name."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs, of_type


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Agency executives\n• Tsegaye Wolde, Director General of the Ethiopian Communications Authority\n",
            "Tsegaye Wolde",
        ),
        ("Speakers\n* Nkechi Obiora, Permanent Secretary, Federal Ministry of Communications\n", "Nkechi Obiora"),
        ("Management\n- Sione Fifita, Commissioner of Police\n- Mele Tupou, Director of Finance\n", "Sione Fifita"),
        ("Management\n- Sione Fifita, Commissioner of Police\n- Mele Tupou, Director of Finance\n", "Mele Tupou"),
        ("THE DELEGATION:\n- Abebe Tesfaye, Deputy Minister of Innovation\n- Ama Owusu, Ambassador\n", "Ama Owusu"),
    ],
)
def test_a_listed_office_holder_is_a_person(extractor, text, person):
    assert person in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Agency executives\n• Tsegaye Wolde, Director General of the Ethiopian Communications Authority\n",
            ("Tsegaye Wolde", "Ethiopian Communications Authority"),
        ),
        (
            "Panel\n- Oyelaran Adewale, Executive Director of the Nigeria Data Protection Commission\n",
            ("Oyelaran Adewale", "Nigeria Data Protection Commission"),
        ),
    ],
)
def test_a_listed_office_holder_leads_the_body_of_the_title(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "leads")


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("Contacts by unit\n- Data Protection, Head of Unit\n", "Data Protection"),
        ("Offices\n- Consumer Affairs, Director of Enforcement\n", "Consumer Affairs"),
        ("Dear Madam President,\nHonourable members,\n", "Madam President"),
        ("Addresses\n- Federal Trade Commission, Office of the Secretary\n", "Federal Trade Commission"),
        ("Topics\n- Cross Border Transfers, Chair of the Panel\n", "Cross Border Transfers"),
    ],
)
def test_ordinary_words_or_a_body_before_a_title_are_no_person(extractor, text, not_person):
    assert not_person not in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Board of management\n- Amina Yusuf, Director of the Information Technology Agency\n",
            ("Amina Yusuf", "Information Technology Agency"),
        ),
        (
            "MEETING PARTICIPANTS\n• Tsegaye Wolde, Director General of the Information Network Security Agency\n",
            ("Tsegaye Wolde", "Information Network Security Agency"),
        ),
    ],
)
def test_the_body_in_a_listed_holders_title_is_no_heading_wording(extractor, text, pair):
    assert pair[1] in of_type(extractor, text, "Agency")
    assert pair in fact_pairs(extractor, text, "leads")


def test_a_heading_of_ordinary_words_before_a_comma_stays_a_heading(extractor):
    text = (
        "Cloud Computing, Head of Network Security Services\nThe agency said on Monday that it would publish new "
        "guidance for operators of data centres in the capital.\n"
    )
    assert "Network Security Services" not in of_type(extractor, text, "Agency")
