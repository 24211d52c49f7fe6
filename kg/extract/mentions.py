"""Find the mentions of actors in a parsed article and the roles that tie officials to them.

Sources of mentions, in order of trust: the gazetteer (type, QID, country), government bodies named by
a head noun ("das russische Verteidigungsministerium"), group phrases ("der Westen"), media outlets,
and the statistical NER for people and organisations no list knows. Role phrases around a person
("Pressesprecher des US-Verteidigungsministeriums John Kirby", "Jake Sullivan, the White House national
security adviser") make the person an Official and give an affiliation.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import Lexicon
from kg.gazetteer import Entry, Gazetteer
from kg.model import ActorType

PERSON_LABELS = {"PER", "PERSON"}
ORG_LABELS = {"ORG"}
_QUOTE_CHARS = '"„“”«»‚‘’'
_GENITIVE_ARTICLES = {"des", "eines", "seines", "ihres", "unseres"}
ARTICLES = {"the", "der", "die", "das", "den", "dem", "des"}  # definite articles of both languages
# Little words that may stand inside a role phrase: "der leitende Sprecher", "Japan's prime minister".
_ROLE_GLUE = {"der", "die", "of", "the", "a", "an", "to", "for", "'s", "’s"}


@dataclass(eq=False, slots=True)
class Found:
    """A mention found in the text, before mentions are merged into actors."""

    start: int
    end: int
    text: str
    type: ActorType
    kind: str  # gazetteer form kind, or person, body, group, media, org, description, alliance
    name: str
    entry: Entry | None = None
    country: str | None = None
    modifier: bool = False  # names only part of a larger mention ("US" in "US-Verteidigungsministerium")
    role: str | None = None  # affiliation of an official or a description
    role_target: Found | None = None
    role_evidence: tuple[int, int] | None = None
    role_noun: str | None = None  # the role's words, lower-case: "secretary of state", "präsident"
    actor: str | None = None  # actor key, set when mentions are merged
    anaphor: bool = False
    standalone: bool = False  # English: an unnamed official of a named body ("a spokesperson for X")
    backer: Found | None = None  # the state that backs a group: "Iranian-backed militias"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once: spaCy joins the tokens anew on every access."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def holder_in_apposition(role: Token, by_token: dict[int, Found]) -> Found | None:
    """The person a role noun's phrase names in apposition (English parse): 'the prime minister of
    Qatar, Mohammed …', 'the foreign minister of Poland, Radoslaw Sikorski'."""
    for t in role.subtree:
        f = by_token.get(t.i)
        if (
            t.i > role.i
            and f is not None
            and f.kind == "person"
            and any(role.doc[k].text == "," for k in range(role.i + 1, t.i))
        ):
            return f
    return None


def _overlaps(a: Found, start: int, end: int) -> bool:
    return a.start < end and start < a.end


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def find_mentions(doc: Doc, lang: str, gazetteer: Gazetteer, lexicon: Lexicon) -> list[Found]:
    """All actor mentions in `doc`, sorted by position, roles attached."""
    text = doc_text(doc)
    found: list[Found] = []
    for hit in gazetteer.match(text, lang):
        entry = hit.entry
        country = entry.wikidata if entry.type is ActorType.STATE else entry.country
        # Officials the gazetteer knows are people like any other, with a QID.
        kind = "person" if entry.type in (ActorType.OFFICIAL, ActorType.PERSON) else hit.kind
        found.append(Found(hit.start, hit.end, hit.text, entry.type, kind, entry.name(lang), entry, country))
    found = _places_of_organisations(doc, found, lexicon)
    found = _mark_compound_modifiers(doc, found)
    if lang != "en":  # English reads adjectives off the parse: "killed two British soldiers" names the UK
        _demonyms_as_adjectives(doc, found)
    found = _ethnic_groups(doc, found, lexicon)
    found += _compound_prefixes(doc, found, gazetteer, lexicon)
    found += _acronym_orgs(doc, found, lexicon)
    found += _bodies(doc, lang, found, lexicon, gazetteer)
    found += _groups(text, found, lexicon)
    found += _media(doc, found, lexicon)
    found += _people_and_orgs(doc, found, lexicon, gazetteer)
    _initialisms(found)
    found += _alliances(doc, found, lexicon)
    found += _repeated_surnames(doc, found, lexicon)
    found.sort(key=lambda f: (f.start, -f.end))
    _roles(doc, found, lexicon)
    _titled_surnames(found, gazetteer)
    found += _offices(doc, found, lexicon)
    found.sort(key=lambda f: (f.start, -f.end))
    return found


