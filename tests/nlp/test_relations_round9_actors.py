"""Round 9 of relations between actors: withdrawing from an agreement acts against it (opposes), said by a verb
("withdrew from", "pulled out of") or a noun ("the withdrawal of X from Y", the withdrawal a law's fate is put down
to); and a body named before a noun of states is whose members they are only when no other name stands between."""

from __future__ import annotations

import pytest

from tests.nlp.test_relations import stated_pairs


def _all(extractor, text: str, relation: str) -> set[tuple[str, str, str, str]]:
    x = extractor.extract("d", "v", text)
    return {
        (x.mentions[r.head].text, x.mentions[r.tail].text, r.polarity, r.modality)
        for r in x.relations
        if r.type == relation
    }


# --- withdrawal from a law: opposes ---


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The United States pulled out of the Paris Agreement in 2017.", ("United States", "Paris Agreement")),
        ("In 2017 Donald Trump withdrew from the Paris Agreement.", ("Donald Trump", "Paris Agreement")),
        ("The withdrawal of the United States from the Paris Agreement was announced in June.",
         ("United States", "Paris Agreement")),
        ("It evolved from the Trans-Pacific Partnership (TPP), which never entered into force due to the withdrawal "
         "of the United States.", ("United States", "Trans-Pacific Partnership")),
    ],
)  # fmt: skip
def test_withdrawing_from_an_agreement_opposes_it(extractor, text, pair):
    assert pair in stated_pairs(extractor, text, "opposes")


@pytest.mark.parametrize(
    "text",
    [
        "Google withdrew from China in 2010.",  # a market, not a law
        "Google's withdrawal from China hurt sales.",
        "The GDPR took effect after the withdrawal of Microsoft from the talks.",  # the talks were left, not the law
        "The Paris Agreement was praised after the withdrawal of troops by France.",
    ],
)
def test_withdrawing_from_what_is_no_law_is_no_stance(extractor, text):
    assert stated_pairs(extractor, text, "opposes") == set()


@pytest.mark.parametrize(
    ("text", "polarity", "modality"),
    [
        ("Donald Trump did not withdraw from the Paris Agreement.", "negated", None),
        ("Donald Trump may withdraw from the Paris Agreement.", None, "hedged"),
    ],
)
def test_a_withdrawal_denied_or_hedged_is_no_fact(extractor, text, polarity, modality):
    found = _all(extractor, text, "opposes")
    assert ("Donald Trump", "Paris Agreement", "asserted", "stated") not in found
    assert any(
        (polarity is None or p == polarity) and (modality is None or m == modality)
        for h, t, p, m in found
        if (h, t) == ("Donald Trump", "Paris Agreement")
    )


# --- the body whose members a noun of states names ---


def test_a_body_before_another_name_qualifies_it(extractor):
    text = (
        "The EEA Agreement brings together the 28 EU Member States and the three EEA EFTA states (Iceland, "
        "Liechtenstein and Norway), establishing an internal market."
    )
    found = stated_pairs(extractor, text, "memberOf")
    assert not {p for p in found if p[1] == "EEA"}


def test_a_body_next_to_the_noun_of_states_still_has_them_as_members(extractor):
    text = "The EU member states (France, Germany and Italy) signed the declaration."
    assert {("France", "EU"), ("Germany", "EU"), ("Italy", "EU")} <= stated_pairs(extractor, text, "memberOf")


# --- the possessor of a name the parse reads as two phrases ---


@pytest.mark.parametrize(
    "text",
    [
        "India's Ministry of Electronics and Information Technology (MeitY) released the draft.",
        "India's Ministry of Electronics and Information Technology released the draft.",
    ],
)
def test_a_possessor_before_a_name_owns_the_whole_name(extractor, text):
    assert ("Ministry of Electronics and Information Technology", "India") in stated_pairs(extractor, text, "partOf")


