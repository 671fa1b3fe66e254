"""Law spans, round 16 (probe texts of our own): a Federal Register rule's title run into the masthead line after
its identifier number, or on the document's first line above a masthead that says the document is a rule; and where
no title is (a sentence on the first line, no rule masthead, a period before the "AGENCY:" field)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from pipelines.nlp.text_rules.register_titles import find_register_titles, title_case_end

pytestmark = pytest.mark.slow


def laws(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Law"}


def titles(text: str) -> set[str]:
    return {text[c.start : c.end] for c in find_register_titles(text)}


RUN_IN = [
    (
        "DEPARTMENT OF LABOR 29 CFR Part 2590 RIN 1210–AB12 Standards for Privacy of Employee Benefit Records in "
        "Group Health Plans AGENCY: Employee Benefits Security Administration. ACTION: Final rule.",
        "Standards for Privacy of Employee Benefit Records in Group Health Plans",
    ),
    (
        "DEPARTMENT OF THE TREASURY 31 CFR Part 850 RIN: 1505-AC82 Provisions Pertaining to U.S. Investments in "
        "Countries of Concern or Covered Persons AGENCY: Department of the Treasury. ACTION: Final rule.",
        "Provisions Pertaining to U.S. Investments in Countries of Concern or Covered Persons",
    ),
    # a printer's slug between the title and the field ends the title
    (
        "DEPARTMENT OF EDUCATION 34 CFR Part 99 RIN 1880–AA86 Family Educational Rights and Privacy jdoe on "
        "PRODPC61 with RULES AGENCY: Office of Planning. ACTION: Final regulations.",
        "Family Educational Rights and Privacy",
    ),
    # a second title after a semicolon belongs to the rule's title
    (
        "RIN 0938-AB12 Modifications to the Medicare Privacy Rules; Other Modifications to the Privacy Rules "
        "AGENCY: Centers for Medicare. ACTION: Final rule.",
        "Modifications to the Medicare Privacy Rules; Other Modifications to the Privacy Rules",
    ),
]


@pytest.mark.parametrize(("text", "title"), RUN_IN)
def test_run_in_rule_title(extractor: Extractor, text: str, title: str) -> None:
    assert title in titles(text)
    assert title in laws(extractor, text)


FIRST_LINE = [
    (
        "Consumer Data Portability Standards\n\nAGENCY:\n\nConsumer Financial Protection Bureau.\n\nACTION:\n\n"
        "Final rule.\n\nSUMMARY: The Bureau issues a rule on consumer financial data.",
        "Consumer Data Portability Standards",
    ),
    (
        "03-18811. Privacy of Student Loan Records\n\nAGENCY:\n\nDepartment of Education.\n\nACTION:\n\nProposed rule.",
        "Privacy of Student Loan Records",
    ),
    (
        "Protecting Bulk Location Data of Americans, 2210-2290 [2025-01234]\n\nDownload as PDF\n\nAGENCY: Department "
        "of Commerce. ACTION: Interim final rule.",
        "Protecting Bulk Location Data of Americans",
    ),
]


@pytest.mark.parametrize(("text", "title"), FIRST_LINE)
def test_first_line_rule_title(extractor: Extractor, text: str, title: str) -> None:
    assert titles(text) == {title}
    assert title in laws(extractor, text)


NO_TITLE = [
    # a sentence on the first line is no title
    "The committee met on Tuesday to discuss data flows\n\nAGENCY:\n\nConsumer Financial Protection Bureau.\n\n"
    "ACTION:\n\nFinal rule.",
    # no rule masthead: a headline above a news story
    "Consumer Data Portability Standards\n\nThe Bureau held a hearing on consumer financial data on Monday.",
    # a masthead that is no rule's
    "Privacy of Student Loan Records\n\nAGENCY:\n\nDepartment of Education.\n\nACTION:\n\nNotice of meeting.",
    # the department's line in capitals
    "DEPARTMENT OF EDUCATION\n\nAGENCY: Department of Education.\n\nACTION: Final rule.",
    # a sentence after the identifier number, ending before the field
    "The agency said RIN 1210-AB12 was withdrawn and the rule would be reissued. AGENCY: none.",
    # the field after "ACTION: Final rule." is no end of a title
    "RIN 1124–AA01 Preventing Access to Bulk Data Justice Division. ACTION: Final rule. AGENCY: The Department.",
]


@pytest.mark.parametrize("text", NO_TITLE)
def test_no_rule_title(text: str) -> None:
    assert titles(text) == set()


def test_title_case_ends_at_a_lower_case_content_word() -> None:
    text = "Standards for Privacy of Records or Files erowe on PRODPC74"
    assert text[: title_case_end(text, 0, len(text))] == "Standards for Privacy of Records or Files"


# Two titles dated by their year and joined by a bare "and" are two laws (a government report, a news story, a
# cable in capitals); one title that joins modifiers with "and" before its head stays one.
DATED_PAIRS = [
    (
        "The agency must comply with the Privacy Act of 1974 and E-Government Act of 2002, the inspector said.",
        {"Privacy Act of 1974", "E-Government Act of 2002"},
    ),
    (
        "Senators said the Clarifying Lawful Overseas Use of Data Act of 2018 and Foreign Intelligence Surveillance "
        "Act of 1978 give agencies access to stored emails.",
        {"Clarifying Lawful Overseas Use of Data Act of 2018", "Foreign Intelligence Surveillance Act of 1978"},
    ),
    (
        "UNDER THE TELECOMMUNICATIONS ACT OF 1996 AND CABLE ACT OF 1992 THE FCC REGULATES SUBSCRIBER DATA.",
        {"TELECOMMUNICATIONS ACT OF 1996", "CABLE ACT OF 1992"},
    ),
]


@pytest.mark.parametrize(("text", "names"), DATED_PAIRS)
def test_two_dated_titles_joined_by_and(extractor: Extractor, text: str, names: set[str]) -> None:
    assert names <= laws(extractor, text)


ONE_DATED_TITLE = [
    (
        "The Personal Information Protection and Electronic Documents Act of 2000 governs personal information.",
        "Personal Information Protection and Electronic Documents Act of 2000",
    ),
    ("The company was fined under the Data Protection Act of 2018 and paid the penalty in March.", None),
]


@pytest.mark.parametrize(("text", "name"), ONE_DATED_TITLE)
def test_one_dated_title_stays_whole(extractor: Extractor, text: str, name: str | None) -> None:
    found = laws(extractor, text)
    if name:
        assert name in found
    assert not [t for t in found if " and " in t.lower() and t != name]


# A figure word ("5G", "21st") is a word of a title; a possessive name before it belongs to the title too, a
# sponsor's possessive after a person's title does not; a bare number before a name is no title word.
FIGURE_TITLES = [
    (
        "Senators introduced the Defending America's 5G Future Act to keep Huawei out of US networks.",
        "Defending America's 5G Future Act",
    ),
    ("The 21st Century Cures Act gives patients access to their health information.", "21st Century Cures Act"),
    ("The government said its 5G Rollout Regulation governs spectrum data.", "5G Rollout Regulation"),
    ("Senator Warner's 5G Security Act would protect network data.", "5G Security Act"),
    ("EMBASSY NOTES THE 5G SECURITY ACT WAS PASSED BY THE SEJM IN MAY.", "5G SECURITY ACT"),
    ("The ministry cited 3 Data Acts adopted in 2020.", None),
]


@pytest.mark.parametrize(("text", "name"), FIGURE_TITLES)
def test_figure_word_in_a_title(extractor: Extractor, text: str, name: str | None) -> None:
    found = laws(extractor, text)
    if name:
        assert name in found
    assert not [t for t in found if t.startswith(("3 ", "Senator", "Warner", "G ", "Century", "NOTES"))]


# A law's initials used undefined stand for the law the document named in full (a news story, a government release,
# a web page); letters that modify another capitalised word or a number are a word of another name.
INITIALS = [
    (
        "Lawmakers passed the Online Safety and Harms Reduction Act last year. Platforms say OSHRA forces them to "
        "hand over user data.",
        "OSHRA",
    ),
    (
        "The department published guidance on the Critical Infrastructure Data Security Act. Under CIDSA, operators "
        "must report breaches of customer data.",
        "CIDSA",
    ),
    (
        "Regulation of Investigatory Powers Act\n\nRIPA is the law governing the use of covert techniques by public "
        "authorities.",
        "RIPA",
    ),
]


@pytest.mark.parametrize(("text", "letters"), INITIALS)
def test_undefined_initials_of_a_law(extractor: Extractor, text: str, letters: str) -> None:
    assert letters in laws(extractor, text)


NOT_INITIALS = [
    "The Online Safety and Harms Reduction Act took effect. The OSHRA Guidance explains the duties of platforms.",
    "The Online Safety and Harms Reduction Act took effect. OSHRA 2024 replaced the older code.",
]


@pytest.mark.parametrize("text", NOT_INITIALS)
def test_initials_before_a_name_are_no_law(extractor: Extractor, text: str) -> None:
    assert "OSHRA" not in laws(extractor, text)


def test_no_initials_of_a_plural_head() -> None:
    from pipelines.nlp.lexicon import load_lexicon
    from pipelines.nlp.text_rules.law_initials import law_initialisms

    lex = load_lexicon()
    assert law_initialisms("Regulation of Investigatory Powers Act", lex) == {"RIPA"}
    assert law_initialisms("Protection from Online Falsehoods and Manipulation Act 2019", lex) == {"POFMA"}
    assert law_initialisms("Code of Federal Regulations", lex) == set()
    assert law_initialisms("Data Act", lex) == set()