def _places_of_organisations(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """A city that stands for an organisation ("Brüssel" for the EU) is only the place where it is a
    place: "in Brüssel", "Brussels, Belgium"."""

    def place(f: Found) -> bool:
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if f.kind != "metonym" or f.type is ActorType.STATE or span is None:
            return False
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        after = doc[span.end].text if span.end < len(doc) else ""
        country = span.end + 1 < len(doc) and any(
            g.type is ActorType.STATE and g.start == doc[span.end + 1].idx for g in found
        )
        return before in lexicon.place_prepositions | {"at"} or (after == "," and country)

    return [f for f in found if not place(f)]


def _offices(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """ "Prime Minister Benjamin Netanyahu's office", "Selenskyjs Büro": the office of a named official is
    a government body of their state, named as written with the role."""
    text = doc_text(doc)
    offices: list[Found] = []
    for token in doc:
        if token.text not in lexicon.office_nouns:
            continue
        owner = next(
            (
                f
                for f in found
                if f.kind == "person"
                and f.type is ActorType.OFFICIAL
                and re.fullmatch(r"(?:s|['’]s?)?\s*", text[f.end : token.idx])
                and f.end <= token.idx
            ),
            None,
        )
        if owner is None:
            continue
        start = min(owner.start, owner.role_evidence[0]) if owner.role_evidence else owner.start
        end = token.idx + len(token.text)
        offices.append(
            Found(
                start,
                end,
                text[start:end],
                ActorType.GOVERNMENT_BODY,
                "body",
                f"Office of {owner.name}",
                country=owner.country,
            )
        )
    return offices


def _mark_compound_modifiers(doc: Doc, found: list[Found]) -> list[Found]:
    """In "NATO-Erweiterung" NATO stays an actor; in "Kreml-Sprecher" it is the role's target."""
    for f in found:
        span = _tokens(doc, f.start, f.end)
        if (
            span is not None
            and (span.start_char < f.start or span.end_char > f.end)
            and f.kind == "adjective"
        ):
            f.modifier = True
    return found


def _demonyms_as_adjectives(doc: Doc, found: list[Found]) -> None:
    """A capitalised demonym before a noun is an adjective: "Deutsche Wetterdienst", "Russian troops"."""
    for f in found:
        if f.kind != "demonym":
            continue
        span = _tokens(doc, f.start, f.end)
        if span is not None and span.end < len(doc) and doc[span.end].pos_ in {"NOUN", "PROPN"}:
            f.kind, f.modifier = "adjective", True


def _ethnic_groups(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """'ethnic Albanians', 'ethnische Russen' are a people, not the state named like them: a group."""
    text = doc_text(doc)
    out: list[Found] = []
    for f in found:
        words = text[max(0, f.start - 14) : f.start].split()
        if f.kind in ("demonym", "adjective") and words and words[-1].lower() in lexicon.ethnic_markers:
            start = f.start - len(words[-1]) - 1
            end = f.end
            if f.kind == "adjective":  # "ethnic Armenian forces": the noun belongs to the group
                span = _tokens(doc, f.start, f.end)
                if span is None or span.end >= len(doc) or doc[span.end].pos_ != "NOUN":
                    out.append(f)
                    continue
                end = doc[span.end].idx + len(doc[span.end].text)
            out.append(Found(start, end, text[start:end], ActorType.GROUP, "group", text[start:end]))
            continue
        out.append(f)
    return out


def _compound_prefixes(doc: Doc, found: list[Found], gazetteer: Gazetteer, lexicon: Lexicon) -> list[Found]:
    """The actor named by the first part of a German compound role noun: "Kreml" in "Kremlsprecher",
    "Kremlchef". It is the role's target, as "US" is in "US-Außenminister"."""
    prefixes: list[Found] = []
    if lexicon.lang != "de":
        return prefixes
    for token in doc:
        hit = lexicon.role_suffix(token.text)
        if hit is None:
            continue
        prefix = token.text[: len(token.text) - len(hit[0])].rstrip("-")
        start, end = token.idx, token.idx + len(prefix)
        if len(prefix) < 2 or any(_overlaps(f, start, end) for f in found):
            continue
        hits = gazetteer.match(prefix, "de")
        if len(hits) == 1 and (hits[0].start, hits[0].end) == (0, len(prefix)):
            entry = hits[0].entry
            country = entry.wikidata if entry.type is ActorType.STATE else entry.country
            prefixes.append(
                Found(
                    start,
                    end,
                    prefix,
                    entry.type,
                    hits[0].kind,
                    entry.name("de"),
                    entry,
                    country,
                    modifier=True,
                )
            )
    return prefixes


def _bodies(doc: Doc, lang: str, found: list[Found], lexicon: Lexicon, gazetteer: Gazetteer) -> list[Found]:
    """Government bodies named by a head noun, with their country from an adjective or a prefix.

    A state's government as a whole ("die türkische Regierung", "the Japanese government", "die
    Trump-Regierung") stands for the state, as "Moskau" does: it becomes a mention of the state."""
    bodies: list[Found] = []
    for token in doc:
        word = token.text
        is_body = word in lexicon.body_nouns or (
            lang == "de" and word[:1].isupper() and word.lower().endswith(lexicon.body_suffixes)
        )
        if (
            lang == "en"
            and token.i + 1 < len(doc)
            and f"{token.lower_} {doc[token.i + 1].lower_}" in lexicon.roles
        ):
            continue  # the first word of a role: "cabinet secretary", "government spokesman"
        if not is_body or any(
            _overlaps(f, token.idx, token.idx + len(word))
            and not f.modifier
            and f.kind != "adjective"
            and f.start <= token.idx
            and f.end >= token.idx + len(word)
            for f in found
        ):
            continue
        start, end = token.idx, token.idx + len(word)
        name_end: int | None = None  # where the name ends when the mention goes on ("… in Caracas")
        country: Found | None = None
        # A state named inside the compound ("US-Regierung") or as adjective right before it.
        for f in found:
            if f.country and f.type is ActorType.STATE and start <= f.start and f.end < end:
                country = f
        left = token.i - 1
        # A compound that names its owner ("Selenski-Regime") takes no country from the words before.
        named_inside = any(start <= f.start and f.end < end and f.entry is not None for f in found)
        while (
            not named_inside
            and left >= token.sent.start
            and (
                doc[left].pos_ in {"ADJ", "PROPN"}
                or (
                    doc[left].text[:1].islower()
                    and doc[left].text.isalpha()
                    # No verb between ("demanded that France withdraw troops", "von Deutschland
                    # unterstützte Regime"); the German tagger misses some adjectives, so only verbs stop.
                    and (lang != "en" or doc[left].pos_ in {"NOUN", "ADJ"} or doc[left].dep_ == "amod")
                    and (doc[left].pos_ not in {"VERB", "AUX"} or (lang == "en" and doc[left].dep_ == "amod"))
                    and doc[left].pos_ not in {"DET", "PRON"}  # "Russland seine Truppen" is no body's name
                )
            )
            and left > token.i - 4
        ):
            for f in found:
                if f.start == doc[left].idx and f.type is ActorType.STATE:
                    country, start = f, f.start
            left -= 1
        if lang == "de" and country is None and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "in":
            # "das Außenministerium in Caracas", "die Regierung in Kiew": the body of the state it sits in,
            # named with its place as written.
            after = doc[token.i + 2].idx
            place = next(
                (f for f in found if f.start == after and f.type is ActorType.STATE and f.country), None
            )
            if place is not None:
                country, name_end, end = place, end, place.end
        if lang == "en":
            if left >= 1 and doc[left].text in {"'s", "’s"} and country is None:
                # "Mali's ruling military junta": the state as possessor
                for f in found:
                    if f.end == doc[left - 1].idx + len(doc[left - 1].text) and f.type is ActorType.STATE:
                        country, start = f, f.start
            # "Ministry of Defence of Russia", "State Department": extend over the capitalised phrase.
            i = token.i
            while i + 2 < len(doc) and doc[i + 1].text == "of" and doc[i + 2].text[:1].isupper():
                i += 2
                while i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
                    i += 1
            if word.lower() in _POSTS_EN:
                i = _post_place(doc, i)
            end = doc[i].idx + len(doc[i].text)
            if country is None and i + 2 < len(doc) and doc[i + 1].lower_ == "in":
                # "security forces in Guinea": the forces of the state they are in
                country = next(
                    (
                        f
                        for f in found
                        if f.start == doc[i + 2].idx and f.type is ActorType.STATE and f.country
                    ),
                    None,
                )
            j = token.i - 1
            while j >= 0 and _name_word_en(doc, j, found):
                start = min(start, doc[j].idx)
                for f in found:
                    if f.start == doc[j].idx and f.type is ActorType.STATE:
                        country = f
                j -= 1
            if (
                start == token.idx
                and end == token.idx + len(word)
                and word.islower()
                and country is None
                and not (
                    word in lexicon.body_anaphors
                    and any(word in b.name.lower() or word in b.text.lower() for b in bodies)
                )
                and not (word in lexicon.org_anaphors and any(_organisation(f) for f in found))
            ):
                continue  # "the government" alone: no actor unless a country names it or it was named before
        if word.lower().endswith(lexicon.government_nouns):
            state = _state_of(found, start, end, gazetteer) if country is None else country.entry
            if state is None and start == token.idx:
                # "das Regime", "die Junta", "the government" alone: the state whose regime, junta or
                # government was named so before ("das Assad-Regime", "die Militärjunta in Niger")
                noun = word.lower().removesuffix("s") if word.lower().startswith("regime") else word.lower()
                named = [b for b in bodies if b.kind == "metonym" and noun in b.text.lower()]
                state = named[-1].entry if named else None
            if state is not None:
                for f in found:
                    if start <= f.start and f.end <= end:
                        f.modifier = True
                text = doc_text(doc)[start:end]
                bodies.append(
                    Found(
                        start, end, text, ActorType.STATE, "metonym", state.name(lang), state, state.wikidata
                    )
                )
                continue
        if lang == "en" and start > 0:
            before = doc.char_span(start, end, alignment_mode="expand")
            if before is not None and before.start > 0 and doc[before.start - 1].lower_ == "the":
                start = doc[before.start - 1].idx  # the mention as written: "the US embassy in Moscow"
        if (
            country is None
            and word in lexicon.body_anaphors
            # English: "the ministry" refers back, "the Foreign Ministry" names a body of its own
            and (lang != "en" or _body_name(doc_text(doc)[start:end], lang).lower() == word.lower())
        ):
            organisation = word in lexicon.org_anaphors  # "the agency": an organisation, not "the forces"
            bodies.append(
                Found(
                    start,
                    end,
                    doc_text(doc)[start:end],
                    ActorType.INTERNATIONAL_ORGANIZATION if organisation else ActorType.GOVERNMENT_BODY,
                    "body",
                    word,
                    anaphor=True,
                )
            )
            continue
        if (
            country is None
            and lang == "de"
            and not word.lower().endswith("ministerium")
            and not word.lower().endswith("ministeriums")
            and "-" not in word
        ):
            continue
        if lang == "de" and word.lower().endswith(_POSTS_DE):
            # "die chinesische Botschaft in Washington": a post is named with its place.
            last = _post_place(doc, token.i)
            end = doc[last].idx + len(doc[last].text)
        for f in found:
            if f.type is ActorType.STATE and start <= f.start and f.end <= end:
                f.modifier = True
        name = _body_name(doc_text(doc)[start : name_end or end], lang)
        if lang == "en":
            # "Mali's ruling military junta": the whole phrase, not the "military" inside it
            bodies[:] = [b for b in bodies if not (start <= b.start and b.end <= end)]
        # "Syrian opposition forces", "rebel forces", "Oppositionsparlament": no body of the state's.
        words = re.findall(r"\w+", doc_text(doc)[start:end].lower())
        not_public = any(w in lexicon.not_public for w in words) or (
            lang == "de" and words and words[-1].startswith(lexicon.not_public)
        )
        bodies.append(
            Found(
                start,
                end,
                doc_text(doc)[start:end],
                ActorType.GROUP if not_public else ActorType.GOVERNMENT_BODY,
                "body",
                name,
                country=country.country if country else None,
            )
        )
    return bodies


# English diplomatic posts are named with their place: "the US embassy in Moscow", "the Russian
# Permanent Mission to the UN", "the US Consulate General in St Petersburg".
_POSTS_EN = {"embassy", "consulate", "mission"}
_POSTS_DE = ("botschaft", "konsulat", "generalkonsulat", "vertretung")


def _post_place(doc: Doc, i: int) -> int:
    """The last token of a post's name that starts at doc[i]: over 'General' and 'in/to (the) Place'."""
    while i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
        i += 1
    k = i + 1
    if k < len(doc) and doc[k].lower_ in {"in", "to"}:
        k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        if k < len(doc) and doc[k].text[:1].isupper():
            while (
                k + 1 < len(doc)
                and doc[k + 1].text[:1].isupper()
                and doc[k + 1].text.replace(".", "").isalpha()
            ):
                k += 1
            return k
    return i


def _name_word_en(doc: Doc, j: int, found: list[Found]) -> bool:
    """A word of an English body's capitalised name before its head noun ('U.S. Indo-Pacific Command');
    an article is none ('A junta spokesman')."""
    token = doc[j]
    if token.pos_ == "DET":
        return False
    if token.text[:1].isupper() and token.is_alpha:
        return True
    if token.text == "-" and j > 0 and doc[j - 1].text[:1].isupper() and doc[j + 1].text[:1].isupper():
        return True
    return any(f.start <= token.idx < f.end and f.type is ActorType.STATE for f in found)


def _organisation(f: Found) -> bool:
    return f.type is ActorType.INTERNATIONAL_ORGANIZATION or f.kind == "acronym"


def _state_of(found: list[Found], start: int, end: int, gazetteer: Gazetteer) -> Entry | None:
    """The state a government's name contains ("the Government of Iraq") or whose leader names it
    ("Trump-Regierung", "the Biden administration")."""
    for f in found:
        if start <= f.start and f.end <= end and f.entry is not None:
            if f.type is ActorType.STATE:
                return f.entry
            if f.kind == "person":
                return gazetteer.state(f.entry.country)
    return None


def _body_name(text: str, lang: str) -> str:
    if lang != "de":
        return re.sub(r"^(the|The)\s+", "", text)
    words = text.split()
    last = words[-1]
    if last.endswith(("iums", "ments", "ates", "ums")):
        last = last[:-1]
    words[-1] = last
    return " ".join(words)


_POSSESSOR_EN = re.compile(r"(?:\b[Tt]he\s+)?(?:\b[A-Z][\w-]*\s+){0,2}\b[\w-]+['’]s\s$")


# Between a state's adjective and its group, one adjective at most: "Irish nationalist guerrillas", not
# "France and European allies".
_STATE_GROUP_GAP = re.compile(r" (?:(?!(?:and|or|of|the|to|in|with|by|for) )[a-z-]+ )?")
_GROUP_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]{1,7})\s$")


def _groups(text: str, found: list[Found], lexicon: Lexicon) -> list[Found]:
    groups: list[Found] = []
    named_acronyms: set[str] = set()
    for phrase in lexicon.groups:
        pattern = re.escape(phrase)
        if lexicon.lang == "en" and phrase[:1].islower():
            pattern = f"[{phrase[0]}{phrase[0].upper()}]{re.escape(phrase[1:])}"  # "World leaders have …"
        if lexicon.lang == "en" and phrase.split()[-1][:1].isupper():
            pattern += r"(?!\s+[A-Z])"  # not "the West African country", "the West Bank"
        for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text):
            if any(_overlaps(f, m.start(), m.end()) for f in found + groups):
                continue
            name = phrase
            if lexicon.lang == "de" and phrase.split()[0] in {"dem", "den", "des", "der"}:
                name = " ".join(phrase.split()[1:])
            start, country = m.start(), None
            if lexicon.lang == "de" and start > 0 and text[start - 1] == "-":
                # a compound names the group whole: "die Tigray-Rebellen", "Huthi-Milizen"
                while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
                    start -= 1
                name = text[start : m.end()]
            if lexicon.lang == "en" and name.startswith("the "):
                name = name[4:]  # "the Taliban" is the Taliban
            if lexicon.lang == "en":
                # "Rwandan rebels", "Afghan insurgents": the group of a country, named with it
                state = next(
                    (
                        f
                        for f in found
                        if f.type is ActorType.STATE
                        and f.country
                        and re.fullmatch(_STATE_GROUP_GAP, text[f.end : m.start()])  # "Irish nationalist"
                    ),
                    None,
                )
                backer = re.search(
                    r"(?<![\w-])([A-Z][\w]*-backed)\s$", text[max(0, m.start() - 40) : m.start()]
                )
                backing = None
                if state is None and backer is not None:
                    # "Iranian-backed militias": a group of its own, which the state only backs
                    start = m.start() - len(backer.group(0))
                    name = text[start : m.end()]
                    for f in found:
                        if start <= f.start < m.start():
                            f.modifier = True
                            backing = f if f.type is ActorType.STATE else backing
                if state is not None:
                    start, country = state.start, state.country
                    state.modifier = True
                    name = text[start : m.end()]
                before = text[max(0, m.start() - 60) : m.start()]
                owner = _POSSESSOR_EN.search(before)
                acronym = _GROUP_ACRONYM.search(before) if phrase == phrase.lower() else None
                if state is None and acronym is not None:
                    # "M23 rebels", "FARC guerrillas": the group is named by its acronym, alone later too
                    start = m.start() - len(before) + acronym.start(1)
                    name = acronym.group(1)
                    named_acronyms.add(name)
                elif state is None and owner is not None and phrase == phrase.lower():  # not "al-Qaeda"
                    # "Navalny's allies", "the politician's allies": the group as written, with its owner
                    start = m.start() - len(before) + owner.start()
                    name = re.sub(r"^[Tt]he\s+", "", text[start : m.end()])
                    country = next(
                        (
                            f.country
                            for f in found
                            if f.type is ActorType.STATE and start <= f.start < m.start()
                        ),
                        None,
                    )
            group = Found(
                start, m.end(), text[start : m.end()], ActorType.GROUP, "group", name, country=country
            )
            if lexicon.lang == "en":
                group.backer = backing
            groups.append(group)
    for name in named_acronyms:
        for use in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(_overlaps(f, use.start(), use.end()) for f in found + groups):
                groups.append(Found(use.start(), use.end(), name, ActorType.GROUP, "group", name))
    return groups


