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
