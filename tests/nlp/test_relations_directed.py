"""Obligations a body puts on others through an infinitive (issue 13): after a verb of obliging or directing with an
object, a bare to-infinitive is what the object must do, even where the parse hangs it as an adverbial of purpose;
"ensure that X is stored in India" is the same obligation as "store X in India". Sentences of our own, and
counter-examples (a purpose, a hedge, a negation, a complement that does not keep data inside) that must not change.
"""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor

pytestmark = pytest.mark.slow


def facts(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    x = extractor.extract("t", "v", text)
    return {(x.mentions[r.head].text, r.type, x.mentions[r.tail].text) for r in x.relations if r.fact}


DIRECTED = [
    (
        "The Reserve Bank of India had directed all payment system providers to ensure that their payment data "
        "is stored in a system only in India.",
        ("Reserve Bank of India", "requiresLocalization", "payment data"),
    ),
    (
        "The Reserve Bank of India required companies to ensure that payment data is stored in India.",
        ("Reserve Bank of India", "requiresLocalization", "payment data"),
    ),
    (
        "The Reserve Bank of India required companies to store payment data in India.",
        ("Reserve Bank of India", "requiresLocalization", "payment data"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), DIRECTED)
def test_directed_infinitive_is_the_obligation(extractor: Extractor, text: str, fact: tuple) -> None:
    assert fact in facts(extractor, text)


NO_LOCALIZATION = [
    # a purpose: "in order to" says why, not what the object must do
    "The Reserve Bank of India directed payment providers in order to ensure that payment data is stored in India.",
    # a hedge
    "The Reserve Bank of India may direct payment providers to ensure that payment data is stored in India.",
    # a negation
    "The Reserve Bank of India did not direct payment providers to ensure that payment data is stored in India.",
    # the complement does not keep data inside the country
    "The Reserve Bank of India directed payment providers to ensure that payment data is encrypted.",
    # a verb that obliges nobody: its infinitive is a purpose
    "The Reserve Bank of India hired consultants to ensure that payment data is stored in India.",
]


@pytest.mark.parametrize("text", NO_LOCALIZATION)
def test_no_localization_fact(extractor: Extractor, text: str) -> None:
    assert not {f for f in facts(extractor, text) if f[1] == "requiresLocalization"}


# a phrase of means ("through", "via", "by way of") names the instrument the body rules through: the instrument is
# the law the obligation is in, the body its issuer
THROUGH = [
    (
        "Through its circular on Storage of Payment System Data in April 2018, the Reserve Bank of India had "
        "directed all payment system providers to ensure that their payment data is stored in a system only in "
        "India.",
        {
            ("Storage of Payment System Data", "requiresLocalization", "payment data"),
            ("Reserve Bank of India", "enacts", "Storage of Payment System Data"),
        },
    ),
    (
        "The Central Bank of Kenya, via the Payment Data Regulations, 2018, required payment providers to store "
        "payment data in Kenya.",
        {("Payment Data Regulations, 2018", "requiresLocalization", "payment data")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), THROUGH)
def test_means_phrase_names_the_instrument(extractor: Extractor, text: str, expected: set) -> None:
    assert expected <= facts(extractor, text)


def test_means_without_law(extractor: Extractor) -> None:
    """ "through consultations" names no instrument: the body heads its own obligation."""
    text = (
        "Through consultations with banks, the Reserve Bank of India required payment providers to store payment "
        "data in India."
    )
    assert ("Reserve Bank of India", "requiresLocalization", "payment data") in facts(extractor, text)
