"""How a text names a government body outside a sentence (an infobox field a body fills) and when an office's title
names a person's post rather than the body (`pipelines.nlp.text_rules.agency_names`)."""

from __future__ import annotations


def _found(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extractor.extract("d", "v", text).mentions]


_BILL_BOX = (
    "Data Protection Act\n"
    "- Citation: Law No. 88 of 2019\n"
    "- Passedbody1: Chamber of Deputies\n"
    "- Agreedbody3: Federal Senate\n"
    "- Passedbody2: House\n"
    "- Committees: Senate Homeland Security and Governmental Affairs\n"
    "- Administered By: National Data Protection Authority\n"
    "- Parent Agency: Office of the Attorney-General\n"
)


def test_an_infobox_field_a_body_fills_holds_its_whole_name(extractor):
    found = _found(extractor, _BILL_BOX)
    for name in (
        "Chamber of Deputies",
        "Federal Senate",
        "House",
        "Senate Homeland Security and Governmental Affairs",
        "National Data Protection Authority",
        "Office of the Attorney-General",
    ):
        assert (name, "Agency") in found
    assert ("Senate", "Agency") not in found  # the committee's name, not the chamber inside it


def test_an_infobox_value_with_a_number_or_a_person_is_no_body(extractor):
    text = "Privacy Act\n- Passedbody1: 93rd\n- Signed By: Michel Temer, President of Brazil\n"
    text += "- Introduced By: Sam Ervin\n"
    found = _found(extractor, text)
    assert not any(ty == "Agency" for _, ty in found)
    assert ("Michel Temer", "Person") in found


def test_a_body_field_outside_an_infobox_line_is_ordinary_text(extractor):
    text = "The bill was enacted by: a narrow majority of members present and voting on the day."
    assert not any(ty == "Agency" for _, ty in _found(extractor, text))


def test_a_ranked_commissioner_after_a_persons_name_is_a_post(extractor):
    text = (
        "The Commissioner is assisted by Raymond Dupont, Assistant Privacy Commissioner responsible for the "
        "Privacy Act, and by Elena Marsh, Assistant Privacy Commissioner responsible for PIPEDA."
    )
    found = _found(extractor, text)
    assert not any(t.endswith("Commissioner") for t, _ in found)
    assert ("Raymond Dupont", "Person") in found


def test_the_commissioner_who_heads_a_body_is_a_post(extractor):
    text = "The office was set up in 2010 and is headed by the Australian Information Commissioner."
    assert ("Australian Information Commissioner", "Agency") not in _found(extractor, text)


def test_a_position_field_holds_a_post(extractor):
    text = "- Chief1 Name: Elena Marsh\n- Chief1 Position: Freedom of Information Commissioner\n"
    assert not any(ty == "Agency" for _, ty in _found(extractor, text))


def test_a_commissioner_acting_as_the_body_stays_a_body(extractor):
    text = "The Privacy Commissioner of Canada, Jennifer Stoddart, is an Officer of Parliament."
    found = _found(extractor, text)
    assert ("Parliament", "Agency") in found
    text = "The Information Commissioner fined the company for the breach of personal data."
    assert ("Information Commissioner", "Agency") in _found(extractor, text)


def test_a_bodys_initials_used_undefined_name_it(extractor):
    text = (
        "Lucy Frazer, Secretary of State for the Department for Culture, Media and Sport, signed the order. "
        "Officials at DCMS said the order takes effect in May."
    )
    assert ("DCMS", "Agency") in _found(extractor, text)
    text = (
        "The Department for Science, Innovation and Technology published guidance on Monday. "
        "DSIT also published a series of supporting documents."
    )
    assert ("DSIT", "Agency") in _found(extractor, text)


def test_initials_the_document_defines_otherwise_are_not_the_body(extractor):
    text = (
        "The Department of Planning and Safety issued a notice. The Development Planning Standard (DPS) sets "
        "the rules, and DPS applies from June."
    )
    assert ("DPS", "Agency") not in _found(extractor, text)


def test_letters_that_spell_no_body_named_in_the_document_stay_unnamed(extractor):
    text = "The Federal Trade Commission reviewed the merger. The ABC network reported on the review."
    assert ("ABC", "Agency") not in _found(extractor, text)


def test_initials_in_an_email_address_are_no_body(extractor):
    text = (
        "Questions go to the Office of Connected Product Assurance at the Department of Commerce. Write to "
        "OCPA@bis.doc.gov. The OCPA will answer within ten days."
    )
    found = [(m.text, m.type, m.start) for m in extractor.extract("d", "v", text).mentions]
    assert [s for t, ty, s in found if t == "OCPA" and ty == "Agency"] == [text.rindex("OCPA")]


_SPACED_CABLE = (
    "O 221558Z OCT 09\nFM AMEMBASSY PARIS\nTO RHMCSUU/FBI WASHINGTON DC IMMEDIATE\n"
    "INFO RUEHC/SECSTATE WASHDC PRIORITY 7399\nC O N F I D E N T I A L PARIS 001426\n\nSIPDIS\n\n"
    "E.O. 12958: DECL: 10/21/2019\nTAGS: PREL PTER FR\nSUBJECT: FRENCH INTELLIGENCE REFORM\n\n"
    "1. (C) Summary: The French services merged in 2008.\n"
)


