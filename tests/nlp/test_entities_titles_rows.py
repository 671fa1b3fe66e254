"""Law titles cited the post-Soviet way, a head-first title after "and", a data noun that modifies another, an
APEC member's name, and a table row that ends a sentence."""

from __future__ import annotations


def mentions(extractor, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extractor.extract("t", "v", text).mentions}


def test_a_soviet_style_law_number_and_quoted_title_after_its_date(extractor):
    found = mentions(extractor, "It rests on the Law of 3 April 2009 No. 118-IV “On Electronic Signatures”. ")
    assert ("No. 118-IV", "Law") in found
    assert ("On Electronic Signatures", "Law") in found


def test_a_head_first_title_after_and_is_a_name_of_its_own(extractor):
    found = mentions(extractor, "Hosts must respect the rules of Kenya and Guidelines on Cloud Hosting at all times.")
    assert ("Guidelines on Cloud Hosting", "Law") in found


def test_a_data_noun_that_modifies_another_data_noun_is_part_of_its_phrase(extractor):
    found = mentions(extractor, "Hospitals keep patient data records on local servers.")
    assert ("patient data records", "DataType") in found


def test_chinese_taipei_is_taiwan(extractor):
    ext = extractor.extract("t", "v", "The forum's members are Canada, Chinese Taipei and Mexico.")
    assert any(m.text == "Chinese Taipei" and m.type == "State" for m in ext.mentions)


def test_a_table_row_ending_in_a_bar_ends_the_sentence():
    from pipelines.nlp.pipeline import load_nlp

    doc = load_nlp()("Status: In force |\nThe law requires banks to keep records.")
    starts = [s.text.split()[0] for s in doc.sents]
    assert "The" in starts


def test_a_heading_line_ends_its_sentence(extractor):
    heading = "PRESS NOTE: Kenya and Ghana Announce Regional Data Sharing Framework"
    text = heading + "\nKenya and Ghana have committed to the Regional Data Sharing Framework, from May."
    result = extractor.extract("t", "v", text)
    supports = [r for r in result.relations if r.type == "supports"]
    assert supports and all(r.sentence_start > len(heading) for r in supports)
    assert all(result.mentions[r.head].start > len(heading) for r in supports)


def _resolved(extractor, text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.entity_id) for m in extractor.extract("t", "v", text).mentions}


def test_a_footnote_mark_glued_to_a_known_name_is_cut_off(extractor):
    found = _resolved(extractor, "Processing is lawful under the UK GDPR7 and the laws of the Republic of Korea3.")
    assert found.get("UK GDPR", ("", ""))[0] == "Law"
    assert found.get("Republic of Korea", ("", ""))[0] == "State"


def test_a_public_law_number_after_the_abbreviation_in_one_parenthesis_is_the_same_law(extractor):
    found = _resolved(extractor, "Congress passed the Gramm-Leach-Bliley Act (GLBA; P.L. 106-102) to modernise banks.")
    assert found["P.L. 106-102"][1] == found["Gramm-Leach-Bliley Act"][1] == found["GLBA"][1]


def test_a_law_abbreviation_before_a_rule_made_under_it_names_two_laws(extractor):
    found = _resolved(extractor, "Clinics must follow the HIPAA Breach Notification Rule after an incident.")
    assert found.get("HIPAA", ("", ""))[0] == "Law"
    assert found.get("Breach Notification Rule", ("", ""))[0] == "Law"


def _laws(extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Law"}


def test_a_heading_about_a_bare_treaty_is_no_law_name(extractor):
    found = _laws(extractor, "### French Position on Treaty\n\n4. Dumont said that France has not decided.")
    assert "French Position on Treaty" not in found


def test_one_word_the_model_calls_a_law_is_none_unless_a_head_or_abbreviation(extractor):
    found = _laws(extractor, "The charges were openly resented by Heseltine, the paper said.")
    assert "Heseltine" not in found
