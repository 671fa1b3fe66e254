"""Round 21 of persons and firms (probe text of our own: news, wire copy, press releases, cables, encyclopedia pages).

English names a company by putting the noun of its kind right before its name ("security company Sophos", "the
Chinese company Huawei", "the telecom operator MTN"), as it names a newspaper ("the newspaper Le Monde") or a media
outlet ("state media outlet RBC"): the name after the noun is a company's. A title, a body, a day or a name followed
by a clause of its own ("the firm Jane Smith founded") is none. Initials in capitals ("RBC") are a name even where a
lower-case word spells them.

A Korean given name is two syllables joined by a hyphen, the second in lower case ("Lee Myung-bak", "Moon
Jae-in"): the syllable is part of the person's name. An English word joined to a name ("Smith-led", "Jones-era")
is not."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The network was built with the help of the Chinese company Huawei.", "Huawei"),
        ("The network was built with the help of the Chinese company HUAWEI.[14]", "HUAWEI"),
        ("The Irish firm Accenture, which won the contract, declined to comment.", "Accenture"),
        ("The regulator fined the operator Vodafone Egypt, which denied wrongdoing.", "Vodafone Egypt"),
        ("The state-owned carrier Ethio Telecom holds a monopoly on mobile services.", "Ethio Telecom"),
        ("The insurer Allianz and the carmaker Volkswagen signed the code of conduct.", "Allianz"),
        ("Data held by the company Atos was moved to servers in France.", "Atos"),
    ],
)
def test_a_name_after_the_noun_of_a_business_kind_is_a_firm(extractor, text, firm):
    assert firm in of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Russian state media outlet RBC reported last week that US companies had complied.", "RBC"),
        ("The independent media outlet Meduza, which is based in Riga, was labelled a foreign agent.", "Meduza"),
    ],
)
def test_a_name_after_media_outlet_is_a_firm(extractor, text, firm):
    assert firm in of_type(extractor, text, "Firm")


@pytest.mark.parametrize(
    "text",
    [
        "The company President Jane Smith resigned on Monday.",
        "The bank Governor said rates would rise.",
        "The company Board approved the plan.",
        "The company Monday announced a recall.",
        "It was one company France had nationalised.",
        "The media outlet said it would appeal.",
    ],
)
def test_no_firm_after_a_kind_noun_before_a_title_body_day_or_state(extractor, text):
    assert of_type(extractor, text, "Firm") == set()


def test_a_state_after_a_kind_noun_stays_a_state(extractor):
    text = "The agreement allowed the company to share data with the company Ireland had named."
    assert of_type(extractor, text, "State") == {"Ireland"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("SEOUL (Reuters) - Former President Lee Myung-bak was sentenced on Friday.", "Lee Myung-bak"),
        ("The intelligence service has recommended President Lee Myung-bak\nappoint an aide.", "Lee Myung-bak"),
        ("President Moon Jae-in signed the Personal Information Protection Act amendment.", "Moon Jae-in"),
        ("Prime Minister Chung Sye-kyun attended the meeting.", "Chung Sye-kyun"),
    ],
)
def test_a_korean_given_name_keeps_its_lower_case_syllable(extractor, text, person):
    assert person in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Senator Jim Smith-led panel approved the bill.", "Jim Smith"),
        ("Sen. John Smith-era policies were reversed.", "John Smith"),
    ],
)
def test_an_english_word_after_a_hyphen_is_no_part_of_the_name(extractor, text, person):
    assert of_type(extractor, text, "Person") == {person}
