"""regulates, round 12: data handed to parties that a law covers are handled under that law ("personal data can flow
to US companies participating in the Framework", "transferred to organisations falling within the scope of the
Act"); negated, hedged and excluded recipients give no fact."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs

# --- data handed to recipients a law covers ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, law, data",
    [
        (
            "The EU-U.S. Data Privacy Framework was adopted in July. Personal data can now flow freely from the EU "
            "to US companies participating in the Framework.",
            "EU-U.S. Data Privacy Framework",
            "Personal data",
        ),
        (
            "Japan ensures an adequate level of protection for personal data transferred to organisations falling "
            "within the scope of application of the Act on the Protection of Personal Information.",
            "Act on the Protection of Personal Information",
            "personal data",
        ),
        (
            "Under the agreement, health records may be sent to insurers that are subject to the Health Insurance "
            "Portability and Accountability Act.",
            "Health Insurance Portability and Accountability Act",
            "health records",
        ),
        (
            "The embassy reported that payment data is shared with banks that adhere to the Payment Card Rules.",
            "Payment Card Rules",
            "payment data",
        ),
    ],
)
def test_data_handed_to_covered_recipients_are_regulated_by_the_law(extractor, text, law, data):
    assert (law, data) in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text, law",
    [
        # recipients outside the law
        (
            "Personal data transferred to companies that fall outside the scope of the Privacy Act receives no "
            "protection.",
            "Privacy Act",
        ),
        # negated and hedged transfers
        ("Personal data cannot be transferred to companies participating in the Privacy Shield.", "Privacy Shield"),
        (
            "Personal data might flow to firms that joined the APEC Cross-Border Privacy Rules.",
            "APEC Cross-Border Privacy Rules",
        ),
    ],
)
def test_no_fact_when_the_recipients_are_outside_or_the_transfer_is_not_stated(extractor, text, law):
    assert not {pair for pair in fact_pairs(extractor, text, "regulates") if pair[0] == law}


def test_negated_transfer_is_kept_as_a_non_fact(extractor):
    text = "Personal data cannot be transferred to companies participating in the Privacy Shield."
    assert ("Privacy Shield", "Personal data") in any_pairs(extractor, text, "regulates")


def test_no_data_type_no_relation(extractor):
    text = "Officials transferred funds to companies participating in the Digital Economy Partnership Agreement."
    assert not any_pairs(extractor, text, "regulates")
