"""Table-driven tests of the header rules measured on unseen telegrams (tests/fixtures/cables/headers/): FRUS
telegrams without address lines, office-distribution blocks and XMT lines, classification levels, REF lists,
signatures, TAGS continuation lines and page breaks. Every snippet here is invented for the test."""

from __future__ import annotations

import pytest

from pipelines.sources.cables import CableParseError, parse_cable
from pipelines.sources.cables.evaluate import header_fields
from pipelines.sources.cables.frus import run_in_subject
from pipelines.sources.cables.telegram import (
    HeaderHints,
    classification_level,
    find_signature,
    is_office_block_line,
    normalise_reference,
    parse_telegram_text,
    split_reference_items,
)

# --- FRUS TEI telegrams written the FRUS way (no FM/TO lines) ------------------------------------------------


def tei(head: str, dateline: str, *paragraphs: str, closer: str = "", note: str = "Confidential; Exdis.") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    signed = f"<closer><signed><persName><hi rend='strong'>{closer}</hi></persName></signed></closer>" if closer else ""
    return (
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div type="document" xml:id="d9" n="9">'
        f'<head>9. {head}<note n="1" type="source">Source: Central Files, POL 1. {note}</note></head>'
        f"<dateline>{dateline}</dateline>{body}{signed}</div></body></text></TEI>"
    ).encode()


EMBASSY_HEAD = (
    'Telegram From the <gloss type="from">Embassy in Ruritania</gloss> '
    'to the <gloss type="to">Department of State</gloss>'
)
DEPARTMENT_HEAD = "Telegram From the Department of State to the Embassy in Ruritania"
STRELSAU_Z = '<placeName>Strelsau</placeName>, <date when="1966-03-03T16:55:00+00:00">March 3, 1966, 1655Z</date>.'


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # the standard FRUS telegram: date from the Z time, level from the source note, "Embtel" = own post
        (
            tei(
                EMBASSY_HEAD,
                STRELSAU_Z,
                "5434. For Secretary from Ambassador. Ref: Embtel 8993. Text goes on (Paris 12).",
                closer="Smith",
            ),
            {
                "date": "1966-03-03T16:55:00Z",
                "classification": "Confidential",
                "references": ["66STRELSAU8993"],
                "signed_by": "Smith",
                "subject": None,
                "from": None,
                "to": None,
                "info": None,
                "tags": None,
            },
        ),
        # a Department telegram: run-in subject without its closing full stop, "Deptel" is a STATE telegram
        (
            tei(
                DEPARTMENT_HEAD,
                '<placeName>Washington</placeName>, <date when="1976-08-26T15:58:00">August 26, 1976, 1558Z</date>.',
                "212140. Eyes only for Ambassador. Subject: Talks with Mr. Jones on U.S./Ruritanian Trade. "
                "Ref: Deptel 77.",
                "1. Please deliver the following.",
                closer="Kissinger",
                note="Secret; Priority; Nodis.",
            ),
            {
                "date": "1976-08-26T15:58:00Z",
                "classification": "Secret",
                "subject": "Talks with Mr. Jones on U.S./Ruritanian Trade",
                "references": ["76STATE77"],
                "signed_by": "Kissinger",
            },
        ),
        # a local Washington time is converted to UTC (EDT in October 1966)
        (
            tei(
                DEPARTMENT_HEAD,
                '<placeName>Washington</placeName>, <date when="1966-10-26T19:40:00">'
                "October 26, 1966, 7:40 p.m.</date>",
                "73683. 1. During a call today the Minister said little.",
            ),
            {"date": "1966-10-26T23:40:00Z"},
        ),
        # ... and EST in January
        (
            tei(
                DEPARTMENT_HEAD,
                '<placeName>Washington</placeName>, <date when="1967-01-10T09:05:00">'
                "January 10, 1967, 9:05 a.m.</date>",
                "1234. Text.",
            ),
            {"date": "1967-01-10T14:05:00Z"},
        ),
        # the Z time on the dateline wins over a `when` that disagrees with it
        (
            tei(
                EMBASSY_HEAD,
                '<placeName>Strelsau</placeName>, <date when="1967-07-12T10:24:00+00:00">July 12, 1967, 1042Z</date>.',
                "523. Text.",
            ),
            {"date": "1967-07-12T10:42:00Z"},
        ),
        # a subject run in without its colon; a collection called "Confidential File" is no classification
        (
            tei(
                EMBASSY_HEAD,
                STRELSAU_Z,
                "2320. Subject Ruritanian Views on the Summit. Text follows.",
                note="White House Central Files, Confidential File. Secret; Nodis.",
            ),
            {"subject": "Ruritanian Views on the Summit", "classification": "Secret"},
        ),
        # a head that names no kind of document but glosses the sender and addressee is a telegram
        (
            tei(
                '<gloss type="from">Embassy in Ruritania</gloss> to the <gloss type="to">Department of State</gloss>',
                STRELSAU_Z,
                "12. Text.",
            ),
            {"date": "1966-03-03T16:55:00Z", "from": None},
        ),
    ],
)
def test_frus_telegrams_without_address_lines(data: bytes, expected: dict) -> None:
    got = header_fields(data, "frus.xml")
    assert {k: got[k] for k in expected} == expected


