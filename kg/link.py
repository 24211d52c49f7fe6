"""Link the store's actors to Wikidata and enrich the store with what Wikidata knows (`kg enrich`).

The data flows one way: `kg build` writes the article graphs, linking states, international
organisations and the bodies and outlets the gazetteer knows offline; `kg enrich` then reads the
actors from the store, links the rest, fetches Wikidata's facts about every linked item and writes two
named graphs of its own, replacing both in one transaction:

- `https://w3id.org/geoactor/id/graph/links`: `skos:exactMatch wd:Q…` for actors the article graphs
  leave unlinked, found in the gazetteer (an actor that is a gazetteer entry, or whose full name is
  one) or by Wikidata label and alias lookups. Rebuilding articles leaves it alone; enriching again
  replaces it.
- `https://w3id.org/geoactor/id/graph/wikidata`: labels, aliases and descriptions, direct claims and
  office statements of every linked item, in Wikidata's own vocabulary, plus labels and a few claims
  of the items these point to (classes, offices, member organisations, heads of state).

Candidates from the label lookups (in the article's language and English) are ranked by type first
(a human for an official, a government agency or ministry for a body, a state, an organisation …;
a candidate of no fitting type is never taken, so a building does not stand for the institution
inside it), then by country and by the article's date (an office held at that date); a tie leaves the
actor unlinked. Popularity (sitelinks, QID size) plays no part. Actors of type ga:Actor (no type
known) are not looked up.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDFS, SKOS

from kg.gazetteer import Gazetteer, default_gazetteer
from kg.model import ActorType
from kg.namespaces import ACTOR, GA, KG, WD
from kg.store import Store
from kg.wikidata import Client, Mirror, qid

log = logging.getLogger("kg.link")

LINKS_GRAPH = str(KG["graph/links"])
WIKIDATA_GRAPH = str(KG["graph/wikidata"])
OWN_GRAPHS = (LINKS_GRAPH, WIKIDATA_GRAPH)

# Most specific first: an IRI typed differently in two articles takes the first of its types here.
_TYPE_ORDER = (
    ActorType.STATE,
    ActorType.INTERNATIONAL_ORGANIZATION,
    ActorType.GOVERNMENT_BODY,
    ActorType.OFFICIAL,
    ActorType.MEDIA_OUTLET,
    ActorType.GROUP,
    ActorType.PERSON,
    ActorType.OTHER,
)
_GA_TYPES = {str(GA[t.value]): t for t in ActorType if t is not ActorType.OTHER} | {
    str(GA.Actor): ActorType.OTHER
}

# Wikidata classes (with their subclasses) that fit an actor type, and how well. A candidate of none
# of them is not taken.
HUMAN = "Q5"
_ORGANIZATION = "Q43229"
# government agency, ministry, government organisation, government
_GOVERNMENT = {"Q327333": 6, "Q192350": 6, "Q2659904": 6, "Q7188": 6}
# newspaper, daily newspaper, online newspaper, news agency, television station, broadcaster, magazine,
# radio station, news media
_MEDIA = {
    "Q11032": 6, "Q1110794": 6, "Q1153191": 6, "Q192283": 6, "Q1616075": 6, "Q15265344": 6,
    "Q41298": 6, "Q14350": 6, "Q1193236": 6,
}  # fmt: skip
CLASSES: dict[ActorType, dict[str, int]] = {
    ActorType.OFFICIAL: {HUMAN: 6},
    ActorType.PERSON: {HUMAN: 6},
    ActorType.GOVERNMENT_BODY: {**_GOVERNMENT, _ORGANIZATION: 2},
    ActorType.STATE: {"Q6256": 6, "Q3624078": 6, "Q7275": 6},  # country, sovereign state, state
    ActorType.INTERNATIONAL_ORGANIZATION: {"Q484652": 6, "Q245065": 6, "Q1127126": 6, _ORGANIZATION: 2},
    # An article's publisher may be a government body (the State Department publishes its statements).
    ActorType.MEDIA_OUTLET: {**_MEDIA, **{k: 3 for k in _GOVERNMENT}, _ORGANIZATION: 2},
    ActorType.GROUP: {_ORGANIZATION: 4, "Q7210356": 4, "Q484652": 4},  # organisation, political org.
}
_PEOPLE = (ActorType.OFFICIAL, ActorType.PERSON)
_LEADING_ARTICLES = ("the ", "The ", "der ", "die ", "das ", "Der ", "Die ", "Das ")


@dataclass(eq=False)
class StoredActor:
    """An actor as the article graphs of the store describe it, merged over articles."""

    iri: str
    types: set[ActorType] = field(default_factory=set)
    names: dict[str, list[str]] = field(default_factory=dict)  # language -> names, labels first
    countries: set[str] = field(default_factory=set)  # QIDs
    dates: set[str] = field(default_factory=set)  # article dates: YYYY, YYYY-MM or YYYY-MM-DD
    qid: str | None = None  # from the article graphs (the gazetteer at build time)

    @property
    def type(self) -> ActorType:
        return next((t for t in _TYPE_ORDER if t in self.types), ActorType.OTHER)

    @property
    def key(self) -> str:
        """The local name of the IRI: a QID, a gazetteer key or a slug."""
        return self.iri.removeprefix(str(ACTOR))


def _rows(store: Store, sparql: str) -> list[dict[str, Any]]:
    """The solutions of a SELECT query as {variable: pyoxigraph term}, unbound variables left out."""
    result = store.query(sparql)
    names = [v.value for v in result.variables]  # type: ignore[union-attr]
    return [{n: row[n] for n in names if row[n] is not None} for row in result]  # type: ignore[union-attr]


def stored_actors(store: Store) -> list[StoredActor]:
    """Every actor of the article graphs (kg's own graphs left out), with names, countries and dates."""
    actors: dict[str, StoredActor] = {}
    types = " ".join(f"<{t}>" for t in _GA_TYPES)
    articles_only = f"FILTER(?g NOT IN ({', '.join(f'<{g}>' for g in OWN_GRAPHS)}))"
    for row in _rows(
        store,
        f"SELECT DISTINCT ?actor ?type {{ GRAPH ?g {{ ?actor a ?type }} "
        f"VALUES ?type {{ {types} }} {articles_only} }}",
    ):
        if row["actor"].value.startswith(str(ACTOR)):
            actors.setdefault(row["actor"].value, StoredActor(row["actor"].value)).types.add(
                _GA_TYPES[row["type"].value]
            )
    for row in _rows(
        store,
        f"SELECT DISTINCT ?actor ?name ?kind {{ GRAPH ?g {{ ?actor a ?type ; ?kind ?name }} "
        f"VALUES ?type {{ {types} }} VALUES ?kind {{ rdfs:label skos:altLabel }} {articles_only} }}",
    ):
        actor, name = actors.get(row["actor"].value), row["name"]
        if actor is None or not name.value.strip():
            continue
        names = actor.names.setdefault(name.language or "und", [])
        if name.value not in names:
            names.insert(0 if row["kind"].value == str(RDFS.label) else len(names), name.value)
    for row in _rows(
        store,
        f"SELECT DISTINCT ?actor ?country {{ GRAPH ?g {{ ?actor ga:country ?country }} {articles_only} }}",
    ):
        actor, country = actors.get(row["actor"].value), row["country"].value.removeprefix(str(ACTOR))
        if actor is not None and country[:1] == "Q" and country[1:].isdigit():
            actor.countries.add(country)
    for row in _rows(
        store,
        f"SELECT DISTINCT ?actor ?match {{ GRAPH ?g {{ ?actor skos:exactMatch ?match }} {articles_only} }}",
    ):
        actor, found = actors.get(row["actor"].value), qid(URIRef(row["match"].value))
        if actor is not None and found:
            actor.qid = found
    for row in _rows(
        store,
        "SELECT DISTINCT ?actor ?date { GRAPH ?g { ?g dcterms:issued ?date . "
        "{ ?g ga:mentions ?actor } UNION { ?g dcterms:publisher ?actor } } }",
    ):
        actor = actors.get(row["actor"].value)
        if actor is not None:
            actor.dates.add(row["date"].value)
    for actor in actors.values():
        if actor.type is ActorType.STATE and actor.qid:
            actor.countries.add(actor.qid)
    return sorted(actors.values(), key=lambda a: a.iri)


# ---- the gazetteer, offline -------------------------------------------------------------------------


def _compatible(actor_type: ActorType, entry_type: ActorType) -> bool:
    if actor_type is entry_type:
        return True
    return actor_type is ActorType.MEDIA_OUTLET and entry_type in (
        ActorType.GOVERNMENT_BODY,
        ActorType.INTERNATIONAL_ORGANIZATION,
    )


def gazetteer_link(actor: StoredActor, gazetteer: Gazetteer) -> str | None:
    """The QID the gazetteer gives: the actor is an entry, or one of its names is wholly an entry's
    name or abbreviation (an article's publisher, which extraction does not match)."""
    entry = gazetteer.entries.get(actor.key)
    if entry is not None:
        return entry.wikidata
    for lang, names in actor.names.items():
        for name in names:
            hits = gazetteer.match(name, lang if lang in ("de", "en") else "en")
            if (
                len(hits) == 1
                and (hits[0].start, hits[0].end) == (0, len(name))
                and hits[0].kind in ("name", "abbreviation")
                and hits[0].entry.wikidata
                and _compatible(actor.type, hits[0].entry.type)
            ):
                return hits[0].entry.wikidata
    return None


def lookup_names(actor: StoredActor, gazetteer: Gazetteer) -> set[tuple[str, str]]:
    """(name, language) pairs to look up: the actor's names in its articles' languages and in
    English, and its gazetteer names in those languages."""
    by_lang = {lang: list(names) for lang, names in actor.names.items()}
    entry = gazetteer.entries.get(actor.key)
    if entry is not None:
        for lang in {*by_lang, "en"}:
            by_lang.setdefault(lang, []).extend(entry.names.get(lang, [])[:3])
    pairs: set[tuple[str, str]] = set()
    for lang, names in by_lang.items():
        for raw in names[:8]:
            name = raw.strip()
            for article in _LEADING_ARTICLES:
                name = name.removeprefix(article)
            if len(name) < 2 or name.islower():
                continue
            for language in {lang, "en"} - {"und"}:
                pairs.add((name, language))
    return pairs


# ---- ranking ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    qid: str
    score: int
    reasons: tuple[str, ...]


def _covers(start: str | None, end: str | None, date: str) -> bool:
    """Whether [start, end] overlaps the article's date at the date's own precision."""
    n = len(date)
    return (start is None or start[:n] <= date) and (end is None or end[:n] >= date)


def score(actor: StoredActor, item: str, mirror: Mirror) -> Candidate | None:
    """How well the Wikidata item fits the actor; None when its type does not fit at all."""
    wanted = CLASSES.get(actor.type, {})
    classes = mirror.classes(item)
    fit = max((points for cls, points in wanted.items() if cls in classes), default=0)
    if not fit:
        return None
    total, reasons = fit, [f"type {fit}"]
    names = {name for names in actor.names.values() for name in names}
    labels = {
        label
        for lang, found in mirror.labels(item).items()
        if lang in (*actor.names, "en")
        for label in found
    }
    if names & labels:
        total += 2
        reasons.append("label")
    if actor.type in _PEOPLE:
        offices = mirror.statements(item, "P39")
        held_in = set().union(
            *(mirror.values(office, "P1001") | mirror.values(office, "P17") for office, _, _ in offices)
        )
        citizen_of = mirror.values(item, "P27")
        if actor.countries:
            if actor.countries & (citizen_of | held_in):
                total += 3
                reasons.append("country")
            elif citizen_of:
                total -= 3
                reasons.append("other country")
        if offices:
            total += 2
            reasons.append("public office")
            if any(_covers(start, end, date) for _, start, end in offices for date in actor.dates):
                total += 3
                reasons.append("office at the article's date")
    else:
        countries = mirror.values(item, "P17") | mirror.values(item, "P1001")
        if actor.countries and countries:
            if actor.countries & countries:
                total += 3
                reasons.append("country")
            else:
                total -= 3
                reasons.append("other country")
        if actor.dates:
            inception = min((d for d in mirror.literals(item, "P571")), default=None)
            dissolved = max((d for d in mirror.literals(item, "P576")), default=None)
            if inception and all(date < inception[: len(date)] for date in actor.dates):
                total -= 3
                reasons.append("founded later")
            if dissolved and all(date > dissolved[: len(date)] for date in actor.dates):
                total -= 3
                reasons.append("dissolved before")
    return Candidate(item, total, tuple(reasons))


def choose(
    actor: StoredActor, candidates: Iterable[str], mirror: Mirror
) -> tuple[str | None, list[Candidate]]:
    """The best candidate, or None when none fits, the best two tie, or a one-word name of a
    person has nothing but its type and label for it; with every fitting candidate, best first."""
    ranked = sorted(
        (c for c in (score(actor, item, mirror) for item in set(candidates)) if c is not None),
        key=lambda c: (-c.score, c.qid),
    )
    if not ranked or (len(ranked) > 1 and ranked[0].score == ranked[1].score):
        return None, ranked
    best = ranked[0]
    one_word = all(len(name.split()) == 1 for names in actor.names.values() for name in names)
    if (
        actor.type in _PEOPLE
        and one_word
        and not {"country", "office at the article's date"} & set(best.reasons)
    ):
        return None, ranked
    return best.qid, ranked


def link_online(
    actors: list[StoredActor], mirror: Mirror, gazetteer: Gazetteer
) -> dict[StoredActor, tuple[str | None, list[Candidate]]]:
    """Look the actors up by label and alias, fetch the candidates' facts and classes, and choose."""
    names = {actor.iri: lookup_names(actor, gazetteer) for actor in actors}
    found = mirror.find(set().union(*names.values()))
    candidates = {
        actor.iri: set().union(*(found.get(pair, set()) for pair in names[actor.iri])) for actor in actors
    }
    everyone = set().union(*candidates.values())
    mirror.fetch(everyone)
    mirror.superclasses({cls for item in everyone for cls in mirror.values(item, "P31")})
    chosen = {}
    for actor in actors:
        chosen[actor] = choose(actor, candidates[actor.iri], mirror)
        if chosen[actor][0]:
            log.debug("%s -> %s %s", actor.iri, chosen[actor][0], chosen[actor][1][0].reasons)
    return chosen


# ---- enrich -----------------------------------------------------------------------------------------


@dataclass
class Report:
    """What `kg enrich` did."""

    actors: int = 0
    linked_before: int = 0
    from_gazetteer: dict[str, str] = field(default_factory=dict)  # actor IRI -> QID
    from_wikidata: dict[str, str] = field(default_factory=dict)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    unmatched: list[str] = field(default_factory=list)
    not_looked_up: list[str] = field(default_factory=list)  # type ga:Actor
    items: int = 0
    references: int = 0
    triples: int = 0
    links: int = 0
    missing_names: int = 0
    missing_items: list[str] = field(default_factory=list)


def enrich(
    store: Store,
    client: Client,
    languages: Iterable[str],
    *,
    gazetteer: Gazetteer | None = None,
) -> Report:
    """Link the store's actors and replace kg's links and Wikidata graphs, in one transaction.

    Everything is fetched before anything is written: an endpoint that fails raises WikidataError and
    leaves the store as it was. Offline (`client.offline`), what the cache lacks is counted in the report.
    """
    gazetteer = gazetteer or default_gazetteer()
    mirror = Mirror(client, tuple(languages))
    actors = stored_actors(store)
    report = Report(actors=len(actors))
    links: dict[str, str] = {}

    todo: list[StoredActor] = []
    for actor in actors:
        if actor.qid:
            report.linked_before += 1
            continue
        found = gazetteer_link(actor, gazetteer)
        if found:
            links[actor.iri] = report.from_gazetteer[actor.iri] = found
        elif actor.type is ActorType.OTHER:
            report.not_looked_up.append(actor.iri)
        else:
            todo.append(actor)

    for actor, (best, ranked) in link_online(todo, mirror, gazetteer).items():
        if best:
            links[actor.iri] = report.from_wikidata[actor.iri] = best
        elif len(ranked) > 1 and ranked[0].score == ranked[1].score:
            report.ambiguous[actor.iri] = [c.qid for c in ranked if c.score == ranked[0].score]
        else:
            report.unmatched.append(actor.iri)

    # kg's QID-named actors (kga:Q30 as some actor's country) that no graph links yet.
    linked = {a.iri for a in actors if a.qid} | set(links)
    for iri in _qid_named_iris(store):
        if iri not in linked:
            links[iri] = iri.removeprefix(str(ACTOR))

    # Enrich: everything about linked items, labels and a few claims of what they point to.
    items = {a.qid for a in actors if a.qid} | set(links.values())
    mirror.fetch(items)
    references = mirror.references(items & mirror.full)
    mirror.superclasses(references, depth=3)
    references = mirror.ancestors(references)
    wikidata = mirror.item_graph(WIKIDATA_GRAPH, items & mirror.full, references)
    _describe(wikidata, client.endpoint)
    links_graph = Graph(identifier=URIRef(LINKS_GRAPH))
    links_graph.bind("skos", SKOS)
    links_graph.bind("wd", WD)
    for iri, item in sorted(links.items()):
        links_graph.add((URIRef(iri), SKOS.exactMatch, WD[item]))

    report.triples = store.replace_graphs([wikidata, links_graph])
    report.items = len(items & mirror.full)
    report.references = len((references - items) & (mirror.full | mirror.referenced))
    report.links = len(links)
    report.missing_names = len(mirror.missing_names)
    report.missing_items = sorted(mirror.missing, key=lambda q: int(q[1:]))
    return report


def _qid_named_iris(store: Store) -> set[str]:
    """kga:Q… IRIs used in the article graphs, as actors or as countries."""
    own = ", ".join(f"<{g}>" for g in OWN_GRAPHS)
    rows = _rows(
        store,
        f"SELECT DISTINCT ?x {{ GRAPH ?g {{ {{ ?x a ?type }} UNION {{ ?actor ga:country ?x }} }} "
        f"FILTER(?g NOT IN ({own}) && STRSTARTS(STR(?x), STR(kga:Q))) }}",
    )
    return {row["x"].value for row in rows if row["x"].value.removeprefix(str(ACTOR))[1:].isdigit()}


def _describe(graph: Graph, endpoint: str) -> None:
    """Where the Wikidata graph comes from, on the graph's own IRI."""
    graph.add((URIRef(str(graph.identifier)), DCTERMS.source, URIRef(endpoint)))
