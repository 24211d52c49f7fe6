#!/usr/bin/env python3
"""Build `data/gazetteer/actors.jsonl` from the gazetteer sources and the project's own facts.

Sources (read-only, beside the repository in `shared/data/gazetteer-sources/` and `shared/data/cameo/`):
  - Natural Earth 5.1.1 admin-0 countries (public domain): states, QIDs, ISO codes, names in 8 languages.
  - SupraVerden general list (CC BY-SA 4.0): international organisations with a Wikidata code.
  - PETRARCH2 Phoenix country actor dictionary (MIT, as of 2014): politicians and officials with the
    state they serve, without QIDs (`read_phoenix_people`).
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
  - People from the Phoenix dictionary: only its person entries (those from CountryInfo.txt), only names of
    two or more words without a role word (role nouns of the Phoenix agents dictionary, "Mr", "Dr"), so
    "President Clinton" is left to kg's role rules. A person is an Official when any role of theirs is in
    government, the military, the judiciary, the legislature or the police, else a Person; their state is
    the one most of their roles name. A name that two people of different states share, or that names an
    actor from another source, is dropped: a person the project's facts list comes from the facts only.
  - A surface form on two different keys (a collision) is reported on stderr; it is deliberate when
    `facts/collisions.tsv` lists it, else it must be resolved in the facts (`--strict` fails on it).

Usage:
    python scripts/build_gazetteer.py [--sources DIR] [--cameo DIR] [--facts DIR] [--output PATH] [--strict]
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
DEFAULT_CAMEO = REPO.parent / "shared" / "data" / "cameo"
DEFAULT_FACTS = REPO / "data" / "gazetteer" / "facts"
DEFAULT_OUTPUT = REPO / "data" / "gazetteer" / "actors.jsonl"
NE_FILE = "naturalearth-5.1.1-admin0-countries.csv"
SV_FILE = "supraverden-general_list.yaml"
PHOENIX_FILE = "petrarch2-Phoenix.Countries.actors.txt"
AGENTS_FILE = "petrarch2-Phoenix.agents.txt"
NE_SOURCE = "naturalearth-5.1.1"
SV_SOURCE = "supraverden"
FACTS_SOURCE = "kg-facts"
PHOENIX_SOURCE = "petrarch2-phoenix"

LANGS = ("en", "de", "fr", "ru", "zh", "uk", "es", "ar")
MATCH_LANGS = ("en", "de")  # the languages kg reads; collisions are checked in these
GERMAN_ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")
TYPES = ("State", "GovernmentBody", "InternationalOrganization", "MediaOutlet", "Group", "Official", "Person")
# People's names are not translated: their English names count in German too.
PEOPLE = frozenset({"Official", "Person"})

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
            german = split_list(row.get("names_de"))  # German spellings, canonical in German texts
            if german:
                actor.names["de"] = german + [n for n in actor.names["de"] if n not in german]
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
        apply_table_edits(actor.metonyms, "de", split_list(row.get("metonyms_de")))
        apply_table_edits(actor.metonyms, "en", split_list(row.get("metonyms_en")))


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


# --- Phoenix people -------------------------------------------------------------------------------------

# A Phoenix role code is the state's three letters, then sector codes; these sectors hold public office.
OFFICE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "SPY", "COP"})
HONORIFICS = frozenset({"MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "MISTER", "MADAME", "MADAM"})
# Titles the agents dictionary lacks, some German as Phoenix writes them ("BUNDESKANZLER_KOHL").
TITLES = HONORIFICS | {"BARON", "BARONESS", "LORD", "LADY", "AYATOLLAH", "KANZLER", "BUNDESKANZLER", "ELECT"}
# Name particles written in lower case ("Omar al-Bashir", "Osama bin Laden", "Frederik de Klerk").
LOWER_PARTICLES = frozenset({
    "al", "el", "bin", "ibn", "bint", "de", "da", "di", "del", "della", "dos", "das", "du", "la", "le",
    "van", "von", "der", "den", "ter", "y",
})  # fmt: skip
_PHOENIX_ROLE = re.compile(r"\[([A-Z]{3})((?:[A-Z]{3})*)")
_ARABIC_ARTICLE = re.compile(r"(^| )(al|el) (?=\w)")
_AGENT_MACRO = re.compile(r"^!\w+!\s*=\s*(.+)$")
_AGENT_LINKS = frozenset({"FOR", "OF", "TO", "IN", "ON", "AT"})


@dataclass
class PhoenixPerson:
    """A person entry of the Phoenix country dictionary: names as written there, and role codes."""

    names: list[str]
    states: list[str] = field(default_factory=list)  # the state code of each role
    sectors: set[str] = field(default_factory=set)


def read_role_words(path: Path) -> frozenset[str]:
    """The role nouns of the Phoenix agents dictionary (PRESIDENT, MINISTER, SPOKESMAN …), upper-cased:
    the head word of every entry ("INTERIM_PRESIDENT" -> PRESIDENT, "!MINIST! FOR_DEFENCE" -> MINISTER)."""
    words: set[str] = set(HONORIFICS)
    with open(path, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            line = raw.split("#")[0].strip()
            macro = _AGENT_MACRO.match(line)
            if macro:
                words.update(word.strip() for word in macro.group(1).split(","))
                continue
            phrase = line.split("[")[0].strip()
            if not phrase or phrase.startswith("!"):
                continue
            head: list[str] = []
            for word in phrase.replace(" ", "_").split("_"):
                if word in _AGENT_LINKS:
                    break
                head.append(word)
            if head and head[-1].isalpha():
                words.add(head[-1])
    return frozenset(words)


def read_phoenix_people(path: Path) -> list[PhoenixPerson]:
    """The person entries (those from CountryInfo.txt) of the Phoenix country dictionary, in file order."""
    people: list[PhoenixPerson] = []
    person: PhoenixPerson | None = None
    with open(path, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            line, _, comment = raw.rstrip("\n").partition("#")
            if not line.strip():
                continue
            if line[0] not in " \t+":
                person = PhoenixPerson([line.strip()]) if "CountryInfo" in comment else None
                if person is not None:
                    people.append(person)
            elif person is None:
                continue
            elif line.startswith("+"):
                person.names.append(line[1:].strip())
            else:
                for state, sectors in _PHOENIX_ROLE.findall(line):
                    person.states.append(state)
                    person.sectors.update(sectors[i : i + 3] for i in range(0, len(sectors), 3))
    return people


def phoenix_name(raw: str) -> str:
    """ "OMAR_HASSAN_AL-BASHIR_" -> "Omar Hassan al-Bashir"."""

    def case(part: str) -> str:
        lower = part.lower()
        if lower in LOWER_PARTICLES:
            return lower
        if lower.startswith("mc") and len(lower) > 3:
            return "Mc" + lower[2:].capitalize()
        return lower.capitalize()

    return " ".join("-".join(case(part) for part in word.split("-")) for word in phoenix_words(raw))


def person_names(person: PhoenixPerson, role_words: frozenset[str]) -> list[str]:
    """A person's names that can stand alone in a text: two words or more besides particles ("al Assad" is
    a surname), no role word in them."""
    names: list[str] = []
    for n, raw in enumerate(person.names):
        words = phoenix_words(raw)
        banned = HONORIFICS if n == 0 else role_words | TITLES
        parts = [part.rstrip(",") for word in words for part in word.split("-")]  # "VICE-PRESIDENT"
        if (
            sum(word.lower() not in LOWER_PARTICLES for word in words) < 2
            or letters(words[-1]) < 2
            or any(part in banned or is_title_abbreviation(part) for part in parts)
        ):
            continue
        name = phoenix_name(raw)
        # Arabic articles are written with a hyphen as often as without: "Omar al Bashir", "Omar al-Bashir"
        add_unique(names, [name, _ARABIC_ARTICLE.sub(r"\1\2-", name)])
    return names


def phoenix_words(raw: str) -> list[str]:
    """The words of a Phoenix name, upper-cased ("US_PREsident George Bush" occurs too)."""
    return [word for word in raw.upper().replace(" ", "_").strip("_").split("_") if word]


def is_title_abbreviation(word: str) -> bool:
    """ "GOV.", "SEN.", "GEN." are titles; an initial ("W.") or "JR." is part of the name."""
    return word.endswith(".") and letters(word) > 1 and word not in {"JR.", "SR."}


# States whose people's names English writes in an English transliteration from Russian (or a related
# Cyrillic spelling); German news writes them in a German one: "Sergey Lavrov" is "Sergej Lawrow".
RUSSIAN_SPELLED = frozenset({"RUS", "UKR", "BLR", "KAZ", "KGZ", "TJK", "UZB", "TKM"})
_GERMAN_SPELLING = {
    "shch": "schtsch", "ch": "tsch", "kh": "ch", "zh": "sch", "sh": "sch", "ts": "z", "z": "s", "v": "w",
    "yu": "ju", "ya": "ja", "ye": "je", "yo": "jo",
}  # fmt: skip
_GERMAN_SPELLING_PATTERN = re.compile("|".join(sorted(_GERMAN_SPELLING, key=len, reverse=True)), re.I)
_GERMAN_ENDINGS = ((r"skiy$|skyi$|sky$", "ski"), (r"iy$|yi$", "i"), (r"ey$|ei$", "ej"), (r"ay$", "ai"),
                   (r"(?<=[bcdfghklmnprstw])y$", "i"))  # fmt: skip


def german_transliteration(name: str) -> str:
    """The German spelling of a name English spells from Russian: "Maria Zakharova" -> "Maria Sacharowa",
    "Dmitry Peskov" -> "Dmitri Peskow", "Sergey Shoigu" -> "Sergej Schoigu" (Duden rules, roughly: it
    cannot know where English wrote e for ё, so "Gorbachev" becomes "Gorbatschew", not "Gorbatschow")."""

    def respell(match: re.Match[str]) -> str:
        found = match.group()
        german = _GERMAN_SPELLING[found.lower()]
        return german.capitalize() if found[0].isupper() else german

    words = []
    for word in name.split(" "):
        if word.lower() in LOWER_PARTICLES or word.endswith("."):
            words.append(word)
            continue
        german = _GERMAN_SPELLING_PATTERN.sub(respell, word)
        for pattern, ending in _GERMAN_ENDINGS:
            german = re.sub(pattern, ending, german)
        words.append(german)
    return " ".join(words)


def add_phoenix_people(
    actors: dict[str, Actor],
    people: list[PhoenixPerson],
    role_words: frozenset[str],
    state_codes: dict[str, str],
    warnings: list[str],
) -> None:
    """Officials and other public people of the Phoenix dictionary, with their state (no QID)."""
    taken = {form for actor in actors.values() for lang in MATCH_LANGS for form in surface_forms(actor, lang)}
    candidates: list[tuple[list[str], list[str], str, str]] = []
    unknown: set[str] = set()
    for person in people:
        names = person_names(person, role_words)
        states = [state for state in person.states if state in state_codes]
        unknown.update(state for state in person.states if state not in state_codes)
        if not names or not states:
            continue
        # The state most roles name; among equals, the first named.
        state = max(dict.fromkeys(states), key=states.count)
        kind = "Official" if person.sectors & OFFICE_SECTORS else "Person"
        german: list[str] = []
        if state in RUSSIAN_SPELLED:
            add_unique(german, (g for g in map(german_transliteration, names) if g not in names))
        candidates.append((names, german, state_codes[state], kind))
    states_of: dict[str, set[str]] = {}
    for english, german, country, _ in candidates:
        for name in english + german:
            states_of.setdefault(name.lower(), set()).add(country)
    used: set[str] = set()
    for english, german, country, kind in candidates:
        if any(name.lower() in taken for name in english + german):
            continue  # the facts or another source know this actor already
        english, german = (
            [name for name in names if len(states_of[name.lower()]) == 1 and name.lower() not in used]
            for names in (english, german)
        )
        if not english:
            continue
        used.update(name.lower() for name in english + german)
        base = key = slugify(english[0])
        suffix = 1
        while key in actors:
            suffix += 1
            key = f"{base}-{suffix}"
        table = {"en": english, "de": german} if german else {"en": english}
        actors[key] = Actor(key=key, type=kind, country=country, names=table, source=[PHOENIX_SOURCE])
    if unknown:
        codes = " ".join(sorted(unknown))
        warnings.append(f"Phoenix: roles in {len(unknown)} codes that are no state kg knows: {codes}")


# --- collisions ------------------------------------------------------------------------------------------


def surface_forms(actor: Actor, lang: str) -> set[str]:
    """The forms kg looks for in a text of `lang` (as `kg.gazetteer.Entry.forms`), lower-cased."""
    english = actor.names.get("en", [])
    if lang != "en":
        english = english if actor.type in PEOPLE else english[:1]
        forms = list(actor.names.get(lang, [])) + english
    else:
        forms = list(english)
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


def build(sources: Path, facts: Path, cameo: Path = DEFAULT_CAMEO) -> Build:
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
    if (cameo / PHOENIX_FILE).is_file():
        people = read_phoenix_people(cameo / PHOENIX_FILE)
        add_phoenix_people(actors, people, read_role_words(cameo / AGENTS_FILE), state_codes, warnings)
    else:
        warnings.append(f"{cameo / PHOENIX_FILE} is missing: no people from the Phoenix dictionary")
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
    parser.add_argument("--cameo", type=Path, default=DEFAULT_CAMEO, help="cameo folder (Phoenix actors)")
    parser.add_argument("--facts", type=Path, default=DEFAULT_FACTS, help="folder of the facts files")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="actors.jsonl to write")
    parser.add_argument("--strict", action="store_true", help="fail on collisions not listed as deliberate")
    parser.add_argument("--quiet", action="store_true", help="print only problems")
    args = parser.parse_args(argv)
    result = build(args.sources, args.facts, args.cameo)
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
