"""Stance, round 24 (probe text of our own: news, government releases, telegrams in capitals, law-firm pages).

"A joined B in opposing X" says whom A acts with: the one who joins and those joined (its object, its "with" phrase,
its passive "by" phrase) all do what the gerund in the "in" phrase says, as they do an infinitive of purpose ("A
joined B to oppose X"); the joining's attitude is the act's ("did not join", "may join", "refused to join", "if A
joins"). What a body does ("the Ministry's activities", "China's practices") stands for the body, as what it decides
does, when a stance is taken against it."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    ("text", "relation", "pairs"),
    [
        (  # news: the subject joins the object
            "Canada joined the United States in opposing the CLOUD Act.",
            "opposes",
            {("Canada", "CLOUD Act"), ("United States", "CLOUD Act")},
        ),
        (  # a government release: a list of joiners, two coordinated gerunds, progressive aspect
            "The United Kingdom, Australia and Japan are joining the United States in exposing and criticizing"
            " the Ministry of State Security.",
            "opposes",
            {
                ("United Kingdom", "Ministry of State Security"),
                ("Australia", "Ministry of State Security"),
                ("Japan", "Ministry of State Security"),
                ("United States", "Ministry of State Security"),
            },
        ),
        (  # business news: "join with", an adverb before the gerund
            "Microsoft joined with Google in publicly backing the CLOUD Act.",
            "supports",
            {("Microsoft", "CLOUD Act"), ("Google", "CLOUD Act")},
        ),
        (  # a law-firm page: the passive, whose "by" phrase names the one who joins
            "Brazil was joined by Mexico in rejecting the Data Localization Law.",
            "opposes",
            {("Brazil", "Data Localization Law"), ("Mexico", "Data Localization Law")},
        ),
        (  # a release: two agencies, a state's decree
            "The Ministry of Commerce joined the State Department in criticizing Vietnam's Decree 53.",
            "opposes",
            {("Ministry of Commerce", "Decree 53"), ("State Department", "Decree 53")},
        ),
        (  # a telegram in capitals
            "2. (C) THE MINISTRY OF FOREIGN AFFAIRS JOINED THE EMBASSY IN CRITICIZING THE CYBERSECURITY LAW.",
            "opposes",
            {("MINISTRY OF FOREIGN AFFAIRS", "CYBERSECURITY LAW")},
        ),
        (  # an infinitive of purpose says the same
            "Canada joined Mexico to oppose the CLOUD Act.",
            "opposes",
            {("Canada", "CLOUD Act"), ("Mexico", "CLOUD Act")},
        ),
        (  # "joined forces with"
            "Senator Ron Wyden joined forces with Senator Rand Paul in praising the USA FREEDOM Act.",
            "supports",
            {("Ron Wyden", "USA FREEDOM Act"), ("Rand Paul", "USA FREEDOM Act")},
        ),
    ],
)
def test_who_joins_others_in_an_act_does_it_with_them(extractor, text, relation, pairs):
    assert fact_pairs(extractor, text, relation) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Canada did not join the United States in opposing the CLOUD Act.",
        "Canada refused to join the United States in opposing the CLOUD Act.",
        "Canada may join the United States in opposing the CLOUD Act.",
        "Canada is expected to join the United States in opposing the CLOUD Act.",
        "If Canada joins the United States in opposing the CLOUD Act, the talks will stall.",
        "Germany urged Canada to join the United States in opposing the CLOUD Act.",
        # the infinitive of purpose: the joining's attitude too
        "Canada did not join the United States to oppose the CLOUD Act.",
        "Canada may join the United States to oppose the CLOUD Act.",
    ],
)
def test_a_joining_not_stated_as_done_gives_no_fact(extractor, text):
    assert fact_pairs(extractor, text, "opposes") == set()
    assert ("Canada", "CLOUD Act") in any_pairs(extractor, text, "opposes")


@pytest.mark.parametrize(
    "text",
    [
        # joining a body or a treaty, or at a time, is no act done with anyone
        "Canada joined the OECD in 1961.",
        "Canada joined the talks on the CLOUD Act.",
        # a gerund of no stance
        "Canada joined the United States in discussing the CLOUD Act.",
    ],
)
def test_joining_without_a_stance_act_gives_no_stance(extractor, text):
    assert any_pairs(extractor, text, "opposes") == set()
    assert any_pairs(extractor, text, "supports") == set()


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "The State Department criticized the Ministry of Public Security's activities in Xinjiang.",
            {("State Department", "Ministry of Public Security")},
        ),
        ("The United Kingdom condemned China's malicious cyber activity.", {("United Kingdom", "China")}),
        ("The European Commission denounced Russia's conduct.", set()),  # an IGO heads no stance
        ("The Ministry of Commerce criticized China's practices.", {("Ministry of Commerce", "China")}),
    ],
)
def test_a_stance_against_what_a_body_does_is_against_the_body(extractor, text, pairs):
    assert fact_pairs(extractor, text, "opposes") == pairs


@pytest.mark.parametrize(
    "text",
    [
        # no owner: what is criticised is nobody's
        "The State Department criticized malicious cyber activities.",
        # the activities of a company: a firm is no target of opposes in the ontology
        "The State Department criticized Huawei's activities.",
        # negated
        "The State Department did not criticize the Ministry of Public Security's activities.",
    ],
)
def test_activities_without_a_body_or_stated_stance_give_no_fact(extractor, text):
    assert fact_pairs(extractor, text, "opposes") == set()
