"""Round 13, relations other than regulates: the enacting formula of a statute ("Be it enacted by X") says the
legislature enacts the act it opens, and a secretary's or minister's title that carries a department's field
("Secretary of Commerce X", "Treasury Secretary X") says the person leads the department the document names."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Be it enacted by the Senate and House of Representatives of the United States of America in Congress "
            "<<NOTE: Online Privacy Act of 2019.>> assembled, SECTION 1. SHORT TITLE.",
            {("Senate", "Online Privacy Act of 2019"), ("House of Representatives", "Online Privacy Act of 2019")},
        ),
        (
            "[[Page 132 STAT. 1213]]\n\nPublic Law 115-141\n115th Congress\n\nAn Act\n\nMaking appropriations for "
            "the fiscal year.\n\n    Be it enacted by the Senate and House of Representatives of the \nUnited States "
            "of America in Congress <<NOTE: Clarifying Lawful Overseas Use of Data Act. 18 USC 2510 note.>> "
            "assembled,\nSECTION 1. SHORT TITLE.",
            {
                ("Senate", "Clarifying Lawful Overseas Use of Data Act"),
                ("House of Representatives", "Clarifying Lawful Overseas Use of Data Act"),
            },
        ),
        (
            "Be it enacted by the House of Representatives <<NOTE: Data Broker Act.>> assembled, that no funds shall "
            "be used.",
            {("House of Representatives", "Data Broker Act")},
        ),
    ],
)
def test_the_enacting_formula_names_the_legislature(extractor, text, expected):
    assert fact_pairs(extractor, text, "enacts") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The committee said it may be enacted by the Senate next year as the Data Broker Act.",
        "The Senate will decide whether the Data Broker Act should be enacted by Congress.",
        "If the Data Broker Act passes, be it enacted by the Senate or not, the FTC will enforce it.",
        # a law the formula's words name is what the act changes
        "Be it enacted by the General Assembly of Virginia: That the Consumer Data Protection Act is amended by "
        "adding a section.",
        # no printer's note: the heading or the short title names the act, and which one is not settled
        "Be it enacted by the Senate and House of Representatives of the United States of America in Congress "
        "assembled, SECTION 1. This Act may be cited as the Secure Equipment Act of 2021.",
        "THE PERSONAL DATA PROTECTION ACT, 2019 (NO. 12 OF 2019)\nAn Act to provide for the protection of "
        "personal data. BE it enacted by Parliament in the Seventieth Year of the Republic of India as follows:",
    ],
)
def test_no_formula_no_enactment(extractor, text):
    assert fact_pairs(extractor, text, "enacts") == set()


def test_the_formula_places_the_legislature_but_does_not_make_the_state_enact(extractor):
    text = (
        "Be it enacted by the Senate and House of Representatives of the United States of America in Congress "
        "<<NOTE: Secure Equipment Act of 2021.>> assembled, SECTION 1. SHORT TITLE."
    )
    heads = {h for h, _ in fact_pairs(extractor, text, "enacts")}
    assert heads == {"Senate", "House of Representatives"}  # not "United States of America", not "Congress"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Department of Commerce added 11 companies to the Entity List. Secretary of Commerce Wilbur Ross said "
            "the action was needed.",
            ("Wilbur Ross", "Department of Commerce"),
        ),
        (
            'The U.S. Department of the Treasury sanctioned the minister today. "We will act," said Treasury '
            "Secretary Steven Mnuchin.",
            ("Steven Mnuchin", "U.S. Department of the Treasury"),
        ),
        (
            "In a February 18 State Department cable, Secretary of State Marco Rubio labeled the rules burdensome.",
            ("Marco Rubio", "State Department"),
        ),
        (
            "The talks were headed by the Interior Ministry. Interior Minister Schaeuble visited Washington in "
            "September.",
            ("Schaeuble", "Interior Ministry"),
        ),
        (
            "The Spanish Foreign Ministry said on Monday that Foreign Minister Moratinos would travel to Rabat.",
            ("Moratinos", "Spanish Foreign Ministry"),
        ),
        (
            "WASHINGTON (Reuters) - The Commerce Department on Monday blacklisted 11 firms. Commerce Secretary Gina "
            "Raimondo said the move protects U.S. data.",
            ("Gina Raimondo", "Commerce Department"),
        ),
        (
            "BRUSSELS, 3 May - The German Interior Ministry has rejected the proposal. Interior Minister Nancy Faeser "
            "told reporters it went too far.",
            ("Nancy Faeser", "German Interior Ministry"),
        ),
    ],
)
def test_a_title_with_a_field_leads_the_department_of_that_field(extractor, text, expected):
    assert expected in fact_pairs(extractor, text, "leads")


@pytest.mark.parametrize(
    "text",
    [
        "The Department of Commerce issued the rule. Deputy Secretary of Commerce Don Graves said it protects "
        "consumers.",
        "The Department of the Treasury announced sanctions. Former Treasury Secretary Lawrence Summers criticized "
        "them.",
        "The Spanish Interior Ministry met the delegation. German Interior Minister Thomas de Maiziere did not attend.",
        "The Department of Justice filed the suit. Secretary of Commerce Gina Raimondo welcomed it.",
        "The Department of Commerce issued the rule, and former Secretary of Commerce Penny Pritzker praised it.",
        # a minister's ministry must be named close by: a cable names several states' ministries
        "The German Foreign Ministry hosted the talks on Monday. The delegations met again on Tuesday. Foreign "
        "Minister Lavrov then flew to Paris.",
    ],
)
def test_no_department_head_for_a_deputy_a_former_holder_or_another_field(extractor, text):
    assert fact_pairs(extractor, text, "leads") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It is operated by the Ministry of Public Security (MPS) of the government of China.",
            ("Ministry of Public Security", "China"),
        ),
        (
            "The Data Protection Office of the Government of Mauritius issued guidance to controllers.",
            ("Data Protection Office", "Mauritius"),
        ),
        (
            "REFTEL reported that the Ministry of Information (MOI) of the Government of Pakistan blocked the site.",
            ("Ministry of Information", "Pakistan"),
        ),
        (
            "India's technology ministry, the Ministry of Electronics and Information Technology (MeitY) of the "
            "Government of India, said on Tuesday it would tighten the rules.",
            ("Ministry of Electronics and Information Technology", "India"),
        ),
    ],
)
def test_a_body_of_the_government_of_a_state_is_part_of_it(extractor, text, expected):
    assert expected in fact_pairs(extractor, text, "partOf")


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Public Security, not a body of the government of Vietnam, denied it.",
        "The embassy in Beijing said the Ministry of Commerce (MOFCOM) would brief the government of Japan.",
    ],
)
def test_no_part_without_a_government_of_the_body(extractor, text):
    assert fact_pairs(extractor, text, "partOf") == set()
