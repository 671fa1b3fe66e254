"""Stance, round 23 (probe text of our own: congressional releases, news, law-firm pages, CRS-style reports).

A legislator's party and state set off by commas after the name ("Sen. Ron Wyden, D-Ore.") is a parenthesis: in a
list of such names ("cosponsored by Senators A, D-Wisc., B, R-Mont., and C, D-Mass.") each name is an item of the
list, however the parse hangs the later ones, and the tag marks each as a legislator, as "(D-NJ)" does. A name
without its own tag, or a word other than "and" and a title, ends the list; the clause's attitude (not, may) still
decides whether the stance is a fact."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    ("text", "relation", "pairs"),
    [
        (  # a senator's release: the passive agent, a list of tagged names
            "The Government Surveillance Reform Act is cosponsored by Senators Tammy Baldwin, D-Wisc., Steve"
            " Daines, R-Mont., and Edward Markey, D-Mass.",
            "supports",
            {
                ("Tammy Baldwin", "Government Surveillance Reform Act"),
                ("Steve Daines", "Government Surveillance Reform Act"),
                ("Edward Markey", "Government Surveillance Reform Act"),
            },
        ),
        (  # a release: the bill referred to, titles repeated inside the list
            "Senator Mike Lee today introduced the Data Broker Act. In the House, the bill is cosponsored by Reps."
            " Andy Biggs, R-Ariz., Rep. Pramila Jayapal, D-Wash., Thomas Massie, R-Ky., and Rep. Ted Lieu, D-Calif.",
            "supports",
            {
                ("Andy Biggs", "Data Broker Act"),
                ("Pramila Jayapal", "Data Broker Act"),
                ("Thomas Massie", "Data Broker Act"),
                ("Ted Lieu", "Data Broker Act"),
            },
        ),
        (  # news: states with periods inside ("R.I.", "S.C.")
            "The Data Privacy Act was introduced by Sen. Sheldon Whitehouse, D-R.I., Ben Sasse, R-Neb., and Lindsey"
            " Graham, R-S.C., on Tuesday.",
            "supports",
            {
                ("Sheldon Whitehouse", "Data Privacy Act"),
                ("Ben Sasse", "Data Privacy Act"),
                ("Lindsey Graham", "Data Privacy Act"),
            },
        ),
        (  # a law-firm page: opposition, the same list shape
            "The CLOUD Act is opposed by Senators Ron Wyden, D-Ore., Rand Paul, R-Ky., and Mike Lee, R-Utah.",
            "opposes",
            {("Ron Wyden", "CLOUD Act"), ("Rand Paul", "CLOUD Act"), ("Mike Lee", "CLOUD Act")},
        ),
        (  # Wikipedia-style: a plural title, then names with their tags
            "The Online Privacy Act was sponsored by Representatives Anna Eshoo, D-Calif., Zoe Lofgren, D-Calif.,"
            " and Ken Buck, R-Colo.",
            "supports",
            {
                ("Anna Eshoo", "Online Privacy Act"),
                ("Zoe Lofgren", "Online Privacy Act"),
                ("Ken Buck", "Online Privacy Act"),
            },
        ),
        (  # a CRS-style report: the tag alone marks the later names as legislators
            "The Kids Online Safety Act was cosponsored by Richard Blumenthal, D-Conn., Marsha Blackburn, R-Tenn.,"
            " and Amy Klobuchar, D-Minn.",
            "supports",
            {
                ("Richard Blumenthal", "Kids Online Safety Act"),
                ("Marsha Blackburn", "Kids Online Safety Act"),
                ("Amy Klobuchar", "Kids Online Safety Act"),
            },
        ),
    ],
)
def test_every_name_in_a_list_tagged_with_party_and_state_takes_the_stance(extractor, text, relation, pairs):
    assert pairs <= fact_pairs(extractor, text, relation)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (  # a name without a tag after the list is no item of it
            "The Online Privacy Act is cosponsored by Sen. Ron Wyden, D-Ore., said John Smith of the Brookings"
            " Institution.",
            ("John Smith", "Online Privacy Act"),
        ),
        (  # a second verb phrase after the list is no item of it
            "The Online Privacy Act is cosponsored by Senators Ron Wyden, D-Ore., and Rand Paul, R-Ky., and opposed"
            " by Senators Ted Cruz, R-Texas, and Mike Lee, R-Utah.",
            ("Ted Cruz", "Online Privacy Act"),
        ),
        (  # "but not" ends the list
            "The Online Privacy Act is cosponsored by Sen. Ron Wyden, D-Ore., but not by Sen. Ted Cruz, R-Texas.",
            ("Ted Cruz", "Online Privacy Act"),
        ),
    ],
)
def test_a_name_outside_the_tagged_list_takes_no_stance(extractor, text, absent):
    assert absent not in any_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Sen. Ron Wyden, D-Ore., Sen. Cynthia Lummis, R-Wyo., and Sen. Marco Rubio, R-Fla., have not"
            " cosponsored the Online Privacy Act.",
            {("Cynthia Lummis", "Online Privacy Act"), ("Marco Rubio", "Online Privacy Act")},
        ),
        (
            "The Online Privacy Act may be cosponsored by Senators Tammy Baldwin, D-Wisc., and Steve Daines, R-Mont.",
            {("Tammy Baldwin", "Online Privacy Act"), ("Steve Daines", "Online Privacy Act")},
        ),
    ],
)
def test_a_tagged_list_keeps_the_clauses_attitude(extractor, text, pairs):
    assert not pairs & fact_pairs(extractor, text, "supports")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (  # a senator's release: a professional suffix before the first tag, "and" between every name
            "U.S. Senators Bill Cassidy, M.D. (R-LA) and Jon Ossoff (D-GA) and Representative Lori Trahan (D-MA-3)"
            " today introduced the Data Elimination Act.",
            {
                ("Bill Cassidy", "Data Elimination Act"),
                ("Jon Ossoff", "Data Elimination Act"),
                ("Lori Trahan", "Data Elimination Act"),
            },
        ),
        (  # news: the passive agent
            "The Kids Privacy Act was introduced by Sen. Bill Cassidy, M.D. (R-La.) and Sen. Ed Markey (D-Mass.).",
            {("Bill Cassidy", "Kids Privacy Act"), ("Ed Markey", "Kids Privacy Act")},
        ),
    ],
)
def test_a_list_tagged_in_parentheses_after_a_name_suffix_is_one_list(extractor, text, pairs):
    assert pairs <= fact_pairs(extractor, text, "supports")


def test_a_comma_set_party_tag_marks_a_legislator(extractor):
    text = "The Data Broker Act was introduced by Steve Daines, R-Mont., on Tuesday."
    assert ("Steve Daines", "Data Broker Act") in fact_pairs(extractor, text, "supports")
