"""Round 17 of companies and persons: a company's name that ends in a registered legal form ("Company Limited") is
one company's name even where a state's name opens it; after a title, ordinary words that end in an abstract noun
are the office's remit, not a person's name."""

from __future__ import annotations

import pytest


def mentions(extractor, text: str, kind: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == kind}


@pytest.mark.parametrize(
    "text, firm",
    [
        (
            "NAIROBI (Reuters) - Kenya Power and Lighting Company Limited said on Tuesday it would appeal the ruling.",
            "Kenya Power and Lighting Company Limited",
        ),
        (
            "The Ministry of Communications announced today that Ghana Telecommunications Company Limited has "
            "completed the migration of its customer records to local servers.",
            "Ghana Telecommunications Company Limited",
        ),
        (
            "3. (SBU) Econoff met executives of Tanzania Posts Corporation, who said the new law would raise costs.",
            "Tanzania Posts Corporation",
        ),
        (
            "The regulator fined Vodacom Tanzania Public Limited Company for breaching the Communications Act.",
            "Vodacom Tanzania Public Limited Company",
        ),
    ],
)
def test_a_registered_legal_form_makes_the_whole_name_a_company_a_state_inside(extractor, text, firm):
    assert firm in mentions(extractor, text, "Firm")
    state = firm.split()[0]
    assert state not in mentions(extractor, text, "State")


def test_a_company_defined_with_its_initials_lends_them_its_type(extractor):
    text = "Zambia Telecommunications Company Limited (ZTCL) signed the deal. ZTCL opposed the Cyber Security Act."
    assert {"Zambia Telecommunications Company Limited", "ZTCL"} <= mentions(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text, state",
    [
        ("Kenya and Uganda signed the agreement with the company.", "Kenya"),
        ("The Kenya Data Protection Commissioner opposed the amendments.", "Kenya"),
    ],
)
def test_a_public_corporation_named_by_its_remit_or_a_state_alone_is_no_company(extractor, text, state):
    assert state in mentions(extractor, text, "State")
    assert not any(state in f for f in mentions(extractor, text, "Firm"))


def test_a_corporation_named_by_a_public_remit_is_no_company(extractor):
    # "Corporation" makes a company only after a carrier's line of business; the state's name inside the body's
    # name is no State mention either (entities/state_scope.py)
    text = "The Korea Deposit Insurance Corporation published its annual report."
    assert not any("Korea" in f for f in mentions(extractor, text, "Firm"))


@pytest.mark.parametrize(
    "text, remit",
    [
        (
            "GENEVA (AP) - The report was presented by the Executive Commissioner Consumer Protection, who said the "
            "new law would help.",
            "Consumer Protection",
        ),
        (
            "The Authority's Director Policy Coordination told reporters the Act would take effect in May.",
            "Policy Coordination",
        ),
        (
            "4. (SBU) Econoff met the Deputy Director General Regulatory Enforcement on Monday.",
            "Regulatory Enforcement",
        ),
        (
            "The Departments of Legal and Regulatory Services report to the Executive Commissioner Stakeholder "
            "Management.",
            "Stakeholder Management",
        ),
    ],
)
def test_ordinary_words_closing_in_a_remit_after_a_title_are_no_person(extractor, text, remit):
    assert remit not in mentions(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, person",
    [
        ("Rep. George Holding (R-NC) introduced the bill on Monday.", "George Holding"),
        ("Director General Mark Green said the agency supports the act.", "Mark Green"),
        ("Commissioner Jane Greene opposed the amendments.", "Jane Greene"),
        ("Secretary Rice told the press that the law was needed.", "Rice"),
        ("Foreign Minister Grace Banks discussed the data rules.", "Grace Banks"),
    ],
)
def test_a_name_of_ordinary_words_after_a_title_is_still_a_person(extractor, text, person):
    assert person in mentions(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, firm",
    [
        ("LAGOS (Reuters) - MTN Nigeria said on Monday it opposed the new data rules.", "MTN Nigeria"),
        ("The Ministry announced that iFlix Malaysia will store customer data locally.", "iFlix Malaysia"),
        ("4. (SBU) Econoff met executives of SmartNet Tanzania, who said the law raises costs.", "SmartNet Tanzania"),
        ("Meanwhile, eBay Russia representative Ivan Petrov confirmed the move.", "eBay Russia"),
    ],
)
def test_a_brand_before_a_state_names_the_company_branch_there(extractor, text, firm):
    assert firm in mentions(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text, state",
    [
        ("Travel to Visit Uganda was promoted by the Ministry.", "Uganda"),
        ("In Nigeria the law passed.", "Nigeria"),
        ("Team Kenya won the cup.", "Kenya"),
        ("The US Russia talks ended.", "Russia"),
        ("Neighbouring Chile enacted its own law in 2024.", "Chile"),
        ("Deputy Attorney General Lisa Monaco said Monaco would cooperate.", "Monaco"),
        ("Glo Nigeria said the rules were unfair.", "Nigeria"),
    ],
)
def test_an_ordinary_word_or_a_known_name_before_a_state_is_no_brand(extractor, text, state):
    assert state in mentions(extractor, text, "State")
    assert not mentions(extractor, text, "Firm")


def test_a_word_of_the_sentence_is_no_word_of_a_company_name(extractor):
    # the sample article's sentence: "to" joins the sentence's phrases, so "China to ... Co" names no company
    text = "Apple has moved the iCloud accounts of users in China to Guizhou-Cloud Big Data Industry Co (GCBD)."
    assert "China" in mentions(extractor, text, "State")
    assert not any(" to " in f for f in mentions(extractor, text, "Firm"))
