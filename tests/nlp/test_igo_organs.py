"""Organs of intergovernmental organisations and the EU institutions in the formulas of EU documents
(`pipelines.nlp.text_rules.igo_organs`, `union_formulas`, `remit_organs`). Probe sentences written for these tests,
none taken from a gold file."""

from __future__ import annotations


def _found(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extractor.extract("d", "v", text).mentions]


# --- organs named with their organisation's name first


def test_an_organ_named_after_its_organisation_is_one_igo_name(extractor):
    found = _found(extractor, "The ASEAN Digital Senior Officials Group (ADGSOM) adopted the model clauses in Manila.")
    assert ("ASEAN Digital Senior Officials Group", "IGO") in found
    assert ("ADGSOM", "IGO") in found
    assert ("ASEAN", "IGO") not in found


def test_an_organ_with_a_head_first_complement_keeps_it(extractor):
    found = _found(extractor, "Delegates of the WTO Committee on Trade and Environment discussed labelling rules.")
    assert ("WTO Committee on Trade and Environment", "IGO") in found
    found = _found(extractor, "The OECD Working Party on Security and Privacy in the Digital Economy met in Paris.")
    assert ("OECD Working Party on Security and Privacy", "IGO") in found or (
        "OECD Working Party on Security and Privacy in the Digital Economy",
        "IGO",
    ) in found


def test_an_organ_in_a_telegram_in_capitals_stops_at_the_comma(extractor):
    text = "MET WITH SMITH, CHIEF, IAEA DIVISION OF NUCLEAR SAFETY AND SECURITY, REGARDING VISIT TO SITE."
    found = _found(extractor, text)
    assert ("IAEA DIVISION OF NUCLEAR SAFETY AND SECURITY", "IGO") in found
    assert not any(name.endswith("REGARDING") or "VISIT" in name for name, _ in found)


def test_an_organisations_name_before_no_organ_head_is_no_organ(extractor):
    found = _found(extractor, "Member economies follow the APEC Privacy Framework when they draft their laws.")
    assert not any(ty == "IGO" and name.startswith("APEC ") for name, ty in found)


def test_a_national_committee_keeps_its_type(extractor):
    found = _found(extractor, "The Senate Commerce Committee held a hearing on the EU data rules.")
    assert ("Senate Commerce Committee", "Agency") in found


# --- the EU institutions in the formulas of EU documents


def test_an_act_named_by_kind_and_authors_only_is_no_law_and_its_authors_are_igos(extractor):
    text = "Proposal for a Regulation of the European Parliament and of the Council on the screening of imports"
    found = _found(extractor, text)
    assert not any(ty == "Law" for _, ty in found)
    assert ("European Parliament", "IGO") in found
    assert ("Council", "IGO") in found


def test_the_same_formula_in_capitals(extractor):
    text = "Proposal for a DECISION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on a customs programme"
    found = _found(extractor, text)
    assert ("EUROPEAN PARLIAMENT", "IGO") in found
    assert ("COUNCIL", "IGO") in found
    assert not any(ty == "Law" for _, ty in found)


def test_an_act_with_its_named_subject_stays_a_law(extractor):
    text = "The Council adopted the Regulation of the European Parliament and of the Council on the European Data Union"
    found = _found(extractor, text)
    assert ("Regulation of the European Parliament and of the Council on the European Data Union", "Law") in found


def test_a_communication_from_the_commission_names_the_institutions(extractor):
    text = "REPORT FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT AND THE COUNCIL on the functioning of the framework"
    found = _found(extractor, text)
    assert ("COMMISSION", "IGO") in found
    assert ("EUROPEAN PARLIAMENT", "IGO") in found
    assert ("COUNCIL", "IGO") in found


def test_a_former_name_of_the_union_makes_its_institution(extractor):
    found = _found(extractor, "COMMISSION OF THE EUROPEAN COMMUNITIES | Brussels, 3.4.2003 COM(2003) 180 final")
    assert ("COMMISSION OF THE EUROPEAN COMMUNITIES", "IGO") in found


def test_a_bare_commission_in_a_us_text_is_the_national_regulator(extractor):
    text = "The Federal Trade Commission issued a rule. The Commission and the Council of Economic Advisers agreed."
    found = _found(extractor, text)
    assert ("Commission", "IGO") not in found
    assert ("Council of Economic Advisers", "Agency") in found


