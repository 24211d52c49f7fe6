"""Claims from sentences: a trigger (verb, noun or idiom of the lexicon), its subject and object,
who says so, and whether it is negated or hypothetical.

`SentenceReader` holds what both readers share: finding triggers, the mentions by token, the person a
pronoun most likely is, and building a claim. How a sentence's arguments are read depends on the
pipeline: `kg.extract.parse.ParseReader` reads them off a dependency parse (English);
`kg.extract.clauses.ClauseReader` reads clause segments where there is no parser (German).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import Lexicon, lemma_of
from kg.extract.mentions import ARTICLES, Found, doc_text
from kg.model import AFFILIATIONS, ActorType, Claim
from kg.nlp import sharp_s_spellings

SYMMETRIC = {"meets", "cooperates", "agrees", "fights"}
# What a demand, a refusal, a denial, a threat, a warning or an agreement is about is not asserted:
# "called for sanctions", "bestreitet, Zivilisten angegriffen zu haben", "agreed to hold talks".
CONTENT_ONLY = {"demands", "rejects", "denies", "threatens", "warns", "agrees"}
# Acts aimed at a place: "Invasion in die Ukraine", "demonstrated in Serbia", "troops in Belarus".
PLACE_TARGETED = {"attacks", "fights", "mobilizes", "withdraws", "protests"}
HOSTILE_ACTS = {"sanctions", "attacks", "threatens", "coerces", "mobilizes"}
# Speech acts: with no actor in their clause, the speaker of the sentence performs them.
SPEECH_ACTS = {"denies", "criticizes", "accuses", "demands", "rejects", "warns", "threatens", "supports"}
# Verdicts on what others did are no move of their own: after "Japan protested", "the launch" and
# "den Test" are still the act told before.
REACTIONS = {"criticizes", "protests", "denies", "warns"}
QUOTES = set('"„“”«»')
COORDINATORS = {"und", "oder", "aber", "sondern", "doch", "sowie", "and", "but"}
# Relations whose words have other senses ("strike a deal", "hit a record", "target inflation", "will
# withdraw the bill") or whose coding is a convention (a threat, a fight, a concession): less certain.
_POLYSEMOUS = {"attacks", "threatens", "coerces", "fights", "withdraws", "concedes", "protests", "mobilizes"}
_DISPUTES = {"accuses", "attacks", "threatens", "criticizes", "sanctions", "demands", "rejects", "denies"}
FINITE_DE = {"VVFIN", "VAFIN", "VMFIN"}  # STTS finite verbs
# Quotation marks are no boundaries: a quoted word ('"zuschlagen" könnte') stays in its clause.
_BOUNDARY = {",", ";", ":", "(", ")", "–", "—"}


def group_named_before(
    by_token: dict[int, Found], i: int, state: bool = False, skip: frozenset[int] = frozenset()
) -> Found | None:
    """The last group (or `state`) named before token `i`: what "the group" ("the country") refers to.
    Tokens in `skip` (the clause's own subject: "Japan condemned the regime") refer to no one else."""
    for j in range(i - 1, -1, -1):
        f = by_token.get(j)
        if f is None or f.actor is None or j in skip:
            continue
        if state and f.type is ActorType.STATE and f.kind != "adjective":
            return f
        if not state and (f.type is ActorType.GROUP or f.kind == "org"):
            return f  # a group the gazetteer knows, or an organisation only the NER found
    return None


@dataclass(slots=True)
class Trigger:
    relation: str
    tokens: list[Token]
    nominal: bool
    agent: bool = False  # a noun naming who acts: "Unterstützer", "Kritiker"


def saxon_genitive(token: Token, name: Found) -> bool:
    """A name inflected with the genitive -s its canonical form lacks: "Russlands", not "Tass"."""
    return token.lower_.endswith("s") and token.lower_ != name.name.lower()


def unnamed_role_phrase(words: Span, lexicon: Lexicon, by_token: dict[int, Found]) -> list[Found] | None:
    """Words that are one role or body noun phrase naming no actor, a state's adjective or genitive aside
    ("Der Bundeskanzler", "Der iranische Präsident", "Russlands Präsident"): those mentions of the state,
    [] if none; None if the words are anything else."""
    if (
        len(words) > 2
        and words[-1].lower_.endswith("s")
        and words[-1].i not in by_token
        and lexicon.role_suffix(words[-2].text) is not None
    ):
        words = words[:-1]  # a place no list holds, in the genitive: "Der Bürgermeister Charkiws"
    if len(words) < 2:
        return None
    first = by_token.get(words[0].i)
    genitive = (
        first is not None
        and first.type is ActorType.STATE
        and first.kind == "name"
        and saxon_genitive(words[0], first)
    )  # "Russlands Präsident"
    if not (words[0].pos_ == "DET" or genitive) or any(
        t.pos_ not in {"DET", "ADJ", "NOUN"} for t in words[1:]
    ):
        return None
    noun = words[-1]
    if lexicon.role_suffix(noun.text) is None and noun.text not in lexicon.body_nouns:
        return None
    if noun.lower_ in lexicon.pair_people and any(t.lower_ in lexicon.pair_determiners for t in words):
        return None  # "Die beiden Minister": the two named before
    named = [by_token[t.i] for t in words if t.i in by_token]
    if not all(f.type is ActorType.STATE and (f.kind == "adjective" or f is first) for f in named):
        return None
    return list(dict.fromkeys(named))


def clause_segments(sent: Span) -> list[tuple[int, int]]:
    """Clause-like segments of a sentence, as token index ranges [start, end)."""
    bounds, start = [], sent.start
    for token in sent:
        if token.text in _BOUNDARY:
            if token.i > start:
                bounds.append((start, token.i))
            start = token.i + 1
    if start < sent.end:
        bounds.append((start, sent.end))
    return bounds


def _combine(triggers: list[Trigger], blamed: bool) -> list[Trigger]:
    """Verbs whose object is itself a relation noun: rejecting an accusation is a denial ('weist den
    Vorwurf zurück'), rejecting sanctions is criticism, announcing an expulsion is the expulsion. Other
    verbs keep their relation and the noun is what they are about ('kritisierte die Sanktionen'): see
    `ClauseReader._governed`; a noun whose actor is named with it ("Russlands Angriff") stays a claim.
    Rejecting the blame for an attack (`blamed`: the clause has a blame word) is a denial, which the
    readers tell from the parse or the clause."""
    verbs = [t for t in triggers if not t.nominal]
    drop: set[int] = set()
    rejecting = [t for t in verbs if t.relation == "rejects"]
    if rejecting and any(t.relation == "denies" for t in verbs):
        # "wies die Berichte als Fälschung zurück", "rejected the allegations as unfounded": one denial,
        # the verb's (whose subject the parse gives), not the word that calls them false
        for verb in rejecting:
            verb.relation = "denies"
        drop |= {id(t) for t in verbs if t.relation == "denies" and t.tokens[0].pos_ not in {"VERB", "AUX"}}
    for verb in verbs:
        for noun in (t for t in triggers if t.nominal):
            # The noun after the verb ("weist den Vorwurf zurück"), or before it at the end of a clause
            # ("hat die Vorwürfe zurückgewiesen").
            if not 0 < abs(noun.tokens[0].i - verb.tokens[0].i) <= 6:
                continue
            if verb.relation == "rejects" and noun.relation == "accuses":
                verb.relation = "denies"
                drop.add(id(noun))
            elif verb.relation == "rejects" and noun.relation in HOSTILE_ACTS and not blamed:
                verb.relation = "criticizes"  # one rejects proposals; rejecting sanctions is disapproval
            elif verb.relation == "announces":
                # Announcing sanctions is sanctioning; announcing a summit is no meeting yet.
                drop.add(id(noun) if noun.relation in SYMMETRIC else id(verb))
    return [t for t in triggers if id(t) not in drop]


class SentenceReader:
    """Reads the claims of one article, sentence by sentence; subclasses read the arguments."""

    def __init__(self, doc: Doc, found: list[Found], lexicon: Lexicon, extractor: str) -> None:
        self.doc, self.lexicon, self.extractor = doc, lexicon, extractor
        self.text = doc_text(doc)
        self.mentions = [f for f in found if f.actor is not None]
        self.by_token: dict[int, Found] = {}
        for f in self.mentions:
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                current = self.by_token.get(token.i)
                if current is None or current.modifier or (current.end - current.start) < (f.end - f.start):
                    self.by_token[token.i] = f
        self.last_person: Found | None = None
        self.last_pair: list[Found] | None = None  # the two sides of the last meeting or agreement
        self.last_pair_sentence = -1  # the first token of the sentence that named them
        self.accused: dict[str, int] = {}  # actor -> the first token of the last sentence accusing them
        self.accusations: list[tuple[int, Found, Found]] = []  # (sentence start, accuser, accused)
        self.speaker: Found | None = None
        self.clause_triggers: list[Trigger] = []
        # Who speaks as "we" outside quotes: the state or organisation the first claim is made by (a press
        # release: "The European Union condemns … We call on Russia …")
        self.author: Found | None = None
        self.intended = False  # the clause read tells what a clause before announces, promises or plans
        self.intent_negated = False  # … what it says will not be done ("plant nicht, Kosovo anzuerkennen")

    def read(self, sent: Span, speaker: Found | None) -> list[Claim]:
        """The claims of sentence `sent`, whose words are `speaker`'s when one is known."""
        raise NotImplementedError

    def note_author(self, subjects: list[Found]) -> None:
        """The document's author, if not known yet: the first state or organisation to act in a document
        that quotes nobody (a press release; a news text's "we" is in someone's words, even where an
        excerpt starts inside the quote)."""
        if self.author is None and not any(ch in QUOTES for ch in self.text):
            self.author = next(
                (f for f in subjects if f.kind not in {"person", "description", "adjective"}), None
            )

    def refers_to_an_act(self, words: Span) -> bool:
        """Words that name an act told before with a determiner ("nannte den Start gefährlich", "called
        the move rash"): they judge it, and tell no act of their own."""
        return any(
            t.lower_ in self.lexicon.generic_acts
            and (d := self.determiner(t)) is not None
            and d.pos_ == "DET"
            for t in words
        )

    def determiner(self, noun: Token) -> Token | None:
        """The word before a noun's adjectives (and quotation marks): its article or possessive."""
        j = noun.i - 1
        while j >= 0 and (self.doc[j].pos_ == "ADJ" or self.doc[j].text in QUOTES):
            j -= 1
        return self.doc[j] if j >= 0 else None

    def triggers(self, sent: Span, segment: tuple[int, int]) -> list[Trigger]:
        lex, doc = self.lexicon, self.doc
        out: list[Trigger] = []
        words = list(doc[segment[0] : segment[1]])
        lemmas = [lex.lemma(t) for t in words]
        # a Swiss spelling matches with ß too: "harte Massnahmen"
        swiss = lex.lang == "de"
        forms = {
            i: (lemmas[i], t.lower_, *(sharp_s_spellings(t.lower_)[:1] if swiss else []))
            for i, t in enumerate(words)
        }
        for k, token in enumerate(words):
            named = self.by_token.get(token.i)
            if named is not None and not named.modifier and named.end >= token.idx + len(token.text):
                continue  # a name, not the head a name prefixes ("EU-Sanktionen")
            lemma = lemmas[k]
            if self._is_verb(token):
                if lex.other_sense(lemma, lemmas):
                    continue  # "zu zehn Jahren verurteilt" is a sentence, not a condemnation
                for verb, relation in lex.verbs.get(lemma, []) + lex.verbs.get(token.lower_, []):
                    if verb.particle is None:
                        if not any(
                            v.particle and self._particle(k, words, lemmas, v.particle) is not None
                            for v, _ in lex.verbs.get(lemma, [])
                        ):  # "weist … zurück" is zurückweisen, not weisen
                            out.append(Trigger(relation, [token], False))
                            break
                    elif (particle := self._particle(k, words, lemmas, verb.particle)) is not None:
                        out.append(Trigger(relation, [token, particle], False))
                        break
            elif self._is_noun(token) and (relation := lex.noun_relation(token.lower_, lemma)):
                out.append(Trigger(relation, [token], True))
            elif self._is_noun(token) and (relation := lex.agent_relation(token.lower_, lemma)):
                out.append(Trigger(relation, [token], True, agent=True))
        nouns = [(i, pair[0], pair[-1]) for i, pair in forms.items() if words[i].pos_ == "NOUN"]
        for words_of_idiom, relation in lex.idioms:
            # The words of an idiom stand anywhere in the clause, in any order ("schüren … Panik").
            positions = []
            for word in words_of_idiom:
                match = next((i for i, pair in forms.items() if word in pair), None)
                if match is None and lex.lang == "de" and len(word) >= 5:
                    # a German compound ends in the idiom's noun: "gemeinsame Militärmanöver"
                    endings = (word, word + "en", word + "n", word + "e")
                    match = next(
                        (
                            i
                            for i, lemma, form in nouns
                            if len(form) > len(word) + 2
                            and (lemma.endswith(endings) or form.endswith(endings))
                        ),
                        None,
                    )
                if match is None:
                    break
                positions.append(match)
            else:
                tokens = sorted((words[i] for i in positions), key=lambda t: t.i)
                if any(
                    len(trig.tokens) > len(tokens) and all(t in trig.tokens for t in tokens) for trig in out
                ):
                    continue  # part of a longer idiom found first: "not rule out", not "rule out"
                out = [t for t in out if not (t.nominal and t.tokens[0] in tokens)]
                if lex.lang == "en":  # the idiom is the more specific reading: "deny entry" is no denial
                    out = [t for t in out if not any(tok in tokens for tok in t.tokens)]
                if not any(t in trig.tokens for trig in out for t in tokens):
                    # English: an idiom led by a noun ("suspension of links") reads like a relation noun
                    top = next((t for t in tokens if t.head not in tokens or t.head.i == t.i), tokens[0])
                    # "joint military drills": led by its noun, though an adjective comes first
                    nominal = lex.lang == "en" and (
                        tokens[0].pos_ == "NOUN" or (tokens[0].pos_ == "ADJ" and top.pos_ == "NOUN")
                    )
                    if nominal or (lex.lang == "en" and tokens[0].dep_ in {"neg", "advmod"}):
                        # the phrase's head leads: "war games", not "war"; "did not rule out", not "not"
                        tokens = [top] + [t for t in tokens if t is not top]
                    verb = next((t for t in tokens if t.pos_ in {"VERB", "AUX"}), None)
                    if lex.lang == "de" and tokens[0].pos_ == "ADP" and verb is not None:
                        # "mit X sprach", "gegen den Krieg stellen": the verb leads, not the preposition
                        tokens = [verb] + [t for t in tokens if t is not verb]
                    out.append(Trigger(relation, tokens, nominal))
        return _combine(out, any(self.blame_word(t) for t in words))

    def _particle(self, k: int, words: list[Token], lemmas: list[str], particle: str) -> Token | None:
        """The separable particle of the verb at clause position `k`, anywhere after it (German puts it
        at the clause end: "weist … zurück"); a tagged particle by its form ("bestellte … ein", whose
        lemma the table gives as "einen"), and the form at the clause's end whatever its tag ("bestellte
        den Botschafter ein und …", tagged as an article)."""

        def clause_end(j: int) -> bool:
            return j == len(words) - 1 or words[j + 1].is_punct or words[j + 1].lower_ in COORDINATORS

        return next(
            (
                words[j]
                for j in range(k + 1, len(words))
                if lemmas[j] == particle
                or (words[j].lower_ == particle and (words[j].tag_ == "PTKVZ" or clause_end(j)))
            ),
            None,
        )

    def _is_verb(self, token: Token) -> bool:
        if token.pos_:
            return token.pos_ in {"VERB", "AUX"} or (token.pos_ == "ADJ" and self.lexicon.lang == "de")
        # No tagger: German nouns are capitalised, verbs are not (except at the start of a sentence).
        return not token.text[:1].isupper() or token.is_sent_start

    def _is_noun(self, token: Token) -> bool:
        if token.pos_:
            return token.pos_ in {"NOUN", "PROPN"}
        return token.text[:1].isupper()

    def topic_person(self, sent: Span) -> Found | None:
        """Who "er" or "he" in the next sentence most likely is: the person this sentence is about (its
        first person that can be a subject), else the person named last."""
        people = [
            f
            for f in self.mentions
            if f.kind in ("person", "description") and sent.start_char <= f.start < sent.end_char
        ]
        subjects = [f for f in self._eligible((sent.start, sent.end)) if f in people]
        return subjects[0] if subjects else (people[-1] if people else None)

    def _eligible(self, segment: tuple[int, int]) -> list[Found]:
        """Mentions that can be a segment's subject: not inside a PP, not a genitive, not a modifier."""
        doc, lex = self.doc, self.lexicon
        out: list[Found] = []
        seen: set[int] = set()
        for i in range(*segment):
            f = self.by_token.get(i)
            if f is None or id(f) in seen:
                continue
            seen.add(id(f))
            if f.modifier or f.kind == "adjective" or self._inside_compound(f):
                continue
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            j = span.start - 1 if span is not None else i - 1
            while j >= segment[0] and doc[j].text in QUOTES:
                j -= 1
            if j >= segment[0] and doc[j].pos_ == "NOUN" and doc[j].text[:1].isupper():
                j -= 1  # the head of an apposition: "in der Hauptstadt Abuja", "mit dem Präsidenten Putin"
            while j >= segment[0] and doc[j].pos_ in {"DET", "ADJ"} and doc[j].lower_ not in lex.prepositions:
                j -= 1
            # In a prepositional phrase, a genitive, or named as the source ("laut X", "nach Angaben der
            # X"): no subject.
            before = doc[j].lower_ if j >= segment[0] else ""
            two = f"{doc[j - 1].lower_} {before}" if j - 1 >= segment[0] else before
            if j == segment[0] and self.prepositional_relative(segment):
                before = ""  # ", für den Teheran Israel verantwortlich macht": the name after the pronoun
            if (
                before in lex.prepositions
                or before in {"des", "eines"}
                or before in lex.attribution_before
                or two in lex.attribution_before
            ):
                continue
            if (
                lex.lang == "de"
                and j > segment[0]
                and doc[j].lower_ in {"der", "des"}
                and doc[j - 1].pos_ == "NOUN"
                and doc[j - 1].lower_ not in lex.member_nouns
            ):
                # a genitive after a noun: "die Angaben der Vereinten Nationen"; not the members acting as
                # their organisation: "die Staats- und Regierungschefs der G7"
                continue
            if (
                lex.lang == "de"
                and j >= segment[0]
                and doc[j].pos_ == "NOUN"
                and doc[j + 1].lower_ in {"der", "des"}
                and doc[j].lower_ not in lex.member_nouns
            ):
                continue  # the same, the article read as a determiner: "Wegen der Sanktionen der EU"
            if (
                lex.lang == "de"
                and f.kind == "name"
                and f.entry is not None
                and f.text.endswith("s")
                and f.text not in f.entry.names.get("de", [])
            ):
                continue  # genitive: "Russlands", "Pekings"
            after = span.end if span is not None else i + 1
            if after < len(doc) and doc[after].lower_ in lex.attribution_after:
                continue  # "Dem Auswärtigen Amt zufolge"
            out.append(f)
        return out

    def prepositional_relative(self, segment: tuple[int, int]) -> bool:
        """A German relative clause opened by a preposition: "…, auf der Guterres vor einer Eskalation
        warnte" (the pronoun, tagged as an article, is no article of the name after it; the finite verb
        ends the clause)."""
        doc, start = self.doc, segment[0]
        words = [t for t in doc[start : segment[1]] if not t.is_punct]
        return (
            self.lexicon.lang == "de"
            and start > 0
            and doc[start - 1].text == ","
            and len(words) > 3
            and doc[start].lower_ in self.lexicon.prepositions
            and doc[start + 1].lower_ in self.lexicon.relative_pronouns
            and words[-1].tag_ in FINITE_DE
        )

    def _inside_compound(self, f: Found) -> bool:
        """'NATO' in 'NATO-Erweiterung' names the actor but is not the subject of the clause; in
        'Ecowas-Staaten', 'EU-Länder' the members act as the organisation and it is."""
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or not (span.start_char < f.start or span.end_char > f.end):
            return False
        tail = self.text[f.end : span.end_char].lstrip("-").lower()
        return tail not in self.lexicon.member_nouns

    def _modal(self, trigger: Trigger, clause_words: set[str]) -> bool:
        """The act is only possible, future or conditional: a modality word in its clause."""
        return bool(clause_words & self.lexicon.hypothetical)

    def _merely_called_for(self, trigger: Trigger) -> bool:
        """An act named in a demand, a threat or a warning ("warnte vor einer russischen Invasion") is
        not stated to happen."""
        return trigger.nominal and any(
            not t.nominal and t.relation in {"demands", "threatens", "warns"} for t in self.clause_triggers
        )

    def blame(
        self, sent: Span, segment: tuple[int, int], triggers: list[Trigger], speaker: Found | None
    ) -> Claim | None:
        """Saying that someone bears the blame for harm accuses them (CAMEO 112): "Russland trage die
        Verantwortung für die Krise, sagte X", "X said Russia is responsible for the attack". The
        article's own words accuse nobody; a clause with a relation verb of its own ("machte X
        verantwortlich", "denied responsibility") is read by that verb."""
        lex = self.lexicon
        words = self.doc[segment[0] : segment[1]]
        word = next((t for t in words if self.blame_word(t)), None)
        if speaker is None or word is None or self._blame_verb(word, triggers):
            return None
        if any(lemma_of(t) in lex.blame_admissions for t in words) or not self._names_harm(words):
            return None  # "übernahm die Verantwortung"; "verantwortlich für die Außenpolitik"
        if any(t.lower_.startswith(lex.blame_duties) for t in words):
            return None  # "verantwortlich für die Aufklärung des Anschlags" is a duty
        accused = self._blamed(word, segment)
        if accused is None or accused.actor == speaker.actor:
            return None
        return self._claim(sent, segment, Trigger("accuses", [word], True), speaker, accused, None)

    def blame_word(self, token: Token) -> bool:
        return token.lower_ in self.lexicon.blame_words or lemma_of(token) in self.lexicon.blame_words

    def _blame_verb(self, word: Token, triggers: list[Trigger]) -> bool:
        """Whether a relation verb of the clause takes the blame word: its claim says who blames whom."""
        return any(not t.nominal and word not in t.tokens for t in triggers)

    def _names_harm(self, words: Span) -> bool:
        """Whether the words name harm: a word of `blame_harm` or a hostile act."""
        lex = self.lexicon
        for t in words:
            if t.lower_.startswith(lex.blame_harm) or lemma_of(t).startswith(lex.blame_harm):
                return True
            if t.pos_ == "NOUN" and lex.noun_relation(t.lower_, lemma_of(t)) in HOSTILE_ACTS:
                return True
        return False

    def _blamed(self, word: Token, segment: tuple[int, int]) -> Found | None:
        """Who the blame word `word` is said of; readers know their clauses."""
        raise NotImplementedError

    def _coordinated(self, a: Found, b: Found) -> bool:
        """ "Israel und die Hamas", "Serbia and Kosovo": two actors joined by "and", an article allowed."""
        words = self.text[a.end : b.start].lower().split()
        if b.role_evidence is not None and a.end < b.role_evidence[0] < b.start:
            # "Xi Jinping und der serbische Präsident Aleksandar Vučić": the second one's role comes first,
            # after an article and adjectives
            before_role = self.doc.char_span(a.end, b.role_evidence[0], alignment_mode="contract")
            if before_role is not None and len(before_role) > 1:
                words = (
                    [before_role[0].lower_]
                    if all(t.pos_ in {"DET", "ADJ"} for t in before_role[1:])
                    else words
                )
        if len(words) == 2 and words[1] in ARTICLES:
            words = words[:1]
        return len(words) == 1 and words[0] in {"und", "and", "sowie", "&"}

    def _own_side(self, subjects: list[Found], other: Found) -> bool:
        """`other` is the state or body a subject serves: the target of its role, or its state (not a group
        of its state: "Museveni threatened to ban Ugandan opposition candidates")."""
        for subject in subjects:
            mine = [g for g in self.mentions if g.actor == subject.actor]
            served = [g.role_target for g in mine if g.role_target is not None]
            countries = {g.country for g in mine + served} - {None}
            if other.actor in {g.actor for g in served}:
                return True
            if other.type is ActorType.STATE and other.country in countries:
                return True
        return False

    def enumeration(self, first: Found) -> list[Found]:
        """`first` and the actors listed after it up to the last one joined by 'und', 'and' or 'sowie':
        "Großbritannien, Frankreich und Deutschland", "Israel und die Hamas"; commas alone list no one."""
        listed, pending, previous = [first], [], first
        for f in self.mentions:
            if f.start < first.end or f.modifier or f.kind == "adjective":
                continue
            between = self.text[previous.end : f.start].strip()
            if between == ",":
                pending.append(f)
            elif self._coordinated(previous, f):
                return [*listed, *pending, f]
            else:
                break
            previous = f
        return listed

    def _accuser(self, sent: Span, denier: Found) -> Found | None:
        """Whom a denial answers: who accused the denier (or its state) in this sentence or the last, or
        who made an accusation earlier in the same sentence ("X accused Y of …, a charge Z denies")."""
        recent = self._this_or_last(sent)
        for start, accuser, accused in reversed(self.accusations):
            if start not in recent or accuser.actor == denier.actor:
                continue
            speaks_for = accused.type is ActorType.STATE and denier.country == accused.country is not None
            if accused.actor == denier.actor or speaks_for or start == sent.start:
                return accuser
        return None

    def _this_or_last(self, sent: Span) -> set[int]:
        """The first tokens of `sent` and of the sentence before it: where a reference back may point."""
        return {sent.start, self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start}

    def _pair_named_by(self, token: Token, besides: frozenset[str] = frozenset()) -> list[Found] | None:
        """'the (two) leaders', 'both sides', 'the two countries': the two sides of the last meeting or
        agreement, else the last two people (for leaders) or states (for sides and countries) named."""
        lex = self.lexicon
        people = token.lower_ in lex.pair_people
        if not (people or token.lower_ in lex.pair_states) or token.i in self.by_token:
            return None  # a name is no pair: "the United Nations"
        if not any(t.lower_ in lex.pair_determiners for t in self.doc[max(0, token.i - 3) : token.i]):
            return None
        if self.last_pair is not None and (not people or all(f.kind == "person" for f in self.last_pair)):
            # "held talks … Both sides criticized": the two who met
            return [f for f in self.last_pair if f.actor not in besides]
        wanted = ("person", "description") if people else None
        pair: list[Found] = []
        # a state named by its adjective counts ("Der türkische Präsident … Griechenland … beide Länder")
        named = [m for m in self.mentions if m.end <= token.idx and (not m.modifier or m.kind == "adjective")]
        for f in reversed(named):
            fits = (f.kind in wanted and not f.modifier) if wanted else f.type is ActorType.STATE
            if fits and f.actor not in besides and all(g.actor != f.actor for g in pair):
                pair.append(f)
            if len(pair) == 2:
                return list(reversed(pair))
        return None

    def _claim(
        self,
        sent: Span,
        segment: tuple[int, int],
        trigger: Trigger,
        subject: Found,
        obj: Found | None,
        speaker: Found | None,
    ) -> Claim:
        doc, lex = self.doc, self.lexicon
        if obj is not None and (
            trigger.relation in SYMMETRIC
            or (trigger.relation in _DISPUTES and subject.type is obj.type is ActorType.STATE)
        ):
            # the two who met, or two states at odds: "India and Pakistan traded accusations … both
            # countries"
            self.last_pair, self.last_pair_sentence = [subject, obj], sent.start
        if trigger.relation == "accuses" and obj is not None and obj.actor is not None:
            self.accused[obj.actor] = sent.start
            self.accusations.append((sent.start, subject, obj))
        if trigger.relation == "denies" and obj is None:
            obj = self._accuser(sent, subject)
        words = doc[segment[0] : segment[1]]
        lowers = {t.lower_ for t in words if t not in trigger.tokens}  # "nicht ausschließen" is one idiom
        negation = bool(lowers & lex.negations) or self.intent_negated  # "plant nicht, … anzuerkennen"
        negated = negation and trigger.relation not in {"denies", "rejects"}
        if trigger.relation == "rejects" and not trigger.nominal and trigger.tokens[0].i > 0:
            # "werde den Beitritt nicht blockieren": a refusal negated right before its verb
            negated = doc[trigger.tokens[0].i - 1].lower_ in lex.negations
        if lex.lang == "en" and sent.doc.has_annotation("DEP"):
            head = trigger.tokens[0]
            # the governing verb's negation counts for a noun or infinitive ("did not express support",
            # "refused not to …"), not for a verb coordinated with it ("would not recognize X and
            # threatened sanctions")
            nodes = [head, head.head] if trigger.nominal or head.dep_ in {"xcomp", "acomp"} else [head]
            negated = any(
                c.dep_ == "neg" and c not in trigger.tokens  # "not true" is a denial, not negated
                for node in nodes
                for c in node.children
                if c.i in range(*segment)
            )
        hypothetical = (
            self._merely_called_for(trigger)
            or self._modal(trigger, lowers)
            # "is unlikely to approve", "is likely to retaliate": the word governs the verb
            or (trigger.tokens[0].dep_ == "xcomp" and trigger.tokens[0].head.lower_ in lex.hypothetical)
            or (self.intended and trigger.relation not in {"threatens", "warns", "demands"})
        )
        starts = [subject.start, min(t.idx for t in trigger.tokens)] + ([obj.start] if obj else [])
        last = max(trigger.tokens, key=lambda t: t.i)
        ends = [subject.end, last.idx + len(last.text)] + ([obj.end] if obj else [])
        start, end = min(starts), max(ends)
        if start < sent.start_char or end > sent.end_char:
            start, end = max(start, sent.start_char), min(end, sent.end_char)
        # "Macron und Scholz, die … forderten": a speaker named together with the subject speaks with it
        together = speaker is not None and (
            self._coordinated(speaker, subject) or self._coordinated(subject, speaker)
        )
        attributed = (
            speaker.actor if speaker is not None and speaker.actor != subject.actor and not together else None
        )
        confidence = 0.75 if not trigger.nominal else 0.6
        if lex.lang == "en" and sent.doc.has_annotation("DEP"):
            confidence += 0.1
        if hypothetical:
            confidence -= 0.2
        if obj is None and trigger.relation not in {"denies", "announces", "rejects"}:
            confidence -= 0.2  # a relation whose other side the text does not name is often no relation
        if trigger.relation in _POLYSEMOUS:
            confidence -= 0.1
        if attributed is not None:
            confidence -= 0.05  # at one remove: what someone says another did
        if end - start > 200:
            confidence -= 0.1
        return Claim(
            subject=subject.actor or "",
            relation=trigger.relation,
            object=obj.actor if obj else None,
            evidence=self.text[start:end],
            start=start,
            end=end,
            sentence=sent.text,
            attributed_to=attributed,
            negated=negated,
            hypothetical=hypothetical,
            confidence=round(max(0.05, min(confidence, 0.99)), 3),
            extractor=self.extractor,
        )


def affiliation_claims(doc: Doc, found: list[Found], extractor: str) -> list[Claim]:
    """spokespersonFor, leaderOf, memberOf, advisorTo from role phrases."""
    claims: list[Claim] = []
    seen: set[tuple[str, str, str]] = set()
    for f in found:
        # English: a description resolved to a person is a role phrase of theirs too: "a Foreign
        # Ministry spokesperson" who is named later.
        kinds = {"person", "description"} if doc.lang_ == "en" else {"person"}
        if f.kind not in kinds or f.role not in AFFILIATIONS or f.actor is None or f.role_target is None:
            continue
        target = f.role_target.actor
        relation = f.role
        if target is None or target == f.actor:
            continue
        if relation == "advisorTo" and f.role_target.kind != "description" and f.role_target.kind != "person":
            relation = "memberOf"  # an adviser of a body is a member of it
        if (f.actor, relation, target) in seen:
            continue
        seen.add((f.actor, relation, target))
        span = f.role_evidence or (f.start, f.end)
        claims.append(mention_claim(doc, f, f.actor, relation, target, span, 0.8, extractor))
    return claims


def backing_claims(doc: Doc, found: list[Found], extractor: str) -> list[Claim]:
    """ "Iranian-backed militias", "Moscow-backed leader X": the state supports the group or person."""
    return [
        mention_claim(
            doc, f, f.backer.actor, "supports", f.actor, (min(f.start, f.backer.start), f.end), 0.7, extractor
        )
        for f in found
        if f.backer is not None and f.backer.actor is not None and f.actor not in (None, f.backer.actor)
    ]


def mention_claim(
    doc: Doc,
    f: Found,
    subject: str,
    relation: str,
    obj: str | None,
    span: tuple[int, int],
    confidence: float,
    extractor: str,
) -> Claim:
    """A claim a mention states by itself (a role phrase, "X-backed"), with `span` as its evidence."""
    start, end = span
    sent = doc.char_span(f.start, f.end, alignment_mode="expand")
    return Claim(
        subject=subject,
        relation=relation,
        object=obj,
        evidence=doc_text(doc)[start:end],
        start=start,
        end=end,
        sentence=sent.sent.text if sent is not None else "",
        confidence=confidence,
        extractor=extractor,
    )


def sentence_reader(doc: Doc, found: list[Found], lexicon: Lexicon, extractor: str) -> SentenceReader:
    """The reader for `doc`: the parse where the pipeline has a parser, clause segments otherwise."""
    from kg.extract.clauses import ClauseReader
    from kg.extract.parse import ParseReader

    reader = ParseReader if doc.has_annotation("DEP") else ClauseReader
    return reader(doc, found, lexicon, extractor)
