"""What the words of a "person" say it is not: a title, an event, a document, a date, a plural group; and what a
glued footnote mark, a quotation mark or a verb in capitals does to a name."""

from __future__ import annotations

import pytest


def persons(extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Person"}


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Last spring she became Prime Minister, as leader of the largest party.", "Prime Minister"),
        ("The talks with Pearson (Secretary Commerce and Industry) ended early.", "Commerce"),
        ("A note came from Walters (Acting Director Korean Affairs) on Monday.", "Korean Affairs"),
        ("SHE WAS NAMED A DEPUTY SECRETARY XQ GENERAL OF THE FOOD COUNCIL.", "XQ GENERAL"),
        ("## Brezhnev-Tito Meeting\n\n1. The two leaders met for three hours.", "Brezhnev-Tito Meeting"),
        ("Cabinet discussed the draft Permanent Heads Report and two side papers.", "Report"),
        ("The bill goes back to Representatives Thursday, and the Senate rises next week.", "Thursday"),
        ("Ministers have agreed the view of Ministers on the tariff.", "Ministers"),
        ("The treaty's Articles I and II bind the parties, said the delegate.", "Articles"),
        ("The Minister for Mines and Minister Assisting the Treasurer, Mr Bolton, spoke.", "Assisting the"),
    ],
)
def test_a_title_event_document_date_or_plural_head_is_no_person(extractor, text, junk):
    assert junk not in persons(extractor, text)


def test_a_footnote_mark_glued_to_a_name_is_not_part_of_it(extractor):
    found = persons(extractor, "In talks with the envoy, Ambassador Vanderkamp2 said the accord was vital.")
    assert "Vanderkamp" in found and "Vanderkamp2" not in found


def test_a_past_verb_in_capitals_ends_the_name_after_a_title(extractor):
    found = persons(extractor, "UN SECRETARY GENERAL THANT NAMED PAUL HOFFMAN AS HEAD OF THE NEW FUND.")
    assert not any("NAMED" in p for p in found)


def test_an_opening_quotation_mark_after_a_possessive_is_no_part_of_a_name():
    from pipelines.nlp.text_rules import clean_span

    text = "carrying Sir Max’s ‘Defence of the realm’"
    a, b = clean_span(text, text.index("Max"), text.index("Defence"))
    assert text[a:b] == "Max"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Senator Angus Reed told reporters the bill would pass.", "Angus Reed"),
        ("Justice Ruth Bader Ginsburg wrote the opinion.", "Ruth Bader Ginsburg"),
        ("Foreign Minister Sergei Lavrov met the envoy.", "Sergei Lavrov"),
    ],
)
def test_real_names_after_titles_stay(extractor, text, name):
    assert name in persons(extractor, text)


# what the tagger says about a span the statistical model takes for a person
@pytest.mark.parametrize(
    "text, group",
    [
        ("He told Missions to report by Friday on the new visa rules.", "Missions"),
        ("Paris may try to sway French Africans against quick action on the convention.", "Africans"),
    ],
)
def test_a_plural_of_an_ordinary_noun_is_a_group_not_a_person(extractor, text, group):
    assert group not in persons(extractor, text)


def test_two_people_joined_by_and_are_not_one_person(extractor):
    found = persons(extractor, "The talks between Tunku and Lee went well.")
    assert "Tunku and Lee" not in found


def test_a_surname_that_is_a_plural_word_is_still_a_person_when_used_as_a_name(extractor):
    assert "Peters" in persons(extractor, "Mr Fields met Peters yesterday to discuss the data protection bill.")


def _firms(extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Firm"}


@pytest.mark.parametrize(
    "text, word",
    [
        ("A deal between Dutch firm Vopak and Iran is off.  Delacroix-Ney replied at once.", "Delacroix-Ney"),
        ("They fear the manufacturer of Atomic weapons will sell abroad.", "Atomic"),
    ],
)
def test_a_company_noun_that_governs_another_name_makes_no_firm(extractor, text, word):
    assert word not in _firms(extractor, text)


def test_a_company_noun_right_before_a_name_still_makes_a_firm(extractor):
    assert "Acmeo" in _firms(extractor, "The firm Acmeo said it would comply with the order.")


def test_names_in_a_list_that_shares_a_plural_company_noun_are_firms(extractor):
    found = _firms(extractor, "Officials urged Daiwa Bussan, Kanemori and Goshu Trading Companies to act.")
    assert "Daiwa Bussan" in found


def test_a_name_the_model_calls_a_person_in_a_list_sharing_a_plural_company_noun_is_a_firm(extractor):
    found = _firms(extractor, "The ministry asked Hitachi Zosen, Marubeni Iida and Nissho Trading Companies to help.")
    assert "Hitachi Zosen" in found
