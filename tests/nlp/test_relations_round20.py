"""Relations within a sentence, round 20 (probe text of our own, in the genres of news, government releases,
encyclopedias, law-firm notes and cables).

- A body named with its abbreviation in brackets right before a head's title compounded on a name is the body the
  holder heads, as in "FBI Director X" (`relations/bracketed_bodies.py`): "Federal Bureau of Investigation (FBI)
  Director Christopher Wray". The abbreviation, the nearer name, is the body. Not when a comma parts the brackets
  from the title, not for a deputy or a former holder, not for a law's abbreviation.
- An infobox copied from a web page may glue a one-word label to a value "Government of X" ("JurisdictionGovernment
  of Rwanda"); the field names the state all the same (`fields.glued_government`), of the body the infobox is
  about: the last one named before its "Agency overview" heading (`fields.overview_body`). Not a label glued to any
  other word, not a "Government" without its "of".
- The signer of a state's act, named with a head of state's or government's title, heads that state
  (`frames/signers.py`): "Cambodia's sub-decree ... was signed by Prime Minister Hun Sen". Not an act of no state,
  not a verb that does not make law ("praised by", "welcomed by"), not a signer with no head's title ("Senator",
  "Vice President") or a former one.
"""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def _pairs(facts: set[tuple], relation: str) -> set[tuple[str, str]]:
    return {(head, tail) for head, rel, tail in facts if rel == relation}


def _all_pairs(facts: set[tuple], others: set[tuple], relation: str) -> set[tuple[str, str]]:
    return _pairs(facts, relation) | {(o[0], o[2]) for o in others if o[1] == relation}


# --- "Long Name (ABBR) Title Name": the abbreviation's body is what the title's holder heads ------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a news report
        (
            "Federal Bureau of Investigation (FBI) Director Christopher Wray told lawmakers that the agency was "
            "investigating.",
            ("Christopher Wray", "FBI"),
        ),
        # a government release
        (
            "The Department of Homeland Security (DHS) Secretary Alejandro Mayorkas announced the rule on Monday.",
            ("Alejandro Mayorkas", "DHS"),
        ),
        # a cable, with the double space its drafter left after the brackets
        (
            "The Ambassador met Defense Minister Santos and Administrative Department of Security (DAS)  Director "
            "Felipe Munoz on September 15.",
            ("Felipe Munoz", "DAS"),
        ),
        # a regulator's statement
        (
            "The Office of the Privacy Commissioner (OPC) Commissioner Philippe Dufresne issued a statement.",
            ("Philippe Dufresne", "OPC"),
        ),
    ],
)
def test_a_bracketed_abbreviation_before_a_title_names_the_body_headed(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    facts, _ = relations(extractor, text)
    assert pair in _pairs(facts, "leads")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # a deputy does not lead
        (
            "The Cyberspace Administration of China (CAC) Deputy Director Sheng Ronghua spoke at the forum.",
            "Sheng Ronghua",
            "CAC",
        ),
        # a former holder leads no more
        ("Reserve Bank of India (RBI) former Governor Raghuram Rajan criticised the rule.", "Raghuram Rajan", "RBI"),
        # a comma parts the brackets from the title: the body is no modifier of it
        (
            "The report was drafted by the Data Protection Commission (DPC), Director Helen Dixon said.",
            "Helen Dixon",
            "DPC",
        ),
    ],
)
def test_no_head_across_a_bracketed_abbreviation(extractor: Extractor, text: str, person: str, body: str) -> None:
    facts, others = relations(extractor, text)
    assert not {p for p in _all_pairs(facts, others, "leads") if p[0] == person and p[1] == body}


def test_a_laws_abbreviation_before_a_title_heads_nothing(extractor: Extractor) -> None:
    facts, others = relations(extractor, "Under the Digital Markets Act (DMA) President Macron said Europe would act.")
    assert not _all_pairs(facts, others, "leads")


