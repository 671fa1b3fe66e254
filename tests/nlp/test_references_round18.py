"""In-document reference, round 18 (probe texts of our own, in the layouts of several legislatures): an enacting
formula without a printer's note opens the act the document's first line names alone ("Electronic Communications
and Transactions Act, 2002 ... BE IT ENACTED by the Parliament of the Republic of South Africa, as follows:"),
unless the text calls itself a bill before the formula (a bill's formula says what would be enacted); a monarchy's
formula, whose "by" names the sovereign, is enacted by the legislature it says is assembled ("in this present
Parliament assembled"), while a formula whose "by" names bodies keeps them ("the Senate and House of Representatives
... in Congress assembled": not Congress)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.support.probes import fact_pairs

pytestmark = pytest.mark.slow

_NIGERIA = (
    "Nigeria Data Protection Act, 2023\n\nAN ACT to provide a legal framework for the protection of personal "
    "information, and for related matters.\n\nBE IT ENACTED by the National Assembly of the Federal Republic of "
    "Nigeria as follows:\n\nPART I - OBJECTIVES\n"
)
_SOUTH_AFRICA = (
    "Cybercrimes Act, 2020\nNo. 19 of 2020\n\n(English text signed by the President.)\n\nACT\n\nTo create offences "
    "which have a bearing on cybercrime; and to provide for matters connected therewith.\n\nBE IT ENACTED by the "
    "Parliament of the Republic of South Africa, as follows:—\n\nCHAPTER 1\n"
)
_UNITED_KINGDOM = (
    "Online Safety Act 2023\n\nAn Act to make provision for and in connection with the regulation by OFCOM of certain "
    "internet services; and for connected purposes. [26th October 2023]\n\nBe it enacted by the King's most "
    "Excellent Majesty, by and with the advice and consent of the Lords Spiritual and Temporal, and Commons, in this "
    "present Parliament assembled, and by the authority of the same, as follows:\n\nPart 1\n"
)
_UNITED_STATES = (
    "Secure Cloud Data Act of 2022\n\nAn Act to protect data held by cloud providers.\n\nBe it enacted by the Senate "
    "and House of Representatives of the United States of America in Congress assembled,\n\nSECTION 1. SHORT TITLE.\n"
)


@pytest.mark.parametrize(
    "text, pair",
    [
        (_NIGERIA, ("National Assembly of the Federal Republic of Nigeria", "Nigeria Data Protection Act, 2023")),
        (_SOUTH_AFRICA, ("Parliament of the Republic of South Africa", "Cybercrimes Act, 2020")),
        (_UNITED_KINGDOM, ("Parliament", "Online Safety Act 2023")),
    ],
)
def test_a_formula_enacts_the_act_its_heading_names(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert pair in fact_pairs(extractor, text, "enacts")


def test_the_bodies_by_names_enact_not_the_assembly(extractor: Extractor) -> None:
    pairs = fact_pairs(extractor, _UNITED_STATES, "enacts")
    assert ("Senate", "Secure Cloud Data Act of 2022") in pairs
    assert not {head for head, _ in pairs} & {"Congress", "United States of America"}


@pytest.mark.parametrize(
    "text",
    [
        # a Singapore bill as first read: the formula says what would be enacted
        "Personal Data Protection Bill\n\nBill No. 24/2012\n\nRead the first time on 10th September 2012.\n\nAn Act "
        "to govern the collection, use and disclosure of personal data by organisations.\n\nBe it enacted by the "
        "President with the advice and consent of the Parliament of Singapore, as follows:\n",
        # a US bill as introduced
        "Secure Cloud Data Act of 2022\n\nIN THE HOUSE OF REPRESENTATIVES\n\nMr. Smith introduced the following "
        "bill.\n\nA BILL\n\nTo protect data held by cloud providers.\n\nBe it enacted by the Senate and House of "
        "Representatives of the United States of America in Congress assembled,\n",
        # a bill read in a chamber's record
        "SECURE CLOUD DATA ACT OF 2022\nMr. SMITH. Madam Speaker, I move to pass the bill.\nThe text of the bill is as "
        "follows:\nBe it enacted by the Senate and House of Representatives of the United States of America in "
        "Congress assembled,\n",
        # a commentary: its first line is no title alone
        "Why the Cybercrimes Act, 2020 matters\n\nThe statute opens in the usual way.\n\nBE IT ENACTED by the "
        "Parliament of the Republic of South Africa, as follows:\n",
    ],
)
def test_no_act_from_a_bill_or_a_heading_with_other_words(extractor: Extractor, text: str) -> None:
    assert fact_pairs(extractor, text, "enacts") == set()


# The bill the next sentence names: "A introduced legislation that would (a bill to) ... The X Act would ..." -- the
# indefinite bill noun of an introduction, said with what it is to do, is the law the next sentence names as its
# subject, new to the text and said with "would"; and "A joined B and C to introduce ..." makes all three introduce it.


@pytest.mark.parametrize(
    "text, pairs",
    [
        (  # a senator's press release
            "Washington D.C. — U.S. Senator Marco Rubio (R-FL) joined Senators Tom Cotton (R-AR) and Mark Warner "
            "(D-VA) today to introduce legislation that would reinforce efforts to keep Huawei out of U.S. networks. "
            "The Defending America's 5G Future Act would codify the Executive Order.",
            {
                ("Marco Rubio", "Defending America's 5G Future Act"),
                ("Tom Cotton", "Defending America's 5G Future Act"),
                ("Mark Warner", "Defending America's 5G Future Act"),
            },
        ),
        (  # a news story
            "Senator Jane Smith introduced a bill on Monday to protect the health data of veterans. The Veterans Data "
            "Privacy Act would require providers to encrypt their records.",
            {("Jane Smith", "Veterans Data Privacy Act")},
        ),
        (  # another legislature's release
            "Senator Sarah Hanson-Young introduced legislation in the Senate today to keep health records onshore. The "
            "Health Records Sovereignty Bill 2023 would require providers to store records in Australia.",
            {("Sarah Hanson-Young", "Health Records Sovereignty Bill 2023")},
        ),
        (  # joined to introduce a named bill
            "Representative Ana Lopez (D-CA) joined Representatives Tom Baker (R-OH) and Lisa Chen (D-NY) on Tuesday "
            "to introduce the Secure Cloud Act.",
            {("Ana Lopez", "Secure Cloud Act"), ("Tom Baker", "Secure Cloud Act"), ("Lisa Chen", "Secure Cloud Act")},
        ),
    ],
)
def test_the_introduced_bill_is_the_one_named_next(
    extractor: Extractor, text: str, pairs: set[tuple[str, str]]
) -> None:
    assert fact_pairs(extractor, text, "supports") == pairs


@pytest.mark.parametrize(
    "text, pairs",
    [
        (  # a companion bill: "also introduced" in the Senate is another bill
            "Reps. Ana Lopez (D-CA) and Tom Baker (R-OH) today introduced legislation to protect Americans' data. The "
            "Secure Data Act of 2023 was also introduced in the Senate today by Sen. Lisa Chen.",
            {("Lisa Chen", "Secure Data Act of 2023")},
        ),
        (  # an older law the next sentence says still applies
            "Senator Jane Smith introduced a bill on Monday to protect the health data of veterans. The Privacy Act of "
            "1974 will still apply to federal agencies.",
            set(),
        ),
        (  # a law named before the introduction is no new bill
            "The Veterans Data Privacy Act was passed in 2019. Senator Jane Smith introduced a bill on Monday to "
            "change its rules. The Veterans Data Privacy Act would then cover contractors.",
            set(),
        ),
        (  # a bare introduction says nothing the next sentence goes on with (a telegram's paragraph)
            "3. (SBU) Senator Ana Lopez introduced legislation on Tuesday. The Secure Cloud Act would bar transfers of "
            "personal data to hostile states.",
            set(),
        ),
        (  # joining a committee is no joint introduction
            "Senator Ana Lopez joined the Senate Commerce Committee in 2019 and introduced the Secure Cloud Act.",
            {("Ana Lopez", "Secure Cloud Act")},
        ),
    ],
)
def test_no_bill_named_next_otherwise(extractor: Extractor, text: str, pairs: set[tuple[str, str]]) -> None:
    assert fact_pairs(extractor, text, "supports") == pairs
