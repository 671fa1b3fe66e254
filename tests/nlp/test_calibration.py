"""Relation confidences and the fact threshold (`pipelines.nlp.relations.calibration`,
`scripts/calibrate_relations.py`)."""

from __future__ import annotations

import importlib.util

from pipelines.nlp.relations.calibration import Calibration
from pipelines.paths import PROJECT_ROOT

_spec = importlib.util.spec_from_file_location(
    "calibrate_relations", PROJECT_ROOT / "scripts" / "calibrate_relations.py"
)
assert _spec is not None and _spec.loader is not None
calibrate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(calibrate)


def test_a_pattern_with_a_good_record_is_more_confident_than_one_with_a_bad_record():
    cal = Calibration(threshold=0.8, counts={"regulates/verb": (18, 20), "regulates/verb+pronoun": (0, 3)})
    assert cal.confidence("regulates/verb") > 0.85
    assert cal.confidence("regulates/verb+pronoun") < cal.confidence("regulates/verb")
    # an unseen variant takes its pattern's estimate
    assert cal.confidence("regulates/verb+apposition") == cal.confidence("regulates/verb")
    # a variant whose own record is mostly wrong borrows nothing from its pattern: Laplace's estimate of its record
    assert cal.confidence("regulates/verb+pronoun") == round(1 / 5, 3)


def test_the_threshold_never_admits_a_level_that_is_more_often_wrong_than_right():
    # 0.95: 40 of 40 right; 0.8: 0 of 2 right; 0.7: 9 of 10 right. Pooled, every level keeps precision above 0.9
    # (49 of 52 down to 0.7), but the 0.8 level alone is always wrong: neither it nor anything below is admitted
    scored = [(0.95, True)] * 40 + [(0.8, False)] * 2 + [(0.7, True)] * 9 + [(0.7, False)]
    threshold, figures = calibrate.choose_threshold(scored, n_gold=60)
    assert threshold == 0.95
    assert figures["precision"] == 1.0


def test_the_threshold_goes_down_while_precision_holds():
    scored = [(0.95, True)] * 10 + [(0.8, True)] * 8 + [(0.8, False)] + [(0.5, True), (0.5, False), (0.5, False)]
    threshold, figures = calibrate.choose_threshold(scored, n_gold=20)
    assert threshold == 0.8
    assert figures == {
        "precision": round(18 / 19, 3),
        "recall": 0.9,
        "f1": round(2 * (18 / 19) * 0.9 / (18 / 19 + 0.9), 3),
    }


def test_a_relation_anchored_on_another_mention_of_the_same_entity_counts_as_right():
    # the gold anchors "Australia signed ..." on "ACTA"; the extractor on the full name, which it resolves to the
    # same law as "ACTA"
    gold = {
        "entities": [
            {"start": 0, "end": 9, "type": "State"},
            {"start": 21, "end": 56, "type": "Law"},
            {"start": 58, "end": 62, "type": "Law"},
        ],
        "relations": [{"head": 0, "tail": 2, "type": "enacts"}],
    }
    entities = [
        {"start": 0, "end": 9, "type": "State", "entity_id": "state/au"},
        {"start": 21, "end": 56, "type": "Law", "entity_id": "law/acta"},
        {"start": 58, "end": 62, "type": "Law", "entity_id": "law/acta"},
        {"start": 70, "end": 74, "type": "Law", "entity_id": "law/other"},
    ]
    assert calibrate.same_entities({"head": 0, "tail": 1, "type": "enacts"}, entities, gold)
    # another law, or another relation type, is not the gold's relation
    assert not calibrate.same_entities({"head": 0, "tail": 3, "type": "enacts"}, entities, gold)
    assert not calibrate.same_entities({"head": 0, "tail": 1, "type": "supports"}, entities, gold)


def test_another_mention_of_a_data_type_is_not_the_gold_argument():
    # "personal data" recurs as a category: the gold's relation on its first mention says nothing of a later one
    gold = {
        "entities": [{"start": 0, "end": 8, "type": "Law"}, {"start": 20, "end": 33, "type": "DataType"}],
        "relations": [{"head": 0, "tail": 1, "type": "regulates"}],
    }
    entities = [
        {"start": 0, "end": 8, "type": "Law", "entity_id": "law/kdpa"},
        {"start": 20, "end": 33, "type": "DataType", "entity_id": "datatype/personal-data"},
        {"start": 90, "end": 103, "type": "DataType", "entity_id": "datatype/personal-data"},
    ]
    assert calibrate.same_entities({"head": 0, "tail": 1, "type": "regulates"}, entities, gold)
    assert not calibrate.same_entities({"head": 0, "tail": 2, "type": "regulates"}, entities, gold)
