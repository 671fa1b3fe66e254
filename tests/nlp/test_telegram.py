"""Header mentions of telegrams found in text (`pipelines/nlp/telegram/`), on headers written the way cables are."""

from __future__ import annotations

from pipelines.nlp.telegram import (
    cited_cables,
    embassies_in_prose,
    government_abbreviations,
    header_mentions,
    pass_lines,
    serial_lines,
    signature,
    tag_codes,
    tags_lines,
)
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
    assert {"STATE", "E.O. 12958"} <= set(got)
    assert not {"WHA/CAN", "EEB/CIP"} & set(got)  # the Department's own bureaus after "STATE FOR": routing, no body
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


PASS_LINES = (
    "UNCLAS SECTION 01 OF 08 BRUSSELS 001140\n"
    "STATE FOR EEB/CIP, EUR/ERA, L, INL, S/CT\n"
    "DEPT PLEASE PASS FTC AND FDA\n"
    "USDOC FOR ITA ROBIN GAINES-DEATS, NTIA CHRISTINA\n"
    "SPECK\n"
    "DOD FOR OSD SUPPLY CHAIN INTEGRATION KATHLEEN SMITH\n"
    "FCC FOR TRACEY WEISLER\n"
    "E.O. 12958: N/A\n"
    "TAGS: ECON, EUN\n"
)


def test_pass_lines_start_a_line_and_name_offices_and_officers():
    joined = join_wrapped_lines(PASS_LINES)
    assert "S/CT\nDEPT PLEASE PASS" in joined and "SMITH\nFCC FOR" in joined  # each instruction its own line
    assert "NTIA CHRISTINA SPECK" in joined  # a name wrapped at the line end is read whole
    found = {(joined[h.start : h.end], h.type) for h in header_mentions(joined)}
    assert {("DEPT", "Agency"), ("FTC", "Agency"), ("FDA", "Agency"), ("ITA", "Agency"), ("NTIA", "Agency")} <= found
    assert {("OSD", "Agency"), ("FCC", "Agency"), ("STATE", "Agency")} <= found
    assert not {o for o, _ in found} & {"EEB/CIP", "EUR/ERA", "INL", "S/CT"}  # "STATE FOR" lists its own bureaus
    persons = {name for name, t in found if t == "Person"}
    assert persons == {"ROBIN GAINES-DEATS", "CHRISTINA SPECK", "KATHLEEN SMITH", "TRACEY WEISLER"}


def test_an_office_on_its_own_line_and_offices_at_a_headquarters():
    text = (
        "FM AMEMBASSY PARIS\n"
        "TO RUEADRO/HQ ICE DRO WASHINGTON DC\n"
        "RUEABND/DEA HQS WASHINGTON DC\n"
        "LIMITED OFFICIAL USE SECTION 01 OF 02 PARIS 30814\n"
        "NESCO\n"
        "SIPDIS\n"
        "E. O. 11652: N/A\n"
    )
    assert names(text) == ["AMEMBASSY PARIS", "ICE", "DRO", "DEA", "NESCO", "E. O. 11652"]


def test_the_post_of_a_serial_line_is_no_mention():
    text = "UNCLAS IAEA VIENNA 2825\nPAGE 02 IAEA V 02825 291622Z\nUNCLAS SECTION 01 OF 02 STATE 163088\n"
    assert [text[a:b] for a, b in serial_lines(text)] == ["IAEA VIENNA", "IAEA V", "STATE"]
    assert names(text) == ["STATE"]  # the Department's own serial names it


def test_a_list_of_office_symbols_names_the_department_however_its_verb_is_written():
    text = (
        "UNCLAS SECTION 01 OF 04 BRUSSELS 000120\n"
        "SIPDIS\n"
        "DEPT OR EUR, L, S/CT, EEB, INL\n"
        "TREASURY FOR TFI\n"
        "E.O.: 12958: N/A\n"
        "TAGS: PTER, KTFN, PGOV,\n"
        "KHLS, EUN, NL, BE\n"
    )
    assert names(text) == ["DEPT", "TREASURY", "TFI", "E.O.: 12958"]


def test_two_letters_before_an_officers_name_are_no_office():
    text = "UNCLAS SECTION 01 OF 02 BRUSSELS 001140\nUSDOC FOR ITA ROBIN GAINES-DEATS, TA DOUG DEVEREAUX\nTAGS: ECON\n"
    assert names(text) == ["USDOC", "ITA", "ROBIN GAINES-DEATS", "DOUG DEVEREAUX"]


def typed(text: str, **callbacks) -> set[tuple[str, str]]:
    return {(text[h.start : h.end], h.type) for h in header_mentions(text, **callbacks)}


