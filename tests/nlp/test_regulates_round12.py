"""regulates, round 12: data handed to parties that a law covers are handled under that law ("personal data can flow
to US companies participating in the Framework", "transferred to organisations falling within the scope of the
Act"); negated, hedged and excluded recipients give no fact."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs, of_type

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
        # recipients the clause says are not covered
        ("Personal data was transferred to companies that do not comply with the GDPR.", "GDPR"),
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


# --- whatever a law does to the flows, transfers or access of data -------------------------------------------


@pytest.mark.parametrize(
    "text, law, data",
    [
        (
            "The Data Protection Directive recognised the importance of removing barriers to cross-border flows of "
            "personal data.",
            "Data Protection Directive",
            "personal data",
        ),
        (
            "The Digital Economy Agreement eases cross-border transfers of health records between the two "
            "countries, officials said.",
            "Digital Economy Agreement",
            "health records",
        ),
        (
            "According to the cable, the Payment Systems Act has slowed personal data transfers to foreign processors.",
            "Payment Systems Act",
            "personal data",
        ),
        (
            "The CLOUD Act represents a new approach to ensure effective access to electronic data held abroad.",
            "CLOUD Act",
            "electronic data",
        ),
    ],
)
def test_a_law_acting_on_the_handling_of_data_regulates_it(extractor, text, law, data):
    assert (law, data) in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "The Data Security Law does not hinder flows of industrial data.",  # negated
        "The new Privacy Act could complicate transfers of customer data.",  # hedged
        "The Privacy Framework will reestablish a legal mechanism for transfers of personal data.",  # a forecast
        "The GDPR created a board that monitors flows of personal data.",  # the board's act, not the law's
        "The Privacy Act celebrated its anniversary while officials discussed flows of personal data.",
        "The Data Protection Act was cited in a report on flows of personal data.",  # passive: not the law's act
        "The Privacy Act ignores cross-border flows of personal data.",  # no act on the flows
        "The Data Protection Act predates the large flows of personal data seen today.",
        "The GDPR has nothing to do with flows of payment data.",
    ],
)
def test_no_fact_from_a_negated_hedged_or_foreign_act_on_data_flows(extractor, text):
    assert not fact_pairs(extractor, text, "regulates")


# --- data types: education is a kind of data; a privative prefix denies the kind ----------------------------


@pytest.mark.parametrize(
    "text, data",
    [
        (
            "FERPA is a United States federal law that governs the access to educational information and records.",
            "educational information",
        ),
        ("The ministry said the decree restricts the transfer of educational records abroad.", "educational records"),
        ("According to the cable, the schools must protect student education records.", "student education records"),
    ],
)
def test_education_names_a_kind_of_data(extractor, text, data):
    assert data in of_type(extractor, text, "DataType")


def test_a_governed_education_record_is_regulated(extractor):
    text = "FERPA is a United States federal law that governs the access to educational information and records."
    assert ("FERPA", "educational information") in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "The law has faced criticism for concealing non-educational public records.",
        "Officials discussed education reform and background information on the budget.",
    ],
)
def test_no_data_type_from_a_denied_or_absent_kind(extractor, text):
    assert not of_type(extractor, text, "DataType")


def test_a_privative_word_stays_in_a_kind_named_otherwise(extractor):
    text = "The regulation covers non-personal data held in the EU and non-public personal information."
    assert {"non-personal data", "non-public personal information"} <= of_type(extractor, text, "DataType")
