"""A cable's text in the pipeline is its body: the parser took the header off. What the header says the telegram
is about (its country TAGS, the post that sent it) still decides which country a generic body name belongs to."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from pipelines.nlp.telegram import Header
from pipelines.nlp.text_rules.abbreviations import abbreviations_after

# names the host country and the United States twice each (as an embassy's telegram does), Japan once: not
# clearly about one state from the text alone
BODY = (
    "1. (SBU) The Financial Services Authority told econoff on May 4 that banks must keep customer data in "
    "Indonesia. Indonesia will not change the rule this year, officials said, although the United States and "
    "Japan have raised it. The U.S. will raise it again.\n"
)


def _agencies(extractor: Extractor, header: Header | None) -> list[str]:
    x = next(extractor.extract_many([("cable", "v1", BODY, header)]))
    return [m.entity_id for m in x.mentions if m.type == "Agency"]


@pytest.mark.parametrize(
    "header", [Header(("ID",), None), Header((), "AMEMBASSY JAKARTA")], ids=["country tag", "sending post"]
)
def test_a_generic_body_name_takes_the_country_the_header_says_the_telegram_is_about(extractor, header):
    assert _agencies(extractor, header) == ["agency/id-financial-services-authority"]


def test_without_the_header_or_with_one_the_text_does_not_bear_out_the_name_stays_unqualified(extractor):
    assert _agencies(extractor, None) == ["agency/financial-services-authority"]
    # Japan is named once, Indonesia twice: the header's state must also be the one the text names most
    assert _agencies(extractor, Header(("JA",), None)) == ["agency/financial-services-authority"]


def test_the_header_travels_with_the_document_to_worker_processes(extractor):
    items = [("cable", "v1", BODY, Header(("ID",), None)), ("article", "v1", "Japan passed a law.")]
    out = list(extractor.extract_many(items, n_process=2))
    assert [x.doc_id for x in out] == ["cable", "article"]
    assert [m.entity_id for m in out[0].mentions if m.type == "Agency"] == ["agency/id-financial-services-authority"]


def test_a_cited_cable_in_parentheses_defines_no_abbreviation(extractor):
    text = "4. (SBU) Unlike the rule of the Central Bank of Kenya (REF B), the new decree (REFTEL) covers no bank.\n"
    x = extractor.extract("cable", "v1", text)
    assert "REF B" not in [m.text for m in x.mentions] and "REFTEL" not in [m.text for m in x.mentions]
    # an abbreviation that happens to be spelt REF still is one
    assert abbreviations_after("the Regional Energy Forum (REF) met", len("the Regional Energy Forum")) == [(27, 30)]
