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


# A statute's words for itself ("this Law", "these Regulations", "the present Regulation") are the law its title
# line names, not a law cited between the title and the words.
_RUSSIAN = (
    "Federal Law of 12 May 2010 N 55-FZ ON DATA STORAGE\n\n(edition of Federal Laws of 25.11.2012 N 266-FZ)\n\n"
    "1. This Law governs the processing of personal data by state bodies."
)
_MONGOLIAN = (
    "Law of Mongolia No. 12 on Personal Information\n\nAs amended by Law No. 40 of 2015 and Law No. 7 of 2019.\n\n"
    "Article 1. This Law governs the processing of personal information."
)
_EU = (
    "Regulation (EU) 2031/5 of the European Parliament and of the Council on cloud data\n\nHaving regard to "
    "Regulation (EU) 2016/679,\n\nArticle 1. The present Regulation lays down rules on the storage of non-personal "
    "data."
)


@pytest.mark.parametrize(
    "text, pair",
    [
        (_RUSSIAN, ("Federal Law of 12 May 2010 N 55-FZ ON DATA STORAGE", "personal data")),
        (_MONGOLIAN, ("Law of Mongolia No. 12 on Personal Information", "personal information")),
        (_EU, ("Regulation (EU) 2031/5", "non-personal data")),
    ],
)
def test_a_statute_calls_itself_by_its_title_noun(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    pairs = fact_pairs(extractor, text, "regulates")
    assert pair in pairs
    assert not [p for p in pairs if p[1] == pair[1] and p != pair]  # not the law cited in between


@pytest.mark.parametrize(
    "text, pair",
    [
        (  # a news story's "this law" refers back to the nearest law, not to the headline's
            "Data Act enters into force\n\nULAANBAATAR - The Records Law was amended in May. This law governs the "
            "storage of personal data, officials said.",
            ("Records Law", "personal data"),
        ),
        (  # the noun is not the title's: the title is not meant
            "Data Act enters into force\n\nULAANBAATAR - The Records Law was amended in May. This Law governs the "
            "storage of personal data, officials said.",
            ("Records Law", "personal data"),
        ),
    ],
)
def test_this_law_outside_a_statute_refers_back(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert fact_pairs(extractor, text, "regulates") == {pair}
