"""Where the ontology, queries, gazetteer, lexicons and models are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# In a wheel these folders are copied under kg/_resources (see pyproject.toml); in a checkout or an
# editable install they stay at the top of the repository.
_CHECKOUT = {
    "ontology": "ontology",
    "queries": "queries",
    "gazetteer": "data/gazetteer",
    "lexicons": "data/lexicons",
    "models": "data/models",
}


def resource(name: str) -> Path:
    """The folder holding the resource `name` (one of ontology, queries, gazetteer, lexicons, models)."""
    if name not in _CHECKOUT:
        raise KeyError(name)
    packaged = _PACKAGE / "_resources" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / _CHECKOUT[name]
