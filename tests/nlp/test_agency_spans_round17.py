"""Agency spans, round 17 (probe text of our own, news, releases and cables).

A state's standing body may be named an "Establishment" (after two words of its name or more) or a military
"Staff" (after a word saying which staff); "Staff" first in a name or after a body's name is the body's people, and
"Establishment" after a place alone is a clique. An office is named by its title, "for" and a remit of data
governance ("the Federal Commissioner for Data Protection"), and a remit of biometrics before the title names one
too ("the Biometrics Commissioner"); a union member's title or a title before a person's name is no office.
A "Service" before another capitalised noun modifies it ("Internet Service Providers"): no body. A body's name in
French, Portuguese, Spanish or Italian in sentence case ("Agence nationale de la sécurité ...") is read up to a
mark that ends it (a parenthesis, a comma, the end of its line), never over English function words. A firm's
board named by its kind ("Board of Directors", "Corporate Board") is no body of state. A colon inside a
parenthesis ("(French: ...)") labels a name in another language: the words before it are no heading's kicker.
A name in another language, its long English rendering in a parenthesis, then "(ABBR)": ABBR is the name's
abbreviation."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The National Defence Research Establishment in Stockholm warned that attacks on power grids were rising.",
            "National Defence Research Establishment",
        ),
        (
            "The Atomic Weapons Establishment stores classified data on its own servers.",
            "Atomic Weapons Establishment",
        ),
        ("Ministers met the Joint Staff to discuss cyber threats.", "Joint Staff"),
        (
            "The Chief of the General Staff of the Armed Forces of Chile ordered a review of the data centre.",
            "General Staff of the Armed Forces of Chile",
        ),
    ],
)
def test_establishments_and_staffs_are_bodies(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, wrong, right",
    [
        ("Critics of the Washington Establishment said the privacy bill would fail.", "Washington Establishment", None),
        ("Members of the Senate Staff briefed reporters on the data bill.", "Senate Staff", "Senate"),
        (
            "STAFF OF THE SENATE COMMITTEE ON COMMERCE MET WITH EMBASSY OFFICIALS.",
            "STAFF OF THE SENATE COMMITTEE ON COMMERCE",
            "SENATE COMMITTEE ON COMMERCE",
        ),
        (
            "The establishment of the Data Protection Authority was delayed.",
            "establishment",
            "Data Protection Authority",
        ),
    ],
)
def test_a_body_s_people_or_a_clique_is_no_body(extractor, text, wrong, right):
    found = of_type(extractor, text, "Agency")
    assert wrong not in found
    assert right is None or right in found


@pytest.mark.parametrize(
    "text, office",
    [
        (
            "The Federal Commissioner for Data Protection published an annual report on police databases.",
            "Federal Commissioner for Data Protection",
        ),
        (
            "The Commissioner for the Retention and Use of Biometric Material reviewed the police requests.",
            "Commissioner for the Retention and Use of Biometric Material",
        ),
        (
            "In a cable to Washington, the embassy said the Commissioner for Privacy had approved the transfer.",
            "Commissioner for Privacy",
        ),
        ("The Biometrics Commissioner said the police had deleted the DNA profiles.", "Biometrics Commissioner"),
    ],
)
def test_an_office_named_by_its_data_remit(extractor, text, office):
    assert office in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text",
    [
        "European Commissioner for Justice Vera Jourova presented the data rules.",
        "The Commissioner for Data Protection Helen Dixon fined the company.",
        "The Commissioner for Trade met the minister.",
        "The Trade Commissioner visited Nairobi.",
    ],
)
def test_a_person_s_title_is_no_office(extractor, text):
    assert not any("Commissioner" in b for b in of_type(extractor, text, "Agency"))


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Internet Service Providers must keep traffic data for two years.", "Internet Service"),
        ("The ministry will tax Digital Service Revenues of foreign platforms.", "Digital Service"),
        (
            "In a cable, the embassy reported that Mobile Service Operators had been ordered to block the site.",
            "Mobile Service",
        ),
        (
            "The regulator began issuing Electronic Communications Service Licences last year.",
            "Electronic Communications Service",
        ),
    ],
)
def test_a_service_before_another_noun_is_no_body(extractor, text, phrase):
    assert phrase not in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, body",
    [
        ("Secret Service Director James Murray testified before Congress.", "Secret Service"),
        ("The Internal Revenue Service said taxpayer data had been stolen.", "Internal Revenue Service"),
        ("The National Health Service shares patient data with researchers.", "National Health Service"),
    ],
)
def test_a_service_that_ends_its_name_is_a_body(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "On Monday the French cyber security agency, the Agence nationale de la sécurité des systèmes "
            "d'information (ANSSI), warned hospitals and local councils across the country about a wave of "
            "ransomware attacks.",
            "Agence nationale de la sécurité des systèmes d'information",
        ),
        (
            "In a cable to Washington, the embassy said the new regulator, the Autoridade nacional de proteção de "
            "dados (ANPD), would enforce the law from August and would hire staff.",
            "Autoridade nacional de proteção de dados",
        ),
        (
            "The government said in a statement on Tuesday that it had asked the Haute Autorité pour la "
            "transparence de la vie publique (HATVP) to review the asset declarations of ministers.",
            "Haute Autorité pour la transparence de la vie publique",
        ),
    ],
)
def test_a_romance_name_in_sentence_case_up_to_its_end_mark(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text",
    [
        "The Commission on the protection of data, which met on Tuesday, rejected the plan.",
        "The Office for the protection of children, a charity, criticised the bill.",
        "The Commission said it would review the data transfers.",
    ],
)
def test_english_lower_case_words_after_a_head_are_no_romance_name(extractor, text):
    assert not any(" " in b and b.split()[1].islower() for b in of_type(extractor, text, "Agency"))


@pytest.mark.parametrize(
    "text, board",
    [
        (
            "According to a statement released by the company's Board of Directors, the chief executive was fired.",
            "Board of Directors",
        ),
        (
            "In a cable, the embassy said a statement released by ONA’s Board of Directors announced the dismissal.",
            "Board of Directors",
        ),
        (
            "The agency is led by a Director and a Corporate Board made up of executive and non-executive members.",
            "Corporate Board",
        ),
    ],
)
def test_a_firm_s_board_named_by_its_kind_is_no_body(extractor, text, board):
    assert board not in of_type(extractor, text, "Agency")


def test_a_board_named_by_its_remit_stays_a_body(extractor):
    text = "The Board of Governors of the Federal Reserve System issued guidance on data security."
    assert "Board of Governors of the Federal Reserve System" in of_type(extractor, text, "Agency")


def test_a_possessor_before_a_body_is_still_split_off(extractor):
    text = "The Ministry of Justice's Data Office said it would audit the police database."
    assert {"Ministry of Justice", "Data Office"} <= of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The National Commission for the Control of Personal Data Protection (CNDP; French: Commission nationale "
            "de contrôle de la protection des données à caractère personnel) is a Moroccan administrative authority "
            "responsible for ensuring that the processing of personal data complies with the law.",
            "National Commission for the Control of Personal Data Protection",
        ),
        (
            "The Federal Data Protection Office (German: Bundesamt für Datenschutz) published a report on police "
            "databases on Tuesday.",
            "Federal Data Protection Office",
        ),
    ],
)
def test_a_language_label_s_colon_in_a_parenthesis_makes_no_heading(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, abbreviation",
    [
        (
            "Parliament gave a new administrative authority, the Haute Autorité pour la diffusion des oeuvres et la "
            "protection des droits sur internet (High Authority for the Distribution of Works and the Protection of "
            "Rights on the Internet) (HADOPI), the power to cut off users. HADOPI sent its first warnings in 2010.",
            "HADOPI",
        ),
        (
            "In a cable, the embassy reported that the Autorité de régulation des communications électroniques et "
            "des postes (Regulatory Authority for Electronic Communications and Posts of the French Republic) "
            "(ARCEP) had ordered operators to keep call records. ARCEP did not reply.",
            "ARCEP",
        ),
        (
            "The ministry said in a statement that the Autoridade Nacional de Proteção de Dados (National Data "
            "Protection Authority of Brazil, the federal regulator) (ANPD) would audit the bank. ANPD will publish "
            "its findings.",
            "ANPD",
        ),
    ],
)
def test_an_abbreviation_after_a_long_english_rendering(extractor, text, abbreviation):
    assert abbreviation in of_type(extractor, text, "Agency")


def test_a_long_remark_in_a_parenthesis_defines_no_abbreviation(extractor):
    text = (
        "The Data Protection Authority (which was set up in 2018 and began work the following year in the "
        "capital) (PDF) published rules."
    )
    assert "PDF" not in of_type(extractor, text, "Agency")


def test_an_abbreviation_before_a_language_label_in_a_long_parenthesis(extractor):
    text = (
        "The National Commission for the Control of Personal Data Protection (CNDP; French: Commission nationale de "
        "contrôle de la protection des données à caractère personnel) is a Moroccan administrative authority "
        "responsible for ensuring that the processing of personal data complies with the law. The CNDP publishes "
        "an annual report."
    )
    assert "CNDP" in of_type(extractor, text, "Agency")
