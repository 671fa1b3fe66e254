"""Encyclopedia citation markers glued to words, round 16b (probe text of our own): a note's label ("Act 2023[a][b]",
"[note 3]", "[citation needed]") is split off the word before it and off the next, without changing the text, so the
name before a marker keeps its span and its relations (a note's number, "data[12]", is blanked in the text view);
brackets that are no markers ("[sic]", "[the Ministry]" in a quotation) stay as they were."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations
from tests.support.probes import mentions

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a marker after a law's year, several markers, a marker before a bracket
        ("The Online Safety Act 2023[a][b] (c. 50) is an Act of the Parliament of the United Kingdom.", "2023"),
        ("The Online Safety Act 2023[a] is an Act of the Parliament of the United Kingdom.", "2023"),
        ("The Online Safety Act 2023[note 1] is an Act of the Parliament of the United Kingdom.", "2023"),
    ],
)
def test_a_law_before_its_markers_is_enacted(extractor: Extractor, text: str, year: str) -> None:
    facts, _ = relations(extractor, text)
    assert ("Parliament of the United Kingdom", "enacts", "Online Safety Act 2023") in facts, facts
    assert ("Law", f"Online Safety Act {year}") in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a marker after a name, before a comma
        (
            "The law was passed by the Parliament of Kenya[citation needed], the report said.",
            ("Agency", "Parliament of Kenya"),
        ),
        # a marker after a body's name
        ("The Ministry of Justice[citation needed] regulates data brokers.", ("Agency", "Ministry of Justice")),
        ("The Ministry of Justice[b] regulates data brokers.", ("Agency", "Ministry of Justice")),
        # a marker after a plural noun, before a full stop
        ("The Authority regulates the processing of personal data[12][13].", ("DataType", "personal data")),
        ("The Authority regulates the processing of personal data[c].", ("DataType", "personal data")),
    ],
)
def test_no_marker_goes_into_a_name(extractor: Extractor, text: str, mention: tuple[str, str]) -> None:
    found = mentions(extractor, text)
    assert mention in found, found
    assert not any("[" in name or "]" in name for _, name in found), found


def test_the_tokens_split_at_markers_and_keep_the_text(extractor: Extractor) -> None:
    text = "The Online Safety Act 2023[a][b] and the Ministry[citation needed], said[note 3]."
    doc = extractor.nlp.tokenizer(text)
    assert doc.text == text
    words = [t.text for t in doc]
    assert words[4:11] == ["2023", "[", "a", "]", "[", "b", "]"], words
    assert ["Ministry", "[", "citation", "needed", "]", ","] == words[13:19], words
    assert ["said", "[", "note", "3", "]", "."] == words[19:], words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # brackets that are no markers: an editor's note and a word put into a quotation open their chunk already
        ("The law requires consent [sic] from users.", ["consent", "[", "sic", "]", "from"]),
        ('He said "[the Ministry] will act" on Monday.', ['"', "[", "the", "Ministry", "]", "will"]),
        # a bracket inside a word that is not a marker's: longer labels and capitals stay
        ("See Table[Annex] now.", ["See", "Table[Annex", "]", "now"]),
    ],
)
def test_brackets_that_are_no_markers_tokenize_as_before(extractor: Extractor, text: str, words: list[str]) -> None:
    tokens = [t.text for t in extractor.nlp.tokenizer(text)]
    assert any(tokens[i : i + len(words)] == words for i in range(len(tokens))), tokens


def test_a_quoted_body_in_brackets_keeps_its_relation(extractor: Extractor) -> None:
    text = 'An official said "[the Ministry of Justice] regulates data brokers" on Monday.'
    found = mentions(extractor, text)
    assert ("Agency", "Ministry of Justice") in found, found
