"""Round 12, entities of statute texts and parliamentary speech: the bodies a statute sets up or names by a head
noun ("Appeal Panel", "State Archives"), and an office's title joined by "and" to a phrase that ends in a common
noun of its own (no title of a holder, so the office is still a body)."""

from __future__ import annotations

import pytest


def mentions(extractor, text: str, type_: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == type_}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "“Appeal Panel” means the Data Protection Appeal Panel established under section 33(1);",
            "Data Protection Appeal Panel",
        ),
        ("The records kept by the State Archives of the Hanseatic Republic are excluded.", "State Archives"),
        ("The National Archives released the files on Monday.", "National Archives"),
    ],
)
def test_a_panel_or_archives_a_name_ends_with_is_a_body(extractor, text, name):
    found = mentions(extractor, text, "Agency")
    assert any(name in m for m in found), found


def test_a_panel_in_lower_case_names_no_body(extractor):
    assert not mentions(extractor, "A panel of experts met on Monday to discuss the rules.", "Agency")


@pytest.mark.parametrize(
    "text",
    [
        "The analysis underpinned the Secretary of State’s decision and the Information Commissioner’s opinion.",
        "They read the minister's letter and the Information Commissioner's opinion.",
    ],
)
def test_an_office_joined_to_a_phrase_ending_in_a_common_noun_is_a_body(extractor, text):
    assert "Information Commissioner" in mentions(extractor, text, "Agency")


def test_an_office_joined_to_a_persons_title_names_its_holder(extractor):
    text = "The Secretary of State and the Information Commissioner signed the guidance."
    assert "Information Commissioner" not in mentions(extractor, text, "Agency")


_PROSE = "\nThis Law prescribes activities of protecting national security and ensuring social order in cyberspace."


@pytest.mark.parametrize(
    "text",
    [
        "THE NATIONAL ASSEMBLY | | THE SOCIALIST REPUBLIC OF VIETNAM Independence - Freedom - Happiness |" + _PROSE,
        "THE NATIONAL ASSEMBLY" + _PROSE,
    ],
)
def test_a_body_in_capitals_alone_in_its_cell_of_a_mixed_case_text_is_named(extractor, text):
    assert "NATIONAL ASSEMBLY" in mentions(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text",
    [
        "THE NATIONAL ASSEMBLY MET ON MONDAY" + _PROSE,  # a heading that says something, not a name alone
        "SUBJECT: DATA LAW\n\nTHE NATIONAL ASSEMBLY\n\n1. THE LAW PASSED ON MONDAY.",  # telegram capitals
    ],
)
def test_capitals_in_a_sentence_or_a_telegram_make_no_name_without_a_cue(extractor, text):
    assert "NATIONAL ASSEMBLY" not in mentions(extractor, text, "Agency")


def test_a_name_with_its_initials_coordinated_with_a_defined_body_is_a_body(extractor):
    text = (
        "Sarkozy merged the two agencies, Direction de la Surveillance du Territoire (DST) and Renseignements "
        "Gnraux (RG), in May 2008. The RG will no longer monitor opinion."
    )
    found = [m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Agency"]
    assert "Renseignements Gnraux" in found
    assert found.count("RG") == 2


@pytest.mark.parametrize(
    "text, name",
    [
        # the initials do not spell the abbreviation: no sign the words are one name
        ("The Direction de la Surveillance du Territoire (DST) and Renseignements Gnraux (XY) met.", "Renseignements"),
        # the first conjunct is a firm, not a body of state
        ("The deal between Acme Holdings (AH) and Jane Roe (JR) was signed.", "Jane Roe"),
    ],
)
def test_no_body_without_matching_initials_or_a_body_beside_it(extractor, text, name):
    assert not any(name in m for m in mentions(extractor, text, "Agency"))


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "For other questions, contact Michael Gagain, Assistant General Counsel, 202-395-9529, or Marta \n"
            "Prado, Deputy Assistant U.S. Trade Representative for Southeast Asia and the Pacific, 202-395-6216.",
            "Marta \nPrado",
        ),
        ("Please Contact Marta Prado, Deputy Director, (202) 395-6216.", "Marta Prado"),
    ],
)
def test_a_contact_with_a_title_and_a_telephone_number_is_a_person(extractor, text, name):
    assert name in mentions(extractor, text, "Person")


@pytest.mark.parametrize(
    "text",
    [
        "For questions, contact the Office of Policy, Data Protection Division, 202-395-6216.",
        "Write to Kestrel Vantor, Data Protection Division, 202-395-6216.",  # no person's title after the name
        "Call Kestrel Vantor, Deputy Director, on Monday.",  # no telephone number or address after the title
    ],
)
def test_no_contact_person_without_a_persons_title_and_a_number(extractor, text):
    assert not {m for m in mentions(extractor, text, "Person") if "Kestrel" in m or "Office" in m}


def test_the_instrument_an_article_opens_with_runs_to_the_copula(extractor):
    text = (
        "The Agreement between Freedonia and the European Union on the use and transfer of Passenger Name Records "
        "to the Freedonian Customs Service is an international agreement signed in 2011."
    )
    laws = mentions(extractor, text, "Law")
    assert (
        "Agreement between Freedonia and the European Union on the use and transfer of Passenger Name Records "
        "to the Freedonian Customs Service"
    ) in laws


@pytest.mark.parametrize(
    "text",
    [
        # not the text's first sentence
        "Officials met. The Agreement between Freedonia and Sylvania on the use of data is a good deal.",
        # no copula and indefinite article: the sentence does not say what its subject is
        "The Agreement between Freedonia and Sylvania on the use of data was signed on Monday.",
        # no head of a titled instrument
        "The Minister for the use of data is a member of the cabinet.",
    ],
)
def test_no_lead_title_outside_an_opening_copula_sentence(extractor, text):
    assert not any("use of data" in m for m in mentions(extractor, text, "Law"))


def test_a_head_of_a_holder_names_no_body_with_the_holders_body(extractor):
    text = "He received a call from the Cabinet of European Parliament President Jerzy Buzek on Monday."
    igos = mentions(extractor, text, "IGO") | mentions(extractor, text, "Agency")
    assert "European Parliament" in igos
    assert not any(m.startswith("Cabinet") for m in igos)


@pytest.mark.parametrize(
    "text, name",
    [
        # no title and name after the body: the head and its "of" phrase are one name
        ("The Cabinet of European Parliament met on Monday.", "Cabinet of European Parliament"),
        ("The Ministry of Foreign Affairs of Japan said so on Monday.", "Ministry of Foreign Affairs of Japan"),
    ],
)
def test_a_head_of_a_body_without_a_holder_after_it_stays_one_name(extractor, text, name):
    assert name in mentions(extractor, text, "IGO") | mentions(extractor, text, "Agency")
