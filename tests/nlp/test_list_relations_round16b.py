"""Lists whose items continue a lead-in noun phrase: "The Act:\\n- regulates X" reads as "The Act regulates X".

A line that is only a noun phrase closed by a colon (after an optional fronted adverbial or a cable's paragraph
mark) is the subject of each subjectless verb item below it; an item with its own subject is read on its own, a
hedged item stays hedged, and a heading line ends the list."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import stated_pairs


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        (
            "Specifically, the Digital Privacy Act:\n- regulates the transfer of health records;\n"
            "- creates a new data protection authority.",
            "regulates",
            ("Digital Privacy Act", "health records"),
        ),
        (
            "3. (SBU) Per reftel, the Telecommunications Ordinance:\n"
            "-- governs subscriber data;\n-- sets licence fees.",
            "regulates",
            ("Telecommunications Ordinance", "subscriber data"),
        ),
        (
            "The Kenyan Ministry of ICT:\n- supports the Data Protection Bill;\n- opposes the Cybersecurity Law.",
            "opposes",
            ("Kenyan Ministry", "Cybersecurity Law"),
        ),
        (
            # the tagger reads a verb in -s after a bullet as a plural noun
            "Under the new framework, the Data Security Law:\n• governs the processing of biometric data;\n"
            "• sets fines for breaches.",
            "regulates",
            ("Data Security Law", "biometric data"),
        ),
        (
            "Specifically, the Digital Trade Agreement:\n"
            "- builds trust through commitments on protecting personal information.",
            "regulates",
            ("Digital Trade Agreement", "personal information"),
        ),
        (
            # a lead-in run into the paragraph above it, after a sentence and after a heading with a colon
            "Officials briefed reporters on Monday. Under the new framework, the Data Security Law:\n"
            "• governs the processing of biometric data.",
            "regulates",
            ("Data Security Law", "biometric data"),
        ),
        (
            "Key facts: the new rules Specifically, the Digital Privacy Act:\n- regulates health records.",
            "regulates",
            ("Digital Privacy Act", "health records"),
        ),
        (
            "The Data Protection Act:\n1. regulates health records;\n2. creates a registry.",
            "regulates",
            ("Data Protection Act", "health records"),
        ),
    ],
)
def test_a_verb_item_takes_the_lead_in_as_its_subject(
    extractor: Extractor, text: str, relation: str, pair: tuple[str, str]
) -> None:
    assert pair in stated_pairs(extractor, text, relation)


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # the lead-in is a clause with a verb, not a noun phrase: its negation is not carried into the items
        ("The Data Protection Act does not:\n- regulate health records.", "regulates"),
        # the item has a subject of its own
        ("The Data Protection Act:\n- Critics say the ministry regulates payment data.", "regulates"),
        # a hedged item is no fact
        ("In summary, the Personal Information Act:\n- may soon cover genetic data.", "regulates"),
        # noun items name no act of the lead-in's noun
        (
            "The Data Protection Act:\n- records of calls kept by operators;\n- fines for firms using health data.",
            "regulates",
        ),
        # a lead-in that is a clause of reporting, not a noun phrase
        (
            "Officials briefed reporters.\nThe agency said the Data Security Law:\n• governs biometric data.",
            "regulates",
        ),
        # a heading ends the list
        ("The Personal Information Act:\n\nBackground\n- regulates genetic data.", "regulates"),
        (
            "The Data Protection Act:\n1. creates a registry.\n\nThe Cybersecurity Law\n- governs payment data.",
            "regulates",
        ),
    ],
)
def test_no_item_takes_a_subject_it_does_not_continue(extractor: Extractor, text: str, relation: str) -> None:
    assert stated_pairs(extractor, text, relation) == set()
