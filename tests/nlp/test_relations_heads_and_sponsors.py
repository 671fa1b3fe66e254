"""Heads of bodies said by the order of words after a name and by a roster under a body's name; advocates of a law
said by a noun of stance before a name, by the reference "the amendment" and by the motion of a bill's reading in a
parliamentary record; members said by the dues they owe an organisation. Probe sentences are written for the tests."""

from __future__ import annotations


def _facts(extractor, text: str) -> set[tuple[str, str, str]]:
    x = extractor.extract("d", "v", text)
    return {(x.mentions[r.head].text, r.type, x.mentions[r.tail].text) for r in x.relations if r.fact}


def _typed(extractor, text: str, relation: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in _facts(extractor, text) if r == relation}


# --- leads: "NAME, TITLE of BODY, PARENT", "NAME, TITLE, BODY" ---


def test_title_of_a_body_then_its_department_leads_the_first_body(extractor):
    text = (
        "The Canadian team, headed by Anne Moreau, Director of the Bureau of Trade Policy, Department of Finance, "
        "presented the plan."
    )
    found = _typed(extractor, text, "leads")
    assert ("Anne Moreau", "Bureau of Trade Policy") in found
    assert ("Anne Moreau", "Department of Finance") not in found  # where the bureau sits, not a second body


def test_title_of_a_body_the_parse_hangs_on_the_department(extractor):
    text = (
        "Our team at the standards forum, led by Carla Diaz, Director of the Office of Standards and Trade, U.S. "
        "Department of Commerce, reported that the sessions went well."
    )
    found = _typed(extractor, text, "leads")
    assert ("Carla Diaz", "Office of Standards and Trade") in found
    assert ("Carla Diaz", "U.S. Department of Commerce") not in found


def test_title_and_body_set_off_by_commas(extractor):
    text = "The report was drafted by Ruth Klein, Director, Office of Privacy and Civil Liberties."
    assert ("Ruth Klein", "Office of Privacy and Civil Liberties") in _typed(extractor, text, "leads")
    text = (
        "FOR FURTHER INFORMATION CONTACT: Ruth Klein, Director, Office of Privacy and Civil Liberties, Department "
        "of Justice, telephone 202-555-0100."
    )
    found = _typed(extractor, text, "leads")
    assert ("Ruth Klein", "Office of Privacy and Civil Liberties") in found
    assert ("Ruth Klein", "Department of Justice") not in found


def test_a_deputy_an_assistant_or_a_former_holder_heads_nothing(extractor):
    for text in (
        "The mission, led by Tom Baker, Deputy Director of the Office of Policy, Department of Energy, arrived.",
        "Ruth Klein, Assistant Director, Office of Privacy and Civil Liberties, signed the letter.",
        "Ruth Klein, Associate Director, Office of Privacy and Civil Liberties, signed the letter.",
        "The mission was accompanied by Tom Baker, former Director of the Office of Policy, Department of Energy.",
    ):
        assert not _typed(extractor, text, "leads"), text


def test_a_commissioner_of_a_commission_sits_on_it(extractor):
    text = "Ruth Klein, Commissioner, Federal Trade Commission, signed the letter."
    assert not _typed(extractor, text, "leads")


# --- leads: a roster under a body's name ---


def test_a_chairman_listed_under_the_body_name_leads_it(extractor):
    text = "Federal Trade Commission\n\nEdith Ramirez, Chairwoman\nMaureen Ohlhausen, Commissioner\n"
    found = _typed(extractor, text, "leads")
    assert found == {("Edith Ramirez", "Federal Trade Commission")}
    text = "Federal Trade Commission\n\nRobert Pitofsky Chairman\nSheila Anthony Commissioner\n"
    assert _typed(extractor, text, "leads") == {("Robert Pitofsky", "Federal Trade Commission")}
    text = "Federal Trade Commission\n\nMaureen Ohlhausen, Commissioner\nEdith Ramirez, Chairwoman\n"
    assert _typed(extractor, text, "leads") == {("Edith Ramirez", "Federal Trade Commission")}


