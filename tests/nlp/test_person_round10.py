"""Round 10 of people's names on unseen text: the edges of a name the model cut (a given name in front, a second
surname behind), a post-nominal after ordinary words, infobox role fields, lists of office holders by term."""

from __future__ import annotations

import pytest


def persons(extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Person"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Previously the directors were Juan Carlos Gómez Ibáñez[3] and others.", "Juan Carlos Gómez Ibáñez"),
        ("The office was then run by Iñigo Sanz Ortega.[4]", "Iñigo Sanz Ortega"),
        ("The police arrested activist Do Van Minh and two others in Hanoi.", "Do Van Minh"),
    ],
)
def test_a_name_cut_by_the_model_takes_its_given_names_and_last_surname(extractor, text, name):
    assert name in persons(extractor, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The statement was signed by Russian Vladimir Putin and others.", "Vladimir Putin"),
        ("The plan was announced by Secretary of Commerce Gina Raimondo on Monday.", "Gina Raimondo"),
        ("It was backed by Minister for Trade Todd McClay in Wellington.", "Todd McClay"),
        ("The decision was welcomed by Joe Biden Monday.", "Joe Biden"),
        ("The report of Microsoft Brad Smith said so.", "Brad Smith"),
        ("The vote was led by President-elect Ursula von der Leyen last week.", "Ursula von der Leyen"),
    ],
)
def test_a_title_portfolio_nationality_day_or_known_name_is_no_edge_of_the_name(extractor, text, name):
    assert name in persons(extractor, text)


def test_post_nominal_letters_make_ordinary_words_after_a_weak_title_a_name(extractor):
    assert "Grace Hill" in persons(extractor, 'Culture Committee Chair Grace Hill MP said: "We welcome it."')
    assert "Grace Hill" not in persons(extractor, "Culture Committee Chair Grace Hill said the plan was fine.")
    assert not persons(extractor, "Official Reaction Negative")


def test_an_infobox_role_name_field_numbered_after_name_keeps_the_particles():
    from pipelines.nlp.lexicon import load_lexicon
    from pipelines.nlp.text_rules.infobox_names import find_infobox_persons

    text = (
        "Acme Data Authority\n- Leader Title: Chairman\n- Leader Name: Jan Pieterse\n- Leader Title2: Director\n"
        "- Leader Name2: Joost van der Meer\n- Staff: 200\n- Agency Name: Office van der Data\n"
    )
    found = {text[c.start : c.end] for c in find_infobox_persons(text, load_lexicon())}
    assert found == {"Jan Pieterse", "Joost van der Meer"}


_TERMS = (
    "Former Commissioners\n\n1995 - 2001 Seamus Brannigan\n\n2001 - 2008 Mary Kelly\n\n"
    "2008 - 2012 Donal P Hartigan\n\n2012–present Orla Ní Dhuibhir\n\nRole of the Commissioner"
)
_NOT_TERMS = (
    "Timeline\n\n1995 - 2001 Data Protection Act\n\n2001 - 2008 Labour Government\n\n2008 - 2012 Second Reading\n"
)


def test_a_list_of_office_holders_by_term_names_people(extractor):
    found = persons(extractor, _TERMS)
    assert {"Seamus Brannigan", "Donal P Hartigan", "Orla Ní Dhuibhir"} <= found
    assert not persons(extractor, _NOT_TERMS)


def test_the_contact_of_a_press_release_is_a_person():
    from pipelines.nlp.lexicon import load_lexicon
    from pipelines.nlp.text_rules.layout_persons import find_contact_names

    lex = load_lexicon()
    text = "Media Contact: Will Brandt, (202) 555-0100 will.brandt@example.gov\nMEDIA CONTACT: Tara Quinlan (202) 1"
    found = {text[c.start : c.end] for c in find_contact_names(text, lex, lambda _: False)}
    assert found == {"Will Brandt", "Tara Quinlan"}
    text = "Contact: Press Office, (202) 555-0100\nContact the agency: Federal Trade Commission, 600 Main Street"
    assert not find_contact_names(text, lex, lambda _: False)


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Coat of arms\nBundeswappen Reichsadler.svg\nLogo of the office", "Bundeswappen Reichsadler.svg"),
        ("The Commission adopted draft Implementing Decisions on data transfers.", "Implementing Decisions"),
        ("Headquarters | Calle Jorge Sanz, 6 28001 Madrid |", "Jorge Sanz"),
        ("Headquarters | Calle Jorge Sanz, 6 28001 Madrid |", "Calle Jorge Sanz"),
    ],
)
def test_a_file_name_an_inflected_noun_phrase_or_a_street_is_no_person(extractor, text, junk):
    assert junk not in persons(extractor, text)


