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


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "The Parliament discussed the judgment of the Court of Justice of 16 July 2020 in Case C-311/18 Data "
            "Protection Commissioner v Facebook Ireland Limited and Maximillian Schrems (Schrems II).",
            {("Court of Justice", "Schrems II")},
        ),
        (
            "European Parliament resolution of 20 May 2021 on the ruling of the CJEU of 16 July 2020 - Data Protection "
            "Commissioner v Facebook Ireland Limited and Maximillian Schrems (‘Schrems II’), Case C-311/18",
            {("CJEU", "Schrems II")},
        ),
        ("The CJEU's Schrems II ruling invalidated the Privacy Shield.", {("CJEU", "Schrems II")}),
    ],
)
def test_a_judgment_cited_with_its_maker_enacts_its_case(extractor, text, pairs):
    assert stated_pairs(extractor, text, "enacts") == pairs


@pytest.mark.parametrize(
    "text",
    [
        # the parenthesis follows a law the decision is about, not a case ("X v Y")
        "The Commission discussed the decision of the Court of Justice on the Privacy Shield (Shield).",
        "The Court of Justice may overturn its Schrems II decision.",
    ],
)
def test_no_ruling_from_a_decision_about_a_law_or_a_hedged_one(extractor, text):
    assert stated_pairs(extractor, text, "enacts") == set()


def test_committee_chairs_coordinated_before_a_long_name_release_a_draft(extractor):
    text = (
        "Senate Commerce Committee Chair Maria Cantwell and House Energy Committee Chair Cathy Rodgers jointly "
        "released a draft of the American Privacy Rights Act (APRA)."
    )
    assert stated_pairs(extractor, text, "supports") == {
        ("Maria Cantwell", "American Privacy Rights Act"),
        ("Cathy Rodgers", "American Privacy Rights Act"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Senate Commerce Committee Chair Maria Cantwell did not introduce the American Privacy Rights Act.",
        # a minister introduces a government's bill, not as its advocate
        "Commerce Minister Maria Cantwell introduced the American Privacy Rights Act.",
    ],
)
def test_no_sponsorship_when_negated_or_not_a_legislator(extractor, text):
    assert stated_pairs(extractor, text, "supports") == set()


_TABLE = (
    "The Spanish Data Protection Agency is an independent agency.\nAgencia Española de Protección de Datos | |\n"
    "Department overview | |\n---|---|\nFormed | 26 March 1993 |\nJurisdiction | {jurisdiction} |\n"
    "Headquarters | Madrid |\n"
)


@pytest.mark.parametrize("jurisdiction", ["Spain", "Government of Spain"])
def test_a_tables_caption_names_the_agency_its_jurisdiction_field_belongs_to(extractor, jurisdiction):
    text = _TABLE.format(jurisdiction=jurisdiction)
    assert stated_pairs(extractor, text, "partOf") == {("Agencia Española de Protección de Datos", "Spain")}


def test_no_jurisdiction_from_a_field_that_names_no_state(extractor):
    assert stated_pairs(extractor, _TABLE.format(jurisdiction="Ministry of Justice"), "partOf") == set()


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "The AP supervises compliance with the Police Data Act, the Road Records Act and all other statutory "
            "regulations concerning the processing of personal data.",
            {("Police Data Act", "personal data"), ("Road Records Act", "personal data")},
        ),
        ("The agency enforces the Data Act and other laws on health data.", {("Data Act", "health data")}),
    ],
)
def test_laws_listed_before_other_laws_on_data_are_laws_on_that_data(extractor, text, pairs):
    assert stated_pairs(extractor, text, "regulates") == pairs


@pytest.mark.parametrize(
    "text",
    [
        # no "other": the laws on health data are not said to include the Data Act
        "The agency enforces the Data Act and laws on health data.",
        # the law is not in the list closed by "other"
        "The agency enforces the Data Act, but other laws on health data are enforced by the ministry.",
        "The agency does not enforce the Data Act and other laws on health data.",
    ],
)
def test_no_class_membership_without_a_list_closed_by_other(extractor, text):
    assert stated_pairs(extractor, text, "regulates") == set()


@pytest.mark.parametrize(
    "text",
    ["Russia's federal censor, Roskomnadzor, fined Twitter.", "Roskomnadzor, Russia's media censor, fined Twitter."],
)
def test_a_states_censor_in_apposition_is_part_of_it(extractor, text):
    assert stated_pairs(extractor, text, "partOf") == {("Roskomnadzor", "Russia")}


def test_no_belonging_from_a_states_censorship(extractor):
    text = "Twitter criticised Russia's censorship, and Roskomnadzor fined it."
    assert stated_pairs(extractor, text, "partOf") == set()


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("France and other EU member states adopted the rules.", {("France", "EU")}),
        ("France, Spain and fellow members of the EU adopted the rules.", {("France", "EU"), ("Spain", "EU")}),
        ("The United States and fellow APEC economies adopted the rules.", {("United States", "APEC")}),
    ],
)
def test_states_listed_before_other_members_of_a_body_are_members(extractor, text, pairs):
    assert stated_pairs(extractor, text, "memberOf") == pairs


@pytest.mark.parametrize(
    "text",
    [
        # no "other": the state is set beside the members, not among them
        "Norway and EU member states adopted the rules.",
        "The United States and the EU member states adopted the rules.",
        # not in a list closed by the class
        "Norway, unlike other EU member states, rejected the rules.",
        "France may join other EU member states in adopting the rules.",
    ],
)
def test_no_membership_without_a_list_closed_by_other_members(extractor, text):
    assert stated_pairs(extractor, text, "memberOf") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish Data Protection Agency (AEPD, Spanish: Agencia Española de Protección de Datos) is an "
        "independent agency of the government of Spain.",
        "The Spanish Data Protection Agency (AEPD) is an independent agency of the government of Spain.",
    ],
)
def test_a_parenthesis_after_the_subject_is_not_the_subject(extractor, text):
    assert stated_pairs(extractor, text, "partOf") == {("Spanish Data Protection Agency", "Spain")}


def test_no_belonging_from_a_parenthesis_that_is_not_about_the_body(extractor):
    text = "The Spanish Data Protection Agency (AEPD, Spanish: Agencia Española) is not an agency of Spain."
    assert stated_pairs(extractor, text, "partOf") == set()
