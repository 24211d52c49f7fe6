#!/usr/bin/env python3
"""Build `data/gazetteer/actors.jsonl` from the gazetteer sources and the project's own facts.

Sources (read-only, beside the repository in `shared/data/gazetteer-sources/`):
  - Natural Earth 5.1.1 admin-0 countries (public domain): states, QIDs, ISO codes, names in 8 languages.
  - SupraVerden general list (CC BY-SA 4.0): international organisations with a Wikidata code.
Facts (the project's own, `data/gazetteer/facts/*.tsv`, all optional): adjectives, demonyms, capitals used
as metonyms and news names of states; government bodies; extra names of organisations; media outlets;
collisions that are deliberate.

Rules:
  - key: the Wikidata QID when known, else a lowercase ASCII slug.
  - ISO 3166 alpha-2 codes are never names of states ("IT", "IN" are words); "US", "UK" … come from facts.
  - Abbreviations are matched case-sensitively. From SupraVerden an abbreviation is dropped when it has fewer
    than 2 letters or equals a common English or German word (`COMMON_WORDS`, compared upper-cased); a name
    that is one all-capital word ("NATO", "CERN") counts as an abbreviation. Abbreviations written in the
    facts are taken as they are: the facts are checked by hand ("WHO").
  - Only the English and German abbreviations of SupraVerden are used (kg reads English and German news).
  - An English or German name that is one all-capital word ("USA", "BBC") becomes an abbreviation, so that it
    is matched case-sensitively; it stays a name too where it is the canonical one.
  - In a facts list, "*Name" makes a name the canonical one (first), "-Name" removes a name, abbreviation or
    form that the sources gave.
  - German adjectives: every stem plus the endings e, en, er, es, em, and the stem itself.
  - A surface form on two different keys (a collision) is reported on stderr; it is deliberate when
    `facts/collisions.tsv` lists it, else it must be resolved in the facts (`--strict` fails on it).

Usage: python scripts/build_gazetteer.py [--sources DIR] [--facts DIR] [--output PATH] [--strict]
The output is sorted by key and byte-for-byte the same on every run.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = REPO.parent / "shared" / "data" / "gazetteer-sources"
DEFAULT_FACTS = REPO / "data" / "gazetteer" / "facts"
DEFAULT_OUTPUT = REPO / "data" / "gazetteer" / "actors.jsonl"
NE_FILE = "naturalearth-5.1.1-admin0-countries.csv"
SV_FILE = "supraverden-general_list.yaml"
NE_SOURCE = "naturalearth-5.1.1"
SV_SOURCE = "supraverden"
FACTS_SOURCE = "kg-facts"

LANGS = ("en", "de", "fr", "ru", "zh", "uk", "es", "ar")
MATCH_LANGS = ("en", "de")  # the languages kg reads; collisions are checked in these
GERMAN_ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")
TYPES = ("State", "GovernmentBody", "InternationalOrganization", "MediaOutlet", "Group", "Official")

# Natural Earth rows that become State entries: these TYPEs, less the codes below (crown dependencies,
# constituent countries of the Netherlands, overseas territories, unclaimed or uninhabited land).
# Autonomous territories whose governments act in the news stay: Hong Kong, Macau, Greenland.
STATE_TYPES = frozenset({"Sovereign country", "Country", "Sovereignty", "Disputed", "Indeterminate"})
NOT_STATES = frozenset({
    "ABW", "ALA", "CUW", "GGY", "IMN", "JEY", "SXM",  # Aruba, Åland, Curaçao, Guernsey, Man, Jersey, …
    "GIB", "IOT", "FLK",  # Gibraltar, British Indian Ocean Territory, Falkland Islands
    "ATA", "BRI", "BRT", "PGA", "SCR",  # Antarctica, Brazilian Island, Bir Tawil, Wake/Spratly, Scarborough
})  # fmt: skip
# Natural Earth writes -99 (France, Norway: ISO codes held by overseas parts) or a non-ISO code (Taiwan:
# "CN-TW") where ISO 3166-1 has these codes.
ISO2_FIX = {"FRA": "FR", "NOR": "NO", "TWN": "TW"}
ISO3_FIX = {"FRA": "FRA", "NOR": "NOR"}

# Common English and German words (upper-cased) that a SupraVerden abbreviation or one-word name must not
# be: matched in news they would be noise.
_COMMON_WORDS_TEXT = """
A AN AS AT BE BY DO GO HE IF IN IS IT ME MY NO OF ON OR SO TO UP US WE OK
ACE ACT AGE AGO AID AIM AIR ALL AND ANY ARE ART ASK BAD BAN BED BIG BIT BOX BOY BUS BUT BUY CAN CAR CUT DAY
DID DOG DUE EAR EAT END ERA EYE FAR FEE FEW FIT FLY FOR FUN GAS GET GOT GUN GUY HAD HAS HER HIM HIS HIT HOT
HOW ICE ILL ITS JOB KEY KID LAW LAY LED LEG LET LIE LOT LOW MAN MAP MAY MEN MET MIX NET NEW NOR NOT NOW ODD
OFF OIL OLD ONE OUR OUT OWN PAY PEN PER PUT RAN RAW RED RUN SAD SAW SAY SEA SEE SET SHE SIT SIX SKY SON SUN
TAX TEN THE TIE TOO TOP TRY TWO USE WAR WAS WAY WET WHO WHY WIN WON YES YET YOU
ALSO AREA ARMS BANK BASE BIRD BOARD BODY CALL CAME CARE CASE CITY CODE CORE DATA DEAL EACH EAST EDGE ERIC
FACE FACT FAIR FARM FIRE FORM FREE FROM FUND GOAL GOOD HALF HAND HELP HERE HIGH HOLD HOME HOPE IDEA IDEAS
JOIN JUST KEEP KIND LAND LAST LEAD LIFE LINE LIST LONG MADE MAKE MANY MORE MOST MOVE MUCH NAME NEAR NEED
NEWS NEXT NOTE ONLY OPEN OVER PART PLAN PLAY POST RATE READ REAL REST RISE RISK ROLE RULE SAFE SALE SEAL
SHARE SHOW SIDE SIGN SOME SOUTH STAR STEP STOP SUCH SURE TAKE TEAM TELL TERM THAN THAT THEM THEN THEY THIS
TIME TOWN TRUE TURN UNIT UPON VIEW WANT WELL WENT WERE WEST WHAT WHEN WIDE WILL WITH WORD WORK YEAR
ELI ESS AMA MSG CLE CAMES SESAME HABITAT ALERT GUARD MAIL NORTH
AB AM DA DU EI ER ES IM JA OB UM ZU
ALS AUF AUS BEI BIS DAS DEM DEN DER DES DIE EIN ELF FÜR GUT HAT IHR IST MAL MIT NUN NUR SIE UND UNS VON VOR
WAS WER WIE WIR ZUM ZUR
ALLE ALSO AUCH DASS DENN DOCH EINE HIER KEIN NACH NEIN NOCH OHNE SEHR VIEL WENN ZWEI DREI VIER
"""
COMMON_WORDS = frozenset(_COMMON_WORDS_TEXT.split())

_WS = re.compile(r"\s+")
_PAREN_ABBREVIATION = re.compile(r"^(?P<name>.+?)\s*\((?P<abbr>[^()]+)\)$")


def clean(text: Any) -> str:
    """NFC, plain hyphens, single spaces; '' for missing values and Natural Earth's -99."""
    if text is None:
        return ""
    value = unicodedata.normalize("NFC", str(text)).replace("\u2010", "-").replace("\u2011", "-")
    value = _WS.sub(" ", value).strip()
    return "" if value in {"-99", "None"} else value