def test_a_state_named_after_the_body_is_no_possessor(extractor):
    text = "The Ministry of Electronics and Information Technology met India's Data Protection Board."
    assert ("Ministry of Electronics and Information Technology", "India") not in stated_pairs(
        extractor, text, "partOf"
    )


# --- an office given by a verb of appointment ---


@pytest.mark.parametrize(
    "text",
    [
        "Marie-Laure Denis was appointed head of the CNIL in 2019.",
        "Marie-Laure Denis was elected president of the CNIL.",
    ],
)
def test_the_office_a_verb_of_appointment_gives_is_held(extractor, text):
    assert ("Marie-Laure Denis", "CNIL") in stated_pairs(extractor, text, "leads")


@pytest.mark.parametrize(
    "text",
    [
        "Marie-Laure Denis was not appointed head of the CNIL.",  # negated
        "Marie-Laure Denis may be appointed head of the CNIL.",  # hedged
        "Marie-Laure Denis was appointed deputy head of the CNIL.",  # a deputy does not lead
        "Marie-Laure Denis was nominated to head the CNIL.",  # only proposed
        "The President nominated Marie-Laure Denis to lead the CNIL.",
    ],
)
def test_an_appointment_denied_hedged_deputy_or_proposed_leads_nothing(extractor, text):
    assert ("Marie-Laure Denis", "CNIL") not in stated_pairs(extractor, text, "leads")


# --- a noun of membership before a state's name ---


@pytest.mark.parametrize(
    "text",
    ["EU member Poland signed the declaration.", "EU member state Poland signed the declaration."],
)
def test_a_member_noun_before_a_state_name_says_membership(extractor, text):
    assert ("Poland", "EU") in stated_pairs(extractor, text, "memberOf")


def test_a_non_member_is_no_member(extractor):
    assert stated_pairs(extractor, "Non-EU member Norway signed the declaration.", "memberOf") == set()


# --- "in favour of" ---


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Germany voted in favour of the Data Retention Directive.", ("Germany", "Data Retention Directive")),
        ("France is in favour of the Data Act.", ("France", "Data Act")),
        ("Microsoft came out in favor of the CLOUD Act.", ("Microsoft", "CLOUD Act")),
    ],
)
def test_in_favour_of_a_law_supports_it(extractor, text, pair):
    assert pair in stated_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    "text",
    [
        "Germany did not vote in favour of the Data Retention Directive.",  # negated
        "Germany might vote in favour of the Data Retention Directive.",  # hedged
        "Germany decided the case in favour of the Data Retention Directive.",  # not a verb of stance
    ],
)
def test_in_favour_denied_hedged_or_after_another_verb_is_no_support(extractor, text):
    assert ("Germany", "Data Retention Directive") not in stated_pairs(extractor, text, "supports")


# --- a stance one urges others to take ---


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        ("Coordinator Benjamin urged support for the Data Act during a visit to Berlin.", "supports",
         ("Benjamin", "Data Act")),
        ("Microsoft called for support for the Data Act.", "supports", ("Microsoft", "Data Act")),
        ("Microsoft urged opposition to the Data Act.", "opposes", ("Microsoft", "Data Act")),
    ],
)  # fmt: skip
def test_who_urges_a_stance_holds_it(extractor, text, relation, pair):
    assert pair in stated_pairs(extractor, text, relation)


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft did not urge support for the Data Act.",  # negated
        "Microsoft may urge support for the Data Act.",  # hedged
    ],
)
def test_an_urging_denied_or_hedged_is_no_stance(extractor, text):
    assert ("Microsoft", "Data Act") not in stated_pairs(extractor, text, "supports")


def test_the_one_urged_holds_the_stance_only_as_asked(extractor):
    found = stated_pairs(extractor, "Microsoft urged Germany's support for the Data Act.", "supports")
    assert ("Microsoft", "Data Act") in found
    assert ("Germany", "Data Act") not in found


