"""Relations of round 12 (recall on unseen text), each a statement about English or the form of a citation: "No"
before a numeral in a citation is the abbreviation of "number", not a negation ("Decision No 768/2008/EC of the
European Parliament and of the Council"); an official citation names the law's issuers and date before what the law
is on, so the topic phrase after them is still the law's topic ("Regulation (EU) 2016/679 of the European Parliament
and of the Council of 27 April 2016 on the protection of ... personal data", "Organic Law 3/2018 of December
regarding the protection of personal data"); a passive verb of enactment whose by-phrase the parse hangs on the noun
of the occasion names who made the law ("signed in a virtual ceremony by A, B and C"). Negated statements stay
negated, and nothing else is read as an issuer, a date or an agent."""

from __future__ import annotations

import pytest

from tests.nlp.test_relations import stated_pairs

# --- "No" before a numeral is "number" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "law"),
    [
        # a news report
        (
            "Brussels -- Member states must apply Decision No 768/2008/EC of the European Parliament and of the "
            "Council from next year, officials said.",
            "Decision No 768/2008/EC",
        ),
        # a government release
        (
            "The guidance recalls Directive No 2002/58/EC of the European Parliament and of the Council on privacy "
            "in electronic communications.",
            "Directive No 2002/58/EC",
        ),
    ],
)
def test_no_before_a_numeral_is_not_a_negation(extractor, text, law):
    pairs = stated_pairs(extractor, text, "enacts")
    assert ("European Parliament", law) in pairs
    assert ("Council", law) in pairs


@pytest.mark.parametrize(
    "text",
    [
        "No decision of the European Parliament and of the Council regulates this matter.",
        "The European Parliament did not adopt Decision No 768/2008/EC of the Council.",
    ],
)
def test_a_negation_stays_a_negation(extractor, text):
    assert not stated_pairs(extractor, text, "enacts")


# --- a citation's issuers and date come before its topic ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Having regard to Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April "
            "2016 on the protection of natural persons with regard to the processing of personal data.",
            ("Regulation (EU) 2016/679", "personal data"),
        ),
        # a government's explanatory note
        (
            "These Regulations implement Directive 2006/24/EC of the European Parliament and of the Council of 15 "
            "March 2006 on the retention of communications data.",
            ("Directive 2006/24/EC", "communications data"),
        ),
        # an encyclopaedia's description of an agency
        (
            "This agency ensures compliance with the Organic Law 3/2018 of December regarding the protection of "
            "personal data and digital rights.",
            ("Organic Law 3/2018", "personal data"),
        ),
        # a news report
        (
            "Lawyers said the court applied Directive 2016/680 of the European Parliament of 27 April 2016 on the "
            "processing of biometric data by the police.",
            ("Directive 2016/680", "biometric data"),
        ),
    ],
)
def test_the_topic_after_a_citations_issuers_and_date(extractor, text, pair):
    assert pair in stated_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    ("text", "law"),
    [
        # an "of" phrase that names neither an issuer nor a date: what follows is not said of the law
        (
            "Critics compared Directive 2016/680 of the type adopted last year on the processing of biometric data.",
            "Directive 2016/680",
        ),
        # a topic that is no data
        (
            "Having regard to Regulation (EU) 2019/881 of the European Parliament of 17 April 2019 on the "
            "certification of network equipment.",
            "Regulation (EU) 2019/881",
        ),
    ],
)
def test_no_topic_through_other_of_phrases(extractor, text, law):
    assert not {p for p in stated_pairs(extractor, text, "regulates") if p[0] == law}


# --- the by-phrase on the occasion of a passive act of enactment -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "makers", "law"),
    [
        # a government release
        (
            "The Digital Economy Agreement was signed in an online signing ceremony by New Zealand, Chile and "
            "Singapore on Friday.",
            ("New Zealand", "Chile", "Singapore"),
            "Digital Economy Agreement",
        ),
        # a news report
        (
            "The Digital Trade Agreement was signed at a ceremony in Tokyo by Japan and the United States last "
            "October.",
            ("Japan", "United States"),
            "Digital Trade Agreement",
        ),
        # a cable
        (
            "2. (SBU) The Data Accord was adopted at a summit in Lima by Peru and Chile, officials told Poloff.",
            ("Peru", "Chile"),
            "Data Accord",
        ),
    ],
)
def test_the_by_phrase_on_the_occasion_names_the_makers(extractor, text, makers, law):
    pairs = stated_pairs(extractor, text, "enacts")
    assert {(m, law) for m in makers} <= pairs


@pytest.mark.parametrize(
    "text",
    [
        "The Data Accord was not signed at the summit by Peru and Chile.",
        # a participle of its own takes the by-phrase
        "The Data Accord was signed in a ceremony attended by Peru and Chile.",
        "The Data Accord was signed in a ceremony hosted by Peru.",
    ],
)
def test_no_maker_from_a_negated_act_or_another_participle(extractor, text):
    assert not {p for p in stated_pairs(extractor, text, "enacts") if p[0] in ("Peru", "Chile")}


# --- a title of a body's unit in the possessive ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "unit", "owner"),
    [
        # a news report
        (
            'WASHINGTON -- "The rule is overdue," said Maria Lopez, Director of the Commerce Department\'s Bureau of '
            "Industry and Security, on Tuesday.",
            "Maria Lopez",
            "Bureau of Industry and Security",
            "Commerce Department",
        ),
        # a government release
        (
            "“We will hold companies accountable,” said Andrew Smith, Director of the FTC’s Bureau of Consumer "
            "Protection.",
            "Andrew Smith",
            "Bureau of Consumer Protection",
            "FTC",
        ),
        # a cable
        (
            "3. (C) Econoff met Paul Stein, Director of the Interior Ministry's Office of Data Protection, on May 5.",
            "Paul Stein",
            "Office of Data Protection",
            "Interior Ministry",
        ),
    ],
)
def test_the_title_of_a_possessed_unit_leads_the_unit_not_its_owner(extractor, text, person, unit, owner):
    pairs = stated_pairs(extractor, text, "leads")
    assert (person, unit) in pairs
    assert (person, owner) not in pairs


def test_the_title_of_an_unnamed_unit_leads_nothing(extractor):
    text = "Paul Stein, Director of the Interior Ministry's consumer unit, declined to comment."
    assert not stated_pairs(extractor, text, "leads")


# --- a state's partners in a body -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a news report
        (
            "PARIS -- France and its partners in the European Union agreed on Monday to tighten rules on data "
            "transfers.",
            ("France", "European Union"),
        ),
        # a government release
        (
            "The ministry said that Japan and its partners in the OECD will review the guidelines next year.",
            ("Japan", "OECD"),
        ),
        # a cable
        (
            "3. (C) Poloff noted that Germany and its partners in the EU had agreed to the interim TFTP agreement.",
            ("Germany", "EU"),
        ),
        (
            "2. (SBU) Spain and its allies in NATO reviewed the proposal on Tuesday, MFA officials said.",
            ("Spain", "NATO"),
        ),
    ],
)
def test_a_states_partners_in_a_body_make_it_a_member(extractor, text, pair):
    assert pair in stated_pairs(extractor, text, "memberOf")


@pytest.mark.parametrize(
    "text",
    [
        # a partner of a body is outside it
        "Japan, a partner of the European Union, signed the agreement.",
        # no body
        "China and its partners in Africa signed the agreement.",
        # not said as a fact
        "The United States and its partners may eventually join APEC.",
    ],
)
def test_no_membership_from_a_partner_of_a_body_or_an_unstated_clause(extractor, text):
    assert not stated_pairs(extractor, text, "memberOf")
