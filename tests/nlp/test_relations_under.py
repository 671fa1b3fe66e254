"""An obligation stated under a law ("Under the Health Act, hospitals must encrypt patient records") is the law's
rule on the data it is about (probe sentences of our own)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


# (text, a fact it states)
FACTS = [
    ("Under the Health Act, hospitals must encrypt patient records.",
     ("Health Act", "regulates", "patient records")),
    ("Under the Data Act, customer data must be deleted after five years.",
     ("Data Act", "regulates", "customer data")),
    ("Under the Recovery Act, the FTC must issue rules requiring vendors of personal health records to notify "
     "individuals.", ("Recovery Act", "regulates", "personal health records")),
    ("Banks under the Data Act must encrypt customer records.",
     ("Data Act", "regulates", "customer records")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), FACTS)
def test_an_obligation_under_a_law_is_its_rule(extractor: Extractor, text: str, fact: tuple) -> None:
    facts, _ = relations(extractor, text)
    assert fact in facts, facts


def test_what_might_be_done_under_a_law_is_no_rule(extractor: Extractor) -> None:
    # "may" under a law is the law's permission, which rules the data as much as an obligation does
    # (`frames.ruling.handled_under`); "might" and "could" only hedge
    text = "Under the Data Act, banks shall report fraud to the ministry, and insurers might share health data."
    facts, _ = relations(extractor, text)
    assert not any(r[1] == "regulates" for r in facts), facts


def test_an_obligation_about_no_data_names_none(extractor: Extractor) -> None:
    facts, others = relations(extractor, "Under the Data Act, the ministry must publish an annual report.")
    assert not facts and not others


def test_keeping_data_inside_under_a_law_is_localization(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "Under the Data Act, companies must store personal data in Brazil.")
    assert ("Data Act", "requiresLocalization", "personal data") in facts
    assert ("Data Act", "regulates", "personal data") not in facts
