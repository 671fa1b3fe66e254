"""Names English joins or cuts on real web text (probe sentences of our own): two complete law titles joined by a
bare "and" are two laws; "and the" inside a body's remit starts a second noun phrase; a "person" ending in an
identifier's noun is the identifier. Counter-examples keep their one name: a title whose modifiers "and" joins, a
remit of bare nouns or a comma list, and people whose surnames the rule must not touch."""

from __future__ import annotations

import pytest

from tests.support.probes import mentions


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Exporters now answer to the Cybersecurity Law and Data Security Law at once.",
            {("Law", "Cybersecurity Law"), ("Law", "Data Security Law")},
        ),
        (
            "The bank follows the Payment Services Act and Electronic Money Regulation in Lagos.",
            {("Law", "Payment Services Act"), ("Law", "Electronic Money Regulation")},
        ),
    ],
)
def test_two_titles_joined_by_bare_and_are_two_laws(extractor, text, names) -> None:
    found = mentions(extractor, text)
    assert names <= found
    assert not any(t == "Law" and " and " in x for t, x in found)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Canada applies the Personal Information Protection and Electronic Documents Act to firms.",
            "Personal Information Protection and Electronic Documents Act",
        ),
        (
            "The province passed the Health Records Access and Digital Services Act last spring.",
            "Health Records Access and Digital Services Act",
        ),
        ("The ministry published the Data Protection Act and Regulations online.", "Data Protection Act"),
    ],
)
def test_one_title_with_and_inside_stays_whole(extractor, text, name) -> None:
    assert ("Law", name) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "The Ministry of Trade and the Data Act apply to exporters.",
            {("Agency", "Ministry of Trade"), ("Law", "Data Act")},
        ),
        (
            "The Ministry of Trade and the Competition Commission disagreed on the plan.",
            {("Agency", "Ministry of Trade"), ("Agency", "Competition Commission")},
        ),
    ],
)
def test_and_the_after_a_remit_starts_a_new_phrase(extractor, text, names) -> None:
    found = mentions(extractor, text)
    assert names <= found
    assert not any(" and the " in x for _, x in found)


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Ministry of Trade and Industry issued guidance on exports.", "Ministry of Trade and Industry"),
        (
            "The Secretariat of State for Transport and the Digital Economy met operators.",
            "Secretariat of State for Transport and the Digital Economy",
        ),
        (
            "The Ministry of Science, Technology and the Environment published a notice.",
            "Ministry of Science, Technology and the Environment",
        ),
    ],
)
def test_remit_of_nouns_or_a_list_stays_whole(extractor, text, body) -> None:
    assert ("Agency", body) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Applicants list Name, Aadhaar Number, email and address on the form.", "Aadhaar Number"),
        ("Customers must give their Aadhaar Number and Tax Code details to the bank.", "Tax Code"),
    ],
)
def test_identifier_noun_ends_no_person(extractor, text, junk) -> None:
    assert not any(t == "Person" for t, _ in mentions(extractor, text))


@pytest.mark.parametrize(
    "text, person",
    [
        ("Former Prime Minister John Key visited Tokyo.", "John Key"),
        ("Ravi Kumar, the bank's chief, signed the letter.", "Ravi Kumar"),
    ],
)
def test_people_keep_their_names(extractor, text, person) -> None:
    assert ("Person", person) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text, junk",
    [
        (
            'Banks must report breaches within a day (the "Reporting Obligation"). Penalties for breach of the '
            "Reporting Obligation are high.",
            "Reporting Obligation",
        ),
        ("The law keeps the Storage Requirement for banks and adds a Notification Requirement.", "Storage Requirement"),
    ],
)
def test_a_laws_obligation_is_no_law(extractor, text, junk) -> None:
    assert not any(x == junk for _, x in mentions(extractor, text))


@pytest.mark.parametrize(
    "text, junk",
    [
        ("The system is run by the State Agency or institutions appointed by it.", "State Agency"),
        ("Each operator reports to a Government Authority within a week.", "Government Authority"),
    ],
)
def test_a_kind_of_body_is_no_name(extractor, text, junk) -> None:
    assert not any(x == junk for _, x in mentions(extractor, text))


@pytest.mark.parametrize(
    "text, body",
    [
        ("The State Council approved the measures in June.", "State Council"),
        ("The National Assembly passed the bill on Friday.", "National Assembly"),
        ("The Federal Agency for Communications issued a notice.", "Federal Agency for Communications"),
    ],
)
def test_bodies_with_a_scope_word_keep_their_names(extractor, text, body) -> None:
    assert ("Agency", body) in mentions(extractor, text)


def test_a_coined_word_is_no_person(extractor) -> None:
    found = mentions(extractor, "Lobbying by AmCham and several tech groups delayed the vote.")
    assert not any(t == "Person" for t, _ in found)


def test_a_surname_with_a_particle_stays_a_person(extractor) -> None:
    found = mentions(extractor, "Governor DeSantis signed the bill; later DeSantis said it protects data.")
    assert ("Person", "DeSantis") in found


def test_a_surname_that_is_an_identifier_noun_elsewhere_stays_a_person(extractor) -> None:
    assert ("Person", "Andrew Card") in mentions(extractor, "White House chief of staff Andrew Card met the minister.")
