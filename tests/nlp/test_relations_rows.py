"""Localisation said of a country by a row or labelled line, or by a fronted data type (issue 13): the label of a
row names what its clause is about, and "For X," names the data a sentence's rule is about (probe sentences of our
own, with counter-examples that must not change)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow

# a row labelled with a state whose first clause obliges data to stay inside it
ROW_FACTS = [
    ("Rules by country\nPeru: Health records must be stored in Peru.", ("Peru", "health records")),
    ("Rules by country\n- Kenya: Banks must keep payment data locally.", ("Kenya", "payment data")),
    ("Rules by country\nChile: Tax records shall be kept on domestic servers.", ("Chile", "tax records")),
    ("Rules by country\nPeru: Health records must remain in Peru; exports need approval.", ("Peru", "health records")),
    ("Rules by country\nEgypt: Payment data must be stored domestically; wider rules proposed.",
     ("Egypt", "payment data")),
    ("Rules by country\nGhana: Telecom operators are required to store subscriber data in Ghana.",
     ("Ghana", "subscriber data")),
    ("Rules by country\nGhana – Operators have to keep subscriber data in the country.", ("Ghana", "subscriber data")),
    ("Rules by country\n* Peru: Health records and tax records must be hosted onshore.", ("Peru", "tax records")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pair"), ROW_FACTS)
def test_a_state_row_with_a_rule_of_storage_inside_is_the_state_s(extractor: Extractor, text: str, pair) -> None:
    facts, _ = relations(extractor, text)
    assert (pair[0], "requiresLocalization", pair[1]) in {(h, r, t.lower()) for h, r, t in facts}, facts


# a fronted data type and a rule that data must stay inside a named state
def test_a_fronted_data_type_is_what_the_state_s_rule_keeps_inside(extractor: Extractor) -> None:
    text = "For tax records, the rule is strict: all data must remain within Peru, with few exceptions."
    facts, _ = relations(extractor, text)
    assert ("Peru", "requiresLocalization", "tax records") in facts, facts


NO_FACT = [
    # a fact, not a rule
    "Rules by country\nPeru: Most health records are stored in Peru.",
    "For tax records, most data is stored in Peru.",
    # negated, hedged, proposed, conditional
    "Rules by country\nPeru: Health records need not be stored in Peru.",
    "Rules by country\nPeru: Health records must not be stored abroad or locally.",
    "Rules by country\nPeru: Health records may have to be stored locally.",
    "Rules by country\nPeru: Health records must be stored locally if the ministry asks.",
    "Rules by country\nPeru: Lawmakers plan to require that health records must be stored locally.",
    "Rules by country\nPeru: Banks are not required to store health records locally.",
    "Rules by country\nPeru: Banks have health records stored locally.",
    # a question states no rule; "should" is a hedge, not a rule
    "Rules by country\nPeru: Must health records be stored in Peru?",
    "Rules by country\nPeru: Health records should be stored locally.",
    # the place is another state: not the label's rule of staying inside
    "Rules by country\nPeru: Health records must be stored in Chile.",
    # a label that is not a state
    "Rules by year\n2019: Health records must be stored in Peru.",
    "Vendors\nAcme Corp: Health records must be stored locally.",
    # no label: the state is inside a sentence
    "Officials said that in Peru health records must be stored locally.",
    # the fronted topic is not data, or the rule's data is named on its own
    "For banks, all data must remain within Peru.",
]


@pytest.mark.parametrize("text", NO_FACT)
def test_no_localisation_fact_without_a_stated_rule_of_the_state(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not any(r[1] == "requiresLocalization" and r[0] in ("Peru", "Chile", "Acme Corp") for r in facts), facts


# a clause that names whose rule it is says that ruler's rule (the verb frames read it), not the label's
def test_a_row_whose_clause_names_its_ruler_is_left_to_the_verb_frames(extractor: Extractor) -> None:
    text = "Rules by country\nPeru: The Data Act requires banks to store health records in Peru."
    x = extractor.extract("t", "v", text)
    assert not [r for r in x.relations if r.source.startswith("requiresLocalization/row")], x.relations
