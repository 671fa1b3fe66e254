"""Law names, round 19 (probe texts of our own: news, government releases, law-firm notes, Wikipedia leads,
telegrams): a law's title that states its purpose, its kind, "to" and a verb all in title case ("the Act to Improve
the Enforcement of Rights on Social Networks"), is one name; a long title's lower-case verb, a kind that ends a name
before it ("the FTC Act to protect", a headline's "Bipartisan Bill to Protect"), and a kind before a small word are
not. A kind of law that a participle of proposing follows ("a European Union regulation proposed by the
Commission") names a proposal: who is said to make it does not enact it as a fact. A rule named after the act it
implements, the act's abbreviation in parentheses between ("Children's Online Privacy Protection Act (COPPA) Rule"),
is one name; the act and its abbreviation alone stay two."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.support.probes import any_pairs, fact_pairs

pytestmark = pytest.mark.slow


def laws(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Law"}


# --- a title that states the law's purpose


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "On June 30, 2017, the German Bundestag adopted the Act to Improve the Enforcement of Rights on Social "
            "Networks, which aims to combat hate speech online.",
            "Act to Improve the Enforcement of Rights on Social Networks",
        ),
        (
            "The Regulation to Prevent and Combat Child Sexual Abuse would oblige providers to scan private messages.",
            "Regulation to Prevent and Combat Child Sexual Abuse",
        ),
        (
            "BRASILIA, Sept 17 (Reuters) - Lawmakers approved the Law to Protect Children in Digital Environments on "
            "Wednesday.",
            "Law to Protect Children in Digital Environments",
        ),
        (
            "3. (SBU) The Decree to Regulate Internet Gateways was signed by the Prime Minister on February 16.",
            "Decree to Regulate Internet Gateways",
        ),
        (
            "Client alert: the Ordinance to Protect Personal Information of Consumers enters into force on 1 July.",
            "Ordinance to Protect Personal Information of Consumers",
        ),
    ],
)
def test_a_title_stating_its_purpose_is_one_name(extractor, text, title):
    assert title in laws(extractor, text)


@pytest.mark.parametrize(
    "text, unwanted",
    [
        # a long title: the verb in lower case
        (
            "An Act to provide for the processing of digital personal data and for matters connected therewith.",
            "Act to provide",
        ),
        # the kind ends a name; "to" opens the sentence's purpose
        ("The FTC used its authority under the FTC Act to protect consumers.", "FTC Act to protect consumers"),
        (
            "Senators Introduce Bipartisan Bill to Protect Americans' Data from Foreign Adversaries",
            "Bill to Protect Americans' Data from Foreign Adversaries",
        ),
        (
            "LONDON (Reuters) - The Online Safety Act to Protect Children was hailed by ministers.",
            "Online Safety Act to Protect Children",
        ),
        # a kind alone before a small word, and a capitalised verb with nothing named after it
        ("Nothing in this Act to the contrary shall affect the powers of the Commissioner.", "Act to the"),
        ("The Commission used the Act to Force platforms to comply.", "Act to Force"),
    ],
)
def test_no_purpose_title_where_the_kind_ends_a_name_or_the_verb_is_lower_case(extractor, text, unwanted):
    assert unwanted not in laws(extractor, text)
    assert not any(t.startswith(("Act to", "Bill to")) for t in laws(extractor, text))


def test_the_online_safety_act_stays_the_name_before_a_headline_purpose(extractor):
    text = "LONDON (Reuters) - The Online Safety Act to Protect Children was hailed by ministers."
    assert "Online Safety Act" in laws(extractor, text)


# --- a kind of law proposed by someone is a proposal


@pytest.mark.parametrize(
    "text, maker, law",
    [
        (
            "The Regulation to Prevent and Combat Child Sexual Abuse, commonly known as Chat Control, is a European "
            "Union regulation proposed by the European Commission in May 2022.",
            "European Union",
            "Regulation to Prevent and Combat Child Sexual Abuse",
        ),
        (
            "The Online Safety Bill is a law proposed by the Government of the United Kingdom to regulate online "
            "content.",
            "United Kingdom",
            "Online Safety Bill",
        ),
    ],
)
def test_a_kind_proposed_by_a_body_is_no_enactment_as_a_fact(extractor, text, maker, law):
    assert (maker, law) in any_pairs(extractor, text, "enacts")
    assert (maker, law) not in fact_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "text, maker, law",
    [
        ("The Data Act is a European Union regulation adopted by the Council in November 2023.", "Council", "Data Act"),
        (
            "The General Data Protection Regulation is a European Union regulation on the processing of personal data.",
            "European Union",
            "General Data Protection Regulation",
        ),
    ],
)
def test_a_kind_adopted_or_named_by_its_maker_stays_an_enactment(extractor, text, maker, law):
    assert (maker, law) in fact_pairs(extractor, text, "enacts")


# --- a rule named after its act, the act's abbreviation between


@pytest.mark.parametrize(
    "text, rule",
    [
        (
            "The FTC amended the Children's Online Privacy Protection Act (COPPA) Rule in 2013 to cover persistent "
            "identifiers.",
            "Children's Online Privacy Protection Act (COPPA) Rule",
        ),
        (
            "HHS modified the Health Insurance Portability and Accountability Act (HIPAA) Privacy, Security, and "
            "Enforcement Rules to implement the HITECH Act.",
            "Health Insurance Portability and Accountability Act (HIPAA) Privacy, Security, and Enforcement Rules",
        ),
        (
            "Client alert: our note covers the Gramm-Leach-Bliley Act (GLBA) Safeguards Rule and its encryption "
            "requirements.",
            "Gramm-Leach-Bliley Act (GLBA) Safeguards Rule",
        ),
    ],
)
def test_a_rule_named_after_its_acts_abbreviation_is_one_name(extractor, text, rule):
    found = laws(extractor, text)
    assert rule in found
    assert not any(t != rule and t in rule for t in found)  # neither the act nor its abbreviation inside


@pytest.mark.parametrize(
    "text, act, abbreviation",
    [
        (
            "The Children's Online Privacy Protection Act (COPPA) requires operators to obtain parental consent.",
            "Children's Online Privacy Protection Act",
            "COPPA",
        ),
        (
            "Under the Telephone Consumer Protection Act (TCPA), Congress restricted robocalls.",
            "Telephone Consumer Protection Act",
            "TCPA",
        ),
        (
            "The General Data Protection Regulation (GDPR) Article 45 governs transfers on the basis of adequacy.",
            "General Data Protection Regulation",
            "GDPR",
        ),
    ],
)
def test_an_act_and_its_abbreviation_without_a_rule_noun_stay_two_names(extractor, text, act, abbreviation):
    assert {act, abbreviation} <= laws(extractor, text)
