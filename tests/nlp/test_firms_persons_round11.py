"""Round 11 of companies and people on unseen text: a company named with its legal form after a comma and its bare
name elsewhere in the document, a national arm's legal form, a given name that is an ordinary noun before a member
of Congress's party and state, a peer's territorial designation of several words."""

from __future__ import annotations

import pytest


def mentions(extractor, text: str, kind: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == kind}


@pytest.mark.parametrize(
    "text, firm, bare",
    [
        (
            "Reuters reported that Northwind Logistics, Inc. had stored customer records in Singapore, and "
            "Northwind Logistics later denied it.",
            "Northwind Logistics, Inc.",
            "Northwind Logistics",
        ),
        (
            "The Department announced that Brightline Data, Ltd. will pay a penalty; Brightline Data agreed to "
            "delete the records.",
            "Brightline Data, Ltd.",
            "Brightline Data",
        ),
        (
            "2. The Embassy met executives of Kestrel Telecom, LLC. Kestrel Telecom officials said the ministry had "
            "asked for local servers.",
            "Kestrel Telecom, LLC",
            "Kestrel Telecom",
        ),
        (
            "Virginia-based X-Mode Social and Outlogic, LLC, the successor firm, failed to act. Later, Outlogic "
            "sold the data.",
            "Outlogic, LLC",
            "Outlogic",
        ),
    ],
)
def test_a_company_named_with_its_legal_form_after_a_comma_and_its_bare_name(extractor, text, firm, bare):
    found = mentions(extractor, text, "Firm")
    assert firm in found and bare in found
    assert bare not in mentions(extractor, text, "Person")
    assert "LLC" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The office is at 12 Grenfell Street, Adelaide, SA 5000, near the Ministry.",
        "The firm moved from Denver, Co. to Austin last year.",
        "Rep. Frank Pallone, Jr. (D-N.J.) chairs the committee.",
    ],
)
def test_a_place_or_a_name_suffix_after_a_comma_is_no_legal_form(extractor, text):
    assert not mentions(extractor, text, "Firm")


def test_the_bare_name_is_a_company_only_where_the_document_gave_a_legal_form(extractor):
    assert "Outlogic" in mentions(extractor, "Later, Outlogic sold the data to brokers.", "Person")


@pytest.mark.parametrize(
    "text, firm",
    [
        (
            "The dispute concerns Meta Platforms Ireland Limited and its Facebook service.",
            "Meta Platforms Ireland Limited",
        ),
        ("Samsung India Ltd. opened a data centre in Chennai.", "Samsung India Ltd."),
        (
            "Embassy officials met representatives of Huawei Technologies Kenya Limited.",
            "Huawei Technologies Kenya Limited",
        ),
    ],
)
def test_a_national_arm_takes_its_legal_form(extractor, text, firm):
    assert firm in mentions(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text",
    [
        "Senators Edward J. Markey (D-Mass.) and Bill Cassidy (R-La.) today expressed their support.",
        "Bill Cassidy (R-La.) expressed support for the measure.",
        "The letter was signed by Senators Richard Blumenthal (D-Conn.), and Bill Cassidy (R-La.).",
    ],
)
def test_a_given_name_that_is_a_noun_before_a_party_and_state(extractor, text):
    assert "Bill Cassidy" in mentions(extractor, text, "Person")


def test_a_law_head_before_no_party_and_state_names_no_one(extractor):
    assert not mentions(extractor, "The Online Safety Bill (UK) was passed in 2023.", "Person")


@pytest.mark.parametrize(
    "text, peer",
    [
        (
            "Lord Parkinson of Whitley Bay, Parliamentary Under-Secretary of State, introduced the bill.",
            "Lord Parkinson of Whitley Bay",
        ),
        ("The Foreign Office said Lord Ahmad of Wimbledon met the Saudi minister.", "Lord Ahmad of Wimbledon"),
        ("Baroness Jones of Moulsecoomb asked whether the data would be stored.", "Baroness Jones of Moulsecoomb"),
        ("Lord Parkinson of the Treasury team spoke.", "Lord Parkinson"),
    ],
)
def test_a_peer_with_a_territorial_designation_of_several_words(extractor, text, peer):
    found = mentions(extractor, text, "Person")
    assert found == {peer}


