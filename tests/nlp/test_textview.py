"""The text the pipeline reads: paragraphs in other languages left out, hard-wrapped lines joined, offsets kept."""

from __future__ import annotations

import pytest

from pipelines.nlp.textview import detect_language, inline_enumerators, join_wrapped_lines, prepare

PARAGRAPHS = {
    "de": "Die Bundesregierung hat ein neues Datenschutzgesetz verabschiedet. Angela Merkel und die Europäische "
    "Kommission verlangen, dass personenbezogene Daten in Deutschland gespeichert werden.",
    "fr": "Le ministère de l'Économie a publié un décret. Emmanuel Macron et la Commission européenne exigent que "
    "les données personnelles soient stockées en France.",
    "es": "El Ministerio de Economía de España publicó el decreto. Pedro Sánchez y la Comisión Europea exigen que "
    "los datos personales se almacenen en el país.",
    "vi": "Bộ Công an Việt Nam đã ban hành Nghị định 53. Tập đoàn Viettel và Ngân hàng Nhà nước yêu cầu doanh "
    "nghiệp lưu trữ dữ liệu cá nhân tại Việt Nam.",
}
ENGLISH = "Vietnam issued Decree 53 in 2022, which requires foreign firms to store personal data in Vietnam."


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_each_language_is_recognised(code):
    assert detect_language(PARAGRAPHS[code])[0] == code
    assert detect_language(ENGLISH)[0] == "en"


def test_short_lines_are_not_judged():
    assert detect_language("TAGS: ECON ETRD EINT PREL") == ("en", 0.0)


def test_other_languages_are_blanked_and_offsets_kept():
    text = "\n\n".join([ENGLISH, *PARAGRAPHS.values(), ENGLISH])
    view = prepare(text)
    assert len(view.text) == len(text) and view.english_text
    assert view.text.startswith(ENGLISH) and view.text.endswith(ENGLISH)
    for paragraph in PARAGRAPHS.values():
        start = text.index(paragraph)
        assert view.text[start : start + len(paragraph)].strip() == ""
    assert sorted(code for _, _, code in view.paragraphs) == ["de", "en", "en", "es", "fr", "vi"]


def test_a_document_in_another_language_is_not_read():
    view = prepare(PARAGRAPHS["de"])
    assert view.language == "de" and not view.english_text


def test_wrapped_lines_are_joined_but_fields_and_items_are_not():
    text = (
        "SUBJECT: MEETING OF U.S.-EU SENIOR OFFICIALS ON DATA\n"
        "PROTECTION PRINCIPLES\n"
        "FM AMEMBASSY PARIS\n"
        "TO SECSTATE WASHDC 5393\n"
        "1. BASED ON CONCERNS OF STAFF OF THE DOMESTIC COUNCIL COMMITTEE\n"
        "ON PRIVACY, RECOMMEND THAT THE US REP TO THE STEERING COMMITTEE\n"
        "2. SECOND PARAGRAPH"
    )
    joined = join_wrapped_lines(text)
    assert len(joined) == len(text)
    assert "ON DATA PROTECTION PRINCIPLES\nFM AMEMBASSY PARIS\nTO SECSTATE" in joined
    assert "COMMITTEE ON PRIVACY, RECOMMEND THAT THE US REP TO THE STEERING COMMITTEE\n2. SECOND" in joined


@pytest.mark.slow
def test_no_entity_comes_from_a_paragraph_in_another_language():
    from pipelines.nlp.extract import Extractor

    text = "\n\n".join([ENGLISH, *PARAGRAPHS.values()])
    x = Extractor().extract("t", "v", text)
    assert {m.text for m in x.mentions} == {"Vietnam", "Decree 53", "personal data"}
    assert all(m.end <= len(ENGLISH) for m in x.mentions)
    # a document in German only: nothing read, language kept
    de = Extractor().extract("d", "v", PARAGRAPHS["de"])
    assert (de.mentions, de.language, de.english_read) == ((), "de", False)


def test_a_heading_line_is_not_joined_to_the_sentence_after_it():
    heading = "Personal Information Protection Law of the People's Republic of China\nThe Law took effect in 2021."
    assert join_wrapped_lines(heading) == heading
    wrapped = "The regulation was adopted by the European Parliament and the\nCouncil of the European Union in 2016."
    assert "\n" not in join_wrapped_lines(wrapped)


def test_a_footnote_number_glued_to_a_laws_year_is_not_read():
    text = "For the purposes of Part 2 of the Data Protection Act 20183 and Law 13709, the Secretary of State decides."
    view = prepare(text).text
    assert "Act 2018  and Law 13709," in view and len(view) == len(text)


def test_a_line_in_capitals_is_not_joined_to_mixed_case_text_after_it():
    agencies = "FEDERAL MARITIME COMMISSION AND THE DEPARTMENT OF AGRICULTURE\n12 CFR Part 9, Final rule."
    assert join_wrapped_lines(agencies) == agencies
    cable = "THE MINISTRY INFORMED POLOFF THAT THE NEW DRAFT WOULD GO TO\nTHE CABINET NEXT WEEK."
    assert "\n" not in join_wrapped_lines(cable)  # capitals wrapped in capitals are still one sentence


def test_a_note_mark_glued_to_the_text_is_blanked_with_the_same_offsets():
    text = "It signed the Convention on Migrant Workers,[14] however it kept a reservation.[3]"
    view = prepare(text).text
    assert len(view) == len(text)
    assert "[14]" not in view and "[3]" not in view
    assert view.startswith("It signed the Convention on Migrant Workers,     however")
    assert prepare("the list [1] of items").text == "the list [1] of items"  # a bracket standing alone is text


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("requires operators to (1) store data in Russia and (2) notify the regulator.", ["(1)", "(2)"]),
        ("requires firms to (a) store data, (b) report breaches and (c) appoint an officer.", ["(a)", "(b)", "(c)"]),
        ("requires controllers to (i) protect data and (ii) report breaches.", ["(i)", "(ii)"]),
    ],
)
def test_the_labels_of_a_list_inside_a_sentence_become_spaces(text, labels):
    view = prepare(text)
    assert len(view.text) == len(text)
    assert [text[a:b] for a, b in inline_enumerators(text)] == labels
    assert all(label not in view.text for label in labels)


@pytest.mark.parametrize(
    "text",
    [
        "Under subsection (a) and subsection (b), the agency may act.",  # citations of provisions
        "The rule requires (1) banks to store payment data in India.",  # no second label: no list
        "The firms (b) and (c) must (1) store the data.",  # a run must start at its first label
        "It requires firms to (1) store data.\n\nIt also (2) covers banks.",  # a paragraph ends the list
    ],
)
def test_citations_and_lone_labels_are_left_alone(text):
    assert inline_enumerators(text) == []
