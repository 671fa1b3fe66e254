"""Law names, round 20 (probe texts of our own: telegrams in capitals, Federal Register headings, news, law-firm
notes, government releases): an adjective that says a law's stage or age ("new", "revised", "proposed", "draft")
before a law's kind alone makes no name ("THE NEW DECREE", "the Revised Law", "Proposed Rule"); a leading stage word
before a full name is no part of it ("Final Paperwork Reduction Act of 1995" names the Paperwork Reduction Act of
1995). A name that starts with a law's kind ("Final Act"), a place ("New Zealand ...") or a draft bill's title, and
the US rulemaking document "Final Rule", keep their first word."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, of_type

pytestmark = pytest.mark.slow


# --- a stage word and a law's kind alone


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("2. (C) THE UNIONS OPPOSE THE NEW DECREE, WHICH THE MINISTRY ISSUED LAST WEEK.", "NEW DECREE"),
        ("3. (SBU) THE DRAFT LAW WOULD REQUIRE LOCAL STORAGE OF DATA.", "DRAFT LAW"),
        ("Reactions to the Revised Law\n\nThe revised law has been criticized by rights groups.", "Revised Law"),
        ("II. Overview of the Recovery Act, Proposed Rule, and Comments Received", "Proposed Rule"),
        ("The Current Regulation does not cover cloud providers, the firm's client note says.", "Current Regulation"),
        (
            "Ministers said the Amended Directive would be published in the Official Journal in May.",
            "Amended Directive",
        ),
    ],
)
def test_a_stage_word_and_a_laws_kind_alone_name_no_law(extractor, text, phrase):
    assert phrase not in of_type(extractor, text, "Law")


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("5. (SBU) THE MINISTRY OF INFORMATION ISSUED THE NEW DECREE, WHICH REGULATES PERSONAL DATA.", "NEW DECREE"),
        (
            "The Indonesian House of Representatives enacted the Revised Law, which regulates personal data.",
            "Revised Law",
        ),
        ("The Federal Trade Commission issued the Proposed Rule in 2023.", "Proposed Rule"),
    ],
)
def test_no_fact_attaches_to_a_staged_kind_of_law(extractor, text, phrase):
    enacted = {law for _, law in any_pairs(extractor, text, "enacts")}
    regulating = {law for law, _ in any_pairs(extractor, text, "regulates")}
    assert phrase not in enacted | regulating


# --- a stage word before a full name


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Final Paperwork Reduction Act of 1995 Analysis\n\nThis document contains new information collection "
            "requirements.",
            "Paperwork Reduction Act of 1995",
        ),
        (
            "The Revised Personal Data Protection Act takes effect in January, the ministry said.",
            "Personal Data Protection Act",
        ),
        (
            "Client alert: the Proposed Consumer Data Privacy Act would give residents a right to deletion.",
            "Consumer Data Privacy Act",
        ),
    ],
)
def test_a_leading_stage_word_is_no_part_of_a_laws_name(extractor, text, name):
    laws = of_type(extractor, text, "Law")
    assert name in laws
    assert not {law for law in laws if law.endswith(name) and law != name}


# --- names whose first word stays


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "ACTION: Final Rule. SUMMARY: The Federal Trade Commission amends the Health Breach Notification Rule.",
            "Final Rule",
        ),
        (
            "The Final Act of the Conference on Security and Co-operation in Europe was signed in Helsinki in 1975.",
            "Final Act",
        ),
        (
            "The New Zealand Bill of Rights Act 1990 protects freedom of expression.",
            "New Zealand Bill of Rights Act 1990",
        ),
        (
            "The Draft Communications Data Bill was published by the Home Office in June 2012.",
            "Draft Communications Data Bill",
        ),
        (
            "The Federal Trade Commission issued the Health Breach Notification Rule in 2009.",
            "Health Breach Notification Rule",
        ),
    ],
)
def test_a_name_that_starts_with_a_kind_a_place_or_a_drafts_title_keeps_it(extractor, text, name):
    assert name in of_type(extractor, text, "Law")
