"""A numbered provision cited with its law: "Section 702 of the Foreign Intelligence Surveillance Act", "Section 301
of the Trade Act of 1974".

Where a text uses a provision's number as a name on its own ("Section 702 expires in April", "a Section 301
investigation"), that name said again with "of" and the law's name after it is the start of a full citation of
the provision: the law named after "of" is the mention there (`rules.law_edges._after_provision` cuts the
provision off a law's title the same way), and the provision's number is no second name of its own inside it."""

from __future__ import annotations

import re

#: a provision's kind and its number, the whole of a repeated name ("Section 702", "Article 17", "Title III")
_PROVISION = re.compile(r"(?:Section|Article|Title|Part|Chapter)[ \t]+[0-9IVXL]+[A-Za-z]?", re.IGNORECASE)
#: "of", an optional article and a capitalised word: the name of the law the provision belongs to
_OF_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")


def provision_of_named_law(text: str, name: str, end: int) -> bool:
    """Whether `name`, found again ending at `end`, is a provision's number followed by "of" and a law's name."""
    return _PROVISION.fullmatch(name) is not None and _OF_NAME.match(text, end) is not None
