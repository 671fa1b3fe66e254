"""Property-based tests: no input makes a cable parser raise anything but CableParseError, and every record
it returns keeps its invariants (paragraph offsets inside the body, dates valid ISO 8601, JSON view exact)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.model import CableRecord
from pipelines.sources.cables import EXPECTED_KEYS, PARSERS, CableParseError, format_record, parse_cable
from pipelines.sources.cables.dtg import is_valid_iso

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "cables"
SEEDS = {
    "cablegate-text": (FIXTURES / "jakarta_data_localisation.txt").read_bytes(),
    "cablegate-html": (FIXTURES / "tallinn_page.html").read_bytes(),
    "frus-tei": (FIXTURES / "bonn_transborder_data_tei.xml").read_bytes(),
    "dfat-md": (FIXTURES / "canberra_data_cablegram.md").read_bytes(),
}
#: Header lines as real cables write them, to be mutated and spliced into otherwise valid cables.
HEADER_LINES = [
    b"O 151856Z JAN 08",
    b"P R 041820Z JAN 10",
    b"FM AMEMBASSY BRASILIA",
    b"TO RUEHC/SECSTATE WASHDC IMMEDIATE 4460",
    b"INFO AMEMBASSY BUENOS AIRES PRIORITY",
    b"C O N F I D E N T I A L SECTION 01 OF 02 BERN 000881",
    b"E.O. 12958: DECL: 01/08/2018",
    b"TAGS: ECON PREL BR",
    b"SUBJECT: BRAZIL'S NUCLEAR SUBMARINE AMBITIONS",
    b"REF: A. 07 STATE 12345 B. BERN 860",
    b"Classified By: Ambassador X. Reason 1.4 (b)",
    b"1. (C) Text of the first paragraph.",
    b"466\\. Top Secret Most Immediate",
    b"Canberra, 8 December 1980",
    b"---",
    b"<lb/>",
    b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
    b"<pre>",
]
BOUNDED = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_invariants(record: CableRecord) -> None:
    assert isinstance(record, CableRecord)
    if record.date is not None:
        assert is_valid_iso(record.date), record.date
    for p in record.paragraphs:
        assert 0 <= p.start < p.end <= len(record.body)
        if p.number is not None:
            assert record.body[p.start : p.end].startswith(p.number + ".")
    assert all(r.role in ("action", "info") and r.name for r in record.recipients)
    out = json.loads(json.dumps(record.to_dict()))
    assert CableRecord.from_dict(out) == record
    from pipelines.sources.cables import to_expected_json

    view = to_expected_json(record)
    assert tuple(view) == EXPECTED_KEYS
    json.dumps(view)
    assert isinstance(format_record(record), str)


def run_parser(parser, data: bytes) -> None:
    try:
        record = parser(data)
    except CableParseError as exc:
        assert exc.reason and "\n" not in exc.reason
        return
    check_invariants(record)


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    """`seed` with a few deletions, insertions (random bytes or real header lines) and truncation."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(0, 6))):
        pos = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["delete", "insert_bytes", "insert_line", "duplicate", "truncate"]))
        if op == "delete":
            del data[pos : pos + draw(st.integers(1, 40))]
        elif op == "insert_bytes":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=20))
        elif op == "insert_line":
            data[pos:pos] = b"\n" + draw(st.sampled_from(HEADER_LINES)) + b"\n"
        elif op == "duplicate":
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 200))]
        else:
            del data[pos:]
    return bytes(data)


@pytest.mark.parametrize("fmt", sorted(PARSERS))
@BOUNDED
@given(data=st.binary(max_size=3000))
def test_random_bytes(fmt: str, data: bytes) -> None:
    run_parser(PARSERS[fmt], data)


@pytest.mark.parametrize("fmt", sorted(PARSERS))
@BOUNDED
@given(text=st.text(max_size=2000))
def test_random_text(fmt: str, text: str) -> None:
    run_parser(PARSERS[fmt], text.encode("utf-8"))


@pytest.mark.parametrize("fmt", sorted(SEEDS))
@BOUNDED
@given(data=st.data())
def test_mutated_cables(fmt: str, data: st.DataObject) -> None:
    blob = data.draw(mutated(SEEDS[fmt]))
    run_parser(PARSERS[fmt], blob)
    run_parser(parse_cable, blob)


@BOUNDED
@given(lines=st.lists(st.sampled_from(HEADER_LINES) | st.binary(max_size=40), max_size=25))
def test_shuffled_header_lines(lines: list[bytes]) -> None:
    blob = b"\n".join(lines)
    for parser in (*PARSERS.values(), parse_cable):
        run_parser(parser, blob)


def test_seeds_parse() -> None:
    """The seeds themselves are valid cables, so the mutations start from real structure."""
    for fmt, blob in SEEDS.items():
        record = PARSERS[fmt](blob)
        check_invariants(record)
        assert record.date and record.sender and record.subject
