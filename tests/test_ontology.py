"""The geoactor ontology (ontology/geoactor.ttl) and the SHACL shapes (ontology/shapes.ttl).

The ontology must declare every term kg's RDF uses, with labels in English and German; the relations
must equal kg.model.RELATIONS and carry sound CAMEO codes and PLOVER categories; the shapes must accept
a well-formed article graph and reject each kind of broken one (validated on the data graph alone, no
inference, as kg does).
"""

from __future__ import annotations

import csv
import importlib
import importlib.util
import re
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "geoactor.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
SHARED = ROOT.parent / "shared"
CAMEO_CSV = SHARED / "data" / "cameo" / "icews-cameo-codes.csv"
SCORER = SHARED / "eval" / "score.py"

GA = Namespace("https://w3id.org/geoactor/ontology#")
GASH = Namespace("https://w3id.org/geoactor/shapes#")
VANN = Namespace("http://purl.org/vocab/vann/")
# A plain Namespace: rdflib's closed XSD warns when pytest probes module attributes.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
ACTOR = Namespace("https://w3id.org/geoactor/id/actor/")
ARTICLE = Namespace("https://w3id.org/geoactor/id/article/")
CLAIM = Namespace("https://w3id.org/geoactor/id/claim/")
WD = Namespace("http://www.wikidata.org/entity/")
ONTOLOGY_IRI = URIRef("https://w3id.org/geoactor/ontology")


def _import_model() -> ModuleType:
    """kg.model, also from a checkout where kg is not installed."""
    try:
        return importlib.import_module("kg.model")
    except ModuleNotFoundError:
        sys.path.insert(0, str(ROOT))
        return importlib.import_module("kg.model")


model = _import_model()

ACTOR_CLASSES = (
    "Actor", "State", "GovernmentBody", "InternationalOrganization", "MediaOutlet", "Group", "Person",
    "Official",
)  # fmt: skip
CLASSES = (*ACTOR_CLASSES, "Article", "Claim", "Relation", "Interaction", "Affiliation")
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
# Interactions that PLOVER does not code: public statements (CAMEO 01) were eliminated from PLOVER.
NO_PLOVER = {"announces"}
# Where kg's scorer keeps a coarse class that PLOVER folds into another (or does not have).
SCORER_ONLY = {"fights": "FIGHT", "investigates": "INVESTIGATE", "announces": "STATEMENT"}

# (local name, OWL type, domain, range) of every property the ontology declares.
PROPERTIES = (
    ("relation", OWL.ObjectProperty, GA.Claim, GA.Relation),
    ("subject", OWL.ObjectProperty, GA.Claim, GA.Actor),
    ("object", OWL.ObjectProperty, GA.Claim, GA.Actor),
    ("attributedTo", OWL.ObjectProperty, GA.Claim, GA.Actor),
    ("negated", OWL.DatatypeProperty, GA.Claim, XSD.boolean),
    ("hypothetical", OWL.DatatypeProperty, GA.Claim, XSD.boolean),
    ("evidence", OWL.DatatypeProperty, GA.Claim, XSD.string),
    ("beginIndex", OWL.DatatypeProperty, GA.Claim, XSD.integer),
    ("endIndex", OWL.DatatypeProperty, GA.Claim, XSD.integer),
    ("sentence", OWL.DatatypeProperty, GA.Claim, XSD.string),
    ("confidence", OWL.DatatypeProperty, GA.Claim, XSD.decimal),
    ("extractorVersion", OWL.DatatypeProperty, GA.Claim, XSD.string),
    ("country", OWL.ObjectProperty, GA.Actor, GA.State),
    ("mentions", OWL.ObjectProperty, GA.Article, GA.Actor),
    ("cameoCode", OWL.AnnotationProperty, None, XSD.string),
    ("ploverCategory", OWL.AnnotationProperty, None, XSD.string),
)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def langs(graph: Graph, subject: URIRef, predicate: URIRef) -> set[str | None]:
    return {o.language for o in graph.objects(subject, predicate) if isinstance(o, Literal)}


def local(iri: URIRef) -> str:
    assert str(iri).startswith(str(GA)), iri
    return str(iri)[len(str(GA)) :]


