"""Laws and IGOs, round 12: a gathering named by its organiser and an organ word ("the OECD Ministerial Council
Meeting", "European Parliament Committee meetings") mentions the organisation, not an organ."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type

# --- an organisation, an organ word and a noun of a gathering ------------------------------------------------------


@pytest.mark.parametrize(
    "text, igo, longer",
    [
        (
            "Ministers met on the sidelines of the OECD Ministerial Council Meeting in Paris to welcome the accession.",
            "OECD",
            "OECD Ministerial Council",
        ),
        (
            "The two laws were the focus of two European Parliament Committee meetings throughout Tuesday.",
            "European Parliament",
            "European Parliament Committee",
        ),
        (
            "1. (SBU) THE DELEGATION ATTENDED THE OECD MINISTERIAL COUNCIL MEETING IN PARIS ON JUNE 4.",
            "OECD",
            "OECD MINISTERIAL COUNCIL",
        ),
    ],
)
def test_the_organiser_of_a_gathering_is_the_mention(extractor, text, igo, longer):
    found = of_type(extractor, text, "IGO")
    assert igo in found
    assert longer not in found and not of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, organ",
    [
        ("The resolution was adopted at a UN Security Council meeting on Friday.", "UN Security Council"),
        (
            "The European Parliament Committee on Civil Liberties voted on the text.",
            "European Parliament Committee on Civil Liberties",
        ),
        ("The OECD Council adopted the Recommendation on Cross-border Co-operation.", "OECD Council"),
        ("The United Nations General Assembly session opened in New York.", "United Nations General Assembly"),
        (
            "The OECD Working Party on Data Governance and Privacy meeting reviewed the guidelines.",
            "OECD Working Party on Data Governance and Privacy",
        ),
    ],
)
def test_a_named_organ_keeps_its_name(extractor, text, organ):
    assert organ in of_type(extractor, text, "IGO")


# --- a body named after the treaty that sets it up -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Consultative Committee of Convention 108 met in Strasbourg.", "Consultative Committee of Convention 108"),
        (
            "The committee invited the Vice-Chair of the Consultative Committee of Convention\n108, Mr Jean-Philippe"
            " Walter, to an exchange of views.",
            "Consultative Committee of Convention\n108",
        ),
        (
            "The opinion of the Consultative Committee of the Convention was adopted in June.",
            "Consultative Committee of the Convention",
        ),
        ("The Secretariat of the Basel Convention published the guidance.", "Secretariat of the Basel Convention"),
        (
            "The Committee of the Parties to the Budapest Convention reviewed the protocol.",
            "Committee of the Parties to the Budapest Convention",
        ),
        ("The Joint Committee of the EEA Agreement adopted the decision.", "Joint Committee of the EEA Agreement"),
    ],
)
def test_a_treaty_body_is_one_intergovernmental_name(extractor, text, body):
    assert body in of_type(extractor, text, "IGO")
    assert body not in of_type(extractor, text, "Law")
    assert not of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, law",
    [
        ("The Council of Europe Convention 108 was modernised in 2018.", "Council of Europe Convention 108"),
        ("Parties to Convention 108 must apply the rules.", "Convention 108"),
        ("Members of the Budapest Convention agreed to share evidence.", "Budapest Convention"),
    ],
)
def test_a_treaty_without_an_organ_before_it_stays_a_law(extractor, text, law):
    assert law in of_type(extractor, text, "Law")
    assert not of_type(extractor, text, "IGO") - {"Council of Europe"}


# --- a body that owns another in a plural possessive ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, owner",
    [
        (
            "The text was then discussed in the Committee of Ministers’ Rapporteur Group on Legal Co-operation in"
            " June.",
            "Committee of Ministers",
        ),
        ("The Board of Governors' Audit Committee reviewed the accounts, the central bank said.", "Board of Governors"),
        ("Reuters reported that the Board of Governors’ Executive Committee met on Monday.", "Board of Governors"),
    ],
)
def test_the_possessor_body_is_a_name_of_its_own(extractor, text, owner):
    found = {t for ty, t in mentions(extractor, text) if ty in ("IGO", "Agency")}
    assert owner in found
    assert not any(t.startswith(owner) and t != owner for t in found)


@pytest.mark.parametrize(
    "text, name, type_",
    [
        (
            "The Department of Veterans’ Affairs Office of Inspector General published a report.",
            "Department of Veterans’ Affairs Office of Inspector General",
            "Agency",
        ),
        (
            "The Children’s Online Privacy Protection Act applies to websites.",
            "Children’s Online Privacy Protection Act",
            "Law",
        ),
        (
            "Congress passed the Protecting Americans’ Data from Foreign Adversaries Act of 2024.",
            "Protecting Americans’ Data from Foreign Adversaries Act of 2024",
            "Law",
        ),
    ],
)
def test_a_possessive_inside_a_name_stays(extractor, text, name, type_):
    assert name in of_type(extractor, text, type_)


# --- a committee named by its remit whose members are MEPs ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, committee",
    [
        (
            "Internal Market and Consumer Protection committee MEPs concentrated their comments on consumer"
            " protection.",
            "Internal Market and Consumer Protection committee",
        ),
        (
            "During the debate with MEPs of the Economic and Monetary Affairs committee, the focus was on competition.",
            "Economic and Monetary Affairs committee",
        ),
        (
            "MEPs on the Civil Liberties, Justice and Home Affairs committee backed the report on Thursday, Reuters"
            " reported.",
            "Civil Liberties, Justice and Home Affairs committee",
        ),
        (
            "The Legal Affairs committee MEPs adopted the opinion by 20 votes to 3, the Parliament said.",
            "Legal Affairs committee",
        ),
    ],
)
def test_a_committee_of_meps_is_the_parliaments_organ(extractor, text, committee):
    assert committee in of_type(extractor, text, "IGO")


@pytest.mark.parametrize(
    "text",
    [
        "The Senate Foreign Relations committee approved the treaty.",
        "The House Energy and Commerce committee held a hearing on the bill.",
        "European Parliament committee MEPs met the commissioner.",
        "The Foreign Affairs committee approved the report on Tuesday.",
    ],
)
def test_no_committee_without_meps_or_with_a_body_in_its_remit(extractor, text):
    assert not any(t.lower().endswith("committee") for t in of_type(extractor, text, "IGO"))
