"""An ampersand between capitalised words with spaces around it joins a name as "and" does ("House Energy & Commerce
Committee", "Ministry of Industry & Trade"); the title after it then heads the whole body (probe text of our own)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


def names(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extractor.extract("t", "v", text).mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Science & Technology Committee met in London.", "Science & Technology Committee"),
        ("The Ministry of Industry & Trade regulates data.", "Ministry of Industry & Trade"),
    ],
)
def test_an_ampersand_joins_a_bodys_name(extractor: Extractor, text: str, name: str) -> None:
    assert (name, "Agency") in names(extractor, text)


def test_the_title_after_the_name_heads_the_whole_body(extractor: Extractor) -> None:
    facts, _ = relations(extractor, "House Energy & Commerce Committee Chair Jane Roe released the bill.")
    assert ("Jane Roe", "leads", "House Energy & Commerce Committee") in facts
    assert not {f for f in facts if f[2] == "Commerce Committee"}


def test_an_ampersand_ending_a_run_joins_nothing(extractor: Extractor) -> None:
    assert not [n for n in names(extractor, "The Trade Committee & its staff met.") if "&" in n[0]]
