"""Prose in capitals is re-cased for the statistical model only (`pipelines.nlp.recase`, `recase_swap`)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from pipelines.nlp.recase import capitals_paragraphs, recase
from pipelines.nlp.recase_swap import RecaseIn, recase_out


@pytest.fixture(scope="module")
def recase_in(extractor: Extractor) -> RecaseIn:
    component = extractor.nlp.get_pipe("pg_recase_in")
    assert isinstance(component, RecaseIn)
    return component


# a cable (the SAYID MAREI kind of name), a government release and a news report, all typed in capitals
CABLE = "1. THE SECRETARY MET WITH FONMIN KOVALSKI AND SAYID MAREI TO DISCUSS THE IAEA BUDGET. USG POSITION IS FIRM."
RELEASE = "THE MINISTRY ANNOUNCED TODAY THAT MINISTER OKONJO WILL PRESENT THE DRAFT DATA PROTECTION BILL TO PARLIAMENT."
NEWS = "REGULATORS IN BRUSSELS SAID ON TUESDAY THAT THEY HAD OPENED AN INQUIRY INTO THE TRANSFERS OF PERSONAL DATA."


def test_common_words_lower_names_title_acronyms_kept(recase_in: RecaseIn) -> None:
    view = recase(CABLE, recase_in.vocabulary)
    assert len(view) == len(CABLE)
    assert view.startswith("1. The secretary met with Fonmin Kovalski and Sayid Marei to discuss the IAEA budget.")
    assert "USG position is firm." in view  # a short word that is no common word stays an abbreviation


def test_title_before_name_and_sentence_start(recase_in: RecaseIn) -> None:
    view = recase(RELEASE, recase_in.vocabulary)
    assert view.startswith("The ministry announced today that Minister Okonjo will present the draft data")
    news = recase(NEWS, recase_in.vocabulary)
    assert news.startswith("Regulators in ") and "said on tuesday that they had opened an inquiry" in news


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary met Foreign Minister Kovalski in Vienna to discuss the IAEA budget and the draft law.",
        "TAGS: PGOV, PREL, ECON, ETRD, KPRV, EU, US, FR, DE, IT, ES, NL, BE, LU, AT, SE, FI, DK, IE, PT, GR",
        "RR RUEHWEB\nDE RUEHDT #0211 0451023\nZNY CCCCC ZZH\nR 141023Z FEB 09 ZDK\nFM AMEMBASSY DILI\nTO RUEHC/STATE",
        "SUBJECT: Results of the World Food Council for Secretary from Under Secretary Robinson and others",
    ],
)
def test_mixed_case_headers_and_code_lines_unchanged(recase_in: RecaseIn, text: str) -> None:
    assert recase(text, recase_in.vocabulary) == text


def test_only_paragraphs_in_capitals() -> None:
    text = "Mixed case prose of a news article, long enough to be judged as a paragraph here.\n\n" + NEWS
    assert [text[a:b].strip() for a, b in capitals_paragraphs(text)] == [NEWS]


def test_swap_keeps_tokens_and_restores_original(extractor: Extractor, recase_in: RecaseIn) -> None:
    doc = extractor.nlp.make_doc(CABLE)
    swapped = recase_in(doc)
    assert swapped.text != CABLE and [t.idx for t in swapped] == [t.idx for t in doc]
    assert recase_out(swapped).text == CABLE
    assert recase_in(extractor.nlp.make_doc(RELEASE.lower())).text == RELEASE.lower()


def test_model_reads_view_mentions_keep_original(extractor: Extractor) -> None:
    doc = extractor.nlp(CABLE)
    assert doc.text == CABLE
    persons = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert any("KOVALSKI" in p for p in persons)
    mentions = extractor.extract("d", "v", NEWS).mentions
    assert all(m.text == NEWS[m.start : m.end] for m in mentions)
