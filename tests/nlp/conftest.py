"""Fixtures of the NLP tests: one extractor (the real model and rules), loaded once per session."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from pipelines.nlp.settings import NlpSettings


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor(NlpSettings())
