"""Agency spans, round 16 (probe text of our own): a body's remit named with "for"/"on" and narrowed by "in" to a
field with a capitalised name keeps the field in its name ("Office for Research in Materials Testing"); "in"
before a place or a date says where or when the body acts, and ends the name there."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The Federal Office for Research in Materials Testing warned operators about the flaw.",
            "Federal Office for Research in Materials Testing",
        ),
        (
            "The ministry said the Centre for Excellence in Cyber Security would audit the network.",
            "Centre for Excellence in Cyber Security",
        ),
        (
            "Post met with the Directorate for Research in Electronic Surveillance, which oversees wiretaps.",
            "Directorate for Research in Electronic Surveillance",
        ),
        (
            "The Office for Standards in Education published its annual report on Tuesday.",
            "Office for Standards in Education",
        ),
    ],
)
def test_a_field_after_in_stays_in_the_name(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, body",
    [
        ("Officials from the Office for Civil Rights in Boston opened an inquiry.", "Office for Civil Rights"),
        ("The Committee on Trade in Washington will vote on the bill next week.", "Committee on Trade"),
        ("The Ministry for Culture in April banned the broadcast.", "Ministry for Culture"),
        ("In a statement, the Agency for Investment in Rwanda welcomed the data law.", "Agency for Investment"),
        ("The Commission for Human Rights in Nigeria criticised the bill.", "Commission for Human Rights"),
    ],
)
def test_a_place_or_date_after_in_ends_the_name(extractor, text, body):
    found = of_type(extractor, text, "Agency")
    assert body in found
    assert not any(b.startswith(body + " in") for b in found)


def test_a_word_broken_at_a_line_end_is_no_field(extractor):
    text = "As a result, the Office for Training in Infor- mation Systems brought the matter to Congress."
    assert not any(" in " in b for b in of_type(extractor, text, "Agency"))


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The bill was approved by the lower house and then submitted to the Senado Federal in April.",
            "Senado Federal",
        ),
        (
            "The law was struck down by the Conseil Constitutionnel, which found it disproportionate.",
            "Conseil Constitutionnel",
        ),
        ("Embassy contacts said the Corte Suprema would hear the wiretap case next month.", "Corte Suprema"),
        (
            "The ministry said the Congreso Nacional had approved the data protection law on Tuesday.",
            "Congreso Nacional",
        ),
    ],
)
def test_a_romance_head_and_its_adjective_name_a_body(extractor, text, body):
    """French, Portuguese, Spanish and Italian put the adjective after the head noun."""
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text",
    [
        "The Commission President spoke to reporters in Brussels.",
        "She met Senado Monday to discuss the budget.",
        "The Tribunal General ruled against the company.",
        "The company's Office Manager resigned.",
    ],
)
def test_an_english_head_or_a_date_after_the_head_is_no_such_name(extractor, text):
    assert of_type(extractor, text, "Agency") == set()


@pytest.mark.parametrize(
    "text, body, person",
    [
        (
            '"We will protect Americans\' data," said U.S. Department of Energy Secretary Jane Roe.',
            "U.S. Department of Energy",
            "Jane Roe",
        ),
        (
            "Department of Homeland Security Secretary Alejandro Mayorkas announced the rule on Monday.",
            "Department of Homeland Security",
            "Alejandro Mayorkas",
        ),
        (
            "Ministry of Justice Director Ana Silva briefed embassy officers on the draft.",
            "Ministry of Justice",
            "Ana Silva",
        ),
        (
            "Bureau of Industry and Security Under Secretary Alan Estevez spoke at the conference.",
            "Bureau of Industry and Security",
            "Alan Estevez",
        ),
    ],
)
def test_a_title_and_a_name_after_a_body_end_the_body(extractor, text, body, person):
    assert of_type(extractor, text, "Agency") == {body}
    assert person in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Office of the Secretary issued the guidance.", "Office of the Secretary"),
        (
            "The Office of the Director of National Intelligence released the report.",
            "Office of the Director of National Intelligence",
        ),
    ],
)
def test_a_post_named_after_an_article_stays_in_the_name(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Post delivered the demarche to the Ministry of Foreign Affairs and  Worship on Tuesday.",
            "Ministry of Foreign Affairs and  Worship",
        ),
        (
            "The rule was issued by the Department of Health and  Human Services on Monday.",
            "Department of Health and  Human Services",
        ),
        (
            "Reuters reported that the Ministry of Science and  Technology had approved the rules.",
            "Ministry of Science and  Technology",
        ),
    ],
)
def test_a_doubled_blank_inside_a_name_does_not_cut_it(extractor, text, body):
    """Text joined from hard-wrapped lines keeps a doubled blank; the name goes on over it."""
    assert body in of_type(extractor, text, "Agency")


def test_a_doubled_blank_before_a_new_noun_phrase_still_ends_the_name(extractor):
    found = of_type(extractor, "The Ministry of Interior and  the police will cooperate.", "Agency")
    assert found == {"Ministry of Interior"}
