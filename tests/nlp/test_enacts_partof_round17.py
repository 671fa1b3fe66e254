"""enacts and partOf, round 17 (probe text of our own, in the genres of news, releases, cables and encyclopedias).

- partOf (`frames/seat.py`): a body described by a noun of a body whose description closes on "in <state>" ("the
  regulatory authority for the telecommunications industry in Nigeria") is that state's; not where a verb or clause
  inside the description, or a phrase to another party, says the "in", nor where two states are named, nor for a
  body stationed abroad, nor when the description is denied.
- enacts (`frames/chambers.voting_chambers`): a law passed, adopted, approved or enacted "in" or "through" a chamber was
  made by that chamber; not a law only introduced or discussed there, not a state named by "in", and a negated or
  hedged passing is no fact.
- partOf (`frames/seat.sector_regulator`): "Broadcasting in Kenya is regulated by the Communications Authority": the
  body that governs a field placed in one state is that state's; not where the subject names something (a company's
  operations), where the tables place the body in another state, where two states are named, nor when negated or
  hedged.
- enacts (`frames/headline_act`): a title in title case "<Body> Issues/Approves/Adopts <Law>" says the body made
  the law, even where the parse reads the verb as a name's word; not a verb of rejecting or proposing.
"""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def _pairs(facts: set[tuple], relation: str) -> set[tuple[str, str]]:
    return {(head, tail) for head, rel, tail in facts if rel == relation}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an encyclopedia's first sentence
        (
            "The Uganda Communications Commission (UCC) is the government regulatory body of the communications "
            "sector in Uganda.",
            ("Uganda Communications Commission", "Uganda"),
        ),
        # a news article (an apposition)
        (
            "NAIROBI, March 3 (Reuters) - The Communications Authority, the regulator of the telecommunications sector "
            "in Kenya, fined Safaricom on Tuesday.",
            ("Communications Authority", "Kenya"),
        ),
        # a government release
        (
            "The Data Protection Authority is the supervisory authority for data protection in Ghana, the ministry "
            "said in a statement.",
            ("Data Protection Authority", "Ghana"),
        ),
        # a cable
        (
            "3. (C) The Telecommunications Regulatory Commission is the body for licensing of operators in Jordan, "
            "Poloff was told.",
            ("Telecommunications Regulatory Commission", "Jordan"),
        ),
    ],
)
def test_body_described_in_a_state_is_part_of_it(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    facts, _ = relations(extractor, text)
    assert pair in _pairs(facts, "partOf")


@pytest.mark.parametrize(
    "text",
    [
        "The Federal Trade Commission is the agency that fined Meta in Ireland.",
        "The Information Commissioner's Office is the regulator of data transfers to companies in China.",
        "The Communications Authority of Kenya is the authority for telecommunications in Kenya and Uganda.",
        "The Embassy of Japan is the mission of the Japanese government in Kenya.",
        "The Communications Authority is not the regulator of the telecommunications sector in Kenya.",
    ],
)
def test_no_body_placed_by_its_description(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not {pair for pair in _pairs(facts, "partOf") if pair[1] in ("Ireland", "China", "Uganda", "Kenya")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an encyclopedia's first sentence (a relative clause on the law's description)
        (
            "The Network Enforcement Act is a German law that was passed in the Bundestag in 2017.",
            ("Bundestag", "Network Enforcement Act"),
        ),
        # a news article
        (
            "BERLIN, June 30 (Reuters) - The Data Retention Act was approved in the Bundestag on Friday after a "
            "heated debate.",
            ("Bundestag", "Data Retention Act"),
        ),
        # a government release
        (
            "The Ministry of Communications said the Cybersecurity Act was passed in the National Assembly on "
            "12 March.",
            ("National Assembly", "Cybersecurity Act"),
        ),
        # a cable
        (
            "3. (C) The Electronic Transactions Law was adopted in the National Assembly last week, Econoff was told.",
            ("National Assembly", "Electronic Transactions Law"),
        ),
        ("The Data Protection Act was passed through the National Assembly in two days.", None),
    ],
)
def test_law_passed_in_a_chamber(extractor: Extractor, text: str, pair: tuple[str, str] | None) -> None:
    facts, _ = relations(extractor, text)
    assert (pair or ("National Assembly", "Data Protection Act")) in _pairs(facts, "enacts")


@pytest.mark.parametrize(
    "text",
    [
        "The Data Protection Act was not passed in the National Assembly.",
        "The Data Protection Act was introduced in the National Assembly in May.",
        "The Data Protection Act was discussed in the National Assembly.",
        "The Data Protection Act may be passed in the National Assembly next year.",
    ],
)
def test_no_chamber_enacts_what_it_did_not_pass(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert ("National Assembly", "Data Protection Act") not in _pairs(facts, "enacts")


def test_state_named_by_in_is_no_chamber(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "The Data Protection Act was adopted in India in 2023.")
    assert ("India", "Data Protection Act") not in _pairs(facts, "enacts")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a news article
        (
            "Broadcasting in Kenya is regulated by the Communications Authority, the newspaper reported on Monday.",
            ("Communications Authority", "Kenya"),
        ),
        # a government release
        (
            "The ministry said that data centres in Ghana are supervised by the National Information Technology "
            "Agency.",
            ("National Information Technology Agency", "Ghana"),
        ),
        # a cable
        (
            "5. (SBU) Telecommunications in Jordan are regulated by the Telecommunications Regulatory Commission, "
            "Econoff learned.",
            ("Telecommunications Regulatory Commission", "Jordan"),
        ),
        # an encyclopedia (the "in" phrase on the verb)
        (
            "Internet services are administered in Lebanon by the Ministry of Telecommunication.",
            ("Ministry of Telecommunication", "Lebanon"),
        ),
    ],
)
def test_body_governing_a_field_in_a_state(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    facts, _ = relations(extractor, text)
    assert pair in _pairs(facts, "partOf")


@pytest.mark.parametrize(
    "text",
    [
        "Google's operations in Ireland are overseen by the Data Protection Commission.",
        "Data transfers in Ireland are supervised by the U.S. Federal Trade Commission.",
        "Telecoms in Kenya and Uganda are regulated by the Communications Authority.",
        "Broadcasting in Kenya is not regulated by the Communications Authority.",
        "Broadcasting in Kenya may be regulated by the Communications Authority.",
    ],
)
def test_no_body_placed_by_the_field_it_governs(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not {pair for pair in _pairs(facts, "partOf") if pair[1] in ("Ireland", "Kenya", "Uganda")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a news article's title cited in a report's note
        (
            "(John Smith, Ghanaian Parliament Approves Cybersecurity Act, Daily Graphic, May 3, 2020.)",
            ("Ghanaian Parliament", "Cybersecurity Act"),
        ),
        # a release's headline
        (
            "Federal Communications Commission Adopts Covered List Rule to Protect Networks",
            ("Federal Communications Commission", "Covered List Rule"),
        ),
        # a news headline
        ("Commerce Department Adopts Export Control Rule on Chips", ("Commerce Department", "Export Control Rule")),
    ],
)
def test_title_says_body_made_law(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    facts, _ = relations(extractor, text)
    assert pair in _pairs(facts, "enacts")


def test_title_rejecting_a_law_is_no_enactment(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "Ghanaian Parliament Rejects Cybersecurity Act")
    assert ("Ghanaian Parliament", "Cybersecurity Act") not in _pairs(facts, "enacts")
