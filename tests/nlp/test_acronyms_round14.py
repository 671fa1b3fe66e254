"""Acronyms, round 14: a long name the document spells out before the abbreviation it defines is a name even when the
finders miss it (it wraps onto a new line, a finder took only a part of it), and the abbreviation follows it; an
ordinary noun ("Order", "Decision") heads a law's name only when the words before it say who issues it."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions


@pytest.mark.parametrize(
    "text, name, abbreviation, type_",
    [
        (
            "1. (U) SUMMARY: The Ministry of Posts and Telecommunications\nRegulation (MPTR) has blocked the website."
            " A draft law will give the MPTR the\nauthority it lacks. MPTR decided to block the site.",
            "Ministry of Posts and Telecommunications\nRegulation",
            "MPTR",
            "Agency",
        ),
        (
            "The EFTA states adopted the Joint Committee Decision (JCD) on 6 July. The JCD enters into force once the"
            " parliaments approve it.",
            "Joint Committee Decision",
            "JCD",
            "Law",
        ),
        (
            "Today, President Biden signed an Executive Order (E.O.) to address the national emergency. This E.O."
            " directs the Department of Commerce to evaluate apps.",
            "Executive Order",
            "E.O.",
            "Law",
        ),
        (
            "Today the Governor signed an Executive Order (EO) on data privacy. The EO requires state agencies to"
            " protect personal data.",
            "Executive Order",
            "EO",
            "Law",
        ),
        (
            "Agency: Federal Maritime Commission(FMC)  Priority: Substantive.",
            "Federal Maritime Commission",
            "FMC",
            "Agency",
        ),
    ],
)
def test_a_long_name_spelled_before_its_definition(extractor, text, name, abbreviation, type_):
    found = mentions(extractor, text)
    assert (type_, name) in found
    assert (type_, abbreviation) in found


@pytest.mark.parametrize(
    "text, abbreviation",
    [
        ("The board approved a Final Investment Decision (FID) on the pipeline. The FID was welcomed.", "FID"),
        ("The company signed a Purchase Order (PO) with the supplier.", "PO"),
        ("The parties agreed on the Memorandum of Understanding (MOU) last week.", "MOU"),
        ("Protesters gathered near the Central Business District (CBD) on Friday.", "CBD"),
        ("The Guiding Principles (GP) were endorsed by the board.", "GP"),
        ("The firm appointed a Data Protection Officer (DPO) last year.", "DPO"),
        ("The study by the Massachusetts Institute of Technology (MIT) found the opposite.", "MIT"),
    ],
)
def test_no_name_without_a_head_of_a_body_or_an_issued_instrument(extractor, text, abbreviation):
    assert not any(t == abbreviation for _, t in mentions(extractor, text))


def test_a_possessive_stays_out_of_the_spelled_name(extractor):
    text = "The United States Trade Representative’s (USTR) office opened an investigation."
    found = {t for _, t in mentions(extractor, text)}
    assert "United States Trade Representative’s" not in found


@pytest.mark.parametrize(
    "text, short",
    [
        (
            "SINGAPORE - Parliament passed the Personal Data Protection Act 2012 in October. Under the PDPA 2012,"
            " firms must appoint a data protection officer.",
            "PDPA 2012",
        ),
        (
            "The Ministry said the Electronic Transactions Act 2006 was amended. The ETA 2006 now covers digital"
            " signatures.",
            "ETA 2006",
        ),
        ("Kenya's Data Protection Act, 2019 created a regulator. The DPA 2019 requires consent.", "DPA 2019"),
    ],
)
def test_a_dated_short_form_after_the_full_name_is_the_law(extractor, text, short):
    x = extractor.extract("d", "v", text)
    by_text = {m.text: m for m in x.mentions}
    assert short in by_text and by_text[short].type == "Law"
    full = next(m for m in x.mentions if m.type == "Law" and m.text != short)
    assert by_text[short].entity_id == full.entity_id


@pytest.mark.parametrize(
    "text",
    [
        "The DPA 1998 was replaced by the Data Protection Act 2018.",  # before the full name: not a short form of it
        "The Data Protection Act 2018 replaced the earlier law. The DPA 1998 had been in force for twenty years.",
    ],
)
def test_a_short_form_with_another_year_or_before_the_name_is_not_taken(extractor, text):
    assert not any(t.startswith("DPA ") for _, t in mentions(extractor, text))


@pytest.mark.parametrize(
    "text, abbreviation",
    [
        (
            "Prosecutors charged him under the Computer Fraud and Abuse Act (CFAA, 18 U.S.C. 1030 et seq.) last week."
            " The CFAA has been criticised by researchers.",
            "CFAA",
        ),
        (
            "The agency enforces the Widget Safety Act (WSA; 15 U.S.C. 2051 et seq.). Under the WSA, makers must"
            " report defects.",
            "WSA",
        ),
    ],
)
def test_an_abbreviation_before_a_code_citation_in_one_parenthesis(extractor, text, abbreviation):
    assert ("Law", abbreviation) in mentions(extractor, text)


def test_a_code_citation_alone_in_a_parenthesis_names_nothing(extractor):
    text = "The rule implements the Widget Safety Act (15 U.S.C. 2051 et seq.) in full."
    assert not any(t.startswith("15 U.S.C") and ty == "Law" and "et seq" in t for ty, t in mentions(extractor, text))


@pytest.mark.parametrize(
    "text, short",
    [
        (
            "The Irish regulator fined Meta Platforms Ireland Limited (Meta IE) on Monday. Meta IE said it would"
            " appeal.",
            "Meta IE",
        ),
        (
            "The Commission approved the takeover of Acme Holdings Ltd (Acme UK) by a rival. Acme UK employs 300"
            " people.",
            "Acme UK",
        ),
        (
            "The authority issued its decision to Google Ireland Limited (Google IE) today. Google IE has three months"
            " to comply.",
            "Google IE",
        ),
    ],
)
def test_a_company_short_name_over_a_brand_inside_it(extractor, text, short):
    found = mentions(extractor, text)
    assert sum(1 for ty, t in found if t == short) == 1  # (a set: both uses give one pair)
    assert ("Firm", short) in found
    x = extractor.extract("d", "v", text)
    assert [m.text for m in x.mentions].count(short) == 2
    assert not any(m.text in ("Meta", "Acme", "Google", "UK") for m in x.mentions)


def test_a_brand_defined_alone_stays(extractor):
    assert ("Firm", "Google") in mentions(extractor, "The company Google LLC (Google) said it would comply.")
