"""Relations across sentences, round 21 (probe text of our own: news, Hansard, telegrams, Wikipedia).

"The government" takes up the one state named before it, as "the country" does (`relations/country_reference.py`):
the state acting through its government ("Kenya is a hub for cloud firms. The government adopted the Data Protection
Act"). Capitalised, as Hansard and telegrams write it ("the Government"), it still refers back; "The Nation" (a
newspaper) does not. Two states, another state's nationality adjective, a modifier ("the federal government", "the
new government"), an "of" phrase naming the state, a plural, or no state named at all leave it unresolved."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        (
            "NAIROBI - Kenya is a hub for cloud providers in East Africa. The government adopted the Data Protection "
            "Act in 2019.",
            "enacts",
            ("Kenya", "Data Protection Act"),
        ),
        (
            "The United Kingdom left the European Union in January 2020. The Government has passed the Data "
            "Protection Act 2018 to keep its rules aligned.",
            "enacts",
            ("United Kingdom", "Data Protection Act 2018"),
        ),
        (
            "1. (SBU) INDONESIA CONTINUES TO TIGHTEN ITS DATA RULES. THE GOVERNMENT ISSUED GOVERNMENT REGULATION NO. "
            "71 OF 2019 IN OCTOBER.",
            "enacts",
            ("INDONESIA", "GOVERNMENT REGULATION NO. 71 OF 2019"),
        ),
        (
            "Nigeria is the most populous country in Africa. In 2023 the government enacted the Nigeria Data "
            "Protection Act.",
            "enacts",
            ("Nigeria", "Nigeria Data Protection Act"),
        ),
        (
            "Microsoft opened a data centre in Kenya last year. The government adopted the Data Protection Act in "
            "2019.",
            "enacts",
            ("Kenya", "Data Protection Act"),
        ),
    ],
)
def test_the_government_takes_up_the_one_state_named_before(extractor, text, relation, pair):
    assert pair in fact_pairs(extractor, text, relation)


@pytest.mark.parametrize(
    "text",
    [
        "India and Pakistan held talks on trade. The government adopted the Digital Personal Data Protection Act.",
        "Kenya hosts a Chinese firm's data centre. The government adopted the Data Protection Act in 2019.",
        "Brazil is a large market. The federal government adopted the LGPD in 2018.",
        "Brazil is a large market. The new government adopted the LGPD in 2018.",
        "Brazil is a large market. The Chinese government adopted the Data Security Law in 2021.",
        "The government adopted the Data Protection Act in 2019.",
        "Brazil and Chile are large markets. Both governments adopted the Data Protection Act.",
        "The Government Accountability Office reviewed the program. The government adopted the Data Protection Act.",
    ],
)
def test_an_ambiguous_or_modified_government_is_no_reference(extractor, text):
    assert not fact_pairs(extractor, text, "enacts")


def test_the_government_of_another_state_is_that_state(extractor):
    text = "Brazil is a large market. The government of Chile adopted the Data Protection Act in 2024."
    assert ("Brazil", "Data Protection Act") not in fact_pairs(extractor, text, "enacts")


def test_a_newspaper_called_the_nation_is_no_state(extractor):
    text = "Thailand is a large market. The Nation opposed the Personal Data Protection Act in an editorial."
    assert not fact_pairs(extractor, text, "opposes")
