"""A legislator who introduces, sponsors or cosponsors a bill (or signs on to it) is its advocate: supports, a fact
when the introduction is stated; not when it is denied, hedged or only planned. A body or a state that proposes a
law keeps only its proposed enactment."""

from __future__ import annotations

import pytest


def _supports(extractor, text: str) -> set[tuple[str, str, str, str]]:
    x = extractor.extract("d", "v", text)
    return {
        (x.mentions[r.head].text, x.mentions[r.tail].text, r.polarity, r.modality)
        for r in x.relations
        if r.type == "supports"
    }


def _heads(extractor, text: str) -> set[str]:
    return {h for h, _, p, m in _supports(extractor, text) if (p, m) == ("asserted", "stated")}


BOTH = {"Jane Miller", "Tom Clark"}


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("Senator Jane Miller and Representative Tom Clark introduced the Data Broker Act.", BOTH),
        ("The Data Broker Act was introduced in the Senate by Sen. Jane Miller and Sen. Tom Clark.", BOTH),
        ("Rep. Jane Miller, who introduced the Data Broker Act, spoke to reporters.", {"Jane Miller"}),
        ("Senator Jane Miller sponsored the Data Broker Act last year.", {"Jane Miller"}),
        ("Senator Jane Miller cosponsored the Data Broker Act.", {"Jane Miller"}),
        ("Senators Jane Miller and Tom Clark have signed on to the Data Broker Act.", BOTH),
    ],
)
def test_a_legislator_who_introduces_or_sponsors_a_bill_supports_it(extractor, text, heads):
    assert _heads(extractor, text) == heads


def test_those_who_introduce_it_with_the_subject_support_it_too(extractor):
    text = "The Data Broker Act, which Senator Jane Miller introduced with Senator Tom Clark, passed in May."
    assert {"Jane Miller", "Tom Clark"} <= _heads(extractor, text)


def test_cosponsors_named_along_with_the_sponsors_support_it(extractor):
    text = (
        "The Data Broker Act was introduced today by Sen. Jane Miller, along with co-sponsors Sen. Tom Clark and "
        "Sen. Ann Lee."
    )
    assert _heads(extractor, text) == {"Jane Miller", "Tom Clark", "Ann Lee"}


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jane Miller did not sponsor the Data Broker Act.",
        "Senator Jane Miller may cosponsor the Data Broker Act.",
        "Senator Jane Miller is expected to introduce the Data Broker Act.",
        "Senator Jane Miller plans to introduce the Data Broker Act.",
        "Senator Jane Miller never introduced the Data Broker Act.",
    ],
)
def test_a_denied_hedged_or_planned_introduction_is_no_fact(extractor, text):
    assert _heads(extractor, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The European Commission proposed the Data Act in 2022.",
        "The European Commission introduced the Data Act in 2022.",
        "The GDPR introduced the Data Act's rules on cloud switching.",
    ],
)
def test_a_body_that_introduces_a_law_is_not_said_to_support_it(extractor, text):
    assert _supports(extractor, text) == set()


def test_the_proposed_enactment_is_kept(extractor):
    x = extractor.extract("d", "v", "The European Commission proposed the Data Act in 2022.")
    assert [(r.type, r.modality) for r in x.relations] == [("enacts", "proposed")]


def test_a_bill_named_by_number_and_title_is_supported_once(extractor):
    text = "Senator Jane Miller introduced H.R. 1234, the Data Broker Act, today."
    assert _supports(extractor, text) == {("Jane Miller", "H.R. 1234", "asserted", "stated")}


def test_a_legislator_is_known_by_party_and_state_after_the_name(extractor):
    assert _heads(extractor, "Jane Miller (D-NJ) introduced the Data Broker Act on Monday.") == {"Jane Miller"}


@pytest.mark.parametrize(
    "text",
    [
        "Minister of Industry John Manley introduced the Data Broker Act in Parliament.",
        "Home Secretary Jane Miller introduced the Data Broker Act in 2015.",
    ],
)
def test_a_minister_who_introduces_a_government_bill_is_not_its_sponsor(extractor, text):
    assert _heads(extractor, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Jane Miller introduced an amendment to the Data Broker Act.",
        "Sen. Jane Miller introduced a bill to repeal the Data Broker Act.",
        "Sen. Jane Miller introduced a resolution opposing the Data Broker Act.",
        "Sen. Jane Miller was introduced to the Data Broker Act by Sen. Tom Clark.",
    ],
)
def test_what_is_introduced_is_the_bill_itself(extractor, text):
    assert _heads(extractor, text) == set()


def test_each_bill_introduced_is_supported(extractor):
    text = "Sen. Jane Miller introduced the Data Broker Act and the Privacy Act."
    assert {t for _, t, _, _ in _supports(extractor, text)} == {"Data Broker Act", "Privacy Act"}
