"""Text layout, round 20 (probe text of our own: cables, news, government releases).

Whether a text is a telegram is a property of the text: the text view and several rule components ask it of the
same text, and it is answered once (`telegram.is_telegram` remembers its last answers). The answer stays the
text's own: a telegram read after a news report, or a news report after a telegram, is read as what it is."""

from __future__ import annotations

import pytest

from pipelines.nlp.telegram import is_telegram
from tests.support.probes import mentions

_CABLE = (
    "TAGS: PGOV, ECON, VM\nSUBJECT: VIETNAM DATA RULES\n\n"
    "1. (SBU) The GVN said Vietnam will require firms to store personal data locally."
)
_NEWS = "HANOI (Reuters) - The GVN said Vietnam will require firms to store personal data locally."


@pytest.mark.parametrize(
    "text",
    [
        _CABLE,
        "UNCLAS SECTION 01 OF 02 HANOI 001187\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: ECPS, VM",
        "1. (SBU) Summary: The Ministry met us.\n\n2. (C) The GVN declined to comment.",
    ],
)
def test_a_telegram_is_known_by_its_fields_or_its_classified_paragraphs(text):
    assert is_telegram(text)


@pytest.mark.parametrize(
    "text",
    [
        _NEWS,
        "The Federal Trade Commission issued a rule on health data. TAGS are not used here.",
        "1. (SBU) One paragraph marked as a telegram's does not make a telegram.\n\n2. The second is unmarked.",
    ],
)
def test_other_texts_are_no_telegrams(text):
    assert not is_telegram(text)


def test_one_text_is_judged_once():
    text = _CABLE + "\n\n2. (U) Another paragraph, judged once however often it is asked."
    is_telegram(text)
    before = is_telegram.cache_info().hits
    assert is_telegram(text) and is_telegram(text)
    assert is_telegram.cache_info().hits == before + 2


def test_each_text_keeps_its_own_answer_through_the_extractor(extractor):
    # "GVN" is the government of Vietnam only in a telegram: the news report after the cable must not inherit the
    # cable's answer, nor the cable read again the report's
    assert ("State", "GVN") in mentions(extractor, _CABLE)
    assert ("State", "GVN") not in mentions(extractor, _NEWS)
    assert ("State", "GVN") in mentions(extractor, _CABLE)
