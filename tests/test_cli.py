"""The command line on bad input: one line on stderr, a non-zero exit, and the store keeps what it had."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import SAMPLES, run_kg

from kg.store import Store

SEED = SAMPLES / "rt-de-2022-02-china-russland.txt"


@pytest.fixture
def small_store(tmp_path: Path) -> Path:
    store = tmp_path / "store"
    run_kg("build", str(SEED), "--store", str(store))
    return store


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Der Außenminister kritisierte die Regierung in Paris scharf.".encode("latin-1"))
    broken = tmp_path / "broken.jsonl"
    broken.write_text(
        '{"id": "ok", "text": "Russia condemned the attack.", "lang": "en"}\n{"id": "x", "text": \n'
    )
    huge = tmp_path / "huge.txt"
    with huge.open("w") as out:
        out.write("Moskau kritisiert Washington. " * (50 * 2**20 // 30))
    return {"empty": empty, "binary": binary, "latin1": latin1, "broken": broken, "huge": huge}


@pytest.mark.parametrize("case", ["empty", "binary", "latin1", "broken", "huge"])
def test_bad_input_is_one_line_and_leaves_the_store_alone(
    small_store: Path, tmp_path: Path, case: str
) -> None:
    before = len(Store(small_store, read_only=True))
    path = _bad_inputs(tmp_path)[case]
    result = run_kg("build", str(path), "--store", str(small_store), check=False)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and path.name in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert len(Store(small_store, read_only=True)) == before


def test_skip_invalid_builds_the_rest_with_warnings(small_store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "empty.txt").write_text("")
    (folder / "fr.txt").write_text(
        "Le président français a critiqué la décision du gouvernement allemand hier soir."
    )
    result = run_kg("build", str(folder), "--store", str(tmp_path / "s2"), "--skip-invalid")
    assert "empty.txt: empty file" in result.stderr
    assert "fr" in result.stderr and "not supported" in result.stderr
    figures = json.loads(run_kg("stats", "--store", str(tmp_path / "s2"), "--json").stdout)
    assert figures["articles"] == 1


def test_query_errors_are_one_line(small_store: Path) -> None:
    for bad in (
        "SELECT ?x WHERE { ?x ",
        "DELETE WHERE { ?s ?p ?o }",
        "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "missing-query.rq",
    ):
        result = run_kg("query", bad, "--store", str(small_store), check=False)
        assert result.returncode == 1, bad
        assert len(result.stderr.strip().splitlines()) == 1 and "kg: error:" in result.stderr, result.stderr
    assert len(Store(small_store, read_only=True)) > 0


def test_query_on_a_missing_store(tmp_path: Path) -> None:
    result = run_kg("query", "SELECT * { ?s ?p ?o }", "--store", str(tmp_path / "nowhere"), check=False)
    assert result.returncode == 1 and "run `kg build` first" in result.stderr


@pytest.mark.parametrize("command", ["build", "extract", "query", "export", "stats"])
def test_help_of_each_command(command: str) -> None:
    out = run_kg(command, "--help").stdout
    assert "Usage: python -m kg " + command in out or f"{command} [OPTIONS]" in out
    if command != "stats":
        assert "--store" in out or command == "extract"


def test_query_formats(small_store: Path) -> None:
    sparql = "SELECT ?label WHERE { kga:Q159 rdfs:label ?label }"
    as_json = json.loads(run_kg("query", sparql, "--store", str(small_store), "--format", "json").stdout)
    assert as_json["results"]["bindings"][0]["label"]["value"] == "Russland"
    assert (
        run_kg("query", sparql, "--store", str(small_store), "--format", "csv").stdout.splitlines()[1]
        == "Russland"
    )
    assert "Russland" in run_kg("query", sparql, "--store", str(small_store)).stdout
    assert (
        run_kg("query", "ASK { kga:Q159 a ga:State }", "--store", str(small_store)).stdout.strip() == "true"
    )
    turtle = run_kg("query", "CONSTRUCT { kga:Q159 a ga:State } WHERE {}", "--store", str(small_store)).stdout
    assert "State" in turtle


def test_readme_and_ci_run_the_same_test_command() -> None:
    readme = (SAMPLES.parents[1] / "README.md").read_text()
    ci = (SAMPLES.parents[1] / ".ci" / "run").read_text()
    commands = [block.split("```")[0].strip() for block in readme.split("```bash")[1:3]]
    assert "kg build data/samples" in commands[0] and "kg query" in commands[0]
    assert commands[1] in ci