def test_a_head_with_its_own_complement_is_not_the_unions_organ(extractor):
    text = "The European Parliament and the Council of Europe both adopted resolutions on surveillance."
    found = _found(extractor, text)
    assert ("Council of Europe", "IGO") in found
    assert ("Council", "IGO") not in found


def test_a_bare_council_not_joined_to_a_union_is_left_alone(extractor):
    text = "The city council voted on Tuesday. The COUNCIL WILL MEET AGAIN IN MAY."
    assert not any(ty == "IGO" for _, ty in _found(extractor, text))


# --- an organisation's abbreviation inside an act's number or scope label


def test_the_abbreviation_ending_an_act_number_is_no_mention(extractor):
    text = "Transfers were based on Decision 2001/497/EC until the EC replaced the clauses."
    found = _found(extractor, text)
    assert ("EC", "IGO") in found  # the second one: the Commission acting
    ec = [m for m in extractor.extract("d", "v", text).mentions if m.text == "EC"]
    assert len(ec) == 1 and text[ec[0].start - 1] == " "


def test_the_bracketed_union_before_an_act_number_is_no_mention(extractor):
    text = "The Data Act (Regulation (EU) 2023/2854) applies in the EU from September 2025."
    ents = [m for m in extractor.extract("d", "v", text).mentions if m.text == "EU"]
    assert [text[m.start - 4 : m.start] for m in ents] == ["the "]


def test_the_scope_label_of_an_act_is_no_mention(extractor):
    text = "Commission Implementing Regulation on interoperability (Text with EEA relevance). Iceland joined the EEA."
    ents = [m for m in extractor.extract("d", "v", text).mentions if m.text == "EEA"]
    assert len(ents) == 1 and text[ents[0].end] == "."
    text = "EEA-relevant acts are added to the annexes once the EEA Joint Committee decides."
    assert not any(m.text == "EEA" for m in extractor.extract("d", "v", text).mentions)


# --- units named by their remit in a document about an organisation of states


_APEC_REPORT = (
    "Outcomes of the APEC Digital Economy Steering Group meeting\n"
    "Delegations from Chile, Peru, Korea and Mexico attended the meetings in Lima. The Committee on Economic "
    "Cooperation (CEC) endorsed the work plan, and the draft goes to the Cross-Border Data Subgroup next year."
)


def test_a_unit_named_by_its_remit_in_a_report_on_an_organisation_is_its_organ(extractor):
    found = _found(extractor, _APEC_REPORT)
    assert ("APEC Digital Economy Steering Group", "IGO") in found
    assert ("Committee on Economic Cooperation", "IGO") in found
    assert ("CEC", "IGO") in found
    assert ("Cross-Border Data Subgroup", "IGO") in found


def test_a_unit_in_a_document_about_one_state_is_that_states(extractor):
    text = (
        "Malaysia's Personal Data Protection Advisory Committee met in Kuala Lumpur. Malaysia also joined ASEAN "
        "talks, and Malaysia will report to the Committee on Data Standards next year."
    )
    found = _found(extractor, text)
    assert ("Committee on Data Standards", "IGO") not in found


def test_a_unit_in_a_document_naming_a_national_legislature_is_not_an_organ(extractor):
    text = (
        "The Senate voted on the bill after the EU and Japan objected. The Committee on Rules and Administration "
        "had reported it, and Canada and Mexico watched the vote."
    )
    found = _found(extractor, text)
    assert ("Committee on Rules and Administration", "IGO") not in found


def test_a_unit_with_a_national_word_is_not_an_organ(extractor):
    text = (
        "The OECD report was presented in Paris with Chile, Peru and Korea. The National Committee on Privacy "
        "answered questions from the delegations."
    )
    found = _found(extractor, text)
    assert ("National Committee on Privacy", "IGO") not in found


# --- units of a union's organ in a list with it, bodies named after an article


def test_a_unit_of_a_union_organ_listed_with_another_organ_is_intergovernmental(extractor):
    text = "The delegation met officials of the European Parliament, Commission Legal Service and the EU Ombudsman."
    found = _found(extractor, text)
    assert ("Commission Legal Service", "IGO") in found


