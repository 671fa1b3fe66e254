"""Round 14 of linking: two ways of writing a name the tables already hold.

- An organisation's initials before the name of one of its bodies stand for the organisation ("EU Parliament" is the
  European Parliament, "U.N. Human Rights Council" the United Nations Human Rights Council): an IGO mention so written
  links to the body the tables know by the written-out name, and to nothing when the tables know none.
- "DEPT" in a telegram (an addressee, "DEPT FOR EAP/CM", or a word of its prose, "informed Dept") is the Department of
  State: the telegram address table maps it there instead of minting a post "Dept"; the name still only links (it is
  no name the recogniser looks for).
- A person named by the surname alone, the document never giving the full name ("President Sarkozy" in a telegram
  from Paris), is the one person of the tables who bears that surname, where the document names that person's state;
  a surname two persons bear ("Clinton"), or a bearer of another state than those named, links nothing.
"""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor
from pipelines.nlp.reference import DocContext, load_reference
from pipelines.nlp.reference.resolver import written_out_initials
from pipelines.nlp.settings import NlpSettings
from pipelines.posts import PostResolver


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(NlpSettings())


def _ids(extractor: Extractor, text: str) -> dict[str, tuple[str, str, str | None]]:
    doc = next(iter(extractor.extract_many([("p", "probe", text)])))
    return {text[m.start : m.end]: (m.type, m.entity_id, m.qid) for m in doc.mentions}


@pytest.mark.parametrize(
    ("written", "full"),
    [
        ("EU Parliament", "European Parliament"),
        ("EU PARLIAMENT", "European PARLIAMENT"),
        ("E.U. Commission", "European Commission"),
        ("U.N. Human Rights Council", "United Nations Human Rights Council"),
        ("UN Security Council", "United Nations Security Council"),
        ("European Parliament", "European Parliament"),  # nothing to write out
        ("EU", "EU"),  # the initials alone are the organisation
        ("Eurojust", "Eurojust"),
    ],
)
def test_organisation_initials_written_out(written: str, full: str):
    assert written_out_initials(written) == full


@pytest.mark.parametrize(
    ("mention", "entity_id"),
    [
        ("EU PARLIAMENT", "igo/european-parliament"),  # a telegram's capitals
        ("EU Parliament", "igo/european-parliament"),
        ("EU Data Protection Board", "igo/edpb"),
        ("U.N. Human Rights Council", "igo/unhrc"),
    ],
)
def test_initials_of_an_organisation_link_its_body(resolver, mention: str, entity_id: str):
    assert resolver.resolve(mention, "IGO", DocContext())[0] == entity_id


@pytest.mark.parametrize("mention", ["EU Parliament Watch", "UN Foundation Partners", "EU Data Taskforce"])
def test_initials_before_an_unknown_name_link_nothing(resolver, mention: str):
    eid, _label, qid = resolver.resolve(mention, "IGO", DocContext())
    assert qid is None and resolver.entity(eid) is None


def test_initials_are_written_out_for_organisations_only(resolver):
    """An agency called "UN Security Council" by a mistyping recogniser is not linked as the Council."""
    assert resolver.resolve("EU Parliament", "Agency", DocContext())[0] != "igo/european-parliament"


def test_news_release_and_cable_link_eu_bodies(extractor: Extractor):
    news = "BRUSSELS (Reuters) - The EU Parliament voted on Tuesday to adopt the rules; the EU Commission welcomed it."
    ids = _ids(extractor, news)
    assert ids["EU Parliament"][1:] == ("igo/european-parliament", "Q8889")
    assert ids["EU Commission"][1] == "igo/european-commission"
    release = "The U.N. Human Rights Council adopted a resolution on privacy in the digital age, the ministry said."
    assert _ids(extractor, release)["U.N. Human Rights Council"][1] == "igo/unhrc"


def test_dept_in_a_telegram_address_is_the_department_of_state():
    posts = PostResolver()
    assert posts.resolve("DEPT").entity_id == "agency/us-department-of-state"
    assert posts.resolve("DEPT FOR EAP/CM").entity_id == "agency/us-department-of-state"
    assert posts.resolve("AMEMBASSY PARIS").entity_id != "agency/us-department-of-state"


def test_dept_only_links_it_is_no_name_to_recognise():
    index = load_reference()
    assert "DEPT" not in index.surfaces["agency/us-department-of-state"]
    assert index.recognised("DEPT") == []


def test_dept_in_a_printed_telegram_links_the_department(extractor: Extractor):
    text = (
        "212. Telegram From the Embassy in Italy to the Department of State\n\nRome, May 4, 1966, 1530Z.\n\n"
        "1. The Belgian and Dutch Embassies have informed Dept that their Governments will reply next week.\n"
    )
    ids = _ids(extractor, text)
    assert ids.get("Dept", ("", "", None))[1] == "agency/us-department-of-state"


def test_dept_in_ordinary_prose_is_no_mention(extractor: Extractor):
    text = "The Dept. of Motor Vehicles in Ohio said the licence data would stay in the state."
    assert "Dept" not in _ids(extractor, text)


def test_dept_in_a_cable_links_the_department(extractor: Extractor):
    text = (
        "UNCLAS SECTION 01 OF 02 ROME 001234\n\nSIPDIS\n\nDEPT FOR EUR/WE\n\nE.O. 12958: N/A\nTAGS: ECON, IT\n\n"
        "1. Post delivered the demarche. Embassy will report to Dept on the outcome.\n"
    )
    ids = _ids(extractor, text)
    assert ids["DEPT"][1:] == ("agency/us-department-of-state", "Q789915")
    assert ids["Dept"][1] == "agency/us-department-of-state"


@pytest.mark.parametrize(
    ("text", "surname", "entity_id"),
    [
        # a cable: the state is named, the full name never
        (
            "1. The Embassy in France reports that President Sarkozy merged the two services.",
            "Sarkozy",
            "person/nicolas-sarkozy",
        ),
        # news reports
        (
            "OTTAWA - Prime Minister Trudeau said on Monday that Canada would require data on Canadians to stay home.",
            "Trudeau",
            "person/justin-trudeau",
        ),
        (
            "BERLIN (dpa) - Germany has not decided on the data rules; Merkel favors the proposal.",
            "Merkel",
            "person/angela-merkel",
        ),
        # a government release
        (
            "The Government of Australia said in a statement that Prime Minister Albanese will chair the council.",
            "Albanese",
            "person/anthony-albanese",
        ),
    ],
)
def test_a_known_surname_alone_links_where_its_state_is_named(extractor: Extractor, text, surname, entity_id):
    assert _ids(extractor, text)[surname][1] == entity_id


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # two persons of the tables bear the name
        ("The White House said President Clinton signed the act in 1999 in the United States.", "Clinton"),
        # the bearer's state is not named: a namesake
        ("Mr. Sarkozy, a plumber from Lyon, told the court in Germany that his data had been sold.", "Sarkozy"),
        ("1. French officials said President Sarkozy will announce the new service next week.", "Sarkozy"),
        # a member of a legislature: a full name that recurs among other people, so never a surname alone
        ("Under Secretary Cohen told the European Parliament that the United States would share the data.", "Cohen"),
    ],
)
def test_an_ambiguous_or_foreign_surname_links_nothing(extractor: Extractor, text, surname):
    found = _ids(extractor, text).get(surname)
    assert found is None or found[2] is None
