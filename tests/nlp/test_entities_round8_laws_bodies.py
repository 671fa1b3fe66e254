"""Law and body names (round 8), probe sentences of our own: laws cited by a bare number or a national numbering
form, names of bodies and laws in French or Portuguese, an abbreviation after ", or", a section used as a statute's
name, and words a law's name does not start with (a complex preposition, a document's kind, a paragraph marker) or
that name no law ("this Federal Law"). Counter-examples: a year after a law's kind, English words in title case, a
section of a named law, an abbreviation after ", or" that spells another name."""

from __future__ import annotations

import pytest


def spans(extractor, text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in extractor.extract("t", "v", text).mentions}


@pytest.mark.parametrize(
    "text, name",
    [
        ("The bill makes changes to Law 12965 of April 23, 2014.", "Law 12965"),
        ("It amends the Lei nº 12.965, de 23 de abril de 2014.", "Lei nº 12.965"),
        ("The statute (Lei 13709/2018) took effect in 2020.", "Lei 13709/2018"),
        ("Citation: Act 843", "Act 843"),
        ("Bill: Law Project no. 4060/2012", "Law Project no. 4060/2012"),
        ("The deputies sent back Chamber Law Project no. 53/2018 in July.", "Chamber Law Project no. 53/2018"),
        ("No. 24/2018/QH14\nLAW ON CYBER SECURITY", "No. 24/2018/QH14"),
        ("(as amended by Federal Laws of 25.11.2009 N 266-FZ, of 28.06.2010 N 123- FZ)", "123- FZ"),
        (
            "Federal Law of 27 July 2006 N 152-FZ ON PERSONAL DATA\n\nAdopted by the State Duma on 8 July 2006",
            "Federal Law of 27 July 2006 N 152-FZ ON PERSONAL DATA",
        ),
    ],
)
def test_laws_cited_by_number(extractor, text, name) -> None:
    assert ("Law", name) in spans(extractor, text)


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("The Data Protection Act 2018 applies to controllers.", "Act 2018"),
        ("Passed as Law 5 in the list, it was repealed.", "Law 5"),
    ],
)
def test_no_bare_number_citation_from_a_year_or_a_short_number(extractor, text, wrong) -> None:
    assert ("Law", wrong) not in spans(extractor, text)


@pytest.mark.parametrize(
    "text, kind, name",
    [
        (
            "France merged its intelligence agencies, Direction de la Surveillance du Territoire (DST) and others.",
            "Agency",
            "Direction de la Surveillance du Territoire",
        ),
        (
            "Enforcement lies with the Autoridade Nacional de Proteção de Dados, created in 2019.",
            "Agency",
            "Autoridade Nacional de Proteção de Dados",
        ),
        (
            "The Brazilian law (Lei Geral de Proteção de Dados Pessoais) took effect in 2020.",
            "Law",
            "Lei Geral de Proteção de Dados Pessoais",
        ),
    ],
)
def test_names_in_another_language(extractor, text, kind, name) -> None:
    assert (kind, name) in spans(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Direction General Smith gave was clear.",
        "Their Agence Commerciale Internationale sold shoes.",
    ],
)
def test_no_foreign_name_without_its_joining_words(extractor, text) -> None:
    found = spans(extractor, text)
    assert not any(x.startswith(("Direction General", "Agence Commerciale")) for _, x in found)


def test_a_section_used_as_a_statutes_name(extractor) -> None:
    found = spans(extractor, "The USTR began a Section 301 investigation of the tax in June.")
    assert ("Law", "Section 301") in found


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Section 301 of the Trade Act of 1974 allows the USTR to act.", "Section 301"),
        ("The data are covered by section 301 of the code.", "section 301"),
        ("See Section 12 for the definitions.", "Section 12"),
    ],
)
def test_no_section_name_for_a_provision_of_a_named_law(extractor, text, wrong) -> None:
    assert ("Law", wrong) not in spans(extractor, text)


@pytest.mark.parametrize(
    "text, name, wrong",
    [
        (
            "Pursuant to the Constitution of the Republic of Kenya; the Assembly enacts this law.",
            "Constitution of the Republic of Kenya",
            "Pursuant to the Constitution of the Republic of Kenya",
        ),
        (
            "FACT SHEET on Kenya-Japan Digital Trade Agreement\nThe two countries agree.",
            "Kenya-Japan Digital Trade Agreement",
            "FACT SHEET on Kenya-Japan Digital Trade Agreement",
        ),
        (
            "He listed the deliverables. END SUMMARY\nCross-Border Data Sharing Interim Agreement\n2. He spoke first.",
            "Cross-Border Data Sharing Interim Agreement",
            "END SUMMARY\nCross-Border Data Sharing Interim Agreement",
        ),
    ],
)
def test_words_before_a_law_that_are_no_part_of_it(extractor, text, name, wrong) -> None:
    found = spans(extractor, text)
    assert ("Law", name) in found
    assert ("Law", wrong) not in found