def test_a_roster_of_deputies_and_members_or_prose_names_no_head(extractor):
    text = "Federal Trade Commission\n\nEdith Ramirez, Vice Chairwoman\nMaureen Ohlhausen, Commissioner\n"
    assert not _typed(extractor, text, "leads")
    text = "Federal Trade Commission\n\nThe Commission met on Monday with the staff.\nEdith Ramirez, Chairwoman\n"
    assert not _typed(extractor, text, "leads")


# --- supports: a noun of stance before a name ---


def test_one_of_its_proponents_named_after_the_noun(extractor):
    text = (
        "The Student Records Privacy Act of 1978 (SRPA) is a federal law. The act is also known as the Holden "
        "Amendment, for one of its proponents, Senator Mark Holden."
    )
    assert ("Mark Holden", "supports", "Holden Amendment") in _facts(extractor, text)


def test_stance_nouns_with_their_law_before_a_name(extractor):
    text = "The Data Privacy Act's main proponent, Senator Jane Moss, spoke on Monday."
    assert ("Jane Moss", "supports", "Data Privacy Act") in _facts(extractor, text)
    text = "One of the opponents of the Data Privacy Act, Senator Jane Moss, spoke on Monday."
    found = _facts(extractor, text)
    assert ("Jane Moss", "opposes", "Data Privacy Act") in found
    assert ("Jane Moss", "supports", "Data Privacy Act") not in found


def test_a_bare_plural_or_a_name_with_its_own_verb_is_no_apposition(extractor):
    text = "Senator Jane Moss met proponents of the Data Privacy Act, Senator Tom Hale said."
    assert not _typed(extractor, text, "supports")


# --- supports: "the amendment" is the law said to be passed as one ---


def test_the_amendment_is_the_law_passed_as_an_amendment(extractor):
    text = (
        "The Student Records Privacy Act (SRPA) was passed by Congress in 1978, as an amendment to the General "
        "Schools Act of 1978. The amendment was introduced by Senator Mark Holden."
    )
    found = _typed(extractor, text, "supports")
    assert ("Mark Holden", "Student Records Privacy Act") in found
    assert ("Mark Holden", "General Schools Act of 1978") not in found


def test_the_amendment_to_a_named_act_stays_that_act_without_the_as_phrase(extractor):
    text = (
        "Congress passed the General Schools Amendments Act in 1978. The amendment was introduced by Senator Mark "
        "Holden."
    )
    assert ("Mark Holden", "General Schools Amendments Act") in _typed(extractor, text, "supports")


# --- supports: the mover of a bill's reading in Hansard ---

_DEBATE = (
    "Online Safety Bill\n\nSecond Reading\n15:30\nPaul Scully Portrait The Minister for Tech and the Digital Economy "
    "(Paul Scully)\n- Hansard - - - Excerpts\n\n{motion}\n\nThis Bill will make the internet safer for children.\n"
)


def test_the_minister_who_moves_the_second_reading_supports_the_bill(extractor):
    text = _DEBATE.format(motion="I beg to move, That the Bill be now read a Second time.")
    assert ("Paul Scully", "Online Safety Bill") in _typed(extractor, text, "supports")


def test_a_reasoned_amendment_or_a_debate_without_heading_moves_nothing(extractor):
    text = _DEBATE.format(motion="I beg to move, That the Bill be now read a Second time upon this day six months.")
    assert not _typed(extractor, text, "supports")
    text = _DEBATE.replace("Online Safety Bill\n\n", "").format(
        motion="I beg to move, That the Bill be now read a Second time."
    )
    assert not _typed(extractor, text, "supports")
    text = "Lucy Powell said that the Government would move the Second Reading of the Online Safety Bill next week."
    assert not _typed(extractor, text, "supports")


# --- memberOf: a state's membership dues ---


