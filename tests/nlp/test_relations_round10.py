"""Relations of round 10 (unseen text): a verb that means keeping data inside the country ("localize") says so of
its data object; the completion of a law named by a noun of kind ("the X Rules system") is the law; a noun of
appointment ("the appointment of X as Y") gives the office as its verb does. Negated, hedged or proposed statements
are never facts, and nothing outside the construction joins it."""

from __future__ import annotations

import pytest

from tests.nlp.test_relations import stated_pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Roskomnadzor ordered Twitter to localize all Russian user data.", {("Roskomnadzor", "user data")}),
        ("The Data Law requires that personal data be localised.", {("Data Law", "personal data")}),
    ],
)
def test_a_verb_of_localizing_data_keeps_it_inside(extractor, text, pairs):
    assert stated_pairs(extractor, text, "requiresLocalization") == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Roskomnadzor did not order Twitter to localize its user data.",
        "Roskomnadzor may order Twitter to localize its user data.",
        # "localize an app" is to translate it: the data is deleted, not kept inside
        "Roskomnadzor ordered Twitter to localize its app and to delete user data.",
    ],
)
def test_no_localization_from_negated_hedged_or_non_data_localizing(extractor, text):
    assert stated_pairs(extractor, text, "requiresLocalization") == set()


def test_the_completion_of_a_named_system_is_a_stance_on_the_law(extractor):
    text = "Commerce Secretary John Bryson applauded the completion of the Cross Border Privacy Rules system."
    assert stated_pairs(extractor, text, "supports") == {("John Bryson", "Cross Border Privacy Rules")}
    text = "Commerce Secretary John Bryson criticized the completion of the Data Privacy Rules."
    assert stated_pairs(extractor, text, "supports") == set()


@pytest.mark.parametrize(
    "text",
    [
        "We welcome the appointment of John Edwards as Information Commissioner.",
        "MPs confirmed the appointment of John Edwards as Information Commissioner.",
    ],
)
def test_the_appointment_of_a_person_as_an_office_holds_it(extractor, text):
    assert stated_pairs(extractor, text, "leads") == {("John Edwards", "Information Commissioner")}


@pytest.mark.parametrize(
    "text",
    [
        "MPs rejected the appointment of John Edwards as Information Commissioner.",
        "MPs did not confirm the appointment of John Edwards as Information Commissioner.",
        "The Government may propose the appointment of John Edwards as Information Commissioner.",
        "The proposed appointment of John Edwards as Information Commissioner was discussed.",
        # the person is not the one appointed
        "John Edwards commented on the appointment of staff at the Information Commissioner.",
    ],
)
def test_no_office_from_a_rejected_denied_or_proposed_appointment(extractor, text):
    assert stated_pairs(extractor, text, "leads") == set()
