"""Per-language lexicons of the rule-based extraction (`data/lexicons/{lang}.toml`)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from kg.resources import resource


@dataclass(frozen=True, slots=True)
class Verb:
    """A relation or speech verb; `particle` is the separable part ("zurück" of "zurückweisen")."""

    base: str
    particle: str | None
    joined: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    verbs: dict[str, list[tuple[Verb, str]]]  # by base lemma: (verb, relation)
    nouns: dict[str, str]  # lower-case noun lemma -> relation
    idioms: list[tuple[tuple[str, ...], str]]
    speech_verbs: dict[str, list[Verb]]
    attribution_before: tuple[str, ...]
    attribution_after: frozenset[str]
    attribution_so: frozenset[str]
    complementizers: frozenset[str]
    negations: frozenset[str]
    hypothetical: frozenset[str]
    subordinators: frozenset[str]
    relative_pronouns: frozenset[str]
    prepositions: frozenset[str]
    object_prepositions: frozenset[str]
    symmetric_prepositions: frozenset[str]
    cause_prepositions: frozenset[str]
    pronouns_person: frozenset[str]
    pronouns_we: frozenset[str]
    roles: dict[str, str]  # lower-case role phrase -> affiliation
    counterparts: frozenset[str]
    not_public: tuple[str, ...]
    titles: frozenset[str]
    body_suffixes: tuple[str, ...]
    body_nouns: frozenset[str]
    body_anaphors: frozenset[str]
    groups: tuple[str, ...]
    media_nouns: frozenset[str]

    def role_suffix(self, word: str) -> tuple[str, str] | None:
        """(role noun, affiliation) of a role noun or a compound ending in one ("Kremlsprecher")."""
        lower = word.lower()
        if lower in self.roles:
            return lower, self.roles[lower]
        if self.lang == "de" and not lower.startswith(self.not_public):
            for role, affiliation in sorted(self.roles.items(), key=lambda kv: -len(kv[0])):
                if " " not in role and len(lower) > len(role) + 2 and lower.endswith(role):
                    return role, affiliation
        return None


def _verb(spec: str, lang: str) -> Verb:
    if "|" not in spec:
        return Verb(spec.lower(), None, spec.lower())
    first, second = spec.lower().split("|", 1)
    # German writes the separable particle first ("zurück|weisen"), English after ("call|on").
    if lang == "de":
        return Verb(second, first, first + second)
    return Verb(first, second, f"{first} {second}")


@cache
def load_lexicon(lang: str) -> Lexicon:
    with open(resource("lexicons") / f"{lang}.toml", "rb") as file:
        raw = tomllib.load(file)
    verbs: dict[str, list[tuple[Verb, str]]] = {}
    for relation, specs in raw["verbs"].items():
        for spec in specs:
            verb = _verb(spec, lang)
            verbs.setdefault(verb.base, []).append((verb, relation))
            if verb.particle and lang == "de":
                verbs.setdefault(verb.joined, []).append((Verb(verb.joined, None, verb.joined), relation))
    speech: dict[str, list[Verb]] = {}
    for spec in raw["speech"]["verbs"]:
        verb = _verb(spec, lang)
        speech.setdefault(verb.base, []).append(verb)
        if verb.particle and lang == "de":
            speech.setdefault(verb.joined, []).append(Verb(verb.joined, None, verb.joined))
    clause, roles = raw["clause"], raw["roles"]
    return Lexicon(
        lang=lang,
        verbs=verbs,
        nouns={noun.lower(): rel for rel, nouns in raw["nouns"].items() for noun in nouns},
        idioms=[
            (tuple(w.lower() for w in words), rel) for rel, lists in raw["idioms"].items() for words in lists
        ],
        speech_verbs=speech,
        attribution_before=tuple(raw["speech"]["before"]),
        attribution_after=frozenset(raw["speech"]["after"]),
        attribution_so=frozenset(raw["speech"]["so"]),
        complementizers=frozenset(raw["speech"]["complementizers"]),
        negations=frozenset(clause["negations"]),
        hypothetical=frozenset(clause["hypothetical"]),
        subordinators=frozenset(clause["subordinators"]),
        relative_pronouns=frozenset(clause["relative_pronouns"]),
        prepositions=frozenset(clause["prepositions"]),
        object_prepositions=frozenset(clause["object_prepositions"]),
        symmetric_prepositions=frozenset(clause["symmetric_prepositions"]),
        cause_prepositions=frozenset(clause["cause_prepositions"]),
        pronouns_person=frozenset(clause["pronouns_person"]),
        pronouns_we=frozenset(clause["pronouns_we"]),
        roles={
            phrase.lower(): affiliation
            for affiliation in ("spokespersonFor", "leaderOf", "memberOf", "advisorTo")
            for phrase in roles[affiliation]
        },
        counterparts=frozenset(w.lower() for w in roles["counterparts"]),
        not_public=tuple(w.lower() for w in roles["not_public"]),
        titles=frozenset(roles["titles"]),
        body_suffixes=tuple(raw["bodies"]["suffixes"]),
        body_nouns=frozenset(raw["bodies"]["nouns"]),
        body_anaphors=frozenset(raw["bodies"]["anaphors"]),
        groups=tuple(sorted(raw["groups"]["phrases"], key=len, reverse=True)),
        media_nouns=frozenset(w.lower() for w in raw["media"]["nouns"]),
    )
