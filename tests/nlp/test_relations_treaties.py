"""Treaty parties (`frames/treaties.py`): the states an agreement is said to be between adopt it (enacts), as does
a state that joins, accedes to or is a party to it; negated, hedged, planned and named-only statements are no facts,
and "joined X in doing Y" is neither membership nor adoption."""

from __future__ import annotations

import pytest

from tests.nlp.test_relations import stated_pairs

RCEP = "Regional Comprehensive Economic Partnership"
DEPA = "Digital Economy Partnership Agreement"
ANDEAN = "Andean Digital Trade Agreement"


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            f"The {RCEP} is a free trade agreement among the Asia-Pacific nations of Australia, Brunei and Vietnam.",
            {("Australia", RCEP), ("Brunei", RCEP), ("Vietnam", RCEP)},
        ),
        (
            f"The {ANDEAN} is a trade agreement between Canada, Chile and Peru.",
            {("Canada", ANDEAN), ("Chile", ANDEAN), ("Peru", ANDEAN)},
        ),
        (
            f"The {DEPA}, a treaty among Chile, New Zealand and Singapore, entered into force in 2021.",
            {("Chile", DEPA), ("New Zealand", DEPA), ("Singapore", DEPA)},
        ),
        ("Tunisia acceded to Convention 108 in 2017.", {("Tunisia", "Convention 108")}),
        ("Morocco is a party to Convention 108.", {("Morocco", "Convention 108")}),
    ],
)
def test_the_parties_of_a_treaty_adopt_it(extractor, text, pairs):
    assert stated_pairs(extractor, text, "enacts") == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Brazil is not a party to Convention 108.",
        "Brazil may become a party to Convention 108.",
        f"Indonesia plans to join the {DEPA}.",
        "Argentina has not ratified the Convention on Cybercrime.",
        "The Convention on Cybercrime is not an agreement between Russia and China.",
        # the parties are in the agreement's own name: a name, not a statement about the agreement
        "The Agreement between the United States and Mexico on Data Sharing entered into force in 2020.",
        # "between" on a noun that is no agreement, or that does not say what a law is
        "The Data Sharing Act is a source of friction between Canada and Chile.",
        "The dispute between Canada and Chile over the Data Sharing Act continued.",
    ],
)
def test_no_party_fact_from_negated_hedged_planned_or_named_agreements(extractor, text):
    assert stated_pairs(extractor, text, "enacts") == set()


def test_joining_someone_in_an_act_is_neither_membership_nor_adoption(extractor):
    text = "Canada joined the European Union in opposing the Data Act."
    assert stated_pairs(extractor, text, "memberOf") == set()
    assert stated_pairs(extractor, text, "enacts") == set()
    assert stated_pairs(extractor, "Germany joined NATO in 1955.", "memberOf") == {("Germany", "NATO")}