def add_unique(target: list[str], values: Iterable[str]) -> None:
    for value in values:
        if value and value not in target:
            target.append(value)


def letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def is_common_word(text: str) -> bool:
    return text.upper() in COMMON_WORDS


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def german_adjective_forms(stems: Iterable[str]) -> list[str]:
    forms: list[str] = []
    for stem in stems:
        add_unique(forms, (stem + ending for ending in GERMAN_ADJECTIVE_ENDINGS))
    return forms


def split_list(cell: str | None) -> list[str]:
    """A `;`-separated facts cell as a list of cleaned values."""
    return [value for value in (clean(part) for part in (cell or "").split(";")) if value]


@dataclass
class Actor:
    """One gazetteer entry while it is built."""

    key: str
    type: str
    wikidata: str | None = None
    country: str | None = None
    names: dict[str, list[str]] = field(default_factory=dict)
    abbreviations: list[str] = field(default_factory=list)
    metonyms: dict[str, list[str]] = field(default_factory=dict)
    adjectives: dict[str, list[str]] = field(default_factory=dict)
    demonyms: dict[str, list[str]] = field(default_factory=dict)
    iso2: str | None = None
    iso3: str | None = None
    source: list[str] = field(default_factory=list)

    def add_names(self, lang: str, values: Iterable[str]) -> None:
        add_unique(self.names.setdefault(lang, []), values)

    def to_json(self) -> dict[str, Any]:
        def compact(table: dict[str, list[str]]) -> dict[str, list[str]]:
            return {lang: table[lang] for lang in LANGS if table.get(lang)}

        record: dict[str, Any] = {
            "key": self.key,
            "type": self.type,
            "wikidata": self.wikidata,
            "country": self.country,
            "names": compact(self.names),
            "abbreviations": self.abbreviations,
            "metonyms": compact(self.metonyms),
            "adjectives": compact(self.adjectives),
            "demonyms": compact(self.demonyms),
        }
        if self.type == "State":
            record["iso2"] = self.iso2
            record["iso3"] = self.iso3
        record["source"] = self.source
        return record