def test_frus_telegram_serial_gives_the_reference_id() -> None:
    record = parse_cable(tei(EMBASSY_HEAD, STRELSAU_Z, "5434. Text."), "frus.xml")
    assert record.reference_id == "66STRELSAU5434"
    record = parse_cable(tei(DEPARTMENT_HEAD, STRELSAU_Z.replace("Strelsau", "Washington"), "98765. Text."), "frus.xml")
    assert record.reference_id == "66STATE98765"


def test_frus_dateline_without_time_gives_the_day_and_says_so() -> None:
    record = parse_cable(
        tei(
            EMBASSY_HEAD,
            '<placeName>Strelsau</placeName>, <date when="1966-09-01">September 1, 1966</date>',
            "12. Text.",
        )
    )
    assert record.date == "1966-09-01"
    assert any("no time" in w for w in record.warnings)


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ("Memorandum of Conversation", "memorandum"),
        (
            'Letter From <gloss type="from">President Johnson</gloss> to <gloss type="to">President De Gaulle</gloss>',
            "letter",
        ),
        ("Memorandum From the Secretary of State to the President, transmitting a Telegram", "memorandum"),
        ("Editorial Note", "note"),
    ],
)
def test_frus_documents_that_are_not_telegrams_are_refused(head: str, kind: str) -> None:
    with pytest.raises(CableParseError) as info:
        parse_cable(tei(head, STRELSAU_Z, "SUBJECT: Something. The conversation began."), "frus.xml")
    assert "not a telegram" in info.value.reason and kind in info.value.reason


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Message to President Kaunda.", "Message to President Kaunda"),
        ("Zaire Aid Package. References: A. State 1234.", "Zaire Aid Package"),
        ("Meeting With Gen. Smith. Please pass.", "Meeting With Gen. Smith"),
        ("U.S./Soviet Relations and Poland.", "U.S./Soviet Relations and Poland"),
    ],
)
def test_frus_run_in_subjects(text: str, subject: str) -> None:
    assert run_in_subject(text) == subject


# --- address blocks: office distribution, XMT, page breaks ---------------------------------------------------

OFFICE_BLOCK = (
    "CONFIDENTIAL\n\nPAGE 01        RUR    00097  01 OF 02  182017Z\nACTION AF-00\n\n"
    "INFO  LOG-00   ADS-00   INR-05   EUR-00   SS-00    CIAE-00  DODE-00\n"
    "      H-01     NSCE-00  NSAE-00  HA-09    L-03     /037 W\n"
    "                    ------------------352654  200910Z /23\n"
)


