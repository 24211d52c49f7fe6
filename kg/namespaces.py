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

WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

PREFIXES: dict[str, str] = {
    "ga": str(GA),
    "kga": str(ACTOR),
    "kgart": str(ARTICLE),
    "kgc": str(CLAIM),
    "wd": str(WD),
    "wdt": str(WDT),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
}

__all__ = ["ACTOR", "ARTICLE", "CLAIM", "GA", "KG", "PREFIXES", "WD", "WDT"]
