"""Names the resolver reads as another way of writing a name the tables hold: a word a telegram shortens
("DEPT OF JUSTICE") and an EU act's number said alone ("(EU) 2016/679")."""

from __future__ import annotations

from pipelines.nlp.reference import DocContext


def test_a_shortened_word_is_the_word_written_out(resolver):
    assert resolver.resolve("DEPT OF JUSTICE", "Agency")[:2] == (
        "agency/us-department-of-justice",
        "U.S. Department of Justice",
    )
    assert resolver.resolve("Dept. of Commerce", "Agency")[0] == "agency/us-department-of-commerce"


def test_a_shortened_word_links_no_more_than_the_full_name(resolver):
    """ "Dept" inside another word is no abbreviation; "Dept" alone names no body; and a title any country gives
    its department stays unlinked in a text about another country, as the written-out name does."""
    assert resolver.resolve("Deptford Council", "Agency")[2] is None
    assert resolver.resolve("DEPT", "Agency")[2] is None
    context = DocContext()
    context.note("state/PH", "State", "Philippines")
    assert resolver.resolve("Dept of Justice", "Agency", context)[2] is None
    assert resolver.resolve("Department of Justice", "Agency", context)[2] is None


def test_an_eu_acts_number_alone_is_the_act(resolver):
    assert resolver.resolve("(EU) 2016/679", "Law")[:2] == ("law/gdpr", "General Data Protection Regulation")
    assert resolver.resolve("2006/24/EC", "Law")[0] == "law/eu-data-retention-directive"


def test_an_unknown_number_or_another_type_is_no_act(resolver):
    assert resolver.resolve("(EU) 2099/1", "Law")[2] is None
    assert resolver.resolve("(EU) 2016/679", "Agency")[0] != "law/gdpr"
    assert resolver.resolve("2016/679", "Law")[0] != "law/gdpr"  # no EU marker: any series' number


def test_extracted_mentions_carry_the_qid(extractor):
    text = "The Commerce Department issued new rules, and the authority cited (EU) 2016/679 in its decision."
    found = {(m.text, m.qid) for m in extractor.extract("t", "v", text).mentions}
    assert ("Commerce Department", "Q503577") in found
    assert ("(EU) 2016/679", "Q1172506") in found