def test_a_classification_spelled_letter_by_letter_ends_the_addresses(extractor):
    found = _found(extractor, _SPACED_CABLE)
    assert not any("C O N F" in t or "PARIS 0" in t for t, _ in found)
    assert ("AMEMBASSY PARIS", "Agency") in found
    text = _SPACED_CABLE.replace("C O N F I D E N T I A L PARIS 001426", "S E C R E T SECTION 01 OF 04 PARIS 001426")
    assert not any("S E C R E T" in t for t, _ in _found(extractor, text))


def test_a_body_named_after_an_intergovernmental_organisation_is_its_organ(extractor):
    text = "The ministers met at the OECD Ministerial Council in Paris, and the ASEAN Secretariat sent observers."
    found = _found(extractor, text)
    assert ("OECD Ministerial Council", "IGO") in found
    assert ("ASEAN Secretariat", "IGO") in found


def test_an_organ_named_with_its_organisation_keeps_its_type_when_named_short(extractor):
    text = (
        "The Committee of Ministers of the Council of Europe adopted the protocol in May. Later the Committee of "
        "Ministers asked for an opinion."
    )
    found = _found(extractor, text)
    assert ("Committee of Ministers of the Council of Europe", "IGO") in found
    assert ("Committee of Ministers", "IGO") in found
    assert ("Committee of Ministers", "Agency") not in found


def test_a_national_body_with_an_organisation_in_its_remit_stays_national(extractor):
    text = "The Ministry of European Affairs of France objected, and the U.S. Mission to the European Union reported."
    found = _found(extractor, text)
    assert ("Ministry of European Affairs of France", "Agency") in found
    assert ("U.S. Mission to the European Union", "Agency") in found


def test_a_body_quoted_in_a_definitions_clause_is_a_term(extractor):
    text = (
        "In this Act, unless the context otherwise requires,\n(a) “Appellate Tribunal” means the Telecom Disputes "
        "Settlement and Appellate Tribunal established under section 14 of the Telecom Regulatory Authority of "
        "India Act, 1997;"
    )
    found = _found(extractor, text)
    assert ("Appellate Tribunal", "Agency") not in found


def test_a_quoted_body_that_is_not_being_defined_stays_a_body(extractor):
    text = "The ruling of the “Data Protection Appeal Committee” was published on Monday by the regulator."
    found = _found(extractor, text)
    assert any(t.endswith("Appeal Committee") and ty == "Agency" for t, ty in found)


def test_a_statute_named_after_an_office_is_a_law_not_the_office(extractor):
    text = "The office was established under the Australian Information Commissioner Act 2010 in November."
    found = _found(extractor, text)
    assert ("Australian Information Commissioner Act 2010", "Law") in found
    assert ("Information Commissioner", "Agency") not in found
    text = "The Ombudsman Act 1976 sets up the office of the ombudsman."
    assert ("Ombudsman Act 1976", "Law") in _found(extractor, text)


def test_an_office_beside_a_law_stays_an_office(extractor):
    text = "The Information Commissioner fined the firm under the Data Protection Act 2018."
    found = _found(extractor, text)
    assert ("Information Commissioner", "Agency") in found
    assert ("Data Protection Act 2018", "Law") in found


def test_initials_inside_an_email_address_are_no_body(extractor):
    text = (
        "The National Security Division published the rule. Write to NSD.FIRS.datasecurity@usdoj.gov. "
        "The NSD will reply."
    )
    found = [(m.text, m.start) for m in extractor.extract("d", "v", text).mentions if m.text == "NSD"]
    assert found == [("NSD", text.rindex("NSD"))]


def test_an_abbreviation_opening_a_docket_number_is_no_mention(extractor):
    text = (
        "The Office of the United States Trade Representative (USTR) opened a review. "
        "The docket number is USTR-2020-0037. USTR will hold a hearing."
    )
    found = [(m.text, m.start) for m in extractor.extract("d", "v", text).mentions if m.text == "USTR"]
    assert (("USTR", text.index("USTR-2020"))) not in found
    assert ("USTR", text.rindex("USTR")) in found


def test_a_ranked_representative_is_a_post(extractor):
    text = "Questions go to Marta Prado, Deputy Assistant U.S. Trade Representative for Southeast Asia."
    found = _found(extractor, text)
    assert not any(t.endswith("Trade Representative") and ty == "Agency" for t, ty in found)
    text = "The U.S. Trade Representative opened an investigation into Vietnam's currency practices."
    assert ("U.S. Trade Representative", "Agency") in _found(extractor, text)


def test_a_remit_in_the_sphere_of_is_part_of_the_name(extractor):
    text = (
        "The Federal Service for Supervision in the Sphere of Telecom, Information Technologies and Mass "
        "Communications was re-established in May 2008."
    )
    found = _found(extractor, text)
    assert (text[4 : text.index(" was")], "Agency") in found
    assert ("Information Technologies", "Firm") not in found


def test_a_lower_case_field_of_work_is_no_name(extractor):
    text = "The ministry works in the field of Health and Education with several regional offices."
    assert not any(ty == "Agency" for _, ty in _found(extractor, text))


def test_a_diplomats_title_is_a_post_and_the_mission_a_body(extractor):
    text = "The British High Commissioner called on the Minister. The Chef de Cabinet replied the next day."
    assert not any(ty == "Agency" for _, ty in _found(extractor, text))
    text = "The Australian High Commission in London issued a statement."
    assert ("Australian High Commission", "Agency") in _found(extractor, text)
