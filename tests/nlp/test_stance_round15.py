"""Round 15 of `supports` and `opposes`: what English says about the advocates and opponents of a law beyond one
clause.

(a) A text names a legislator in full with their title once and by the bare surname after that; the title still
holds, so the surname's introduction or cosponsorship of a bill is a legislator's, and the legislator supports the
bill. A minister named so stays a government's spokesperson, and a denied or hedged sponsorship is no fact.

(b) A release (or a news story) whose headline names a bill and whose opening says its sponsors introduced
legislation without naming it is about that bill; a sponsor's "our bill" or "my bill" in their own quoted words
further down is that bill, and the speaker supports it. Not "their bill", not "our bill" outside a quotation, not
where the quoted sentence names another law, and not without a headline bill."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs

# --- (a) a legislator's title holds for later mentions of the same person ---

LATER_SURNAME = [
    (
        "Senator Maria Holt spoke to reporters in Denver on Monday. "
        "Holt introduced the Data Broker Transparency Act last week.",
        ("Holt", "Data Broker Transparency Act"),
    ),
    (
        "WASHINGTON – Today, U.S. Representative Dan Ortiz (D-TX) joined parents at the Capitol. "
        '"Our children deserve privacy online," said Ortiz. "That is why I am proud to cosponsor the Kids Online '
        'Data Act."',
        ("Ortiz", "Kids Online Data Act"),
    ),
    (
        "Congressman Peter Walsh met the Ambassador on May 3. "
        "Walsh has cosponsored the Data Transfer Act, which would bar transfers to China.",
        ("Walsh", "Data Transfer Act"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), LATER_SURNAME)
def test_a_surname_keeps_the_legislators_title(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        # a minister introduces a government's bill: no advocate
        "Interior Minister Maria Holt spoke to reporters in Denver on Monday. "
        "Holt introduced the Data Broker Transparency Act last week.",
        # another person of the same surname is no legislator
        "Senator John Holt spoke to reporters on Monday. "
        "Economist Anna Holt introduced the Data Broker Transparency Act at a conference.",
        # no title anywhere
        "Maria Holt, a former teacher, spoke on Monday. Holt introduced the Data Broker Transparency Act.",
    ],
)
def test_no_legislator_no_sponsor(extractor, text):
    assert not any_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        "Senator Maria Holt spoke to reporters in Denver on Monday. Holt did not cosponsor the Data Broker "
        "Transparency Act.",
        "Senator Maria Holt spoke to reporters in Denver on Monday. Holt may introduce the Data Broker "
        "Transparency Act next year.",
    ],
)
def test_a_denied_or_hedged_sponsorship_is_no_fact(extractor, text):
    assert not fact_pairs(extractor, text, "supports")


# --- (b) a sponsor's "our bill" in a release about a headline's bill ---

_STUDENT_RELEASE = (
    "March 3, 2025\n\nLee and Ortiz Introduce Bipartisan Bill to Protect Student Records\n\n"
    "The Student Data Shield Act Bans the Sale of Student Records to Brokers\n\n"
    "Washington, D.C. – U.S. Senator Ann Lee, D-Ore., and Senator Dan Ortiz, R-Tex., introduced bipartisan "
    "legislation today to ban the sale of student records to data brokers.\n\n"
    "“Schools collect more about our kids than ever before, and brokers sell it to anyone who pays,” Lee said. "
    "“Our legislation puts students and parents first.”\n\n"
    "The Student Data Shield Act would bar data brokers from buying student records."
)
_KIDS_NEWS = (
    "Senators unveil Kids Tracking Act to curb online tracking of children\n\n"
    "WASHINGTON - Senator Ann Lee and Senator Dan Ortiz introduced a bill on Tuesday that would curb the tracking "
    "of children online.\n\n{quote}\n\n"
    "The Kids Tracking Act would require apps to obtain consent from parents."
)
_HEALTH_RELEASE = (
    "FOR IMMEDIATE RELEASE\n\nCongresswoman Ruiz Introduces Health Data Privacy Act\n\n"
    "WASHINGTON – Today, Congresswoman Maria Ruiz (D-NM) introduced legislation to protect the health data that "
    "apps and wearables collect.\n\n"
    "“Americans deserve to know who sees their health data,” said Ruiz. “My bill makes sure they decide.”\n\n"
    "The Health Data Privacy Act would require consent before health data is sold."
)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (_STUDENT_RELEASE, ("Lee", "Student Data Shield Act")),
        (
            _KIDS_NEWS.format(
                quote="“Parents are worried about what apps collect about their kids,” Ortiz told reporters at the "
                "Capitol. “Our bill gives them control back.”"
            ),
            ("Ortiz", "Kids Tracking Act"),
        ),
        (_HEALTH_RELEASE, ("Ruiz", "Health Data Privacy Act")),
    ],
)
def test_our_bill_is_the_headlines_bill(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        # someone else's bill
        _KIDS_NEWS.format(quote="“Parents are worried,” Ortiz told reporters. “Their bill does nothing for them.”"),
        # the writer's words, not the sponsor's
        _KIDS_NEWS.format(quote="Critics said our bill would not help anyone, according to a statement from Ortiz."),
        # the quoted sentence names another law
        _KIDS_NEWS.format(
            quote="“The Children's Online Privacy Protection Act is outdated, and our bill replaces it,” Ortiz told "
            "reporters."
        ),
    ],
)
def test_no_quoted_own_bill_no_surname_support(extractor, text):
    assert ("Ortiz", "Kids Tracking Act") not in any_pairs(extractor, text, "supports")


def test_no_headline_bill_no_own_bill(extractor):
    text = (
        "Senators Lee and Ortiz Speak on Student Privacy\n\n"
        "Washington, D.C. – U.S. Senator Ann Lee, D-Ore., and Senator Dan Ortiz, R-Tex., introduced bipartisan "
        "legislation today to ban the sale of student records to data brokers.\n\n"
        "“Our legislation puts students and parents first,” Lee said.\n\n"
        "The Student Data Shield Act would bar data brokers from buying student records."
    )
    assert not any_pairs(extractor, text, "supports")
