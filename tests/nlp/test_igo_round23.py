"""IGOs, round 23 (probe text of our own in several genres).

An acronym that states join or are members of names an organisation of states, and so does each of its repeats:
"Poland joined EUMETSAT", "Norway became a member of INMARSAT", "the ARABSAT member states"
(`text_rules/membership_acronyms.py`). The member nearest the phrase must be a state: companies, people and bodies
join associations, parties and clubs; an acronym before a noun modifies it; an acronym another finder typed keeps its
type; a text in capitals gives no evidence.

A committee named by its remit alone in a paragraph that names the European Parliament or MEPs, and no state's
legislature, is the Parliament's organ, an IGO, even where the document names a state elsewhere (a rapporteur's
country): "In the European Parliament, the Transport and Tourism Committee backed the text"
(`text_rules/remit_organs.union_legislature_organs`)."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    "text, name, count",
    [
        # news
        ("Poland joined EUMETSAT in 2009, and EUMETSAT now shares its weather data with Warsaw.", "EUMETSAT", 2),
        # encyclopedia
        ("In 1979 Norway became a member of INMARSAT, the maritime satellite organisation.", "INMARSAT", 1),
        # government release
        ("Kenya and Uganda are COMESA members and trade under its tariff rules.", "COMESA", 1),
        ("The ARABSAT member states met in Riyadh to review the budget.", "ARABSAT", 1),
        # telegram of the 1960s, in mixed case
        (
            "2. Embassy understands Yugoslavia is considering membership in EUTELSAT. EUTELSAT officials have "
            "not confirmed. Department will advise.",
            "EUTELSAT",
            2,
        ),
        # law text
        ("Only a state that has ratified the convention may join EUROCONTROL as a full member.", "EUROCONTROL", 1),
    ],
)
def test_an_acronym_states_join_or_belong_to_is_an_igo(extractor, text, name, count):
    found = [m for m in extractor.extract("t", "v", text).mentions if m.text == name]
    assert len(found) == count
    assert {m.type for m in found} == {"IGO"}


@pytest.mark.parametrize(
    "text, name",
    [
        # firms and companies join trade associations
        ("Microsoft and Google, both members of CCIA, opposed the law in India.", "CCIA"),
        ("U.S. companies that are members of the TECHA lobbied Washington.", "TECHA"),
        # people join parties and groups
        ("In France, Jean Dupont joined UMPX in 2004.", "UMPX"),
        ("Senator Smith joined INTELSAT talks in Geneva.", "INTELSAT"),
        # an acronym before a noun modifies it
        ("Activists spoke for members of the LGBTQI+ community in the United States.", "LGBTQI"),
        # a text in capitals gives no evidence
        ("1. ROMANIA HAS ASKED TO JOIN INTELSAT. DEPARTMENT WILL ADVISE.", "INTELSAT"),
    ],
)
def test_an_acronym_joined_by_no_state_is_no_igo(extractor, text, name):
    assert name not in of_type(extractor, text, "IGO")


def test_an_agreement_a_state_joins_keeps_its_type(extractor):
    text = "South Korea joined the Digital Economy Partnership Agreement (DEPA) in 2024. Canada will join DEPA too."
    assert "DEPA" in of_type(extractor, text, "Law")
    assert "DEPA" not in of_type(extractor, text, "IGO")


@pytest.mark.parametrize(
    "text, name",
    [
        # legislative briefing
        (
            "In the European Parliament, the Transport and Tourism Committee backed the text, the rapporteur from "
            "Poland said.",
            "Transport and Tourism Committee",
        ),
        # news
        (
            "Spanish MEPs on the Fisheries Committee opposed the quota cut, Spain's minister said.",
            "Fisheries Committee",
        ),
        # press release, the committee's abbreviation follows it
        (
            "In the European Parliament (EP), the proposal went to the Legal Affairs Committee (JURI). The rapporteur "
            "comes from Austria.",
            "JURI",
        ),
    ],
)
def test_a_remit_committee_beside_the_european_parliament_is_its_organ(extractor, text, name):
    assert name in of_type(extractor, text, "IGO")


@pytest.mark.parametrize(
    "text, name",
    [
        # no European Parliament in the paragraph: the document's state keeps it
        (
            "The Transport and Tourism Committee backed the text, the rapporteur from Poland said.",
            "Transport and Tourism Committee",
        ),
        # a state's legislature in the paragraph
        (
            "The Bundestag's Foreign Affairs Committee discussed the European Parliament resolution with ministers "
            "from Germany.",
            "Foreign Affairs Committee",
        ),
    ],
)
def test_a_remit_committee_without_the_european_parliament_stays_a_states(extractor, text, name):
    assert name in of_type(extractor, text, "Agency")
