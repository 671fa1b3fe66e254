"""In-document reference, round 19 (probe texts of our own: encyclopedia prose, news, a government release, a
law-firm note, a telegram in capitals): a copula that names what its subject is the name of ("The original title of
the bill is X", "The official name of the regulator is Y") makes a sentence about the named thing, so a pronoun in
the next sentence refers to it ("It was sponsored by Senator Z"). A naming noun with no description of a thing of
the complement's type ("the name of the game", "the title of the report") names nothing the pronoun can take up."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.support.probes import any_pairs, fact_pairs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, relation, pair",
    [
        (  # encyclopedia prose
            "The original title of the bill is Protection from Online Falsehood Bill 2019. It was sponsored by "
            "Senator Musa Bello from northern Nigeria.",
            "supports",
            ("Musa Bello", "Protection from Online Falsehood Bill 2019"),
        ),
        (  # a legislature's release
            "The short title of the measure is the Secure Cloud Data Act. It was introduced by Senator John Smith "
            "on Tuesday.",
            "supports",
            ("John Smith", "Secure Cloud Data Act"),
        ),
        (  # news about a regulator
            "The official name of the regulator is the Data Protection Commission. It is led by Helen Dixon.",
            "leads",
            ("Helen Dixon", "Data Protection Commission"),
        ),
        (  # a law-firm note
            "The full name of the law is the Personal Data Protection Act 2012. It requires organisations to store "
            "personal data in Singapore.",
            "requiresLocalization",
            ("Personal Data Protection Act 2012", "personal data"),
        ),
    ],
)
def test_a_pronoun_after_a_naming_copula_is_the_thing_named(
    extractor: Extractor, text: str, relation: str, pair: tuple[str, str]
) -> None:
    assert pair in fact_pairs(extractor, text, relation)


def test_a_telegram_in_capitals_names_the_law_by_copula(extractor: Extractor) -> None:
    text = (
        "3. (SBU) THE OFFICIAL NAME OF THE LAW IS THE CYBER SECURITY LAW. It was drafted by the Ministry of "
        "Information and Communications.\n"
    )
    assert ("Ministry of Information and Communications", "CYBER SECURITY LAW") in any_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "text, relation",
    [
        # a naming noun of no description: "the name of the game" is no thing the text calls by a noun
        ("The name of the game is trust. It was signed by Canada in 2001.", "enacts"),
        # the description is of another kind than the complement: a report's title names no law of it
        ("The title of the report is the Data Act. It was written by Senator John Smith.", "supports"),
        # no complement: a name not disclosed names nothing
        ("The name of the new bill was not disclosed. It was sponsored by Senator John Smith.", "supports"),
    ],
)
def test_a_naming_noun_without_a_named_thing_of_its_kind_gives_nothing(
    extractor: Extractor, text: str, relation: str
) -> None:
    assert not any_pairs(extractor, text, relation)


def test_a_pronoun_after_two_named_things_in_one_naming_copula_gives_nothing(extractor: Extractor) -> None:
    text = "The titles of the bills are the Data Act and the Cloud Act. It was sponsored by Senator John Smith."
    assert not fact_pairs(extractor, text, "supports")