def relation_names(onto: Graph, kind: URIRef) -> set[str]:
    return {local(s) for s in onto.subjects(RDF.type, kind)}


# --- ontology ------------------------------------------------------------------------------------


def test_files_parse(onto, shapes):
    assert len(onto) > 300
    assert len(shapes) > 100


def test_ontology_header(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert langs(onto, ONTOLOGY_IRI, DCTERMS.title) >= {"en"}
    assert langs(onto, ONTOLOGY_IRI, DCTERMS.description) >= {"en"}
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert onto.value(ONTOLOGY_IRI, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert onto.value(ONTOLOGY_IRI, DCTERMS.created).datatype == XSD.date
    assert str(onto.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix)) == "ga"
    assert str(onto.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri)) == str(GA)
    # Everything must load offline.
    assert not list(onto.triples((None, OWL.imports, None)))


def test_no_geosparql_prefix():
    # geo: is GeoSPARQL's; kg's prefix is ga:.
    for path in (ONTOLOGY, SHAPES):
        assert not re.search(r"@prefix\s+geo:", path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", CLASSES)
def test_class_declared(onto, name):
    cls = GA[name]
    assert (cls, RDF.type, OWL.Class) in onto
    assert {"en", "de"} <= langs(onto, cls, RDFS.label)
    assert "en" in langs(onto, cls, SKOS.definition)


def test_class_hierarchy(onto):
    expected = {
        GA.Actor: PROV.Agent,
        GA.State: GA.Actor,
        GA.GovernmentBody: GA.Actor,
        GA.InternationalOrganization: GA.Actor,
        GA.MediaOutlet: GA.Actor,
        GA.Group: GA.Actor,
        GA.Person: GA.Actor,
        GA.Official: GA.Person,
        GA.Article: PROV.Entity,
        GA.Claim: PROV.Entity,
        GA.Interaction: GA.Relation,
        GA.Affiliation: GA.Relation,
    }
    for cls, parent in expected.items():
        assert (cls, RDFS.subClassOf, parent) in onto, (cls, parent)


@pytest.mark.parametrize(("name", "kind", "domain", "range_"), PROPERTIES)
def test_property_declared(onto, name, kind, domain, range_):
    prop = GA[name]
    assert (prop, RDF.type, kind) in onto
    assert {"en", "de"} <= langs(onto, prop, RDFS.label)
    assert langs(onto, prop, RDFS.comment) | langs(onto, prop, SKOS.definition) >= {"en"}
    if domain is not None:
        assert set(onto.objects(prop, RDFS.domain)) == {domain}
    assert set(onto.objects(prop, RDFS.range)) == {range_}


def test_attributed_to_specialises_prov(onto):
    assert (GA.attributedTo, RDFS.subPropertyOf, PROV.wasAttributedTo) in onto


def test_exact_match_choice_documented(onto):
    comment = " ".join(str(o) for o in onto.objects(GA.Actor, RDFS.comment))
    assert "skos:exactMatch" in comment and "owl:sameAs" in comment


def test_direct_triples_documented(onto):
    comment = " ".join(str(o) for o in onto.objects(GA.Relation, RDFS.comment))
    assert "direct triple" in comment.lower()


def test_relations_equal_model(onto):
    assert relation_names(onto, GA.Interaction) == set(model.INTERACTIONS)
    assert relation_names(onto, GA.Affiliation) == set(model.AFFILIATIONS)
    assert len(model.RELATIONS) == len(set(model.RELATIONS)) == 26


def test_relation_list_in_shapes_equals_model(shapes):
    lists = list(shapes.objects(GASH["Claim-relation"], SH["in"]))
    assert len(lists) == 1
    assert [local(iri) for iri in Collection(shapes, lists[0])] == list(model.RELATIONS)


def test_actor_types_are_classes(onto):
    for actor_type in model.ActorType:
        # "Other" is just ga:Actor.
        cls = GA.Actor if actor_type.value == "Other" else GA[actor_type.value]
        assert (cls, RDF.type, OWL.Class) in onto, actor_type


@pytest.mark.parametrize("name", model.RELATIONS)
def test_relation_property(onto, name):
    prop = GA[name]
    kind = GA.Interaction if name in model.INTERACTIONS else GA.Affiliation
    assert (prop, RDF.type, OWL.ObjectProperty) in onto
    assert (prop, RDF.type, kind) in onto
    assert set(onto.objects(prop, RDFS.domain)) == {GA.Actor}
    assert set(onto.objects(prop, RDFS.range)) == {GA.Actor}
    assert langs(onto, prop, RDFS.label) == {"en", "de"}
    assert {"en", "de"} <= langs(onto, prop, SKOS.definition)


def cameo_codes(onto: Graph, name: str) -> list[Literal]:
    return list(onto.objects(GA[name], GA.cameoCode))


def test_cameo_codes_are_digit_strings(onto):
    for name in model.INTERACTIONS:
        codes = cameo_codes(onto, name)
        assert codes, f"{name} has no ga:cameoCode"
        for code in codes:
            assert isinstance(code, Literal) and code.language is None, (name, code)
            assert code.datatype in (None, XSD.string), (name, code)
            # Codes are strings that keep their leading zeros: "051", never 51.
            assert re.fullmatch(r"[0-2][0-9]{1,3}", str(code)), (name, code)
    for name in model.AFFILIATIONS:
        # Affiliations are not events: CAMEO has no event code for them.
        assert not cameo_codes(onto, name), name


def test_no_cameo_code_is_shared(onto):
    seen: dict[str, URIRef] = {}
    for prop, code in onto.subject_objects(GA.cameoCode):
        assert seen.setdefault(str(code), prop) == prop, f"{code} given to {seen[str(code)]} and {prop}"


@pytest.fixture(scope="module")
def codebook() -> list[str]:
    if not CAMEO_CSV.is_file():
        pytest.skip(f"CAMEO codebook not found at {CAMEO_CSV}")
    with CAMEO_CSV.open(encoding="utf-8", errors="replace", newline="") as f:
        return [row["code"] for row in csv.DictReader(f)]


def test_cameo_codes_exist(onto, codebook):
    known = set(codebook)
    for prop, code in onto.subject_objects(GA.cameoCode):
        assert str(code) in known, (local(prop), str(code))


def test_cameo_longest_prefix_partition(onto, codebook):
    """Mapped by longest prefix, every CAMEO event code falls under exactly one interaction.

    Only the bare roots of the two families kg splits (05 between supports, cooperates, concedes and
    agrees; 08 between concedes and withdraws) stay unmapped.
    """
    codes = {str(code): local(prop) for prop, code in onto.subject_objects(GA.cameoCode)}
    unmapped = []
    for event in codebook:
        prefixes = [c for c in codes if event.startswith(c)]
        if not prefixes:
            unmapped.append(event)
    assert unmapped == ["05", "08"]
    # Spot checks of the edge choices documented in the ontology.
    best = {
        e: codes[max((c for c in codes if e.startswith(c)), key=len)] for e in codebook if e not in unmapped
    }
    assert best["051"] == "supports"
    assert best["016"] == "denies"
    assert best["1123"] == "accuses" and best["111"] == "criticizes"
    assert best["130"] == "warns" and best["1384"] == "threatens"
    assert best["0874"] == "withdraws" and best["083"] == "concedes"
    assert best["190"] == "attacks" and best["193"] == "fights" and best["191"] == "coerces"
    assert best["020"] == "demands" and best["1056"] == "demands"
    assert best["057"] == "agrees" and best["050"] == "cooperates"


def test_plover_categories(onto):
    for name in model.INTERACTIONS:
        cats = [str(c) for c in onto.objects(GA[name], GA.ploverCategory)]
        if name in NO_PLOVER:
            assert cats == [], name
        else:
            assert len(cats) == 1 and cats[0] in PLOVER, (name, cats)
    for name in model.AFFILIATIONS:
        assert not list(onto.objects(GA[name], GA.ploverCategory)), name


def test_plover_categories_agree_with_scorer(onto):
    """The scorer's coarse classes are PLOVER's, except where PLOVER folds a class kg keeps apart."""
    if not SCORER.is_file():
        pytest.skip(f"scorer not found at {SCORER}")
    spec = importlib.util.spec_from_file_location("kg_eval_score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    for name in model.INTERACTIONS:
        cat = onto.value(GA[name], GA.ploverCategory)
        expected = SCORER_ONLY.get(name, str(cat))
        assert score.COARSE[name] == expected, (name, score.COARSE[name], cat)


def test_shapes_use_only_declared_terms(onto, shapes):
    declared = set(onto.subjects(RDF.type, None))
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and str(t).startswith(str(GA))}
    assert used, "the shapes use no ga: term"
    assert used <= declared, used - declared


def test_shapes_are_named_and_explained(shapes):
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    property_shapes = set(shapes.subjects(RDF.type, SH.PropertyShape))
    sparql = set(shapes.subjects(RDF.type, SH.SPARQLConstraint))
    assert len(node_shapes) == 3 and len(property_shapes) >= 20 and sparql
    for shape in node_shapes | property_shapes | sparql:
        assert shapes.value(shape, SH.name), shape
    for shape in property_shapes | sparql:
        assert shapes.value(shape, SH.message), shape
    # Every property shape hangs off a node shape.
    attached = {o for s in node_shapes for o in shapes.objects(s, SH.property)}
    assert property_shapes <= attached


def test_actor_shape_targets_every_actor_class(shapes):
    targets = set(shapes.objects(GASH.ActorShape, SH.targetClass))
    assert targets == {GA[name] for name in ACTOR_CLASSES}


# --- shapes against data -------------------------------------------------------------------------

CHINA, RUSSIA, USA, KIRBY = ACTOR.Q148, ACTOR.Q159, ACTOR.Q30, ACTOR["john-kirby"]
ART, CLM = ARTICLE["test-article"], CLAIM["test-article-1"]


def valid_graph() -> Graph:
    """One article graph as kg writes it: actors, the article, one claim and its direct triple."""
    g = Graph()
    g.add((CHINA, RDF.type, GA.State))
    g.add((CHINA, RDFS.label, Literal("China", lang="de")))
    g.add((CHINA, SKOS.altLabel, Literal("Peking", lang="de")))
    g.add((CHINA, SKOS.exactMatch, WD.Q148))
    g.add((RUSSIA, RDF.type, GA.State))
    g.add((RUSSIA, RDFS.label, Literal("Russland", lang="de")))
    g.add((RUSSIA, SKOS.altLabel, Literal("Moskau", lang="de")))
    g.add((RUSSIA, SKOS.exactMatch, WD.Q159))
    g.add((USA, RDF.type, GA.State))
    g.add((USA, RDFS.label, Literal("USA", lang="de")))
    g.add((KIRBY, RDF.type, GA.Official))
    g.add((KIRBY, RDFS.label, Literal("John Kirby", lang="de")))
    g.add((KIRBY, GA.country, USA))

    g.add((ART, RDF.type, GA.Article))
    g.add((ART, DCTERMS.identifier, Literal("test-article")))
    g.add((ART, DCTERMS.title, Literal("Ein Testartikel", lang="de")))
    g.add((ART, DCTERMS.language, Literal("de", datatype=XSD.language)))
    g.add((ART, DCTERMS.issued, Literal("2022-02", datatype=XSD.gYearMonth)))
    g.add((ART, DCTERMS.source, URIRef("https://example.org/news/test-article")))
    for actor in (CHINA, RUSSIA, USA, KIRBY):
        g.add((ART, GA.mentions, actor))

    g.add((CLM, RDF.type, GA.Claim))
    g.add((CLM, GA.relation, GA.supports))
    g.add((CLM, GA.subject, CHINA))
    g.add((CLM, GA.object, RUSSIA))
    g.add((CLM, GA.attributedTo, KIRBY))
    g.add((CLM, GA.negated, Literal(False)))
    g.add((CLM, GA.hypothetical, Literal(False)))
    g.add((CLM, GA.evidence, Literal("sich an die Seite Russlands zu stellen")))
    g.add((CLM, GA.beginIndex, Literal(40, datatype=XSD.integer)))
    g.add((CLM, GA.endIndex, Literal(78, datatype=XSD.integer)))
    g.add(
        (
            CLM,
            GA.sentence,
            Literal("Kirby sagte, China habe beschlossen, sich an die Seite Russlands zu stellen."),
        )
    )
    g.add((CLM, GA.confidence, Literal(Decimal("0.85"))))
    g.add((CLM, GA.extractorVersion, Literal("kg/0.1.0")))
    g.add((CLM, PROV.wasDerivedFrom, ART))
    # Asserted (not negated, not hypothetical) with an object: the direct triple too.
    g.add((CHINA, GA.supports, RUSSIA))
    return g


def validate(data: Graph, shapes: Graph) -> tuple[bool, Graph, str]:
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    return conforms, report, text


def violations(report: Graph) -> set[tuple[URIRef, URIRef]]:
    """(source shape or SPARQL constraint, constraint component) of every result."""
    found = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        source = report.value(result, SH.sourceConstraint) or report.value(result, SH.sourceShape)
        found.add((source, report.value(result, SH.sourceConstraintComponent)))
    return found


def test_valid_graph_conforms(shapes):
    conforms, _, text = validate(valid_graph(), shapes)
    assert conforms, text


def _set(s, p, o) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        g.set((s, p, o))

    return change


def _remove(s, p) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        g.remove((s, p, None))

    return change


def _add(s, p, o) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        g.add((s, p, o))

    return change


def _add_all(s, p, *objects) -> Callable[[Graph], None]:
    def change(g: Graph) -> None:
        for o in objects:
            g.add((s, p, o))

    return change


WIKI_PAGE = URIRef("https://www.wikidata.org/wiki/Q148")
DBPEDIA = URIRef("http://dbpedia.org/resource/China")
DATETIME = Literal("2022-02-24T10:00:00", datatype=XSD.dateTime)


def _claim_without_object(g: Graph) -> None:
    g.remove((CLM, GA.object, None))
    g.remove((CLM, GA.attributedTo, None))
    g.set((CLM, GA.relation, GA.announces))
    g.remove((CHINA, GA.supports, RUSSIA))


def _other_actor_types(g: Graph) -> None:
    for slug, cls, label in (
        ("kreml", GA.GovernmentBody, "Kreml"),
        ("Q7184", GA.InternationalOrganization, "NATO"),
        ("rt-de", GA.MediaOutlet, "RT DE"),
        ("westliche-staatschefs", GA.Group, "westliche Staatschefs"),
        ("someone", GA.Person, "Jemand"),
        ("other", GA.Actor, "Sonstiges"),
    ):
        g.add((ACTOR[slug], RDF.type, cls))
        g.add((ACTOR[slug], RDFS.label, Literal(label, lang="de")))
    g.add((ACTOR.kreml, GA.country, RUSSIA))
    g.add((ART, DCTERMS.publisher, ACTOR["rt-de"]))


VALID_VARIANTS = {
    "issued as xsd:date": _set(ART, DCTERMS.issued, Literal("2022-02-24", datatype=XSD.date)),
    "issued as xsd:gYear": _set(ART, DCTERMS.issued, Literal("2022", datatype=XSD.gYear)),
    "claim without object or speaker": _claim_without_object,
    "negated claim": _set(CLM, GA.negated, Literal(True)),
    "confidence 0": _set(CLM, GA.confidence, Literal(Decimal("0"))),
    "confidence 1": _set(CLM, GA.confidence, Literal(Decimal("1.0"))),
    "offsets from 0": _set(CLM, GA.beginIndex, Literal(0, datatype=XSD.integer)),
    "every actor type and a publisher": _other_actor_types,
    "labels in two languages": _add(CHINA, RDFS.label, Literal("China", lang="en")),
    "no optional article metadata": lambda g: [
        g.remove((ART, p, None)) for p in (DCTERMS.title, DCTERMS.language, DCTERMS.issued, DCTERMS.source)
    ],
}


@pytest.mark.parametrize("change", VALID_VARIANTS.values(), ids=VALID_VARIANTS.keys())
def test_valid_variants_conform(shapes, change):
    g = valid_graph()
    change(g)
    conforms, _, text = validate(g, shapes)
    assert conforms, text


# Constraint components, short.
DATATYPE, MIN, MAX = (
    SH.DatatypeConstraintComponent,
    SH.MinCountConstraintComponent,
    SH.MaxCountConstraintComponent,
)
IN, NODEKIND, PATTERN = (
    SH.InConstraintComponent,
    SH.NodeKindConstraintComponent,
    SH.PatternConstraintComponent,
)
OR, CLASS, SPARQL = SH.OrConstraintComponent, SH.ClassConstraintComponent, SH.SPARQLConstraintComponent
MINLEN, MININCL, MAXINCL = (
    SH.MinLengthConstraintComponent,
    SH.MinInclusiveConstraintComponent,
    SH.MaxInclusiveConstraintComponent,
)


def nni(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


# (name, change to the valid graph, the shape and the constraint component that must fire: no other)
BROKEN = [
    ("missing subject", _remove(CLM, GA.subject), "Claim-subject", MIN),
    ("two subjects", _add(CLM, GA.subject, USA), "Claim-subject", MAX),
    ("subject is a literal", _set(CLM, GA.subject, Literal("China")), "Claim-subject", NODEKIND),
    ("subject is a blank node", _set(CLM, GA.subject, BNode()), "Claim-subject", NODEKIND),
    ("missing relation", _remove(CLM, GA.relation), "Claim-relation", MIN),
    ("relation not in the list", _set(CLM, GA.relation, GA.likes), "Claim-relation", IN),
    (
        "relation outside ga:",
        _set(CLM, GA.relation, URIRef("http://example.org/supports")),
        "Claim-relation",
        IN,
    ),
    ("two relations", _add(CLM, GA.relation, GA.denies), "Claim-relation", MAX),
    ("two objects", _add(CLM, GA.object, USA), "Claim-object", MAX),
    ("two speakers", _add(CLM, GA.attributedTo, USA), "Claim-attributedTo", MAX),
    ("negated missing", _remove(CLM, GA.negated), "Claim-negated", MIN),
    ("negated as string", _set(CLM, GA.negated, Literal("false")), "Claim-negated", DATATYPE),
    ("hypothetical missing", _remove(CLM, GA.hypothetical), "Claim-hypothetical", MIN),
    ("evidence missing", _remove(CLM, GA.evidence), "Claim-evidence", MIN),
    ("evidence empty", _set(CLM, GA.evidence, Literal("")), "Claim-evidence", MINLEN),
    (
        "evidence language-tagged",
        _set(CLM, GA.evidence, Literal("Seite", lang="de")),
        "Claim-evidence",
        DATATYPE,
    ),
    ("beginIndex missing", _remove(CLM, GA.beginIndex), "Claim-beginIndex", MIN),
    ("beginIndex as xsd:double", _set(CLM, GA.beginIndex, Literal(40.0)), "Claim-beginIndex", DATATYPE),
    ("beginIndex negative", _set(CLM, GA.beginIndex, nni(-1)), "Claim-beginIndex", MININCL),
    ("endIndex missing", _remove(CLM, GA.endIndex), "Claim-endIndex", MIN),
    ("beginIndex equals endIndex", _set(CLM, GA.endIndex, nni(40)), "Claim-offsetOrder", SPARQL),
    ("beginIndex after endIndex", _set(CLM, GA.beginIndex, nni(90)), "Claim-offsetOrder", SPARQL),
    ("two sentences", _add(CLM, GA.sentence, Literal("Noch ein Satz.")), "Claim-sentence", MAX),
    ("confidence 1.5", _set(CLM, GA.confidence, Literal(Decimal("1.5"))), "Claim-confidence", MAXINCL),
    ("confidence negative", _set(CLM, GA.confidence, Literal(Decimal("-0.1"))), "Claim-confidence", MININCL),
    # rdflib writes a Python float as xsd:double: kg must write a Decimal.
    ("confidence as xsd:double", _set(CLM, GA.confidence, Literal(0.85)), "Claim-confidence", DATATYPE),
    ("confidence missing", _remove(CLM, GA.confidence), "Claim-confidence", MIN),
    ("extractor version missing", _remove(CLM, GA.extractorVersion), "Claim-extractorVersion", MIN),
    ("no article", _remove(CLM, PROV.wasDerivedFrom), "Claim-wasDerivedFrom", MIN),
    (
        "derived from an untyped node",
        _set(CLM, PROV.wasDerivedFrom, ARTICLE.other),
        "Claim-wasDerivedFrom",
        CLASS,
    ),
    ("label without language tag", _set(KIRBY, RDFS.label, Literal("John Kirby")), "Actor-label", DATATYPE),
    ("actor without label", _remove(RUSSIA, RDFS.label), "Actor-label", MIN),
    (
        "altLabel without language tag",
        _set(RUSSIA, SKOS.altLabel, Literal("Moskau")),
        "Actor-altLabel",
        DATATYPE,
    ),
    ("two countries", _add(KIRBY, GA.country, CHINA), "Actor-country", MAX),
    ("exactMatch to a wiki page", _set(CHINA, SKOS.exactMatch, WIKI_PAGE), "Actor-exactMatch", PATTERN),
    ("exactMatch to DBpedia", _set(CHINA, SKOS.exactMatch, DBPEDIA), "Actor-exactMatch", PATTERN),
    ("exactMatch with a leading zero", _set(CHINA, SKOS.exactMatch, WD.Q0148), "Actor-exactMatch", PATTERN),
    (
        "exactMatch as a string",
        _set(CHINA, SKOS.exactMatch, Literal(str(WD.Q148))),
        "Actor-exactMatch",
        NODEKIND,
    ),
    ("two exactMatch", _add(CHINA, SKOS.exactMatch, WD.Q29520), "Actor-exactMatch", MAX),
    ("article without identifier", _remove(ART, DCTERMS.identifier), "Article-identifier", MIN),
    ("two identifiers", _add(ART, DCTERMS.identifier, Literal("other")), "Article-identifier", MAX),
    ("two titles", _add(ART, DCTERMS.title, Literal("Zweiter Titel", lang="de")), "Article-title", MAX),
    ("language as plain string", _set(ART, DCTERMS.language, Literal("de")), "Article-language", DATATYPE),
    ("issued as plain string", _set(ART, DCTERMS.issued, Literal("2022-02")), "Article-issued", OR),
    ("issued as xsd:dateTime", _set(ART, DCTERMS.issued, DATETIME), "Article-issued", OR),
    (
        "source URL as string",
        _set(ART, DCTERMS.source, Literal("https://example.org/a")),
        "Article-source",
        NODEKIND,
    ),
    ("two publishers", _add_all(ART, DCTERMS.publisher, ACTOR.a, ACTOR.b), "Article-publisher", MAX),
    ("mentions a literal", _add(ART, GA.mentions, Literal("China")), "Article-mentions", NODEKIND),
]


@pytest.mark.parametrize(
    ("change", "shape", "component"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN]
)
def test_broken_variant_rejected(shapes, change, shape, component):
    g = valid_graph()
    change(g)
    conforms, report, text = validate(g, shapes)
    assert not conforms, "accepted a broken graph"
    # Exactly the expected shape fires, so the test fails if that shape stops working.
    assert violations(report) == {(GASH[shape], component)}, text


@pytest.mark.parametrize("name", ACTOR_CLASSES)
def test_every_actor_class_is_checked_without_inference(shapes, name):
    """No rdfs:subClassOf triples in the data: each actor class must be a target of its own."""
    g = valid_graph()
    actor = ACTOR[f"test-{name}"]
    g.add((actor, RDF.type, GA[name]))
    g.add((actor, RDFS.label, Literal(name)))  # no language tag
    conforms, report, text = validate(g, shapes)
    assert not conforms, f"an untagged label on a ga:{name} passed"
    assert violations(report) == {(GASH["Actor-label"], DATATYPE)}, text


def test_report_messages_help(shapes):
    """A report names the shape and gives its English message."""
    g = valid_graph()
    g.set((CLM, GA.confidence, Literal(Decimal("1.5"))))
    _, report, _ = validate(g, shapes)
    messages = [str(m) for m in report.objects(None, SH.resultMessage)]
    assert any("between 0 and 1" in m for m in messages), messages


def test_offset_message_shows_values(shapes):
    g = valid_graph()
    g.set((CLM, GA.beginIndex, Literal(90, datatype=XSD.integer)))
    _, report, _ = validate(g, shapes)
    messages = [str(m) for m in report.objects(None, SH.resultMessage)]
    assert any("(90)" in m and "(78)" in m for m in messages), messages
