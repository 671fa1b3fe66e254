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