def apply_edits(target: list[str], values: Iterable[str]) -> None:
    """Add facts values to a list: plain ones at the end, "*X" as the first, "-X" removed."""
    for value in values:
        if value.startswith("-") and len(value) > 1:
            name = value[1:]
            if name in target:
                target.remove(name)
        elif value.startswith("*") and len(value) > 1:
            name = value[1:]
            if name in target:
                target.remove(name)
            target.insert(0, name)
        elif value not in target:
            target.append(value)


def apply_table_edits(table: dict[str, list[str]], lang: str, values: list[str]) -> None:
    if values:
        apply_edits(table.setdefault(lang, []), values)
        if not table[lang]:
            del table[lang]


def add_source(actor: Actor, source: str) -> None:
    if source not in actor.source:
        actor.source.append(source)


# --- Natural Earth ---------------------------------------------------------------------------------------


def ne_code(row: dict[str, str]) -> str:
    """The join key of a Natural Earth row: ISO_A3, else ADM0_A3 (FRA, NOR, KOS)."""
    return clean(row["ISO_A3"]) or clean(row["ADM0_A3"])


def read_natural_earth(path: Path, wanted: set[str]) -> tuple[dict[str, Actor], dict[str, str]]:
    """State actors by join code, and every row's code -> QID (for the `country` of bodies and outlets)."""
    states: dict[str, Actor] = {}
    qids: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code, qid = ne_code(row), clean(row["WIKIDATAID"])
            if qid:
                qids[code] = qid
            is_state = clean(row["TYPE"]) in STATE_TYPES and code not in NOT_STATES
            if not qid or not (is_state or code in wanted):
                continue
            actor = Actor(key=qid, type="State", wikidata=qid, country=qid, source=[NE_SOURCE])
            actor.add_names("en", [clean(row["NAME_EN"]), clean(row["ADMIN"]), clean(row["FORMAL_EN"])])
            for lang in LANGS[1:]:
                actor.add_names(lang, [clean(row[f"NAME_{lang.upper()}"])])
            iso2 = clean(row["ISO_A2"])
            actor.iso2 = iso2 if re.fullmatch(r"[A-Z]{2}", iso2) else ISO2_FIX.get(code)
            actor.iso3 = clean(row["ISO_A3"]) or ISO3_FIX.get(code)
            states[code] = actor
    return states, qids


# --- SupraVerden -----------------------------------------------------------------------------------------


def _sv_fields(record: dict[str, Any], pattern: str) -> list[str]:
    """Values of the fields whose names match `pattern`, in the record's order (lists flattened)."""
    values: list[str] = []
    for name, value in record.items():
        if re.fullmatch(pattern, name):
            for item in value if isinstance(value, list) else [value]:
                add_unique(values, [clean(item)])
    return values


