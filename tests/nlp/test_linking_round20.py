"""Linking, round 20 (probe texts of our own: news, a law-firm note, a government briefing, encyclopedia prose):
a union's law named with the union in front ("European Union General Data Protection Regulation") is the union's
law, as "United States CLOUD Act" is the state's; a title English writes as a word of the name ("Ayatollah
Khamenei") names the person the rest of the name does; and a national title the document linked before it named
another state ("State Department" in a briefing that names Iran later) keeps naming that body."""

from __future__ import annotations

import pytest

from pipelines.nlp.reference import DocContext

pytestmark = pytest.mark.slow


def _links(extractor, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.qid) for m in extractor.extract("t", "v", text).mentions]


@pytest.mark.parametrize(
    "text, mention",
    [
        (  # a law-firm note
            "The proposal aligns current rules with the European Union General Data Protection Regulation (GDPR), "
            "which companies must already follow.",
            "European Union General Data Protection Regulation",
        ),
        (  # news
            "Regulators said the firm breached the European Union General Data Protection Regulation last year.",
            "European Union General Data Protection Regulation",
        ),
    ],
)
def test_a_unions_law_with_the_union_in_front_is_the_unions_law(extractor, text, mention):
    assert (mention, "Q1172506") in _links(extractor, text)


def test_the_defined_initials_follow_the_union_qualified_name(extractor):
    text = "It complements the European Union General Data Protection Regulation (GDPR). The GDPR still applies."
    assert [q for t, q in _links(extractor, text) if t == "GDPR"] == ["Q1172506", "Q1172506"]


def test_another_unions_name_or_a_states_law_is_no_union_law(resolver):
    """The rest must be a name the tables give a law of that very union: the African Union has no GDPR, the
    European Union no CLOUD Act; a union's name alone before one word is no qualified name."""
    assert resolver.resolve("African Union General Data Protection Regulation", "Law")[0] != "law/gdpr"
    assert resolver.resolve("European Union CLOUD Act", "Law")[2] is None
    assert resolver.resolve("European Union General Data Protection Regulation", "Law")[:2] == (
        "law/gdpr",
        "General Data Protection Regulation",
    )


@pytest.mark.parametrize(
    "text, mention",
    [
        (  # news
            "TEHRAN - Iran's Supreme Leader Ayatollah Khamenei criticised the new sanctions on Tuesday.",
            "Ayatollah Khamenei",
        ),
        (  # encyclopedia prose: the full name after the title
            "In 2009 Ayatollah Ali Khamenei endorsed the election result, and Iran blocked Facebook.",
            "Ayatollah Ali Khamenei",
        ),
    ],
)
def test_a_name_honorific_names_the_person_the_rest_names(extractor, text, mention):
    assert (mention, "Q57336") in _links(extractor, text)


def test_the_surname_alone_after_an_honorific_keeps_the_person(extractor):
    text = "Ayatollah Khamenei said Iran would respond. Khamenei spoke in Tehran on Friday."
    assert [q for t, q in _links(extractor, text) if "Khamenei" in t] == ["Q57336", "Q57336"]


def test_an_honorific_links_no_one_the_document_does_not_place(resolver, extractor):
    """Another state's text, or a surname the tables do not know, links nothing."""
    context = DocContext(named_states=frozenset({"state/IQ"}))
    context.note("state/IQ", "State", "Iraq")
    assert resolver.resolve("Ayatollah Khamenei", "Person", context)[2] is None
    text = "In Najaf, Iraq, Ayatollah Sistani met the prime minister on Sunday."
    assert all(q is None for t, q in _links(extractor, text) if "Sistani" in t)


_BRIEFING = (
    "MODERATOR: Good afternoon. We have with us a senior State Department official and a senior Treasury "
    "Department official.\n\nOFFICIAL: Thank you. The Government of Iran cut off access to the internet. "
    "The State Department and the Treasury Department acted today."
)


def test_a_national_title_linked_before_another_state_keeps_its_body(extractor):
    """A government briefing: the department named before Iran is the same department after it."""
    links = _links(extractor, _BRIEFING)
    assert [q for t, q in links if t == "State Department"] == ["Q789915", "Q789915"]
    assert len({q for t, q in links if t == "Treasury Department"}) == 1
    assert [q for t, q in links if t == "Treasury Department"][0] is not None


def test_a_department_named_before_a_foreign_state_keeps_its_id_in_news(extractor):
    """News: the department of the first sentence is the one quoted after China is named."""
    text = (
        "The Commerce Department proposed new rules on connected vehicles on Monday. The rules target software "
        "from China and Russia. The Commerce Department said the rules would take effect in 2027."
    )
    assert [q for t, q in _links(extractor, text) if t == "Commerce Department"] == ["Q503577", "Q503577"]


def test_a_national_title_first_named_after_another_state_is_not_linked(extractor):
    """Nothing links the title before the other state is named: the Philippine text's "Department of Justice"
    stays that of the Philippines, at its first mention and its second."""
    text = (
        "MANILA - The Philippines tightened its rules. The Department of Justice said the rules apply. "
        "The Department of Justice will publish guidance."
    )
    assert all(q is None for t, q in _links(extractor, text) if t == "Department of Justice")


@pytest.mark.parametrize(
    "text",
    [
        (  # a law-firm note's footnote
            "See Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the "
            "Protection of Natural Persons with Regard to the Processing of Personal Data and on the Free Movement "
            "of Such Data, and Repealing Directive 95/46/EC (General Data Protection Regulation), 2016 O.J. (L 119) 1."
        ),
        (  # encyclopedia prose
            "The act is formally the regulation on the free movement of such data, and repealing Directive "
            "95/46/EC (General Data Protection Regulation); it took effect in May 2018."
        ),
    ],
)
def test_an_eu_titles_short_title_is_not_the_repealed_acts_name(extractor, text):
    links = _links(extractor, text)
    assert ("General Data Protection Regulation", "Q1172506") in links
    assert ("Directive 95/46/EC", "Q1172506") not in links


@pytest.mark.parametrize(
    "text",
    [
        "Egypt ratified Law No. 151 of 2020 (Personal Data Protection Law) in July.",  # news
        "In 2020 Egypt's president ratified Law No. 151 of 2020, known as the Personal Data Protection Law.",
    ],
)
def test_another_countrys_title_in_parentheses_is_still_the_laws_name(extractor, text):
    """The tables give the title to Saudi Arabia's law: Egypt's law may still bear it, so it stays Egypt's."""
    found = {m.text: m.entity_id for m in extractor.extract("t", "v", text).mentions}
    assert found["Personal Data Protection Law"] == found["Law No. 151 of 2020"] == "law/eg-pdpl"


@pytest.mark.parametrize(
    "text, mention, qid",
    [
        ("The General Data Protection Regulation (GDPR) applies from May 2018.", "GDPR", "Q1172506"),
        (  # the parenthesis names the same entity: still one entity
            "Regulation (EU) 2016/679 (General Data Protection Regulation) applies to processors too.",
            "General Data Protection Regulation",
            "Q1172506",
        ),
    ],
)
def test_a_parenthesis_naming_the_same_entity_is_still_its_name(extractor, text, mention, qid):
    assert (mention, qid) in _links(extractor, text)
