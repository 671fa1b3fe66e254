"""Bodies and laws typed as each other or as firms, round 21 (probe text of our own: news, government releases,
law-firm pages, Wikipedia-style pages, telegrams).

A statutory corporation of the US government ("the Millennium Challenge Corporation", "the Federal Deposit Insurance
Corporation") is a federal agency, not a company, though its name ends in "Corporation": the reference table names
them (ontology/reference/agencies.csv); a state's carrier named "... Telecommunications Corporation" stays a firm. A
court's docket number ("Case C-311/18") names the proceedings, not the ruling: no law, and no alias of one in
laws.csv. A scope word and a company's legal form alone ("a Government Corporation", "a State Company") name a kind
of company, no firm."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "WASHINGTON - The Millennium Challenge Corporation signed a $698 million compact with Indonesia on Friday.",
            "Millennium Challenge Corporation",
        ),
        ("RUEHLMC/MILLENNIUM CHALLENGE CORP WASHINGTON DC", "MILLENNIUM CHALLENGE CORP"),
        (
            "The Federal Deposit Insurance Corporation was appointed receiver of the failed bank, the agency said.",
            "Federal Deposit Insurance Corporation",
        ),
        (
            "The Overseas Private Investment Corporation financed part of the undersea cable, according to the "
            "company's filing.",
            "Overseas Private Investment Corporation",
        ),
        (
            "In 2019 the U.S. International Development Finance Corporation replaced OPIC.",
            "U.S. International Development Finance Corporation",
        ),
    ],
)
def test_a_us_government_corporation_is_an_agency(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")
    assert body not in of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "The sole provider of internet service is the Ethiopian Telecommunications Corporation.",
            "Ethiopian Telecommunications Corporation",
        ),
        ("Shares of Microsoft Corporation rose 2 percent on Tuesday.", "Microsoft Corporation"),
    ],
)
def test_a_carrier_or_company_named_corporation_stays_a_firm(extractor, text, firm):
    assert firm in of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text",
    [
        "The Parliament recalled the judgment of the Court of Justice of 16 July 2020 in Case C-311/18 Data "
        "Protection Commissioner v Facebook Ireland Limited and Maximillian Schrems (Schrems II).",
        "European Parliament resolution of 20 May 2021 on the ruling of the CJEU - Schrems II, Case C-311/18",
        "In Case C-362/14 the Court of Justice invalidated the Safe Harbour decision.",
        "The referral in C-311/18 came from the Irish High Court.",
    ],
)
def test_a_docket_number_is_no_law(extractor, text):
    assert not {t for t in of_type(extractor, text, "Law") if "C-3" in t}


def test_the_ruling_is_still_named_by_its_short_name(extractor):
    text = "Since Schrems II, companies have relied on standard contractual clauses."
    assert "Schrems II" in of_type(extractor, text, "Law")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "After the act it was established as a fully owned Government Corporation called Nepal "
            "Telecommunications Corporation.",
            "Government Corporation",
        ),
        ("The airline became a State Corporation in 1965, the ministry said.", "State Corporation"),
        ("Ghana Telecom was converted into a Public Company in 1996.", "Public Company"),
    ],
)
def test_a_kind_of_company_in_capitals_is_no_firm(extractor, text, kind):
    assert kind not in of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "After the act it was established as a fully owned Government Corporation called Nepal "
            "Telecommunications Corporation.",
            "Nepal Telecommunications Corporation",
        ),
        ("Federal Express Corporation said it would appeal the ruling.", "Federal Express Corporation"),
    ],
)
def test_a_company_named_with_a_scope_word_stays_a_firm(extractor, text, firm):
    assert firm in of_type(extractor, text, "Firm")
