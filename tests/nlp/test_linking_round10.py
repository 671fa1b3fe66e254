"""Names the resolver reads as another way of writing a name the tables hold: a word a telegram shortens
("DEPT OF JUSTICE"), an EU act's number said alone ("(EU) 2016/679"), and the words a telegram names the
Department of State by ("STATE FOR EUR/WE", "DEPT PLEASE PASS")."""

from __future__ import annotations

from pipelines.nlp.reference import DocContext


def test_a_shortened_word_is_the_word_written_out(resolver):
    assert resolver.resolve("DEPT OF JUSTICE", "Agency")[:2] == (
        "agency/us-department-of-justice",
        "U.S. Department of Justice",
    )
    assert resolver.resolve("Dept. of Commerce", "Agency")[0] == "agency/us-department-of-commerce"


def test_a_shortened_word_links_no_more_than_the_full_name(resolver):
    """ "Dept" inside another word is no abbreviation; "Govt" alone names no body; and a title any country gives
    its department stays unlinked in a text about another country, as the written-out name does."""
    assert resolver.resolve("Deptford Council", "Agency")[2] is None
    assert resolver.resolve("Govt", "Agency")[2] is None
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


_TELEGRAM = """UNCLAS SECTION 01 OF 02 ROME 000412

SIPDIS

STATE FOR EUR/WE AND EEB/CIP
DEPT PLEASE PASS USTR

E.O. 12958: N/A
TAGS: ECON, ETRD, IT

SUBJECT: DATA RETENTION

1. The Italian government told Embassy officials that the State will decide next month.
"""


def test_a_telegram_names_the_department_state_and_dept(extractor):
    """A telegram of the Department is "STATE 123456", and a post addresses it "STATE FOR ..." or "DEPT ..."."""
    found = {(m.text, m.type, m.qid) for m in extractor.extract("t", "v", _TELEGRAM).mentions}
    assert ("STATE", "Agency", "Q789915") in found
    assert ("DEPT", "Agency", "Q789915") in found
    assert not any(m.text == "State" for m in extractor.extract("t", "v", _TELEGRAM).mentions)


def test_the_telegram_names_only_link(resolver):
    """ "State" and "Dept" are words: they never make, type or name anything else, and in a text that names
    another country and not the United States they link nothing."""
    index = resolver.index
    assert index.recognised("State") == [] and index.type_of("STATE") is None and index.type_of("Dept") is None
    assert resolver.resolve("State", "State")[2] is None
    assert resolver.resolve("DEPT", "Firm")[2] is None
    assert "STATE" not in resolver.entity("agency/us-department-of-state").aliases
    context = DocContext()
    context.note("state/IN", "State", "India")
    assert resolver.resolve("State", "Agency", context)[2] is None
    context.note("state/US", "State", "United States")
    assert resolver.resolve("State", "Agency", context)[2] == "Q789915"


def test_a_plural_possessive_is_the_name(resolver):
    """ "the United Nations' agencies": the bare apostrophe after an s is the possessive, as "'s" is."""
    assert resolver.resolve("the United Nations'", "IGO")[0] == "igo/un"
    assert resolver.resolve("European Commission's", "IGO")[0] == "igo/european-commission"


def test_a_firm_with_its_legal_form_is_the_firm(resolver):
    assert resolver.resolve("Google Inc.", "Firm")[0] == "firm/google"
    assert resolver.resolve("Huawei Technologies Co., Ltd.", "Firm")[0] == "firm/huawei"


def test_a_legal_form_leaves_another_firm_alone(resolver):
    """Only legal forms go: "Apple Daily" is not Apple, "Orange County Holdings" not Orange; a legal form alone
    names nothing; and an agency keeps its words."""
    assert resolver.resolve("Apple Daily Ltd", "Firm")[2] is None
    assert resolver.resolve("Orange County Holdings Inc", "Firm")[2] is None
    assert resolver.resolve("Inc.", "Firm")[2] is None


def test_a_defined_abbreviation_after_a_name_is_not_part_of_it(resolver):
    assert resolver.resolve("General Data Protection Regulation (GDPR)", "Law")[0] == "law/gdpr"
    assert resolver.resolve("Data Protection Act (No. 5)", "Law")[2] is None
    context = DocContext()
    context.note("state/VN", "State", "Vietnam")
    assert resolver.resolve("Cybersecurity Law (CSL)", "Law", context)[0] == "law/vn-cybersecurity-law"
    context.note("state/CN", "State", "China")
    assert resolver.resolve("Cybersecurity Law (CSL)", "Law", context)[0] == "law/cn-cybersecurity-law"
