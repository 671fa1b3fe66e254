"""Law citations by the numbering of codes and journals and where a law's name ends (probe sentences of our own): a
US Code section with its section sign, in telegram capitals too; a contiguous range of CFR parts; an EU act's number
without the legal order in brackets; a presidential directive's series and number; a code dated by its year; and
the near misses that name no law (a code citation without a section, a list of parts, a date after "Decision", a
series' initials alone, an undated "Code")."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def laws(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Law"}


# (text, Law mentions it must hold)
NAMED = [
    ("Schools must follow 20 U.S.C. § 1232g when they release student records.", {"20 U.S.C. § 1232g"}),
    ("THE STATUTE IS CODIFIED AT 20 U.S.C. SEC. 1232G (1982) AND APPLIES TO ALL SCHOOLS.", {"20 U.S.C. SEC. 1232G"}),
    ("The statute is codified at 42 U.S.C. Section 1320d and binds health plans.", {"42 U.S.C. Section 1320d"}),
    ("The statute at 20 USC § 1232g protects student records.", {"20 USC § 1232g"}),
    ("The final rule amends 45 CFR Parts 160 through 164 to protect health records.", {"45 CFR Parts 160 through 164"}),
    ("Disclosures are permitted under 45 CFR 164.512 for public health.", {"45 CFR 164.512"}),
    ("Disclosures are permitted under 45 C.F.R. § 164.512(b) for public health.", {"45 C.F.R. § 164.512"}),
    ("The rule revises 12 C.F.R. Parts 1002-1005 for lenders.", {"12 C.F.R. Parts 1002-1005"}),
    ("Transfers were covered by Decision 2000/520/EC until the court struck it down.", {"Decision 2000/520/EC"}),
    ("The institutions are bound by Regulation 45/2001 when they process personal data.", {"Regulation 45/2001"}),
    ("Police cooperation fell under Framework Decision 2008/977/JHA for years.", {"Framework Decision 2008/977/JHA"}),
    ("The White House issued HSPD-7 on critical infrastructure in 2003.", {"HSPD-7"}),
    ("The officials discussed the HSPD-6 screening data exchange with the ministry.", {"HSPD-6"}),
    ("NSPD-54 set out the cyber security policy.", {"NSPD-54"}),
    ("The Internal Revenue Code of 1986 was amended by the bill.", {"Internal Revenue Code of 1986"}),
    # a preposition that starts the sentence is no part of the title
    ("Under Internal Revenue Code of 1986 section 501, charities are exempt.", {"Internal Revenue Code of 1986"}),
    ("In Finance (No. 2) Act 2023 the rate rose.", {"Finance (No. 2) Act 2023"}),
    # an EU act's number after its short name keeps its legal order's brackets
    ("The General Data Protection Regulation (GDPR) (EU) 2016/679 applies from May 2018.", {"(EU) 2016/679"}),
    ("Data transfers fall under Regulation (EU) 2016/679 on data protection.", {"Regulation (EU) 2016/679"}),
    # a state code's section by the code's dotted initials
    ("The act, codified in C.G.S. Section 14-10, copies the federal language.", {"C.G.S. Section 14-10"}),
    ("The state law at R.C.W. § 19.255 requires breach notices.", {"R.C.W. § 19.255"}),
    # a Westminster title numbered in brackets, without the article before it
    ("The House debated the Finance (No. 2) Bill on Tuesday.", {"Finance (No. 2) Bill"}),
    ("The Finance (No. 2) Act 2023 received Royal Assent.", {"Finance (No. 2) Act 2023"}),
    ("Pensions and Savings (No. 2) Bill\n\nSecond Reading", {"Pensions and Savings (No. 2) Bill"}),
]

# (text, spans that must not be a Law)
NOT_NAMED = [
    # a chapter cited as a source, without a section sign
    ("The agency relies on 50 U.S.C. 1701 et seq. for its powers.", {"50 U.S.C. 1701"}),
    # a range of sections cites many provisions
    ("The program is authorised by 19 U.S.C. §§ 2411-2420 of the code.", {"19 U.S.C. §§ 2411-2420"}),
    # a Federal Register page is no rule's citation
    ("The rule was published at 65 FR 82462 and took effect in 2001.", {"65 FR 82462"}),
    # a list of parts names no one rule
    ("The contract clauses are in 48 CFR Parts 1, 2, 4 and 52.", {"48 CFR Parts 1, 2, 4 and 52", "48 CFR Parts 1"}),
    # a date after the noun "Decision" is no act's number
    ("The Decision 12/05/2019 of the board was not published.", {"Decision 12/05", "Decision 12/05/2019"}),
    # a directive series' initials alone
    ("The HSPD series covers homeland security.", {"HSPD"}),
    # an undated code is not taken as a statute by this rule
    ("The Source Code of the app was published.", {"Source Code of the app", "Source Code"}),
    # a country's two initials before a section name no code
    ("The platforms invoke U.S. Section 230 protections.", {"U.S. Section 230"}),
    # a bracketed number that is no act's ("(27) 2019/2020" a season)
    ("The meeting of the EU (27) 2019/2020 season was held.", {"(27) 2019/2020", "2019/2020"}),
    # a bracketed number that is no title's: a table, a lower-case verb before it
    ("See Table (No. 2) for the Bill.", {"Table (No. 2)", "Table (No. 2) for the Bill"}),
    ("The Committee met (No. 2) Bill was not.", {"Committee met (No. 2) Bill", "(No. 2) Bill"}),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_code_and_journal_citations_are_laws(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert expected <= laws(extractor, text)


@pytest.mark.parametrize(("text", "absent"), NOT_NAMED)
def test_near_miss_citations_are_not_laws(extractor: Extractor, text: str, absent: set[str]) -> None:
    assert not (absent & laws(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Transfers were covered by Decision 2000/520/EC until 2015.",
        "The General Data Protection Regulation (GDPR) (EU) 2016/679 applies from May 2018.",
    ],
)
def test_eu_number_wins_over_the_legal_order(extractor: Extractor, text: str) -> None:
    """The "EC" or "(EU)" of an act's number names its legal order, no body."""
    ms = extractor.extract("t", "v", text).mentions
    assert not [m for m in ms if m.text in ("EC", "EU")]


