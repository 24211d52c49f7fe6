"""The gazetteer: actors kg knows by name (states, international organisations, bodies, outlets).

`data/gazetteer/actors.jsonl` is built by `scripts/build_gazetteer.py` from the gazetteer sources and
the project's own facts. Matching works on the text, not on spaCy tokens, so that the names inside
German hyphen compounds ("NATO-Erweiterung", "US-Verteidigungsministerium") are found too.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.model import ActorType
from kg.resources import resource

_TOKEN = re.compile(r"\w+|[^\w\s]")
# Kinds of surface form, in the order a tie between two entries is decided.
FORM_KINDS = ("name", "abbreviation", "metonym", "demonym", "adjective")
_TYPE_PRIORITY = {
    ActorType.STATE: 0,
    ActorType.INTERNATIONAL_ORGANIZATION: 1,
    ActorType.GOVERNMENT_BODY: 2,
    ActorType.MEDIA_OUTLET: 3,
    ActorType.GROUP: 4,
}
# German case endings of nouns and adjectives inside multi-word names ("Weißes Haus" -> "Weißen Hauses").
_GERMAN_ENDINGS = ("", "s", "es", "n", "en", "e", "er", "em")


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor of the gazetteer."""

    key: str
    type: ActorType
    names: dict[str, list[str]]
    wikidata: str | None = None
    country: str | None = None
    abbreviations: list[str] = field(default_factory=list)
    metonyms: dict[str, list[str]] = field(default_factory=dict)
    adjectives: dict[str, list[str]] = field(default_factory=dict)
    demonyms: dict[str, list[str]] = field(default_factory=dict)

    def name(self, lang: str) -> str:
        """The canonical name in `lang`, else in English, else any."""
        for candidate in (lang, "en", "de"):
            if self.names.get(candidate):
                return self.names[candidate][0]
        return next(iter(itertools.chain.from_iterable(self.names.values())), self.key)

    @property
    def is_person(self) -> bool:
        return self.type in (ActorType.OFFICIAL, ActorType.PERSON)

    def forms(self, lang: str) -> Iterator[tuple[str, str]]:
        """(surface form, kind) pairs to look for in a text of language `lang`. People's names are not
        translated: their English names count in every language."""
        english = self.names.get("en", [])
        extra = [] if lang == "en" else english if self.is_person else english[:1]
        for name in dict.fromkeys(self.names.get(lang, []) + extra):
            yield name, "name"
        for abbreviation in self.abbreviations:
            yield abbreviation, "abbreviation"
        for kind, table in (
            ("metonym", self.metonyms),
            ("demonym", self.demonyms),
            ("adjective", self.adjectives),
        ):
            for form in table.get(lang, []):
                yield form, kind


@dataclass(frozen=True, slots=True)
class Hit:
    """A gazetteer form found in a text; `start`/`end` are character offsets."""

    start: int
    end: int
    text: str
    entry: Entry
    kind: str


