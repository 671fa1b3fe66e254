"""Agency and IGO names, round 25 (probe text of our own: congressional releases, news, government notices,
Wikipedia-style pages, telegrams).

- A body's head noun followed by further capitalised words before "and" modifies them: "the Senate Energy and
  Natural Resources Committee" is one committee, not the Senate and a "Natural Resources Committee"; so is a
  remit listed with commas after the chamber ("the Senate Commerce, Science, and Transportation Committee";
  `rules/modifier_heads.py`, used by `rules/orgs.py` and `text_rules/bodies.py`).
- A head that ends its own name before "and" is still a name of its own ("the Senate and House of
  Representatives", "the Senate Judiciary Committee and House Intelligence Committee"), and so is a person's title
  after the head, a state, "and the", or an abbreviation.
"""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # congressional release
        (
            "Senator Jane Roe, Ranking Member of the Senate Homeland Security and Governmental Affairs Committee, "
            "applauded the vote.",
            "Senate Homeland Security and Governmental Affairs Committee",
        ),
        # news
        (
            "The Senate Energy and Natural Resources Committee held a hearing on grid security on Tuesday.",
            "Senate Energy and Natural Resources Committee",
        ),
        # law-firm note, a remit listed with commas
        (
            "The bill was referred to the Senate Commerce, Science, and Transportation Committee last week.",
            "Senate Commerce, Science, and Transportation Committee",
        ),
        # Wikipedia-style page
        (
            "He later chaired the Senate Banking, Housing, and Urban Affairs Committee from 2015 to 2019.",
            "Senate Banking, Housing, and Urban Affairs Committee",
        ),
    ],
)
def test_a_chamber_before_a_committees_remit_is_part_of_its_name(extractor, text, name):
    found = of_type(extractor, text, "Agency")
    assert name in found
    assert "Senate" not in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # news: the chamber ends its own name before "and"
        ("The bill passed the Senate and House of Representatives last week.", {"Senate", "House of Representatives"}),
        # news: two committees, each with its head before "and"
        (
            "The Senate Judiciary Committee and House Intelligence Committee disagreed on the bill.",
            {"Senate Judiciary Committee", "House Intelligence Committee"},
        ),
        # government notice: a preposition's complement ends the first name
        (
            "The Ministry of Justice and Data Protection Authority issued joint guidance.",
            {"Ministry of Justice", "Data Protection Authority"},
        ),
        # telegram: an abbreviation after the head is a name of its own
        (
            "The Treasury Department OFAC and Commerce Department issued rules on Monday.",
            {"Treasury Department", "Commerce Department"},
        ),
        # news: "and the" starts a noun phrase of its own
        (
            "The Senate Foreign Relations and the House Foreign Affairs Committee met.",
            {"House Foreign Affairs Committee"},
        ),
    ],
)
def test_a_head_that_ends_its_name_keeps_two_names_apart(extractor, text, names):
    found = of_type(extractor, text, "Agency")
    assert names <= found
    assert not any(" and " in f and "Committee" in f and f not in names for f in found)


def test_a_title_after_the_head_is_a_persons(extractor):
    text = "Parliament Speaker Jane Roe and the Interior Committee discussed the bill."
    found = of_type(extractor, text, "Agency")
    assert not any("Roe" in f for f in found)
    assert "Interior Committee" in found
