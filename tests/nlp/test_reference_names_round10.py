"""Names the curated tables gained in round 10, recognised with their type wherever a text names them: SWIFT (the
cooperative whose financial messages the TFTP agreement covers), Yahoo."""

from __future__ import annotations

import pytest

from tests.support.probes import of_type


@pytest.mark.parametrize(
    ("text", "type_", "name"),
    [
        ("The Treasury obtained financial messages from SWIFT under the agreement.", "Firm", "SWIFT"),
        ("Yahoo! and Google were asked to store user data in the country.", "Firm", "Yahoo"),
    ],
)
def test_a_curated_name_is_recognised_with_its_type(extractor, text, type_, name):
    assert name in of_type(extractor, text, type_)
