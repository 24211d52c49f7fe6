"""Merge mentions into actors, one per real-world entity in the article.

"Wladimir Putin", "Putin" and "des russischen Staatschefs" are one actor; "Moskau" is Russia; "der
Kreml" is a body of Russia; "des Ministeriums" is the ministry named last.
"""

from __future__ import annotations

import unicodedata

from kg.extract.mentions import Found
from kg.model import Actor, ActorType, Mention


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _name_tokens(name: str) -> list[str]:
    return [_fold(t) for t in name.replace("-", " ").split() if t[:1].isalpha()]


class ActorTable:
    """Actors of one article, built mention by mention."""

    def __init__(self) -> None:
        self.actors: list[Actor] = []
        self._by_ref: dict[str, Actor] = {}
        self._people: list[Actor] = []
        self._bodies: list[Actor] = []

    def add(self, actor: Actor) -> Actor:
        self.actors.append(actor)
        return actor

    def new_key(self) -> str:
        return f"a{len(self.actors) + 1}"

    def resolve(self, found: list[Found]) -> list[Actor]:
        for f in found:
            if f.kind == "description":
                continue
            actor = self._actor_for(f)
            if actor is not None:
                f.actor = actor.key
                if not f.modifier or f.entry is not None:
                    actor.mentions.append(Mention(f.text, f.start, f.end))
        self._describe_officials(found)
        for f in found:
            if f.kind == "description":
                actor = self._match_description(f)
                if actor is not None:
                    f.actor = actor.key
                    actor.mentions.append(Mention(f.text, f.start, f.end))
        return self.actors

    def _actor_for(self, f: Found) -> Actor | None:
        if f.entry is not None:
            ref = f.entry.key
            if ref not in self._by_ref:
                self._by_ref[ref] = self.add(
                    Actor(self.new_key(), f.name, f.type, country=f.country, wikidata=f.entry.wikidata, ref=ref)
                )
            return self._by_ref[ref]
        if f.kind == "person":
            return self._person(f)
        if f.kind == "body" and f.anaphor:
            for body in reversed(self._bodies):
                if _fold(f.name)[:6] in _fold(body.name):
                    return body
            return self._bodies[-1] if self._bodies else None
        key = f"{f.type}:{f.country}:{_fold(f.name)}"
        if key not in self._by_ref:
            actor = self.add(Actor(self.new_key(), f.name, f.type, country=f.country))
            self._by_ref[key] = actor
            if f.type is ActorType.GOVERNMENT_BODY:
                self._bodies.append(actor)
        return self._by_ref[key]

    def _person(self, f: Found) -> Actor:
        tokens = _name_tokens(f.name)
        for person in reversed(self._people):
            known = _name_tokens(person.name)
            if tokens and (set(tokens) <= set(known) or set(known) <= set(tokens)):
                if len(f.name) > len(person.name):
                    person.name = f.name
                if f.type is ActorType.OFFICIAL:
                    person.type = ActorType.OFFICIAL
                return person
        actor = self.add(Actor(self.new_key(), f.name, f.type))
        self._people.append(actor)
        return actor

    def _describe_officials(self, found: list[Found]) -> None:
        """Officials take the type and country their roles give them."""
        by_key = {a.key: a for a in self.actors}
        previous_role: str | None = None
        for f in found:
            if f.kind != "person" or f.actor is None:
                continue
            actor = by_key[f.actor]
            if f.role == "counterpart":
                f.role = previous_role
            if f.type is ActorType.OFFICIAL:
                actor.type = ActorType.OFFICIAL
            target = by_key.get(f.role_target.actor) if f.role_target and f.role_target.actor else None
            if target is not None and actor.country is None:
                actor.country = target.wikidata if target.type is ActorType.STATE else target.country
            if f.role:
                previous_role = f.role

    def _match_description(self, f: Found) -> Actor | None:
        """'der russische Präsident' is the official whose role is leader of Russia."""
        by_key = {a.key: a for a in self.actors}
        target = by_key.get(f.role_target.actor) if f.role_target and f.role_target.actor else None
        candidates = [a for a in self._people if a.type is ActorType.OFFICIAL and self._roles.get(a.key) == f.role]
        if target is None:
            # "Dem Pressesprecher zufolge": the spokesperson named last before it.
            named = [a for a in candidates if any(m.start < f.start for m in a.mentions)]
            return named[-1] if named else None
        country = target.wikidata if target.type is ActorType.STATE else target.country
        for actor in candidates:
            if actor.country == country:
                return actor
        return None

    _roles: dict[str, str]

    def remember_roles(self, found: list[Found]) -> None:
        self._roles = {f.actor: f.role for f in found if f.kind == "person" and f.actor and f.role}


def resolve_actors(found: list[Found]) -> list[Actor]:
    table = ActorTable()
    table._roles = {}
    for f in found:
        if f.kind == "description":
            continue
        actor = table._actor_for(f)
        if actor is not None:
            f.actor = actor.key
            if not f.modifier or f.entry is not None:
                actor.mentions.append(Mention(f.text, f.start, f.end))
    table._describe_officials(found)
    table.remember_roles(found)
    for f in found:
        if f.kind == "description":
            actor = table._match_description(f)
            if actor is not None:
                f.actor = actor.key
                actor.mentions.append(Mention(f.text, f.start, f.end))
    return [a for a in table.actors if a.mentions]