@pytest.mark.parametrize(
    ("header", "to", "info"),
    [
        # the office block is not an INFO list; the real one follows the FM/TO lines
        (
            OFFICE_BLOCK
            + "R 171512Z JAN 90\nFM AMCONSUL STRELSAU\nTO SECSTATE WASHDC 5365\n"
            + "INFO AMEMBASSY ZENDA\nAMCONSUL HENTZAU\n",
            ["SECSTATE WASHDC"],
            ["AMEMBASSY ZENDA", "AMCONSUL HENTZAU"],
        ),
        # ... also when no DTG line separates them
        (
            OFFICE_BLOCK
            + "FM AMEMBASSY STRELSAU\nTO SECSTATE WASHDC IMMEDIATE 7738\nINFO NSC WASHDC IMMEDIATE\nAMEMBASSY ZENDA\n",
            ["SECSTATE WASHDC"],
            ["NSC WASHDC", "AMEMBASSY ZENDA"],
        ),
        # a received copy without any INFO addressee
        (
            OFFICE_BLOCK + "R 251550Z AUG 09\nFM USEU BRUSSELS\nTO SECSTATE WASHDC\nUS CUSTOMS WASHINGTON DC\n",
            ["SECSTATE WASHDC", "US CUSTOMS WASHINGTON DC"],
            None,
        ),
        # XMT ends the address list; the posts on it and its continuation lines are no addressees
        (
            "O 011200Z JAN 09\nFM SECSTATE WASHDC\nTO AMEMBASSY ZENDA\nINFO AMEMBASSY PARIS\nAMEMBASSY ROME\n"
            "XMT AMCONSUL STRASBOURG\nAMCONSUL MARSEILLE\n",
            ["AMEMBASSY ZENDA"],
            ["AMEMBASSY PARIS", "AMEMBASSY ROME"],
        ),
        # a page marker right after an address keyword is skipped
        (
            "P 182318Z FEB 09\nFM SECSTATE WASHDC\nTO PAGE 02        STATE   015113  182333Z \n"
            "ALL DIPLOMATIC POSTS COLLECTIVE PRIORITY\nAMEMBASSY ZENDA PRIORITY\n",
            ["ALL DIPLOMATIC POSTS COLLECTIVE", "AMEMBASSY ZENDA"],
            None,
        ),
    ],
)
def test_address_blocks(header: str, to: list[str], info: list[str] | None) -> None:
    text = (
        header
        + "C O N F I D E N T I A L STRELSAU 000097\n\nE.O. 12958: DECL: OADR\nTAGS: PGOV RR\n"
        + "SUBJECT: TEST\n\n1. (C) Text.\nDOE\n"
    )
    got = header_fields(text.encode(), "cable.txt")
    assert (got["to"], got["info"]) == (to, info)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("INFO  LOG-00   ADS-00   INR-05", True),
        ("      PA-01    OMB-01   /037 W", True),
        ("      SAS-00   SWCI-00    /012W", True),
        ("ACTION AF-00", True),
        ("INFO AMEMBASSY ZENDA", False),
        ("RUEHC/SECSTATE WASHDC 5365", False),
    ],
)
def test_office_block_lines(line: str, expected: bool) -> None:
    assert is_office_block_line(line) is expected


def test_page_break_inside_the_subject_is_skipped() -> None:
    text = (
        "O 291359Z NOV 00\nFM AMEMBASSY STRELSAU\nTO SECSTATE WASHDC\n\nC O N F I D E N T I A L STRELSAU 006677\n"
        "TAGS PGOV, PREL, RR\nSUBJECT: ASSISTANT SECRETARY MEETS WITH RURITANIAN\n CONFIDENTIAL\n"
        "PAGE 02 STRELSAU 06677 01 OF 03 291400Z OPPOSITION LEADER\nREFTEL: STRELSAU 6584\n\n1. (C) Text.\nDOE\n"
    )
    record = parse_telegram_text(text, "cablegate-text")
    assert record.subject == "ASSISTANT SECRETARY MEETS WITH RURITANIAN OPPOSITION LEADER"
    assert record.references == ("00STRELSAU6584",)


def test_database_wrapper_before_the_telegram_is_not_its_header() -> None:
    text = (
        "TELEGRAM June 03, 2003\n\nTo: No Action Addressee\n\nTAGS:     PREL, EPET\n\nRef:      None\n"
        "_________________________________\nVZCZCADI319\nO 031250Z JUN 03\n"
        "FM AMEMBASSY STRELSAU\nTO SECSTATE WASHDC\n\n"
        "C O N F I D E N T I A L STRELSAU 002641\n\nTAGS PREL, EPET, EAID, JO, MO\nSUBJECT: OIL\nREF: Strelsau 1384\n\n"
        "1. (C) Text.\nWAHBA\n"
    )
    got = header_fields(text.encode(), "cable.txt")
    assert got["tags"] == ["PREL", "EPET", "EAID", "JO", "MO"]
    assert got["references"] == ["03STRELSAU1384"]


