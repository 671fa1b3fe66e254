"""In-document reference, round 15 (probe text of our own): a description repeats the name that calls the thing by
its noun ("the Act" is "the RESTRICT Act", not the bill number "(S. 686)" given in parentheses after it); the nearer
parenthesised name stays when it has the noun too ("the Data Law (Law No. 151) ... the law") and for a pronoun."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.support.probes import fact_pairs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, relation, pair, number",
    [
        (  # an encyclopedia's lead
            "The Cloud Safety Act (S. 123) is a bill in the United States Senate. Introduced by Senator Jane Roe, "
            "the Act proposed that the Secretary of Commerce review transfers of personal data.",
            "supports",
            ("Jane Roe", "Cloud Safety Act"),
            "S. 123",
        ),
        (  # a senator's release
            "WASHINGTON - Today Senator Jane Roe introduced the Data Broker Accountability Act (S. 4410). Senator "
            "John Poe co-sponsored the Act.",
            "supports",
            ("John Poe", "Data Broker Accountability Act"),
            "S. 4410",
        ),
        (  # a cable
            "2. (SBU) On May 3 the Assembly passed the Electronic Records Act (Bill 42). Deputy Speaker Omar Haddad "
            "opposed the Act, Post learned.",
            "opposes",
            ("Omar Haddad", "Electronic Records Act"),
            "Bill 42",
        ),
        (  # a register's summary
            "The Privacy Rule (45 CFR Part 164) took effect in 2003. The rule governs the use of health information.",
            "regulates",
            ("Privacy Rule", "health information"),
            "45 CFR Part 164",
        ),
    ],
)
def test_a_description_repeats_the_name_with_its_noun(
    extractor: Extractor, text: str, relation: str, pair: tuple[str, str], number: str
) -> None:
    pairs = fact_pairs(extractor, text, relation)
    assert pair in pairs
    assert not [p for p in pairs if number in p]  # not the parenthesised number


@pytest.mark.parametrize(
    "text, relation, pair",
    [
        (  # both names have the noun: the nearer naming stays
            "1. Post notes that the Cyber Security Law (Law No. 24) entered into force in June. Minister Ali Reza "
            "championed the law.",
            "supports",
            ("Ali Reza", "Law No. 24"),
        ),
        (
            "The Ministry announced today that the Personal Information Directive (Directive 7/2021) takes effect on "
            "Monday. The Directive requires banks to store customer data on servers located in Ruritania.",
            "regulates",
            ("Directive 7/2021", "customer data"),
        ),
        (  # a pronoun has no noun: the nearest naming stays
            "The Cloud Safety Act (S. 123) is a bill in the United States Senate. Introduced by Senator Jane Roe, it "
            "proposed that the Secretary of Commerce review transfers of personal data.",
            "supports",
            ("Jane Roe", "S. 123"),
        ),
    ],
)
def test_the_nearer_name_stays_without_the_noun_contrast(
    extractor: Extractor, text: str, relation: str, pair: tuple[str, str]
) -> None:
    assert fact_pairs(extractor, text, relation) == {pair}
