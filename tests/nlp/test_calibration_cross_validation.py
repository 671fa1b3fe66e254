"""Leave-one-set-out measurement of the relation confidences (`scripts/calibrate_relations.py --cross-validate`):
the held-out set never feeds its own calibration, the logistic model's features, and the sets calibrated on."""

from __future__ import annotations

import importlib.util

from pipelines.paths import PROJECT_ROOT

_spec = importlib.util.spec_from_file_location(
    "calibrate_relations_cv", PROJECT_ROOT / "scripts" / "calibrate_relations.py"
)
assert _spec is not None and _spec.loader is not None
calibrate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(calibrate)
Row = calibrate.Row


def _rows(set_name: str, pattern: str, right: int, wrong: int) -> list:
    return [Row(set_name, pattern, True, True, {"bias": 1.0, f"pattern={pattern}": 1.0})] * right + [
        Row(set_name, pattern, False, False, {"bias": 1.0, f"pattern={pattern}": 1.0})
    ] * wrong


def test_the_held_out_set_never_calibrates_itself():
    # "enacts/only-here" is always wrong, and only set c has it: calibrated on all sets it is no fact, but held out,
    # set c meets it unseen: it takes its relation's prior, which is above the threshold the other sets chose (a
    # pattern right 3 times of 4 brings it down), and its facts are wrong
    rows = _rows("a", "enacts/verb", 10, 0) + _rows("a", "enacts/copula", 3, 1) + _rows("b", "enacts/verb", 10, 0)
    rows += _rows("c", "enacts/verb", 5, 0) + _rows("c", "enacts/only-here", 0, 4)
    n_gold = {"a": 13, "b": 10, "c": 5}
    calibration, in_sample = calibrate.calibrate_patterns(rows, sum(n_gold.values()))
    assert calibration.confidence("enacts/only-here") < calibration.threshold
    assert in_sample["precision"] == round(28 / 29, 3)
    held_out = calibrate.leave_one_set_out(rows, n_gold, calibrate.per_pattern)
    assert held_out["sets"]["c"][:3] == [9, 5, 5]
    assert held_out["sets"]["a"][:3] == [10, 10, 13]  # the copula, unseen elsewhere, falls below b and c's threshold
    assert held_out["lenient"]["precision"] == round(25 / 29, 3)
    assert held_out["facts"] == 29


def test_the_logistic_model_learns_a_bad_pattern_and_gives_an_unseen_one_the_prior():
    rows = _rows("a", "regulates/verb", 18, 2) + _rows("b", "regulates/odd", 1, 9)
    weights = calibrate.fit_logistic(rows, penalty=1.0)
    good = calibrate.logistic_confidence(weights, {"bias": 1.0, "pattern=regulates/verb": 1.0})
    bad = calibrate.logistic_confidence(weights, {"bias": 1.0, "pattern=regulates/odd": 1.0})
    unseen = calibrate.logistic_confidence(weights, {"bias": 1.0, "pattern=regulates/new": 1.0})
    assert good > 0.8 and bad < 0.3
    assert unseen == calibrate.logistic_confidence(weights, {"bias": 1.0})
    assert bad < unseen < good


def test_candidate_features_read_the_arguments_and_the_text_between_them():
    text = "The Data Act was passed by Parliament. It regulates location data."
    entities = [
        {"start": 4, "end": 12, "type": "Law", "qid": None},
        {"start": 27, "end": 37, "type": "Agency", "qid": "Q1"},
        {"start": 52, "end": 65, "type": "DataType", "qid": None},
    ]
    enacts = calibrate.candidate_features(
        text, entities, {"head": 1, "tail": 0, "type": "enacts", "pattern": "enacts/passive"}
    )
    assert enacts["head_linked"] == 1.0 and enacts["tail_linked"] == 0.0
    assert enacts["sentence_between"] == 0.0 and enacts["head_first"] == 0.0
    assert enacts["head=enacts:Agency"] == 1.0 and enacts["frame=passive"] == 1.0
    regulates = calibrate.candidate_features(
        text, entities, {"head": 0, "tail": 2, "type": "regulates", "pattern": "regulates/verb+pronoun"}
    )
    assert regulates["sentence_between"] == 1.0 and regulates["mentions_between"] == 0.2
    assert regulates["via=pronoun"] == 1.0 and regulates["pattern=regulates/verb"] == 1.0


def test_the_pooled_threshold_is_the_lowest_level_that_keeps_the_precision():
    scored = [(0.9, True)] * 9 + [(0.6, True)] * 3 + [(0.6, False), (0.3, False), (0.3, False)]
    assert calibrate.pooled_threshold(scored) == 0.6
    assert calibrate.pooled_threshold([(0.5, False)]) == 1.0


def test_the_development_sets_include_unseen10_under_the_note_and_no_test_half():
    names = [p.name for p in calibrate.DEV_SETS]
    assert "unseen10-dev.jsonl" in names and "unseen10-dev.jsonl" in calibrate.NOTE_SETS
    assert not any(name.endswith("-test.jsonl") for name in names)