def _media(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """Outlets named after a media noun, quoted or not: 'das Magazin "RT DE"'."""
    media: list[Found] = []
    text = doc_text(doc)
    for token in doc:
        if token.text.lower() not in lexicon.media_nouns:
            continue
        m = re.match(
            rf"\s*[{_QUOTE_CHARS}]([^{_QUOTE_CHARS}\n]{{2,40}})[{_QUOTE_CHARS}]",
            text[token.idx + len(token.text) :],
        )
        if not m:
            continue
        start = token.idx + len(token.text) + m.start(1)
        end = start + len(m.group(1))
        if any(_overlaps(f, start, end) for f in found + media):
            for f in found:
                if _overlaps(f, start, end) and f.type is ActorType.MEDIA_OUTLET:
                    f.start, f.end, f.text = token.idx, end + 1, text[token.idx : end + 1]
            continue
        media.append(
            Found(token.idx, end + 1, text[token.idx : end + 1], ActorType.MEDIA_OUTLET, "media", m.group(1))
        )
    return media


def _entity_spans(doc: Doc) -> list[Span]:
    """NER spans, with coordinated names split: 'Xi und Putin' is two people."""
    spans = []
    for ent in doc.ents:
        start = ent.start
        for token in ent:
            if token.lower_ in {"und", "and", "sowie", "&"} or token.text == ",":
                if token.i > start:
                    spans.append(Span(doc, start, token.i, label=ent.label_))
                start = token.i + 1
        if start < ent.end:
            spans.append(Span(doc, start, ent.end, label=ent.label_))
    return [_balanced(span) for span in spans]


def _balanced(span: Span) -> Span:
    """A name the NER cut inside parentheses ("Umma (Nation") takes the rest of them ("Umma (Nation)
    party"), or, when they do not close soon, ends before them."""
    doc, opened = span.doc, [t.i for t in span if t.text == "("]
    if not opened or any(t.text == ")" for t in span if t.i > opened[-1]):
        return span
    for k in range(span.end, min(len(doc), span.end + 3)):
        if doc[k].text == ")":
            end = k + 1
            if end < len(doc) and doc[end].is_alpha and not doc[end].is_stop:
                end += 1  # the head noun after the parenthesis: "(Nation) party"
            return Span(doc, span.start, end, label=span.label_)
    return Span(doc, span.start, opened[-1], label=span.label_) if opened[-1] > span.start else span


_ACRONYM = re.compile(r"\(([A-ZÄÖÜ][A-ZÄÖÜa-z]{1,9})\)")


def _acronym_orgs(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """An organisation the text defines with its acronym: "the office of the High Commissioner for
    Human Rights (OHCHR)", "Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE)". The
    acronym's letters are the initials of the name's words (small words aside); later uses of the
    acronym name it too."""
    text = doc_text(doc)
    orgs: list[Found] = []
    for m in _ACRONYM.finditer(text):
        acronym = m.group(1)
        letters = [c for c in acronym if c.isupper()]
        words = list(re.finditer(r"[\w'’-]+", text[max(0, m.start() - 150) : m.start()]))
        offset = max(0, m.start() - 150)
        # small words never count; lower-case ones may not either: "the office of the High Commissioner
        # for Human Rights (OHCHR)", "Departement für auswärtige Angelegenheiten (EDA)"
        for skip_lower in (False, True):
            initials: list[tuple[str, int]] = []
            for w in reversed(words):
                if w.group().lower() in lexicon.acronym_glue or (skip_lower and w.group()[:1].islower()):
                    continue
                initials.insert(0, (w.group()[0].upper(), offset + w.start()))
                if len(initials) == len(letters):
                    break
            if [i for i, _ in initials] == letters and initials:
                break
        else:
            continue
        start, end = initials[0][1], m.start() - 1
        while end > start and text[end - 1] == " ":
            end -= 1
        name = text[start:end]
        if not any(w[:1].isupper() for w in name.split()) or any(_overlaps(f, start, end) for f in found):
            continue
        orgs.append(Found(start, end, name, ActorType.OTHER, "acronym", name))
        uses = [(u.start(), u.end()) for u in re.finditer(rf"(?<!\w){re.escape(acronym)}(?!\w)", text)]
        # the text's own definition wins over the gazetteer's reading of the same letters: "Eidgenössisches
        # Departement für auswärtige Angelegenheiten (EDA)" is no European Defence Agency here
        found[:] = [f for f in found if not (f.kind == "abbreviation" and (f.start, f.end) in uses)]
        for use_start, use_end in uses:
            if not any(_overlaps(f, use_start, use_end) for f in found):
                orgs.append(Found(use_start, use_end, acronym, ActorType.OTHER, "acronym", name))
    return orgs


def _people_and_orgs(doc: Doc, found: list[Found], lexicon: Lexicon, gazetteer: Gazetteer) -> list[Found]:
    more: list[Found] = []
    for ent in _entity_spans(doc):
        holder = _named_after_role(doc, ent, lexicon)
        if holder is not None:
            ent = Span(doc, holder, ent.end, label="PER")
        elif _person_as_org(ent, lexicon, gazetteer):
            ent = Span(doc, ent.start, ent.end, label="PER")
        if ent.label_ in PERSON_LABELS and (
            _names_a_thing(ent, lexicon) or _place_of_office(doc, ent, lexicon)
        ):
            continue
        if ent.label_ not in PERSON_LABELS | ORG_LABELS:
            continue
        if ent.label_ in ORG_LABELS and lexicon.role_suffix(ent[-1].text):
            continue  # a role phrase ("Nationale Sicherheitsberater"), not a name
        if ent.label_ in ORG_LABELS and _ends_role_phrase(doc, ent, lexicon):
            continue  # the tail of a role phrase: "State" in "Secretary of State"
        if ent.text.lower() in lexicon.portfolios:
            continue  # a minister's field: "Secretary Interior", "Minister for Interior"
        span = _trim_person(ent, lexicon) if ent.label_ in PERSON_LABELS else ent
        if span is not None and ent.label_ in ORG_LABELS and lexicon.lang == "en":
            # "Palestinian Islamic Jihad", "Syrian Democratic Forces": a named organisation of a country
            named = span[1:] if len(span) > 1 and span[0].lower_ == "the" else span
            inside = [f for f in found if _overlaps(f, named.start_char, named.end_char)]
            if (
                len(inside) == 1
                and inside[0].kind in {"adjective", "demonym"}
                and inside[0].start == named.start_char
                and inside[0].end < named.end_char
                and not any(_overlaps(f, named.start_char, named.end_char) for f in more)
            ):
                inside[0].modifier = True
                more.append(
                    Found(
                        named.start_char,
                        named.end_char,
                        named.text,
                        ActorType.OTHER,
                        "org",
                        named.text,
                        country=inside[0].country,
                    )
                )
                continue
        if span is None or any(_overlaps(f, span.start_char, span.end_char) for f in found + more):
            continue
        if ent.label_ in PERSON_LABELS:
            if not any(t.text[:1].isupper() for t in span) or len(span.text) < 3:
                continue
            more.append(
                Found(
                    span.start_char,
                    span.end_char,
                    span.text,
                    ActorType.PERSON,
                    "person",
                    _person_name(span.text, doc_text(doc)),
                )
            )
        else:
            name = _org_name(span)
            more.append(Found(span.start_char, span.end_char, span.text, ActorType.OTHER, "org", name))
    return more


def _named_after_role(doc: Doc, ent: Span, lexicon: Lexicon) -> int | None:
    """A name right after a role noun is its holder whatever the NER labelled it: the German model
    reads "Präsident Baschar al-Assad" as a place, and "Außenminister Margus Tsahkna" as an adjective
    and a place. A single word in -s is a genitive place ("Bürgermeister Charkiws"), and places the
    gazetteer knows were taken before. (Where the name starts.)"""
    if ent.label_ in PERSON_LABELS | ORG_LABELS or ent.start == 0:
        return None
    if not all(_capitalised(t.text) for t in (ent[0], ent[-1])) or (len(ent) == 1 and ent.text.endswith("s")):
        return None
    start = ent.start
    if start > 1 and _capitalised(doc[start - 1].text) and not doc[start - 1].ent_type_:
        start -= 1  # a first name the NER left out: "Margus" in "Außenminister Margus Tsahkna"
        if _role_phrase_ending_at(doc, start - 1, lexicon) is None:
            start += 1
    return start if _role_phrase_ending_at(doc, start - 1, lexicon) is not None else None


# Offices of a city or region, whose holder is named by the place in the genitive ("Bürgermeister
# Mariupols"), which the German model takes for a person
_LOCAL_OFFICES_DE = ("bürgermeister", "gouverneur", "landrat", "stadtpräsident")


def _place_of_office(doc: Doc, ent: Span, lexicon: Lexicon) -> bool:
    """German: one word in -s right after the role noun of a local office is the place in the genitive,
    not its holder: "Der Bürgermeister Odessas, …", "Gouverneur Belgorods"."""
    if lexicon.lang != "de" or len(ent) != 1 or not ent.text.endswith("s") or ent.start == 0:
        return False
    role = doc[ent.start - 1].lower_
    return role.removesuffix("in").endswith(_LOCAL_OFFICES_DE)


def _names_a_thing(ent: Span, lexicon: Lexicon) -> bool:
    """English: a name compounded with a common noun names that thing, not a person: "the Zaporizhzhia
    nuclear plant" ("the Biden administration" is a government, read elsewhere)."""
    head = ent[-1].head
    return (
        lexicon.lang == "en"
        and len(ent) == 1
        and ent[-1].dep_ in {"compound", "nmod"}
        and head.i > ent.end - 1
        and head.pos_ == "NOUN"
        and head.text.islower()
        and lexicon.role_suffix(head.text) is None
        and head.text not in lexicon.body_nouns
        and not head.lower_.endswith(lexicon.government_nouns)
    )


def _person_as_org(ent: Span, lexicon: Lexicon, gazetteer: Gazetteer) -> bool:
    """A person's name the NER took for an organisation ("Alexei Navalny"): two or three capitalised
    words, the first a known person's first name, none a word organisations are named with."""
    return (
        ent.label_ in ORG_LABELS
        and len(ent) in (2, 3)
        and all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in ent)
        and gazetteer.is_first_name(ent[0].text)
        and not any(t.lower_ in lexicon.organisation_words for t in ent)
    )


def _capitalised(word: str) -> bool:
    """'Assad' and 'al-Assad' are capitalised name words."""
    return word[:1].isupper() or word.rpartition("-")[2][:1].isupper()


def _alliances(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """ "the alliance", "das Bündnis": the international organisation named last before it."""
    more: list[Found] = []
    for token in doc:
        if token.lower_ not in lexicon.alliance_anaphors or token.i == 0:
            continue
        j = token.i - 1
        while j > 0 and doc[j].pos_ == "ADJ":
            j -= 1  # "das westliche Bündnis"
        end = token.idx + len(token.text)
        # only the NER's untyped "org" may stand there: "die Allianz" is no insurer here
        inside = [f for f in found if _overlaps(f, token.idx, end)]
        definite = doc[j].lower_ in ARTICLES | lexicon.demonstratives
        if not definite or any(f.kind != "org" or f.entry is not None for f in inside):
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            continue  # a name of its own: "das Bündnis Sahra Wagenknecht"
        named = [f for f in found if f.end <= token.idx and f.type is ActorType.INTERNATIONAL_ORGANIZATION]
        if named:
            last = max(named, key=lambda f: f.start)
            found[:] = [f for f in found if f not in inside]
            more.append(
                Found(token.idx, end, token.text, last.type, "alliance", last.name, last.entry, last.country)
            )
    return more


def _initialisms(found: list[Found]) -> None:
    """An initialism the NER found stands for the name with those initials named before it: "the Rapid
    Support Forces … the RSF"."""
    for f in found:
        if f.kind != "org" or f.entry is not None or not re.fullmatch(r"[A-ZÄÖÜ]{2,6}", f.text):
            continue
        for named in sorted(found, key=lambda g: -g.start):
            words = named.name.split()
            if named.start >= f.start or named.kind not in {"org", "body", "group"} or len(words) < 2:
                continue
            if "".join(w[0] for w in words if w[0].isupper()) == f.text:
                f.name, f.type, f.kind, f.country = named.name, named.type, named.kind, named.country
                break


def _ends_role_phrase(doc: Doc, ent: Span, lexicon: Lexicon) -> bool:
    """Whether the entity ends a role phrase that starts before it ("Secretary of State", "Secretary of
    Defense") or ends in the start of one that ends after it ("Supreme" in "Supreme Leader", "British
    Home" in "British Home Secretary")."""
    for first in range(max(0, ent.start - 3), ent.start):
        if " ".join(t.lower_ for t in doc[first : ent.end]) in lexicon.roles:
            return True
    return any(
        " ".join(t.lower_ for t in doc[first:last]) in lexicon.roles
        for first in range(ent.start, ent.end)
        for last in range(ent.end + 1, min(len(doc), ent.end + 3) + 1)
    )


def _org_name(span: Span) -> str:
    """An organisation's name without the article and possessive the NER may include: "the European
    Community's" is the European Community."""
    start, end = span.start, span.end
    if end - start > 1 and span.doc[start].lower_ == "the":
        start += 1
    if end - start > 1 and span.doc[end - 1].text in {"'s", "’s", "'"}:
        end -= 1
    return span.doc[start:end].text


def _repeated_surnames(doc: Doc, found: list[Found], lexicon: Lexicon) -> list[Found]:
    """Once a person is named, their surname names them wherever it recurs, also where the NER missed
    it ("Seibert forderte Russland als Hauptunterstützer von Assad auf"); a German genitive s too."""
    surnames: dict[str, Found] = {}
    for f in found:
        if f.kind == "person" and f.type in (ActorType.PERSON, ActorType.OFFICIAL):
            last = f.name.split()[-1]
            if len(last) > 2 and last[:1].isupper() and last not in lexicon.not_surnames:
                surnames.setdefault(last, f)
    more: list[Found] = []
    for token in doc:
        text = token.text
        name = (
            text if text in surnames else text[:-1] if text.endswith("s") and text[:-1] in surnames else None
        )
        end = token.idx + len(text)
        if name is None or token.ent_type_ in {"LOC", "GPE", "ORG", "NORP", "FAC"}:
            continue
        if any(_overlaps(f, token.idx, end) for f in found + more):
            continue
        known = surnames[name]
        more.append(Found(token.idx, end, text, known.type, "person", name, known.entry, known.country))
    return more


def _trim_person(ent: Span, lexicon: Lexicon) -> Span | None:
    """Drop role nouns, titles and possessives the NER took into a person's name."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (
        lexicon.role_suffix(doc[start].text)
        or doc[start].text in lexicon.titles
        or not doc[start].text[:1].isupper()
        or doc[start].text in _QUOTE_CHARS
    ):
        start += 1
    while end > start and (
        doc[end - 1].text in {"'s", "’s", "'", "’"}
        or not doc[end - 1].text[:1].isalpha()
        or (
            # "Wladimir Putins Sprecher"; in English a capitalised one after a name is a surname: "Tom King"
            lexicon.role_suffix(doc[end - 1].text)
            and (lexicon.lang == "de" or not doc[end - 1].text[:1].isupper() or end - 1 == start)
        )
    ):
        end -= 1
    return doc[start:end] if end > start else None


def _person_name(text: str, article: str) -> str:
    """The name without a possessive ending: "Putin's", "Assads" (when "Assad" stands in the article too)."""
    name = re.sub(r"(['’]s|s['’])$", "", text).strip()
    if name.endswith("s") and re.search(rf"\b{re.escape(name[:-1])}\b(?!s)", article):
        name = name[:-1]
    return name


# ---------------------------------------------------------------------------------------------------
# Roles


@dataclass(slots=True)
class _Role:
    noun: str
    affiliation: str
    start: int
    end: int
    target: Found | None = None
    counterpart: bool = False
    extra: list[Found] = field(default_factory=list)


_BACKED = re.compile(
    r"-(?:backed|supported|allied|aligned|installed|gestützte?[nmrs]?|treue?[nmrs]?)\b", re.IGNORECASE
)


_OF_AFTER_NAME = re.compile(r",?\s+of\s+(?:the\s+)?")


def _state_after_name(text: str, person: Found, found: list[Found]) -> Found | None:
    """A state named with "of" right after an official's name: "President Ferdinand Marcos of the
    Philippines", "Prime Minister Kishida of Japan"."""
    of = _OF_AFTER_NAME.match(text, person.end)
    if of is None:
        return None
    return next((f for f in found if f.start == of.end() and f.type is ActorType.STATE), None)


def _own_state(official: Found, found: list[Found]) -> Found | None:
    """ "Präsident Donald Trump": a known official's office without a named state is in his own."""
    country = official.entry.country if official.entry is not None else None
    return next(
        (g for g in found if g.type is ActorType.STATE and g.country == country and not g.modifier),
        None,
    )


def _home_state(found: list[Found]) -> Found | None:
    """The state an article is mostly about: named at least twice, and more often than any other."""
    counts = Counter(f.entry.key for f in found if f.type is ActorType.STATE and f.entry is not None)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    key = ranked[0][0]
    home = [f for f in found if f.type is ActorType.STATE and f.entry is not None and f.entry.key == key]
    return next((f for f in home if f.kind != "adjective" and not f.modifier), None)


def _backer(text: str, start: int, found: list[Found]) -> Found | None:
    """The state in an "X-backed" compound right before char `start`: "Moscow-backed leader"."""
    for f in found:
        backed = _BACKED.match(text, f.end) if f.type is ActorType.STATE else None
        if backed is not None and backed.end() <= start and not text[backed.end() : start].strip():
            f.modifier = True
            return f
    return None


def _roles(doc: Doc, found: list[Found], lexicon: Lexicon) -> None:
    """Attach role phrases to people (officials) and turn bare role phrases into descriptions."""
    _descriptions(doc, found, lexicon)
    for f in list(found):
        if f.kind != "person":
            continue
        span = _tokens(doc, f.start, f.end)
        if span is None:
            continue
        role = _role_before(doc, span, found, lexicon) or _role_after(doc, span, found, lexicon)
        if role is None:
            # A rank or title before the name still marks a public role.
            if span.start > 0 and doc[span.start - 1].text in lexicon.titles:
                f.type = ActorType.OFFICIAL
            continue
        f.type = ActorType.OFFICIAL
        f.backer = _backer(doc_text(doc), role.start, found)
        if role.target is None and lexicon.lang == "en":
            role.target = _state_after_name(doc_text(doc), f, found)  # "President Marcos of the Philippines"
        if role.target is None and f.entry is None and role.noun.endswith(lexicon.state_offices):
            role.target = _home_state(found)  # "Prime Minister Dorin Recean" in an article about Moldova
        if role.target is None and f.entry is not None and role.affiliation == "leaderOf":
            role.target = _own_state(f, found)  # "Regierungschef Albin Kurti" leads Kosovo, not a body
        if role.target is None and lexicon.lang == "de":
            role.target = _body_of_compound(doc_text(doc)[role.start : role.end], found, lexicon)
        if (
            role.target is not None
            and role.target.type is ActorType.INTERNATIONAL_ORGANIZATION
            and role.noun in lexicon.posted_roles
        ):
            # "Russia's UN ambassador", "der russische UN-Botschafter": posted at the UN, for Russia
            role.target = _state_before(doc, role.start, found) or role.target
        if role.target is None and f.entry is not None and role.affiliation == "memberOf":
            role.target = _own_state(f, found)
        f.role, f.role_target, f.role_noun = role.affiliation, role.target, role.noun
        ministry = _own_ministry(doc_text(doc)[role.start : role.end], role.target, found)
        if ministry is not None:
            f.role_target = ministry
            deputy = _DEPUTY.search(doc_text(doc)[max(0, role.start - 30) : role.end])
            f.role = "memberOf" if deputy else "leaderOf"
        # The target named with the role ("der türkische Präsident Erdogan"), not one found elsewhere in
        # the sentence for a known official ("President Museveni … to ban Ugandan candidates").
        near = role.target is not None and role.target.end <= max(role.end, f.end)
        if role.target is not None and role.target.kind in {"adjective", "demonym"} and near:
            # "der türkische Präsident Erdogan", "his Chinese counterpart": the state is his, no actor here
            role.target.modifier = True
        if role.counterpart:
            f.role = "counterpart"
        first = min(role.start, f.start)
        last = max(role.end, f.end, role.target.end if role.target and near else 0)
        f.role_evidence = (first, last)
    # A role phrase that belongs to a named person is no description of its own.
    spans = [f.role_evidence for f in found if f.kind == "person" and f.role_evidence]
    targets = {id(f.role_target) for f in found if f.role_target is not None}
    found[:] = [
        f
        for f in found
        if f.kind != "description"
        or id(f) in targets
        or not any(a <= f.start and f.end <= b for a, b in spans)
    ]
    found.sort(key=lambda f: (f.start, -f.end))


def _state_before(doc: Doc, start: int, found: list[Found]) -> Found | None:
    """A state named right before a role phrase starting at char `start`: "Russia's", "der russische"."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None:
        return None
    window = doc[max(token.sent.start, token.start - 4) : token.start]
    states = [
        f
        for f in found
        if f.type is ActorType.STATE
        and window.start_char <= f.start
        and f.end <= start
        and f.kind != "person"
    ]
    return states[-1] if states else None


def _body_of_compound(role_text: str, found: list[Found], lexicon: Lexicon) -> Found | None:
    """The body a German compound role noun names by its common noun: "Kommissionspräsidentin" heads
    the "EU-Kommission", "Regierungssprecher" speaks for the "Bundesregierung" named in the article."""
    word = role_text.lower()
    head = next((h for h in lexicon.role_heads if word.endswith(h) and len(word) > len(h) + 2), None)
    if head is None or " " in word:
        return None
    prefix = word[: len(word) - len(head)].rstrip("-")
    stems = {prefix, prefix[:-1]} if prefix.endswith("s") else {prefix}  # the linking -s: "Regierungs-"
    bodies = [
        f
        for f in found
        if f.type in {ActorType.GOVERNMENT_BODY, ActorType.INTERNATIONAL_ORGANIZATION}
        and not f.modifier
        and any(len(stem) >= 5 and f.text.lower().endswith(stem) for stem in stems)
    ]
    return bodies[0] if len({f.name for f in bodies}) == 1 else None


_DEPUTY = re.compile(r"(?i)\b(?:deputy|vice|vize|stellvertretende[rn]?)")
_MINISTER = re.compile(r"(?i)(\w*?)-?\s*minist(?:er|erin)$")


def _own_ministry(role_text: str, target: Found | None, found: list[Found]) -> Found | None:
    """'Russian Foreign Minister Sergei Lavrov' in an article that names the Russian Foreign Ministry
    for itself heads it (a deputy minister works in it); otherwise a minister is one of the state's."""
    match = _MINISTER.search(role_text.strip())
    if (
        (target is not None and target.type is not ActorType.STATE)
        or match is None
        or len(match.group(1)) < 4
    ):
        return None
    domain = match.group(1).lower()[:5]  # "Foreign"/"Außen", "Defence"/"Defense", "Verteidigungs"
    ministries = [f for f in found if f.type is ActorType.GOVERNMENT_BODY and "minist" in f.name.lower()]
    named = {
        f.name: f
        for f in ministries
        if not f.modifier
        and not f.anaphor
        and domain in f.name.lower()
        and (target is None or f.country == target.country)
    }
    # Without a state named in the role ("Deputy Foreign Minister X"), only an article's one such
    # ministry, or "the Ministry" when no ministry is named.
    if len(named) == 1:
        return next(iter(named.values()))
    bare = [f for f in ministries if f.anaphor]
    return bare[0] if target is None and not named and bare else None


def _titled_surnames(found: list[Found], gazetteer: Gazetteer) -> None:
    """'President Bush', 'Kanzler Kohl': a surname in office is of the state every known person of that
    name serves, when there is one such state."""
    for f in found:
        if f.kind != "person" or f.entry is not None or f.country is not None or " " in f.name:
            continue
        if f.type is ActorType.OFFICIAL:
            f.country = gazetteer.surname_country(f.name)


def _descriptions(doc: Doc, found: list[Found], lexicon: Lexicon) -> None:
    """Role phrases that name no person ('der russische Präsident', 'des russischen Staatschefs'): they
    may stand for an official named elsewhere in the article. A role noun right before a name is not one."""
    people = {f.start for f in found if f.kind == "person"}
    for token in doc:
        named_next = token.i + 1 < len(doc) and (
            doc[token.i + 1].ent_type_ in PERSON_LABELS or doc[token.i + 1].idx in people
        )
        if not token.text[:1].isalpha() or named_next:
            continue
        if lexicon.lang == "en" and token.dep_ in {"amod", "compound"} and token.head.i > token.i:
            continue  # a modifier of another noun: "chief cabinet secretary", "head office"
        hit = lexicon.role_suffix(token.text)
        if hit is None or _plural_role(doc, token):
            continue
        # A member's role ("the Secretary", "der Minister") refers back only with its article, and only to
        # someone named with that role (see kg.extract.actors); a leader's or spokesperson's also by kind.
        member = hit[1] == "memberOf"
        by_kind = hit[1] in {"leaderOf", "spokespersonFor", "advisorTo"}
        if not by_kind and not (member and _definite(doc, token)):
            continue
        end = token.idx + len(token.text)
        if any(_overlaps(f, token.idx, end) and not (f.modifier and f.end < end) for f in found):
            continue  # part of a mention; a compound's first part ("Kreml" in "Kremlchef") is its target
        target = _role_target(doc, token, found, lexicon)
        start = token.idx
        if target is not None and target.start < start:
            start = target.start
        end = token.idx + len(token.text)
        if lexicon.lang == "en":
            # The phrase as written, article and body included: "a spokesperson for the State Department"
            if (
                target is not None
                and target.kind != "adjective"
                and target.start >= end
                and doc[token.i + 1].lower_ in {"for", "of", "at"}
            ):
                end = target.end
            first = doc.char_span(start, end, alignment_mode="expand")
            if first is not None and first.start > 0 and doc[first.start - 1].lower_ in {"a", "an", "the"}:
                start = doc[first.start - 1].idx
        found.append(
            Found(
                start,
                end,
                doc_text(doc)[start:end],
                ActorType.OFFICIAL,
                "description",
                token.text,
                role=hit[1],
                role_target=target,
                role_noun=token.lower_,
                standalone=lexicon.lang == "en" and target is not None and not member,
            )
        )
        if target is not None and target.kind == "adjective":
            target.modifier = True
    found.sort(key=lambda f: (f.start, -f.end))


def _definite(doc: Doc, token: Token) -> bool:
    """A noun with the definite article right before it: "The Secretary", "der Minister"."""
    return token.i > 0 and doc[token.i - 1].lower_ in ARTICLES


def _plural_role(doc: Doc, token: Token) -> bool:
    """'die Staats- und Regierungschefs', 'die westlichen Präsidenten': several people, no one official."""
    if token.i > 0 and doc[token.i - 1].lower_ in {"und", "and"}:
        return True
    j = token.i - 1
    while j >= 0 and doc[j].pos_ == "ADJ":
        j -= 1
    # A masculine role noun after "die" is plural ("die Präsidenten"); "die Präsidentin" is one woman.
    return j >= 0 and doc[j].lower_ == "die" and not token.lower_.endswith(("in", "innen"))


def _possessive(doc: Doc, f: Found) -> bool:
    """A person named as the owner of a role: "Wladimir Putins Sprecher", "Putin's spokesman"."""
    return doc_text(doc)[f.end : f.end + 2] in ("'s", "’s") or f.text.endswith("s")


def _role_target(doc: Doc, role_token: Token, found: list[Found], lexicon: Lexicon) -> Found | None:
    """The state, body or person a role noun belongs to: prefix, adjective, genitive or 'of' phrase."""
    start, end = role_token.idx, role_token.idx + len(role_token.text)
    for f in found:  # compound: "Kremlsprecher", "US-Außenminister"
        if start <= f.start and f.end < end:
            return f
    i = role_token.i - 1  # adjective or noun before: "russischen Präsidenten", "White House adviser"
    text = doc_text(doc)
    while i >= max(role_token.sent.start, role_token.i - 4):
        for f in found:
            if lexicon.lang == "en" and f.kind == "description":
                continue  # the role phrase itself: "a junta spokesman"
            if _BACKED.match(text, f.end):
                continue  # "Moscow-backed leader": Russia backs him, he leads no part of it
            if f.start <= doc[i].idx < f.end and (f.kind != "person" or _possessive(doc, f)):
                return f
        if doc[i].text[:1].isupper() and lexicon.lang == "de" and doc[i].pos_ in {"NOUN", "PROPN"}:
            break
        if doc[i].is_punct and doc[i].text != "-":  # the hyphen inside "Secretary-General"
            break
        if doc[i].pos_ in {"VERB", "AUX"}:
            break  # "Anwar Ibrahim of Malaysia met President Prabowo": no state of the president's
        i -= 1
    j = role_token.i + 1  # genitive or 'of' phrase after: "des US-Verteidigungsministeriums", "of Russia"
    at = {"at"} if lexicon.lang == "en" else set()  # "a senior official at the State Department"
    if j < len(doc) and doc[j].lower_ in _GENITIVE_ARTICLES | {"der", "of", "the", "for"} | at:
        k = j + 1
        while k < min(len(doc), j + 7):  # "head of the political bureau of Hamas"
            here = [f for f in found if f.start <= doc[k].idx < f.end and f.kind != "person"]
            if here:  # the longest: "des russischen Staatschefs" rather than its adjective
                return max(here, key=lambda f: f.end - f.start)
            if doc[k].is_punct:
                break
            k += 1
    return None


def _role_before(doc: Doc, name: Span, found: list[Found], lexicon: Lexicon) -> _Role | None:
    """'Pressesprecher des US-Verteidigungsministeriums John Kirby', 'Russian President Vladimir Putin'."""
    i = name.start - 1
    lowest = max(name.sent.start, name.start - 7)
    while i >= lowest:
        token = doc[i]
        if token.text == "," and (
            i == name.start - 1
            or (lexicon.lang == "en" and all(doc[k].text in lexicon.titles for k in range(i + 1, name.start)))
        ):
            i -= 1  # apposition after the role: "Kenya's president, William Ruto", "…, Colonel X"
            continue
        if token.is_punct and token.text not in {"-"}:
            return None
        if token.lower_ in lexicon.counterparts:
            target = _role_target(doc, token, found, lexicon)
            return _Role(token.lower_, "counterpart", token.idx, token.idx + len(token.text), target, True)
        phrase = _role_phrase_ending_at(doc, i, lexicon)
        if phrase is None and not _may_stand_between_role_and_name(token, found, lexicon):
            return None
        if phrase is not None:
            first, noun, affiliation = phrase
            role_token = doc[i]
            target = _role_target(doc, role_token, found, lexicon)
            if target is None and first < i:
                for f in found:
                    if doc[first].idx <= f.start < role_token.idx and f.kind != "person":
                        target = f
            counterpart = noun in lexicon.counterparts
            return _Role(
                noun, affiliation, doc[first].idx, role_token.idx + len(role_token.text), target, counterpart
            )
        i -= 1
    return None


def _may_stand_between_role_and_name(token: Token, found: list[Found], lexicon: Lexicon) -> bool:
    """Only titles, articles, adjectives and named actors stand between a role noun and its holder:
    'Pressesprecher des US-Verteidigungsministeriums John Kirby', not 'President X spoke with Kirby'."""
    if token.text in lexicon.titles or token.lower_ in _GENITIVE_ARTICLES | _ROLE_GLUE:
        return True
    if any(f.start <= token.idx < f.end for f in found if f.kind != "person"):
        return True
    if lexicon.lang == "de":
        if token.pos_ in {"VERB", "AUX"}:
            return False  # "Der Kremlchef begrüßte Xi": Xi is not the Kremlin's chief
        return token.pos_ == "ADJ" or (
            token.is_alpha and token.text.islower() and token.text.endswith(("e", "en", "er", "es", "em"))
        )
    return token.pos_ == "ADJ" or token.text[:1].isupper()


def _role_phrase_ending_at(doc: Doc, i: int, lexicon: Lexicon) -> tuple[int, str, str] | None:
    """A role phrase whose last token is doc[i]: (first token index, role noun, affiliation)."""
    for length in (4, 3, 2):
        first = i - length + 1
        if first < 0 or (first > 0 and doc[first - 1].lower_ in lexicon.not_public):
            continue
        phrase = " ".join(t.lower_ for t in doc[first : i + 1])
        if phrase in lexicon.roles:
            return first, phrase, lexicon.roles[phrase]
    hit = lexicon.role_suffix(doc[i].text)
    if hit is not None and not (i > 0 and doc[i - 1].lower_ in lexicon.not_public):
        return i, hit[0], hit[1]
    if lexicon.lang == "de" and i > 1 and doc[i - 1].lower_ == "und" and doc[i - 2].text.endswith("-"):
        # "Staats- und Parteichef": the truncated first part with the shared tail is a role of its own.
        word = doc[i].text
        for k in range(1, len(word) - 2):
            joined = (doc[i - 2].text[:-1] + word[k:]).lower()
            if joined in lexicon.roles:
                return i - 2, joined, lexicon.roles[joined]
    return None


def _role_after(doc: Doc, name: Span, found: list[Found], lexicon: Lexicon) -> _Role | None:
    """Apposition: 'Igor Konaschenkow, der leitende Sprecher des Ministeriums'."""
    i = name.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    while j < min(len(doc), i + 7):
        if doc[j].is_punct and doc[j].text != "-":
            return None
        phrase = _role_phrase_starting_at(doc, j, lexicon)
        if phrase is None and not _may_stand_between_role_and_name(doc[j], found, lexicon):
            return None  # ", and with the Egyptian minister" is no apposition
        if phrase is not None:
            last, noun, affiliation = phrase
            target = _role_target(doc, doc[last], found, lexicon)
            if target is None:
                # English: "the White House national security adviser", "Russia's foreign minister"
                for f in found:
                    if doc[i + 1].idx <= f.start < doc[j].idx and f.kind != "person":
                        target = f
            return _Role(noun, affiliation, doc[i + 1].idx, doc[last].idx + len(doc[last].text), target)
        j += 1
    return None


def _role_phrase_starting_at(doc: Doc, j: int, lexicon: Lexicon) -> tuple[int, str, str] | None:
    for length in (4, 3, 2):
        last = j + length - 1
        if last >= len(doc):
            continue
        phrase = " ".join(t.lower_ for t in doc[j : last + 1])
        if phrase in lexicon.roles:
            return last, phrase, lexicon.roles[phrase]
    hit = lexicon.role_suffix(doc[j].text)
    if hit is not None:
        return j, hit[0], hit[1]
    return None