def test_a_unit_named_after_a_national_body_outside_such_a_list_is_not(extractor):
    text = "The Federal Trade Commission, Commission Staff and the FBI met on Monday."
    found = _found(extractor, text)
    assert not any(ty == "IGO" for _, ty in found)


def test_a_committee_named_after_an_article_is_intergovernmental(extractor):
    found = _found(extractor, "The Article 31 Committee of national experts approved the implementing act.")
    assert ("Article 31 Committee", "IGO") in found
    found = _found(extractor, "Regulators welcomed the guidance of the Article 70 Data Protection Working Party.")
    assert ("Article 70 Data Protection Working Party", "IGO") in found


def test_an_article_cited_as_a_provision_names_no_body(extractor):
    text = "Under Article 31 of the Regulation, a committee assists the Commission; Article 70 Committees do not exist."
    found = _found(extractor, text)
    assert not any(name.startswith("Article 31") for name, _ in found)


def test_a_unit_in_a_document_naming_a_chamber_committee_or_national_assembly_is_not_an_organ(extractor):
    text = (
        "The House Energy and Commerce Committee marked up the bill after the EU and Japan objected, while Canada "
        "and Mexico watched. The Subcommittee on Innovation and Data voted too."
    )
    assert ("Subcommittee on Innovation and Data", "IGO") not in _found(extractor, text)
    text = (
        "The National Assembly passed the bill after talks with the African Union, Kenya and Uganda. The Committee "
        "on Communication and Information had reviewed it."
    )
    assert ("Committee on Communication and Information", "IGO") not in _found(extractor, text)


# --- an organ, "of" and its organisation's whole name


def test_an_organ_of_an_organisation_is_one_name(extractor):
    found = _found(extractor, "The Parliamentary Assembly of the Council of Europe adopted an opinion on the protocol.")
    assert ("Parliamentary Assembly of the Council of Europe", "IGO") in found
    assert ("Council of Europe", "IGO") not in found


def test_an_organisation_name_that_goes_on_is_no_organs_owner(extractor):
    text = "The Office of the United Nations High Commissioner for Human Rights published guidance."
    found = _found(extractor, text)
    assert ("Office of the United Nations", "IGO") not in found
    text = "The Secretary-General of the United Nations spoke to the Member States of the European Union."
    found = _found(extractor, text)
    assert ("United Nations", "IGO") in found and ("European Union", "IGO") in found


# --- the author of an EU document


def test_the_author_of_a_document_in_a_union_text_is_the_unions_organ(extractor):
    text = "COMMUNICATION FROM THE COMMISSION\n\nOn the EU data strategy. The EU must act on data flows."
    assert ("COMMISSION", "IGO") in _found(extractor, text)


def test_the_author_after_a_national_body_of_that_head_is_the_national_body(extractor):
    text = "The Federal Trade Commission reviewed the EU rules.\n\nIn a report from the Commission, staff found gaps."
    found = _found(extractor, text)
    assert ("Commission", "IGO") not in found


def test_the_author_in_a_text_naming_no_union_is_left_alone(extractor):
    text = "REPORT FROM THE COMMISSION ON PRIVACY\n\nThe state commission found that the agency erred."
    assert not any(ty == "IGO" for _, ty in _found(extractor, text))


def test_an_event_noun_ends_an_organs_name_in_capitals(extractor):
    text = "SUBJECT: WTO COMMITTEE ON MARKET ACCESS SESSION IN GENEVA\n\n1. THE SESSION WAS CALM."
    found = _found(extractor, text)
    assert ("WTO COMMITTEE ON MARKET ACCESS", "IGO") in found
    assert not any("SESSION" in name for name, _ in found)


def test_a_date_after_an_organ_is_no_complement(extractor):
    """ "THE OECD COUNCIL ON SEPTEMBER 23 ADOPTED ...": "on" and a month or weekday say when, not which organ."""
    found = _found(extractor, "THE OECD COUNCIL ON SEPTEMBER 23 ADOPTED THE GUIDELINES.")
    assert ("OECD COUNCIL", "IGO") in found
    assert not [f for f in found if "SEPTEMBER" in f[0]]
    assert ("OECD Council", "IGO") in _found(extractor, "The OECD Council on Monday adopted the guidelines.")
