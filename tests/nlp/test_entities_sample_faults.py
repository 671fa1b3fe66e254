"""Three entity faults a reviewer found in the sample graph (issue 14), each stated as how English or a telegram
works, with probe sentences of our own: a law's title made under another law ("the Implementing Regulation of
the X Law"); a body named by a name, its abbreviation and a head noun ("... Rules (XR) Forum"); a generic body in a
telegram about one country."""

from __future__ import annotations

import pytest

from pipelines.model import Extraction


def extract(extractor, *texts: str) -> list[Extraction]:
    items = [(f"doc{i}", "v1", text) for i, text in enumerate(texts)]
    out = list(extractor.extract_many(items, n_process=1))
    assert all(isinstance(x, Extraction) for x in out)
    return out


def typed(extractor, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(extractor, text)[0].mentions]


# 1. A law's title, "of" and another law's name: the instrument made under that law, one name


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Last spring the cabinet adopted the Enforcement Decree of the Cloud Computing Promotion Act.",
            "Enforcement Decree of the Cloud Computing Promotion Act",
        ),
        (
            "The agency drafted the Implementing Regulations of the LGPD for small firms.",
            "Implementing Regulations of the LGPD",
        ),
        ("Two years later the Implementing Rules of the GDPR were still missing.", "Implementing Rules of the GDPR"),
    ],
)
def test_a_title_of_a_law_made_under_another_law_is_one_name(extractor, text, name):
    found = typed(extractor, text)
    assert (name, "Law") in found
    inner = name.split(" of the ", 1)[1]
    assert (inner, "Law") not in found  # the outer name only


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year, a minister, a state, a ministry after "of": no law's name follows
        ("Lenders must follow the Data Protection Act of 2018.", ("Data Protection Act of 2018", "Law")),
        (
            "Operators must comply with the Regulation of the Minister of Communication.",
            ("Regulation of the Minister of Communication", "Law"),
        ),
        (
            "The board applied the Implementing Regulation of the Ministry of Finance.",
            ("Ministry of Finance", "Agency"),
        ),
        ("Article 5 of the GDPR sets out the principles.", ("GDPR", "Law")),
    ],
)
def test_of_and_no_law_name_after_a_title_changes_nothing(extractor, text, expected):
    assert expected in typed(extractor, text)
