"""Three entity faults a reviewer found in the sample graph (issue 14), each stated as how English or a telegram
works, with probe sentences of our own: a law's title made under another law ("the Implementing Regulation of
the X Law"); a body named by a name, its abbreviation and a head noun ("... Rules (XR) Forum"); a generic body in a
telegram about one country."""

from __future__ import annotations

import pytest

from pipelines.model import Extraction


def extract(extractor, *texts: str) -> list[Extraction]:
    items = [(f"doc{i}", "v1", text) for i, text in enumerate(texts)]
    out = list(extractor.extract_many(items, n_process=1))
    assert all(isinstance(x, Extraction) for x in out)
    return out


def typed(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(extractor, text)[0].mentions]


# 1. A law's title, "of" and another law's name: the instrument made under that law, one name


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Last spring the cabinet adopted the Enforcement Decree of the Cloud Computing Promotion Act.",
            "Enforcement Decree of the Cloud Computing Promotion Act",
        ),
        (
            "The agency drafted the Implementing Regulations of the LGPD for small firms.",
            "Implementing Regulations of the LGPD",
        ),
        ("Two years later the Implementing Rules of the GDPR were still missing.", "Implementing Rules of the GDPR"),
    ],
)
def test_a_title_of_a_law_made_under_another_law_is_one_name(extractor, text, name):
    found = typed(extractor, text)
    assert (name, "Law") in found
    inner = name.split(" of the ", 1)[1]
    assert (inner, "Law") not in found  # the outer name only


def test_a_law_made_under_a_countrys_law_is_of_that_country(extractor):
    (found,) = extract(extractor, "The agency drafted the Implementing Regulations of the LGPD for small firms.")
    assert [m.entity_id for m in found.mentions] == ["law/br-implementing-regulations-of-the-lgpd"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year, a minister, a state, a ministry after "of": no law's name follows
        ("Lenders must follow the Data Protection Act of 2018.", ("Data Protection Act of 2018", "Law")),
        (
            "Operators must comply with the Regulation of the Minister of Communication.",
            ("Regulation of the Minister of Communication", "Law"),
        ),
        (
            "The board applied the Implementing Regulation of the Ministry of Finance.",
            ("Ministry of Finance", "Agency"),
        ),
        ("Article 5 of the GDPR sets out the principles.", ("GDPR", "Law")),
    ],
)
def test_of_and_no_law_name_after_a_title_changes_nothing(extractor, text, expected):
    assert expected in typed(extractor, text)


# 2. A name, its abbreviation in parentheses and an organisation's head noun: one body


def test_a_name_its_abbreviation_and_a_head_noun_are_one_body(extractor):
    text = "Ten states joined the International Digital Trade Rules (DTR) Partnership in 2023."
    found = typed(extractor, text)
    assert ("International Digital Trade Rules (DTR) Partnership", "IGO") in found
    assert not any(ty == "Law" for _, ty in found)  # the rules inside the body's name are no mention of their own


def test_the_body_and_its_short_name_with_the_abbreviation_are_one_entity(extractor):
    text = (
        "Chile is a founding member of the Global Open Data Standards (ODS) Council. "
        "Peru joined the Global ODS Council a year later."
    )
    councils = [m for m in extract(extractor, text)[0].mentions if m.text.endswith("Council")]
    assert [m.type for m in councils] == ["IGO", "IGO"]
    assert councils[0].entity_id == councils[1].entity_id


@pytest.mark.parametrize(
    "text, expected",
    [
        # no head noun after the abbreviation: the law and its abbreviation stay
        ("The ministry published the Open Banking Rules (OBR) last week.", ("Open Banking Rules", "Law")),
        ("Members discussed the Open Banking Rules (OBR) at the forum.", ("OBR", "Law")),
        # a head noun that is no body's: the law's name continues ("... Rules (XR) System")
        ("Firms certify under the Data Transfer Rules (DTR) System.", ("Data Transfer Rules (DTR) System", "Law")),
    ],
)
def test_an_abbreviation_without_a_bodys_head_after_it_changes_nothing(extractor, text, expected):
    assert expected in typed(extractor, text)


# 3. A generic body in a telegram: the telegram's header says which country it is about

_CABLE = """R 101200Z MAR 21
FM AMEMBASSY MANILA
TO SECSTATE WASHDC
BT
UNCLAS MANILA 000417

E.O. 13526: N/A
TAGS: ECON EFIN RP
SUBJECT: PHILIPPINES: INSURERS FACE NEW DATA RULES

1. (SBU) The Insurance Supervisory Board (ISB) told econoff that
insurers must keep policyholder records on local servers. Foreign firms
and Japanese insurers asked the United States and Japan to raise the
matter. The ISB will review the rule next year. Officials in the
Philippines said the review is routine.
"""

_ARTICLE = (
    "The Philippines tightened insurance rules this year. The Insurance Supervisory Board (ISB) now requires "
    "insurers to keep policyholder records on local servers."
)


def _board_ids(extraction: Extraction) -> set[str]:
    return {m.entity_id for m in extraction.mentions if m.text in ("Insurance Supervisory Board", "ISB")}


def test_a_generic_body_in_a_telegram_about_one_country_is_that_countrys(extractor):
    cable, article = extract(extractor, _CABLE, _ARTICLE)
    assert _board_ids(article) == {"agency/ph-insurance-supervisory-board"}
    assert _board_ids(cable) == _board_ids(article)


def test_a_telegram_about_another_country_than_it_names_most_qualifies_nothing(extractor):
    # the header says Japan; the text names the Philippines more often than Japan
    cable = _CABLE.replace("TAGS: ECON EFIN RP", "TAGS: ECON EFIN JA").replace("MANILA", "TOKYO")
    (found,) = extract(extractor, cable)
    assert _board_ids(found) == {"agency/insurance-supervisory-board"}


def test_a_generic_body_in_an_article_naming_several_countries_stays_unqualified(extractor):
    text = (
        "Japan, Chile and the Philippines met in Lima. The Insurance Supervisory Board (ISB) asked Japan and Chile "
        "for records."
    )
    (found,) = extract(extractor, text)
    assert _board_ids(found) == {"agency/insurance-supervisory-board"}
