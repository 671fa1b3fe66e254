"""Relations said by a document's layout, round 16b: a government register's notice names its rule in its head (the
title, right above the "AGENCY:" field) and says under "ACTION: Final rule." what it does, in a summary clause whose
subject is the issuing body and whose object is the notice's own rule named by its kind ("The Department is issuing
this interim final rule ..."): that body enacts the rule the title names. A proposed rule, a notice, a negated or
future clause, a rule the summary names as an earlier one ("issued the rule in 2002"), a clause far below the action
field, and prose or cables without a notice's head say nothing."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs

RULE = "Location Data Retention Rule"
AGENCY = "Federal Trade Commission"
_RUN_TOGETHER = (
    "FEDERAL TRADE COMMISSION 16 CFR Part 999 RIN 3084-AB99 {title} AGENCY: Office of Technology, "
    "Federal Trade Commission. ACTION: {action} SUMMARY: {summary}"
)
_LINES = (
    "FEDERAL TRADE COMMISSION\n\n16 CFR Part 999\n\nRIN 3084-AB99\n\n{title}\n\nAGENCY: Office of Technology, "
    "Federal Trade Commission.\n\nACTION: {action}\n\nSUMMARY: {summary}"
)


def _notice(layout: str, action: str = "Final rule.", summary: str = "") -> str:
    summary = summary or f"The {AGENCY} is issuing this final rule to protect location data held by carriers."
    return layout.format(title=RULE, action=action, summary=summary)


@pytest.mark.parametrize(
    "text",
    [
        _notice(_RUN_TOGETHER),
        _notice(_LINES),
        _notice(_RUN_TOGETHER, summary=f"The {AGENCY} is publishing this final rule to protect location data."),
        _notice(_RUN_TOGETHER, summary=f"In this document, the {AGENCY} adopts final rules on location data."),
        _notice(_RUN_TOGETHER, action="Interim final rule with request for comments."),
        _notice(_LINES, summary=f"In this document, the {AGENCY} adopts final rules on location data."),
    ],
)
def test_the_body_issuing_this_final_rule_enacts_the_notices_title(extractor, text):
    assert (AGENCY, RULE) in fact_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "text",
    [
        _notice(_RUN_TOGETHER, action="Proposed rule."),
        _notice(_LINES, action="Notice; request for comments."),
        _notice(_RUN_TOGETHER, summary=f"The {AGENCY} will not issue a final rule until it has read the comments."),
        _notice(_LINES, summary=f"The {AGENCY} issued the rule in 2002 and now seeks comment on changes."),
        _notice(
            _LINES,
            summary=f"The {AGENCY} seeks comment. The rule governs carriers. The {AGENCY} adopted final rules in 2002.",
        ),
    ],
)
def test_no_final_rule_issued_by_the_summary_makes_no_fact(extractor, text):
    assert (AGENCY, RULE) not in fact_pairs(extractor, text, "enacts")


@pytest.mark.parametrize(
    "text",
    [
        # a news article: no notice head, no action field
        f"WASHINGTON (Reuters) - The {AGENCY} is issuing this final rule, the {RULE}, officials said on Monday.",
        # a cable: its "ACTION" line is a request to the post, not a register's field
        f"SUBJECT: {RULE}\n\nACTION: Please deliver the points below.\n\n1. The {AGENCY} adopts final rules soon.",
        # the title is not right above the agency field: a line of other names comes between
        f"{RULE}\n\nDownload as PDF. Department of Commerce, Washington.\n\nACTION: Final rule.\n\n"
        f"SUMMARY: The {AGENCY} is issuing this final rule to protect location data.",
    ],
)
def test_without_a_notice_head_the_summary_frame_is_silent(extractor, text):
    x = extractor.extract("d", "v", text)
    assert not [r for r in x.relations if r.type == "enacts" and "summary" in r.source]