def add_org_name(actor: Actor, lang: str, name: str) -> None:
    """A SupraVerden name. In English and German, "Name (ABBR)" is split and one all-capital word is an
    abbreviation; other languages keep their names as they are (they are matched in their texts only)."""
    match = _PAREN_ABBREVIATION.match(name)
    if match and lang in MATCH_LANGS:
        add_org_abbreviation(actor, clean(match["abbr"]))
        name = clean(match["name"])
    if " " not in name and name.isupper() and lang in MATCH_LANGS:
        add_org_abbreviation(actor, name)
        return
    if letters(name) < 2 or (" " not in name and is_common_word(name)):
        return
    variants = [name]
    if "\u2019" in name:
        variants.append(name.replace("\u2019", "'"))
    actor.add_names(lang, variants)


def add_org_abbreviation(actor: Actor, abbreviation: str) -> None:
    if len(abbreviation.split()) > 2:  # a name in an abbreviation field ("EastMed Gas Forum")
        add_org_name(actor, "en", abbreviation)
    elif letters(abbreviation) >= 2 and not is_common_word(abbreviation):
        add_unique(actor.abbreviations, [abbreviation])


def read_supraverden(path: Path) -> tuple[dict[str, Actor], list[str]]:
    """International organisations with a Wikidata code, by QID; and warnings (duplicate QIDs)."""
    import yaml  # build-time only

    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    orgs: dict[str, Actor] = {}
    warnings: list[str] = []
    for title, record in data.items():
        qid = clean(record.get("Wikidata_code"))
        if not re.fullmatch(r"Q[1-9][0-9]*", qid):
            continue
        if qid in orgs:
            kept = orgs[qid].names["en"][0]
            warnings.append(f"SupraVerden: {qid} also on {title!r}; kept the first ({kept!r})")
            continue
        actor = Actor(key=qid, type="InternationalOrganization", wikidata=qid, source=[SV_SOURCE])
        for lang in LANGS:
            other = _sv_fields(record, rf"Name_(other|former)(_\d+)?_{lang}")
            for name in _sv_fields(record, rf"Name_{lang}") + other:
                add_org_name(actor, lang, name)
        for abbreviation in _sv_fields(record, r"Abbreviation(_(other|former)(_\d+)?)?_(en|de)"):
            add_org_abbreviation(actor, abbreviation)
        if not actor.names.get("en"):
            actor.add_names("en", [clean(record.get("Name_en")) or clean(title)])
        orgs[qid] = actor
    return orgs, warnings


