"""Three fixes of round 25 (probe text of our own: telegrams, agency releases, news, encyclopedia pages).

- A line that opens a numbered, classified paragraph ("1. (SBU) Summary: ...") is no heading, in a telegram or in a
  document with one such paragraph only: a name wrapped at its end goes on at the next line (`textview`).
- An office named after its holder ends before "of" and a state that ends the run ("Federal Data Protection and
  Information Commissioner of Switzerland"): the office and the state are two names (`rules/orgs.py`).
- A state's formal style with a possessive qualifier ("the People's Republic of China") is one State, and a body's
  name that holds it is not cut at the apostrophe (`text_rules/state_forms.py`, `rules/org_spans.py`,
  `entities/spans.py`).
"""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs, mentions, of_type


def test_marked_paragraph_line_is_no_heading(extractor) -> None:
    text = (
        "1. (SBU) Summary: Canada's Office of the Privacy\nCommissioner has asked Ottawa to review the rules on "
        "trans-border data flows. End summary.\n"
    )
    assert "Office of the Privacy\nCommissioner" in of_type(extractor, text, "Agency")
    assert "Office of the Privacy" not in of_type(extractor, text, "Agency")


def test_title_case_heading_still_breaks(extractor) -> None:
    text = "Canadian Views on Privacy\nThe Office of the Privacy Commissioner of Canada published a report.\n"
    assert "Canadian Views on Privacy The Office" not in {t for _, t in mentions(extractor, text)}
    assert "Office of the Privacy Commissioner of Canada" in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    ("text", "office", "state"),
    [
        (
            "The Federal Data Protection and Information Commissioner of Switzerland published guidance on cloud "
            "services on Monday.",
            "Federal Data Protection and Information Commissioner",
            "Switzerland",
        ),
        (
            "Comments were sent to the National Privacy and Data Protection Commissioner of Ireland last week.",
            "National Privacy and Data Protection Commissioner",
            "Ireland",
        ),
    ],
)
def test_office_of_holder_ends_before_its_state(extractor, text: str, office: str, state: str) -> None:
    agencies = of_type(extractor, text, "Agency")
    assert office in agencies
    assert "Information Commissioner" not in agencies
    assert state in of_type(extractor, text, "State")
    assert (office, state) in fact_pairs(extractor, text, "partOf")


def test_office_of_holder_without_state_unchanged(extractor) -> None:
    text = "The Federal Data Protection and Information Commissioner published guidance on cloud services."
    assert of_type(extractor, text, "Agency") == {"Federal Data Protection and Information Commissioner"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Ministry of Foreign Affairs of the People's Republic of China issued a statement on data security.",
            "Ministry of Foreign Affairs of the People's Republic of China",
        ),
        (
            "A delegation met the Ministry of Posts and Telecommunications of the Lao People’s Democratic Republic.",
            "Ministry of Posts and Telecommunications of the Lao People’s Democratic Republic",
        ),
    ],
)
def test_body_of_formal_state_not_cut_at_apostrophe(extractor, text: str, body: str) -> None:
    found = mentions(extractor, text)
    assert ("Agency", body) in found
    assert not any(t.endswith("People") or t.startswith(("Republic", "Democratic")) for _, t in found)


def test_formal_state_with_possessive_qualifier(extractor) -> None:
    text = "The People's Republic of China said it would respond to the report."
    assert of_type(extractor, text, "State") == {"People's Republic of China"}


def test_possessor_body_still_split(extractor) -> None:
    text = "The Ministry of Justice's Data Office published the rules."
    agencies = of_type(extractor, text, "Agency")
    assert "Ministry of Justice" in agencies
    assert "Data Office" in agencies
