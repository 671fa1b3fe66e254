"""A legislature's chamber named by its head alone ("passed the House") in a text about legislation, and its
committees and subcommittees, and members of a chamber named by a peerage title."""

from __future__ import annotations


def _mentions(extractor, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.entity_id) for m in extractor.extract("d", "v", text).mentions]


def _relations(extractor, text: str) -> set[tuple[str, str, str]]:
    x = extractor.extract("d", "v", text)
    return {(r.type, x.mentions[r.head].text, x.mentions[r.tail].text) for r in x.relations if r.fact}


def test_the_house_that_passes_a_bill_is_a_chamber_and_enacts_it(extractor):
    text = "Lawmakers cheered on Tuesday after the House passed H.R. 4410, a bill on broker data, by 301 votes."
    assert ("House", "Agency", "agency/us-house-of-representatives") in _mentions(extractor, text)
    assert ("enacts", "House", "H.R. 4410") in _relations(extractor, text)


def test_the_house_is_the_chamber_the_text_named_before(extractor):
    text = "The bill cleared the House of Commons in May. The House then sent it to the Lords for review."
    found = _mentions(extractor, text)
    assert ("House", "Agency", "agency/gb-house-of-commons") in found


def test_house_and_senate_are_two_chambers(extractor):
    text = "The bill has the backing of leaders of the House and Senate committees that wrote it."
    found = [(t, ty) for t, ty, _ in _mentions(extractor, text)]
    assert ("House", "Agency") in found and ("Senate", "Agency") in found
    assert ("House and Senate", "Agency") not in found


def test_a_house_outside_a_text_about_legislation_is_no_body(extractor):
    assert _mentions(extractor, "Visitors toured the House on Monday and admired its gardens.") == []


def test_longer_names_with_house_stay_whole(extractor):
    text = "The bill was discussed at the White House and then in the House Energy and Commerce Committee."
    found = [t for t, _, _ in _mentions(extractor, text)]
    assert "White House" in found
    assert "House" not in found


def test_a_subcommittee_is_a_body_in_a_name_and_a_description_alone(extractor):
    text = "Ms Ortega spoke at a Digital Markets and Trade Subcommittee hearing on the bill."
    assert ("Digital Markets and Trade Subcommittee", "Agency") in [(t, ty) for t, ty, _ in _mentions(extractor, text)]
    text = "The Senate Subcommittee on Privacy met. Members of the Subcommittee and Subcommittee Chair Ortega spoke."
    found = [t for t, _, _ in _mentions(extractor, text)]
    assert "Senate Subcommittee on Privacy" in found
    assert "Subcommittee" not in found


def test_a_body_in_the_possessive_before_another_is_a_name_of_its_own(extractor):
    text = "Ms Ortega, a member of the Finance Committee's Subcommittee on Taxation and Trade, opposed the bill."
    found = [t for t, _, _ in _mentions(extractor, text)]
    assert "Finance Committee" in found
    assert "Subcommittee on Taxation and Trade" in found
    text = "The Ministry of Justice's Data Protection Office issued the rule."
    found = [t for t, _, _ in _mentions(extractor, text)]
    assert "Ministry of Justice" in found and "Data Protection Office" in found


def test_a_peer_in_parentheses_after_a_department_is_its_minister_not_its_name(extractor):
    text = (
        "The Parliamentary Under-Secretary of State, Department for Culture, Media and Sport (Baroness Ashby) (Con)"
        " replied. Baroness Ashby said the regulations were sound."
    )
    found = [(t, ty) for t, ty, _ in _mentions(extractor, text)]
    assert ("Baroness Ashby", "Agency") not in found
    assert ("Baroness Ashby", "Person") in found
    assert ("Department for Culture, Media and Sport", "Agency") in found
