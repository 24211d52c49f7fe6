"""Per-language lexicons of the rule-based extraction (`data/lexicons/{lang}.toml`)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from kg.nlp import sharp_s_spellings
from kg.resources import resource


def lemma_of(token: Token) -> str:
    lemma = (token.lemma_ or token.text).lower()
    if token.tag_ == "VVFIN" and lemma == token.lower_ and lemma.endswith("e"):
        return lemma + "n"  # the lookup table lacks most subjunctives: "lehne" -> "lehnen"
    return lemma


@dataclass(frozen=True, slots=True)
class Verb:
    """A relation or speech verb; `particle` is the separable part ("zurück" of "zurückweisen")."""

    base: str
    particle: str | None
    joined: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    verbs: dict[str, list[tuple[Verb, str]]]  # by base lemma: (verb, relation)
    nouns: dict[str, str]  # lower-case noun lemma -> relation
    other_senses: dict[str, frozenset[str]]  # trigger lemma -> clause words of another sense
    agent_nouns: dict[str, str]  # lower-case noun naming who acts -> relation ("unterstützer")
    compound_heads: tuple[str, ...]  # the nouns, longest first, to find the head of a German compound
    idioms: list[tuple[tuple[str, ...], str]]
    speech_verbs: dict[str, list[Verb]]
    attribution_before: tuple[str, ...]
    attribution_after: frozenset[str]
    attribution_so: frozenset[str]
    impersonal_speech: frozenset[str]  # "hieß es in einer Mitteilung des X": X speaks
    as_said: frozenset[str]  # "Wie X mitteilte, …": X speaks
    complementizers: frozenset[str]
    source_nouns: frozenset[str]  # '"…," a statement said': the speaker before goes on
    demonstratives: frozenset[str]  # "Dies bekräftigte X": X said the sentence before
    negations: frozenset[str]
    deontic: frozenset[str]  # "muss", "soll": what an actor must do, in someone's words, is a demand
    conditional: frozenset[str]  # "würde": what someone would have to do is a consequence, not a demand
    conditions: frozenset[str]  # "falls", "sollte": a clause that names a condition, not an act
    prohibitive: frozenset[str]  # "darf": a demand when negated ("darf nicht")
    hypothetical: frozenset[str]
    intent_verbs: frozenset[str]  # "versprach, … zu liefern": the infinitive's act is to come
    future: frozenset[str]  # "werde": a threat made in the future tense is made
    subordinators: frozenset[str]
    relative_pronouns: frozenset[str]
    oblique_relatives: frozenset[str]  # "den", "dem": the name after them is the relative clause's subject
    prepositions: frozenset[str]
    object_prepositions: frozenset[str]
    symmetric_prepositions: frozenset[str]
    comitatives: frozenset[str]  # "gemeinsam mit X": X acts with the subject
    member_nouns: frozenset[str]  # "Ecowas-Staaten": an organisation's members acting as it
    place_prepositions: frozenset[str]  # "in den USA": a place, a target only when nothing else is
    partner_prepositions: frozenset[str]  # "Gespräche mit X": the other side of a meeting or accord
    ties_nouns: frozenset[str]  # "Beziehungen": their other side follows `ties_prepositions`
    ties_prepositions: frozenset[str]  # "die Beziehungen zu Iran"
    passive_auxiliaries: frozenset[str]  # "wurde … kritisiert"
    receive_verbs: frozenset[str]  # "erhielt Rückendeckung von X"
    meet_verbs: frozenset[str]  # "stieß in Berlin auf Kritik": Berlin criticises
    meet_prepositions: frozenset[str]  # where the reaction is met: "bei der EU", "in Berlin"
    coming_verbs: frozenset[str]  # "Kritik kam von X": X criticises
    coming_prepositions: frozenset[str]
    topic_prepositions: frozenset[str]  # "Berichte über einen Angriff": a topic, not an act
    release_nouns: frozenset[str]  # "demanded the release of X": X is not addressed
    transfer_nouns: frozenset[str]  # "die Auslieferung von X an Y": neither is addressed
    sale_nouns: frozenset[str]  # "wegen des Verkaufs von Waffen an Taiwan": Taiwan is not addressed
    patient_nouns: frozenset[str]  # "die Ausweisung von Diplomaten": "von" names whom it is done to
    generic_acts: frozenset[str]  # "den Schritt": whatever the sentence before told
    organisation_words: frozenset[str]  # "Party", "Front": a name with one is no person's
    agent_prepositions: frozenset[str]  # the agent of a passive participle: "von X unterstützt"
    cause_prepositions: frozenset[str]
    pronouns_person: frozenset[str]
    pronouns_thing: frozenset[str]  # "es": a state or organisation named before, never a person
    sentential_relatives: frozenset[str]  # ", was X verurteilte": the act of the clause before
    pronouns_we: frozenset[str]
    joint_nouns: frozenset[str]  # "the work of X, Y and Z": they cooperate
    pair_people: frozenset[str]  # "the leaders": the last two people named
    pair_states: frozenset[str]  # "both sides", "the two countries": the last two states named
    pair_determiners: frozenset[str]  # "the", "both", "two": what makes such a noun name the pair
    pronouns_plural: frozenset[str]  # "wir"/"we": the speaker's state or organisation, not the speaker alone
    roles: dict[str, str]  # lower-case role phrase -> affiliation
    role_heads: tuple[str, ...]  # one-word role nouns, longest first, to find them at a compound's end
    counterparts: frozenset[str]
    posted_roles: frozenset[str]  # roles held at an organisation for a state ("UN ambassador")
    portfolios: frozenset[str]  # a minister's field: "Interior" in "Interior Minister" names no actor
    state_offices: tuple[str, ...]  # endings of roles that head a state or government: "prime minister"
    not_public: tuple[str, ...]
    titles: frozenset[str]
    not_surnames: frozenset[str]  # capitalised common words that are also surnames ("May")
    body_suffixes: tuple[str, ...]
    body_nouns: frozenset[str]
    body_anaphors: frozenset[str]
    org_anaphors: frozenset[str]  # "the agency": any organisation named before
    group_nouns: frozenset[str]  # "the militant group", "die Organisation": the group named before
    state_nouns: frozenset[str]  # "the West African nation", "das Land": the state named before
    alliance_anaphors: frozenset[str]  # "the alliance", "das Bündnis": the organisation named last
    office_nouns: frozenset[str]  # "Netanyahu's office": a body of the official's state
    government_nouns: tuple[str, ...]  # lower-case heads of a state's government, which stands for the state
    groups: tuple[str, ...]
    media_nouns: frozenset[str]
    acronym_glue: frozenset[str]  # small words an acronym skips: "of", "for", "the"
    ethnic_markers: frozenset[str]  # "ethnic Albanians": a people, not the state
    private_nouns: frozenset[str]  # "U.S. companies": a country's private actors do not act for its state
    blame_words: frozenset[str]  # "verantwortlich", "responsibility": said of someone, an accusation
    blame_harm: tuple[str, ...]  # beginnings of words naming harm: blame for it, not an office
    blame_admissions: frozenset[str]  # "claimed responsibility": the subject takes the blame itself
    blame_duties: tuple[str, ...]  # "responsible for investigating the attack": a duty, no blame
    lemma_exceptions: dict[str, str]  # lower-case form -> lemma, where the model's lemmas fail ("griffen")

    def lemma(self, token: Token) -> str:
        """The token's lemma, lower case, corrected by the lexicon's exceptions."""
        return self.lemma_exceptions.get(token.lower_) or lemma_of(token)

    def noun_relation(self, word: str, lemma: str) -> str | None:
        """The relation a noun states: by lemma or form; in German also inflected ("Angriffskriegs")
        and as the head of a compound ("Waffenlieferungen", "Friedensgespräche")."""
        for form in (lemma, word):
            if form in self.nouns:
                return self.nouns[form]
        if self.lang != "de":
            return None
        if "-" in word.strip("-"):
            head = word.rsplit("-", 1)[1]  # "US-Hilfe": a hyphen's head is a word of its own
            return self.noun_relation(head, head)
        stems = [word] + [word[: -len(e)] for e in ("es", "en", "s", "n", "e") if word.endswith(e)]
        for stem in stems:
            if stem in self.nouns:
                return self.nouns[stem]
        for noun in self.compound_heads:
            if any(len(stem) >= len(noun) + 3 and stem.endswith(noun) for stem in stems):
                return self.nouns[noun]
        return None

    def other_sense(self, lemma: str, clause: list[str]) -> bool:
        """Whether a word of the clause shows that trigger verb `lemma` is used in a sense that
        states no relation ("verurteilen … zu zehn Jahren Haft", "trifft im Finale auf")."""
        markers = self.other_senses.get(lemma)
        return bool(markers) and any(word in markers for word in clause)

    def agent_relation(self, word: str, lemma: str) -> str | None:
        """The relation whose actor a noun names ("Unterstützer", "Hauptunterstützer", "Kritiker")."""
        for form in (lemma, word, word.rstrip("n")):
            if form in self.agent_nouns:
                return self.agent_nouns[form]
        if self.lang == "de":
            for noun, relation in self.agent_nouns.items():
                if len(word) >= len(noun) + 3 and word.rstrip("n").endswith(noun):
                    return relation
        return None

    def role_suffix(self, word: str) -> tuple[str, str] | None:
        """(role noun, affiliation) of a role noun or a compound ending in one ("Kremlsprecher")."""
        lower = word.lower()
        if lower in self.roles:
            return lower, self.roles[lower]
        if self.lang == "de" and not lower.startswith(self.not_public):
            for role in self.role_heads:
                if len(lower) > len(role) + 2 and lower.endswith(role):
                    return role, self.roles[role]
            for swiss in sharp_s_spellings(lower):  # "Aussenbeauftragte"
                hit = self.role_suffix(swiss)
                if hit is not None:
                    return hit
        return None


def _verb(spec: str, lang: str) -> Verb:
    if "|" not in spec:
        return Verb(spec.lower(), None, spec.lower())
    first, second = spec.lower().split("|", 1)
    # German writes the separable particle first ("zurück|weisen"), English after ("call|on").
    if lang == "de":
        return Verb(second, first, first + second)
    return Verb(first, second, f"{first} {second}")


@cache
def load_lexicon(lang: str) -> Lexicon:
    with open(resource("lexicons") / f"{lang}.toml", "rb") as file:
        raw = tomllib.load(file)
    verbs: dict[str, list[tuple[Verb, str]]] = {}
    for relation, specs in raw["verbs"].items():
        for spec in specs:
            verb = _verb(spec, lang)
            verbs.setdefault(verb.base, []).append((verb, relation))
            if verb.particle and lang == "de":
                verbs.setdefault(verb.joined, []).append((Verb(verb.joined, None, verb.joined), relation))
    # English verbs derived from the CAMEO verb dictionary (scripts/cameo_verbs.py); the hand lexicon
    # wins: a lemma it lists keeps its relations.
    extra = resource("lexicons") / f"{lang}_cameo.toml"
    if extra.is_file():
        with open(extra, "rb") as file:
            cameo = tomllib.load(file)
        hand = set(verbs)
        for relation, specs in cameo["verbs"].items():
            for spec in specs:
                verb = _verb(spec, lang)
                if verb.base not in hand:
                    verbs.setdefault(verb.base, []).append((verb, relation))
    speech: dict[str, list[Verb]] = {}
    for spec in raw["speech"]["verbs"]:
        verb = _verb(spec, lang)
        speech.setdefault(verb.base, []).append(verb)
        if verb.particle and lang == "de":
            speech.setdefault(verb.joined, []).append(Verb(verb.joined, None, verb.joined))
    clause, roles = raw["clause"], raw["roles"]
    return Lexicon(
        lang=lang,
        verbs=verbs,
        nouns={noun.lower(): rel for rel, nouns in raw["nouns"].items() for noun in nouns},
        other_senses={
            lemma.lower(): frozenset(w.lower() for w in words)
            for lemma, words in raw.get("other_senses", {}).items()
        },
        agent_nouns={noun.lower(): rel for rel, nouns in raw.get("agents", {}).items() for noun in nouns},
        compound_heads=tuple(
            sorted(
                (
                    noun.lower()
                    for nouns in raw["nouns"].values()
                    for noun in nouns
                    if noun.lower() not in raw.get("compounds", {}).get("not_heads", [])
                ),
                key=len,
                reverse=True,
            )
        ),
        # The longest idiom first: "nicht ausschließen" threatens before "ausschließen" rejects.
        idioms=sorted(
            (
                (tuple(w.lower() for w in words), rel)
                for rel, lists in raw["idioms"].items()
                for words in lists
            ),
            key=lambda idiom: -len(idiom[0]),
        ),
        speech_verbs=speech,
        attribution_before=tuple(raw["speech"]["before"]),
        attribution_after=frozenset(raw["speech"]["after"]),
        attribution_so=frozenset(raw["speech"]["so"]),
        impersonal_speech=frozenset(raw["speech"].get("impersonal", [])),
        as_said=frozenset(raw["speech"].get("as_said", [])),
        complementizers=frozenset(raw["speech"]["complementizers"]),
        demonstratives=frozenset(raw["speech"].get("demonstratives", [])),
        source_nouns=frozenset(raw["speech"].get("source_nouns", [])),
        negations=frozenset(clause["negations"]),
        deontic=frozenset(clause.get("deontic", [])),
        prohibitive=frozenset(clause.get("prohibitive", [])),
        conditional=frozenset(clause.get("conditional", [])),
        conditions=frozenset(clause.get("conditions", [])),
        hypothetical=frozenset(clause["hypothetical"]),
        intent_verbs=frozenset(clause.get("intent_verbs", [])),
        future=frozenset(clause.get("future", [])),
        subordinators=frozenset(clause["subordinators"]),
        relative_pronouns=frozenset(clause["relative_pronouns"]),
        oblique_relatives=frozenset(clause.get("oblique_relatives", [])),
        prepositions=frozenset(clause["prepositions"]),
        object_prepositions=frozenset(clause["object_prepositions"]),
        symmetric_prepositions=frozenset(clause["symmetric_prepositions"]),
        agent_prepositions=frozenset(clause["agent_prepositions"]),
        partner_prepositions=frozenset(clause.get("partner_prepositions", [])),
        ties_nouns=frozenset(clause.get("ties_nouns", [])),
        ties_prepositions=frozenset(clause.get("ties_prepositions", [])),
        passive_auxiliaries=frozenset(clause.get("passive_auxiliaries", [])),
        receive_verbs=frozenset(clause.get("receive_verbs", [])),
        meet_verbs=frozenset(clause.get("meet_verbs", [])),
        meet_prepositions=frozenset(clause.get("meet_prepositions", [])),
        coming_verbs=frozenset(clause.get("coming_verbs", [])),
        coming_prepositions=frozenset(clause.get("coming_prepositions", [])),
        topic_prepositions=frozenset(clause.get("topic_prepositions", [])),
        release_nouns=frozenset(clause.get("release_nouns", [])),
        transfer_nouns=frozenset(clause.get("transfer_nouns", [])),
        sale_nouns=frozenset(clause.get("sale_nouns", [])),
        patient_nouns=frozenset(clause.get("patient_nouns", [])),
        generic_acts=frozenset(clause.get("generic_acts", [])),
        organisation_words=frozenset(w.lower() for w in raw["bodies"].get("organisation_words", [])),
        place_prepositions=frozenset(clause["place_prepositions"]),
        member_nouns=frozenset(clause["member_nouns"]),
        comitatives=frozenset(clause["comitatives"]),
        cause_prepositions=frozenset(clause["cause_prepositions"]),
        pronouns_person=frozenset(clause["pronouns_person"]),
        pronouns_thing=frozenset(clause.get("pronouns_thing", [])),
        sentential_relatives=frozenset(clause.get("sentential_relatives", [])),
        pronouns_we=frozenset(clause["pronouns_we"]),
        pronouns_plural=frozenset(clause["pronouns_plural"]),
        pair_people=frozenset(clause.get("pair_people", [])),
        joint_nouns=frozenset(clause.get("joint_nouns", [])),
        pair_states=frozenset(clause.get("pair_states", [])),
        pair_determiners=frozenset(clause.get("pair_determiners", [])),
        roles={
            # The tokenizer splits "Secretary-General" at the hyphen; the role is found in either form.
            **{
                variant: affiliation
                for affiliation in ("spokespersonFor", "leaderOf", "memberOf", "advisorTo")
                for phrase in roles[affiliation]
                for variant in {phrase.lower(), phrase.lower().replace("-", " - ")}
            },
            **{
                f"{field} {office}": "memberOf"
                for field in roles.get("portfolios", [])
                for office in ("minister", "secretary")
            },
        },
        portfolios=frozenset(roles.get("portfolios", [])),
        state_offices=tuple(roles.get("state_offices", [])),
        role_heads=tuple(
            sorted(
                {
                    phrase.lower()
                    for affiliation in ("spokespersonFor", "leaderOf", "memberOf", "advisorTo")
                    for phrase in roles[affiliation]
                    if " " not in phrase
                },
                key=lambda role: (-len(role), role),
            )
        ),
        counterparts=frozenset(w.lower() for w in roles["counterparts"]),
        posted_roles=frozenset(w.lower() for w in roles.get("posted", [])),
        not_public=tuple(w.lower() for w in roles["not_public"]),
        titles=frozenset(roles["titles"]),
        not_surnames=frozenset(roles.get("not_surnames", [])),
        body_suffixes=tuple(raw["bodies"]["suffixes"]),
        body_nouns=frozenset(raw["bodies"]["nouns"]),
        body_anaphors=frozenset(raw["bodies"]["anaphors"]),
        org_anaphors=frozenset(raw["bodies"].get("org_anaphors", [])),
        group_nouns=frozenset(raw["bodies"].get("group_nouns", [])),
        state_nouns=frozenset(raw["bodies"].get("state_nouns", [])),
        alliance_anaphors=frozenset(raw["bodies"].get("alliance_anaphors", [])),
        office_nouns=frozenset(raw["bodies"].get("office_nouns", [])),
        government_nouns=tuple(w.lower() for w in raw["bodies"]["government"]),
        groups=tuple(sorted(raw["groups"]["phrases"], key=len, reverse=True)),
        media_nouns=frozenset(w.lower() for w in raw["media"]["nouns"]),
        ethnic_markers=frozenset(w.lower() for w in raw["groups"].get("ethnic", [])),
        private_nouns=frozenset(w.lower() for w in raw["groups"].get("private", [])),
        acronym_glue=frozenset(w.lower() for w in raw["groups"].get("acronym_glue", [])),
        blame_words=frozenset(raw.get("blame", {}).get("words", [])),
        blame_harm=tuple(raw.get("blame", {}).get("harm", [])),
        blame_admissions=frozenset(raw.get("blame", {}).get("admissions", [])),
        blame_duties=tuple(raw.get("blame", {}).get("duties", [])),
        lemma_exceptions={form.lower(): lemma for form, lemma in raw.get("lemmas", {}).items()},
    )
