"""Calibrated confidence of a relation candidate, and the threshold above which a stated one is a fact.

The confidence of a candidate is an estimate of the precision its pattern had on the development gold sets, over the
asserted, stated candidates that pattern produced (a candidate is right when a gold relation of its type has
overlapping arguments: the relation is judged, not the entity boundaries), shrunk towards a broader estimate where
counts are few: a relation's precision (its plain patterns pooled, with Laplace's rule) is the prior of each of its
patterns (`regulates/verb`), and a pattern's is the prior of its variants found through a reference, an issuer or an
apposition (`regulates/verb+reference`). Each step adds `PRIOR_WEIGHT` pseudo-observations of the prior:
(correct + w * prior) / (predicted + w). An unseen pattern gets its prior; a pattern whose own record is more often
wrong than right borrows nothing and gets Laplace's estimate of its record, (correct + 1) / (predicted + 2). The
counts and the fact threshold are data (`patterns/relation_confidence.yaml`), written by
`scripts/calibrate_relations.py` from the development sets only; the held-out test sets never feed it.

How well this transfers is measured leave-one-set-out (`scripts/calibrate_relations.py --cross-validate`: each
development set scored with the counts and the threshold of the other sets alone; the figures are recorded in the
yaml). An L2-regularised logistic regression over the candidate's features (pattern, relation, argument types,
linking, distance, a sentence between the arguments ...), a pooled-precision threshold, a threshold chosen on
held-out folds and stronger shrinkage were measured the same way and not adopted: none gave a higher held-out
precision at an equal or better F1 under the strict score (the held-out-fold threshold, 0.25, would admit on the
development sets only wrong candidates), and the confidence ranks a held-out set's candidates only a little better than
chance (held-out AUC 0.61, the logistic model 0.67: the candidates are right about nine times in ten whatever their
pattern's record).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

CALIBRATION = Path(__file__).resolve().parent.parent / "patterns" / "relation_confidence.yaml"


PRIOR_WEIGHT = 4.0


@dataclass(frozen=True)
class Calibration:
    threshold: float
    counts: dict[str, tuple[int, int]]  # pattern -> (correct, predicted) on the development sets

    def confidence(self, pattern: str) -> float:
        own_correct, own_predicted = self.counts.get(pattern, (0, 0))
        if 2 * own_correct < own_predicted:  # its own record says it is more often wrong: no borrowed strength
            return round((own_correct + 1) / (own_predicted + 2), 3)
        relation = pattern.split("/", 1)[0]
        # the relation's plain patterns (not those found through a reference, an issuer ...) make its prior
        pooled = [v for k, v in self.counts.items() if k.split("/", 1)[0] == relation and "+" not in k]
        prior = (sum(c for c, _ in pooled) + 1) / (sum(n for _, n in pooled) + 2)
        for level in (pattern.split("+", 1)[0], pattern):
            correct, predicted = self.counts.get(level, (0, 0))
            prior = (correct + PRIOR_WEIGHT * prior) / (predicted + PRIOR_WEIGHT)
            if level == pattern:
                break
        return round(prior, 3)


@lru_cache(maxsize=2)
def load_calibration(path: Path = CALIBRATION) -> Calibration:
    if not path.exists():
        return Calibration(threshold=0.5, counts={})
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    counts = {str(k): (int(v[0]), int(v[1])) for k, v in (data.get("patterns") or {}).items()}
    return Calibration(threshold=float(data.get("fact_threshold", 0.5)), counts=counts)
