"""Cross-document resolution of persons named by surname alone (`pipelines.resolution`)."""

from pipelines.model import Mention
from pipelines.resolution import SurnameResolver


def mention(label: str, type_: str = "Person") -> Mention:
    return Mention(0, len(label), label, type_, f"person/{label.lower().replace(' ', '-')}", label)


def test_a_surname_alone_is_the_one_person_named_in_full_with_it():
    resolver = SurnameResolver({"person/marco-rubio": "Marco Rubio", "person/ron-wyden": "Ron Wyden"})
    decisions = resolver.repoint([mention("Wyden"), mention("Rubio"), mention("Marco Rubio")])
    assert decisions == {
        "0": {"entity_id": "person/ron-wyden", "label": "Ron Wyden"},
        "1": {"entity_id": "person/marco-rubio", "label": "Marco Rubio"},
    }


def test_two_persons_with_the_surname_or_none_leave_the_mention_alone():
    resolver = SurnameResolver({"person/marco-rubio": "Marco Rubio", "person/paula-rubio": "Paula Rubio"})
    assert resolver.repoint([mention("Rubio"), mention("Crapo")]) == {}


def test_only_persons_are_re_pointed_and_one_word_labels_are_not_full_names():
    resolver = SurnameResolver({"person/ford": "Ford", "person/gerald-ford": "Gerald Ford"})
    assert resolver.repoint([mention("Ford", "Firm")]) == {}  # the company, not the president
    assert resolver.repoint([mention("Ford")]) == {"0": {"entity_id": "person/gerald-ford", "label": "Gerald Ford"}}
