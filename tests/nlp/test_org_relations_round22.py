"""Organisation structure relations, round 22 (probe text of our own: infoboxes copied from Wikipedia-style pages and
from web mirrors of them).

An agency's infobox names the body it is about in an "Agency Name" field; the value may give the body's name and
then its abbreviation in brackets ("Agency Name: Digital Regulation Authority (DRA)"). The abbreviation is another
name of the same body, so the name is still the whole value of the field, and the head its "Chief1 Name" field
names leads that mention of the body (the one the table is about), not the page title above the table
(`relations/fields._without_abbreviation`). Prose in brackets after the name is not an abbreviation: the value is
then more than the name.

Titles coordinated in an apposition to a name are each the person's titles ("Jane Roe, a lawyer and director of the
X"; the White House's "X, Assistant to the President and Director of the Y", where the parse hangs the second title
on the object of "to"): the person leads the body the second title's "of" phrase names
(`relations/coordinated_titles.py`). A title with a determiner of its own after a "to" phrase may be a second person
served ("adviser to the Prime Minister and the Director of X"), and a deputy or a former holder leads nothing."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.support.probes import any_pairs, fact_pairs

_MIRROR = """{body} ({state}) explained

Agency Name:{body}{after}
Nativename:{native}
Type:Government agency
Headquarters:{city}, {state}
Chief1 Name:{chief}
Chief1 Position:Chairman

The {body} is the national regulator of the sector in {state}.
"""

_WIKI = """= {body} ({state}) =

Infobox
- Agency Name: {body}{after}
- Formed: 1 April 2001
- Headquarters: {city}, {state}
- Chief1 Name: {chief}

The {body} is a federal authority of {state}.
"""


def _leads_tail_offsets(extractor: Extractor, text: str, chief: str) -> set[int]:
    """Where the body starts that the person leads, by the mention the relation holds (facts only)."""
    x = extractor.extract("d", "v", text)
    return {
        x.mentions[r.tail].start
        for r in x.relations
        if r.type == "leads" and r.fact and x.mentions[r.head].text == chief
    }


def _field_offset(text: str, body: str) -> int:
    """The offset of the body's name in its "Agency Name" field."""
    label = text.index("Agency Name:")
    return text.index(body, label)


def test_mirror_infobox_head_leads_the_named_field(extractor: Extractor) -> None:
    body, chief = "Communications Regulatory Commission", "Amina Yusuf"
    text = _MIRROR.format(body=body, state="Nigeria", after=" (CRC)", native="Hukumar", city="Abuja", chief=chief)
    assert _leads_tail_offsets(extractor, text, chief) == {_field_offset(text, body)}


def test_wiki_infobox_head_leads_the_named_field(extractor: Extractor) -> None:
    body, chief = "Federal Office for Information Security", "Arne Schönbohm"
    text = _WIKI.format(body=body, state="Germany", after=" (BSI)", city="Bonn", chief=chief)
    assert _leads_tail_offsets(extractor, text, chief) == {_field_offset(text, body)}


def test_mixed_case_abbreviation_is_still_an_abbreviation(extractor: Extractor) -> None:
    body, chief = "Federal Commissioner for Data Protection and Freedom of Information", "Ulrich Kelber"
    text = _WIKI.format(body=body, state="Germany", after=" (BfDI)", city="Bonn", chief=chief)
    assert _leads_tail_offsets(extractor, text, chief) == {_field_offset(text, body)}


def test_bracketed_prose_is_not_an_abbreviation(extractor: Extractor) -> None:
    """ "(formerly the Telecom Board)" says more than the name: the field's value is not the name alone, so the
    head leads the body the page title names, as before."""
    body, chief = "Communications Regulatory Commission", "Amina Yusuf"
    text = _MIRROR.format(
        body=body, state="Nigeria", after=" (formerly the Telecom Board)", native="Hukumar", city="Abuja", chief=chief
    )
    assert _leads_tail_offsets(extractor, text, chief) == {0}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Lael Brainard, Assistant to the President and Director of the National Economic Council, spoke first.",
            ("Lael Brainard", "National Economic Council"),
        ),
        (
            "Arati Prabhakar, Assistant to the President for Science and Technology and Director of the Office of "
            "Science and Technology Policy, opened the meeting.",
            ("Arati Prabhakar", "Office of Science and Technology Policy"),
        ),
        (
            "The minister met Kenji Sato, Assistant to the Minister and Director-General of the Personal Information "
            "Protection Commission.",
            ("Kenji Sato", "Personal Information Protection Commission"),
        ),
        (
            "John Doe, a lawyer and director of the Federal Trade Commission, spoke on Monday.",
            ("John Doe", "Federal Trade Commission"),
        ),
        (
            "Sam Lee, a former director and now Chairman of the Securities and Exchange Commission, testified.",
            ("Sam Lee", "Securities and Exchange Commission"),
        ),
    ],
)
def test_coordinated_title_leads_its_body(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert pair in fact_pairs(extractor, text, "leads")


@pytest.mark.parametrize(
    "text",
    [
        # a second person served: the determiner opens a new noun phrase
        "Tom Green, adviser to the Prime Minister and the Director of the Federal Bureau of Investigation, resigned.",
        # a deputy does not lead
        "Peter Brown, Special Advisor to the Minister and Deputy Director of the Federal Communications Commission, "
        "said it.",
        # a former holder leads no more
        "Rashid Khan, an engineer and former Director of the Pakistan Telecommunication Authority, joined the firm.",
        # no title among the coordinated nouns
        "Ana Lopez, a journalist and critic of the Ministry of the Interior, was arrested.",
    ],
)
def test_coordinated_non_heads_lead_nothing(extractor: Extractor, text: str) -> None:
    assert not any_pairs(extractor, text, "leads")
