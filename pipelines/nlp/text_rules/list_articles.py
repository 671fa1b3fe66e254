"""Where a comma list after a body's head noun is a list of its portfolios and where it is a list of bodies.

A body named by its portfolios puts an article, if any, only before the last one, after "and" ("Ministry of
Science, Technology and the Environment", "Subcommittee on Privacy, Technology and the Law"). An article after a
comma and before the list's last "and" opens a noun phrase of its own: the comma ends the body's name and starts
an apposition or a second body ("the Department of Commerce, the National Telecommunications and Information
Administration", "the Ministry of Finance, the Central Bank and ...")."""

from __future__ import annotations

import re

#: a comma, then an article: a noun phrase of its own starts here
_COMMA_ARTICLE = re.compile(r",\s+(?:the|THE|The)\s")


def article_opens_inner_item(items: str, last_and: int) -> bool:
    """An item of the list before its last "and" (at `last_and` in `items`) opens with an article after its
    comma: the list is not one body's portfolios."""
    return _COMMA_ARTICLE.search(items[: max(last_and, 0)]) is not None
