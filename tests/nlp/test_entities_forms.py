"""Entity rules for the forms of real documents (probe sentences of our own): outlines, notices' fields, citations,
a title's status, data-type modifiers, telegram prose and references back."""

from __future__ import annotations

import pytest
import spacy

from pipelines.nlp.pipeline import add_rule_components
from pipelines.nlp.settings import NlpSettings
from pipelines.nlp.telegram import header_mentions
from pipelines.nlp.textview import join_wrapped_lines


@pytest.fixture(scope="module")
def rule_nlp():
    return add_rule_components(spacy.blank("en"), NlpSettings())


def mentions(nlp, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in nlp(text)._.pg_mentions]


def test_an_outline_mark_is_no_word_of_the_name_after_it(rule_nlp):
    text = (
        "C. Privacy Impact Statement\n\nD. Electronic Records Retention Act\n\n"
        "Contents: III. Summary of the Comments IV. Consumer Reporting Act V. Small Business Lending Act VI. Text"
    )
    laws = [t for t, ty in mentions(rule_nlp, text) if ty == "Law"]
    assert laws == ["Electronic Records Retention Act", "Consumer Reporting Act", "Small Business Lending Act"]


def test_a_persons_initial_stays_part_of_the_name(rule_nlp):
    found = mentions(rule_nlp, "The report was signed by Commissioner J. Rowan Kellerman on Tuesday.")
    assert ("J. Rowan Kellerman", "Person") in found


def test_a_notice_field_label_ends_the_title_before_it(rule_nlp):
    text = "Consumer Account Portability Rule AGENCY: Consumer Financial Protection Bureau. ACTION: Final rule."
    found = mentions(rule_nlp, text)
    assert ("Consumer Account Portability Rule", "Law") in found
    assert not any("AGENCY" in t for t, _ in found)


def test_a_rule_named_by_its_subject_is_a_law_but_not_after_of_the(rule_nlp):
    laws = [t for t, ty in mentions(rule_nlp, "Lenders must follow the Account Portability Rule.") if ty == "Law"]
    assert laws == ["Account Portability Rule"]
    text = "Section Two. Discussion of the Rule\n\nThe agency received."
    assert [t for t, ty in mentions(rule_nlp, text) if ty == "Law"] == []


@pytest.mark.parametrize("citation", ["P.L. 104-191", "Pub. L. No. 115-232", "Public Law 113-283", "45 CFR Part 164"])
def test_us_statutes_and_regulations_by_their_numbers(rule_nlp, citation):
    assert (citation, "Law") in mentions(rule_nlp, f"The agency relied on {citation} when it wrote the notice.")


def test_a_titles_status_in_parentheses_is_part_of_it(rule_nlp):
    text = "The ministry circulated the Online Data Export Law (Draft) and the Network Safety Review Measures (Trial)."
    laws = [t for t, ty in mentions(rule_nlp, text) if ty == "Law"]
    assert laws == ["Online Data Export Law (Draft)", "Network Safety Review Measures (Trial)"]


def test_a_plural_title_before_ordinary_words_names_no_one():
    from pipelines.nlp.pipeline import load_nlp

    text = "The Governors Emergency Order was read aloud. Senators Alvarez and Brightwater spoke."
    found = mentions(load_nlp(NlpSettings()), text)
    people = [t for t, ty in found if ty == "Person"]
    assert "Emergency Order" not in people
    assert {"Alvarez", "Brightwater"} <= set(people)


@pytest.mark.parametrize(
    "text,data",
    [
        ("Banks may not sell nonpublic personal information to marketers.", "nonpublic personal information"),
        (
            "It covers individually identifiable financial information held by insurers.",
            "individually identifiable financial information",
        ),
        ("Applicants give a passport number and a driver's license number.", "passport number"),
        ("Applicants give a passport number and a driver's license number.", "driver's license number"),
    ],
)
def test_privative_and_graded_modifiers_and_document_numbers_are_data(rule_nlp, text, data):
    assert (data, "DataType") in mentions(rule_nlp, text)


def test_a_prose_line_starting_with_fm_is_no_address_line():
    text = (
        "The Ambassador called on the ministry on Monday.\n"
        "FM Okonkwo-Baptiste, also the acting premier, was joined by two advisers\n"
        "TO the surprise of many, the talks ended early.\n"
    )
    assert header_mentions(text) == []
    assert "Monday. FM Okonkwo" in join_wrapped_lines(text)  # a sentence wrapped there is joined
    # an address line is in capitals
    routed = "FM AMEMBASSY LISBON\nTO SECSTATE WASHDC 0412\nSUBJECT: TALKS\n"
    assert [h.designator for h in header_mentions(routed)] == ["AMEMBASSY LISBON", "SECSTATE"]


def test_a_name_wrapped_after_a_trailing_space_is_one_name(rule_nlp):
    text = "3. (C) Poloff met Ana Reyes, who heads the Andean Affairs \nDivision of the foreign ministry, on Friday.\n"
    found = mentions(rule_nlp, join_wrapped_lines(text))
    assert ("Andean Affairs  Division", "Agency") in found


def test_a_bare_head_refers_back_never_forward(rule_nlp):
    text = (
        "Officials of the Division said the talks would resume. Later, the Counterterrorism Policy Division "
        "wrote to the embassy, and the Division sent a second note."
    )
    found = [(m.text, m.start, m.entity_id) for m in rule_nlp(text)._.pg_mentions if m.type == "Agency"]
    ids = {start: eid for _, start, eid in found}
    first, later = text.index("Division"), text.rindex("Division")
    assert first not in ids  # nothing named before it: no referent
    assert ids.get(later) == ids.get(text.index("Counterterrorism"))


def test_a_day_or_month_after_a_preposition_ends_the_name(rule_nlp):
    found = mentions(rule_nlp, "The envoy called on the Chilean Interior Ministry on Thursday and the Senate in March.")
    assert ("Chilean Interior Ministry", "Agency") in found
    assert not any("Thursday" in t or "March" in t for t, _ in found)


def test_british_styles_and_letters_after_a_name_are_no_part_of_it(rule_nlp):
    text = "Rt Hon Jane Brackley OBE MP\n\n12 May 2022 Sir Roland Thwaite MP Public Accounts Committee House of Commons"
    found = mentions(rule_nlp, text)
    assert ("Jane Brackley", "Person") in found
    assert ("Roland Thwaite", "Person") in found
    assert ("Public Accounts Committee", "Agency") in found


def test_a_firm_before_a_country_names_its_national_arm():
    from pipelines.nlp.pipeline import load_nlp

    found = mentions(load_nlp(NlpSettings()), "Executives of Samsung India said the rules were unclear to Samsung.")
    assert ("Samsung India", "Firm") in found
    assert ("India", "State") not in found


def test_a_covenant_is_a_treaty(rule_nlp):
    text = "The state ratified the International Covenant on Labour and Trade Union Rights in 1976."
    laws = [t for t, ty in mentions(rule_nlp, text) if ty == "Law"]
    assert laws == ["International Covenant on Labour and Trade Union Rights"]
