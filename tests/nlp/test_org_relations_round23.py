"""Organisation structure relations, round 23 (probe text of our own: news, government releases, telegrams,
Wikipedia-style pages).

A body's short name in brackets right after its full name is another name of the same body: an "of" or "in" phrase
after the closing bracket is the full name's, so it places the body in the state it names ("the National
Telecommunications Commission (NTC) in the Philippines", "the Communications Regulatory Authority (CRA) of
Botswana"; `relations/short_name_brackets.py`, read by `frames/state_of.py`). The full name holds the relation, not
the short name. A short name made of the initials of only the last words of a longer name abbreviates the inner body
those words name, and a body stationed abroad is not the host's, with or without a short name."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # Wikipedia-style comparison
        (
            "MCMC is similar to the National Telecommunications Commission (NTC) in the Philippines.",
            ("National Telecommunications Commission", "Philippines"),
        ),
        # news
        (
            "The Communications Regulatory Authority (CRA) of Botswana issued new rules on Monday.",
            ("Communications Regulatory Authority", "Botswana"),
        ),
        # government release
        (
            "The Ministry of Information and Communications (MIC) of Vietnam issued Decree 53 in August.",
            ("Ministry of Information and Communications", "Vietnam"),
        ),
        # telegram
        (
            "ZIMBABWE: the Posts and Telecommunications Regulatory Authority (POTRAZ) of Zimbabwe has licensed three "
            "operators.",
            ("Posts and Telecommunications Regulatory Authority", "Zimbabwe"),
        ),
        # law report
        (
            "The Supreme Court of Justice of the Nation (SCJN) in Mexico will soon discuss the law.",
            ("Supreme Court of Justice of the Nation", "Mexico"),
        ),
    ],
)
def test_phrase_after_short_name_places_the_body(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert pair in fact_pairs(extractor, text, "partOf")


def test_short_name_itself_holds_no_relation(extractor: Extractor) -> None:
    text = "MCMC is similar to the National Telecommunications Commission (NTC) in the Philippines."
    assert ("NTC", "Philippines") not in any_pairs(extractor, text, "partOf")


def test_a_ranked_unit_leaves_the_place_to_its_court(extractor: Extractor) -> None:
    # the short name is the inner court's, so is the "in" phrase; a unit named by its rank is its court's mention
    # (rules/body_units.py), so the court, not the chamber, is Mexico's
    text = "The Second Chamber of the Supreme Court of Justice of the Nation (SCJN) in Mexico will discuss the law."
    pairs = any_pairs(extractor, text, "partOf")
    assert ("Supreme Court of Justice of the Nation", "Mexico") in pairs
    assert not {p for p in pairs if "Chamber" in p[0]}


@pytest.mark.parametrize(
    "text",
    [
        # a body stationed abroad is not the host's
        "The U.S. Embassy (USEMB) in Germany issued a statement on Friday.",
        # "of" is the verb's, not the body's
        "The ministry informed the Reserve Bank of India (RBI) of Germany's plans.",
        # the tables place the body in another state
        "The Federal Trade Commission (FTC) of the United Kingdom fined the firm.",
    ],
)
def test_no_body_placed_across_a_short_name(extractor: Extractor, text: str) -> None:
    pairs = any_pairs(extractor, text, "partOf")
    assert not {p for p in pairs if p[1] in {"Mexico", "Germany", "United Kingdom"}}