# (text, Law mentions it must hold, Law mentions it must not hold): where a law's name ends
SPANS = [
    # a connective and a numbered provision of another instrument end the name
    (
        "The EDPS assessed the Umbrella Agreement with Articles 7, 8 and 47 of the Charter.",
        {"Umbrella Agreement"},
        {"Umbrella Agreement with Articles 7"},
    ),
    (
        "The processing must respect the Charter of Fundamental Rights of the European Union and Article 16 TFEU.",
        {"Charter of Fundamental Rights of the European Union"},
        {"Charter of Fundamental Rights of the European Union and Article 16 TFEU"},
    ),
    # near miss: a name joined by "of" keeps its words; two named acts joined by "and" stay two
    (
        "The Data Protection Act of the United Kingdom applies.",
        {"Data Protection Act of the United Kingdom"},
        set(),
    ),
    (
        "The Data Protection Act and the Freedom of Information Act apply to public bodies.",
        {"Data Protection Act", "Freedom of Information Act"},
        set(),
    ),
    # the year after "of" is the name's, a footnote's number after it is not
    (
        "The list is reviewed under the Omnibus Trade and Competitiveness Act of 1988.1 The list is long.",
        {"Omnibus Trade and Competitiveness Act of 1988"},
        {"Omnibus Trade and Competitiveness Act"},
    ),
    ("The Trade Act of 1974 was cited.", {"Trade Act of 1974"}, set()),
    # "Act of Congress" describes a statute; no law is named
    ("The law is a United States Act of Congress enacted in 1996.", set(), {"United States Act"}),
    ("It became an Act of Parliament in 1998.", set(), {"Act of Parliament", "Act"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), SPANS)
def test_law_name_ends(extractor: Extractor, text: str, present: set[str], absent: set[str]) -> None:
    found = laws(extractor, text)
    assert present <= found
    assert not (absent & found)


def test_generic_act_of_congress_leaves_the_state(extractor: Extractor) -> None:
    """The words before "Act of Congress" name the legislature's country."""
    ms = extractor.extract("t", "v", "The law is a United States Act of Congress enacted in 1996.").mentions
    assert ("United States", "State") in {(m.text, m.type) for m in ms}


def test_rule_title_under_an_older_rin_line(extractor: Extractor) -> None:
    """A Federal Register masthead in the older GPO style ("Rin:", a blank line) still titles its rule."""
    text = (
        "DEPARTMENT OF LABOR\n\n29 CFR Part 2590\n\nRin: 1210-AB12\n\n"
        "Standards for Privacy of Employee Benefit Records\n\nAGENCY: Employee Benefits Security Administration.\n"
    )
    assert "Standards for Privacy of Employee Benefit Records" in laws(extractor, text)


def test_masthead_field_after_rin_is_no_title(extractor: Extractor) -> None:
    """A masthead field ("AGENCY: ...") right after the identifier number is no rule's title."""
    for text in (
        "DEPARTMENT OF LABOR\n\nRin: 1210-AB12\n\nAGENCY: Employee Benefits Security Administration.\n",
        "DEPARTMENT OF LABOR\n\nRIN 1210-AB12\nAGENCY: Employee Benefits Security Administration.\n",  # newer style
        "DEPARTMENT OF LABOR\n\nRIN 1210-AB12\nACTION: Final rule.\n",
    ):
        assert not [t for t in laws(extractor, text) if t.startswith(("AGENCY", "ACTION"))], text


def test_code_citation_takes_part_in_a_stated_relation(extractor: Extractor) -> None:
    """A code section is a law like any other: what it governs is a fact when stated."""
    facts, _ = relations(extractor, "20 U.S.C. § 1232g governs the disclosure of student education records.")
    assert ("20 U.S.C. § 1232g", "regulates", "student education records") in facts


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("20 U.S.C. § 1232g does not govern health records.", ("20 U.S.C. § 1232g", "regulates", "health records")),
        ("Congress did not enact the Finance (No. 2) Act 2023.", ("Congress", "enacts", "Finance (No. 2) Act 2023")),
        (
            "Regulation 45/2001 may in future cover personal data held by the agencies.",
            ("Regulation 45/2001", "regulates", "personal data"),
        ),
    ],
)
def test_negated_or_hedged_relations_of_citations_are_no_facts(
    extractor: Extractor, text: str, key: tuple[str, str, str]
) -> None:
    facts, _ = relations(extractor, text)
    assert key not in facts


# (text, Law mentions it must hold, Law mentions it must not hold): a system named by the rules it runs on
SYSTEMS = [
    (
        "Firms complete the intake of the APEC Cross Border Privacy Rules System (CBPRs) first. The CBPRs are "
        "voluntary.",
        {"APEC Cross Border Privacy Rules System", "CBPRs"},
        {"APEC"},
    ),
    (
        "Under Fair Information Principles Program rules, firms must comply.",
        {"Fair Information Principles Program"},
        set(),
    ),
    # a headline's verb is no part of the name
    (
        "Commerce Announces Global Cross-Border Privacy Rules System\n\nThe department said so.",
        {"Global Cross-Border Privacy Rules System"},
        {"Commerce Announces Global Cross-Border Privacy Rules System"},
    ),
    # near miss: a lower-case noun after two words is no capitalised name
    ("The privacy rules system was launched.", set(), {"privacy rules system"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), SYSTEMS)
def test_systems_named_by_their_rules(extractor: Extractor, text: str, present: set[str], absent: set[str]) -> None:
    found = laws(extractor, text)
    assert present <= found
    assert not (absent & found)