# --- facts -----------------------------------------------------------------------------------------------


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a facts file: `#` lines are comments, the first other line names the columns."""
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, restval="")
    return [{name: (value or "").strip() for name, value in row.items() if name} for row in reader]


def apply_country_facts(states: dict[str, Actor], rows: list[dict[str, str]], errors: list[str]) -> None:
    for row in rows:
        code = row["iso3"]
        actor = states.get(code)
        if actor is None:
            errors.append(f"countries.tsv: no Natural Earth state with code {code!r}")
            continue
        add_source(actor, FACTS_SOURCE)
        apply_edits(actor.names.setdefault("en", []), split_list(row.get("names_en")))
        apply_edits(actor.names.setdefault("de", []), split_list(row.get("names_de")))
        apply_table_edits(actor.adjectives, "en", split_list(row.get("adjectives_en")))
        german_forms = german_adjective_forms(split_list(row.get("adjectives_de")))
        apply_table_edits(actor.adjectives, "de", german_forms)
        apply_table_edits(actor.demonyms, "en", split_list(row.get("demonyms_en")))
        apply_table_edits(actor.demonyms, "de", split_list(row.get("demonyms_de")))
        metonym_ok = row.get("metonym_ok", "0")
        if metonym_ok not in {"0", "1"}:
            errors.append(f"countries.tsv: {code}: metonym_ok must be 0 or 1, not {metonym_ok!r}")
        elif metonym_ok == "1":
            apply_table_edits(actor.metonyms, "en", split_list(row.get("capital_en")))
            apply_table_edits(actor.metonyms, "de", split_list(row.get("capital_de")))


def _key_for(row_key: str, wikidata: str, file: str, errors: list[str]) -> str:
    if wikidata and not re.fullmatch(r"Q[1-9][0-9]*", wikidata):
        errors.append(f"{file}: {row_key}: bad QID {wikidata!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*|Q[1-9][0-9]*", row_key):
        errors.append(f"{file}: bad key {row_key!r} (a lowercase ASCII slug or a QID)")
    return wikidata or row_key


def _merge_into(actors: dict[str, Actor], actor: Actor, file: str, errors: list[str]) -> Actor:
    """The actor already under this key (names merged by QID), else the new one."""
    old = actors.get(actor.key)
    if old is None:
        actors[actor.key] = actor
        return actor
    if old.type != actor.type and actor.type:
        errors.append(f"{file}: {actor.key} is a {old.type} already, not a {actor.type}")
    if actor.country and old.country and actor.country != old.country:
        errors.append(f"{file}: {actor.key}: country {actor.country} differs from {old.country}")
    old.country = old.country or actor.country
    return old


def apply_body_facts(
    actors: dict[str, Actor], rows: list[dict[str, str]], qids: dict[str, str], file: str, errors: list[str]
) -> None:
    """bodies.tsv and media.tsv: actors of a state, with names."""
    for row in rows:
        wikidata = row.get("wikidata", "")
        key = _key_for(row["key"], wikidata, file, errors)
        defaults = {"media.tsv": "MediaOutlet", "officials.tsv": "Official"}
        kind = row.get("type") or defaults.get(file, "GovernmentBody")
        if kind not in TYPES:
            errors.append(f"{file}: {key}: unknown type {kind!r}")
        country = None
        if row.get("iso3"):
            country = qids.get(row["iso3"])
            if country is None:
                errors.append(f"{file}: {key}: no state with code {row['iso3']!r}")
        actor = _merge_into(
            actors, Actor(key=key, type=kind, wikidata=wikidata or None, country=country), file, errors
        )
        add_source(actor, FACTS_SOURCE)
        if file in ("media.tsv", "officials.tsv"):
            for lang in MATCH_LANGS:
                apply_edits(actor.names.setdefault(lang, []), split_list(row.get("names")))
        else:
            apply_edits(actor.names.setdefault("en", []), split_list(row.get("names_en")))
            apply_edits(actor.names.setdefault("de", []), split_list(row.get("names_de")))
        apply_edits(actor.abbreviations, split_list(row.get("abbreviations")))


def apply_org_facts(actors: dict[str, Actor], rows: list[dict[str, str]], errors: list[str]) -> None:
    for row in rows:
        row_key = row["key"]
        is_qid = bool(re.fullmatch(r"Q[1-9][0-9]*", row_key))
        key = _key_for(row_key, row_key if is_qid else "", "organizations.tsv", errors)
        kind = row.get("type") or "InternationalOrganization"
        if kind not in TYPES:
            errors.append(f"organizations.tsv: {key}: unknown type {kind!r}")
        actor = actors.get(key)
        if actor is None:
            actor = actors[key] = Actor(key=key, type=kind, wikidata=key if is_qid else None)
        actor.type = kind
        add_source(actor, FACTS_SOURCE)
        apply_edits(actor.names.setdefault("en", []), split_list(row.get("names_en")))
        apply_edits(actor.names.setdefault("de", []), split_list(row.get("names_de")))
        apply_edits(actor.abbreviations, split_list(row.get("abbreviations")))


def is_capital_word(name: str) -> bool:
    return " " not in name and name.isupper() and letters(name) >= 2


def move_capital_names(actor: Actor) -> None:
    """One all-capital word ("US", "USA", "BBC") is matched case-sensitively, as an abbreviation: as a name it
    would match "Us" at the start of a sentence. It stays a name too where it is the canonical one."""
    for lang in MATCH_LANGS:
        names = actor.names.get(lang, [])
        capital = [name for name in names if is_capital_word(name)]
        add_unique(actor.abbreviations, capital)
        names[1:] = [name for name in names[1:] if not is_capital_word(name)]


# --- collisions ------------------------------------------------------------------------------------------


def surface_forms(actor: Actor, lang: str) -> set[str]:
    """The forms kg looks for in a text of `lang` (as `kg.gazetteer.Entry.forms`), lower-cased."""
    forms = list(actor.names.get(lang, [])) + ([] if lang == "en" else actor.names.get("en", [])[:1])
    forms += actor.abbreviations
    for table in (actor.metonyms, actor.demonyms, actor.adjectives):
        forms += table.get(lang, [])
    return {form.lower() for form in forms}


def find_collisions(actors: Iterable[Actor]) -> dict[tuple[str, str], list[str]]:
    """(lang, lower-cased form) -> the keys sharing it, for forms on more than one key."""
    owners: dict[tuple[str, str], set[str]] = {}
    for actor in actors:
        for lang in MATCH_LANGS:
            for form in surface_forms(actor, lang):
                owners.setdefault((lang, form), set()).add(actor.key)
    return {found: sorted(keys) for found, keys in sorted(owners.items()) if len(keys) > 1}


# --- build -----------------------------------------------------------------------------------------------


@dataclass
class Build:
    actors: dict[str, Actor]
    collisions: dict[tuple[str, str], list[str]]
    deliberate: dict[tuple[str, str], str]
    warnings: list[str]
    errors: list[str]

    @property
    def unresolved(self) -> dict[tuple[str, str], list[str]]:
        return {found: keys for found, keys in self.collisions.items() if found not in self.deliberate}

    def lines(self) -> list[str]:
        return [json.dumps(self.actors[key].to_json(), ensure_ascii=False) for key in sorted(self.actors)]


def build(sources: Path, facts: Path) -> Build:
    errors: list[str] = []
    country_rows = read_tsv(facts / "countries.tsv")
    states, qids = read_natural_earth(sources / NE_FILE, {row["iso3"] for row in country_rows})
    apply_country_facts(states, country_rows, errors)
    orgs, warnings = read_supraverden(sources / SV_FILE)
    actors: dict[str, Actor] = {actor.key: actor for actor in states.values()}
    for key, org in orgs.items():
        if key in actors:
            errors.append(f"SupraVerden: {key} is a state already")
        else:
            actors[key] = org
    apply_org_facts(actors, read_tsv(facts / "organizations.tsv"), errors)
    state_qids = {actor.key: code for code, actor in states.items()}
    state_codes = {code: qid for code, qid in qids.items() if qid in state_qids}
    apply_body_facts(actors, read_tsv(facts / "bodies.tsv"), state_codes, "bodies.tsv", errors)
    apply_body_facts(actors, read_tsv(facts / "media.tsv"), state_codes, "media.tsv", errors)
    apply_body_facts(actors, read_tsv(facts / "officials.tsv"), state_codes, "officials.tsv", errors)
    for actor in actors.values():
        move_capital_names(actor)
        for table in (actor.names, actor.metonyms, actor.adjectives, actor.demonyms):
            for lang in [lang for lang, values in table.items() if not values]:
                del table[lang]
        if not actor.names:
            errors.append(f"{actor.key}: no name")
    deliberate = {
        (row["lang"], row["form"].lower()): row.get("reason", "")
        for row in read_tsv(facts / "collisions.tsv")
    }
    return Build(actors, find_collisions(actors.values()), deliberate, warnings, errors)


def write(result: Build, output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    with open(output, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("".join(line + "\n" for line in result.lines()))


def report(result: Build, stream: Any = sys.stderr) -> None:
    counts: dict[str, int] = {}
    for actor in result.actors.values():
        counts[actor.type] = counts.get(actor.type, 0) + 1
    print("entries: " + ", ".join(f"{kind} {counts.get(kind, 0)}" for kind in TYPES), file=stream)
    for warning in result.warnings:
        print(f"warning: {warning}", file=stream)
    for (lang, form), keys in result.collisions.items():
        status = "deliberate" if (lang, form) in result.deliberate else "UNRESOLVED"
        print(f"collision ({status}) {lang} {form!r}: {', '.join(keys)}", file=stream)
    for error in result.errors:
        print(f"error: {error}", file=stream)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES, help="gazetteer-sources folder")
    parser.add_argument("--facts", type=Path, default=DEFAULT_FACTS, help="folder of the facts files")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="actors.jsonl to write")
    parser.add_argument("--strict", action="store_true", help="fail on collisions not listed as deliberate")
    parser.add_argument("--quiet", action="store_true", help="print only problems")
    args = parser.parse_args(argv)
    result = build(args.sources, args.facts)
    if result.errors:
        report(result)
        return 1
    write(result, args.output)
    if not args.quiet:
        report(result)
        print(f"wrote {len(result.actors)} entries to {args.output}", file=sys.stderr)
    elif result.unresolved:
        report(result)
    return 1 if args.strict and result.unresolved else 0


if __name__ == "__main__":
    sys.exit(main())