def test_an_office_of_the_peerage_names_no_peer(extractor):
    assert not mentions(extractor, "The Lord Mayor of Greater London opened the exhibition.", "Person")


@pytest.mark.parametrize(
    "text, old",
    [
        ("The online library for Lipsync.io – now known as TikTok – features lots of tracks.", "Lipsync.io"),
        ("Regulators said Kestrelgram, now known as Meta, had moved the data to servers in Ireland.", "Kestrelgram"),
        ("The cable says Zangibook (now called Facebook) stores user data abroad.", "Zangibook"),
    ],
)
def test_an_old_name_renamed_to_a_company_is_the_company(extractor, text, old):
    assert old in mentions(extractor, text, "Firm")


def test_a_name_with_a_dot_repeats_the_company_it_was_typed(extractor):
    text = "Lipsync.io – now known as TikTok – grew fast. For three years, Lipsync.io did not ask for ages."
    firms = [m for m in extractor.extract("t", "v", text).mentions if m.type == "Firm" and m.text == "Lipsync.io"]
    assert len(firms) == 2


def test_now_without_a_renaming_verb_renames_nothing(extractor):
    text = "The Embassy notes that Paris, now France's capital of technology, hosts the meeting."
    assert not mentions(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text",
    [
        "He filed complaints against the company with the Irish Data Protection Commissioner in 2011.",
        "The company said the French would not accept the deal.",
    ],
)
def test_a_nationality_is_no_company(extractor, text):
    assert not mentions(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text, firm",
    [
        ("The regulator fined data broker Kochava-Link Media for selling location data.", "Kochava-Link Media"),
        ("The Embassy met the cloud provider Hetz-Net Cloud in Berlin.", "Hetz-Net Cloud"),
        ("Data broker X-Mode Social and its successor will be prohibited from selling data.", "X-Mode Social"),
    ],
)
def test_a_name_after_a_noun_of_a_kind_of_business_is_a_company(extractor, text, firm):
    assert firm in mentions(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text, person",
    [
        ("The company Sarah Lee founded in 2010 was sold.", "Sarah Lee"),
        ("The startup John Smith created grew fast.", "John Smith"),
    ],
)
def test_the_subject_of_a_relative_clause_after_a_business_noun_is_a_person(extractor, text, person):
    assert person in mentions(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, holder, complement",
    [
        (
            "The event featured Executive Director at Fairplay Josh Golin, Founder of Acme Media Jim Stayer, and "
            "others.",
            "Josh Golin",
            "Fairplay Josh Golin",
        ),
        (
            "Minister-in-charge of Trade Relations Grace Fu (Singapore) and Minister for Trade Todd McClay (New "
            "Zealand) met on the sidelines.",
            "Grace Fu",
            "Trade Relations Grace Fu",
        ),
        (
            "The release quotes Executive Director at Brightwater Mara Quinn, who welcomed the ruling.",
            "Mara Quinn",
            "Brightwater Mara Quinn",
        ),
    ],
)
def test_the_holder_after_a_title_and_its_complement(extractor, text, holder, complement):
    found = mentions(extractor, text, "Person")
    assert holder in found and complement not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Head of Microsoft Azure, in a statement, said the data would stay in Europe.",
        "He met the Secretary of Homeland Security.",
    ],
)
def test_a_complement_that_ends_in_a_known_name_or_ordinary_words_holds_no_holder(extractor, text):
    assert not mentions(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "In April 2016 Irina Yarovaya, together with Aleksei Pushkov, and Nadezhda Gerasimova and senator "
            "Victor Ozerov introduced a project.",
            "Nadezhda Gerasimova",
        ),
        (
            "The bill was sponsored by Maria Lopez, Tamsin Okonkwo-Reyes and Dmitri Volkonsky, the newspaper reported.",
            "Tamsin Okonkwo-Reyes",
        ),
        ("The statement was signed by Hiroshi Tanabe and Jurgita Baltrusaityte.", "Hiroshi Tanabe"),
    ],
)
def test_a_name_in_a_list_of_people_is_a_person(extractor, text, person):
    assert person in mentions(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, name",
    [
        ("The minister met Angela Merkel and Deutsche Telekom executives.", "Deutsche Telekom"),
        ("Officials from Huawei, Jane Doe and Vodafone Group attended.", "Vodafone Group"),
        ("The deal was reviewed by Goldman Sachs and analyst John Smith before it closed.", "Goldman Sachs"),
    ],
)
def test_a_company_in_a_list_with_a_person_stays_no_person(extractor, text, name):
    assert name not in mentions(extractor, text, "Person")


