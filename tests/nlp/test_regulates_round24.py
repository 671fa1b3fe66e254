"""Regulates, round 24 (probe text of our own: news, law-firm pages, government releases, telegrams in capitals,
Wikipedia-style pages, bill titles).

A law amended, modified or revised with an infinitive of purpose is changed to do what that infinitive says ("Congress
amended the Privacy Act to restrict transfers of personal data"): the changed law regulates the data its purpose
rules on, protects or restricts, as a law made for that purpose does (`frames/amended_purpose.py`). The changed law
is the verb's object, or its subject in the passive; a law that does the changing is not it; a bill that would amend
a law only proposes the change; a time or reason phrase is no purpose, and a purpose that acts on no data regulates
none. Bare infinitives coordinated under the purpose's "to" share it, as does the purpose of the purpose; a finite
verb, or an infinitive with a "to" of its own, coordinated after it is another act.
"""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    ("text", "law", "data"),
    [
        # news
        ("Congress amended the Privacy Act to restrict transfers of personal data.", "Privacy Act", "personal data"),
        # government release, passive
        (
            "The Data Protection Act was amended in 2018 to protect biometric data, the ministry said.",
            "Data Protection Act",
            "biometric data",
        ),
        # bill title
        (
            "To amend the Children's Online Privacy Protection Act of 1998 to extend the provisions relating to "
            "collection, use, and disclosure of personal information of children.",
            "Children's Online Privacy Protection Act of 1998",
            "personal information",
        ),
        # telegram in capitals
        (
            "THE GOVERNMENT AMENDED THE TELECOMMUNICATIONS LAW TO REQUIRE OPERATORS TO STORE SUBSCRIBER DATA.",
            "TELECOMMUNICATIONS LAW",
            "SUBSCRIBER DATA",
        ),
        # bill header: verbs coordinated with the infinitive share its object
        (
            "A BILL\nTo amend the Video Privacy Protection Act to extend, enhance, and revise the provisions "
            "relating to the disclosure of viewing records.",
            "Video Privacy Protection Act",
            "viewing records",
        ),
        # government release: the purpose of the purpose
        (
            "The agency will modify the Breach Notification Rule to implement the statutory amendments to "
            "strengthen the protection of health information.",
            "Breach Notification Rule",
            "health information",
        ),
        # Wikipedia-style, passive with a date
        (
            "In 2014 the Personal Data Protection Act was revised to restrict transfers of personal data to other "
            "countries.",
            "Personal Data Protection Act",
            "personal data",
        ),
        # law-firm page: a law that amends another; the amended one is changed to do it
        (
            "The Digital Markets Act amends the ePrivacy Directive to cover traffic data.",
            "ePrivacy Directive",
            "traffic data",
        ),
    ],
)
def test_a_law_amended_to_act_on_data_regulates_them(extractor, text, law, data):
    assert (law, data) in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    ("text", "law", "data"),
    [
        # the law doing the changing is not the one changed
        (
            "The Digital Markets Act amends the ePrivacy Directive to cover traffic data.",
            "Digital Markets Act",
            "traffic data",
        ),
        # a time and a reason phrase are no purpose
        (
            "Congress amended the Privacy Act in 1988 after a long debate about personal data.",
            "Privacy Act",
            "personal data",
        ),
        # a finite verb the parse coordinates with the infinitive is the subject's own act (news)
        (
            "The draft bill amends the Video Privacy Protection Act to extend the provisions relating to viewing "
            "records and establishes new protections for personal information of teens.",
            "Video Privacy Protection Act",
            "personal information",
        ),
        # an infinitive with a "to" of its own is a second purpose, of the bill, not of the change (bill header)
        (
            "A BILL\nTo amend the Video Privacy Protection Act to extend, enhance, and revise the provisions "
            "relating to the disclosure of rental records and to establish certain other protections for personal "
            "information of minors.",
            "Video Privacy Protection Act",
            "personal information",
        ),
        # a purpose that acts on no data (Wikipedia-style)
        (
            "The ministry amended the Cybersecurity Law to expand its own powers, while health data stayed outside it.",
            "Cybersecurity Law",
            "health data",
        ),
    ],
)
def test_no_regulates_without_a_purpose_on_the_data(extractor, text, law, data):
    assert (law, data) not in any_pairs(extractor, text, "regulates")


def test_a_bill_that_would_amend_a_law_only_proposes_the_change(extractor):
    text = "The bill would amend the Privacy Act to restrict transfers of personal data."
    assert ("Privacy Act", "personal data") in any_pairs(extractor, text, "regulates")
    assert ("Privacy Act", "personal data") not in fact_pairs(extractor, text, "regulates")
