"""Merge mentions into actors, one per real-world entity in the article.

"Wladimir Putin", "Putin" and "des russischen Staatschefs" are one actor; "Moskau" is Russia; "der
Kreml" is a body of Russia; "des Ministeriums" is the ministry named last.
"""

from __future__ import annotations

import re
import unicodedata

from kg.extract.mentions import Found
from kg.model import Actor, ActorType, Mention


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _name_tokens(name: str) -> list[str]:
    return [_fold(t) for t in name.replace("-", " ").split() if t[:1].isalpha()]


def _words_in(words: list[str], name: list[str]) -> bool:
    """Every word of `words` is a word of `name`, or is one with a genitive s."""
    return all(w in name or (w.endswith("s") and w[:-1] in name) for w in words)


# Characters between an organisation and an anaphor in the same noun phrase: "the UN's rights agency".
_SAME_PHRASE = 12


class ActorTable:
    """Actors of one article, built mention by mention."""

    def __init__(self) -> None:
        self.actors: list[Actor] = []
        self._by_ref: dict[str, Actor] = {}
        self._people: list[Actor] = []
        self._bodies: list[Actor] = []
        # what "the agency", "the organization" may refer to, with where each mention ends
        self._organisations: list[tuple[Actor, int]] = []
        self._roles: dict[str, str] = {}  # actor key -> affiliation its role phrase gives
        self._role_nouns: dict[str, str] = {}  # actor key -> the words of its role ("secretary of state")

    def resolve(self, found: list[Found]) -> list[Actor]:
        """Give every mention its actor; returns the actors that have mentions."""
        for f in found:
            if f.kind != "description":
                self._attach(f, self._actor_for(f))
        self._describe_officials(found)
        for f in found:
            if f.kind == "description":
                actor = self._match_description(f)
                if actor is None and f.standalone:
                    actor = self._unnamed_official(f)
                self._attach(f, actor)
        return [a for a in self.actors if a.mentions]

    def _unnamed_official(self, f: Found) -> Actor:
        """An official the article names only by role and body: 'a spokesperson for the State Department'."""
        by_key = {a.key: a for a in self.actors}
        target = by_key.get(f.role_target.actor) if f.role_target and f.role_target.actor else None
        country = None
        if target is not None:
            country = target.wikidata if target.type is ActorType.STATE else target.country
        name = re.sub(r"^(an?|the)\s+", "", f.text, flags=re.IGNORECASE)
        actor = self._new(name, ActorType.OFFICIAL, country=country)
        self._people.append(actor)
        self._roles[actor.key] = f.role or ""
        return actor

    def _attach(self, f: Found, actor: Actor | None) -> None:
        if actor is None:
            return
        f.actor = actor.key
        if not f.modifier or f.entry is not None:
            actor.mentions.append(Mention(f.text, f.start, f.end))

    def _new(
        self,
        name: str,
        actor_type: ActorType,
        *,
        country: str | None = None,
        wikidata: str | None = None,
        ref: str | None = None,
    ) -> Actor:
        actor = Actor(
            f"a{len(self.actors) + 1}", name, actor_type, country=country, wikidata=wikidata, ref=ref
        )
        self.actors.append(actor)
        return actor

    def _actor_for(self, f: Found) -> Actor | None:
        if f.entry is not None:
            ref = f.entry.key
            if ref not in self._by_ref:
                self._by_ref[ref] = self._new(
                    f.name, f.type, country=f.country, wikidata=f.entry.wikidata, ref=ref
                )
                if f.kind == "person":
                    self._people.append(self._by_ref[ref])
            if f.type is ActorType.INTERNATIONAL_ORGANIZATION:
                self._organisations.append((self._by_ref[ref], f.end))
            return self._by_ref[ref]
        if f.kind == "person":
            return self._person(f)
        if f.kind == "body" and f.anaphor:
            # "des Ministeriums": the ministry named last, else the body named last.
            for body in reversed(self._bodies):
                if _fold(f.name)[:6] in _fold(body.name):
                    return body
            if f.type is ActorType.INTERNATIONAL_ORGANIZATION:
                # "the agency": the organisation named last, not the troops or the ministry, nor the one
                # it belongs to ("the UN's rights agency")
                before = [a for a, end in self._organisations if f.start - end > _SAME_PHRASE]
                return before[-1] if before else None
            if not _fold(f.name).startswith("minist"):
                return self._bodies[-1] if self._bodies else None
            # "the Ministry" is no consulate or agency named before: a ministry of its own
        key = f"{f.type}:{f.country}:{_fold(f.name)}"
        if key not in self._by_ref:
            self._by_ref[key] = self._new(f.name, f.type, country=f.country)
            if f.type is ActorType.GOVERNMENT_BODY or f.kind == "acronym":
                self._bodies.append(self._by_ref[key])  # what "the ministry", "the agency" may refer to
        if f.type is ActorType.INTERNATIONAL_ORGANIZATION or f.kind == "acronym":
            self._organisations.append((self._by_ref[key], f.end))  # named last, whenever named again
        return self._by_ref[key]

    def _person(self, f: Found) -> Actor:
        """'Wladimir Putin', 'Putin' and 'Putins' are one person: one name's words contain the other's
        (a German genitive s aside)."""
        tokens = _name_tokens(f.name)
        for person in reversed(self._people):
            known = _name_tokens(person.name)
            if tokens and (_words_in(tokens, known) or _words_in(known, tokens)):
                if len(tokens) > len(known):
                    person.name = f.name
                person.country = person.country or f.country
                return person
        actor = self._new(f.name, f.type, country=f.country)
        self._people.append(actor)
        return actor

    def _describe_officials(self, found: list[Found]) -> None:
        """Officials take the type and country their roles give them; a counterpart ('seines
        Amtskollegen Xi') takes the role of the official named before."""
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
                self._roles.setdefault(actor.key, f.role)
            if f.role_noun:
                self._role_nouns.setdefault(actor.key, f.role_noun)

    def _role_match(self, actor: Actor, noun: str) -> int:
        """How well `actor`'s role words fit a description's noun: 3 the same, 2 leading them ("secretary"
        of "secretary of state"), 1 inside them ("foreign secretary", "Außenministerin"), 0 not at all."""
        words = self._role_nouns.get(actor.key, "")
        if not noun or not words:
            return 0
        return 3 if words == noun else 2 if words.startswith(noun) else 1 if noun in words else 0

    def _match_description(self, f: Found) -> Actor | None:
        """'der russische Präsident' is the official whose role is leader of Russia; 'dem Pressesprecher'
        without a country is the spokesperson named last before it."""
        by_key = {a.key: a for a in self.actors}
        target = by_key.get(f.role_target.actor) if f.role_target and f.role_target.actor else None
        candidates = [
            a for a in self._people if a.type is ActorType.OFFICIAL and self._roles.get(a.key) == f.role
        ]
        if target is None:
            named = [a for a in candidates if any(m.start < f.start for m in a.mentions)]
            # The one named with this role noun: "The Secretary" is the Secretary of State before the
            # Foreign Secretary, "The President" no prime minister. A member's role must match.
            ranked = [(self._role_match(a, f.role_noun or ""), n) for n, a in enumerate(named)]
            best = max(ranked, default=(0, -1))
            if best[0] == 0 and f.role == "memberOf":
                return None
            return named[best[1]] if best[0] > 0 else (named[-1] if named else None)
        country = target.wikidata if target.type is ActorType.STATE else target.country
        same = next((a for a in candidates if a.country == country), None)
        if same is None and country is None and len(candidates) == 1:
            return candidates[0]  # "a Foreign Ministry spokesperson": the article's only spokesperson
        return same


def resolve_actors(found: list[Found]) -> list[Actor]:
    """One actor per real-world entity of the article; sets `Found.actor` on every mention."""
    return ActorTable().resolve(found)
