"""Relations of round 11 (unseen text), each a statement about English: a passive relative clause on the object of a
verb of requiring is complete before the infinitive that closes the sentence, which is the governing verb's
complement ("requires vendors that are not covered by X to notify ..."); the purpose a law is made for, when it sets
up rules ("was enacted to extend restrictions on X", "is issuing the Rule, as required by the Act, to establish
standards for X"), is the law's rule on that data; a verb left without its object before "and" and a clause with its
own subject shares the object that closes that clause (right-node raising: "the Bundestag passed and the president
signed the Data Act"); "of which" fronted before a copula stands for the antecedent ("the OECD, of which Japan is a
member"); a release's opening sentence that introduces "legislation" or "a bill" introduces the one law its headline
names; "promote" is a verb of support. Negated, hedged or proposed statements are
never facts, and nothing outside the construction joins it."""

from __future__ import annotations

import pytest

from tests.nlp.test_relations import stated_pairs


@pytest.mark.parametrize(
    "text",
    [
        "The Breach Rule requires vendors of health records and related entities that are not covered by the Health "
        "Privacy Act to notify individuals of a breach of unsecured health data.",
        "The Breach Rule requires clinics that are licensed by the state to notify patients of a breach of health "
        "data.",
    ],
)
def test_the_infinitive_after_a_passive_relative_clause_is_the_requirement(extractor, text):
    assert ("Breach Rule", "health data") in stated_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "The Breach Rule does not require clinics that are licensed by the state to notify patients of a breach of "
        "health data.",
        "The Breach Rule would require clinics that are licensed by the state to notify patients of a breach of "
        "health data.",
        # the infinitive the participle takes is the relative clause's own
        "The Breach Rule covers clinics that were required by the state to notify patients of a breach of health data.",
    ],
)
def test_no_requirement_from_a_negated_hedged_or_relative_clause_infinitive(extractor, text):
    assert ("Breach Rule", "health data") not in stated_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Records Act of 1990 was enacted by Congress to extend government restrictions on wire taps from "
            "telephone calls to include transmissions of electronic data by computer.",
            ("Records Act of 1990", "electronic data"),
        ),
        (
            "The Trade Commission is issuing a final Records Rule, as required by section 5 of the Banking Act, to "
            "establish standards relating to administrative, technical and physical safeguards for customer records.",
            ("Records Rule", "customer records"),
        ),
        (
            "The Health Data Act was passed to establish standards for the protection of health records.",
            ("Health Data Act", "health records"),
        ),
    ],
)
def test_the_rules_a_law_is_made_to_set_up_are_its_rules(extractor, text, pair):
    assert pair in stated_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # undoing rules is not ruling on the data
        (
            "The Records Act was enacted by Congress to repeal restrictions on transmissions of electronic data.",
            ("Records Act", "electronic data"),
        ),
        (
            "The Records Act was not enacted to extend restrictions on transmissions of electronic data.",
            ("Records Act", "electronic data"),
        ),
        (
            "The Trade Commission may issue a Records Rule, as required by the Banking Act, to establish standards "
            "for customer records.",
            ("Records Rule", "customer records"),
        ),
        # a bill only introduced is not made
        (
            "The Health Data Bill was introduced in the Senate to establish standards for the protection of health "
            "records.",
            ("Health Data Bill", "health records"),
        ),
        # the body the law sets up is not a rule
        (
            "Congress passed the Records Act in 2001 to establish a commission that studies health records.",
            ("Records Act", "health records"),
        ),
    ],
)
def test_no_purpose_rule_from_undoing_negated_hedged_or_unpassed_laws(extractor, text, pair):
    assert pair not in stated_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    ("text", "relation", "pairs"),
    [
        (
            "The Bundestag passed and the president signed the Data Act.",
            "enacts",
            {("Bundestag", "Data Act")},
        ),
        (
            "The Senate approved and the House adopted the Data Act in May.",
            "enacts",
            {("Senate", "Data Act"), ("House", "Data Act")},
        ),
        (
            "Germany welcomed and France opposed the Data Act.",
            "supports",
            {("Germany", "Data Act")},
        ),
    ],
)
def test_a_verb_without_its_object_shares_the_object_closing_the_next_clause(extractor, text, relation, pairs):
    assert stated_pairs(extractor, text, relation) == pairs