# --- classification: the level only -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("SECRET//NOFORN", "Secret"),
        ("S E C R E T", "Secret"),
        ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "Unclassified"),
        ("CONFIDENTIAL//REL TO USA, GBR", "Confidential"),
        ("UNCLAS", "Unclassified"),
        (None, None),
    ],
)
def test_classification_levels(text: str | None, level: str | None) -> None:
    assert classification_level(text) == level


def test_page_metadata_caveats_are_not_the_classification() -> None:
    text = (
        "FM AMEMBASSY STRELSAU\nTO SECSTATE WASHDC\n\nS E C R E T STRELSAU 001350\n\nNOFORN\nSUBJECT: X\n\n"
        "1. (S) Text.\nDOE"
    )
    record = parse_telegram_text(text, "cablegate-html", HeaderHints(classification="SECRET//NOFORN"))
    assert record.classification == "Secret"


# --- references ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("A. STATE 12345 B. 07 KUWAIT 730 C. LONDON 1115", ["STATE 12345", "07 KUWAIT 730", "LONDON 1115"]),
        ("TEHRAN 1091: TEHRAN 263: MOSCOW 1603", ["TEHRAN 1091", "TEHRAN 263", "MOSCOW 1603"]),
        ("STATE 297614 AND PREVIOUS 03 RANGOON 1427", ["STATE 297614", "PREVIOUS 03 RANGOON 1427"]),
        ("A. A: HAVANA 00118 B. B: HAVANA 00697", ["HAVANA 00118", "HAVANA 00697"]),
        ("Embtel 8993. Sensitive source told us (Paris 2515) more.", ["Embtel 8993"]),
    ],
)
def test_reference_items(text: str, items: list[str]) -> None:
    assert split_reference_items(text) == items


@pytest.mark.parametrize(
    ("item", "year", "own", "serial", "expected"),
    [
        ("SECSTATE 3080", "10", None, None, "10STATE3080"),
        ("09DHAHRAN 201", "10", None, None, "09DHAHRAN201"),
        ("2005 BRASILIA 672", "09", None, None, "05BRASILIA672"),
        ("Abu Dhabi 1384", "03", None, None, "03ABUDHABI1384"),
        ("MAY 1 SMITH-JONES LETTER", "08", None, None, None),
        ("STATE-LONDON SVTC MAY 9", "08", None, None, None),
        ("TREMONT-PMAT EMAIL APRIL 16", "08", None, None, None),
        ("IIR 6 902 9698 06", "06", None, None, None),
        ("TD-314/63777-05", "06", None, None, None),
        ("CA-3400", "66", None, None, None),
        ("3 FAM 1234", "09", None, None, None),
        ("Dept Circular 1644", "66", None, None, None),
        ("Deptel 77", "76", None, None, "76STATE77"),
        ("Embtel 8993", "66", "PARIS", None, "66PARIS8993"),
        ("Embtel 8993", "66", None, None, None),  # whose telegram it is cannot be told
        ("UNVIE 109", "09", None, "UNVIE VIENNA", "09UNVIEVIENNA109"),
        ("RIO 329", "09", "RIO DE JANEIRO", None, "09RIODEJANEIRO329"),
        ("PREVIOUS 03 RANGOON 1427", "04", None, None, "03RANGOON1427"),
        ("REASONS 1.4 (B) AND (D)", "05", None, None, None),
        ("CAPE TOWN 97", "90", None, None, "90CAPETOWN97"),
    ],
)
def test_reference_ids_the_cablegate_way(
    item: str, year: str, own: str | None, serial: str | None, expected: str | None
) -> None:
    assert normalise_reference(item, year, own, serial) == expected


