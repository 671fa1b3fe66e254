"""The scorer on small hand-made cases (strict/lenient entities, linking, relations)."""

from __future__ import annotations

import pytest

from pipelines.nlp.evaluate import (
    format_curve,
    format_scores,
    relation_curve,
    relation_misses,
    score,
    score_entities,
    score_linking,
    score_non_facts,
    score_relations,
)


def doc(entities, relations=(), id_="d"):
    ents = [dict(zip(("start", "end", "type", "qid"), e, strict=True)) for e in entities]
    return {
        "id": id_,
        "entities": ents,
        "relations": [dict(zip(("head", "tail", "type"), r, strict=True)) for r in relations],
    }


GOLD = doc([(0, 5, "State", "Q30"), (10, 20, "Law", None), (30, 42, "DataType", None)], [(0, 1, "enacts")])


@pytest.mark.parametrize(
    ("pred", "strict_f1", "lenient_f1"),
    [
        # everything right
        ([(0, 5, "State", "Q30"), (10, 20, "Law", None), (30, 42, "DataType", None)], 1.0, 1.0),
        # a boundary error counts as wrong (strict) but as found (lenient)
        ([(0, 5, "State", "Q30"), (10, 20, "Law", None), (26, 42, "DataType", None)], 0.6667, 1.0),
        # the right span with the wrong type is wrong both ways
        ([(0, 5, "Agency", None), (10, 20, "Law", None), (30, 42, "DataType", None)], 0.6667, 0.6667),
        # nothing predicted
        ([], 0.0, 0.0),
    ],
)
def test_entity_f1_strict_and_lenient(pred, strict_f1, lenient_f1):
    p = doc(pred)
    assert score_entities([GOLD], [p])["micro"]["f1"] == pytest.approx(strict_f1, abs=1e-4)
    assert score_entities([GOLD], [p], lenient=True)["micro"]["f1"] == pytest.approx(lenient_f1, abs=1e-4)