def test_this_federal_law_is_no_name(extractor) -> None:
    found = spans(extractor, "1. This Federal Law regulates activities related to the processing of personal data.")
    assert not any(t == "Law" for t, _ in found)


def test_a_federal_law_with_its_name_stays(extractor) -> None:
    found = spans(extractor, "The Federal Data Protection Act regulates the processing of personal data.")
    assert ("Law", "Federal Data Protection Act") in found


def test_a_sections_report_is_no_law(extractor) -> None:
    found = spans(extractor, "Officials cited the USTR's Section 301 report on unfair practices.")
    assert ("Law", "Section 301") not in found


def test_an_abbreviation_after_or_that_spells_the_name(extractor) -> None:
    found = spans(
        extractor,
        "The authority responsible for enforcement of the new law is the Autoridade Nacional de Proteção de Dados, "
        "or ANPD.",
    )
    assert ("Agency", "ANPD") in found


def test_no_abbreviation_after_or_that_spells_another_name(extractor) -> None:
    found = spans(extractor, "Comments go to the Department of Commerce, or XTRQ.")
    assert not any(x == "XTRQ" and t == "Agency" for t, x in found)


def test_a_presidents_order_with_its_title(extractor) -> None:
    text = "The President signed an Executive Order on Strengthening Cross-Border Data Safeguards (EO) for agencies."
    assert ("Law", "Executive Order on Strengthening Cross-Border Data Safeguards") in spans(extractor, text)


def test_no_order_title_from_a_lower_case_phrase(extractor) -> None:
    found = spans(extractor, "The President issued an Executive Order on the same day.")
    assert not any(x.startswith("Executive Order on") for _, x in found)


def test_this_federal_law_in_the_models_span_is_no_name(extractor) -> None:
    text = "1. This Federal Law regulates activities.\n\n2. This Federal Law does not apply to archives."
    assert not any(t == "Law" for t, _ in spans(extractor, text))


@pytest.mark.parametrize(
    ("text", "law"),
    [
        # a party before "to" is no word of the treaty's name; an instrument or a part of one is
        ("Tunisia became a Party to Convention 108 in 2017.", "Convention 108"),
        ("Senegal is a State Party to the Budapest Convention.", "Budapest Convention"),
        ("The Amendment to the Privacy Act passed.", "Amendment to the Privacy Act"),
        ("Firms joined the Data Extension to the Privacy Framework.", "Data Extension to the Privacy Framework"),
        # states listed before a preposition are a phrase of their own
        ("Talks between Canada and Chile on the Data Sharing Act resumed.", "Data Sharing Act"),
        # persons under a plural title before the law are no words of its name
        ("Ministers Paet and Riekstins on the Data Sharing Act spoke.", "Data Sharing Act"),
    ],
)
def test_a_laws_name_starts_after_a_party_or_a_list_of_states(extractor, text, law):
    x = extractor.extract("d", "v", text)
    assert [m.text for m in x.mentions if m.type == "Law"] == [law]


@pytest.mark.parametrize(
    ("text", "laws"),
    [
        ("The GDPR was incorporated into the EEA Agreement in 2018.", ["GDPR", "EEA Agreement"]),
        ("The European Union signed the TFTP Agreement.", ["TFTP Agreement"]),
        # ... and takes its title after "on", as a titled kind does; an act does not ("CLOUD Act on Microsoft")
        (
            "Vietnam endorsed the ASEAN Framework on Digital Data Governance.",
            ["ASEAN Framework on Digital Data Governance"],
        ),
        ("The CLOUD Act on Microsoft was debated.", ["CLOUD Act"]),
        ("The GDPR was incorporated into the EEA Agreement on 1 June.", ["GDPR", "EEA Agreement"]),
        # a lower-case instrument noun stays a common noun after the acronym
        ("The TFTP agreement was signed.", ["TFTP"]),
    ],
)
def test_an_acronym_and_a_capitalised_instrument_noun_name_a_law(extractor, text, laws):
    x = extractor.extract("d", "v", text)
    assert [m.text for m in x.mentions if m.type == "Law"] == laws


def test_a_plural_title_in_telegram_capitals_starts_no_law(extractor):
    x = extractor.extract("d", "v", "PRESIDENTS NIXON AND POMPIDOU AGREED ON THE COMMUNIQUE.")
    assert [m.text for m in x.mentions if m.type == "Law"] == []
