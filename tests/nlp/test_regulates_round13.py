"""regulates, round 13: an "as" clause of legal basis on an act on data names the law that rules the data ("share
terrorist screening data as called for in HSPD-6", "transfer passenger data as required by the Act"); a person's
demand, a hedged clause, a negated act and an act on no data give no fact."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs

# --- "as required by X" ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, law, data",
    [
        # a cable
        (
            "German officials received a proposal to share terrorist screening data as called for in HSPD-6.",
            "HSPD-6",
            "terrorist screening data",
        ),
        # a government release
        (
            "Airlines must transfer passenger data to the authorities as required by the Aviation Security Act.",
            "Aviation Security Act",
            "passenger data",
        ),
        # a news article
        (
            "Carriers retain subscriber data for two years, as required under the Data Retention Directive.",
            "Data Retention Directive",
            "subscriber data",
        ),
        (
            "Banks keep payment records as permitted by the Payment Services Directive.",
            "Payment Services Directive",
            "payment records",
        ),
    ],
)
def test_an_as_clause_of_legal_basis_names_the_law_that_rules_the_data(extractor, text, law, data):
    assert (law, data) in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text, law, data",
    [
        # the act is negated
        (
            "Banks do not keep payment records as required by the Payment Services Directive.",
            "Payment Services Directive",
            "payment records",
        ),
        (
            "The telecom operators are not required to retain subscriber data as provided in the Data Retention "
            "Directive.",
            "Data Retention Directive",
            "subscriber data",
        ),
        # a proposed law's demand, hedged
        (
            "The embassy said Germany would share terrorist screening data as the proposed Screening Act would "
            "require.",
            "Screening Act",
            "terrorist screening data",
        ),
        # a condition on the act
        (
            "If airlines transfer passenger data as required by the Aviation Security Act, they avoid fines.",
            "Aviation Security Act",
            "passenger data",
        ),
        # a person's demand, not the law's
        (
            "Airlines transfer passenger data as the minister required in the Aviation Security Act.",
            "Aviation Security Act",
            "passenger data",
        ),
    ],
)
def test_no_fact_from_a_negated_hedged_or_personal_as_clause(extractor, text, law, data):
    assert (law, data) not in fact_pairs(extractor, text, "regulates")


def test_an_as_clause_naming_a_provision_names_its_law(extractor):
    text = "Controllers may transfer personal data abroad as provided for in Article 46 of the GDPR."
    assert ("GDPR", "personal data") in fact_pairs(extractor, text, "regulates")


def test_an_act_on_no_data_gives_no_relation(extractor):
    text = "The agency publishes annual reports as required by the Transparency Act."
    assert not any_pairs(extractor, text, "regulates")


# --- "habeas data" is a remedy, not a data type ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Argentine Constitution provides for a judicial remedy for the protection of personal data, known as "
        '"habeas data".',
        "Brazilian courts have long recognised habeas data as a constitutional action, a lawyer told the newspaper.",
    ],
)
def test_a_writ_named_with_habeas_is_no_data_type(extractor, text):
    x = extractor.extract("d", "v", text)
    assert "habeas data" not in {m.text for m in x.mentions if m.type == "DataType"}
