"""What a law's rules are on (probe sentences of our own): a phrase of topic right after a rule noun says what the
rules govern even where the parser hangs it on the verb ("establishes rules on the processing of X"); a verb of
undoing says the opposite ("repealed the rules on X": the rules are gone, not the law's); forbidding data to be kept
abroad ("bans storing health records overseas") is requiring it to stay, but keeping data "beyond" a period or
"outside" a purpose is about time and use."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The Privacy Act establishes rules on the processing of personal data.",
            ("Privacy Act", "regulates", "personal data"),
        ),
        (
            "The Data Protection Act creates requirements concerning the storage of health records.",
            ("Data Protection Act", "regulates", "health records"),
        ),
    ],
)
def test_a_topic_after_a_rule_noun_is_what_the_law_regulates(
    extractor: Extractor, text: str, key: tuple[str, str, str]
) -> None:
    facts, _ = relations(extractor, text)
    assert key in facts


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # undoing: the rules are gone
        (
            "The Data Protection Act 2018 repealed the rules on health records.",
            ("Data Protection Act 2018", "regulates", "health records"),
        ),
        ("The Privacy Act abolished the rules on payment data.", ("Privacy Act", "regulates", "payment data")),
        # negated: a statement kept, never a fact
        (
            "The Privacy Act does not establish rules on the processing of personal data.",
            ("Privacy Act", "regulates", "personal data"),
        ),
        # a topic that is no data
        ("The Privacy Act establishes rules on Tuesday for personal data brokers.", None),
    ],
)
def test_undoing_negation_and_other_topics_give_no_fact(
    extractor: Extractor, text: str, key: tuple[str, str, str] | None
) -> None:
    facts, _ = relations(extractor, text)
    if key is None:
        assert not {f for f in facts if f[1] == "regulates"}, facts
    else:
        assert key not in facts


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The My Health Records Act prohibits holding health records outside Australia.",
            ("My Health Records Act", "requiresLocalization", "health records"),
        ),
        (
            "The Privacy Act bans storing health records overseas.",
            ("Privacy Act", "requiresLocalization", "health records"),
        ),
        (
            "The Privacy Act prohibits transferring personal data abroad.",
            ("Privacy Act", "requiresLocalization", "personal data"),
        ),
    ],
)
def test_forbidding_data_kept_abroad_requires_it_to_stay(
    extractor: Extractor, text: str, key: tuple[str, str, str]
) -> None:
    facts, _ = relations(extractor, text)
    assert key in facts


@pytest.mark.parametrize(
    "text",
    [
        "The Privacy Act prohibits storing personal data beyond the retention period.",
        "The Privacy Act prohibits keeping personal data outside the purposes of collection.",
        "The Privacy Act does not prohibit storing health records overseas.",
        "The Privacy Act might ban storing health records overseas.",
    ],
)
def test_time_use_negation_and_hedges_give_no_localisation(extractor: Extractor, text: str) -> None:
    facts, _ = relations(extractor, text)
    assert not {f for f in facts if f[1] == "requiresLocalization"}, facts