@pytest.mark.parametrize(
    "text",
    [
        # a verb with a phrase of its own before "and" is complete ("passed in May")
        "The Senate passed in May and the House adopted the Data Act.",
        "The Senate did not pass and the House adopted the Data Act.",
        # a bill vetoed never became law
        "The Senate passed and the President vetoed the Data Act.",
    ],
)
def test_no_shared_object_across_a_complete_negated_or_defeated_clause(extractor, text):
    assert ("Senate", "Data Act") not in stated_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The OECD, of which Japan is a member, backed the plan.", {("Japan", "OECD")}),
        ("The OECD, of which Japan and Chile are members, backed the plan.", {("Japan", "OECD"), ("Chile", "OECD")}),
    ],
)
def test_of_which_before_a_copula_stands_for_the_body(extractor, text, pairs):
    assert stated_pairs(extractor, text, "memberOf") == pairs


@pytest.mark.parametrize(
    "text",
    [
        "The OECD, of which Japan is not a member, backed the plan.",
        "The OECD, of which Japan may become a member, backed the plan.",
        # a role that is not membership
        "The OECD, of which Japan is the largest donor, backed the plan.",
    ],
)
def test_no_membership_from_a_negated_hedged_or_other_relative(extractor, text):
    assert stated_pairs(extractor, text, "memberOf") == set()


HEADLINE = "June 23, 2022\n\nThe Data Export Act Creates New Rules for Exports of Personal Data\n\n"
AGAIN = " The Data Export Act would bar exports of personal data to hostile states."


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        (
            "Washington, D.C. – Senator Ron Blake, D-Ore., and Senator Jane Hill, R-Wyo., introduced bipartisan "
            "legislation today to create new protections for personal data.",
            {("Ron Blake", "Data Export Act"), ("Jane Hill", "Data Export Act")},
        ),
        (
            "Senator Ron Blake introduced a bill today to create new protections for personal data.",
            {("Ron Blake", "Data Export Act")},
        ),
    ],
)
def test_the_indefinite_bill_of_a_releases_opening_is_its_headlines(extractor, body, pairs):
    assert stated_pairs(extractor, HEADLINE + body + AGAIN, "supports") == pairs


@pytest.mark.parametrize(
    "text",
    [
        HEADLINE + "Senator Ron Blake did not introduce legislation today." + AGAIN,
        # another law named in between: the bill is not the headline's
        HEADLINE + "The Senate passed the Privacy Act in May. Senator Ron Blake introduced a bill today." + AGAIN,
        # a headline that names no law
        "Senators welcome new data rules\n\nSenator Ron Blake introduced legislation today." + AGAIN,
        # a law only the title-case headline seems to name (never named again) may be only capitalised words
        HEADLINE + "Senator Ron Blake introduced legislation today to create new protections for personal data.",
    ],
)
def test_no_headline_bill_when_negated_unconfirmed_or_another_law_intervenes(extractor, text):
    assert stated_pairs(extractor, text, "supports") == set()


@pytest.mark.parametrize(
    ("text", "relation", "pairs"),
    [
        ("Google promoted the Data Act in Brussels.", "supports", {("Google", "Data Act")}),
        ("Senator Roger Wick has long promoted H.R. 9000.", "supports", {("Roger Wick", "H.R. 9000")}),
    ],
)
def test_promoting_a_law_supports_it(extractor, text, relation, pairs):
    assert stated_pairs(extractor, text, relation) == pairs


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Google did not promote the Data Act.", "supports"),
        # promoting a person is no stance on the law named in the title
        ("The ministry promoted Anne Roy to director of the Data Act unit.", "supports"),
        ("Google may promote the Data Act.", "supports"),
    ],
)
def test_no_support_from_negated_hedged_or_other_promotions(extractor, text, relation):
    assert stated_pairs(extractor, text, relation) == set()