@pytest.mark.parametrize(
    ("ref_block", "expected"),
    [
        (
            "REF: A. STATE-LONDON SVTC MAY 9\n B. LONDON 1159  C. MAY 1 SMITH-JONES LETTER  D. LONDON 1115  "
            "E. LONDON 1064",
            ["08LONDON1159", "08LONDON1115", "08LONDON1064"],
        ),
        ("REF: A. 09DHAHRAN 201  B. RIYADH 103  C. SECSTATE 3080", ["09DHAHRAN201", "08RIYADH103", "08STATE3080"]),
        (
            "REF: A. LONDON 1074\nB. LONDON 1231\n\n(U) Classified by CDA Jones; reasons 1.4 (b) and (d).",
            ["08LONDON1074", "08LONDON1231"],
        ),
        ("REF: 10 MEXICO 127; 10 SANTIAGO 51\nDERIVED FROM: DSCG 05-1 B, D", ["10MEXICO127", "10SANTIAGO51"]),
        ("REF: EMBTEL 1234", ["08LONDON1234"]),
    ],
)
def test_reference_blocks(ref_block: str, expected: list[str]) -> None:
    text = (
        "O 141506Z MAY 08\nFM AMEMBASSY LONDON\nTO SECSTATE WASHDC\n\nS E C R E T LONDON 001350\n\n"
        f"SUBJECT: X\n{ref_block}\n\n1. (S) Text.\nDOE"
    )
    assert list(parse_telegram_text(text, "cablegate-text").references) == expected


# --- signatures ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "signer"),
    [
        ("1. (C) Text.\n\n\nLAINGEN \n \nCONFIDENTIAL", "LAINGEN"),
        ("1. Text.\nRICE \n \n \nNNNN \n \nEnd Cable Text", "RICE"),
        ("1. (C) Text.\nMCDONALD\n CONFIDENTIAL\n>", "MCDONALD"),
        ("1. Mixed-case text of the cable.\nMurray", "Murray"),
        ("1. Mixed-case text.\nLeBaron", "LeBaron"),
        ("1. Mixed-case text.\nTimken jr", "Timken jr"),
        (
            "1. Text. Visit London's Classified Website: "
            "http://www.example.sgov.gov/wiki/Portal:Unit ed_Kingdom TUTTLE",
            "TUTTLE",
        ),
        (
            "1. Text.\nJEFFREY \n \n"
            '"Visit Ankara\'s Classified Web Site at http://www.example.s \ngov.gov/wiki/Portal:Turkey"',
            "JEFFREY",
        ),
        ("1. Text.\nKUBISKE KUBISKE", "KUBISKE"),
        ("1. Text.\nCLINTON UNQUOTE CLINTON", "CLINTON"),
        ("1. Text.\nMINIMIZE CONSIDERED SHANNON", "SHANNON"),
        ("1. Text.\nMURRAY\nEnd Cable Text\nJane X Doe 07/30/2008 04:04:14 PM From DB/Inbox: TRANS\n.", "MURRAY"),
        ("1. Text.\nGOLDBERG\nSELECT * FROM `cable` WHERE `id` = '1'", "GOLDBERG"),
        ("1. Mixed-case text ends with the representation.", None),
        ("1. We coordinated this with the GOL", None),
        ("1. Text.\nEND SUMMARY", None),
        ("1. Text.\n\nCONFIDENTIAL", None),
        ("1. Text.\nThank you", None),
    ],
)
def test_signatures_at_the_end(body: str, signer: str | None) -> None:
    assert find_signature(body) == signer


# --- TAGS ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tags_lines", "expected"),
    [
        (
            "TAGS: ECON EFIN ETRD EIND ECIN EAGR EINV ETTC OECD PREL\nEUN \n",
            ["ECON", "EFIN", "ETRD", "EIND", "ECIN", "EAGR", "EINV", "ETTC", "OECD", "PREL", "EUN"],
        ),
        ("TAGS: PREL, PGOV,\nMARR, RR\n", ["PREL", "PGOV", "MARR", "RR"]),
        ("TAGS: PREL RR\nNSC FOR SMITH\n", ["PREL", "RR"]),
        ("TAGS: PREL RR\nSIPDIS\n", ["PREL", "RR"]),
    ],
)
def test_tags_continuation_lines(tags_lines: str, expected: list[str]) -> None:
    text = (
        "FM AMEMBASSY STRELSAU\nTO SECSTATE WASHDC\n\nUNCLAS STRELSAU 000948\n\n"
        f"E.O. 12958: N/A\n{tags_lines}SUBJECT: X\n\n1. Text.\nDOE"
    )
    assert header_fields(text.encode(), "cable.txt")["tags"] == expected
