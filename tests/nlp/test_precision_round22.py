"""Precision, round 22 (probe text of our own: news, press releases, telegrams in capitals, agency filings).

- A coalition whose name says what its members make, sell or campaign for ("Coalition of Music Publishers", "Asia
  Internet Coalition", "Digital Rights Coalition") is a private association: "coalition" is then no cue of an
  intergovernmental body, and its chairman leads no government body (`rules/private_coalitions.py`,
  `lexicon.private_member_words`). A coalition of states keeps its type ("Global Coalition to Counter ISIL").
- A password in the "by"/"with" phrase of a participle of keeping safe ("files protected by encryption or
  passwords", "devices locked with passcodes") is the means that guards the data, not data the text handles
  (`text_rules/safeguard_means.py`, `credential_nouns`, `safeguard_participles`); stolen or stored passwords stay
  data.
- A rulemaking ("a notice of proposed rulemaking under COPPA") makes a rule the text does not name: "the rule" after
  it is that rule, not the law it is made under (`relations/descriptions._rulemaking`, `rulemaking_nouns`); with no
  rulemaking between, "the rule" still takes up the law named before.
"""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs, of_type


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # news
        (
            "The Asia Internet Coalition, which represents Google and Meta, criticised the draft rules.",
            "Asia Internet Coalition",
        ),
        # telegram in capitals
        (
            "THE DIGITAL RIGHTS COALITION CALLED THE DECREE A THREAT TO PRIVACY, EMBOFF WAS TOLD.",
            "DIGITAL RIGHTS COALITION",
        ),
        # agency filing
        (
            "The Coalition for Content Providers filed comments with the FCC on Monday.",
            "Coalition for Content Providers",
        ),
    ],
)
def test_a_coalition_named_after_its_members_trade_is_no_igo(extractor, text, name):
    assert name not in of_type(extractor, text, "IGO")
    assert name not in of_type(extractor, text, "Agency")


def test_the_chairman_of_a_private_coalition_leads_no_body(extractor):
    # press release
    text = "Jane Doe, Chairman of the Coalition of Music Publishers, said the bill went too far."
    assert "Coalition of Music Publishers" not in of_type(extractor, text, "IGO")
    assert not fact_pairs(extractor, text, "leads")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Global Coalition to Counter ISIL met in Rome.", "Global Coalition to Counter ISIL"),
        ("Iraq joined the Global Coalition to Counter ISIL in 2014.", "Global Coalition to Counter ISIL"),
    ],
)
def test_a_coalition_of_states_stays_an_igo(extractor, text, name):
    assert name in of_type(extractor, text, "IGO")


def test_a_state_joining_a_coalition_of_states_is_a_member(extractor):
    text = "Iraq joined the Global Coalition to Counter ISIL in 2014."
    assert ("Iraq", "Global Coalition to Counter ISIL") in fact_pairs(extractor, text, "memberOf")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # government release
        ("Files protected by encryption or passwords may be accessed under the Investigatory Powers Act.", "passwords"),
        # telegram in capitals
        ("UNDER THE DECREE, POLICE MAY DEMAND ACCESS TO DEVICES PROTECTED BY PASSWORDS.", "PASSWORDS"),
        # law-firm note
        (
            "Our client note explains that records encrypted with strong passwords fall outside the breach rule.",
            "passwords",
        ),
        # news
        ("The Act applies to data secured by passwords or biometric data.", "passwords"),
    ],
)
def test_a_password_that_guards_data_is_no_data_type(extractor, text, word):
    assert word not in of_type(extractor, text, "DataType")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hackers stole passwords and credit card numbers from the retailer.", "passwords"),
        ("The law requires providers to store passwords in encrypted form.", "passwords"),
        ("The Act regulates passwords protected by encryption.", "passwords"),
        ("The Act applies to data secured by passwords or biometric data.", "biometric data"),
    ],
)
def test_handled_passwords_and_other_data_stay_data_types(extractor, text, word):
    assert word in of_type(extractor, text, "DataType")


def test_a_law_protecting_passwords_regulates_them(extractor):
    text = "The GDPR requires companies to protect passwords and health data."
    assert ("GDPR", "passwords") in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # agency release
        (
            "The FCC opened a rulemaking under the Communications Act of 1934. The rule requires carriers to protect "
            "customer proprietary network information.",
            "regulates",
        ),
        # telegram in capitals
        (
            "THE MINISTRY PUBLISHED A NOTICE OF PROPOSED RULEMAKING UNDER THE PERSONAL DATA PROTECTION ACT. THE RULE "
            "REQUIRES LOCAL STORAGE OF HEALTH DATA.",
            "requiresLocalization",
        ),
        # news
        (
            "The FTC issued a notice of proposed rulemaking under COPPA. The rule restricts the collection of "
            "children's location data.",
            "regulates",
        ),
    ],
)
def test_the_rule_after_a_rulemaking_is_not_the_law_it_is_made_under(extractor, text, relation):
    assert not fact_pairs(extractor, text, relation)


def test_the_rule_with_no_rulemaking_between_takes_up_the_law(extractor):
    text = "Congress passed HIPAA in 1996. The rule protects health information."
    assert ("HIPAA", "health information") in fact_pairs(extractor, text, "regulates")
