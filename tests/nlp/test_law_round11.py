"""Law spans on unseen text (round 11, probe sentences of our own, in news, government and telegram styles): the
parties of an agreement may be named by a demonym ("the Swiss-U.S. Privacy Shield"); a footnote's mark in
parentheses glued to a name ("Privacy Shield(5),") is no part of it; a bill's slogan title keeps its negated opening
("Do Not Track Kids Act", "the No Surprises Act"); a titled sponsor's possessive is no part of the bill's name
("Senator Markey's ... Act"); a version number is part of a successor's name ("COPPA 2.0"); a law's kind alone ("the
Protocol", '(the "Rule")') is a description, no name; the Data Protection Board's "Binding Decision 1/2023" is cited
with its adjective; an agreement's official title with its parties is one law; an abbreviation of a directive's
subject names it ("the NIS directive"); an evaluative adjective ("vital data") makes no kind of data; a board's
numbered advice ("Recommendations 02/2020") is no law; "Ad hoc" starts a body's name ("the Ad hoc Committee on Data
Protection"); a gathering the tables do not know is no organisation ("the UN Space Conference"); a body's decision
cited with its number is one law ("Decision of the EEA Joint Committee No 154/2018"); a body's working rules ("its
Rules of Procedure") are no law."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor

pytestmark = pytest.mark.slow


def mentions(extractor: Extractor, text: str, kind: str) -> set[str]:
    return {m.text for m in extractor.extract("t", "v", text).mentions if m.type == kind}


PARTY_DEMONYMS = [
    (
        "The companies falsely claimed to take part in the Swiss-U.S. Privacy Shield framework, the agency said.",
        "Swiss-U.S. Privacy Shield",
    ),
    ("Officials said the Japanese-EU Economic Partnership Agreement entered into force in 2019.", None),
    ("Exporters welcomed the Swiss-EU Free Trade Agreement, the ministry said in a statement.", None),
]


@pytest.mark.parametrize(("text", "law"), PARTY_DEMONYMS)
def test_a_demonym_names_a_party_of_an_agreement(extractor: Extractor, text: str, law: str | None) -> None:
    laws = mentions(extractor, text, "Law")
    expected = law or next(w for w in laws if "-" in w)
    assert expected in laws and expected.split("-")[0] in {"Swiss", "Japanese"}, laws


def test_a_dashed_demonym_pair_before_no_law_names_no_law(extractor: Extractor) -> None:
    text = "The embassy reported that Swiss-U.S. relations on data were strong."
    assert mentions(extractor, text, "Law") == set()


GLUED_NOTES = [
    ("– having regard to the protection afforded by the EU-US Privacy Shield(5),", "EU-US Privacy Shield"),
    ("The ministry's press office said the GDPR(2) applies to the firm.", "GDPR"),
]


@pytest.mark.parametrize(("text", "law"), GLUED_NOTES)
def test_a_parenthesised_note_mark_glued_to_a_name(extractor: Extractor, text: str, law: str) -> None:
    assert law in mentions(extractor, text, "Law")


def test_a_subsection_in_parentheses_is_no_note_mark(extractor: Extractor) -> None:
    text = "The powers conferred by section 17A(1), (3) and (5) of the Data Protection Act 2018 apply."
    assert mentions(extractor, text, "Law") == {"Data Protection Act 2018"}


SLOGANS = [
    ("Markey and Barton introduced the Do Not Track Kids Act of 2011 in the House.", "Do Not Track Kids Act of 2011"),
    ("Senators reintroduced the Do Not Track Me Online Act on Tuesday.", "Do Not Track Me Online Act"),
    ("Congress passed the No Surprises Act as part of the 2020 spending bill.", "No Surprises Act"),
    ("Embassy officials noted that the Do Not Call Registry Act was cited in the talks.", "Do Not Call Registry Act"),
    ("The Department announced guidance under the Do Not Call Implementation Act.", "Do Not Call Implementation Act"),
]


@pytest.mark.parametrize(("text", "law"), SLOGANS)
def test_a_slogan_title_keeps_its_negation(extractor: Extractor, text: str, law: str) -> None:
    assert law in mentions(extractor, text, "Law")


NOT_SLOGANS = [
    ("We Do Not Support the Data Act, the group said in a headline.", {"Data Act"}),
    ("No Data Protection Act has been passed in the country so far.", {"Data Protection Act"}),
]


@pytest.mark.parametrize(("text", "laws"), NOT_SLOGANS)
def test_a_negated_clause_or_determiner_is_no_title_word(extractor: Extractor, text: str, laws: set[str]) -> None:
    assert mentions(extractor, text, "Law") == laws


SPONSORS = [
    (
        "The groups backed Senator Markey’s Children and Teens’ Online Privacy Protection Act in a letter.",
        "Children and Teens’ Online Privacy Protection Act",
    ),
    ("Rep. Ed Smith’s Consumer Data Privacy Act passed the committee on Tuesday.", "Consumer Data Privacy Act"),
    ("Post contacts praised Senator Wyden’s Protecting Americans’ Data Act.", "Protecting Americans’ Data Act"),
    ("The Children’s Online Privacy Protection Act protects children.", "Children’s Online Privacy Protection Act"),
]


@pytest.mark.parametrize(("text", "law"), SPONSORS)
def test_a_titled_sponsors_possessive_is_no_part_of_the_name(extractor: Extractor, text: str, law: str) -> None:
    assert mentions(extractor, text, "Law") == {law}


VERSIONS = [
    ("Senator Markey urged colleagues to pass COPPA 2.0 this year.", {"COPPA 2.0"}),
    ("Industry groups called for a GDPR 2.0 that is simpler for small firms.", {"GDPR 2.0"}),
    ("The Department said Safe Harbor 2.0 talks would resume in the spring.", {"Safe Harbor 2.0"}),
    ("Embassy contacts expect a PIPA 2.0 to be tabled next year.", {"PIPA 2.0"}),
    # an amount after a name, or a longer number, is no version
    ("The EU fined firms under the GDPR 2.5 million euros in total.", {"GDPR"}),
    ("The report compared the GDPR 2.0.1 draft with the current text.", {"GDPR"}),
]


@pytest.mark.parametrize(("text", "laws"), VERSIONS)
def test_a_version_number_is_part_of_the_name(extractor: Extractor, text: str, laws: set[str]) -> None:
    assert mentions(extractor, text, "Law") == laws


BARE_KINDS = [
    (
        "In addition, the Protocol to the Digital Economy Partnership Agreement (the Protocol) was signed on 15 July "
        "2023. The Protocol reinforces the legal certainty of key rules.",
        {"Protocol to the Digital Economy Partnership Agreement"},
    ),
    (
        "These definitions will be included in the Protocol. Exchange letters once a Protocol had been agreed.",
        set(),
    ),
    (
        'The Commission proposes to amend its Health Breach Notification Rule (the "HBN Rule" or the "Rule").',
        {"Health Breach Notification Rule", "HBN Rule"},
    ),
    # a state's one constitution or charter is named by its kind
    ("The Constitution guarantees privacy, and the Charter protects personal data.", {"Constitution", "Charter"}),
]


@pytest.mark.parametrize(("text", "laws"), BARE_KINDS)
def test_a_laws_kind_alone_is_no_name(extractor: Extractor, text: str, laws: set[str]) -> None:
    assert mentions(extractor, text, "Law") == laws


BINDING = [
    ("The EDPB adopted Binding Decision 1/2023 on the dispute.", {"Binding Decision 1/2023"}),
    ("Post notes the board's Binding Decision 3/2022 on Instagram drew comment.", {"Binding Decision 3/2022"}),
    ("Reuters said the board's Urgent Binding Decision 01/2021 forced a ban.", {"Urgent Binding Decision 01/2021"}),
    ("The Commission said the decision was binding. Decision 2/2022 of the Board followed.", {"Decision 2/2022"}),
]


@pytest.mark.parametrize(("text", "laws"), BINDING)
def test_a_binding_decision_is_cited_with_its_adjective(extractor: Extractor, text: str, laws: set[str]) -> None:
    assert mentions(extractor, text, "Law") == laws


AGREEMENT_TITLES = [
    (
        "The Agreement between the Government of the United States of America and the Government of the United "
        "Kingdom of Great Britain and Northern Ireland on Access to Electronic Data for the Purpose of Countering "
        "Serious Crime entered into force today.",
        "Agreement between the Government of the United States of America and the Government of the United Kingdom "
        "of Great Britain and Northern Ireland on Access to Electronic Data for the Purpose of Countering Serious "
        "Crime",
    ),
    (
        "Canada signed the Agreement between Canada and the European Union on the Transfer and Processing of "
        "Passenger Name Record Data in 2014.",
        "Agreement between Canada and the European Union on the Transfer and Processing of Passenger Name Record Data",
    ),
    (
        "Post reports that the Agreement between the Government of the United States and the Government of Spain on "
        "Enhancing Cooperation in Preventing and Combating Serious Crime was signed in Madrid.",
        "Agreement between the Government of the United States and the Government of Spain on Enhancing Cooperation "
        "in Preventing and Combating Serious Crime",
    ),
    (
        "USTR said the Agreement between the United States of America and Japan Concerning Digital Trade took effect.",
        "Agreement between the United States of America and Japan Concerning Digital Trade",
    ),
]


@pytest.mark.parametrize(("text", "law"), AGREEMENT_TITLES)
def test_an_agreements_official_title_is_one_law(extractor: Extractor, text: str, law: str) -> None:
    ext = extractor.extract("t", "v", text)
    assert law in {m.text for m in ext.mentions if m.type == "Law"}
    assert not any(m.type == "State" and law.find(m.text) >= 0 for m in ext.mentions if m.start > 10)


NOT_AGREEMENT_TITLES = [
    "Officials said an agreement between Canada and Chile on data sharing was under discussion.",
    "The Agreement between the European Union and Japan on Monday was welcomed by business groups.",
    "Talks between the Government of India and the Government of Japan on Digital Trade resumed.",
]


@pytest.mark.parametrize("text", NOT_AGREEMENT_TITLES)
def test_no_title_without_a_kind_and_a_capitalised_subject(extractor: Extractor, text: str) -> None:
    assert mentions(extractor, text, "Law") == set()


SUBJECT_DIRECTIVES = [
    ("The rules replace the directive on network and information systems (the NIS directive).", {"NIS directive"}),
    ("Airlines must comply with the PNR directive, the Home Office said in a release.", {"PNR directive"}),
    ("Embassy contacts said the AVMS directive would be transposed by the ministry.", {"AVMS directive"}),
    # a body's abbreviation names who issued the directive, not its subject
    ("The central bank said the RBI directive on storage applies to all payment firms.", set()),
]


@pytest.mark.parametrize(("text", "laws"), SUBJECT_DIRECTIVES)
def test_a_directive_named_by_its_subjects_abbreviation(extractor: Extractor, text: str, laws: set[str]) -> None:
    assert mentions(extractor, text, "Law") == laws


EVALUATIVE = [
    ("The agreement gives investigators better access to vital data to combat serious crime.", set()),
    ("Embassy contacts said crucial data on shipments was withheld.", set()),
    ("Reuters reported that vital customer data was exposed in the breach.", {"customer data"}),
    ("The ministry said crucial health data must stay in the country.", {"health data"}),
]


@pytest.mark.parametrize(("text", "kinds"), EVALUATIVE)
def test_an_evaluative_adjective_makes_no_kind_of_data(extractor: Extractor, text: str, kinds: set[str]) -> None:
    assert mentions(extractor, text, "DataType") == kinds


ADVICE = [
    (
        "The decision reflects case law reflected in Recommendations 02/2020 on the European Essential Guarantees.",
        set(),
    ),
    ("Reuters said the board's Opinion 28/2024 on AI models was adopted on Tuesday.", set()),
    ("Post contacts cited Recommendation 3/2019 of the committee in the meeting.", set()),
    # a numbered decision binds: a law
    ("The Commission adopted Decision 2000/520/EC on the adequacy of the principles.", {"Decision 2000/520/EC"}),
]


@pytest.mark.parametrize(("text", "laws"), ADVICE)
def test_numbered_advice_is_no_law(extractor: Extractor, text: str, laws: set[str]) -> None:
    assert mentions(extractor, text, "Law") == laws


AD_HOC = [
    (
        "The Council of Europe's Ad hoc Committee on Data Protection finalised the protocol.",
        "Ad hoc Committee on Data Protection",
    ),
    ("The Consultative Committee met, and the Ad hoc Committee on Data Protection prepared the text.", None),
    ("Embassy officials said the Ad hoc Advisory Committee on Data Protection of the Council would meet.", None),
]


@pytest.mark.parametrize(("text", "body"), AD_HOC)
def test_ad_hoc_starts_a_bodys_name(extractor: Extractor, text: str, body: str | None) -> None:
    ext = extractor.extract("t", "v", text)
    names = {m.text for m in ext.mentions if m.type in ("IGO", "Agency")}
    assert any(n.startswith("Ad hoc ") for n in names), names
    if body is not None:
        assert body in names


def test_a_lower_case_ad_hoc_body_is_no_name(extractor: Extractor) -> None:
    ext = extractor.extract("t", "v", "Embassy officials said an ad hoc committee would review the matter.")
    assert not [m for m in ext.mentions if m.type in ("IGO", "Agency")]


GATHERINGS = [
    ("The delegation discussed the UN Space Conference and its agenda.", {"UN"}),
    ("The ministry hosted the International Conference on Cross Border Data Flows in Washington.", set()),
    ("Reuters reported that leaders met at the G20 Summit in Osaka to discuss data flows.", {"G20"}),
    # standing bodies the tables know keep their names
    (
        "The Hague Conference on Private International Law adopted the convention.",
        {"Hague Conference on Private International Law"},
    ),
    ("The OECD Council adopted the recommendation on Monday.", {"OECD Council"}),
]


@pytest.mark.parametrize(("text", "igos"), GATHERINGS)
def test_a_gathering_is_no_organisation(extractor: Extractor, text: str, igos: set[str]) -> None:
    assert mentions(extractor, text, "IGO") == igos


BODY_DECISIONS = [
    (
        "The GDPR was incorporated by the Decision of the EEA joint Committee No 154/2018 of 6 July 2018.",
        "Decision of the EEA joint Committee No 154/2018",
    ),
    (
        "The ministry said the Decision of the Council of Ministers No. 12/2019 sets the rules.",
        "Decision of the Council of Ministers No. 12/2019",
    ),
    ("Post notes that the Decision of the Joint Committee No 1/2021 updated the annex.", None),
]


@pytest.mark.parametrize(("text", "law"), BODY_DECISIONS)
def test_a_bodys_numbered_decision_is_one_law(extractor: Extractor, text: str, law: str | None) -> None:
    laws = mentions(extractor, text, "Law")
    assert (law or "Decision of the Joint Committee No 1/2021") in laws, laws


def test_a_dated_decision_without_number_is_no_citation(extractor: Extractor) -> None:
    text = "The Decision of the Committee on 12 May 2019 was criticised by the industry."
    assert mentions(extractor, text, "Law") == set()


PROCEDURAL = [
    "Having regard to Article 11 and Article 22 of its Rules of Procedure, the Board adopted the decision.",
    "Reuters said the Parliament's Rules of Procedure allow a vote on the motion.",
    "The department said the committee's Terms of Reference were published in 2020.",
    "Embassy contacts noted the House's Standing Orders bar the amendment.",
]


@pytest.mark.parametrize("text", PROCEDURAL)
def test_a_bodys_working_rules_are_no_law(extractor: Extractor, text: str) -> None:
    assert mentions(extractor, text, "Law") == set()
