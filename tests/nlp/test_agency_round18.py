"""Agency names, round 18 (probe text of our own: news, government releases, cables, encyclopedia prose).

A possessive after a body's complement belongs to the whole name ("the Ministry of Justice's report"), unless the
complement's words name a person ("the Administration of Prime Minister's message"). A police force's station is
named by the force's head and "Station" ("the Kotwali Police Station"). "to" and a noun phrase after a body open a
recipient or a goal ("renamed the Data Inspection Board to Privacy Protection Authority", "from the Ministry of
Interior to Provincial Governors"); an envoy's "to" and a purpose infinitive stay in the name. A legislature's noun
in lower case after a determiner or glossing a name in a parenthesis is a common noun ("the senate is expected to
vote"). A body's head alone before "Chief" is a word of an officer's title ("Police Chief X", "to Cabinet Chief")."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Ministry of Justice's report on data retention was published on Monday.", "Ministry of Justice"),
        (
            "Beijing denied the Ministry of State Security’s role in the hacking campaign.",
            "Ministry of State Security",
        ),
        (
            "MOSCOW - The Ministry of Digital Development's new rules require local storage of personal data.",
            "Ministry of Digital Development",
        ),
        (
            "2. (SBU) The Ministry of Public Security's cyber bureau declined to meet Poloff.",
            "Ministry of Public Security",
        ),
        (
            "The Ministry of Foreign Affairs' spokesman declined to comment on the data law.",
            "Ministry of Foreign Affairs",
        ),
    ],
)
def test_a_possessive_after_a_bodys_complement_is_the_bodys(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Officials briefed the Administration of Prime Minister's message in outline.", "Prime Minister"),
        ("Reporters asked the Office of the Attorney General's spokesman about the case.", "Attorney General's"),
        ("The Center for Digital Democracy’s deputy director criticised the proposal.", "Center for Digital Democracy"),
    ],
)
def test_a_persons_or_a_private_bodys_possessive_ends_the_complement(extractor, text, junk):
    assert not any(junk in b for b in of_type(extractor, text, "Agency"))


@pytest.mark.parametrize(
    "text, station",
    [
        ("Officers at the Kotwali Police Station registered the complaint.", "Kotwali Police Station"),
        ("Officers at Paddington Green Police Station questioned the two suspects.", "Paddington Green Police Station"),
    ],
)
def test_a_police_station_is_one_name(extractor, text, station):
    bodies = of_type(extractor, text, "Agency")
    assert station in bodies and station.removesuffix(" Station") not in bodies


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Kotwali Police said the blogger had been arrested.", "Kotwali Police"),
        ("The Metropolitan Police Service opened an inquiry into the data leak.", "Metropolitan Police Service"),
    ],
)
def test_a_police_force_without_a_station_keeps_its_name(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


def test_police_stations_in_lower_case_name_no_body(extractor):
    text = "Police stations across the country received the order to store the records."
    assert not any("station" in b.lower() for b in of_type(extractor, text, "Agency"))


@pytest.mark.parametrize(
    "text, bodies, joined",
    [
        (
            "In 2021 the decree renamed the Data Inspection Board to Privacy Protection Authority.",
            {"Data Inspection Board", "Privacy Protection Authority"},
            "Data Inspection Board to Privacy Protection Authority",
        ),
        (
            "In 2019 Parliament renamed the National Communications Commission to Communications Regulatory Authority.",
            {"National Communications Commission", "Communications Regulatory Authority"},
            "National Communications Commission to Communications Regulatory Authority",
        ),
        (
            "Telegram From the Department of State to Certain Posts3\nWashington, June 2, 1966.",
            {"Department of State"},
            "Department of State to Certain Posts3",
        ),
        (
            "The records were moved from the Ministry of Interior to Provincial Governors in 2019.",
            {"Ministry of Interior"},
            "Ministry of Interior to Provincial Governors",
        ),
        (
            "A message from the Ministry of Foreign Affairs to All Missions Abroad set out the rules.",
            {"Ministry of Foreign Affairs"},
            "Ministry of Foreign Affairs to All Missions Abroad",
        ),
    ],
)
def test_to_before_a_noun_phrase_opens_a_recipient(extractor, text, bodies, joined):
    found = of_type(extractor, text, "Agency")
    assert bodies <= found and joined not in found


@pytest.mark.parametrize(
    "text, name, type_",
    [
        ("The Global Coalition to Counter ISIL met in Rome on Monday.", "Global Coalition to Counter ISIL", "IGO"),
        (
            "The U.S. Mission to the European Union hosted the data talks.",
            "U.S. Mission to the European Union",
            "Agency",
        ),
        ("The Permanent Mission of Brazil to Geneva sent a note.", "Permanent Mission of Brazil to Geneva", "Agency"),
    ],
)
def test_an_envoys_to_and_a_purpose_stay_in_the_name(extractor, text, name, type_):
    assert name in of_type(extractor, text, type_)


@pytest.mark.parametrize(
    "text, noun",
    [
        ("The finance bill cleared the lower house and the senate is expected to vote on Friday.", "senate"),
        ("The government promised to bring the bill back in the next parliament.", "parliament"),
        ("The Sejm (parliament) approved the surveillance bill in January.", "parliament"),
        ("The reform was debated in the new parliament after the election.", "parliament"),
        ("Opposition members said the senate would block the bill.", "senate"),
    ],
)
def test_a_lower_case_chamber_after_a_determiner_is_a_common_noun(extractor, text, noun):
    assert noun not in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The minister told parliament that the data would stay in the country.",
            "parliament",
        ),
        ("The Parliament passed the Cyber Security Act in September 2023.", "Parliament"),
        ("The Senate passed the bill and sent it to the President.", "Senate"),
    ],
)
def test_a_chamber_used_as_a_proper_noun_stays_a_body(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, head",
    [
        (
            "The Metropolitan Police opened an inquiry into the leak. Police Chief John Smith said the data was safe.",
            "Police",
        ),
        (
            "The Iranian Cyber Police was founded in 2011. Police Chief Hossein Ashtari praised the unit.",
            "Police",
        ),
        (
            "The appointment of former Interior Minister Juan Perez to Cabinet Chief surprised the opposition.",
            "Cabinet",
        ),
    ],
)
def test_a_bare_head_before_chief_is_an_officers_title(extractor, text, head):
    assert head not in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Federal Police Chief said the data was stored abroad.", "Federal Police"),
        ("Senate Commerce Committee Chair Maria Cantwell criticised the data bill.", "Senate Commerce Committee"),
    ],
)
def test_a_named_body_before_chief_stays_a_body(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")
