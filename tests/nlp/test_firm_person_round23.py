"""Round 23 of firms and persons (probe text of our own: news, wire copy, government releases, telegrams, tables
of contents, headlines).

- A company named once in full, one word before its legal form or "Group" ("KORVANET Corporation", "TELSAR
  Limited"), goes by that word alone elsewhere in the document when the word is in capitals or coined: the bare
  word names the company, also where the model read it as a body (`text_rules/firm_short_names.py`). An ordinary
  word before the form ("General Corporation") gives no short name, and a word in capitals with no company's full
  name in the document stays what it was.
- A headline, a title or an entry of a table of contents capitalises every longer word, so a capitalised noun there
  after a company's name is the headline's word, no product's name: the company stays ("Purchases of Huawei
  Equipment"); in running text the noun makes a product's name ("users of Microsoft Teams"), no mention of the
  company (`entities/headline_capitals.py`).
"""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.support.probes import mentions, of_type


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # news
        (
            "The ministry signed a contract with the KORVANET Corporation in May. Officials said KORVANET would "
            "build the network.",
            "KORVANET",
        ),
        # telegram, an initialism in a government text the model reads as a body's
        (
            "Under its charter, TELSAR Limited operates the satellite. TELSAR officials declined to comment.",
            "TELSAR",
        ),
        # a diplomatic report: the short name before the full one
        ("In a meeting with Embassy and ORBISAT officials, the ORBISAT Corporation's envoys spoke.", "ORBISAT"),
    ],
)
def test_short_name_after_full_name_is_the_firm(extractor: Extractor, text: str, short: str) -> None:
    found = mentions(extractor, text)
    assert ("Firm", short) in found
    assert ("Agency", short) not in found and ("Person", short) not in found


def test_short_name_mentions_are_each_found(extractor: Extractor) -> None:
    text = (
        "Lawmakers questioned the QORTEX Corporation about its network. QORTEX said the review was routine, and "
        "QORTEX engineers met the committee."
    )
    x = extractor.extract("t", "v", text)
    assert [m.text for m in x.mentions if m.type == "Firm"].count("QORTEX") == 2


@pytest.mark.parametrize(
    ("text", "not_firm"),
    [
        # an ordinary word before the legal form: no short name
        ("The General Corporation was founded in 1920. General Smith visited the plant.", "General"),
        # no company's full name in the document: the initialism is left as it is
        ("The ministry hired KORVANET consultants. KORVANET said nothing.", "KORVANET"),
        # a body's initialism before "Group" in a meeting's name is no company
        ("NASA Group meetings were held in June. NASA said the launch was delayed.", "NASA"),
    ],
)
def test_no_short_name(extractor: Extractor, text: str, not_firm: str) -> None:
    assert not_firm not in of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # headline
        ("Senators Question Purchases of Huawei Equipment by Rural Carriers", "Huawei"),
        # a table of contents' entry
        ("Contents: 2. Security Risks Posed by Kaspersky Software 14 3. Next Steps 20", "Kaspersky"),
    ],
)
def test_headline_capital_after_firm_keeps_the_firm(extractor: Extractor, text: str, firm: str) -> None:
    assert firm in of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # running text: the capitalised noun makes a product's name
        ("Many travellers now rely on Google Maps to find their way.", "Google"),
        ("The agency said users of Microsoft Teams were affected.", "Microsoft"),
        ("Last year Apple Music added lossless audio.", "Apple"),
    ],
)
def test_product_in_running_text_is_no_firm(extractor: Extractor, text: str, firm: str) -> None:
    assert firm not in of_type(extractor, text, "Firm")
