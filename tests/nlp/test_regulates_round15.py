"""regulates, round 15.

- A law made to act on the handling of data regulates those data: the infinitive of purpose on the verb that makes
  the law ("enacted the Act to speed access to electronic data", "was developed to build trust in flows of X").
  A purpose that acts on no handling of data, a negated making and a proposed one give no fact.
- A law that directs a body to make something (rules, a program, recommendations) for an act of ruling rules through
  that act on its data ("directs the ministry to issue rules to restrict transfers of X"); a made thing for no act
  of ruling ("to issue a report on X"), a delegated act that is no making ("to hire staff to process X"), and a
  negated or hedged direction give no fact.
"""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    "text, law, data",
    [
        # a news article
        (
            "The United States enacted the Data Privacy Act to speed access to electronic information held by "
            "global providers that is critical to investigations.",
            "Data Privacy Act",
            "electronic information",
        ),
        # a government release
        (
            "Parliament adopted the Health Records Act in 2020 to remove barriers to the transfer of health records "
            "between hospitals.",
            "Health Records Act",
            "health records",
        ),
        # a framework developed by a group (the phrase of effect hangs on the infinitive)
        (
            "The Data Privacy Act was developed by officials to build trust in cross border flows of personal "
            "information.",
            "Data Privacy Act",
            "personal information",
        ),
    ],
)
def test_a_law_made_to_act_on_the_handling_of_data_regulates_it(extractor, text, law, data):
    assert (law, data) in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text, law, data",
    [
        # negated making
        (
            "Ruritania did not enact the Data Privacy Act to ease transfers of health records.",
            "Data Privacy Act",
            "health records",
        ),
        # proposed making
        (
            "Ruritania plans to pass the Data Privacy Act to ease transfers of health records.",
            "Data Privacy Act",
            "health records",
        ),
    ],
)
def test_a_negated_or_proposed_making_gives_no_fact(extractor, text, law, data):
    assert (law, data) not in fact_pairs(extractor, text, "regulates")


def test_a_purpose_that_acts_on_no_handling_of_data_regulates_nothing(extractor):
    text = "The minister signed the Data Privacy Act to build roads in rural areas with location data."
    assert not any_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text, law, data",
    [
        # a news article
        (
            "The Health Records Act directs the ministry to issue rules to restrict transfers of patient records "
            "abroad, the newspaper reported.",
            "Health Records Act",
            "patient records",
        ),
        # a cable
        (
            "The State Department cable notes that the Cybersecurity Law instructs the regulator to develop a "
            "program to protect location data held by carriers.",
            "Cybersecurity Law",
            "location data",
        ),
        # a government release
        (
            "The Digital Economy Act directs the agency to establish standards to safeguard biometric data, the "
            "government said in a release.",
            "Digital Economy Act",
            "biometric data",
        ),
        # a fact sheet: what the recommendations protect against
        (
            "President Biden issued Executive Order (E.O.) 14117 on data security. This E.O. directs the "
            "Department of Commerce to make recommendations to protect against harm from the sale of sensitive "
            "personal data.",
            "E.O.",
            "sensitive personal data",
        ),
    ],
)
def test_a_law_directing_a_body_to_make_rules_for_an_act_of_ruling_regulates_its_data(extractor, text, law, data):
    assert (law, data) in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "The Health Records Act directs the ministry to issue a report on the sale of patient records.",
        "The Health Records Act directs the ministry to hire staff to process patient records.",
    ],
)
def test_a_made_thing_for_no_act_of_ruling_regulates_nothing(extractor, text):
    assert not any_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "The Health Records Act does not direct the ministry to issue rules to restrict transfers of patient records.",
        "The Health Records Act may direct the ministry to issue rules to restrict transfers of patient records.",
    ],
)
def test_a_negated_or_hedged_direction_gives_no_fact(extractor, text):
    assert not fact_pairs(extractor, text, "regulates")