def test_a_lower_case_via_or_a_plain_name_is_still_a_person(extractor):
    assert "Jane Doe" in persons(extractor, "The plan was sent via Jane Doe to the minister.")
    assert "Grace Fu" in persons(extractor, "The report was written by Grace Fu.")


def test_a_title_that_ends_a_body_name_names_no_holder_on_the_next_line(extractor):
    assert not persons(extractor, "Office of the Information Commissioner\nLegal statusIndependent Regulator")
    assert "Holder" in persons(extractor, "The request went to the Attorney General\nHolder, who agreed.")


def mentions(extractor, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extractor.extract("t", "v", text).mentions}


def test_a_quote_attribution_with_a_spokesperson_apposition_names_a_person_not_a_firm(extractor):
    found = mentions(extractor, '"We will appeal," said Ingrid Solberg, a spokeswoman for the firm.')
    assert ("Ingrid Solberg", "Person") in found and not any(t == "Firm" for _, t in found)
    assert ("Brightline Analytics", "Firm") in mentions(
        extractor, "The data was sold to Brightline Analytics, a Texas-based data company, in 2019."
    )


def test_a_plural_noun_and_of_before_a_company_is_no_part_of_its_name(extractor):
    found = mentions(extractor, "Shares of Orbital Data Systems Corp. fell 3 percent.")
    assert ("Orbital Data Systems Corp.", "Firm") in found
    assert ("Shares of Orbital Data Systems Corp.", "Firm") not in found


def test_a_roman_numeral_alone_is_no_person(extractor):
    found = persons(extractor, "The law was championed by Martin Luther King III and others.")
    assert "III" not in found and "Martin Luther King III" in found


def test_a_byline_and_a_credit_line_name_the_writers():
    from pipelines.nlp.lexicon import load_lexicon
    from pipelines.nlp.text_rules.layout_persons import find_byline_names

    lex = load_lexicon()
    text = (
        "By Jane Whitmore and Tomas Okafor\n\nBRUSSELS (Reuters) - The EU fined the firm.\n\n"
        "(Reporting by Lidia Kelly in Melbourne; Editing by Toby Chopra)"
    )
    found = {text[c.start : c.end] for c in find_byline_names(text, lex, lambda _: False)}
    assert found == {"Jane Whitmore", "Tomas Okafor", "Lidia Kelly", "Toby Chopra"}
    text = "By Order of the Commission\n\nBy Federal Trade Commission\nThe law passed by Parliament Square Group."
    assert not find_byline_names(text, lex, lambda _: False)


@pytest.mark.parametrize(
    "text, firms",
    [
        ("Tencent Holdings Ltd and ByteDance Ltd. were told to store data locally.", {"Tencent Holdings Ltd"}),
        ("Huawei Technologies Co., Ltd. denied the report.", {"Huawei Technologies Co., Ltd."}),
        ("The court fined Nordwind GmbH and Aurelia S.A. for the breach.", {"Nordwind GmbH", "Aurelia S.A."}),
    ],
)
def test_a_legal_form_ends_a_company_name_with_or_without_its_full_stop(extractor, text, firms):
    found = {t for t, ty in mentions(extractor, text) if ty == "Firm"}
    assert firms <= found
    assert not any(" and " in f for f in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The plan was opposed by Tory Jacob Rees-Mogg in the debate.", "Jacob Rees-Mogg"),
        ("Republican John Thune said no.", "John Thune"),
    ],
)
def test_a_party_word_before_a_name_is_an_affiliation(extractor, text, name):
    found = persons(extractor, text)
    assert name in found and not any(p.split()[0] in ("Tory", "Republican") for p in found)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The cloud provider Hetzner moved its servers.", "Hetzner", "Firm"),
        ("Payment processor Paystack must keep data in Nigeria.", "Paystack", "Firm"),
        ("The messaging service Zangi refused to store data in Russia.", "Zangi", "Firm"),
        ("The company Sarah Lee founded in 2010 was sold.", "Sarah Lee", "Person"),
        ("The insurer said Tom Baker had resigned.", "Tom Baker", "Person"),
    ],
)
def test_a_one_word_name_after_a_noun_of_a_kind_of_business_is_a_company(extractor, text, name, kind):
    assert (name, kind) in mentions(extractor, text)


def test_a_german_noun_after_its_article_is_no_person_but_a_particle_keeps_the_name():
    from pipelines.nlp.entities.not_persons import after_foreign_article
    from pipelines.nlp.lexicon import load_lexicon

    lex = load_lexicon()
    text = "Der Bundesbeauftragte für den Datenschutz und die Informationsfreiheit; later von der Leyen left."
    noun = text.index("Datenschutz")
    assert after_foreign_article(text, noun, noun + len("Datenschutz"), lex)
    name = text.index("Leyen")
    assert not after_foreign_article(text, name, name + len("Leyen"), lex)
