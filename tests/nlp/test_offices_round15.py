"""Round 15 of partOf and leads: a body followed by its state ("of STATE", or the state alone in brackets), a name
apposed to a whole title phrase ("the president of Iran, X"), and a nationality adjective on a head of state's
title standing for the state named earlier in the paragraph."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs

# --- (a) a body followed by its state: "AGENCY of STATE", "AGENCY (STATE)" ---

STATE_AFTER = [
    # news
    (
        "Lawmakers in the House of Representatives of the United States voted on the data broker bill on Tuesday.",
        ("House of Representatives", "United States"),
    ),
    # court or encyclopedic disambiguation
    (
        "The High Court (Ireland) referred the question to the Court of Justice.",
        ("High Court", "Ireland"),
    ),
    # government release
    (
        "The Ministry of Information and Communications (Nepal) has published a draft Media Policy for comment.",
        ("Ministry of Information and Communications", "Nepal"),
    ),
    # cable
    (
        # (round 20: "the Senate of Brazil" is one name, a chamber's, as "the Parliament of India" is)
        "Post met officials of the Department of Justice of the United States on May 3 to discuss the cybercrime bill.",
        ("Department of Justice", "United States"),
    ),
    # two bodies sharing one determiner share the "of" phrase
    (
        "The Senate and House of Representatives of the United States passed the bill in May.",
        ("Senate", "United States"),
    ),
]


@pytest.mark.parametrize("text, pair", STATE_AFTER)
def test_a_body_followed_by_its_state_belongs_to_it(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "partOf")


STATE_AFTER_NOT = [
    # the "of" phrase is the verb's, not the body's
    ("The embassy warned the Ministry of Interior of Germany's plans.", ("Ministry of Interior", "Germany")),
    # a determiner of its own: the first body does not share the second's "of" phrase
    (
        "The Federal Trade Commission and the Ministry of Justice of Japan signed a memorandum.",
        ("Federal Trade Commission", "Japan"),
    ),
    # a body the tables place in another state
    (
        "The Federal Trade Commission of the United Kingdom is a fictional body.",
        ("Federal Trade Commission", "United Kingdom"),
    ),
    # brackets holding more than the state
    ("The cable described the Ministry of Defense (with France) as a partner.", ("Ministry of Defense", "France")),
    # the enacting formula of a bill (the development sets' majority reads no partOf there)
    (
        "Be it enacted by the Senate and House of Representatives of the United States of America in Congress "
        "assembled,",
        ("Senate", "United States of America"),
    ),
    (
        "H.R. 7520\nBe it enacted by the Senate and House of Representatives of\nthe United States of America in "
        "Congress assembled,",
        ("House of Representatives", "United States of America"),
    ),
]


@pytest.mark.parametrize("text, pair", STATE_AFTER_NOT)
def test_no_state_where_the_phrase_is_not_the_bodys(extractor, text, pair):
    assert pair not in any_pairs(extractor, text, "partOf")


# --- (b) a name apposed to a whole title phrase ---

APPOSED = [
    (
        "The sixth president of Iran, Mahmoud Ahmadinejad also supports internet censorship in the country.",
        ("Mahmoud Ahmadinejad", "Iran"),
    ),
    (
        "The director of the FBI, Christopher Wray, told senators that encryption hampers investigations.",
        ("Christopher Wray", "FBI"),
    ),
    (
        "The president of Iran, Mahmoud Ahmadinejad, met the Ambassador on Monday.",
        ("Mahmoud Ahmadinejad", "Iran"),
    ),
]


@pytest.mark.parametrize("text, pair", APPOSED)
def test_a_name_apposed_to_a_title_phrase_leads(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "leads")


APPOSED_NOT = [
    ("The former president of Iran, Mohammad Khatami, criticised the filtering.", ("Mohammad Khatami", "Iran")),
    ("A member of the Commission, John Smith, said the rules were too strict.", ("John Smith", "Commission")),
    ("Critics of the president of Iran, Ali Reza and Sara Ahmadi, said the law was harsh.", ("Ali Reza", "Iran")),
]


@pytest.mark.parametrize("text, pair", APPOSED_NOT)
def test_no_lead_for_a_past_holder_a_member_or_a_list(extractor, text, pair):
    assert pair not in fact_pairs(extractor, text, "leads")


# --- (c) a nationality adjective stands for the state named before, in the same paragraph ---

DEMONYM = [
    (
        "Egypt's first data law entered into force. It had been ratified by Egyptian president Abdel Fattah al-Sisi.",
        ("Abdel Fattah al-Sisi", "Egypt"),
    ),
    (
        "France passed the law last year. The measure was signed by French President Emmanuel Macron.",
        ("Emmanuel Macron", "France"),
    ),
]


@pytest.mark.parametrize("text, pair", DEMONYM)
def test_a_nationality_adjective_names_the_state_before(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "leads")


DEMONYM_NOT = [
    # another paragraph
    (
        "France passed the law last year.\n\nThe measure was signed by French President Emmanuel Macron.",
        ("Emmanuel Macron", "France"),
    ),  # fmt: skip
    # another state's adjective
    ("France passed the law last year. It was criticised by German Chancellor Olaf Scholz.", ("Olaf Scholz", "France")),
    # a bare surname after the title: the sets split on the name's span
    ("Saudi Arabia sent a plane. It carried a copy to Saudi King Abdullah and others.", ("Abdullah", "Saudi Arabia")),
    # a coordinated state would bring the others along
    (
        "Germany and France passed the law. It was praised by French President Emmanuel Macron.",
        ("Emmanuel Macron", "Germany"),
    ),  # fmt: skip
]


@pytest.mark.parametrize("text, pair", DEMONYM_NOT)
def test_no_state_for_the_adjective_outside_its_paragraph_or_name(extractor, text, pair):
    assert pair not in fact_pairs(extractor, text, "leads")


# --- (d) a nationality adjective on the body noun a name is apposed to ---

DEMONYM_BODY = [
    # news
    (
        "Thailand passed a new law in 2010. The Thai regulator, the National Broadcasting and Telecommunications "
        "Commission, fined the operator.",
        ("National Broadcasting and Telecommunications Commission", "Thailand"),
    ),
    # government report: the list after a dash, the later names parsed as conjuncts
    (
        "On October 10, 2020, the Kingdom of Jordan entered a nationwide lockdown. In response, three Jordanian "
        "executive bodies—the Ministry of Interior (homeland security), the Ministry of Health, and the Office of the "
        "Prime Minister—issued orders.",
        ("Ministry of Health", "Kingdom of Jordan"),
    ),
    # cable
    (
        "Kenya enacted its data law in 2019. Post met the Kenyan regulator, the Office of the Data Protection "
        "Commissioner, on May 4.",
        ("Office of the Data Protection Commissioner", "Kenya"),
    ),
]


@pytest.mark.parametrize("text, pair", DEMONYM_BODY)
def test_a_nationality_adjective_on_the_body_noun_names_its_state(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "partOf")


DEMONYM_BODY_NOT = [
    # the adjective names a state the text does not name
    (
        "Kenya enacted its data law in 2019. The Ugandan regulator, the Personal Data Protection Office, welcomed it.",
        ("Personal Data Protection Office", "Kenya"),
    ),
    # the state is named with another: it would bring the other along
    (
        "Kenya and Uganda signed the memorandum. The Kenyan regulator, the Office of the Data Protection "
        "Commissioner, welcomed it.",
        ("Office of the Data Protection Commissioner", "Uganda"),
    ),
    # another paragraph
    (
        "Kenya enacted its data law in 2019.\n\nThe Kenyan regulator, the Office of the Data Protection "
        "Commissioner, welcomed it.",
        ("Office of the Data Protection Commissioner", "Kenya"),
    ),
]


@pytest.mark.parametrize("text, pair", DEMONYM_BODY_NOT)
def test_no_state_for_a_body_nouns_adjective_that_names_none_here(extractor, text, pair):
    assert pair not in any_pairs(extractor, text, "partOf")


# --- (e) "General" after an office word makes one title with it ---

GENERAL = [
    # cable
    (
        "The GoE established the Ethiopian Information and Communication Technology Development Agency (EICTDA) in "
        "2002. EICTDA is overseen by the Ministry of Capacity Building (MCB). EICTDA's Director General, Debretsion "
        "Gebramariam, is also the Chairman of the Board.",
        ("Debretsion Gebramariam", "EICTDA"),
    ),
    # government release
    (
        "The Federal Trade Commission (FTC) fined the firm. The FTC's Director General, Jane Doe, said the rules "
        "would change.",
        ("Jane Doe", "FTC"),
    ),
    # news
    (
        "The Nigeria Data Protection Commission (NDPC) fined the bank on Monday. The NDPC's Director General, "
        "John Okoro, told reporters the fine was the largest yet.",
        ("John Okoro", "NDPC"),
    ),
]


@pytest.mark.parametrize("text, pair", GENERAL)
def test_an_office_word_before_general_is_one_title(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "leads")


GENERAL_NOT = [
    # a deputy leads nothing
    (
        "The Federal Trade Commission (FTC) fined the firm. The FTC's Deputy Director General, Jane Doe, said the "
        "rules would change.",
        ("Jane Doe", "FTC"),
    ),
    # another word between the body and the title still names a portfolio
    ("The FBI fined no one. The FBI's Counterterrorism Director, John Doe, spoke.", ("John Doe", "FBI")),
]


@pytest.mark.parametrize("text, pair", GENERAL_NOT)
def test_no_lead_for_a_deputy_or_a_portfolio_before_the_title(extractor, text, pair):
    assert pair not in fact_pairs(extractor, text, "leads")
