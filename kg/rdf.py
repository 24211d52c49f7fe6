"""Map extracted actors and claims to RDF in the geoactor ontology, one named graph per article.

The graph of an article is named by the article's IRI and holds everything kg knows from it: the
article's metadata, the actors as the article names them, every claim as a `ga:Claim` node and, for
asserted claims with an object, the direct triple (`?china ga:supports ?russia`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.model import Actor, ActorType, ArticleExtraction, Claim
from kg.namespaces import ACTOR, ARTICLE, CLAIM, GA, PREFIXES, WD

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def slug(text: str) -> str:
    """ASCII slug of a name: 'Weißes Haus' -> 'weisses-haus'."""
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return _NON_SLUG.sub("-", folded).strip("-") or "x"


def actor_iri(actor: Actor) -> URIRef:
    """Stable across articles: the Wikidata QID, else the gazetteer key, else a slug of the name."""
    return ACTOR[actor.wikidata or actor.ref or slug(actor.name)]


def outlet_iri(outlet: str) -> URIRef:
    return ACTOR[slug(outlet)]


def article_iri(article_id: str) -> URIRef:
    return ARTICLE[quote(article_id, safe="-._~")]


def claim_iri(article_id: str, claim: Claim, actors: dict[str, URIRef]) -> URIRef:
    """Deterministic, so that rebuilding an article gives the same claim IRIs."""
    parts = (
        claim.relation,
        actors[claim.subject],
        actors.get(claim.object or "", ""),
        actors.get(claim.attributed_to or "", ""),
        claim.start,
        claim.end,
    )
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]
    return CLAIM[f"{quote(article_id, safe='-._~')}/{digest}"]


def date_literal(date: str) -> Literal:
    return Literal(date, datatype=_DATE_TYPES[len(date)])


def _lang_literal(text: str, lang: str | None) -> Literal:
    return Literal(text, lang=lang or "und")


def article_graph(extraction: ArticleExtraction) -> Graph:
    """The named graph of one article."""
    article = extraction.article
    graph = Graph(identifier=article_iri(article.id))
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    node = graph.identifier
    graph.add((node, RDF.type, GA.Article))
    graph.add((node, DCTERMS.identifier, Literal(article.id)))
    if article.title:
        graph.add((node, DCTERMS.title, _lang_literal(article.title, article.lang)))
    if article.lang:
        graph.add((node, DCTERMS.language, Literal(article.lang, datatype=XSD.language)))
    if article.date:
        graph.add((node, DCTERMS.issued, date_literal(article.date)))
    if article.url:
        graph.add((node, DCTERMS.source, URIRef(article.url)))
    if article.outlet:
        outlet = outlet_iri(article.outlet)
        graph.add((node, DCTERMS.publisher, outlet))
        graph.add((outlet, RDF.type, GA.MediaOutlet))
        graph.add((outlet, RDFS.label, _lang_literal(article.outlet, article.lang)))

    iris = {actor.key: actor_iri(actor) for actor in extraction.actors}
    for actor in extraction.actors:
        _add_actor(graph, actor, iris[actor.key], article.lang)
        graph.add((node, GA.mentions, iris[actor.key]))
    for claim in extraction.claims:
        _add_claim(graph, claim, claim_iri(article.id, claim, iris), iris, node)
    return graph


def _add_actor(graph: Graph, actor: Actor, iri: URIRef, lang: str | None) -> None:
    graph.add((iri, RDF.type, GA[actor.type.value] if actor.type is not ActorType.OTHER else GA.Actor))
    graph.add((iri, RDFS.label, _lang_literal(actor.name, lang)))
    for name in actor.names[1:]:
        graph.add((iri, SKOS.altLabel, _lang_literal(name, lang)))
    if actor.wikidata:
        graph.add((iri, SKOS.exactMatch, WD[actor.wikidata]))
    if actor.country and actor.country != actor.wikidata:
        graph.add((iri, GA.country, ACTOR[actor.country]))


def _add_claim(graph: Graph, claim: Claim, node: URIRef, iris: dict[str, URIRef], article: URIRef) -> None:
    relation = GA[claim.relation]
    subject = iris[claim.subject]
    graph.add((node, RDF.type, GA.Claim))
    graph.add((node, GA.relation, relation))
    graph.add((node, GA.subject, subject))
    if claim.object:
        graph.add((node, GA.object, iris[claim.object]))
    if claim.attributed_to:
        graph.add((node, GA.attributedTo, iris[claim.attributed_to]))
    graph.add((node, GA.negated, Literal(claim.negated)))
    graph.add((node, GA.hypothetical, Literal(claim.hypothetical)))
    graph.add((node, GA.evidence, Literal(claim.evidence)))
    graph.add((node, GA.beginIndex, Literal(claim.start, datatype=XSD.integer)))
    graph.add((node, GA.endIndex, Literal(claim.end, datatype=XSD.integer)))
    graph.add((node, GA.sentence, Literal(claim.sentence)))
    confidence = Decimal(str(round(claim.confidence, 3)))
    graph.add((node, GA.confidence, Literal(confidence, datatype=XSD.decimal)))
    graph.add((node, GA.extractorVersion, Literal(claim.extractor)))
    graph.add((node, PROV.wasDerivedFrom, article))
    if claim.object and not claim.negated and not claim.hypothetical:
        graph.add((subject, relation, iris[claim.object]))


def to_dataset(extractions: Iterable[ArticleExtraction]) -> Dataset:
    """All article graphs in one rdflib Dataset (for TriG and Turtle output)."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    for extraction in extractions:
        graph = article_graph(extraction)
        named = dataset.graph(graph.identifier)
        for triple in graph:
            named.add(triple)
    return dataset