def test_per_type_precision_and_recall():
    p = doc([(0, 5, "State", None), (50, 55, "State", None), (10, 20, "Law", None)])
    per = score_entities([GOLD], [p])["per_type"]
    assert per["State"] == {"p": 0.5, "r": 1.0, "f1": 0.6667}
    assert per["Law"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert per["DataType"] == {"p": 0.0, "r": 0.0, "f1": 0.0}
    assert set(per) == {"State", "Agency", "IGO", "Firm", "Law", "DataType", "Person"}


def test_linking_counts_only_found_gold_mentions_with_a_qid():
    gold = doc([(0, 5, "State", "Q30"), (10, 15, "State", "Q148"), (20, 25, "IGO", "Q458")])
    pred = doc([(0, 5, "State", "Q30"), (10, 15, "State", "Q30")])  # third gold mention not found
    assert score_linking([gold], [pred]) == {"accuracy": 0.5, "n": 2, "precision": 0.5, "recall": 0.3333}


def test_relations_need_type_and_both_strict_arguments():
    right = doc([(0, 5, "State", None), (10, 20, "Law", None)], [(0, 1, "enacts")])
    wrong_type = doc([(0, 5, "State", None), (10, 20, "Law", None)], [(0, 1, "supports")])
    wrong_span = doc([(0, 5, "State", None), (10, 19, "Law", None)], [(0, 1, "enacts")])
    assert score_relations([GOLD], [right]) == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert score_relations([GOLD], [wrong_type])["f1"] == 0.0
    assert score_relations([GOLD], [wrong_span])["f1"] == 0.0


def test_documents_are_paired_by_id():
    other = doc([(0, 5, "State", "Q30")], id_="other")
    assert score_entities([GOLD], [other])["micro"]["r"] == 0.0


def test_score_has_the_documented_shape_and_formats():
    s = score([GOLD], [GOLD])
    assert set(s) == {
        "entities",
        "entities_by_kind",
        "linking",
        "relations",
        "relations_lenient",
        "not_facts",
        "relation_misses",
        "curve",
    }
    assert set(s["entities"]) == {"strict", "lenient"}
    assert set(s["entities"]["strict"]) == {"micro", "per_type"}
    assert set(s["entities"]["strict"]["micro"]) == {"p", "r", "f1"}
    assert set(s["linking"]) == {"accuracy", "n", "precision", "recall"}
    assert set(s["relations"]) == {"p", "r", "f1"}
    table = format_scores(s)
    assert "micro" in table and "linking accuracy 1.000 (n=1)" in table


def test_entities_are_also_scored_per_kind_of_document_with_telegrams_together():
    cable = {**GOLD, "id": "c", "kind": "cable"}
    frus = {**GOLD, "id": "f", "kind": "frus-telegram"}
    news = {**GOLD, "id": "n", "kind": "press-release"}
    missed = {**news, "entities": [], "relations": []}
    s = score([cable, frus, news], [cable, frus, missed])
    assert s["entities_by_kind"]["telegram"]["f1"] == 1.0
    assert s["entities_by_kind"]["press-release"]["r"] == 0.0
    assert "entities on telegram" in format_scores(s)


def _pred_relation(head, tail, type_, confidence, polarity="asserted", modality="stated"):
    return {"head": head, "tail": tail, "type": type_, "confidence": confidence, "polarity": polarity,
            "modality": modality}  # fmt: skip


def test_gold_statements_that_are_not_facts_are_counted_when_asserted():
    gold = {**GOLD, "non_facts": [{"head": 0, "tail": 2, "type": "requiresLocalization", "status": "negated"},
                                   {"head": 1, "tail": 2, "type": "regulates", "status": "proposed"}]}  # fmt: skip
    pred = {
        **GOLD,
        # the negated one asserted as a fact: the error this figure exists for
        "relations": [_pred_relation(0, 2, "requiresLocalization", 0.9)],
        # the proposed one recognised as proposed
        "not_facts": [_pred_relation(1, 2, "regulates", 0.9, modality="proposed")],
    }
    assert score_non_facts([gold], [pred]) == {"n": 2, "asserted_as_fact": 1, "recognised": 1}
    assert "asserted as facts 1" in format_scores(score([gold], [pred]))


def test_the_curve_trades_recall_for_precision():
    gold = doc([(0, 5, "State", None), (10, 20, "Law", None), (30, 42, "DataType", None)],
               [(0, 1, "enacts"), (1, 2, "regulates")])  # fmt: skip
    pred = {**gold, "candidates": [_pred_relation(0, 1, "enacts", 0.9), _pred_relation(1, 2, "regulates", 0.6),
                                   _pred_relation(0, 2, "requiresLocalization", 0.5)]}  # fmt: skip
    rows = {r["threshold"]: r for r in relation_curve([gold], [pred])}
    assert rows[0.5] == {"threshold": 0.5, "p": 0.6667, "r": 1.0, "f1": 0.8}
    assert rows[0.6]["p"] == 1.0 and rows[0.6]["r"] == 1.0
    assert rows[0.9] == {"threshold": 0.9, "p": 1.0, "r": 0.5, "f1": 0.6667}
    assert format_curve({"curve": list(rows.values())}).splitlines()[0].split() == ["threshold", "P", "R", "F1"]


def test_relation_misses_say_where_each_missed_relation_was_lost():
    text = "Kenya passed the Data Act. It covers health data and Kenya's regulator enforces the Data Act."
    ents = [
        (0, 5, "State", None),
        (17, 25, "Law", None),
        (37, 48, "DataType", None),
        (53, 58, "State", None),
        (84, 92, "Law", None),
    ]
    gold = {**doc(ents, [(0, 1, "enacts"), (1, 2, "regulates"), (3, 4, "enacts"), (0, 4, "enacts")]), "text": text}
    # enacts Kenya -> Data Act found; regulates (Data Act, health data) only across a sentence end; Kenya (53) ->
    # Data Act (84) in one sentence without a candidate; the first Kenya -> the second Data Act below the threshold
    pred = doc(ents, [(0, 1, "enacts")])
    pred["candidates"] = [*pred["relations"], {"head": 0, "tail": 4, "type": "enacts"}]
    pred["not_facts"] = []
    assert relation_misses([gold], [pred]) == {
        "argument": 0,
        "below_threshold": 1,
        "not_stated": 0,
        "across_sentences": 1,
        "within_sentence": 1,
    }
    # the same document with the law's second mention cut short, and the first relation judged not a fact
    cut = doc([*ents[:4], (85, 92, "Law", None)], [])
    cut["candidates"] = []
    cut["not_facts"] = [{"head": 0, "tail": 1, "type": "enacts", "polarity": "negated", "modality": "stated"}]
    misses = relation_misses([gold], [cut])
    assert misses["argument"] == 2 and misses["not_stated"] == 1 and misses["across_sentences"] == 1
    assert "relations missed: 4" in format_scores(score([gold], [cut]))