def test_membership_dues_make_their_payer_a_member(extractor):
    text = "The envoy promised that the ministry would settle Peru's UPU membership dues arrears this year."
    assert ("Peru", "memberOf", "UPU") in _facts(extractor, text)
    assert ("Kenya", "memberOf", "WTO") in _facts(extractor, "Kenya's WTO membership fees were paid in full.")
    assert ("France", "memberOf", "UNESCO") in _facts(extractor, "France's membership dues to UNESCO were paid.")


def test_membership_hoped_for_past_or_bare_is_not_read(extractor):
    for text in (
        "Norway's EU membership bid failed twice.",
        "Britain's former EU membership dues were large.",
        "Ukraine's NATO membership is not on the table.",
        "Norway is not a member of the EU.",
    ):
        assert not _typed(extractor, text, "memberOf"), text


def test_one_of_the_proponents_set_after_a_name(extractor):
    text = "Senator Jane Moss, one of the proponents of the Data Privacy Act, spoke on Monday."
    assert ("Jane Moss", "supports", "Data Privacy Act") in _facts(extractor, text)
    text = "Senator Jane Moss, one of the critics of the Data Privacy Act, spoke on Monday."
    found = _facts(extractor, text)
    assert ("Jane Moss", "opposes", "Data Privacy Act") in found
    assert ("Jane Moss", "supports", "Data Privacy Act") not in found
    text = "Senator Jane Moss, not one of the proponents of the Data Privacy Act, spoke on Monday."
    assert ("Jane Moss", "supports", "Data Privacy Act") not in _facts(extractor, text)


def test_a_head_who_opposed_a_bill_does_not_support_it(extractor):
    text = "Sam Ortiz, Director of the Office of Data Policy, opposed the Data Privacy Act."
    found = _facts(extractor, text)
    assert ("Sam Ortiz", "leads", "Office of Data Policy") in found
    assert ("Sam Ortiz", "supports", "Data Privacy Act") not in found


def test_a_body_that_would_be_led_by_someone_is_not_led_by_them(extractor):
    text = "The Office of Data Policy would be led by Sam Ortiz, who was nominated in May."
    assert not _typed(extractor, text, "leads")


# --- supports: the "Introduced by" field of a table about a law ---


def test_the_legislator_an_introduced_by_field_names_supports_the_law(extractor):
    text = (
        "Health Records Privacy Act of 1980\n- Enacted By: 96th\n- Introducedin: Senate\n"
        "- Introducedby: Ann Fowler (D–OR)\n- Introduceddate: May 1, 1980\n"
    )
    assert ("Ann Fowler", "Health Records Privacy Act of 1980") in _typed(extractor, text, "supports")


def test_the_bill_field_above_names_what_the_legislator_introduced(extractor):
    text = (
        "Data Protection Law\n- Citation: Law No. 9.100\n- Enacted By: Chamber of Deputies\n"
        "- Bill: Law Project no. 1234/2015\n- Bill Date: June 13, 2015\n- Introduced By: Dep. Carlos Mendes (PT-SP)\n"
    )
    found = _typed(extractor, text, "supports")
    assert ("Carlos Mendes", "Law Project no. 1234/2015") in found
    assert ("Carlos Mendes", "Data Protection Law") not in found


def test_a_minister_introducing_a_government_bill_or_prose_is_no_sponsor_field(extractor):
    text = (
        "Personal Records Act\nBill title | 36th Parliament, Bill C-9 |\n"
        "Introduced by | Anne Moreau, Minister of Industry |\n"
    )
    assert not _typed(extractor, text, "supports")
    text = (
        "Health Records Privacy Act of 1980\nThe Health Records Privacy Act of 1980 was introduced by the "
        "Government. Ann Fowler said it was a bad law.\n"
    )
    assert not _typed(extractor, text, "supports")


def test_a_roster_run_together_on_one_line_is_read_entry_by_entry(extractor):
    text = (
        "Federal Trade Commission\n\nRobert Pitofsky Chairman Sheila Anthony Commissioner Mozelle Thompson "
        "Commissioner\n"
    )
    assert _typed(extractor, text, "leads") == {("Robert Pitofsky", "Federal Trade Commission")}
