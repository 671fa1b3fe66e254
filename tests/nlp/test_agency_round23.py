"""Agency names, round 23 (probe text of our own: news, government releases, court reports, Wikipedia-style pages).

- A centre named "for" a cause it argues for is a campaigners' or a think tank's, not a body of a state ("Center for
  Democracy and Technology", "European Center for Digital Rights"); centres named after a task stay bodies ("Centre
  for Cyber Assessment", "National Counterterrorism Center"; `rules/advocacy_centres.py`).
- A unit named by its rank alone before "of the" and its parent body is only its parent's ("the Second Chamber of the
  Supreme Court", "the Grand Chamber of the European Court of Human Rights"); a unit named by its work keeps its
  parent ("the Criminal Division of the Department of Justice", rounds 13 and 19), and a name without "the" after
  "of" ("Chamber of Deputies") is left whole (`rules/body_units.py`).
- Letters before an official's title name a body the document never spells out ("an FAA official"), unless the
  document gives the same letters before a company's legal form: then they are the company's and the officials its
  staff ("COMSAT Corporation ... COMSAT officials"; `entities/initialisms.py`).
- A parliament in lower case with a state's name or adjective before it, or "of" and a state's name after it, is
  that state's chamber, the state's word in the name ("the Nigeria parliament", "the parliament of Bangladesh"); the
  noun alone or after "European", and "legislature", are left alone (`text_rules/state_parliaments.py`).
"""

from __future__ import annotations

import pytest

from tests.support.probes import mentions, of_type


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # news
        ("The Center for Democracy and Technology filed comments with the FCC on Monday.", "Center for Democracy"),
        # government release (a list of participants)
        (
            "Participants included Ridhi Shetty, Center for Democracy and Technology, and officials of the FTC.",
            "Center for Democracy",
        ),
        # agency report
        (
            "The Center for Digital Democracy jointly recommended changes to the proposal submitted to the FTC.",
            "Center for Digital Democracy",
        ),
        # Wikipedia-style page
        ("Max Schrems is the founder of NOYB - European Center for Digital Rights.", "European Center"),
        # British spelling, a university's centre
        ("The Centre for Human Rights at the university published a report on the Cybercrimes Act.", "Centre for"),
    ],
)
def test_a_centre_named_for_a_cause_is_no_body(extractor, text, group):
    assert not any(group in name for _, name in mentions(extractor, text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Centre for Cyber Assessment was merged into the new agency.", "Centre for Cyber Assessment"),
        (
            "The Centre for the Protection of National Infrastructure advises operators of power plants.",
            "Centre for the Protection of National Infrastructure",
        ),
        ("The National Counterterrorism Center shares data with its partners.", "National Counterterrorism Center"),
    ],
)
def test_a_centre_named_for_a_task_stays_a_body(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    ("text", "parent", "unit"),
    [
        # court report
        (
            "The Second Chamber of the Supreme Court of Justice of the Nation (SCJN) in Mexico will discuss the case.",
            "Supreme Court of Justice of the Nation",
            "Second Chamber",
        ),
        (
            "The First Section of the Constitutional Court heard the complaint on Tuesday.",
            "Constitutional Court",
            "First Section",
        ),
        # news
        (
            "The Grand Chamber of the European Court of Human Rights ruled on the bulk interception regime.",
            "European Court of Human Rights",
            "Grand Chamber",
        ),
    ],
)
def test_a_unit_named_by_its_rank_is_only_its_parents(extractor, text, parent, unit):
    found = {name for _, name in mentions(extractor, text)}
    assert parent in found
    assert not any(unit in name for name in found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Members of the Chamber of Deputies voted for the bill.", "Chamber of Deputies"),
        (
            "The Standing Committee of the National People's Congress adopted the law.",
            "Standing Committee of the National People's Congress",
        ),
        ("The Section 301 Committee will convene a hearing in January.", "Section 301 Committee"),
        (
            "The Antitrust Division of the Department of Justice opened an investigation into the merger.",
            "Antitrust Division of the Department of Justice",
        ),
    ],
)
def test_other_names_with_a_unit_head_stay_whole(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # diplomatic airgram
        (
            "In a meeting with Embassy and COMSAT officials, French experts explained their view. The Embassy met "
            "the COMSAT Corporation's Geneva office representatives.",
            "COMSAT",
        ),
        # business news
        ("Shares of MTN Ltd fell after the fine. MTN officials met the regulator in Abuja.", "MTN"),
        # government release
        ("The contract went to NETCO Limited. NETCO officials said the data would stay in Kenya.", "NETCO"),
    ],
)
def test_letters_a_document_gives_as_a_company_are_no_body(extractor, text, letters):
    assert letters not in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("An FAA official said the drones must be registered. The FAA Technology Center tests them.", "FAA"),
        ("IRMO Deputy Director Jane Roe said the ministry would publish the rules.", "IRMO"),
        ("KCCA officials said the city would store the data locally.", "KCCA"),
    ],
)
def test_letters_before_an_officials_title_still_name_a_body(extractor, text, letters):
    assert letters in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    ("text", "chamber"),
    [
        # encyclopedia
        (
            "The Cyber Security Act, 2023 was passed by the parliament of Bangladesh in September 2023.",
            "parliament of Bangladesh",
        ),
        # news
        (
            "An online petition to force the Nigeria parliament to drop the bill received 90,000 signatures.",
            "Nigeria parliament",
        ),
        (
            "Human rights advocates and members of the Jordanian parliament argue that the law is vague.",
            "Jordanian parliament",
        ),
        # government release
        ("The bill was sent to the parliament of the United Kingdom for approval.", "parliament of the United Kingdom"),
    ],
)
def test_a_parliament_in_lower_case_with_its_state_is_the_states_chamber(extractor, text, chamber):
    found = mentions(extractor, text)
    assert ("Agency", chamber) in found
    assert not any(type_ == "State" and name in chamber for type_, name in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Second, the European parliament wants to demonstrate its power.", "European parliament"),
        ("The Mexican legislature today adopted a surveillance law.", "Mexican legislature"),
        ("Zimbabwe's government and parliament pushed the bills through this week.", "Zimbabwe's"),
    ],
)
def test_a_parliament_noun_without_a_state_right_by_it_takes_no_state_word(extractor, text, word):
    assert not any(word in name for _, name in mentions(extractor, text))
