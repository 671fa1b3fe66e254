"""Relations said by the fields of an infobox or cover table (issue 13): an agency's table says in which state it
sits ("Jurisdiction") and who heads it ("Agency executive"); a law's table laid out without separators ("Enacted by
X" on a line of its own) names who made it; a field whose value is not wholly a name of the right type says
nothing (probe tables of our own, with counter-examples that must not change)."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from tests.nlp.test_relations import relations

pytestmark = pytest.mark.slow

FACTS = [
    # an agency's table: the body on its head lines is what its fields are about
    ("Data Protection Commission\n\n- Jurisdiction: Ireland\n- Headquarters: Dublin\n- Agency executive: Des Hogan\n",
     {("Data Protection Commission", "partOf", "Ireland"), ("Des Hogan", "leads", "Data Protection Commission")}),
    # ... under its short name, its full name on the next line: the full name
    ("PIPC\n\nPersonal Information Protection Commission\n- Jurisdiction: South Korea\n- Chief1 Name: Ko Haksoo\n",
     {("Personal Information Protection Commission", "partOf", "South Korea"),
      ("Ko Haksoo", "leads", "Personal Information Protection Commission")}),
    # a law's long title on a line of the table's head: what the listed purposes rule on
    ("Cyber Act, 2020\n\n  • AN ACT to establish a Cyber Authority, to regulate the processing of health records "
     "and for related matters.\n", {("Cyber Act, 2020", "regulates", "health records")}),
    ("Data Act, 2020\n\nGhana Parliament\n  • AN ACT to establish a Data Commission, to protect the privacy of "
     "individuals by regulating the processing of health records, and for related matters.\n",
     {("Data Act, 2020", "regulates", "health records")}),
    # a field that names two bodies: each
    ("Infobox\n- Short Title: Data Protection Act, 2021\n- Enacted By: Lok Sabha and Rajya Sabha\n",
     {("Lok Sabha", "enacts", "Data Protection Act, 2021"), ("Rajya Sabha", "enacts", "Data Protection Act, 2021")}),
    # the legislation infobox with its labels run together: the chambers that passed it
    ("= Data Act of 1990 =\n\nInfobox\n- Shorttitle: Data Act of 1990\n- Introducedby: Sam Nunn (D-GA)\n"
     "- Passedbody1: Senate\n- Passeddate1: May 1, 1990\n",
     {("Senate", "enacts", "Data Act of 1990")}),
    # a law's table without separators: the label, then the name, alone on the line
    ("Cybersecurity Act, 2020\n\nCitationAct 1038\nEnacted by Parliament of Ghana\nAssented to 29 December 2020\n",
     {("Parliament of Ghana", "enacts", "Cybersecurity Act, 2020")}),
    # ... whose lines the pipeline reads run together: each label capitalised after the last value
    ("Cybersecurity Act, 2020\n\nTerritorial extent Ghana\nEnacted by Parliament of Ghana\nEffective 16 October 2021",
     {("Parliament of Ghana", "enacts", "Cybersecurity Act, 2020")}),
]  # fmt: skip

NOTHING = [
    # a field whose value is more than the name the pipeline found names another body
    ("Infobox\n- Short Title: Data Protection Act, 2021\n- Enacted By: Federal Senate\n", "enacts"),
    # a line that goes on after the name is no field of a table laid out without separators
    ("Data Protection Act, 2021\nEnacted by Parliament of Ghana, the Cybersecurity Act, 2020 came first.\n", "enacts"),
    # ... nor a lowercase participle in a running sentence
    ("Data Protection Act, 2021\nThe bill was enacted by Parliament of Ghana after a long debate.\n", "enacts"),
    # a long title's purpose that rules on no data says nothing of data named later in prose
    ("Cyber Act, 2020\n\nAn Act to establish a Cyber Authority and to promote electronic payments.\n"
     "The act has been criticized for its handling of health records.", "regulates"),
    # a person who signed a law into force is no maker of it (the guidelines allow no person as enactor)
    ("Infobox\n- Short Title: Data Protection Act, 2021\n- Signed By: Uhuru Kenyatta, President of Kenya\n", "enacts"),
    # a jurisdiction field of a law's table says nothing of the law's maker
    ("Data Protection Act, 2021\n- Jurisdiction: Kenya\n", "partOf"),
    # a table about an agency says no leader when the field names no person
    ("Data Protection Commission\n- Jurisdiction: Ireland\n- Agency executive: vacant\n", "leads"),
    # the second and later chiefs of a numbered series are the body's other officers, not its head
    ("Data Protection Commission\n- Jurisdiction: Ireland\n- Chief2 Name: Dale Sunderland\n", "leads"),
    # the minister responsible heads a ministry, not the agency
    ("Data Protection Commission\n- Jurisdiction: Ireland\n- Minister responsible: Helen McEntee\n", "leads"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FACTS)
def test_an_infobox_field_names_what_its_label_says(extractor: Extractor, text: str, expected: set) -> None:
    facts, _ = relations(extractor, text)
    assert expected <= facts, facts


@pytest.mark.parametrize(("text", "relation"), NOTHING)
def test_no_field_relation_where_the_value_or_layout_does_not_say_it(
    extractor: Extractor, text: str, relation: str
) -> None:
    # the verb frames may read a line as a clause; the table's reading (pattern `relation/field`) says nothing
    x = extractor.extract("t", "v", text)
    found = [r for r in x.relations if r.source.startswith(f"{relation}/field")]
    assert not found, found


def test_an_agency_name_field_is_the_body_its_table_is_about(extractor: Extractor) -> None:
    name = "Personal Information Protection Commission"
    text = f"{name}\n\nInfobox\n- Agency Name: {name}\n- Jurisdiction: South Korea\n- Chief1 Name: Ko Haksoo\n"
    x = extractor.extract("t", "v", text)
    about = {x.mentions[r.tail if r.type == "leads" else r.head].start for r in x.relations if "/field" in r.source}
    assert about == {text.index(name, 1)}  # the field's value, not the page's heading


def test_a_table_run_together_on_one_line_has_its_cells_as_fields(extractor: Extractor) -> None:
    """A copied infobox whose rows the text runs together ("| Jurisdiction | Norway |") still has its fields, and
    an organisation's infobox names its country and first leader ("Location Country", "Leader Name")."""
    facts, _ = relations(
        extractor,
        "Norwegian Data Protection Authority | | Agency overview | | ---|---| Formed | 1980 | Jurisdiction | Norway |"
        " Headquarters | Oslo | Agency executive | Line Coll, Director |\nThe authority is the national regulator.",
    )
    assert {
        ("Norwegian Data Protection Authority", "partOf", "Norway"),
        ("Line Coll", "leads", "Norwegian Data Protection Authority"),
    } <= facts
    facts, _ = relations(
        extractor,
        "Finnish Data Protection Authority\n- Location Country: Finland\n- Leader Title: Director\n- Leader Name: Anu"
        " Talus\n- Leader Name2: Jane Roe\nThe authority supervises data protection.",
    )
    assert ("Finnish Data Protection Authority", "partOf", "Finland") in facts
    assert ("Anu Talus", "leads", "Finnish Data Protection Authority") in facts
    assert ("Jane Roe", "leads", "Finnish Data Protection Authority") not in facts  # a second, numbered leader
    facts, _ = relations(extractor, "Norwegian Data Protection Authority | | Formed | 1980 | Headquarters | Oslo |")
    assert not facts  # a headquarters' city is no jurisdiction
