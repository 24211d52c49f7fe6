"""Queries that would reach out to the network (SERVICE, LOAD) are refused, in `kg query` and `kg serve`."""

from __future__ import annotations

import re
from collections.abc import Iterable

SERVE_HINT = "start kg serve with --allow-service to allow it"

# SPARQL undoes \u and \U escapes in the whole query text before parsing (SPARQL 1.1, 19.2), so the
# keyword check looks at the text with them undone. A keyword is not preceded by ? $ : or a name
# character (variables, prefixed names) and not followed by a name character or ':' (a prefix).
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_KEYWORDS = {
    "ServiceGraphPattern": re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.IGNORECASE),
    "Load": re.compile(r"(?<![\w?$:])LOAD(?![\w:])", re.IGNORECASE),
}
_REFUSALS = {
    "ServiceGraphPattern": "SERVICE (federated queries to other endpoints) is off here",
    "Load": "LOAD (fetching data from the network) is off here",
}


def _unescape_codepoints(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except ValueError:
            return match.group(0)

    return _CODEPOINT.sub(replace, text)


def _parse_tree_names(node: object) -> Iterable[str]:
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, CompValue):
            yield current.name
            stack.extend(current.values())
        elif isinstance(current, list | tuple | ParseResults):
            stack.extend(current)


def refusal(text: str, *, update: bool, hint: str = SERVE_HINT) -> str | None:
    """Why this query or update may not run (it reaches out to the network), else None.

    A text without the keyword is fine; one with it is parsed (rdflib's SPARQL grammar) and refused if
    it really holds a SERVICE pattern (or a LOAD), or if it cannot be parsed at all: a word in a string,
    an IRI or a comment does not count, but nothing unchecked goes through.
    """
    keywords = ["ServiceGraphPattern", "Load"] if update else ["ServiceGraphPattern"]
    plain = _unescape_codepoints(text)
    present = [name for name in keywords if _KEYWORDS[name].search(plain)]
    if not present:
        return None
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        names = set(_parse_tree_names(parseUpdate(text) if update else parseQuery(text)))
    except Exception:
        words = " or ".join("SERVICE" if name == "ServiceGraphPattern" else "LOAD" for name in present)
        return f"the text holds the word {words} and kg could not parse it to check it calls nothing; {hint}"
    for name in present:
        if name in names:
            return f"{_REFUSALS[name]}; {hint}"
    return None
