"""State mentions, round 17, on probe sentences of our own (news, government releases, cables): a short name defined
after a region's phrase whose "of" complement is a state ("the Hong Kong SAR of the People's Republic of China
(“Hong Kong”)") names the region, not the state, and neither it nor its repeats are State mentions; a state's name
inside the name of a company or of a body that is no state organ ("Nepal Telecommunications Corporation", "the
Senate India Caucus", "the University of Zimbabwe") is no mention of the state. A short name of the state's own
words or initials, and a state's name in a clause, stay State mentions."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor

pytestmark = pytest.mark.slow


def states(extractor: Extractor, text: str) -> list[str]:
    return [m.text for m in extractor.extract("probe", "probe", text).mentions if m.type == "State"]


# (text, a name that must not be a State mention anywhere in the text)
NOT_STATES = [
    ("The law applies in the Hong Kong SAR of the People’s Republic of China (“Hong Kong”). Businesses in Hong Kong "
     "should be aware of the risks.", "Hong Kong"),
    ("The ordinance covers the Macao Special Administrative Region of the People's Republic of China (\"Macao\"). "
     "Macao adopted its own privacy law in 2005.", "Macao"),
    ("THE KURDISTAN REGION OF IRAQ (\"KURDISTAN\") PASSED A NEW LAW. KURDISTAN ALSO CENSORS THE INTERNET.",
     "KURDISTAN"),
    ("It was renamed Nepal Telecommunications Corporation in 1975.", "Nepal"),
    ("The co-chairs of the Senate India Caucus welcomed the visit.", "India"),
    ("He is the head of the Morocco-Emirates Development Company, an affiliate of the group.", "Morocco"),
    ("A law lecturer at the University of Zimbabwe said both bills target the opposition.", "Zimbabwe"),
    ("The regulator split the parastatal, Uganda Posts and Telecommunications Company Limited, into four firms.",
     "Uganda"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NOT_STATES)
def test_no_state_mention(extractor: Extractor, text: str, name: str) -> None:
    assert name not in states(extractor, text)


# (text, the state's name, how many of its occurrences are State mentions): a repeat of a state's name the document
# names elsewhere is no State mention inside a body's name either
REPEATS = [
    ("Zimbabwe passed two bills. A lecturer at the University of Zimbabwe said both target the opposition.",
     "Zimbabwe", 1),
    ("India's Prime Minister will address Congress, said the co-chairs of the Senate India Caucus.", "India", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "count"), REPEATS)
def test_no_repeat_inside_body_name(extractor: Extractor, text: str, name: str, count: int) -> None:
    assert states(extractor, text).count(name) == count


# (text, the State mentions it must keep)
STATES = [
    ("The Hong Kong SAR of the People’s Republic of China (“PRC”) passed the law. The PRC opposed the bill.",
     ["People’s Republic of China", "PRC", "PRC"]),
    ("The agreement was signed by the Government of the Republic of Korea (“Korea”) and the European Union. Korea "
     "enacted the law.", ["Korea"]),
    ("Nigeria and Ghana signed the treaty, and Kenya Airways opposed the Data Protection Act.", ["Nigeria", "Ghana"]),
    ("The ministry said India will require payment data to be stored locally, and China Mobile Limited agreed.",
     ["India"]),
    ("Officials from Brazil and Chile met the delegation of the Japan Foundation in Tokyo.", ["Brazil", "Chile"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STATES)
def test_state_mentions_kept(extractor: Extractor, text: str, expected: list[str]) -> None:
    found = states(extractor, text)
    assert all(found.count(name) >= expected.count(name) for name in expected)


def datatypes(extractor: Extractor, text: str) -> set[str]:
    return {m.text for m in extractor.extract("probe", "probe", text).mentions if m.type == "DataType"}


# (text, the data types it names): a base-form verb of handling data after "to", a modal, a relative pronoun or a
# conjunction is the clause's verb, not a word of the data type's name
VERB_BEFORE = [
    ("Article 2 requires telecommunications companies to retain and store users’ data for 180 days.",
     {"users’ data"}),
    ("4. (C) Per the decree, providers must retain and store users’ data for six months, the Embassy learned.",
     {"users’ data"}),
    ("The guidance applies to online services, or that store or process data on behalf of the user, such as cloud "
     "platforms.", set()),
    ("The embassy reported that banks must collect and store payment data inside the country.", {"payment data"}),
    ("The ministry published export data for the first quarter.", {"export data"}),
    ("Regulators said the company processes health data and stores payment data in Ireland.",
     {"health data", "payment data"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VERB_BEFORE)
def test_no_verb_in_data_type(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert datatypes(extractor, text) == expected


# (text, the data types it names): a participle of handling ("retained", as "stored" and "collected") says what was
# done with the data, not what kind they are
HANDLED = [
    ("The retained data is accessible by law enforcement agencies with a court order at any time.", set()),
    ("The Act requires providers to disclose retained communications data on request.", {"communications data"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HANDLED)
def test_handling_participle_no_kind(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert datatypes(extractor, text) == expected
