"""Round 14 of the relations other than `regulates`: a headline in sentence case set on its own line above the body
(no blank line between) is its own sentence, so its names do not join the body's predicate."""

from __future__ import annotations

import pytest

from pipelines.nlp.headings import heading_line
from pipelines.nlp.textview import prepare
from tests.support.probes import fact_pairs

# --- (a) a headline above the body is a sentence of its own ---

HEADED = [
    "Kenya's regulator fines hospital for leaking patient records to insurers\n"
    "The Data Protection Act was passed by Parliament in 2019.",
    "Parliament of Ghana in Accra discusses new data rules for the capital's hospitals\n"
    "The Ministry of Communications issued the Data Protection Regulations in 2021.",
    "Moscow court upholds fine against Twitter over user data\n"
    "A Moscow court has upheld a fine imposed on Twitter for refusing to store the data of Russian users in Russia, "
    "the agency said.",
]


@pytest.mark.parametrize("text", HEADED)
def test_a_headline_is_a_sentence_of_its_own(extractor, text):
    doc = extractor.nlp(prepare(text).text)
    first = text.split("\n")[0]
    assert [s.text.strip() for s in doc.sents][0] == first


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        (HEADED[0], "enacts", ("Parliament", "Data Protection Act")),
        (HEADED[1], "enacts", ("Ministry of Communications", "Data Protection Regulations")),
    ],
)
def test_the_body_below_a_headline_keeps_its_facts(extractor, text, relation, pair):
    assert pair in fact_pairs(extractor, text, relation)


@pytest.mark.parametrize(
    ("line", "nxt", "opens"),
    [
        ("Regulators in Brussels weigh tougher rules on transfers", "On Monday, the Commission adopted it.", True),
        ("Moscow court upholds fine against Twitter", "A Moscow court has upheld a fine.", True),
        ("Senator files bill", "Senator Wyden on Tuesday filed a bill to curb the sale of data by firms.", True),
    ],
)
def test_heading_lines(line, nxt, opens):
    assert heading_line(line, nxt, opens)


@pytest.mark.parametrize(
    ("line", "nxt", "opens"),
    [
        # a wrapped paragraph: the break falls inside a sentence
        ("Embassy officials met with the Ministry of Justice and the", "European Commission to discuss it.", True),
        ("the cable noted that the ministry of", "The Hague had asked for comments.", True),
        # not a paragraph's first line
        ("Regulators in Brussels weigh tougher rules on transfers", "On Monday, the Commission adopted it.", False),
        # a line that ends a sentence, a field's name, a telegram's capitals
        ("The Commission adopted the decision.", "On Monday, the Council agreed.", True),
        ("SUBJECT: EU DATA RULES", "The Commission adopted the decision on Monday in Brussels.", True),
    ],
)
def test_lines_that_are_no_headings(line, nxt, opens):
    assert not heading_line(line, nxt, opens)


def test_a_wrapped_paragraph_stays_one_sentence(extractor):
    text = (
        "Embassy officials met with the Ministry of Justice and the\n"
        "European Commission to discuss the agreement on passenger data."
    )
    assert len(list(extractor.nlp(prepare(text).text).sents)) == 1


# --- (b) "I" in a direct quotation is the quoted speaker ---


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        (
            '"I introduced the Data Protection Act because brokers sell our data," said Senator Lummis.',
            "supports",
            ("Lummis", "Data Protection Act"),
        ),
        (
            '"Brokers sell our data to anyone. I\'m proud to cosponsor the Data Protection Act," Senator Lummis said.',
            "supports",
            ("Lummis", "Data Protection Act"),
        ),
        (
            'Senator Lummis said: "I am proud to cosponsor the Data Protection Act."',
            "supports",
            ("Lummis", "Data Protection Act"),
        ),
        (
            '"I opposed the Data Protection Act," the minister, Jan Holm, told reporters in Oslo.',
            "opposes",
            ("Jan Holm", "Data Protection Act"),
        ),
    ],
)
def test_the_first_person_of_a_quotation_is_its_speaker(extractor, text, relation, pair):
    assert pair in fact_pairs(extractor, text, relation)


@pytest.mark.parametrize(
    "text",
    [
        # reported speech without quotation marks: "I" is the writer
        "Senator Lummis said that I introduced the Data Protection Act.",
        # two speakers: "I" is neither
        '"I introduced the Data Protection Act," said Senators Lummis and Wyden.',
        # negated in the quotation
        '"I did not sponsor the Data Protection Act," said Senator Lummis.',
    ],
)
def test_no_quoted_speaker_where_english_names_none(extractor, text):
    assert ("Lummis", "Data Protection Act") not in fact_pairs(extractor, text, "supports")


# --- (c) an infinitive after an adjective of feeling has the adjective's subject ---


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        (
            "Senator Lummis is proud to cosponsor the Data Protection Act.",
            "supports",
            ("Lummis", "Data Protection Act"),
        ),
        (
            "Germany is delighted to ratify the Convention on Cybercrime.",
            "enacts",
            ("Germany", "Convention on Cybercrime"),
        ),
    ],
)
def test_the_one_proud_to_act_acts(extractor, text, relation, pair):
    assert pair in fact_pairs(extractor, text, relation)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Lummis is eager to cosponsor the Data Protection Act.",
        "Senator Lummis is likely to cosponsor the Data Protection Act.",
        "Senator Lummis would be proud to cosponsor the Data Protection Act.",
        "Senator Lummis is not proud to cosponsor the Data Protection Act.",
    ],
)
def test_readiness_modals_and_negation_say_no_act(extractor, text):
    assert ("Lummis", "Data Protection Act") not in fact_pairs(extractor, text, "supports")


# --- (d) a deputy's title set before the name leads nothing ---


@pytest.mark.parametrize(
    "text",
    [
        "European Commission Executive Vice-President Margrethe Vestager presented the proposals.",
        "European Commission Vice President Margrethe Vestager presented the proposals.",
        "Data Protection Authority Vice-Chair Margrethe Vestager said the rule was welcome.",
    ],
)
def test_a_deputy_before_the_name_does_not_lead(extractor, text):
    assert not {p for p in fact_pairs(extractor, text, "leads") if p[0] == "Margrethe Vestager"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Data Protection Authority Chair Anna Berg said the rule was welcome.",
            ("Anna Berg", "Data Protection Authority"),
        ),
        ("European Commission President Ursula von der Leyen spoke.", ("Ursula von der Leyen", "European Commission")),
    ],
)
def test_the_head_before_the_name_still_leads(extractor, text, pair):
    assert pair in fact_pairs(extractor, text, "leads")


# --- (e) the one who spends time or money doing something does it ---


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        (
            "TikTok and ByteDance spent millions lobbying against the Data Protection Act.",
            "opposes",
            ("ByteDance", "Data Protection Act"),
        ),
        (
            "Facebook has spent heavily lobbying for the Digital Markets Act in Brussels, diplomats said.",
            "supports",
            ("Facebook", "Digital Markets Act"),
        ),
    ],
)
def test_the_spender_does_what_the_participle_says(extractor, text, relation, pair):
    assert pair in fact_pairs(extractor, text, relation)


@pytest.mark.parametrize(
    "text",
    [
        "TikTok did not spend millions lobbying against the Data Protection Act.",
        "Critics spent years attacking the agency, but TikTok never lobbied against the Data Protection Act.",
    ],
)
def test_no_spender_fact_where_negated(extractor, text):
    assert ("TikTok", "Data Protection Act") not in fact_pairs(extractor, text, "opposes")