# --- a label glued to "Government of X" in a copied infobox ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "National Cyber Security Authority\nAgency overview\nFormed12 March 2015\nJurisdictionGovernment of Rwanda"
            "\nHeadquartersKigali",
            ("National Cyber Security Authority", "Rwanda"),
        ),
        (
            "Data Protection Office\nAgency overview\nJurisdictionRepublic of Mauritius\nHeadquartersPort Louis",
            ("Data Protection Office", "Mauritius"),
        ),
    ],
)
def test_a_glued_jurisdiction_names_the_state(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    facts, _ = relations(extractor, text)
    assert pair in _pairs(facts, "partOf")


def test_a_glued_jurisdiction_belongs_to_the_body_captioned_above_the_overview(extractor: Extractor) -> None:
    """The infobox is about the last body named before its "Agency overview" heading (its caption), not the page's
    title above the prose."""
    text = (
        "Kenya Data Office\nThe Kenya Data Office (KDO) is a regulator in Nairobi.\n\nKDO logo.png\nAgency overview\n"
        "Formed2019\nJurisdictionGovernment of Kenya\nHeadquartersNairobi\n"
    )
    facts, _ = relations(extractor, text)
    assert ("KDO", "Kenya") in _pairs(facts, "partOf")


@pytest.mark.parametrize(
    "text",
    [
        # a glued government's noun not followed by "of": no state named
        "National Cyber Security Authority\nAgency overview\nJurisdictionGovernment agencies in Rwanda\nFormed2019",
        # a label glued to a word that is no government's noun
        "National Cyber Security Authority\nAgency overview\nJurisdictionTreaty of Rwanda\nHeadquartersKigali",
        # a running sentence, not a field
        "National Cyber Security Authority\nThe authority said that JurisdictionGovernment of Rwanda is a new app.",
    ],
)
def test_no_state_from_a_glued_label_elsewhere(extractor: Extractor, text: str) -> None:
    facts, others = relations(extractor, text)
    assert ("National Cyber Security Authority", "Rwanda") not in _all_pairs(facts, others, "partOf")


# --- the signer of a state's act heads the state ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a news report
        (
            "Kenya's Data Protection Act was signed into law by President Uhuru Kenyatta in November 2019.",
            ("Uhuru Kenyatta", "Kenya"),
        ),
        # a law-firm note, with the Portuguese-English verb of signing into law
        (
            "Brazil's General Data Protection Law was sanctioned by President Michel Temer in August 2018.",
            ("Michel Temer", "Brazil"),
        ),
        # a rights group's report: a law's noun, no law's name
        (
            "Vietnam's cybersecurity decree was signed by Prime Minister Nguyen Xuan Phuc on Monday.",
            ("Nguyen Xuan Phuc", "Vietnam"),
        ),
        # an encyclopedia: a participle after the act
        (
            "Kenya's Data Protection Act, signed into law by President Uhuru Kenyatta in 2019, created a regulator.",
            ("Uhuru Kenyatta", "Kenya"),
        ),
        # a cable in capitals
        (
            "NIGERIA'S CYBERCRIMES ACT WAS SIGNED BY PRESIDENT GOODLUCK JONATHAN IN MAY 2015.",
            ("GOODLUCK JONATHAN", "NIGERIA"),
        ),
    ],
)
def test_the_signer_of_a_states_act_heads_the_state(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    facts, _ = relations(extractor, text)
    assert pair in _pairs(facts, "leads")


@pytest.mark.parametrize(
    "text",
    [
        # an act of no state
        "The Data Protection Act was signed into law by President Uhuru Kenyatta in November 2019.",
        # no verb that makes law
        "Kenya's Data Protection Act was praised by President Uhuru Kenyatta.",
        "Kenya's delegation was welcomed by President Uhuru Kenyatta at State House.",
        # a signer without a head's title, a deputy, a former head
        "Kenya's Data Protection Act was signed by Senator Uhuru Kenyatta as a witness.",
        "Kenya's Data Protection Act was signed by Vice President Uhuru Kenyatta.",
        "Kenya's Data Protection Act was signed by former President Uhuru Kenyatta.",
    ],
)
def test_no_head_of_state_without_a_states_act_signed(extractor: Extractor, text: str) -> None:
    facts, others = relations(extractor, text)
    assert ("Uhuru Kenyatta", "Kenya") not in _all_pairs(facts, others, "leads")
