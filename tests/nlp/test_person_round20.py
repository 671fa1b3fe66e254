"""Round 20 of persons (probe text of our own: meeting notes, agency pages, encyclopedia infoboxes, news).

A bulleted list gives one item a bullet, each the name, a comma and what the person is: an item whose comma is
followed by a person's title ("Chief Technology Officer", "Vice Chairperson") names a person, and in a list whose
other items name persons every item's name of two to four name words is a person's. Items naming bodies, companies
or states (a head noun, a legal form, a name the tables know) stay what they are.

English names an autocratic government after its ruler ("the Asad regime", "Maduro's ruthless regime", "the
Pinochet dictatorship"): the name is a person's. A regime named by its people, creed, movement or army ("the Iranian
regime", "the Communist regime", "the Taliban regime", "the Thai junta") or a regime of rules ("the sanctions
regime") names no person.

"MEP" before a name is a title, as "Senator" is ("MEP Axel Voss"), and the Malaysian honorific "Tan Sri" stands
before the name as "Sir" does: neither is part of the name. "Tan" and "Sri" alone remain name words ("Tan See
Leng", "Sri Mulyani Indrawati"), and "the MEP" without a name is no person."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Participants\n\n- Maria Lopez, Center for Digital Democracy\n- Tavish Okonkwo, Open Markets Institute\n"
            "- Peter Schultz, Privacy Rights Clearinghouse\n- Zainab Adeyemi, Electronic Frontier Foundation\n",
            "Tavish Okonkwo",
        ),
        (
            "Board of directors\n• Olumide Babatunde, Chief Executive Officer\n• Kagiso Ramotswe, Chief Financial "
            "Officer\n• Naledi Pandor, Director of Legal Services\n",
            "Olumide Babatunde",
        ),
        (
            "Agency executives\n• Tumelo Sebego, Vice Chairperson\n",
            "Tumelo Sebego",
        ),
        (
            "The delegation included - John Smith, Department of Commerce - Mary Jones, State Department - Wanjiru "
            "Kamau, Kenya ICT Authority - Ahmed Farouk, Ministry of Communications",
            "Wanjiru Kamau",
        ),
        (
            "Speakers:\n* Rebecca Turner, Harvard Law School\n* Aylin Demirtas, Istanbul Bilgi University\n"
            "* Obinna Eze, Paradigm Initiative\n",
            "Obinna Eze",
        ),
    ],
)
def test_bulleted_list_items_name_persons(extractor, text: str, name: str) -> None:
    assert name in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, name, type_",
    [
        (
            "Members of the coalition:\n- Microsoft Corporation, Redmond\n- Google LLC, Mountain View\n"
            "- Amazon Web Services, Seattle\n",
            "Amazon Web Services",
            "Firm",
        ),
        (
            "Countries that signed:\n- United Kingdom, represented by its ambassador\n- New Zealand, represented "
            "by its minister\n- South Africa, represented by its deputy minister\n",
            "New Zealand",
            "State",
        ),
        (
            "Attendees\n- Jane Roe, Consumer Reports\n- John Doe, Public Citizen\n- Data Protection Commission, "
            "Dublin\n",
            "Data Protection Commission",
            "Agency",
        ),
    ],
)
def test_bulleted_items_of_bodies_stay_bodies(extractor, text: str, name: str, type_: str) -> None:
    assert name in of_type(extractor, text, type_)
    assert name not in of_type(extractor, text, "Person")


def test_an_untitled_item_alone_is_no_person(extractor) -> None:
    """One item without a title after its comma and no list of people around it gives no person."""
    text = "Key dates\n- Open Skies, signed in 1992\n"
    assert "Open Skies" not in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text, name",
    [
        ("We support a negotiated political transition away from the Asad dictatorship.", "Asad"),
        ("We will promote freedom throughout Latin America and end Maduro’s ruthless regime in Venezuela.", "Maduro"),
        ("Under the Pinochet dictatorship, the press was muzzled.", "Pinochet"),
        ("Censorship during the Ben Ali regime was pervasive.", "Ben Ali"),
    ],
)
def test_a_regime_is_named_after_its_ruler(extractor, text: str, name: str) -> None:
    assert name in of_type(extractor, text, "Person")


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian regime blocked Telegram, and the Communist regime in Beijing censors the internet.",
        "After the Taliban regime fell, the Soviet regime and the Thai junta were discussed.",
        "The Khmer Rouge regime closed the schools, and the Military junta suspended the constitution.",
        "The sanctions regime and the Privacy regime remain; Russia's strict regime of data localisation applies.",
    ],
)
def test_a_regime_of_a_people_creed_or_rules_names_no_person(extractor, text: str) -> None:
    assert of_type(extractor, text, "Person") == set()


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Industry, Research and Energy Committee (ITRE) and MEP Angelika Niebler (Germany, EPP) was "
            "appointed as rapporteur.",
            "Angelika Niebler",
        ),
        (
            "MEP Axel Voss, who steered the copyright directive through Parliament, said the AI Act was too broad.",
            "Axel Voss",
        ),
        (
            "The current chairman Tan Sri Mohamad Salim bin Fateh Din was appointed on 1 March 2023.",
            "Mohamad Salim bin Fateh Din",
        ),
    ],
)
def test_an_honorific_or_mep_title_is_no_part_of_the_name(extractor, text: str, name: str) -> None:
    persons = of_type(extractor, text, "Person")
    assert name in persons
    assert not any(p.startswith(("MEP", "Tan Sri")) for p in persons)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Finance Minister Sri Mulyani Indrawati said Indonesia would not require data localisation.",
            "Sri Mulyani Indrawati",
        ),
        ("Speaker Tan Chuan-Jin and Minister Tan See Leng met in Singapore.", "Tan See Leng"),
    ],
)
def test_tan_and_sri_alone_stay_name_words(extractor, text: str, name: str) -> None:
    assert name in of_type(extractor, text, "Person")


def test_the_mep_without_a_name_is_no_person(extractor) -> None:
    assert (
        of_type(extractor, "The MEP said the European Parliament would vote on the Data Act next week.", "Person")
        == set()
    )
