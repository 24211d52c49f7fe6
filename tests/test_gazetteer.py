"""The gazetteer: `data/gazetteer/actors.jsonl` is what `scripts/build_gazetteer.py` makes of the sources and
the facts, and it holds the actors kg must know."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from kg.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SOURCES = SHARED / "data" / "gazetteer-sources"
SCRIPT = ROOT / "scripts" / "build_gazetteer.py"
ACTORS = ROOT / "data" / "gazetteer" / "actors.jsonl"
TYPES = {"State", "GovernmentBody", "InternationalOrganization", "MediaOutlet", "Group", "Official", "Person"}
LANGS = ("en", "de")


@cache
def entries() -> dict[str, dict]:
    records = [json.loads(line) for line in ACTORS.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_key = {record["key"]: record for record in records}
    assert len(by_key) == len(records), "keys must be unique"
    return by_key


def entry(key: str) -> dict:
    return entries()[key]


def forms(record: dict, lang: str) -> set[str]:
    found = set(record["names"].get(lang, [])) | set(record["abbreviations"])
    for table in ("metonyms", "adjectives", "demonyms"):
        found |= set(record[table].get(lang, []))
    return found


@pytest.fixture(scope="module")
def build_script() -> ModuleType:
    pytest.importorskip("yaml", reason="PyYAML is needed to read the SupraVerden source")
    if not SOURCES.is_dir():
        pytest.skip("shared/data/gazetteer-sources is not beside the checkout")
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module
    spec.loader.exec_module(module)
    return module


# --- the build -------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_rebuild_gives_the_committed_file_byte_for_byte(build_script: ModuleType, tmp_path: Path) -> None:
    output = tmp_path / "actors.jsonl"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--sources", str(SOURCES), "--output", str(output), "--quiet"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert output.read_bytes() == ACTORS.read_bytes(), "run scripts/build_gazetteer.py and commit the result"


def test_build_is_deterministic_and_clean(build_script: ModuleType) -> None:
    first = build_script.build(SOURCES, build_script.DEFAULT_FACTS)
    second = build_script.build(SOURCES, build_script.DEFAULT_FACTS)
    assert first.errors == []
    assert first.lines() == second.lines()


def test_collisions_are_reported_and_resolved_or_deliberate(build_script: ModuleType) -> None:
    result = build_script.build(SOURCES, build_script.DEFAULT_FACTS)
    assert result.unresolved == {}, f"collisions to resolve in data/gazetteer/facts: {result.unresolved}"
    stale = set(result.deliberate) - set(result.collisions)
    assert not stale, f"collisions.tsv lists collisions that no longer happen: {stale}"


def test_collisions_are_found(build_script: ModuleType) -> None:
    nato = build_script.Actor(key="Q7184", type="InternationalOrganization", abbreviations=["NATO"])
    other = build_script.Actor(key="x-nato", type="Group", names={"en": ["Nato"]})
    russia = build_script.Actor(key="Q159", type="State", names={"de": ["Russland"]})
    found = build_script.find_collisions([nato, other, russia])
    assert found == {("de", "nato"): ["Q7184", "x-nato"], ("en", "nato"): ["Q7184", "x-nato"]}


def test_abbreviations_that_are_common_words_are_dropped(build_script: ModuleType) -> None:
    actor = build_script.Actor(key="Q1", type="InternationalOrganization")
    for abbreviation in ("SHARE", "IDEA", "A", "ERIC", "CERN"):
        build_script.add_org_abbreviation(actor, abbreviation)
    build_script.add_org_name(actor, "de", "HABITAT")
    build_script.add_org_name(actor, "de", "Weltorganisation für Tiergesundheit (OIE)")
    assert actor.abbreviations == ["CERN", "OIE"]
    assert actor.names == {"de": ["Weltorganisation für Tiergesundheit"]}


def test_german_adjectives_get_every_ending(build_script: ModuleType) -> None:
    assert build_script.german_adjective_forms(["russisch"]) == [
        "russisch", "russische", "russischen", "russischer", "russisches", "russischem",
    ]  # fmt: skip


# --- the committed file ----------------------------------------------------------------------------------


def test_file_is_sorted_and_well_formed() -> None:
    lines = ACTORS.read_text(encoding="utf-8").splitlines()
    keys = [json.loads(line)["key"] for line in lines]
    assert keys == sorted(keys)
    for record in entries().values():
        assert record["type"] in TYPES
        assert record["names"].get("en") or record["names"].get("de"), record["key"]
        assert record["source"], record["key"]
        assert all(len([c for c in a if c.isalpha()]) >= 2 for a in record["abbreviations"]), record["key"]
        if record["key"].startswith("Q"):
            assert record["wikidata"] == record["key"]
        else:
            assert record["key"].isascii() and record["key"] == record["key"].lower()


def test_russia() -> None:
    russia = entry("Q159")
    assert russia["type"] == "State" and russia["country"] == "Q159"
    assert russia["names"]["en"][0] == "Russia" and russia["names"]["de"][0] == "Russland"
    assert "Moscow" in russia["metonyms"]["en"] and "Moskau" in russia["metonyms"]["de"]
    assert "russischen" in russia["adjectives"]["de"] and "Russian" in russia["adjectives"]["en"]
    assert "Russen" in russia["demonyms"]["de"]
    assert (russia["iso2"], russia["iso3"]) == ("RU", "RUS")
    assert russia["source"] == ["naturalearth-5.1.1", "kg-facts"]


def test_china_usa_belarus_taiwan() -> None:
    china = entry("Q148")
    assert "Beijing" in china["metonyms"]["en"] and "Peking" in china["metonyms"]["de"]
    assert "China" in china["names"]["en"] and "China" in china["names"]["de"]
    usa = entry("Q30")
    assert "Washington" in usa["metonyms"]["en"] and "Washington" in usa["metonyms"]["de"]
    assert {"USA", "U.S.", "US"} <= forms(usa, "en") and {"USA", "US"} <= forms(usa, "de")
    assert "Weißrussland" in entry("Q184")["names"]["de"]
    assert entry("Q865")["names"]["de"][0] == "Taiwan"


def test_no_state_is_named_by_its_iso2_code() -> None:
    for record in entries().values():
        if record["type"] == "State":
            for lang in LANGS:
                assert not {"IT", "IN", "DE", "AT", "NO", "TO"} & forms(record, lang), record["key"]


def test_organisations() -> None:
    nato = entry("Q7184")
    assert nato["type"] == "InternationalOrganization" and "NATO" in nato["abbreviations"]
    assert "Nato" in nato["names"]["de"]
    assert "EU" in entry("Q458")["abbreviations"]
    assert "WHO" in entry("Q7817")["abbreviations"]
    assert entry("g7")["type"] == "Group"


def test_bodies_and_outlets_belong_to_states() -> None:
    kremlin = entry("kremlin")
    assert kremlin["type"] == "GovernmentBody" and kremlin["country"] == "Q159"
    assert kremlin["wikidata"] is None
    pentagon = entry("Q11209")
    assert pentagon["type"] == "GovernmentBody" and pentagon["country"] == "Q30"
    assert "Pentagon" in pentagon["names"]["en"] and "Pentagon" in pentagon["names"]["de"]
    for record in entries().values():
        if record["type"] in {"GovernmentBody", "MediaOutlet"}:
            assert entry(record["country"])["type"] == "State", record["key"]


def test_gazetteer_finds_the_forms_in_text() -> None:
    gazetteer = Gazetteer.load(ACTORS)
    text = (
        "Moskau lehnt die NATO-Erweiterung ab, sagte Russlands Botschafter, "
        "nachdem ein Sprecher des Weißen Hauses die russischen Truppen kritisiert hatte."
    )
    found = {hit.text: hit.entry.key for hit in gazetteer.match(text, "de")}
    assert found["Moskau"] == "Q159"
    assert found["NATO"] == "Q7184"
    assert found["Russlands"] == "Q159"
    assert found["Weißen Hauses"] == "white-house"
    assert found["russischen"] == "Q159"
    english = "Beijing and Moscow oppose NATO enlargement, the White House and the Pentagon said."
    found = {hit.text: hit.entry.key for hit in gazetteer.match(english, "en")}
    assert found == {
        "Beijing": "Q148", "Moscow": "Q159", "NATO": "Q7184",
        "White House": "white-house", "Pentagon": "Q11209",
    }  # fmt: skip


def test_people_of_the_phoenix_dictionary_serve_their_state() -> None:
    museveni = entry("yoweri-museveni")
    assert museveni["type"] == "Official" and museveni["country"] == "Q1036"  # Uganda
    assert museveni["wikidata"] is None  # the dictionary has no QIDs, and none is guessed
    assert museveni["source"] == ["petrarch2-phoenix"]
    assert "Yoweri Kaguta Museveni" in museveni["names"]["en"]
    bashir = entry("umar-al-bashir")["names"]["en"]
    assert bashir == ["Umar al Bashir", "Umar al-Bashir", "Omar al Bashir", "Omar al-Bashir"]


def test_phoenix_names_are_names_alone() -> None:
    people = [r for r in entries().values() if "petrarch2-phoenix" in r["source"]]
    assert len(people) > 10_000
    names = {name.lower(): r["key"] for r in people for name in r["names"]["en"]}
    # Titles are kg's role rules' business, one-word names are too ambiguous.
    assert not any(name.startswith(("president ", "us president", "mr ", "gov. ")) for name in names)
    assert all(" " in name for name in names)
    # A person the facts list is not listed twice: "Vladimir Putin" is only the facts' entry.
    assert "vladimir putin" not in names and entry("Q7747")["type"] == "Official"


def test_phoenix_person_names_are_cased_and_titles_recognised(build_script: ModuleType) -> None:
    assert build_script.phoenix_name("OMAR_HASSAN_AL-BASHIR_") == "Omar Hassan al-Bashir"
    assert build_script.phoenix_name("US_PREsident George Bush") == "Us President George Bush"
    assert build_script.phoenix_name("JOHN_MCCAIN_") == "John McCain"
    names = ["GEORGE_W._BUSH_", "PRESIDENT_BUSH_", "GOV._GEORGE_W._BUSH", "BUSH_"]
    person = build_script.PhoenixPerson(names)
    roles = frozenset({"PRESIDENT"})
    assert build_script.person_names(person, roles) == ["George W. Bush"]


def test_people_are_found_in_german_with_the_genitive() -> None:
    gazetteer = Gazetteer.load(ACTORS)
    hits = gazetteer.match("Yoweri Musevenis Partei und Bill Clinton", "de")
    found = {hit.text: hit.entry.key for hit in hits}
    assert found == {"Yoweri Musevenis": "yoweri-museveni", "Bill Clinton": "bill-clinton"}


def test_russian_names_get_their_german_spelling(build_script: ModuleType) -> None:
    spell = build_script.german_transliteration
    assert spell("Maria Zakharova") == "Maria Sacharowa"
    assert spell("Dmitry Peskov") == "Dmitri Peskow"
    assert spell("Vladimir Zhirinovsky") == "Wladimir Schirinowski"
    assert spell("Boris Yeltsin") == "Boris Jelzin"


def test_german_texts_find_russian_officials_in_german_spelling() -> None:
    lavrov = entry("sergey-lavrov")
    assert lavrov["country"] == "Q159" and "Sergej Lawrow" in lavrov["names"]["de"]
    hits = Gazetteer.load(ACTORS).match("Außenminister Sergej Lawrows Besuch", "de")
    assert [(hit.text, hit.entry.key) for hit in hits] == [("Sergej Lawrows", "sergey-lavrov")]


def test_officials_since_the_phoenix_dictionary_and_armed_groups() -> None:
    gazetteer = Gazetteer.load(ACTORS)
    text = "Annalena Baerbock traf Dmitri Peskow. Die Hisbollah und die Huthis griffen an."
    found = {hit.text: hit.entry for hit in gazetteer.match(text, "de")}
    assert found["Annalena Baerbock"].country == "Q183"
    assert found["Dmitri Peskow"].key == "dmitry-peskov" and found["Dmitri Peskow"].country == "Q159"
    assert found["Hisbollah"].key == "hezbollah" and found["Huthis"].key == "houthis"
    english = "Islamic State of Iraq and the Levant (ISIL) fighters attacked; Dmitry Peskov said."
    found = {hit.text: hit.entry.key for hit in gazetteer.match(english, "en")}
    assert found == {
        "Islamic State of Iraq and the Levant": "islamic-state", "ISIL": "islamic-state",
        "Dmitry Peskov": "dmitry-peskov",
    }  # fmt: skip
