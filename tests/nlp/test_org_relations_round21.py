"""Organisation structure relations, round 21 (probe text of our own: Wikipedia-style infoboxes, news, government
releases).

An agency's infobox copied from a web page lists its executives one a bullet under a label line ("Agency
executives / • Jane Roe, Chief Executive"): a person whose title makes them the body's head leads the body the
infobox is about (`frames/listed_executives.py`); a deputy, another officer, a ministry's permanent secretary or the
head of a body the title names does not. A state whose name ends in "s" marks its possessive with an apostrophe
alone, straight or curly ("the United States’ Department of Commerce"): the body after it is the state's
(`relations/plural_possessors.py`), unless the apostrophe closes a quotation opened before it."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs

_INFOBOX = """{body}

{body} is the national regulator of the sector.

{body}
Logo.png
Agency overview
Formed 1 April 2013
Headquarters Main Street
{label}
{lines}
Website www.example.org

The {body} was established by law in 2013.
"""


def _infobox(body: str, label: str, *lines: str) -> str:
    return _INFOBOX.format(body=body, label=label, lines="\n".join(f"• {line}" for line in lines))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            _infobox("Ruritania Communications Authority", "Agency executives", "Martin Novak, Chief Executive"),
            ("Martin Novak", "Ruritania Communications Authority"),
        ),
        (
            _infobox("National Privacy Commission", "Agency executive", "Juan Cruz, (Chairman & CEO)"),
            ("Juan Cruz", "National Privacy Commission"),
        ),
        (
            _infobox(
                "Korea Media Commission",
                "Minister responsible",
                "Lee Min-ho, Chairperson",
            ),
            ("Lee Min-ho", "Korea Media Commission"),
        ),
        (
            _infobox(
                "Telecommunications Regulatory Authority",
                "Agency executives",
                "Anna Kerr, Chief Technology Officer",
                "Paul Novak, President",
            ),
            ("Paul Novak", "Telecommunications Regulatory Authority"),
        ),
    ],
)
def test_a_bulleted_executive_with_a_heads_title_leads_the_infobox_body(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "leads")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            _infobox("Ministry of Digital Affairs", "Agency executives", "Mary Tan, Permanent Secretary"),
            "Mary Tan",
        ),
        (
            _infobox("Korea Media Commission", "Deputy Minister responsible", "Heo Min, Vice Chairperson"),
            "Heo Min",
        ),
        (
            _infobox("Ruritania Communications Authority", "Agency executives", "Anna Kerr, Chief Technology Officer"),
            "Anna Kerr",
        ),
        (
            _infobox("Ministry of Digital Affairs", "Minister responsible", "Rishi Patel, Minister of Finance"),
            "Rishi Patel",
        ),
    ],
)
def test_a_bulleted_officer_who_is_no_head_leads_nothing(extractor, text, person):
    assert not {p for p in any_pairs(extractor, text, "leads") if p[0] == person}


def test_bulleted_heads_below_the_infobox_lead_nothing(extractor):
    text = _infobox("Ruritania Communications Authority", "Agency executives", "Martin Novak, Chief Executive")
    text += "\nSpeakers at the authority's forum on spectrum:\n• Jane Roe, Chairman\n• John Doe, President\n"
    assert not {p for p in any_pairs(extractor, text, "leads") if p[0] in ("Jane Roe", "John Doe")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Officials from the United States’ Department of Commerce attended the talks in Lima.",
            ("Department of Commerce", "United States"),
        ),
        (
            "The Netherlands’ Dutch Data Protection Authority opened an inquiry into the breach on Tuesday.",
            ("Dutch Data Protection Authority", "Netherlands"),
        ),
        (
            "Mexico will draw on resources developed by the United States’ National Institute of Standards and "
            "Technology (NIST).",
            ("National Institute of Standards and Technology", "United States"),
        ),
        (
            "The Philippines' National Privacy Commission fined the bank in March.",
            ("National Privacy Commission", "Philippines"),
        ),
    ],
)
def test_an_apostrophe_after_a_states_final_s_makes_the_body_the_states(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "partOf")


def test_an_apostrophe_that_closes_a_quotation_is_no_possessive(extractor):
    text = "The rules were praised by the ‘Friends of the United States’ Department of Commerce officials said."
    assert ("Department of Commerce", "United States") not in any_pairs(extractor, text, "partOf")
