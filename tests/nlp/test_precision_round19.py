"""Relation precision, round 19 (probe text of our own: news, releases, law-firm notes, telegrams in capitals).

Ways English negates or withholds a clause that earlier rounds did not read: "neither" before the first of two
coordinated verbs negates both ("neither signed nor ratified X"; `attitude._paired_negation`); "cannot" written as
one word, which the tokenizer keeps whole in capitals ("EMBASSY CANNOT CONFIRM THAT ..."); an adjective that says
its complement did not happen ("was unable to pass X", "unwilling to support"), and a phrasal verb that does ("ruled
out adopting X"; `negative_implicatives`); "no information that ...", also where the parser takes the content clause
for a relative one (`assertion._unsupported`); "not X but Y", which denies X and states Y (`contrast`). Each rule has
sentences where it must not fire: "both signed and ratified", "not only X but also Y", "was able to pass",
"published information that", "the court ruled that"."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow

Triple = tuple[str, str, str]


def _not_a_fact(extractor: Extractor, text: str, triple: Triple, polarity: str, modality: str = "stated") -> None:
    """The relation is found, not as a fact, with this polarity and modality."""
    facts, others = relations(extractor, text)
    assert triple not in facts
    assert (*triple, polarity, modality) in others, others


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # news
        (
            "The State Department neither supports nor opposes the Digital Services Act.",
            ("State Department", "opposes", "Digital Services Act"),
        ),
        # law-firm note
        (
            "Kenya neither signed nor ratified the Convention on Cybercrime.",
            ("Kenya", "enacts", "Convention on Cybercrime"),
        ),
        # trade press
        ("Microsoft neither backed nor opposed the Data Act.", ("Microsoft", "opposes", "Data Act")),
        # telegram in capitals
        (
            "NEITHER THE MINISTRY OF INTERIOR SUPPORTS NOR OPPOSES THE CYBERCRIME LAW.",
            ("MINISTRY OF INTERIOR", "opposes", "CYBERCRIME LAW"),
        ),
    ],
)
def test_neither_nor_negates_both_verbs(extractor: Extractor, text: str, triple: Triple) -> None:
    _not_a_fact(extractor, text, triple, "negated")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya signed and ratified the Convention on Cybercrime.",
        "Kenya both signed and ratified the Convention on Cybercrime.",
    ],
)
def test_coordinated_verbs_without_neither_stay_facts(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert ("Kenya", "enacts", "Convention on Cybercrime") in facts


def test_cannot_in_capitals_negates_and_hedges(extractor: Extractor) -> None:
    _not_a_fact(
        extractor,
        "EMBASSY CANNOT CONFIRM THAT MINISTRY OF INTERIOR SUPPORTS CYBERCRIME LAW.",
        ("MINISTRY OF INTERIOR", "supports", "CYBERCRIME LAW"),
        "negated",
        "hedged",
    )


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # news agency
        (
            "Reuters was unable to verify that Russia adopted Federal Law No. 242-FZ.",
            ("Russia", "enacts", "Federal Law No. 242-FZ"),
        ),
        # government release
        (
            "The Ministry of Finance ruled out adopting the Data Protection Bill.",
            ("Ministry of Finance", "enacts", "Data Protection Bill"),
        ),
        # news
        ("Kenya gave up joining the OECD in 2010.", ("Kenya", "memberOf", "OECD")),
    ],
)
def test_what_one_was_unable_to_do_or_ruled_out_is_negated(extractor: Extractor, text: str, triple: Triple) -> None:
    _not_a_fact(extractor, text, triple, "negated")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "The court ruled that Russia adopted Federal Law No. 242-FZ lawfully.",
            ("Russia", "enacts", "Federal Law No. 242-FZ"),
        ),
        ("Kenya joined the OECD after it gave up its objections.", ("Kenya", "memberOf", "OECD")),
    ],
)
def test_a_verb_without_its_negating_particle_negates_nothing(extractor: Extractor, text: str, triple: Triple) -> None:
    facts, _ = relations(extractor, text)
    assert triple in facts


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # telegram
        (
            "We have no information that Vietnam requires personal data to be stored locally.",
            ("Vietnam", "requiresLocalization", "personal data"),
        ),
        # think-tank brief
        (
            "There is no information that the State Department opposes the Digital Services Act.",
            ("State Department", "opposes", "Digital Services Act"),
        ),
    ],
)
def test_no_information_that_hedges(extractor: Extractor, text: str, triple: Triple) -> None:
    _not_a_fact(extractor, text, triple, "asserted", "hedged")


def test_information_that_is_there_states(extractor: Extractor) -> None:
    facts, _ = relations(
        extractor, "The agency published information that the Data Protection Act regulates health data."
    )
    assert ("Data Protection Act", "regulates", "health data") in facts


@pytest.mark.parametrize(
    ("text", "denied", "stated"),
    [
        # news
        (
            "Not Kenya but Uganda adopted the Data Protection Act.",
            ("Kenya", "enacts", "Data Protection Act"),
            ("Uganda", "enacts", "Data Protection Act"),
        ),
        # government release
        (
            "Not the State Department but the Commerce Department opposes the Digital Services Act.",
            ("State Department", "opposes", "Digital Services Act"),
            ("Commerce Department", "opposes", "Digital Services Act"),
        ),
        # telegram in capitals
        (
            "NOT THE MINISTRY OF INTERIOR BUT THE MINISTRY OF JUSTICE SUPPORTS THE CYBERCRIME LAW.",
            ("MINISTRY OF INTERIOR", "supports", "CYBERCRIME LAW"),
            ("MINISTRY OF JUSTICE", "supports", "CYBERCRIME LAW"),
        ),
    ],
)
def test_not_x_but_y_denies_x_and_states_y(extractor: Extractor, text: str, denied: Triple, stated: Triple) -> None:
    facts, _ = relations(extractor, text)
    assert stated in facts
    _not_a_fact(extractor, text, denied, "negated")


def test_not_only_x_but_also_y_states_both(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "Not only Kenya but also Uganda adopted the Data Protection Act.")
    assert {("Kenya", "enacts", "Data Protection Act"), ("Uganda", "enacts", "Data Protection Act")} <= facts
