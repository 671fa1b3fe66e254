"""Round 9 (helper h-e): treaty parties named by apposition, a list after "namely" and an elliptical "a Party";
founders of a treaty; a completed accession (and not talks, bids or plans of one); an office said with the title as
the copula's subject and a possessive pronoun for the body; the agent of a "by"-gerund of means. Probe sentences of
our own; each rule with negatives (negation, hedging, a near miss)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow

DEPA = "Digital Economy Partnership Agreement"

# (text, (head, type, tail)) stated as facts
FACTS = [
    # a completed accession: the acceding state adopts the treaty, joins the body
    (
        f"Joint Press Release on the successful accession of the Republic of Korea to the {DEPA}",
        ("Republic of Korea", "enacts", DEPA),
    ),
    ("China's accession to the WTO in 2001 changed world trade.", ("China", "memberOf", "WTO")),
    # founders of a treaty, apposed to the list of states
    (
        f"Chile, New Zealand and Singapore, the founders of the {DEPA}, welcomed the news.",
        ("New Zealand", "enacts", DEPA),
    ),
    (
        f"Chile, New Zealand and Singapore, the founders of the {DEPA}, welcomed the news.",
        ("Singapore", "enacts", DEPA),
    ),
    # a party noun apposed to a state
    ("Japan, a party to Convention 108, hosted the meeting.", ("Japan", "enacts", "Convention 108")),
    # "has N Parties, namely A, B and C" and an elliptical "a Party" coordinated with the treaty's clause
    (
        "Convention 108 is open to all countries and currently has 51 States Parties, namely the 47 member States "
        "plus Uruguay, Mauritius, Senegal and Tunisia.",
        ("Mauritius", "enacts", "Convention 108"),
    ),
    (
        "Convention 108 is open to all countries and currently has 51 States Parties, namely the 47 member States "
        "plus Uruguay, Mauritius, Senegal and Tunisia.",
        ("Tunisia", "enacts", "Convention 108"),
    ),
    (
        "Convention 108 is open to all countries and currently has many Parties (by order of accession, Tunisia "
        "becoming a Party on 1 November 2017).",
        ("Tunisia", "enacts", "Convention 108"),
    ),
    # the title as the copula's subject, its possessive pronoun standing for the body
    (
        "The Federal Trade Commission enforces the law. Its chair is Lina Khan.",
        ("Lina Khan", "leads", "Federal Trade Commission"),
    ),
    ("The director of the Federal Trade Commission is Lina Khan.", ("Lina Khan", "leads", "Federal Trade Commission")),
    # the subject of a verb is the agent of its "by"-gerund of means
    (
        "In 1997, the Connecticut General Assembly responded by passing the Data Privacy Act.",
        ("Connecticut General Assembly", "enacts", "Data Privacy Act"),
    ),
]

FACTS += [
    # the parse hangs the noun's "to" phrase on the verb of welcoming, and an apposition as a second subject
    (
        "The ministers met to welcome the accession of the Republic of Korea to the DEPA.",
        ("Republic of Korea", "enacts", "DEPA"),
    ),
    (
        f"Chile, New Zealand and Singapore, the founders of the {DEPA} are delighted to welcome new members.",
        ("Chile", "enacts", DEPA),
    ),
]

FACTS += [
    (
        "Convention 108 entered into force in 1985, and Tunisia became a Party in 2017.",
        ("Tunisia", "enacts", "Convention 108"),
    ),
    # a participle line under a heading that is one name says what was done to what it names
    (
        "Data Protection Act 2019\n\nAdopted by the Parliament of Kenya on 8 July 2019\nApproved by the Senate on "
        "14 July 2019\n",
        ("Parliament of Kenya", "enacts", "Data Protection Act 2019"),
    ),
    (
        "Data Protection Act 2019\n\nAdopted by the Parliament of Kenya on 8 July 2019\nApproved by the Senate on "
        "14 July 2019\n",
        ("Senate", "enacts", "Data Protection Act 2019"),
    ),
]

FACTS += [
    # a body noun predicated of an agency (or of a pronoun standing for it) with "for" a state
    (
        "The Office of the Data Protection Commissioner is the national data protection authority for Kenya.",
        ("Office of the Data Protection Commissioner", "partOf", "Kenya"),
    ),
    ("The CNIL was created in 1978. It is France's data protection authority.", ("CNIL", "partOf", "France")),
    ("The CNIL was created in 1978. It is the data protection authority for France.", ("CNIL", "partOf", "France")),
]

FACTS += [
    # a verb of acting in a role with "as", its subject a noun said of the name
    (
        "The Office of the Data Protection Commissioner is an independent government agency acting as the national "
        "data protection authority for Kenya.",
        ("Office of the Data Protection Commissioner", "partOf", "Kenya"),
    ),
    (
        "The Office of the Data Protection Commissioner serves as the regulator for Kenya.",
        ("Office of the Data Protection Commissioner", "partOf", "Kenya"),
    ),
]

FACTS += [
    # a body through which a state acts, in a parenthesis of means
    (
        "The Government of Vietnam, through the State Bank of Vietnam (SBV), tightly manages the value of its "
        "currency.",
        ("State Bank of Vietnam", "partOf", "Vietnam"),
    ),
    (
        "The United States, through the Department of Commerce, urged India to drop the rule.",
        ("Department of Commerce", "partOf", "United States"),
    ),
]

FACTS += [
    # a verb of admitting with an "as"-phrase: the object joins the member noun's owner
    (
        f"Chile, New Zealand and Singapore, the founders of the {DEPA} (DEPA) are delighted to welcome the Republic "
        "of Korea (ROK) as the DEPA's first new member.",
        ("Republic of Korea", "enacts", "DEPA"),
    ),
    (
        "The Council accepted Croatia as a member of the European Union in 2013.",
        ("Croatia", "memberOf", "European Union"),
    ),
]

# (text, (head, type, tail)) that must not be a fact
NOT_FACTS = [
    ("The Council would welcome Croatia as a member of the European Union.", ("Croatia", "memberOf", "European Union")),
    ("The Council rejected Turkey as a member of the European Union.", ("Turkey", "memberOf", "European Union")),
    (
        "The ministers did not welcome Turkey as a member of the European Union.",
        ("Turkey", "memberOf", "European Union"),
    ),
    ("They welcomed Japan as a guest of the European Union.", ("Japan", "memberOf", "European Union")),
    # a route, not a parenthesis of means
    (
        "Kenya sent the data through the Department of Commerce to the United States.",
        ("Department of Commerce", "partOf", "Kenya"),
    ),
    (
        "The Office of the Data Protection Commissioner would serve as the regulator for Kenya.",
        ("Office of the Data Protection Commissioner", "partOf", "Kenya"),
    ),
    (
        "The Office of the Data Protection Commissioner is not the data protection authority for Kenya.",
        ("Office of the Data Protection Commissioner", "partOf", "Kenya"),
    ),
    (
        "The CNIL was created in 1978. It could become the data protection authority for Belgium.",
        ("CNIL", "partOf", "Belgium"),
    ),
    (
        "Convention 108 entered into force in 1985, but Morocco is not yet a Party.",
        ("Morocco", "enacts", "Convention 108"),
    ),
    # the line before is a sentence, not a heading; a negated participle line
    (
        "The Data Protection Act 2019 was debated.\nAdopted by the Parliament of Kenya on 8 July 2019\n",
        ("Parliament of Kenya", "enacts", "Data Protection Act 2019"),
    ),
    (
        "Data Protection Act 2019\n\nNot adopted by the Parliament of Kenya\n",
        ("Parliament of Kenya", "enacts", "Data Protection Act 2019"),
    ),
    ("Japan and Chile, the founders of the CPTPP, are not parties to the DEPA.", ("Japan", "enacts", "DEPA")),
    # a collective of members is not the body they are members of
    (
        "All the member states of the European Union are also signatories of the European Convention on Human Rights.",
        ("European Union", "enacts", "European Convention on Human Rights"),
    ),
    ("Japan is not a party to Convention 108.", ("Japan", "enacts", "Convention 108")),
    ("The United Kingdom's accession to the CPTPP is expected next year.", ("United Kingdom", "enacts", "CPTPP")),
    ("The Republic of Korea seeks accession to the DEPA.", ("Republic of Korea", "enacts", "DEPA")),
    ("The Republic of Korea submitted a request for accession to the DEPA.", ("Republic of Korea", "enacts", "DEPA")),
    (
        "The planned accession of the Republic of Korea to the DEPA was discussed.",
        ("Republic of Korea", "enacts", "DEPA"),
    ),
    ("Accession talks of China to the WTO began in 1986.", ("China", "memberOf", "WTO")),
    ("Congress did not respond by passing the Privacy Act.", ("Congress", "enacts", "Privacy Act")),
    ("Congress could respond by passing the Privacy Act.", ("Congress", "enacts", "Privacy Act")),
    (
        "The Federal Trade Commission enforces the law. Its former chair is Jon Leibowitz.",
        ("Jon Leibowitz", "leads", "Federal Trade Commission"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FACTS)
def test_fact(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> None:
    facts, _ = relations(extractor, text)
    assert triple in facts


@pytest.mark.parametrize(("text", "triple"), NOT_FACTS)
def test_not_fact(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> None:
    facts, _ = relations(extractor, text)
    assert triple not in facts


def test_passive_means_is_not_its_subjects_act(extractor: Extractor) -> None:
    """ "X was amended by adding Y": on a passive verb the subject is acted upon, not the agent of the gerund."""
    facts, _ = relations(extractor, "The Privacy Act was amended by Congress by adding the Data Privacy Act.")
    assert ("Privacy Act", "enacts", "Data Privacy Act") not in facts


def test_accession_without_treaty_is_nothing(extractor: Extractor) -> None:
    """ "The ROK's successful accession is a milestone": no treaty named with the noun, no relation from it."""
    facts, _ = relations(extractor, "The Republic of Korea's successful accession is an important milestone.")
    assert not {f for f in facts if f[1] in ("enacts", "memberOf")}