def tokenize(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _case_fits(form_token: str, text_token: str) -> bool:
    """Proper names and abbreviations must be capitalised in the text too; lower-case forms match any case."""
    if form_token[:1].isupper():
        return text_token[:1].isupper()
    return True


class Gazetteer:
    """Entries by key, and a token-sequence index per language for matching texts."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = {entry.key: entry for entry in entries}
        self._index: dict[str, dict[tuple[str, ...], list[tuple[Entry, str, tuple[str, ...]]]]] = {}
        self._max_len: dict[str, int] = {}
        self._states = {e.wikidata: e for e in entries if e.type is ActorType.STATE and e.wikidata}
        self._surnames: dict[str, str | None] | None = None
        self._first_names: set[str] | None = None

    @classmethod
    def load(cls, path: str | Path) -> Gazetteer:
        entries = []
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    raw = json.loads(line)
                    entries.append(
                        Entry(
                            key=raw["key"],
                            type=ActorType(raw["type"]),
                            names=raw.get("names", {}),
                            wikidata=raw.get("wikidata"),
                            country=raw.get("country"),
                            abbreviations=raw.get("abbreviations", []),
                            metonyms=raw.get("metonyms", {}),
                            adjectives=raw.get("adjectives", {}),
                            demonyms=raw.get("demonyms", {}),
                        )
                    )
        return cls(entries)

    def surname_country(self, surname: str) -> str | None:
        """The state of every known person with this surname, if they all serve the same one: "Bush" is
        American, "Smith" is anyone's."""
        if self._surnames is None:
            countries: dict[str, set[str | None]] = {}
            for entry in self.entries.values():
                if entry.is_person:
                    for name in itertools.chain.from_iterable(entry.names.values()):
                        countries.setdefault(name.split()[-1], set()).add(entry.country)
            self._surnames = {
                name: next(iter(states)) for name, states in countries.items() if len(states) == 1
            }
        return self._surnames.get(surname)

    def is_first_name(self, word: str) -> bool:
        """Whether a known person's name starts with `word` ("Alexei", "Vladimir")."""
        if self._first_names is None:
            self._first_names = {
                name.split()[0]
                for entry in self.entries.values()
                if entry.is_person
                for name in itertools.chain.from_iterable(entry.names.values())
                if " " in name and name[:1].isupper()
            }
        return word in self._first_names

    def state(self, qid: str | None) -> Entry | None:
        """The state entry with Wikidata QID `qid`."""
        return self._states.get(qid) if qid else None

    def _variants(self, form: str, lang: str, person: bool = False) -> Iterator[tuple[str, ...]]:
        tokens = [token for token, _, _ in tokenize(form)]
        if lang != "de" or not tokens[-1][:1].isupper():
            yield tuple(tokens)
            return
        if person:  # a German name inflects only in the genitive: "Putins", "Joe Bidens"
            yield tuple(tokens)
            yield (*tokens[:-1], tokens[-1] + "s")
            return
        # German: genitive and weak endings on the first and the last word of a capitalised name
        # ("Weißes Haus" -> "Weißen Hauses", "Schweden" -> "Schwedens"); inner words keep their form,
        # which bounds the variants.
        options = []
        for n, token in enumerate(tokens):
            if not token.isalpha() or token.isupper() or 0 < n < len(tokens) - 1:
                options.append([token])
                continue
            stem = token[:-2] if token.endswith(("es", "en", "er", "em")) and len(token) > 4 else token
            stem = stem[:-1] if stem is token and token.endswith("e") and len(token) > 4 else stem
            options.append(sorted({stem + ending for ending in _GERMAN_ENDINGS} | {token, token + "s"}))
        yield from itertools.product(*options)

    def _build(self, lang: str) -> None:
        index: dict[tuple[str, ...], list[tuple[Entry, str, tuple[str, ...]]]] = {}
        for entry in self.entries.values():
            for form, kind in entry.forms(lang):
                for variant in self._variants(form, lang, entry.is_person):
                    index.setdefault(tuple(t.lower() for t in variant), []).append((entry, kind, variant))
        for candidates in index.values():
            candidates.sort(key=lambda c: (FORM_KINDS.index(c[1]), _TYPE_PRIORITY.get(c[0].type, 9)))
        self._index[lang] = index
        self._max_len[lang] = max((len(k) for k in index), default=1)

    def match(self, text: str, lang: str) -> list[Hit]:
        """Longest, leftmost matches of known forms in `text`."""
        if lang not in self._index:
            self._build(lang)
        index, max_len = self._index[lang], self._max_len[lang]
        tokens = tokenize(text)
        lowered = [token.lower() for token, _, _ in tokens]
        hits: list[Hit] = []
        i = 0
        while i < len(tokens):
            for n in range(min(max_len, len(tokens) - i), 0, -1):
                found = self._best(index.get(tuple(lowered[i : i + n])), tokens[i : i + n])
                if found:
                    entry, kind = found
                    start, end = tokens[i][1], tokens[i + n - 1][2]
                    hits.append(Hit(start, end, text[start:end], entry, kind))
                    i += n
                    break
            else:
                i += 1
        return hits

    @staticmethod
    def _best(
        candidates: list[tuple[Entry, str, tuple[str, ...]]] | None, tokens: list[tuple[str, int, int]]
    ) -> tuple[Entry, str] | None:
        for entry, kind, variant in candidates or ():
            if all(_case_fits(f, t) for f, (t, _, _) in zip(variant, tokens, strict=True)):
                if kind == "abbreviation" and not all(
                    t.isupper() or t == f for f, (t, _, _) in zip(variant, tokens, strict=True) if t.isalpha()
                ):
                    continue
                return entry, kind
        return None


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer.load(resource("gazetteer") / "actors.jsonl")
