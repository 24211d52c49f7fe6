"""The whole pipeline on the bundled samples: build, store, RDF shapes, exports, the scorer's format."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import ROOT, SAMPLES, run_kg
from lxml import etree
from pyshacl import validate
from rdflib import Dataset, Graph
from test_export import rng_validate

from kg.model import RELATIONS
from kg.store import Store

SEED = SAMPLES / "rt-de-2022-02-china-russland.txt"


def select(store_path: Path, sparql: str) -> list[dict[str, str]]:
    result = Store(store_path, read_only=True).query(sparql)
    names = [v.value for v in result.variables]
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in result]


def test_build_makes_one_named_graph_per_article(sample_store: Path) -> None:
    rows = select(
        sample_store,
        """
        SELECT ?g ?id ?date ?outlet WHERE { GRAPH ?g { ?g a ga:Article ; dcterms:identifier ?id .
          OPTIONAL { ?g dcterms:issued ?date } OPTIONAL { ?g dcterms:publisher/rdfs:label ?outlet } } }""",
    )
    assert len(rows) == 23
    by_id = {row["id"]: row for row in rows}
    assert by_id["rt-de-2022-02-china-russland"]["date"] == "2022-02"
    assert by_id["us-state-dept-108a8cfc05"]["outlet"] == "U.S. Department of State"


def test_rebuilding_adds_nothing_twice(sample_store: Path) -> None:
    before = len(Store(sample_store, read_only=True))
    run_kg("build", str(SEED), "--store", str(sample_store))
    run_kg("build", str(SEED), "--store", str(sample_store))
    assert len(Store(sample_store, read_only=True)) == before


def _claims(store: Path, relation: str) -> set[tuple[str, str | None, str | None]]:
    rows = select(
        store,
        f"""
        SELECT ?s ?o ?by WHERE {{ ?c ga:relation ga:{relation} ; ga:subject/rdfs:label ?s ;
            ga:negated false .
          OPTIONAL {{ ?c ga:object/rdfs:label ?o }} OPTIONAL {{ ?c ga:attributedTo/rdfs:label ?by }} }}""",
    )
    return {(r["s"], r["o"], r["by"]) for r in rows}


def test_seed_article_gives_the_claims_the_project_started_from(sample_store: Path) -> None:
    supports = _claims(sample_store, "supports")
    assert any(s == "China" and o == "Russland" and by and "Kirby" in by for s, o, by in supports)
    assert any(s == "Kreml" for s, _, _ in _claims(sample_store, "denies"))
    demanders = {s for s, o, _ in _claims(sample_store, "demands") if o == "NATO"}
    assert any("Putin" in s for s in demanders) and any("Xi" in s for s in demanders)
    spokespeople = {(s, o) for s, o, _ in _claims(sample_store, "spokespersonFor")}
    assert any("Kirby" in s and "Verteidigungsministerium" in o and "US" in o for s, o in spokespeople)
    assert any("Konaschenkow" in s and "Verteidigungsministerium" in o for s, o in spokespeople)
    assert any("Uschakow" in s and "Putin" in o for s, o, _ in _claims(sample_store, "advisorTo"))
    assert {frozenset((s, o)) for s, o, _ in _claims(sample_store, "cooperates")} >= {
        frozenset(("Russland", "China"))
    }


def test_asserted_claims_give_direct_triples(sample_store: Path) -> None:
    store = Store(sample_store, read_only=True)
    assert bool(store.query("ASK { kga:Q148 ga:supports kga:Q159 }"))
    # Every asserted claim with an object has its direct triple …
    assert not bool(
        store.query("""
        ASK { ?c ga:negated false ; ga:hypothetical false ; ga:subject ?s ; ga:relation ?r ; ga:object ?o .
              FILTER NOT EXISTS { ?s ?r ?o } }""")
    )
    # … and every direct triple comes from one; negated or hypothetical claims give none.
    relations = " ".join(f"ga:{name}" for name in RELATIONS)
    assert not bool(
        store.query(f"""
        ASK {{ VALUES ?r {{ {relations} }} ?s ?r ?o .
              FILTER NOT EXISTS {{ ?c ga:subject ?s ; ga:relation ?r ; ga:object ?o ; ga:negated false ;
                                   ga:hypothetical false }} }}""")
    )


@pytest.mark.parametrize("source", ["extract", "store"])
def test_every_graph_kg_writes_conforms_to_the_shapes(
    sample_store: Path, tmp_path: Path, source: str
) -> None:
    """What `kg extract` writes, and what comes back out of the store (which canonicalises literals)."""
    if source == "extract":
        trig = run_kg("extract", str(SAMPLES), "--format", "trig").stdout
    else:
        run_kg("export", "--format", "trig", "-o", str(tmp_path / "kg.trig"), "--store", str(sample_store))
        trig = (tmp_path / "kg.trig").read_text()
    dataset = Dataset()
    dataset.parse(data=trig, format="trig")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    graphs = [g for g in dataset.graphs() if len(g)]
    assert len(graphs) >= 23
    for graph in graphs:
        conforms, _, report = validate(graph, shacl_graph=shapes, inference="none")
        assert conforms, f"{graph.identifier}:\n{report}"


def test_extract_jsonl_is_the_scorers_format() -> None:
    lines = run_kg(
        "extract", str(SAMPLES / "us-state-department.jsonl"), "--format", "jsonl"
    ).stdout.splitlines()
    ids = [
        json.loads(line)["id"]
        for line in SAMPLES.joinpath("us-state-department.jsonl").read_text().splitlines()
    ]
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == ids
    for record in records:
        keys = {e["id"] for e in record["entities"]}
        for relation in record["relations"]:
            assert relation["subject"] in keys and relation["object"] in keys | {None}
            assert relation["attributed_to"] in keys | {None}
            assert isinstance(relation["negated"], bool)


def test_seed_scores_at_least_half_strict_f1(shared: Path, tmp_path: Path) -> None:
    gold = shared / "eval" / "dev" / "seed.jsonl"
    scorer = shared / "eval" / "score.py"
    articles = subprocess.run(
        [sys.executable, scorer, "--strip", gold], capture_output=True, text=True, check=True
    ).stdout
    (tmp_path / "seed.jsonl").write_text(articles)
    run_kg("extract", str(tmp_path / "seed.jsonl"), "--format", "jsonl", "-o", str(tmp_path / "seed.pred"))
    scores = json.loads(
        subprocess.run(
            [sys.executable, scorer, gold, tmp_path / "seed.pred", "--json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert scores["documents_without_prediction"] == 0
    assert scores["relations_strict"]["f1"] >= 0.5, scores


def test_gexf_export_of_the_samples_is_valid(sample_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "actors.gexf"
    run_kg("export", "--format", "gexf", "-o", str(out), "--store", str(sample_store))
    rng_validate(out)
    root = etree.parse(str(out)).getroot()
    ns = {"g": "http://gexf.net/1.3"}
    kinds = {e.get("kind") for e in root.iterfind(".//g:edge", ns)}
    assert {"supports", "spokespersonFor"} <= kinds
    assert root.find("g:graph", ns).get("mode") == "dynamic"
    # Gephi Lite's reader keeps every node and edge with its attributes.
    missing = pytest.fail if os.environ.get("CI") else pytest.skip
    if shutil.which("node") is None or not (ROOT / "tests/js/node_modules/graphology-gexf").is_dir():
        missing("node or graphology-gexf missing: run `npm ci --prefix tests/js`")
    read = subprocess.run(
        ["node", ROOT / "tests/js/read_gexf.mjs", out], capture_output=True, text=True, check=True
    )
    parsed = json.loads(read.stdout)
    nodes = {n.get("id"): n for n in root.iterfind(".//g:node", ns)}
    assert {n["key"] for n in parsed["nodes"]} == set(nodes)
    for node in parsed["nodes"]:
        assert node["attributes"]["label"] == nodes[node["key"]].get("label")
        assert node["attributes"]["type"]
    edges = root.findall(".//g:edge", ns)
    assert len(parsed["edges"]) == len(edges)
    assert {
        (e["source"], e["target"], e["attributes"]["kind"], e["attributes"]["weight"])
        for e in parsed["edges"]
    } == {(e.get("source"), e.get("target"), e.get("kind"), float(e.get("weight"))) for e in edges}


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_rdf_exports_hold_the_whole_dataset(sample_store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"kg.{fmt}"
    run_kg("export", "--format", fmt, "-o", str(out), "--store", str(sample_store))
    parsed = ox.Store()
    parsed.load(
        path=str(out),
        format={"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}[
            fmt
        ],
    )
    assert len(parsed) == len(Store(sample_store, read_only=True))
    assert len(list(parsed.named_graphs())) == 23


def test_graphml_and_csv_exports(sample_store: Path, tmp_path: Path) -> None:
    run_kg("export", "--format", "graphml", "-o", str(tmp_path / "a.graphml"), "--store", str(sample_store))
    run_kg("export", "--format", "csv", "-o", str(tmp_path / "csv"), "--store", str(sample_store))
    assert etree.parse(str(tmp_path / "a.graphml")).getroot().tag.endswith("graphml")
    header = (tmp_path / "csv" / "edges.csv").read_text().splitlines()[0]
    assert header.startswith("Id,Source,Target") or "Source" in header


def test_stats(sample_store: Path) -> None:
    figures = json.loads(run_kg("stats", "--store", str(sample_store), "--json").stdout)
    assert figures["articles"] == 23
    assert figures["claims"] > 20
    assert figures["actors_by_type"]["State"] >= 5


def test_wheel_carries_ontology_queries_gazetteer_and_models(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("kg-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "kg/_resources/ontology/geoactor.ttl",
        "kg/_resources/ontology/shapes.ttl",
        "kg/_resources/queries/who-supports-whom.rq",
        "kg/_resources/gazetteer/actors.jsonl",
        "kg/_resources/lexicons/de.toml",
        "kg/_resources/models/de_core_geoactor/meta.json",
    ):
        assert required in names, required
