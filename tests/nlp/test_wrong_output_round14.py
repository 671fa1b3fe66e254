"""Wrong output, round 14: a body named in a list with the bodies of one known country is that country's, not the
document's; a nationality adjective that names another state than a law's keeps a description from referring to
that law; runs of spaces inside a line do not split a sentence."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs

_INDIA_CABLE = (
    "UNCLAS NEW DELHI 001234\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: ECON ETRD IN\nSUBJECT: INDIA DATA RULES\n\n"
    "1. (SBU) India's Ministry of Electronics and Information Technology issued the rules in New Delhi. Post"
    " recommends that the Department, Treasury and USTR raise the rules with India. India will publish them soon."
)
_GERMAN_CABLE = (
    "CONFIDENTIAL BERLIN 000456\n\nSIPDIS\n\nE.O. 12958: DECL: 05/05/2019\nTAGS: PGOV PREL GM\nSUBJECT: GERMANY"
    " DATA RETENTION\n\n1. (C) Officials from the MFA, the Interior Ministry and the Embassy discussed data"
    " retention in Berlin. Germany plans a new law. Germany will vote on it in May."
)


def _ids(extractor, text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in extractor.extract("d", "v", text).mentions if m.type == "Agency"}


@pytest.mark.parametrize(
    "text, name, entity_id",
    [
        (_INDIA_CABLE, "Treasury", "agency/us-treasury"),
        (
            "Brazil's data authority met in Brasilia. Officials from the Department of Justice, the FTC and the FBI"
            " attended the talks on evidence. Brazil hopes to sign an agreement. Brazil will host the next round.",
            "Department of Justice",
            "agency/us-department-of-justice",
        ),
        (
            "PRESS RELEASE\n\nNairobi, 12 May 2024. The Ministry of ICT of Kenya hosted officials from the Treasury,"
            " the FTC and the FBI for talks on payment data. Kenya will publish a report.",
            "Treasury",
            "agency/us-treasury",
        ),
    ],
)
def test_a_body_listed_with_one_countrys_bodies_is_that_countrys(extractor, text, name, entity_id):
    assert _ids(extractor, text)[name] == entity_id


@pytest.mark.parametrize(
    "text, name, entity_id",
    [
        (_GERMAN_CABLE, "Interior Ministry", "agency/de-interior-ministry"),
        (
            "Germany's Finance Ministry and the US Treasury signed a memorandum on payment data. Germany and France"
            " welcomed it. Germany will apply it first.",
            "Finance Ministry",
            "agency/de-finance-ministry",
        ),
        (
            "Officials of the Finance Ministry and the US Treasury met in Berlin. Germany and France welcomed it."
            " Germany will apply it first.",
            "Finance Ministry",
            "agency/de-finance-ministry",
        ),
        (
            "Officials of the Interior Ministry and the FBI met in Berlin on Monday. Germany welcomed the talks."
            " Germany will host the next round.",
            "Interior Ministry",
            "agency/de-interior-ministry",
        ),
        (
            "In Berlin, the Interior Ministry and the FBI discussed encryption. Germany welcomed the talks. Germany"
            " will host the next round.",
            "Interior Ministry",
            "agency/de-interior-ministry",
        ),
        (
            "The Justice Ministry, the CNIL and the FBI discussed encryption in Nairobi. Kenya hosted the meeting."
            " Kenya will host another.",
            "Justice Ministry",
            "agency/ke-justice-ministry",
        ),
    ],
)
def test_a_list_of_no_or_two_known_countries_keeps_the_documents_country(extractor, text, name, entity_id):
    assert _ids(extractor, text)[name] == entity_id


@pytest.mark.parametrize(
    "text, pair, expected",
    [
        (
            "Vietnam issued Decree 53 last year. Microsoft criticised the Chinese decree.",
            ("Microsoft", "Decree 53"),
            False,
        ),
        (
            "Vietnam issued Decree 53 last year. Microsoft criticised the Vietnamese decree.",
            ("Microsoft", "Decree 53"),
            True,
        ),
        (
            "Russia adopted Federal Law 242-FZ in 2014. LinkedIn criticised the Irish law.",
            ("LinkedIn", "Federal Law 242-FZ"),
            False,
        ),
        (
            "Russia adopted Federal Law 242-FZ in 2014. LinkedIn criticised the Russian law.",
            ("LinkedIn", "Federal Law 242-FZ"),
            True,
        ),
        (
            "UNCLAS HANOI 000789\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: ECON VM\nSUBJECT: VIETNAM DATA DECREE\n\n1. (SBU)"
            " Vietnam issued Decree 53 in August. Google criticised the French decree.",
            ("Google", "Decree 53"),
            False,
        ),
        (
            "FOR IMMEDIATE RELEASE\n\nThe Ministry of Public Security of Vietnam published Decree 53 on 15 August."
            " Google criticised the Chinese decree.",
            ("Google", "Decree 53"),
            False,
        ),
        (
            "FOR IMMEDIATE RELEASE\n\nThe Ministry of Public Security of Vietnam published Decree 53 on 15 August."
            " Google criticised the Vietnamese decree.",
            ("Google", "Decree 53"),
            True,
        ),
    ],
)
def test_a_nationality_adjective_of_another_state_blocks_the_one_law(extractor, text, pair, expected):
    assert (pair in fact_pairs(extractor, text, "opposes")) is expected
