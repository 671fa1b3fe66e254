"""Relations said by a document's layout, round 14: a government register's notice (the U.S. Federal Register and
registers laid out like it) gives the rule's title on a line of its own and under it "AGENCY: X." and "ACTION:
Final rule.": the agency field's body made the rule the title names; a proposed rule is only proposed, and a notice
or a request for comments makes no rule."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs

RULE = "Vehicle Location Retention Rule"

_INLINE = (
    "DEPARTMENT OF TRANSPORTATION\n\n49 CFR Part 999\n\n{title}\n\n"
    "AGENCY: National Highway Traffic Safety Administration, DOT.\n\nACTION: {action}\n\n"
    "SUMMARY: This rule requires carriers to keep location data for two years."
)
_NEXT_LINE = (
    "FEDERAL TRADE COMMISSION\n\n16 CFR Part 999\n\n{title}\n\nAGENCY:\n\nFederal Trade Commission.\n\n"
    "ACTION:\n\n{action}\n\nSUMMARY:\n\nThe rules cover location data held by carriers."
)


@pytest.mark.parametrize(
    "text, agency",
    [
        (_INLINE.format(title=RULE, action="Final rule."), "National Highway Traffic Safety Administration"),
        (_NEXT_LINE.format(title=RULE, action="Final rule."), "Federal Trade Commission"),
        (_NEXT_LINE.format(title=RULE, action="Interim final rule; request for comments."), "Federal Trade Commission"),
    ],
)
def test_the_agency_field_of_a_final_rule_enacts_its_title(extractor, text, agency):
    assert (agency, RULE) in fact_pairs(extractor, text, "enacts")


def test_the_department_after_the_comma_is_not_an_issuer(extractor):
    text = _INLINE.format(title=RULE, action="Final rule.").replace(", DOT.", ", Department of Transportation.")
    assert ("Department of Transportation", RULE) not in any_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "action",
    ["Proposed rule; request for comment.", "Notice of proposed rulemaking.", "Notice and request for comments."],
)
def test_a_proposed_rule_or_a_notice_is_no_fact(extractor, action):
    text = _NEXT_LINE.format(title=RULE, action=action)
    assert ("Federal Trade Commission", RULE) not in fact_pairs(extractor, text, "enacts")


def test_a_proposed_rule_is_read_as_proposed(extractor):
    text = _NEXT_LINE.format(title=RULE, action="Proposed rule.")
    assert ("Federal Trade Commission", RULE) in any_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "text",
    [
        # the line above the agency field is prose, not the rule's title
        f"{RULE}\n\nFederal Trade Commission staff are reviewing comments.\n\nAGENCY: Federal Trade Commission.\n\n"
        "ACTION: Final rule.",
        # no action field: nothing says a rule was made
        f"{RULE}\n\nAGENCY: Federal Trade Commission.\n\nSUMMARY: Staff are reviewing comments.",
    ],
)
def test_no_title_line_or_no_action_says_nothing(extractor, text):
    assert ("Federal Trade Commission", RULE) not in fact_pairs(extractor, text, "enacts")
