"""Law names, round 22 (probe texts of our own: news, law-firm notes, government releases, Wikipedia, telegrams).

A constitution said alone ("the Constitution") after the text named a constitution in full ("the Constitution of
Kenya", "the Argentine Constitution", "the 1997 Constitution") refers back to it, as "the Act" refers back to an
act's title: a description, no name. Where the text names no constitution in full before it, "the Constitution" is
the name it uses ("by the Constitution and the laws of the United States"), and a name that merely holds the word
("Federal Office for the Protection of the Constitution", "Constitution of Zimbabwe Amendment Act") is no fuller
name of a constitution.

"Regulation" ending a body's "for" complement after the sector it rules ("Office for Nuclear Regulation",
"Commission for Communications Regulation") is the act of regulating, the body's remit: the phrase names the body,
not a law. A number after it ("... Regulation 2019/12") or a kind word after the body's name ("Communications
Regulation Act 2002") still makes a law, and so does a law's own head-first title ("Act for Data Regulation 2021").

"Law" before the noun of a school, a centre, a journal or a society is the field the institution works in ("Harvard
Law School", "National Consumer Law Center"): the words name no law. A statute named before such a noun keeps its
own kind ("the CLOUD Act White Paper"), and a law named elsewhere in the sentence is still found.

A law's name before "line", "hotline" or "helpline" and a telephone number names the telephone line an office runs
for questions about it ("contact the Section 301 line at 202-395-5725"), not the law; the same name where the text
speaks of the provision ("the Section 301 investigation") is still a law."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type

pytestmark = pytest.mark.slow


# --- "the Constitution" after a constitution's full name refers back to it


@pytest.mark.parametrize(
    "text, full",
    [
        (
            "The Constitution of Kenya guarantees the right to privacy. Under the Constitution, no person may have "
            "their communications infringed.",
            "Constitution of Kenya",
        ),
        (
            "The Argentine Constitution provides for a special remedy called habeas data. According to Article 43 of "
            "the Constitution, any person may learn what data a register holds about them.",
            "Argentine Constitution",
        ),
        (
            "Our client note: the Constitution of South Africa protects privacy, and the Constitution also binds "
            "private companies that process personal information.",
            "Constitution of South Africa",
        ),
        (
            "The U.S. Constitution has no express right to privacy. Courts have read the Constitution to protect "
            "location data held by carriers.",
            "U.S. Constitution",
        ),
    ],
)
def test_the_constitution_after_its_full_name_is_no_name(extractor, text, full):
    laws = [t for ty, t in _ordered(extractor, text) if ty == "Law"]
    assert full in laws
    assert "Constitution" not in laws


def _ordered(extractor, text):
    """(type, text) of the mentions in text order, repeats kept."""
    return [(m.type, m.text) for m in extractor.extract("t", "v", text).mentions]


# --- where no constitution was named in full, "the Constitution" is the name


@pytest.mark.parametrize(
    "text",
    [
        "By the authority vested in me as President by the Constitution and the laws of the United States of America, "
        "I hereby order as follows.",
        "The Supreme Court held that the Constitution protects the privacy of cell-site location records.",
        "The court said the Constitution forbids censorship, the newspaper reported on Monday.",
    ],
)
def test_the_constitution_named_first_is_a_name(extractor, text):
    assert "Constitution" in of_type(extractor, text, "Law")


@pytest.mark.parametrize(
    "text",
    [
        # a body whose remit names the constitution
        "The Federal Office for the Protection of the Constitution monitors extremists. The Constitution forbids "
        "censorship, the office said.",
        # an amending act's name that starts with the constitution's
        "The Constitution of Zimbabwe Amendment Act was passed in 2007. The Constitution now allows interception.",
        # the constitution named in full only after the bare head
        "The Supreme Court held that the Constitution protects privacy. The Indian Constitution does not name it.",
    ],
)
def test_no_full_name_before_keeps_the_constitution(extractor, text):
    assert ("Law", "Constitution") in mentions(extractor, text)


# --- "Regulation" as a body's remit after "for"


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Office for Nuclear Regulation inspected the plant on Tuesday.", "Office for Nuclear Regulation"),
        (
            "Ireland's Commission for Communications Regulation fined the operator for a data breach.",
            "Commission for Communications Regulation",
        ),
        (
            "The Agency for Telecommunications and Postal Regulation (ARTP) was created in early 2002.",
            "Agency for Telecommunications and Postal Regulation",
        ),
        (
            "The Authority for Financial Regulation issued rules on the storage of payment data.",
            "Authority for Financial Regulation",
        ),
    ],
)
def test_regulation_after_for_is_a_bodys_remit(extractor, text, body):
    found = mentions(extractor, text)
    assert ("Agency", body) in found
    assert ("Law", body) not in found


def test_the_abbreviation_of_a_regulating_body_is_a_body(extractor):
    text = "The Agency for Telecommunications and Postal Regulation (ARTP) licenses operators. ARTP fined Orange."
    assert ("Law", "ARTP") not in mentions(extractor, text)
    assert "ARTP" in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, law",
    [
        (
            "The Communications Regulation Act 2002 set up the Commission for Communications Regulation.",
            "Communications Regulation Act 2002",
        ),
        (
            "The Council of Ministers Regulation No. 130/2006 created the agency.",
            "Council of Ministers Regulation No. 130/2006",
        ),
        ("Parliament passed the Act for Data Regulation 2021 last week.", "Act for Data Regulation 2021"),
    ],
)
def test_a_law_named_with_regulation_stays_a_law(extractor, text, law):
    assert law in of_type(extractor, text, "Law")


# --- "Law" as the field an institution works in


@pytest.mark.parametrize(
    "text, not_law",
    [
        ("She studied at Harvard Law School before joining the Federal Trade Commission.", "Harvard Law"),
        (
            "Participants:\n\n- Ben Winters, Electronic Privacy Information Center\n\n- Nicole Roe, National "
            "Consumer Law Center\n\n- Chad Doe, National Network to End Domestic Violence\n",
            "National Consumer Law",
        ),
        ("An article in the Yale Law Journal criticised the data broker rules.", "Yale Law"),
        ("The Southern Poverty Law Centre filed a brief in the case.", "Southern Poverty Law"),
    ],
)
def test_law_before_an_institutions_noun_names_no_law(extractor, text, not_law):
    laws = of_type(extractor, text, "Law")
    assert not_law not in laws
    assert not any(t.endswith(" Law") for t in laws)


@pytest.mark.parametrize(
    "text, law",
    [
        ("The CLOUD Act White Paper explains how the CLOUD Act works.", "CLOUD Act"),
        (
            "A professor at Peking University Law School said the Cybersecurity Law took effect in 2017.",
            "Cybersecurity Law",
        ),
        (
            "The Law Enforcement Directive covers the processing of personal data by the police.",
            "Law Enforcement Directive",
        ),
    ],
)
def test_a_law_next_to_an_institution_is_still_found(extractor, text, law):
    assert law in of_type(extractor, text, "Law")


# --- a telephone line named after a law


@pytest.mark.parametrize(
    "text, law",
    [
        (
            "For issues with on-line submissions, please contact the Section 301 line at 202-395-5725.",
            "Section 301",
        ),
        ("Questions? Call the HIPAA hotline on 0800 123 456 between 9am and 5pm.", "HIPAA"),
        ("Businesses can ring the GDPR helpline: +44 303 123 1113 for advice.", "GDPR"),
    ],
)
def test_a_laws_name_before_a_phone_line_is_no_law(extractor, text, law):
    assert law not in of_type(extractor, text, "Law")


def test_a_repeat_before_a_phone_line_is_no_law(extractor):
    text = (
        "Initiation of Section 301 Investigation: Vietnam's Acts, Policies, and Practices. For issues with on-line "
        "submissions, please contact the Section 301 line at  202-395-5725."
    )
    assert [t for ty, t in _ordered(extractor, text) if ty == "Law"] == ["Section 301"]


@pytest.mark.parametrize(
    "text, law",
    [
        ("USTR is terminating the Section 301 investigations of digital services taxes.", "Section 301"),
        ("The HIPAA Privacy Rule line of cases began in 2003, when HIPAA took effect.", "HIPAA"),
        ("The GDPR took effect on 25 May 2018; fines under the GDPR can reach 4 percent of turnover.", "GDPR"),
    ],
)
def test_a_law_not_before_a_phone_number_stays_a_law(extractor, text, law):
    assert law in of_type(extractor, text, "Law")