def test_officers_named_by_surname_or_initial_on_pass_lines():
    text = (
        "C O N F I D E N T I A L SECTION 01 OF 02 MADRID 001528\n"
        "TREASURY FOR OFAC SZUBIN, MONBORNE, MAHER\n"
        "NSC FOR BADER, MEDEIROS, AND LOI\n"
        "NSC FOR ABRAMS/SINGH/YERGER, STATE FOR NEA/ELA,\n"
        "STATE PASS USTR FOR D.WEINER AND J.GROVES\n"
        "STATE PASS U.S. COPYRIGHT OFFICE FOR M.WOODS\n"
        "COMMERCE FOR 4212/DON CALVERT\n"
        "COMMERCE ALSO FOR USPTO\n"
        "E.O. 12958: N/A\n"
        "TAGS PTER, ECPS, SP\n"
    )
    found = typed(text, is_body=lambda word: word == "OFAC")
    persons = {name for name, t in found if t == "Person"}
    assert persons == {
        "SZUBIN", "MONBORNE", "MAHER", "BADER", "MEDEIROS", "LOI", "ABRAMS", "SINGH", "YERGER",
        "D.WEINER", "J.GROVES", "M.WOODS", "DON CALVERT",
    }  # fmt: skip
    offices = {name for name, t in found if t == "Agency"}
    assert {
        "TREASURY",
        "OFAC",
        "NSC",
        "STATE",
        "USTR",
        "U.S. COPYRIGHT OFFICE",
        "COMMERCE",
        "USPTO",
    } == offices


def test_the_departments_bureaus_are_routing_and_a_handling_instruction_names_nothing():
    text = "UNCLAS PARIS 001267\nNOT FOR INTERNET DISTRIBUTION\nDEPT FOR S, P, D, EAP/CM, EEB, AND H\nTAGS: ECON\n"
    assert typed(text) == {("DEPT", "Agency")}
    # offices joined by AND, however many; a list of known bodies is no list of names
    text = "UNCLAS SECTION 01 OF 02 BRUSSELS 000120\nDEPT PLEASE PASS FTC AND FDA\nTAGS: ECON\n"
    assert typed(text, is_body=lambda w: w in ("FTC", "FDA")) == {
        ("DEPT", "Agency"),
        ("FTC", "Agency"),
        ("FDA", "Agency"),
    }


def test_cables_cited_by_their_post_city_are_no_mentions():
    text = (
        "SUBJECT: COALITION TESTED\n\nREF: A. BERLIN 1393\n     \u00b6B. BERLIN 1377\n"
        "(C) USOECD 24243\n1. (C) SUMMARY: Ambassador Murphy met BERLIN 1500 officials.\n"
    )
    assert [text[a:b] for a, b in cited_cables(text)] == ["A. BERLIN 1393", "B. BERLIN 1377"]
    line = "S E C R E T SECTION 01 OF 04 BEIRUT 000523\n"
    assert [line[a:b] for a, b in serial_lines(line)] == ["BEIRUT"]  # a letter-spaced marking


def test_government_abbreviations_name_the_state_the_telegram_is_about():
    text = "UNCLAS MADRID 001152\nTAGS: KIPR ETRD SP\nSUBJECT: GOS MOVES\n\n1. The GOS and GOF agree."
    assert tag_codes(text) == ["SP"]
    about = {"state/ES": "Spain", "state/FR": "France"}
    assert [(text[a:b], sid) for a, b, sid in government_abbreviations(text, about)] == [
        ("GOS", "state/ES"),
        ("GOS", "state/ES"),
        ("GOF", "state/FR"),
    ]
    assert government_abbreviations(text, {"state/ES": "Spain", "state/SE": "Sweden"})[:1] == []  # two S states


def test_embassies_named_as_telegrams_name_them():
    text = "Reported by Embassy Berlin; Emb Paris reports. From the Embassy in Austria. The U.S. Embassy Rome, "
    text += "Embassy staff"
    capitals = {"Berlin", "Paris", "Rome"}
    got = embassies_in_prose(text, lambda w: w in capitals, lambda w: w == "Austria")
    assert [(text[a:b], d) for a, b, d in got] == [
        ("Embassy Berlin", "AMEMBASSY BERLIN"),
        ("Emb Paris", "AMEMBASSY PARIS"),
        ("Embassy in Austria", "Embassy in Austria"),
    ]


def test_pass_lines_are_the_header_lines_that_pass_a_telegram_on():
    spans = [ROUTED[a:b] for a, b in pass_lines(ROUTED)]
    assert spans == ["STATE FOR WHA/CAN, EEB/CIP"]
    # prose after the subject line is no pass line, whatever its words; a text without a TAGS line has none
    assert pass_lines(ROUTED + "\n1. THE MINISTRY FOR EUROPE ASKED.\n") == pass_lines(ROUTED)
    assert pass_lines("STATE FOR EEB/CIP\nThe text.") == []


def test_a_signature_is_the_last_line_alone_after_a_blank_line():
    text = ROUTED + "\n1. THE PROVINCES WEIGH RULES.\n\nJACOBSON\n"
    a, b = signature(text)
    assert text[a:b] == "JACOBSON"
    assert signature(ROUTED + "\n1. THE PROVINCES WEIGH RULES.\nJACOBSON\n") is None  # no blank line before
    assert signature(ROUTED + "\n1. RULES.\n\nUNCLASSIFIED\n") is None  # a marking
    assert signature(ROUTED + "\n1. RULES.\n\nSee the annex for details.\n") is None  # a sentence
