"""Agencies, round 13: a nationality adjective before a chamber whose title is its own name ("Senate", "Congress",
"National Assembly") describes the chamber and is no word of its name; before a descriptive title ("Data Protection
Authority", "Parliament") it stays the name's first word."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    "text, body",
    [
        ("Embassy contacts said the Mexican Senate ratified the treaty on March 3.", "Senate"),
        ("The Brazilian Federal Senate approved the amendment in July.", "Federal Senate"),
        ("The bill passed the Brazilian Senate in June after a long debate.", "Senate"),
        ("The Brazilian Congress approved the law in April.", "Congress"),
        ("The French National Assembly adopted the text on Tuesday.", "National Assembly"),
    ],
)
def test_an_adjective_before_a_self_named_chamber_is_left_out(extractor, text, body):
    found = of_type(extractor, text, "Agency")
    assert body in found
    assert not any(b.endswith(body) and b != body for b in found)


@pytest.mark.parametrize(
    "text, body",
    [
        ("The Irish Data Protection Commissioner fined the company.", "Irish Data Protection Commissioner"),
        ("The Spanish Data Protection Agency fined the bank.", "Spanish Data Protection Agency"),
        ("The Kenyan Parliament passed the Data Protection Act in 2019.", "Kenyan Parliament"),
        ("The Saudi Central Bank issued the rules.", "Saudi Central Bank"),
        ("The Japanese Supreme Court ruled on the case.", "Japanese Supreme Court"),
        ("The Chinese Ministry of Foreign Affairs rejected the request.", "Chinese Ministry of Foreign Affairs"),
        ("Officials of the U.S. Department of Commerce met their counterparts.", "U.S. Department of Commerce"),
    ],
)
def test_an_adjective_before_a_descriptive_title_stays(extractor, text, body):
    assert body in of_type(extractor, text, "Agency")


# --- "to the" after a body's head opens a recipient, except after an envoy's head ---------------------------------


@pytest.mark.parametrize(
    "text, body, recipient",
    [
        (
            "The NTIA presents the views of the Executive Branch to the FCC on such applications.",
            "Executive Branch",
            "FCC",
        ),
        (
            "Embassy delivered the demarche from the Treasury Department to the MFA on Monday.",
            "Treasury Department",
            "",
        ),
        (
            "In its referral of the Privacy Office to the DHS Inspector General, the agency cited the breach.",
            "Privacy Office",
            "DHS",
        ),
        (
            "The transfer of the Office of Personnel Management to the GSA was announced on Friday.",
            "Office of Personnel Management",
            "",
        ),
    ],
)
def test_to_the_after_a_body_opens_its_recipient(extractor, text, body, recipient):
    found = of_type(extractor, text, "Agency")
    assert body in found
    assert not any(" to the " in b for b in found)
    if recipient:
        assert recipient in found


@pytest.mark.parametrize(
    "text, body",
    [
        ("The U.S. Mission to the European Union hosted the meeting.", "U.S. Mission to the European Union"),
        ("The Global Coalition to Counter ISIL met in Rome.", "Global Coalition to Counter ISIL"),
    ],
)
def test_an_envoys_name_keeps_where_it_is_sent(extractor, text, body):
    found = of_type(extractor, text, "Agency") | of_type(extractor, text, "IGO")
    assert body in found