# --- more membership: inclusion, "one of the members" in apposition ---


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The 27 member states of the European Union include Germany and France.",
         {("Germany", "European Union"), ("France", "European Union")}),
        ("The EU's members include Germany and France.", {("Germany", "EU"), ("France", "EU")}),
        ("Germany, one of the founding members of NATO, opposed the directive.", {("Germany", "NATO")}),
    ],
)  # fmt: skip
def test_members_included_or_apposed(extractor, text, pairs):
    assert pairs <= stated_pairs(extractor, text, "memberOf")


@pytest.mark.parametrize(
    "text",
    [
        "The member states of the European Union do not include Norway.",  # negated
        "The partners of the EU include Japan.",  # partners are no members
        "The states of the European Union include Norway in the talks.",  # no noun of membership
        "Norway, not one of the members of the EU, signed the declaration.",
    ],
)
def test_inclusion_denied_or_without_membership_says_none(extractor, text):
    assert not {p for p in stated_pairs(extractor, text, "memberOf") if p[0] in ("Norway", "Japan")}


# --- more belonging: the state through its government, an apposition after the name, coordinated names ---


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The Federal Trade Commission, an agency of the United States government, fined Meta.",
         {("Federal Trade Commission", "United States")}),
        ("The Office of the Data Protection Commissioner, Kenya's data regulator, fined Meta.",
         {("Office of the Data Protection Commissioner", "Kenya")}),
        ("Vietnam's Ministry of Public Security and Ministry of Information and Communications issued the decree.",
         {("Ministry of Public Security", "Vietnam"), ("Ministry of Information and Communications", "Vietnam")}),
    ],
)  # fmt: skip
def test_belonging_through_government_apposition_and_coordination(extractor, text, pairs):
    assert pairs <= stated_pairs(extractor, text, "partOf")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Federal Trade Commission, not an agency of the United States government, fined Meta.",
         ("Federal Trade Commission", "United States")),
        ("Vietnam's Ministry of Public Security and the Federal Trade Commission issued the decree.",
         ("Federal Trade Commission", "Vietnam")),  # the second name has its own determiner
    ],
)  # fmt: skip
def test_a_denied_apposition_or_a_determined_conjunct_is_not_owned(extractor, text, pair):
    assert pair not in stated_pairs(extractor, text, "partOf")


# --- blocking or vetoing a law acts against it ---


def test_blocking_a_law_opposes_it(extractor):
    pairs = stated_pairs(extractor, "Germany blocked the Data Retention Directive.", "opposes")
    assert ("Germany", "Data Retention Directive") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Germany did not block the Data Retention Directive.",  # negated
        "Germany could block the Data Retention Directive.",  # hedged
        "Germany threatened to veto the Data Retention Directive.",  # only threatened
    ],
)
def test_a_block_denied_hedged_or_threatened_is_no_fact(extractor, text):
    assert ("Germany", "Data Retention Directive") not in stated_pairs(extractor, text, "opposes")


# --- abbreviated titles of cables and press notes ---


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("DHS Sec. Janet Napolitano met Zapatero.", ("Janet Napolitano", "DHS")),
        ("DHS Secretary Janet Napolitano met Zapatero.", ("Janet Napolitano", "DHS")),
    ],
)
def test_an_abbreviated_title_is_the_title(extractor, text, pair):
    assert pair in stated_pairs(extractor, text, "leads")


@pytest.mark.parametrize(
    "text",
    [
        "Former DHS Sec. Michael Chertoff met Zapatero.",  # a past holder, the word hung on the body's name
        "Former DHS Secretary Michael Chertoff met Zapatero.",
    ],
)
def test_a_former_holder_of_an_abbreviated_title_leads_no_more(extractor, text):
    assert ("Michael Chertoff", "DHS") not in stated_pairs(extractor, text, "leads")


def test_backing_out_of_a_law_is_no_backing(extractor):
    text = "Microsoft backed out of the Data Act."
    assert ("Microsoft", "Data Act") not in stated_pairs(extractor, text, "supports")
    assert ("Microsoft", "Data Act") in stated_pairs(extractor, text, "opposes")
