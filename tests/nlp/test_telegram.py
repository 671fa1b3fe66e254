"""Header mentions of telegrams found in text (`pipelines/nlp/telegram.py`), on headers written the way cables are."""

from __future__ import annotations

from pipelines.nlp.telegram import header_mentions, tags_lines
from pipelines.nlp.textview import join_wrapped_lines

ROUTED = (
    "R 041530Z MAR 09\n"
    "FM AMEMBASSY OTTAWA\n"
    "TO RUEHC/SECSTATE WASHDC PRIORITY 0412\n"
    "RHMFIUU/DEPT OF HOMELAND SECURITY WASHINGTON DC PRIORITY\n"
    "INFO RUCNCAN/ALL CANADIAN POSTS COLLECTIVE\n"
    "RUEATRS/DEPT OF TREASURY WASHDC\n"
    "UNCLAS SECTION 01 OF 02 OTTAWA 000187\n"
    "STATE FOR WHA/CAN, EEB/CIP\n"
    "E.O. 12958: N/A\n"
    "TAGS: ECPS, ETRD, CA\n"
    "SUBJECT: CANADIAN PROVINCES WEIGH DATA RESIDENCY RULES\n"
)


def names(text: str) -> list[str]:
    return [text[h.start : h.end] for h in header_mentions(text)]


def test_routed_addressees_are_named_without_routing_indicator_precedence_or_serial():
    got = names(ROUTED)
    assert got[:4] == ["AMEMBASSY OTTAWA", "SECSTATE", "DEPT OF HOMELAND SECURITY", "DEPT OF TREASURY"]
    assert {"STATE", "WHA/CAN", "EEB/CIP", "E.O. 12958"} <= set(got)
    assert not [n for n in got if "COLLECTIVE" in n or "CANADIAN" in n]  # a group of posts is no body


def test_routed_address_lines_are_not_joined_as_wrapped_prose():
    joined = join_wrapped_lines(ROUTED)
    assert "0412\nRHMFIUU/DEPT OF HOMELAND SECURITY WASHINGTON DC PRIORITY\nINFO RUCNCAN" in joined
    assert names(joined) == names(ROUTED)


def test_a_telegram_without_address_lines_is_known_by_its_tags_line():
    text = (
        "UNCLAS SECTION 01 OF 03 TOKYO 000231\n"
        "SIPDIS\n"
        "TREASURY FOR OASIA\n"
        "E.O.: 12958: N/A\n"
        "TAGS: ECON, JA\n"
        "SUBJECT: DIET TAKES UP DATA BILL\n"
    )
    assert names(text) == ["TREASURY", "OASIA", "E.O.: 12958"]
    assert [text[a:b] for a, b in tags_lines(text)] == ["TAGS: ECON, JA"]


def test_prose_has_no_header_mentions():
    text = "Treasury for its part said the TO-DO list was long. The rules take effect in May."
    assert header_mentions(text) == []
