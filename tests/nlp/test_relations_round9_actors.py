"""Round 9 of relations between actors: withdrawing from an agreement acts against it (opposes), said by a verb
("withdrew from", "pulled out of") or a noun ("the withdrawal of X from Y", the withdrawal a law's fate is put down
to); and a body named before a noun of states is whose members they are only when no other name stands between."""

from __future__ import annotations

import pytest

from tests.nlp.test_relations import stated_pairs


def _all(extractor, text: str, relation: str) -> set[tuple[str, str, str, str]]:
    x = extractor.extract("d", "v", text)
    return {
        (x.mentions[r.head].text, x.mentions[r.tail].text, r.polarity, r.modality)
        for r in x.relations
        if r.type == relation
    }


# --- withdrawal from a law: opposes ---


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The United States pulled out of the Paris Agreement in 2017.", ("United States", "Paris Agreement")),
        ("In 2017 Donald Trump withdrew from the Paris Agreement.", ("Donald Trump", "Paris Agreement")),
        ("The withdrawal of the United States from the Paris Agreement was announced in June.",
         ("United States", "Paris Agreement")),
        ("It evolved from the Trans-Pacific Partnership (TPP), which never entered into force due to the withdrawal "
         "of the United States.", ("United States", "Trans-Pacific Partnership")),
    ],
)  # fmt: skip
def test_withdrawing_from_an_agreement_opposes_it(extractor, text, pair):
    assert pair in stated_pairs(extractor, text, "opposes")


@pytest.mark.parametrize(
    "text",
    [
        "Google withdrew from China in 2010.",  # a market, not a law
        "Google's withdrawal from China hurt sales.",
        "The GDPR took effect after the withdrawal of Microsoft from the talks.",  # the talks were left, not the law
        "The Paris Agreement was praised after the withdrawal of troops by France.",
    ],
)
def test_withdrawing_from_what_is_no_law_is_no_stance(extractor, text):
    assert stated_pairs(extractor, text, "opposes") == set()


@pytest.mark.parametrize(
    ("text", "polarity", "modality"),
    [
        ("Donald Trump did not withdraw from the Paris Agreement.", "negated", None),
        ("Donald Trump may withdraw from the Paris Agreement.", None, "hedged"),
    ],
)
def test_a_withdrawal_denied_or_hedged_is_no_fact(extractor, text, polarity, modality):
    found = _all(extractor, text, "opposes")
    assert ("Donald Trump", "Paris Agreement", "asserted", "stated") not in found
    assert any(
        (polarity is None or p == polarity) and (modality is None or m == modality)
        for h, t, p, m in found
        if (h, t) == ("Donald Trump", "Paris Agreement")
    )


# --- the body whose members a noun of states names ---


def test_a_body_before_another_name_qualifies_it(extractor):
    text = (
        "The EEA Agreement brings together the 28 EU Member States and the three EEA EFTA states (Iceland, "
        "Liechtenstein and Norway), establishing an internal market."
    )
    found = stated_pairs(extractor, text, "memberOf")
    assert not {p for p in found if p[1] == "EEA"}


def test_a_body_next_to_the_noun_of_states_still_has_them_as_members(extractor):
    text = "The EU member states (France, Germany and Italy) signed the declaration."
    assert {("France", "EU"), ("Germany", "EU"), ("Italy", "EU")} <= stated_pairs(extractor, text, "memberOf")
