"""A company noun in an apposition calls the name before it a company ("Acme, the company behind the app, ...")
only when it is the apposition's head. A possessive company noun opens another noun phrase ("Sarah Thompson, the
company's general counsel, ...": the head is "counsel"), and says of the name only what its own head says ("Wana,
the company's telecommunications subsidiary": a company) (probe texts of our own)."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The committee found that Sarah Thompson, the company's general counsel, misled investigators.",
            "Sarah Thompson",
        ),
        ("Regulators questioned Omar Haddad, the firm's chief privacy officer, on Tuesday.", "Omar Haddad"),
        ("BRUSSELS, the company's European base, hosts 200 engineers.", "BRUSSELS"),
    ],
)
def test_a_possessive_company_noun_calls_no_name_a_company(extractor, text, name):
    assert name not in of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Globex Holdings, the company behind the app, said it would comply with the order.", "Globex Holdings"),
        ("Regulators fined Initech, a company based in Austin, for the breach.", "Initech"),
        ("The board blamed Veltra, the company's mobile subsidiary, for the loss.", "Veltra"),
        ("Investors sold shares of Korvex, the firm's largest regional operator, on Monday.", "Korvex"),
    ],
)
def test_a_company_noun_heading_the_apposition_still_calls_it_one(extractor, text, name):
    assert name in of_type(extractor, text, "Firm")
