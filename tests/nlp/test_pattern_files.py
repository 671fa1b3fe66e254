"""The word lists are data files edited by many hands: a key written twice would silently replace the first list
(YAML keeps the last), so a rule would lose its words without any test of it failing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

PATTERNS = sorted((Path(__file__).parents[2] / "pipelines" / "nlp" / "patterns").glob("*.yaml"))


@pytest.mark.parametrize("path", PATTERNS, ids=lambda p: p.name)
def test_no_key_is_written_twice(path: Path) -> None:
    root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    keys = [k.value for k, _ in root.value]
    assert len(PATTERNS) >= 4
    assert sorted({k for k in keys if keys.count(k) > 1}) == []
