"""Table-driven tests of the pieces of the cable grammar: DTGs, references, recipients, classifications."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.sources.cables.dtg import is_valid_iso, parse_date_time_group, parse_written_date
from pipelines.sources.cables.output import to_expected_json
from pipelines.sources.cables.telegram import (
    find_signature,
    normalise_classification,
    normalise_reference,
    parse_recipient,
    parse_telegram_text,
)


@pytest.mark.parametrize(
    ("text", "context", "iso", "precedence"),
    [
        ("O 151856Z JAN 08", None, "2008-01-15T18:56:00Z", "IMMEDIATE"),
        ("P R 041820Z JAN 10", None, "2010-01-04T18:20:00Z", "PRIORITY"),
        ("O 031855Z JUL 75", None, "1975-07-03T18:55:00Z", "IMMEDIATE"),
        ("Z 010001Z MAR 1991", None, "1991-03-01T00:01:00Z", "FLASH"),
        ("R 311159Z DEC 49", date(1949, 12, 31), "1949-12-31T11:59:00Z", "ROUTINE"),
        ("151856Z JAN", date(2008, 2, 3), "2008-01-15T18:56:00Z", None),  # year from the context
        ("151856Z DEC", date(2009, 1, 3), "2008-12-15T18:56:00Z", None),  # ... the year before
        ("151856Z", date(2008, 2, 3), "2008-01-15T18:56:00Z", None),  # month and year from the context
        ("151856Z", None, None, None),  # nothing to resolve the month with
        ("O 301200Z FEB 09", None, None, "IMMEDIATE"),  # no 30 February
        ("O 152400Z JAN 08", None, None, "IMMEDIATE"),  # no hour 24
        ("O 151856Z FOO 08", None, None, "IMMEDIATE"),
        ("O 140941Z AUG 0909", None, None, "IMMEDIATE"),  # a year no telegram has
        ("no dtg here", None, None, None),
    ],
)
def test_date_time_groups(text: str, context: date | None, iso: str | None, precedence: str | None) -> None:
    assert parse_date_time_group(text, context) == (iso, precedence)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("29th July, 1955", "1955-07-29"),
        ("Canberra, 8 December 1980", "1980-12-08"),
        ("14TH November, 1956", "1956-11-14"),
        ("July 3, 1975, 1855Z", "1975-07-03"),
        ("31 June 1960", None),
        ("soon", None),
    ],
)
def test_written_dates(text: str, iso: str | None) -> None:
    assert parse_written_date(text) == iso


@pytest.mark.parametrize(
    ("item", "year", "expected"),
    [
        ("07 STATE 12345", "08", "07STATE12345"),
        ("STATE 124823", "07", "07STATE124823"),
        ("2008 BRASILIA 672", "09", "08BRASILIA672"),
        ("06 REYKJAVIK 431", None, "06REYKJAVIK431"),
        ("BERN 000860", "07", "07BERN860"),
        ("GUHA-CARTER E-MAIL (07SEP07)", "07", None),
        ("STATE 124823", None, None),  # no year to resolve the id with
    ],
)
def test_reference_ids(item: str, year: str | None, expected: str | None) -> None:
    assert normalise_reference(item, year) == expected


@pytest.mark.parametrize(
    ("line", "role", "expected"),
    [
        ("RUEHC/SECSTATE WASHDC IMMEDIATE 4460", "action", ("SECSTATE WASHDC", "IMMEDIATE")),
        ("SECDEF WASHDC IMMEDIATE", "action", ("SECDEF WASHDC", "IMMEDIATE")),
        ("RHEHAAA/NSC WASHINGTON DC", "info", ("NSC WASHINGTON DC", None)),
        ("AMEMBASSY NEW DELHI NIACT IMMEDIATE 0415", "action", ("AMEMBASSY NEW DELHI", "NIACT IMMEDIATE")),
    ],
)
def test_recipients(line: str, role: str, expected: tuple[str, str | None]) -> None:
    r = parse_recipient(line, role)
    assert r is not None and (r.name, r.precedence) == expected and r.role == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C O N F I D E N T I A L", "Confidential"),
        ("S E C R E T", "Secret"),
        ("T O P S E C R E T", "Top Secret"),
        ("UNCLAS", "Unclassified"),
        ("CONFIDENTIAL//NOFORN", "Confidential//Noforn"),
        ("top secret", "Top Secret"),
        (None, None),
    ],
)
def test_classifications(text: str | None, expected: str | None) -> None:
    assert normalise_classification(text) == expected


@pytest.mark.parametrize(
    ("body", "signer"),
    [
        ("2. (C) We will follow up. End comment.\nHUME", "HUME"),
        ("... OBJECTIVES. INGERSOLL", "INGERSOLL"),
        ("... on our side. \n \nVAN VOORST", "VAN VOORST"),
        ("... next steps for potential defense cooperation.", None),
        ("... WE WILL REPORT. END COMMENT", None),
    ],
)
def test_signatures(body: str, signer: str | None) -> None:
    assert find_signature(body) == signer


def test_telegram_fields_run_together_on_one_line() -> None:
    """Some published cables lose their line breaks: E.O., TAGS and SUBJECT are still told apart."""
    text = (
        "P 041820Z JAN 10\nFM SECSTATE WASHDC\nTO AMEMBASSY TRIPOLI PRIORITY 1742\n\n"
        "C O N F I D E N T I A L STATE 000284 SIPDIS E.O. 12958: DECL: 01/04/2020 TAGS: MASS PGOV LY "
        "SUBJECT: DATA SHARING TALKS REF: 09 TRIPOLI 1000\n\n1.(U) Text.\n\n2.(C) More text. CLINTON"
    )
    record = parse_telegram_text(text, "cablegate-text")
    assert record.declassification == "E.O. 12958: DECL: 01/04/2020"
    assert (record.tags_subject, record.tags_country) == (("MASS", "PGOV"), ("LY",))
    assert record.subject == "DATA SHARING TALKS"
    assert record.references == ("09TRIPOLI1000",)
    assert record.reference_id == "10STATE284"
    assert record.body.startswith("1.(U) Text.")
    assert record.signed_by == "CLINTON"
    out = to_expected_json(record)
    assert out["to"] == ["AMEMBASSY TRIPOLI"] and out["references"] == ["09TRIPOLI1000"]
    assert is_valid_iso(out["date"])
