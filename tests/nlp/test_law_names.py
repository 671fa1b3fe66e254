"""Law names and their boundaries, probe sentences of our own: a system named after the rules it runs on ("the CBPR
system"), a head-first title with its territory ("Regulation on ... outside the Kingdom"), a charter's title after
"of" behind a modifier ("EU Charter of Fundamental Rights"), statutes listed without commas ("... Act USA PATRIOT Act")
and an act named after the act it amends ("FISA Amendments Act"). Counter-examples: an abbreviation of no rules
before "system", a lower-case description, a year after "of", a phrase after "on" behind an acronym's Act."""

from __future__ import annotations

import pytest


def spans(extractor, text: str) -> set[tuple[str, str]]:
    return {(m.type, m.text) for m in extractor.extract("t", "v", text).mentions}


def laws(extractor, text: str) -> set[str]:
    return {name for kind, name in spans(extractor, text) if kind == "Law"}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Two economies joined the Cross-Border Privacy Rules (CBPR) system this year.",
            "Cross-Border Privacy Rules (CBPR) system",
        ),
        (
            "The Cross-Border Privacy Rules (CBPR) were agreed in 2011. Since then the CBPR system has grown.",
            "CBPR system",
        ),
        (
            "The Cross-Border Privacy Rules (CBPR) were agreed in 2011. The APEC CBPR system requires audits.",
            "APEC CBPR system",
        ),
        (
            "The Privacy Recognition Guidelines (PRG) were adopted. Firms may join the PRG system.",
            "PRG system",
        ),
    ],
)
def test_system_named_after_rules(extractor, text, name):
    assert name in laws(extractor, text)


@pytest.mark.parametrize(
    "text, wrong",
    [
        # the abbreviation is a programme's, not that of rules
        ("The United Nations Development Programme (UNDP) runs projects. The UNDP system is large.", "UNDP system"),
        # no definition of rules in the text
        ("Regulators praised the ABC system in their report.", "ABC system"),
    ],
)
def test_no_system_without_rules(extractor, text, wrong):
    assert wrong not in laws(extractor, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The authority issued the Regulation on Personal Data Transfer outside the Kingdom, which governs exports.",
            "Regulation on Personal Data Transfer outside the Kingdom",
        ),
        (
            "SDAIA published the Regulation on Personal Data Transfer outside the Kingdom in September 2023.",
            "Regulation on Personal Data Transfer outside the Kingdom",
        ),
    ],
)
def test_title_with_its_territory(extractor, text, name):
    assert name in laws(extractor, text)


def test_description_with_territory_is_no_title(extractor):
    found = laws(extractor, "The ministry drafted a regulation on data transfers outside the country.")
    assert not any("outside" in name for name in found)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Blanket data collection violated the EU Charter of Fundamental Rights, in particular privacy.",
            "EU Charter of Fundamental Rights",
        ),
        ("The Universal Declaration of Human Rights was adopted in 1948.", "Universal Declaration of Human Rights"),
    ],
)
def test_title_after_of_behind_a_modifier(extractor, text, name):
    assert name in laws(extractor, text)


def test_year_after_of_is_no_title(extractor):
    found = laws(extractor, "The Geneva Convention of 1949 applies.")
    assert not any(name.endswith("of") for name in found)


def test_acronym_act_on_a_firm_stays_short(extractor):
    assert "CLOUD Act" in laws(extractor, "The CLOUD Act on Microsoft was discussed.")


def test_statutes_listed_without_commas(extractor):
    found = laws(extractor, "Major amendments: Communications Assistance for Law Enforcement Act USA PATRIOT Act FISA")
    assert "Communications Assistance for Law Enforcement Act" in found
    assert "USA PATRIOT Act" in found
    assert not any("Act USA" in name for name in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("ECPA was amended by the FISA Amendments Act (2008).", "FISA Amendments Act"),
        ("The Privacy Act Amendments Act of 1988 was passed.", "Privacy Act Amendments Act of 1988"),
    ],
)
def test_amending_act_is_one_name(extractor, text, name):
    assert name in laws(extractor, text)


def test_statutes_with_commas_stay_apart(extractor):
    found = laws(extractor, "The USA PATRIOT Act, the Privacy Act and the Data Act apply.")
    assert {"USA PATRIOT Act", "Privacy Act", "Data Act"} <= found


# --- round 2: an act named after the office it sets up, citation forms, a contact line, official titles ---


def test_act_named_after_an_office(extractor):
    text = "It was established under the Australian Information Commissioner Act 2010, and headed by a commissioner."
    assert "Australian Information Commissioner Act 2010" in laws(extractor, text)


def test_person_title_before_a_name_still_cuts(extractor):
    found = laws(extractor, "Secretary Raimondo on the Data Privacy Framework spoke in Brussels.")
    assert not any(name.startswith("Secretary") for name in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The state legislature responded by passing P.A. 97-266. The act was codified.", "P.A. 97-266"),
        (
            "It was established by the French loi n° 78-17 on Information Technology, Data Files and Civil Liberty of"
            " 6 January 1978. From 2011 the board met.",
            "loi n° 78-17 on Information Technology, Data Files and Civil Liberty of 6 January 1978",
        ),
        ("The regulator applies loi n° 2004-801 to all files.", "loi n° 2004-801"),
    ],
)
def test_numbered_citation_forms(extractor, text, name):
    assert name in laws(extractor, text)


