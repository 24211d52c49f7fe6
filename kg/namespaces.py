"""Namespaces of kg's RDF, as module constants (the rdflib way)."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

GA = Namespace("https://w3id.org/geoactor/ontology#")
"""The geoactor ontology: classes, relations and claim properties."""

KG = Namespace("https://w3id.org/geoactor/id/")
"""Base of the resources kg mints: actors, articles (one named graph each) and claims."""
ACTOR = Namespace(KG["actor/"])
ARTICLE = Namespace(KG["article/"])
CLAIM = Namespace(KG["claim/"])

# Wikidata's own vocabulary, as the Wikidata Query Service declares it, so that WDQS-style queries run
# unchanged on the local store.
WD = Namespace("http://www.wikidata.org/entity/")
WDS = Namespace("http://www.wikidata.org/entity/statement/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
P = Namespace("http://www.wikidata.org/prop/")
PS = Namespace("http://www.wikidata.org/prop/statement/")
PQ = Namespace("http://www.wikidata.org/prop/qualifier/")
WIKIBASE = Namespace("http://wikiba.se/ontology#")
SCHEMA = Namespace("http://schema.org/")  # Wikidata's: http, not https
WIKIDATA_PREFIXES: dict[str, str] = {
    "wd": str(WD), "wds": str(WDS), "wdt": str(WDT), "p": str(P), "ps": str(PS), "pq": str(PQ),
    "wikibase": str(WIKIBASE), "schema": str(SCHEMA),
}  # fmt: skip

PREFIXES: dict[str, str] = {
    "ga": str(GA),
    "kga": str(ACTOR),
    "kgart": str(ARTICLE),
    "kgc": str(CLAIM),
    **WIKIDATA_PREFIXES,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
}

__all__ = [
    "ACTOR",
    "ARTICLE",
    "CLAIM",
    "GA",
    "KG",
    "PQ",
    "PREFIXES",
    "PS",
    "SCHEMA",
    "WD",
    "WDS",
    "WDT",
    "WIKIBASE",
    "WIKIDATA_PREFIXES",
    "P",
]  # fmt: skip
