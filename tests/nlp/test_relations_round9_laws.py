"""Round 9 of the law-centred relations: a topic phrase after a law's name read past the name's aside and through
a phrase of respect ("Directive 95/46/EC (the Data Protection Directive) on the protection of individuals with regard
to the processing of personal data"); a class of data a law brings into its text with a relative clause that keeps
the data inside the country ("adds a category of core data that must be stored in Vietnam")."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs

# --- (a) what a law is on: past its aside, through a phrase of respect ---


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In 1995, the EU adopted Directive 95/46/EC (the Data Protection Directive) on the protection of "
            "individuals with regard to the processing of personal data and the free movement of such data.",
            ("Directive 95/46/EC", "personal data"),
        ),
        (
            "The EU adopted Directive 95/46/EC (the Data Protection Directive) on the processing of personal data.",
            ("Directive 95/46/EC", "personal data"),
        ),
        (
            "The Council adopted Directive 95/46/EC on the protection of persons with respect to the transfer of "
            "health data.",
            ("Directive 95/46/EC", "health data"),
        ),
    ],
)
def test_a_law_is_on_the_data_its_topic_phrase_names(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        # the aside is not followed by a topic phrase: a time
        "The EU adopted Directive 95/46/EC (the Data Protection Directive) on Tuesday.",
        # the name given in full: what follows it is the rest of its official title, not a statement
        "The Data Protection Directive (officially Directive 95/46/EC on the protection of individuals with regard "
        "to the processing of personal data and on the free movement of such data) is a European Union directive.",
        # a phrase of respect on the verb, not a topic of the law
        "The Commission adopted Directive 95/46/EC after talks with regard to the Council.",
    ],
)
def test_no_topic_no_regulation(extractor, text):
    assert fact_pairs(extractor, text, "regulates") == set()


# --- (b) a class of data a law designates, kept inside the country ---


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Law on Data, passed by the National Assembly in November 2024, adds a category of core data that "
            "must be stored in Vietnam.",
            ("Law on Data", "core data"),
        ),
        (
            "The Cybersecurity Act defines critical data that shall be stored in Kenya.",
            ("Cybersecurity Act", "critical data"),
        ),
    ],
)
def test_a_law_designating_data_that_must_stay_inside_requires_its_localization(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "requiresLocalization")


@pytest.mark.parametrize(
    "text",
    [
        # permission, not obligation
        "The Law on Data adds a category of core data that may be stored in Vietnam.",
        # the relative clause denies the storage inside
        "The Law on Data adds a category of core data that must not be stored in Vietnam.",
        # no law designates the class: firms collect it
        "Firms collect a category of core data that must be stored in Vietnam.",
    ],
)
def test_no_designated_localization(extractor, text):
    assert fact_pairs(extractor, text, "requiresLocalization") == set()


def test_a_designation_the_law_did_not_make_is_no_fact(extractor):
    text = "The Law on Data did not add a category of core data that must be stored in Vietnam."
    assert fact_pairs(extractor, text, "requiresLocalization") == set()
    assert any_pairs(extractor, text, "requiresLocalization") == {("Law on Data", "core data")}


def test_a_draft_that_would_designate_the_data_only_proposes_it(extractor):
    text = "The draft Law on Data would add a category of core data that must be stored in Vietnam."
    assert fact_pairs(extractor, text, "requiresLocalization") == set()


# --- (c) an accession said again without its treaty ---


@pytest.mark.parametrize(
    "text",
    [
        "Canada acceded to the Digital Economy Partnership Agreement in 2024. The DEPA commits Parties to ambitious "
        "disciplines. Canada's accession is an important milestone.",
        "The accession of Canada to the Digital Economy Partnership Agreement was welcomed. The DEPA commits Parties "
        "to ambitious disciplines. The accession of Canada is testament to its openness.",
    ],
)
def test_an_accession_said_again_is_to_the_treaty_named_last(extractor, text):
    assert ("Canada", "DEPA") in fact_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "text",
    [
        # no accession of that state was stated before
        "The Digital Economy Partnership Agreement commits Parties to ambitious disciplines. Canada's accession is "
        "an important milestone.",
        # the earlier accession was only under talks
        "Talks on Canada's accession to the Digital Economy Partnership Agreement continued. Canada's accession is "
        "an important milestone.",
    ],
)
def test_no_earlier_accession_no_treaty(extractor, text):
    assert fact_pairs(extractor, text, "enacts") == set()


def test_another_states_accession_is_not_the_one_stated(extractor):
    text = (
        "The accession of Canada to the Digital Economy Partnership Agreement was welcomed. Japan's accession is an "
        "important milestone."
    )
    assert fact_pairs(extractor, text, "enacts") == {("Canada", "Digital Economy Partnership Agreement")}


def test_an_accession_said_again_as_expected_is_only_proposed(extractor):
    text = (
        "The accession of Canada to the Digital Economy Partnership Agreement was welcomed. The DEPA commits Parties "
        "to ambitious disciplines. Canada's accession is expected next year."
    )
    assert ("Canada", "DEPA") not in fact_pairs(extractor, text, "enacts")


# --- (d) a state that changes its rules with a law made the law ---


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Indonesia relaxed its localisation rules with Government Regulation No. 71 of 2019.",
            ("Indonesia", "Government Regulation No. 71 of 2019"),
        ),
        (
            "India tightened its rules through the Digital Personal Data Protection Act.",
            ("India", "Digital Personal Data Protection Act"),
        ),
        (
            "The European Union replaced the Data Protection Directive with the General Data Protection Regulation.",
            ("European Union", "General Data Protection Regulation"),
        ),
    ],
)
def test_the_law_a_state_changed_its_rules_with_is_its_own(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "enacts")


def test_the_law_replaced_is_not_the_one_made(extractor):
    text = "The European Union replaced the Data Protection Directive with the General Data Protection Regulation."
    assert ("European Union", "Data Protection Directive") not in fact_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia may relax its localisation rules with Government Regulation No. 71 of 2019.",
        "Indonesia did not relax its localisation rules with Government Regulation No. 71 of 2019.",
        # the passive names no maker
        "The localisation rules of Indonesia were relaxed with Government Regulation No. 71 of 2019.",
        # not a verb of changing rules
        "Indonesia complied with Government Regulation No. 71 of 2019.",
    ],
)
def test_no_change_made_no_enactment(extractor, text):
    assert ("Indonesia", "Government Regulation No. 71 of 2019") not in fact_pairs(extractor, text, "enacts")


def test_what_the_law_a_state_changed_its_rules_with_requires_is_the_states_rule(extractor):
    text = (
        "Indonesia relaxed its localisation rules with Government Regulation No. 71 of 2019, which lets private "
        "electronic system operators keep most data offshore but still requires public-sector data to stay in the "
        "country."
    )
    assert ("Indonesia", "public-sector data") in fact_pairs(extractor, text, "requiresLocalization")


# --- (e) the law cited in parentheses as the source of a rule of localization ---

_CITED = "India requires that payment data are stored only in India, even if processed abroad ({})."


@pytest.mark.parametrize(
    "text",
    [
        _CITED.format("Payment and Settlement Systems Act"),
        "• Sweden requires that accounting data of all companies registered in Sweden are kept locally in Sweden, "
        "even if stored electronically (Swedish Bookkeeping Act) • Croatia stipulates that data are stored in Croatia.",
    ],
)
def test_a_law_cited_alone_at_the_end_of_a_rule_requires_it(extractor, text):
    laws = {head for head, _ in fact_pairs(extractor, text, "requiresLocalization")}
    assert laws & {"Payment and Settlement Systems Act", "Swedish Bookkeeping Act"}


@pytest.mark.parametrize(
    "text",
    [
        # more than a bare citation in the parenthesis
        _CITED.format("see the Payment and Settlement Systems Act"),
        # the rule is denied, or only possible
        _CITED.format("Payment and Settlement Systems Act").replace("requires", "does not require"),
        _CITED.format("Payment and Settlement Systems Act").replace("requires", "may require"),
    ],
)
def test_no_bare_citation_of_a_stated_rule_no_fact(extractor, text):
    facts = fact_pairs(extractor, text, "requiresLocalization")
    assert ("Payment and Settlement Systems Act", "payment data") not in facts


def test_a_citation_that_does_not_close_the_clause_is_not_its_source(extractor):
    text = _CITED.format("Payment and Settlement Systems Act")[:-1] + ", the ministry said."
    facts = fact_pairs(extractor, text, "requiresLocalization")
    assert ("Payment and Settlement Systems Act", "payment data") not in facts


# --- (f) what was introduced is a bill: a later "the bill" refers to it ---


@pytest.mark.parametrize(
    "text",
    [
        "PAFACA was introduced as H.R. 7521 during the 118th United States Congress by representatives Mike Gallagher "
        "and Raja Krishnamoorthi. The National Security Act, 2024 was signed. The bill was passed by the House of "
        "Representatives on March 13, 2024.",
        "H.R. 7521 was introduced by Mike Gallagher. The Data Act was adopted by the EU. The bill was passed by the "
        "House of Representatives on March 13, 2024.",
    ],
)
def test_the_bill_is_the_law_introduced(extractor, text):
    assert ("House of Representatives", "H.R. 7521") in fact_pairs(extractor, text, "enacts")


def test_the_bill_is_not_a_law_never_said_to_be_introduced(extractor):
    text = (
        "The Data Act was adopted by the EU. The Privacy Act was amended. The bill was passed by the House of "
        "Representatives on March 13, 2024."
    )
    assert {law for _, law in fact_pairs(extractor, text, "enacts")} == {"Data Act"}


def test_the_name_after_as_is_the_bill_not_the_act(extractor):
    text = (
        "PAFACA was introduced as H.R. 7521 during the 118th United States Congress. The National Security Act, 2024 "
        "was signed. The bill was passed by the House of Representatives on March 13, 2024."
    )
    assert ("House of Representatives", "PAFACA") not in fact_pairs(extractor, text, "enacts")
