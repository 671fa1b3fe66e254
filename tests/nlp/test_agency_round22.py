"""Agency names, round 22 (probe text of our own: news, government releases, reports, telegrams, Wikipedia-style
pages).

- A body named by its portfolios puts an article only before the last one ("Ministry of Science, Technology and
  the Environment"); an article after a comma before the list's last "and" opens a noun phrase of its own, so the
  comma ends the body's name ("the Department of Commerce, the National Telecommunications and Information
  Administration": two bodies; `text_rules/list_articles.py`).
- Bodies that texts name by a bare initialism, with no definition, are in the tables: the US Government
  Accountability Office (GAO), the US Agency for International Development (USAID), the UK's Government
  Communications Headquarters (GCHQ) and the Soviet KGB (`ontology/reference/agencies.csv`).
- A short initialism is written in capitals: the same three letters in title case are a word, most often a surname
  ("Gao ID: GAO-07-1024T", "Mr Gao"), not the body (`entities/initialism_case.py`).
"""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # government release
        (
            "On behalf of the U.S. Department of Commerce, the National Telecommunications and Information "
            "Administration (NTIA) is requesting comments on consumer privacy.",
            {"U.S. Department of Commerce", "National Telecommunications and Information Administration"},
        ),
        # news
        (
            "On behalf of the Department of Commerce, the Food and Drug Administration issued guidance.",
            {"Department of Commerce", "Food and Drug Administration"},
        ),
        (
            "Inspectors from the Department of Energy, the Nuclear Safety and Security Commission, visited the plant.",
            {"Department of Energy", "Nuclear Safety and Security Commission"},
        ),
        # report
        (
            "A delegation of the Ministry of Economy, the Trade and Investment Authority toured the port.",
            {"Ministry of Economy", "Trade and Investment Authority"},
        ),
        # Wikipedia-style page
        (
            "The Ministry of Finance, the Securities and Exchange Board and the central bank issued a statement.",
            {"Ministry of Finance", "Securities and Exchange Board"},
        ),
    ],
)
def test_an_article_after_a_comma_ends_a_bodys_name(extractor, text, bodies):
    found = of_type(extractor, text, "Agency")
    assert bodies <= found
    assert not any(", the " in name for name in found)


@pytest.mark.parametrize(
    "name",
    [
        "Ministry of Information, Communications and the Arts",
        "Ministry of Science, Technology and the Environment",
        "Ministry of Digital Development, Innovation and Aerospace Industry",
        "SUBCOMMITTEE ON PRIVACY, TECHNOLOGY AND THE LAW",
    ],
)
def test_a_portfolio_list_keeps_its_commas_and_last_article(extractor, name):
    assert name in of_type(extractor, f"The {name} issued guidelines on Monday.", "Agency")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # report
        ("GAO found that the agency had not updated its privacy guidance.", "GAO"),
        ("To achieve these objectives, GAO analyzed the laws and related guidance.", "GAO"),
        ("The U.S. Government Accountability Office reviewed the program.", "U.S. Government Accountability Office"),
        # news
        ("Britain's GCHQ monitored the cables, the Guardian reported.", "GCHQ"),
        ("The programme is funded by USAID and run by local partners.", "USAID"),
        # telegram
        ("EMBOFFS MET WITH USAID AND MINISTRY OFFICIALS ON 12 MAY.", "USAID"),
        # Wikipedia-style page
        ("The cipher was solved in 1933, a theme the KGB later took up.", "KGB"),
    ],
)
def test_a_body_named_by_its_bare_initialism(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


@pytest.mark.parametrize(
    "text",
    [
        # a report's title line
        "Homeland Security: Continuing Challenges Gao ID: GAO-07-1024T July 24, 2007",
        # news
        "Mr Gao, a spokesman for the ministry, declined to comment.",
        "Vice Premier Gao Changli met the delegation in Beijing.",
    ],
)
def test_a_short_initialism_in_title_case_is_a_word(extractor, text):
    assert "Gao" not in of_type(extractor, text, "Agency")


def test_a_longer_acronym_keeps_its_title_case_reading(extractor):
    assert "Nato" in of_type(extractor, "Nato said on Monday that the alliance would respond.", "IGO")