@pytest.mark.parametrize(
    "text",
    [
        "The article says the Loi Toubon requires French to be used in contracts.",
        "Officials said the old Ley Lleras allowed websites to be closed.",
        "Experts said the Lei Azeredo criminalises hacking.",
    ],
)
def test_a_name_with_the_article_that_a_verb_follows_is_no_person(extractor, text):
    assert not mentions(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, person",
    [
        ("The late John Smith said the law was flawed.", "John Smith"),
        ("The Earl Howe, as Deputy Leader, replied.", "Earl Howe"),
        ("Lawmakers said the Joe Biden administration would act.", "Joe Biden"),
    ],
)
def test_the_late_a_peer_and_a_modifier_keep_the_person(extractor, text, person):
    assert person in mentions(extractor, text, "Person")


def test_a_generational_suffix_alone_is_no_name(extractor):
    text = "Reuters reported that Martin Luther King Jr. had been monitored by the FBI."
    assert "Jr." not in mentions(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, short",
    [
        ("Data broker X-Mode Social sold location data. Regulators said X-Mode transferred its operations.", "X-Mode"),
        (
            "Reuters said the chipmaker NexaCore Semiconductor would build a plant; NexaCore declined to comment.",
            "NexaCore",
        ),
        (
            "The cable reports that the operator Kyiv-Star Mobile stores subscriber data locally, and Kyiv-Star "
            "officials confirmed it.",
            "Kyiv-Star",
        ),
    ],
)
def test_a_company_goes_by_the_coined_word_its_name_starts_with(extractor, text, short):
    assert short in mentions(extractor, text, "Firm")
    assert short not in mentions(extractor, text, "Person")


def test_an_ordinary_first_word_is_no_short_name():
    from pipelines.nlp.text_rules.legal_forms import coined_first_word

    assert coined_first_word("Global Data") is None
    assert coined_first_word("Johnson Controls") is None
    assert coined_first_word("EU-US Data Bridge") is None
    assert coined_first_word("X-Mode Social") == "X-Mode"


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch SA fined the company for the transfers.",
        "According to Reuters, the Spanish SA opened an inquiry into the transfers.",
        "The cable notes that the Swiss AG has not yet ruled.",
    ],
)
def test_a_nationality_and_a_legal_form_name_no_company(extractor, text):
    found = mentions(extractor, text, "Firm") - {"Reuters"}
    assert not found


@pytest.mark.parametrize(
    "text, firm",
    [
        ("Reuters said Swiss Re AG and Orange SA would store data in France.", "Orange SA"),
        ("The tender was won by Societe Generale SA.", "Societe Generale SA"),
    ],
)
def test_a_name_and_a_legal_form_still_name_a_company(extractor, text, firm):
    assert firm in mentions(extractor, text, "Firm")
