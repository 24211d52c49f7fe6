"""The plain data classes that cross kg's stages.

Extraction produces them from articles; the RDF mapping, the JSON lines writer and the exports consume
them. Nothing else travels between stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ActorType(StrEnum):
    """Closed set of actor types; the values are the local names of the ontology classes."""

    STATE = "State"
    OFFICIAL = "Official"
    GOVERNMENT_BODY = "GovernmentBody"
    INTERNATIONAL_ORGANIZATION = "InternationalOrganization"
    MEDIA_OUTLET = "MediaOutlet"
    GROUP = "Group"
    PERSON = "Person"
    OTHER = "Other"


# Relations between actors, as local names of the ontology's object properties (`ga:supports` …).
INTERACTIONS: tuple[str, ...] = (
    "supports", "criticizes", "accuses", "denies", "rejects", "demands", "warns", "threatens",
    "meets", "cooperates", "agrees", "sanctions", "aids", "attacks", "announces",
    "protests", "coerces", "withdraws", "concedes", "mobilizes", "investigates", "fights",
)  # fmt: skip
AFFILIATIONS: tuple[str, ...] = ("spokespersonFor", "leaderOf", "memberOf", "advisorTo")
RELATIONS: tuple[str, ...] = INTERACTIONS + AFFILIATIONS


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from the input; `text` is the body without leading metadata."""

    id: str
    text: str
    lang: str | None = None
    date: str | None = None  # ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    source: str | None = None  # where it was read from: "path" or "path:line"


@dataclass(frozen=True, slots=True)
class Mention:
    """A surface form of an actor in the article text; `start`/`end` are character offsets."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Actor:
    """One real-world actor as it appears in one article.

    `key` is unique within the article ("a1", "a2" …). `ref` identifies the actor across articles
    when a list knows it (a Wikidata QID or a gazetteer key). `country` and `wikidata` are QIDs.
    """

    key: str
    name: str
    type: ActorType
    mentions: list[Mention] = field(default_factory=list)
    country: str | None = None
    wikidata: str | None = None
    ref: str | None = None

    @property
    def names(self) -> list[str]:
        """The canonical name first, then every other distinct surface form, in text order."""
        seen = {self.name: None}
        for mention in self.mentions:
            seen.setdefault(mention.text, None)
        return list(seen)


@dataclass(slots=True)
class Claim:
    """A relation between actors stated in an article.

    `subject`, `object` and `attributed_to` are actor keys of the same article. `attributed_to` is
    the speaker who reports the relation when that is not the subject itself. `start`/`end` are the
    character offsets of `evidence` in the article text.
    """

    subject: str
    relation: str
    object: str | None
    evidence: str
    start: int
    end: int
    sentence: str
    attributed_to: str | None = None
    negated: bool = False
    hypothetical: bool = False  # future, conditional or merely possible, not stated as fact
    confidence: float = 0.5
    extractor: str = ""


@dataclass(slots=True)
class ArticleExtraction:
    """Everything extraction found in one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def actor(self, key: str) -> Actor:
        for candidate in self.actors:
            if candidate.key == key:
                return candidate
        raise KeyError(key)
