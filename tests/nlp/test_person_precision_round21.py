"""Round 21 of person precision (probe text of our own: press releases, news, telegrams, statute preambles).

A noun that ends a longer title ("Officer" of "Chief Executive Officer", "Counsel" of "Deputy General Counsel") goes
on naming the office: it is no person, it heads no body, and a name after it is the holder's ("Chief Executive
Officer Jane Doe"). One portfolio word alone after a title ("Director General Cyber") names the office's remit, no
person, whichever finder proposes it. On the line after a title that ends a line, an ordinary word with an abstract
noun's ending ("Certification", "Management") starts a heading or a sentence, no surname ("Holder" still is one).
After a plural title that is also an ordinary word ("the Lords Spiritual and Temporal"), ordinary words name no one;
names still do ("Lords Carlile and Anderson")."""

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
