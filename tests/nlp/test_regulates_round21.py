"""Regulates, round 21 (probe text of our own: news, FTC and regulator releases, law-firm notes, cables in capitals).

A law is broken by doing what it rules on, so the act by which a party breaks a law names data the law governs:
"X violated the Rule by collecting personal information" says the Rule regulates personal information, whether the
breach is found, reported or only alleged. A breach by an act that handles no data ("by failing to post a privacy
policy"), a denied breach and a breach whose "by" phrase is something else give no such fact.

"Y is governed by A, B, C and D" names every item of the "by" list as a ruler of Y, also when the parse hangs the
second item, a bare noun phrase after the comma, on the verb; a lone phrase after the comma ("governed by the Act,
each year more strictly") or a clause of its own after it continues no list."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs


@pytest.mark.parametrize(
    ("text", "law", "data"),
    [
        (
            "The FTC alleges Musical.ly violated the Children's Online Privacy Protection Rule by collecting "
            "personal information from kids without parental consent.",
            "Children's Online Privacy Protection Rule",
            "personal information",
        ),
        (
            "The company violated COPPA by collecting personal information from children under 13.",
            "COPPA",
            "personal information",
        ),
        (
            "Regulators said the bank had breached the GDPR by transferring customer data to servers in the "
            "United States.",
            "GDPR",
            "customer data",
        ),
        (
            "The firm infringed the Data Protection Act 2018 by sharing health records with marketers.",
            "Data Protection Act 2018",
            "health records",
        ),
        (
            "Roskomnadzor found that LinkedIn violated Federal Law No. 242-FZ by failing to store personal data on "
            "servers within Russia.",
            "Federal Law No. 242-FZ",
            "personal data",
        ),
        (
            "THE MINISTRY SAID THE OPERATOR HAD CONTRAVENED THE TELECOMMUNICATIONS ACT BY SHARING SUBSCRIBER DATA "
            "WITH FOREIGN PARTNERS.",
            "TELECOMMUNICATIONS ACT",
            "SUBSCRIBER DATA",
        ),
    ],
)
def test_a_law_broken_by_handling_data_regulates_the_data(extractor, text, law, data):
    assert (law, data) in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "The company violated COPPA by failing to post a privacy policy, and it kept payment data for years.",
        "The company did not violate HIPAA by disclosing patient records to the police, the court held.",
        "The company violated the Sherman Act by acquiring rivals that held consumer data.",
        "The hospital violated HIPAA and was fined after a hacker stole patient records.",
        "Did the app violate the Privacy Act by collecting location data?",
    ],
)
def test_no_breach_by_handling_data_no_regulation(extractor, text):
    assert not fact_pairs(extractor, text, "regulates")


def test_each_coordinated_act_of_handling_names_data_of_the_law(extractor):
    text = "The app breached the GDPR by collecting location data and sharing health data with advertisers."
    assert {("GDPR", "location data"), ("GDPR", "health data")} <= fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    ("text", "laws", "data"),
    [
        (
            "The use of identifiable data is governed by the common law on confidentiality, UK data protection "
            "legislation, the National Health Service Act 2006 and the Health and Social Care Act 2012.",
            {"National Health Service Act 2006", "Health and Social Care Act 2012"},
            "identifiable data",
        ),
        (
            "Transfers of payment data are regulated by the RBI circular, sector guidelines and the Information "
            "Technology Act.",
            {"Information Technology Act"},
            "payment data",
        ),
        (
            "HEALTH RECORDS ARE GOVERNED BY PROVINCIAL STATUTES, FEDERAL GUIDELINES AND THE PERSONAL HEALTH "
            "INFORMATION PROTECTION ACT.",
            {"PERSONAL HEALTH INFORMATION PROTECTION ACT"},
            "HEALTH RECORDS",
        ),
        (
            "Personal data is protected by the Constitution, ordinary statutes and the Data Protection Act 2012.",
            {"Data Protection Act 2012"},
            "Personal data",
        ),
    ],
)
def test_every_law_listed_after_by_regulates_the_data(extractor, text, laws, data):
    assert {(law, data) for law in laws} <= fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "Health data is regulated by the ministry, the Data Protection Act applying only to private firms.",
        "Health data is regulated by the ministry, officials said, citing the Data Protection Act of 2012.",
    ],
)
def test_a_phrase_after_the_agent_that_lists_nothing_rules_nothing(extractor, text):
    assert not fact_pairs(extractor, text, "regulates")
