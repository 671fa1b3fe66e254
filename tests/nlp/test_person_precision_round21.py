"""Round 21 of person precision (probe text of our own: press releases, news, telegrams, statute preambles).

A noun that ends a longer title ("Officer" of "Chief Executive Officer", "Counsel" of "Deputy General Counsel") goes
on naming the office: it is no person, it heads no body, and a name after it is the holder's ("Chief Executive
Officer Jane Doe"). One portfolio word alone after a title ("Director General Cyber") names the office's remit, no
person, whichever finder proposes it. On the line after a title that ends a line, an ordinary word with an abstract
noun's ending ("Certification", "Management") starts a heading or a sentence, no surname ("Holder" still is one).
After a plural title that is also an ordinary word ("the Lords Spiritual and Temporal"), ordinary words name no one;
names still do ("Lords Carlile and Anderson"). A word spelt like a title, in title case, after a name's first word
and before no other name, is the name's last word ("Governor Jim Justice signed"); before another name it is the
next person's title ("Secretary Clinton Ambassador Rice")."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, of_type


@pytest.mark.parametrize(
    "text, word",
    [
        ("Acme Corp announced that its Chief Executive Officer will step down next year.", "Officer"),
        (
            "The forum was opened by Kwame Mensah and Bocar Ba, Chief Executive Officer of the Samena "
            "Telecommunications Council.",
            "Officer",
        ),
        ("The Chief Information Officer of the Department of Commerce issued the guidance.", "Officer"),
        ("WASHINGTON - The agency's Deputy General Counsel declined to comment on the rule.", "Counsel"),
        ("The existing Director General Cyber of GCHQ, Ciaran Martin, leads the new centre.", "Cyber"),
        ("The Director General Cyber of the Department of Defence said the plan was ready.", "Cyber"),
        ("Attorney General\nCertification of the request is required under the Act.", "Certification"),
        ("The Secretary of State\nManagement of the embassy remains difficult, the cable says.", "Management"),
        ("Be it enacted by the Lords Spiritual and Temporal, and Commons, in this present Parliament", "Spiritual"),
        ("Be it enacted by the Lords Spiritual and Temporal, and Commons, in this present Parliament", "Temporal"),
    ],
)
def test_words_of_an_office_are_no_person(extractor, text: str, word: str) -> None:
    assert word not in of_type(extractor, text, "Person")


def test_title_final_noun_heads_no_body(extractor) -> None:
    text = (
        "The forum was opened by Kwame Mensah and Bocar Ba, Chief Executive Officer of the Samena "
        "Telecommunications Council."
    )
    assert not any(head == "Officer" for head, _ in any_pairs(extractor, text, "leads"))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Chief Executive Officer Tim Cook said Apple opposes the law.", "Tim Cook"),
        ("Attorney General\nHolder met the Minister on Tuesday.", "Holder"),
        ("Lords Carlile and Anderson spoke against the Bill.", "Anderson"),
        ("Lords Carlile and Anderson spoke against the Bill.", "Carlile"),
        ("Senators Wyden and Crapo introduced the bill.", "Crapo"),
        ("The Minister for Cyber Security Clare O'Neil announced the strategy.", "Clare O'Neil"),
        ("The existing Director General Cyber of GCHQ, Ciaran Martin, leads the new centre.", "Ciaran Martin"),
    ],
)
def test_names_after_titles_stay_persons(extractor, text: str, name: str) -> None:
    assert name in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, name",
    [
        ("West Virginia Governor Jim Justice signed the bill on Tuesday.", "Jim Justice"),
        ("Participants: Ambassador Smith, PolOff Anna Justice (notetaker)", "Anna Justice"),
    ],
)
def test_title_word_closing_a_name_is_its_surname(extractor, text: str, name: str) -> None:
    assert name in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, names",
    [
        ("Secretary Clinton Ambassador Rice and others attended the talks.", {"Clinton", "Rice"}),
        ("Chairman Wicker, Chairman Pallone, Ranking Member Walden and others spoke.", {"Wicker", "Walden"}),
    ],
)
def test_title_before_another_name_stays_a_title(extractor, text: str, names: set[str]) -> None:
    people = of_type(extractor, text, "Person")
    assert names <= people
    assert not any("Ambassador" in p or "Chairman" in p for p in people)
