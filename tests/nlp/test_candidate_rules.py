"""The finders' table of rules (`patterns/candidate_rules.yaml`): every rule a finder names is in it, and every rule
in it is named by a finder."""

from __future__ import annotations

import ast
from pathlib import Path

from pipelines.nlp.rules.candidates import Cand, candidate_rules

NLP = Path(__file__).resolve().parents[2] / "pipelines" / "nlp"


def _rule_ids_in_code() -> set[str]:
    """The rule ids the finders pass to `Cand.of` (its fourth argument)."""
    found = set()
    for path in NLP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "of":
                if isinstance(node.func.value, ast.Name) and node.func.value.id == "Cand":
                    rule_id = node.args[3]
                    assert isinstance(rule_id, ast.Constant), f"{path}:{node.lineno}: a rule id is a literal"
                    found.add(rule_id.value)
    return found


def test_every_rule_named_is_in_the_table_and_used():
    rules = candidate_rules()
    assert _rule_ids_in_code() == set(rules)
    for rule in rules.values():
        assert rule.priority in range(1, 6) and 0 < rule.confidence <= 1


def test_rules_of_one_source_keep_its_name():
    # "law-head" has two rules (a head-first name and a name by its last head): both record "law-head"
    first, last = Cand.of(0, 3, "Law", "law-head-first"), Cand.of(0, 3, "Law", "law-head-last")
    assert (first.source, first.confidence) == ("law-head", 0.7)
    assert (last.source, last.priority, last.confidence) == ("law-head", 4, 0.75)