def test_page_numbers_are_no_public_act(extractor):
    assert not laws(extractor, "See pages 97-266 of the annual report.")


def test_section_before_a_contact_line_names_no_law(extractor):
    assert "Section 301" not in laws(extractor, "For questions, please contact the Section 301 line at 202-395-5725.")


def test_section_before_an_investigation_still_names_the_power(extractor):
    assert "Section 301" in laws(extractor, "USTR opened a Section 301 investigation of Vietnam.")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Data Protection Directive (officially Directive 95/46/EC on the protection of individuals with"
            " regard to the processing of personal data and on the free movement of such data) is a directive.",
            "Directive 95/46/EC on the protection of individuals with regard to the processing of personal data and"
            " on the free movement of such data",
        ),
        (
            "European Union directive | |\nTitle | Directive on the retention of data generated or processed in"
            " connection with public communications networks |\n---|---|\n",
            "Directive on the retention of data generated or processed in connection with public communications"
            " networks",
        ),
    ],
)
def test_official_title_given_as_such(extractor, text, name):
    assert name in laws(extractor, text)


def test_long_title_row_is_no_name(extractor):
    text = "Long title | An Act to amend title 18, United States Code, with respect to interception |\n"
    assert not any(name.startswith("An Act") for name in laws(extractor, text))


def test_officially_before_no_law_kind(extractor):
    text = "The agency (officially the Office of the Data Commissioner) opened in 2020."
    assert not any(name.startswith("the Office") for name in laws(extractor, text))


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Updated October 12, 2022\nData Protection and Privacy Law: An Introduction\nRecent rows.", "Privacy Law"),
        ("See CRS Report R45631, Data Protection Law: An Overview, by Stephen P. Mulligan.", "Data Protection Law"),
    ],
)
def test_report_title_about_a_field_of_law(extractor, text, wrong):
    assert not any(wrong in name for name in laws(extractor, text))


def test_law_before_a_colon_and_a_sentence_stays(extractor):
    assert "Privacy Act" in laws(extractor, "The Privacy Act: Congress passed it in 1974.")


def test_amending_protocol_is_one_name(extractor):
    text = (
        "The committee gave an opinion on the draft Protocol\namending the Convention for the Protection of"
        " Individuals with regard\nto Automatic Processing of Personal Data (ETS No. 108)."
    )
    name = (
        "Protocol\namending the Convention for the Protection of Individuals with regard\nto Automatic Processing of"
        " Personal Data"
    )
    assert name in laws(extractor, text)


def test_numbered_amending_directive_stays_two_citations(extractor):
    found = laws(extractor, "The Council adopted Directive 2009/136/EC amending Directive 2002/58/EC in 2009.")
    assert not any("amending" in name for name in found)


def test_amending_no_law(extractor):
    assert not laws(extractor, "The Commission proposed a Decision amending the Budget for 2024.")


@pytest.mark.parametrize(
    "text, name",
    [
        ("The US government negotiated a deal (aka. US-EU PNR agreement) in May 2004.", "US-EU PNR agreement"),
        ("SUBJECT: EU PARLIAMENT POISED TO VETO U.S.-EU CT TFTP AGREEMENT; PNR ALSO", "U.S.-EU CT TFTP AGREEMENT"),
    ],
)
def test_agreement_named_by_parties_and_subject(extractor, text, name):
    assert name in laws(extractor, text)


def test_parties_and_a_kind_of_instrument_name_no_agreement(extractor):
    assert not laws(extractor, "The US-UK MOU agreement was signed.")


def test_spaced_dash_separates_a_heading(extractor):
    assert "U.S." not in laws(extractor, "SUBJECT: DUTCH GOVERNMENT SUPPORTIVE OF U.S. - EU PNR AGREEMENT")


def test_numbered_amendment_and_its_constitution_are_two_names(extractor):
    found = laws(extractor, "The Fourth Amendment to the U.S. Constitution protects the people's right to privacy.")
    assert {"Fourth Amendment", "U.S. Constitution"} <= found


def test_protocol_to_a_convention_stays_one_name(extractor):
    found = laws(extractor, "The Additional Protocol to the Convention was signed in 2001.")
    assert "Additional Protocol to the Convention" in found


@pytest.mark.parametrize(
    "text",
    [
        "The adequacy findings include a set of rules (Supplementary Rules) that will bridge several differences.",
        "These conditions are laid down in the Supplementary Rules (Annex I) adopted by the Commission.",
    ],
)
def test_rules_named_in_brackets(extractor, text):
    assert "Supplementary Rules" in laws(extractor, text)


def test_title_case_rules_without_a_bracket_are_no_name(extractor):
    assert not laws(extractor, "The agency published the New Rules for banks last week.")
