"""Claims read from clause segments, for pipelines without a parser (German).

The subject is the first eligible actor of the trigger's segment (or the antecedent of a relative
pronoun, the subject of the clause an infinitive depends on, the agent of a passive, the speaker of a
quotation for "wir"); the object is an actor after the trigger or inside its prepositional phrase.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import Lexicon
from kg.extract.mentions import Found
from kg.extract.relations import (
    CONTENT_ONLY,
    COORDINATORS,
    FINITE_DE,
    PLACE_TARGETED,
    QUOTES,
    REACTIONS,
    SPEECH_ACTS,
    SYMMETRIC,
    SentenceReader,
    Trigger,
    clause_segments,
    group_named_before,
    lemma_of,
    saxon_genitive,
    unnamed_role_phrase,
)
from kg.model import ActorType, Claim

# Relations whose addressee may be the subject of the clause they introduce.
_ADDRESSED = {"demands", "accuses", "warns", "criticizes", "threatens"}
_HIM = {"ihm", "ihn"}  # a man as object; "ihr" may be her, their or your
# Words that tie a name to the noun before it: "die Vorwürfe der Ukraine", "Vorwürfe aus Washington".
_ATTRIBUTE_WORDS = {"der", "des", "von", "vom", "aus"}
# Verdicts whose object may be another's act, and so that act's author.
_ABOUT_AN_ACT = {"criticizes", "supports", "denies", "rejects", "accuses"}
# Two subjects acting on each other: "haben sich gegenseitig vorgeworfen".
_RECIPROCAL = {"gegenseitig", "einander"}
# A relation noun after these is an earlier act: "nach dem Angriff", "seit der Invasion".
_TEMPORAL_PREPOSITIONS = {"nach", "seit", "vor"}


class ClauseReader(SentenceReader):
    """Reads subjects and objects from the order of words in clause segments."""

    def __init__(self, doc: Doc, found: list[Found], lexicon: Lexicon, extractor: str) -> None:
        super().__init__(doc, found, lexicon, extractor)
        self.waiting_subject: Found | None = None  # a bare name before appositions, for the verb after them
        self.authors: dict[str, list[Found]] = {}  # relation -> the subjects of its claims so far
        self.sentence_subject: Found | None = None  # whom the sentence before was about
        self.act_author: Found | None = None  # who did the last act told ("den Test" later)
        self.acts_here: list[Found] = []  # who performs the acts named by nouns of the segment read

    def read(self, sent: Span, speaker: Found | None) -> list[Claim]:
        self.speaker = speaker
        claims: list[Claim] = []
        segments = self._split_coordinated(self._join_enumerations(clause_segments(sent)))
        previous_subjects: list[Found] = []
        self.waiting_subject = None
        governed = False  # the segment is what a denial, demand, refusal … before it is about
        accused: tuple[Found, Found] | None = None  # (accuser, accused) of the clause before
        main_subjects: list[Found] = []  # who acts in the last main clause
        reacting = False  # a verdict on what others did ("protestierte", "verurteilte") is no act
        acted = False  # the sentence tells a move of its subject's
        intending = False  # the clause announces, promises or plans what the next infinitive tells
        intent_negated = False  # … or says it does not ("plant nicht, …")
        for n, segment in enumerate(segments):
            # "kündigte an, Armenien Radarsysteme zu liefern": the delivery is to come; "plant nicht, Kosovo
            # anzuerkennen": nor is the recognition
            self.intended = intending and n > 0 and self._infinitive(segment)
            self.intent_negated = self.intended and intent_negated
            self.clause_triggers = self.triggers(sent, segment)
            words = self.doc[segment[0] : segment[1]]
            intending = any(t.relation == "announces" and not t.nominal for t in self.clause_triggers) or any(
                self.lexicon.lemma(t) in self.lexicon.intent_verbs for t in words
            )
            intent_negated = any(t.lower_ in self.lexicon.negations for t in words)
            if any(self.blame_word(t) for t in self.doc[segment[0] : segment[1]]):
                for trigger in self.clause_triggers:
                    if not trigger.nominal and trigger.relation == "rejects":
                        trigger.relation = "denies"  # "wies jede Verantwortung zurück"
            first = self.doc[segment[0]].lower_
            complement = n > 0 and (first in self.lexicon.complementizers or self._infinitive(segment))
            condition = n > 0 and first in self.lexicon.conditions
            governed = governed and (complement or condition)
            accused = accused if complement else None
            self.acts_here = []
            blamed = self._accusation(segments, n, previous_subjects)
            # Nouns first: "hat die Sanktionen der EU gegen Russland begrüßt" welcomes the EU's act.
            for trigger in sorted(self.clause_triggers, key=lambda t: not t.nominal):
                if self._coordinated_verb(trigger, segment) or self._coordinated_noun(
                    trigger, segment, main_subjects
                ):
                    # ", und kritisierte Stockholm", "und sicherte der Ukraine Hilfe zu": the subject of the
                    # clause before goes on (if known)
                    subjects, obj = main_subjects, self._object_after(trigger, segment, main_subjects)
                    if obj is None and trigger.nominal:  # the dative before the noun
                        taken = {f.actor for f in subjects}
                        before_noun = self._eligible((segment[0], trigger.tokens[0].i))
                        obj = next((f for f in before_noun if f.actor not in taken), None)
                else:
                    subjects, obj = self._arguments(trigger, segments, n, previous_subjects)
                # ", was Aserbaidschan verurteilte" after what a speaker announced: the article's words
                said_by = None if n > 0 and first in self.lexicon.sentential_relatives else speaker
                if (
                    trigger.nominal
                    and not subjects
                    and trigger.relation != "accuses"
                    and blamed is not None
                    and not any(not t.nominal and t.relation != "accuses" for t in self.clause_triggers)
                ):
                    # "machte Russland für den Angriff auf Kiew verantwortlich": Russia attacked Kyiv, in
                    # the accuser's words
                    said_by, subjects = blamed[0], [blamed[1]]
                    obj = self._noun_target(trigger.tokens[0])
                if accused is not None and not trigger.nominal and self._infinitive(segment):
                    # "warf Russland vor, das Kraftwerk beschossen zu haben": Russia shelled it, in the
                    # accuser's words
                    said_by, subjects = accused[0], [accused[1]]
                    obj = self._object_after(trigger, segment, subjects)
                if obj is None and trigger.relation in _ADDRESSED and n + 1 < len(segments):
                    obj = self._complement_subject(trigger, segments[n + 1], subjects)
                if (
                    obj is None
                    and n > 0
                    and not trigger.nominal
                    and trigger.relation in _ABOUT_AN_ACT
                    and self.doc[segment[0]].lower_ in self.lexicon.sentential_relatives
                ):
                    # "Russland verhängte Sanktionen, was Vilnius verurteilte": the act of the clause before
                    obj = next((f for f in main_subjects if all(f.actor != s.actor for s in subjects)), None)
                if governed:
                    continue  # "bestreitet, Zivilisten angegriffen zu haben" asserts no attack
                if trigger.relation == "accuses" and not trigger.nominal and subjects and obj is not None:
                    accused = (subjects[0], obj)
                if not complement and not trigger.nominal:
                    main_subjects = subjects
                    # "Japan protestierte", "verurteilte den Test" judge an act; "kritisierte die EU" acts
                    if trigger.relation in REACTIONS and (obj is None or self.refers_to_an_act(sent)):
                        reacting = True
                    else:
                        acted = True  # "bestellte den Botschafter ein und übergab ihm eine Protestnote"
                if trigger.nominal:
                    self.acts_here += subjects
                targets = [obj, *self._coordinated_with(obj)] if obj is not None else [None]
                if obj is None and not trigger.nominal and trigger.relation in _ADDRESSED:
                    # "Die USA riefen beide Seiten zur Zurückhaltung auf": the two named before
                    targets = self._pair_addressed(trigger, segment, subjects) or targets
                if self._rejects_accusation_before(trigger, segment, subjects):
                    trigger.relation = "denies"  # "Israel warf der Hamas … vor. Die Hamas wies dies zurück"
                if obj is None and len(subjects) == 2 and any(t.lower_ in _RECIPROCAL for t in sent):
                    # "haben sich gegenseitig vorgeworfen": each the other
                    targets = subjects
                for subject in subjects:
                    for target in targets:
                        if target is not None and target.actor == subject.actor:
                            continue
                        claims.append(self._claim(sent, segment, trigger, subject, target, said_by))
                    self.authors.setdefault(trigger.relation, []).append(subject)
                    released = self._released_in(segment) if trigger.relation == "demands" else None
                    if released is not None and released.actor != subject.actor:
                        # demanding someone's release sides with them
                        siding = Trigger("supports", trigger.tokens, trigger.nominal)
                        claims.append(self._claim(sent, segment, siding, subject, released, said_by))
            governed = governed or any(
                not t.nominal and t.relation in CONTENT_ONLY for t in self.clause_triggers
            )  # and a condition of a threat ("…, sollte es den Iran angreifen") is no act either
            eligible = self._eligible(segment)
            words = self.doc[segment[0] : segment[1]]
            finite = next((t for t in words if self._finite(t)), None)
            if (
                not (complement or condition)
                and finite is not None
                and all(t.nominal for t in self.clause_triggers)
            ):
                # "Erdogan reiste nach Berlin und lobte …": who acts in this clause acts in the next
                unnamed = self._unnamed_official(finite, segment)
                main_subjects = [] if unnamed or not eligible else [eligible[0]]
            addressees = main_subjects if self._verb_phrase(segment) and main_subjects else eligible
            claims += self._deontic(sent, segment, addressees)
            blame = self.blame(sent, segment, self.clause_triggers, speaker)
            if blame is not None:
                claims.append(blame)
            # "Liu Pengyu, Sprecher der Botschaft, warnte …": a bare name, then appositions (no verb,
            # no name first), then the verb. The name waits for that verb as its subject.
            verbless = not any(t.pos_ in {"VERB", "AUX"} for t in words)
            # the first word, or the one after a subordinator: "während Belarus, …"
            subordinate = self.doc[segment[0]].lower_ in self.lexicon.subordinators
            opener = segment[0] + 1 if subordinate else segment[0]
            named_first = self.by_token.get(opener) if opener < segment[1] else None
            owner_first = named_first is not None and any(
                t.pos_ in {"ADJ", "NOUN"} for t in self.doc[opener + 1 : min(opener + 3, segment[1])]
            )  # ", Moskaus engster Verbündeter,": an apposition about the name waiting, not a name
            if (
                verbless
                and eligible
                and named_first is not None
                and not (self.waiting_subject and owner_first)
            ):
                self.waiting_subject = eligible[0]
            elif not verbless:
                self.waiting_subject = None
            # a relative clause does not change who the sentence is about
            if eligible and not self._relative(segment) and not self.prepositional_relative(segment):
                previous_subjects = [eligible[0]]
        self.intended = self.intent_negated = False
        self.note_author(main_subjects)
        about = main_subjects or previous_subjects
        self.sentence_subject = about[0] if about else self.sentence_subject
        if (
            about
            and (acted or not reacting)
            and about[0] != speaker
            and not self.refers_to_an_act(sent)
            and not self._genitive_attribute(about[0])
        ):
            self.act_author = about[0]  # not "…, teilte der Generalstab mit": who speaks does no act
        return claims

    def _relative(self, segment: tuple[int, int]) -> bool:
        """A relative clause: a relative pronoun right after a comma ("…, die …")."""
        start = segment[0]
        return (
            self.doc[start].lower_ in self.lexicon.relative_pronouns
            and start > 0
            and self.doc[start - 1].text == ","
        )

    def _coordinated_with(self, f: Found) -> list[Found]:
        """The actor named right after or before `f` with "und"/"sowie": "forderte Serbien und Kosovo
        auf", "hat Israel und die Hamas aufgerufen", "…, sollten die USA und Südkorea …"."""
        before = next((g for g in reversed(self.mentions) if g.end < f.start and not g.modifier), None)
        out = []
        if before is not None and self._coordinated(before, f):
            out.append(before)
        out += self.enumeration(f)[1:]  # "warnte Berlin, Paris und London"
        return [g for g in dict.fromkeys(out) if g.actor != f.actor]

    def _accusation(
        self, segments: list[tuple[int, int]], n: int, previous: list[Found]
    ) -> tuple[Found, Found] | None:
        """(accuser, accused) of an accusing verb in segment `n`, whose relation nouns name what the
        accused did."""
        for trigger in self.clause_triggers:
            if trigger.relation == "accuses" and not trigger.nominal:
                subjects, obj = self._arguments(trigger, segments, n, previous)
                if subjects and obj is not None:
                    return subjects[0], obj
        return None

    def _blamed(self, word: Token, segment: tuple[int, int]) -> Found | None:
        """Who bears the blame: the genitive after the word ("die Verantwortlichkeit des Assad-Regimes",
        "die Schuld Russlands"), else the subject of its clause ("Russland trage die Verantwortung")."""
        doc, after = self.doc, word.i + 1
        if after < segment[1] and doc[after].lower_ in {"des", "der"}:
            k = after + 1
            while k < segment[1] and doc[k].pos_ == "ADJ":
                k += 1
            f = self.by_token.get(k) if k < segment[1] else None
            if f is not None and not f.modifier:
                return f
        f = self.by_token.get(after) if after < segment[1] else None
        if f is not None and f.kind == "name" and f.text.endswith("s"):
            return f
        before = self._eligible((segment[0], word.i))
        return before[0] if before else None

    def _rejects_accusation_before(
        self, trigger: Trigger, segment: tuple[int, int], subjects: list[Found]
    ) -> bool:
        """Rejecting "dies"/"das" right after being accused rejects the accusation: a denial."""
        if trigger.nominal or trigger.relation != "rejects" or len(subjects) != 1:
            return False
        words = self.doc[segment[0] : segment[1]]
        if not any(t.tag_ == "PDS" and t.lower_ in self.lexicon.demonstratives for t in words):
            return False
        sent = words[0].sent
        recent = self._this_or_last(sent)
        return self.accused.get(subjects[0].actor or "") in recent

    def _act_fronted(self, head: Token, segment: tuple[int, int]) -> bool:
        """The clause opens with a thing that belongs to an actor, before its finite verb ("Moskaus Krieg
        …", "Der Angriff Russlands …"): that thing is the subject, not its owner."""
        words = list(self.doc[segment[0] : self._finite_of(head, segment).i])
        while words and words[0].pos_ in {"DET", "ADJ"} and words[0].i not in self.by_token:
            words = words[1:]
        if len(words) < 2:
            return False

        def thing(token: Token) -> bool:
            lex = self.lexicon
            return (
                token.pos_ == "NOUN"
                and token.i not in self.by_token
                and lex.role_suffix(token.text) is None
                and token.text not in lex.body_nouns
            )

        owner = self.by_token.get(words[0].i)
        if owner is not None and self._genitive_name(words[0], owner) and thing(words[1]):
            return True  # "Moskaus Krieg"
        after = words[2] if len(words) > 2 and words[1].lower_ in {"des", "der"} else words[1]
        return (
            thing(words[0])
            and after.i in self.by_token
            and self._genitive_name(after, self.by_token[after.i])
        )

    def _genitive_name(self, token: Token, name: Found) -> bool:
        """A name in the genitive: after "des"/"der", or inflected with -s ("Russlands", not "Tass")."""
        before = self.doc[token.i - 1].lower_ if token.i > 0 else ""
        return before in {"des", "der"} or saxon_genitive(token, name)

    def _unnamed_official(self, head: Token, segment: tuple[int, int]) -> bool:
        """The clause opens with a role or body ("Der Bundeskanzler", "Die Regierung") that names no
        actor, right before its (finite) verb: that is the subject, which is unknown."""
        return self._official_states(head, segment) == []

    def _official_state(self, head: Token, segment: tuple[int, int]) -> Found | None:
        """ "Der iranische Präsident hat den Westen gewarnt": an official named only by the state's
        adjective acts for that state."""
        states = self._official_states(head, segment)
        return states[0] if states else None

    def _official_states(self, head: Token, segment: tuple[int, int]) -> list[Found] | None:
        doc = self.doc
        if doc[segment[0]].lower_ in self.lexicon.subordinators:
            # "nachdem der japanische Verteidigungsminister einen Schrein besucht hatte": the subject
            # follows the subordinator; the verb stands at the end
            end = segment[0] + 1
            while (
                end < segment[1]
                and doc[end].pos_ in {"DET", "ADJ", "NOUN"}
                and (end not in self.by_token or self.by_token[end].kind == "adjective")
            ):
                end += 1
                if doc[end - 1].pos_ == "NOUN":
                    break  # the phrase's noun: "der japanische Verteidigungsminister"
            return unnamed_role_phrase(doc[segment[0] + 1 : end], self.lexicon, self.by_token)
        words = doc[segment[0] : self._finite_of(head, segment).i]
        return unnamed_role_phrase(words, self.lexicon, self.by_token)

    def _finite_of(self, head: Token, segment: tuple[int, int]) -> Token:
        """The finite verb of a trigger's clause: its auxiliary in "hat … gewarnt", else the trigger."""
        return next((t for t in self.doc[segment[0] : head.i + 1] if self._finite(t)), head)

    def _join_enumerations(self, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Segments cut at the commas of a list of actors are one: "Großbritannien, Frankreich und
        Deutschland drohen", "warnte Berlin, Paris und London"."""
        out: list[tuple[int, int]] = []
        for segment in segments:
            if out and self._continues_a_list(out[-1], segment):
                out[-1] = (out[-1][0], segment[1])
            else:
                out.append(segment)
        return out

    def _continues_a_list(self, before: tuple[int, int], segment: tuple[int, int]) -> bool:
        """`before` ends with an actor, a comma follows, and `segment` starts with one the list goes on
        from, to an 'und' or 'sowie' before another actor."""
        doc = self.doc
        last = self.by_token.get(before[1] - 1)
        if last is None or before[1] >= len(doc) or doc[before[1]].text != ",":
            return False
        first = self.by_token.get(segment[0])
        return first is not None and first.actor != last.actor and len(self.enumeration(last)) > 2

    def _split_coordinated(self, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Coordinated verb phrases are clauses of their own: "wies die Kritik zurück und warf dem Westen
        Doppelmoral vor" (the second takes the first one's subject, see `_coordinated_verb`)."""
        out: list[tuple[int, int]] = []
        for start, end in segments:
            cut = start
            finite_before = False
            for i in range(start, end - 1):
                token = self.doc[i]
                if (
                    token.lower_ in COORDINATORS
                    and finite_before
                    and self._finite(self.doc[i + 1])
                    and i > cut
                ):
                    out.append((cut, i))
                    cut, finite_before = i, False
                elif self._finite(token):
                    finite_before = True
            out.append((cut, end))
        return out

    def _finite(self, token: Token) -> bool:
        """A finite verb, or a relation or speech verb the tagger took for an adjective ("kritisierte")."""
        lex = self.lexicon
        lemma = lex.lemma(token)
        known = lemma in lex.verbs or lemma in lex.speech_verbs
        return token.tag_ in FINITE_DE or (token.pos_ == "ADJ" and token.text.islower() and known)

    def _coordinated_verb(self, trigger: Trigger, segment: tuple[int, int]) -> bool:
        """A segment that opens with 'und'/'aber' and the trigger verb, or the finite verb the trigger
        depends on: the verb shares the subject of the clause before ("Die Türkei lehnte es ab, …, und
        kritisierte Stockholm", "… und darf die Ukraine nicht angreifen")."""
        head = trigger.tokens[0]
        opens_with_verb = head.i == segment[0] + 1 and self.doc[segment[0]].lower_ in COORDINATORS
        return not trigger.nominal and (opens_with_verb or self._verb_phrase(segment))

    def _coordinated_noun(self, trigger: Trigger, segment: tuple[int, int], before: list[Found]) -> bool:
        """A relation noun nobody owns in a coordinated verb phrase: "… und sicherte der Ukraine weitere
        Hilfe zu" is the help of whoever acted before, given to the dative."""
        head = trigger.tokens[0]
        return (
            trigger.nominal
            and bool(before)
            and self._verb_phrase(segment)
            and not self._governed(trigger)  # "und unterstütze alle Bemühungen um die Wiedervereinigung"
            and self._about_noun(trigger) is None  # "und bekräftigte ihre Forderung nach Sanktionen"
            and self._owner_after(head, segment) is None
            and self._owner_before(head, segment) is None
        )

    def _verb_phrase(self, segment: tuple[int, int]) -> bool:
        """A segment that is a coordinated verb phrase: 'und' and a finite verb, no subject of its own."""
        return (
            segment[1] - segment[0] > 1
            and self.doc[segment[0]].lower_ in COORDINATORS
            and self._finite(self.doc[segment[0] + 1])
        )

    def _complement_subject(
        self, trigger: Trigger, segment: tuple[int, int], subjects: list[Found]
    ) -> Found | None:
        """Whom a demand or a denial addresses when its own clause names nobody: the subject of the
        'dass' clause after it ("forderte, dass Russland seine Truppen abzieht"); whom a threat aims at,
        the first actor its infinitive names ("droht, Schwedens Nato-Beitritt zu blockieren")."""
        taken = {f.actor for f in subjects}
        if trigger.relation == "threatens" and self._infinitive(segment):
            named = (self.by_token.get(i) for i in range(*segment))
            return next((f for f in named if f is not None and f.actor not in taken and not f.modifier), None)
        if self.doc[segment[0]].lower_ not in self.lexicon.complementizers:
            return None
        return next((f for f in self._eligible(segment) if f.actor not in taken), None)

    def _deontic(self, sent: Span, segment: tuple[int, int], eligible: list[Found]) -> list[Claim]:
        """What someone must or must not do, in a speaker's words, is the speaker's demand on them:
        "Die USA dürfen auf keinen Fall Chinas Interessen beschädigen", "Russland müsse abziehen",
        "beide Seiten müssten die Spannungen abbauen"."""
        lex, words = self.lexicon, self.doc[segment[0] : segment[1]]
        if self.speaker is None or any(t.lower_ in lex.pronouns_we for t in words):
            return []
        lowers = {t.lower_ for t in words}
        modal = next(
            (
                t
                for t in words
                if t.lower_ in lex.deontic or (t.lower_ in lex.prohibitive and lowers & lex.negations)
            ),
            None,
        )
        if modal is None:
            return []
        addressees = eligible[:1] or self._pair_at_start(segment, modal) or []
        addressees = [f for f in addressees if f.actor != self.speaker.actor and f.start <= modal.idx + 40]
        # "würde … tragen müssen": what someone would have to bear is a warning, not a demand.
        relation = "warns" if lowers & lex.conditional else "demands"
        claims = []
        for addressee in addressees:
            claim = self._claim(
                sent, segment, Trigger(relation, [modal], False), self.speaker, addressee, None
            )
            claim.negated = claim.hypothetical = False  # "must not" is the demand itself, not its negation
            claims.append(claim)
        return claims

    def _between_pair(self, trigger: Trigger, segment: tuple[int, int]) -> tuple[Found, Found] | None:
        """'Gespräche zwischen Xi und Putin', 'talks between X and Y': the two sides of the relation."""
        head = trigger.tokens[-1]
        if head.i + 1 >= segment[1] or self.doc[head.i + 1].lower_ not in self.lexicon.symmetric_prepositions:
            return None
        sides = []
        for i in range(head.i + 2, min(segment[1], head.i + 12)):
            f = self.by_token.get(i)
            if f is not None and f not in sides and not f.modifier:
                sides.append(f)
        if len(sides) >= 2 and self._coordinated(sides[0], sides[1]):
            return sides[0], sides[1]
        return None

    def _arguments(
        self, trigger: Trigger, segments: list[tuple[int, int]], n: int, previous: list[Found]
    ) -> tuple[list[Found], Found | None]:
        doc, lex = self.doc, self.lexicon
        segment = segments[n]
        head = trigger.tokens[0]
        subjects: list[Found] = []
        spoken_for: Found | None = None  # the state whose act a person before the noun speaks for
        pair = self._between_pair(trigger, segment) if trigger.nominal else None
        if pair is not None:
            return [pair[0]], pair[1]
        attributive = self._attributive(trigger, segment)
        if attributive is not None:
            return attributive
        if trigger.agent:
            return self._agent_noun(trigger, segment)
        if not trigger.nominal and self._passive(head, segment):
            # "Russland wurde von der EU kritisiert": the agent acts on the subject; without a named
            # agent ("Er wurde zu zehn Jahren verurteilt") nobody is known to act.
            agent = self._agent_in(segment)
            patient = next(
                (f for f in self._eligible(segment) if agent is None or f.actor != agent.actor), None
            )
            if patient is None and agent is not None and trigger.relation in _ABOUT_AN_ACT:
                # "Die Forderung Chinas … wurde von der Ukraine abgelehnt": whose demand it was
                patient = next((f for f in self.acts_here if f.actor != agent.actor), None)
            if patient is None and agent is not None:
                patient = self._object_after(trigger, segment, [agent])  # "Der Vorschlag Frankreichs"
            return ([agent], patient) if agent is not None else ([], None)
        fronted = self._fronted_object(segment)
        if fronted is not None and not trigger.nominal and trigger.relation in _ABOUT_AN_ACT:
            # "Die Vorwürfe Kiews wies der Kreml zurück": the owner of the fronted noun is the object,
            # the name after the finite verb the subject
            finite, owner = fronted
            doer = next(
                (f for f in self._eligible((finite.i + 1, segment[1])) if f.actor != owner.actor), None
            )
            if doer is not None:
                return [doer], owner
        if not trigger.nominal and trigger.relation == "denies" and head.pos_ == "ADJ":
            # "Die Vorwürfe Kiews sind haltlos, sagte Peskow": the accusers are denied, by the speaker
            accusers = [
                f
                for t in self.clause_triggers
                if t.nominal and t.relation == "accuses"
                for f in [self._owner_after(t.tokens[0], segment) or self._owner_before(t.tokens[0], segment)]
                if f is not None
            ]
            eligible = self._eligible(segment)
            if accusers and eligible and eligible[0].actor == accusers[0].actor:
                speaker = self.speaker
                return (
                    [speaker] if speaker is not None and speaker.actor != accusers[0].actor else []
                ), accusers[0]
        if trigger.nominal and (agent := self._by_agent(head, segment)) is not None:
            # "die Bombardierung der Botschaft durch die Nato": the Nato acts on the genitive
            patient = self._owner_after(head, segment)
            return [agent], patient if patient is not None and patient.actor != agent.actor else None
        if trigger.nominal:
            after = self._owner_after(head, segment)
            subjects = [after] if after is not None else []
            described = (
                self._antecedents(segments[n - 1]) if n > 0 and self._relative(segments[n - 1]) else []
            )
            holder = self._speaking_for(after, head, segment, described[0] if described else None)
            if after is not None and holder is not None:
                subjects = [holder]  # "Trudeau sicherte Mexiko die Unterstützung Ottawas zu": Trudeau's
                spoken_for = after
            received = self._received(trigger, segment, subjects)
            if received is not None:
                return received
            before = self._owner_before(head, segment) if after is None else None
            subjects = [before] if before is not None else subjects
            if not subjects and self._about_noun(trigger) is not None:
                return [], None  # "Verständnis für die Sanktionen": what the understanding is for
        if not subjects and trigger.nominal and (states := self._official_states(head, segment)) is not None:
            # "Der Bundeskanzler sicherte Kiew bei seinem Besuch Unterstützung zu": his, whoever he is;
            # "Der französische Präsident …": France's
            if not states or self._governed(trigger):
                return [], None  # "Der russische Präsident kritisierte die Invasion": the verb's claim
            subjects = states[:1]
        if not subjects and trigger.nominal and not self._governed(trigger):
            # "Die Unterstützung für Kiew wurde von Polen bekräftigt", "Kritik an Israel kam aus Ankara"
            agent = self._agent_in(segment) if self._passive_clause(segment) else self._source_of(segment)
            # every source: "Kritik … kam aus Paris und Rom"
            subjects = [agent, *self._coordinated_with(agent)] if agent is not None else []
        if not subjects and trigger.nominal and self._possessed(head) and not self._governed(trigger):
            own = self._own_act(trigger, segment)
            if own is not None:
                return own
        if (
            not subjects
            and trigger.nominal
            and (self._possessed(head) or self._governed(trigger) or self._genitive(head))
        ):
            # "seine Blockadehaltung": whose it is, a pronoun tells, not the clause. "kritisierte die
            # Sanktionen": the noun is what the verb's claim is about, no claim of its own. "im Rahmen
            # des Besuchs": a circumstance of the clause, not its act.
            return [], None
        if not subjects and trigger.nominal and self._topic(head, segment):
            return [], None  # "Berichte über einen geplanten Angriff": what is talked about, no act
        if (
            not subjects
            and trigger.nominal
            and trigger.relation not in SYMMETRIC
            and self._in_temporal_phrase(head, segment)
        ):
            # "Nach dem Angriff auf Dnipro bezeichnete Selenskyj Russland als …": an earlier act, no author
            # named; a meeting after which someone speaks is theirs ("Nach dem Treffen mit Scholz sagte …")
            return [], None
        if not subjects and not trigger.nominal and self._clause_initial(head, segment):
            return [], None  # an imperative or a question states no act of anyone named
        if (
            not subjects
            and not trigger.nominal
            and head.pos_ in {"VERB", "AUX"}
            and self._act_fronted(head, segment)
        ):
            return [], None  # "Moskaus Krieg gegen die Ukraine hat die Nato gestärkt": an act acts
        if (
            not subjects
            and not trigger.nominal
            and (state := self._official_state(head, segment)) is not None
        ):
            subjects = [state]  # "Der iranische Präsident warnte den Westen": Iran warns
        if not subjects and not trigger.nominal and self._unnamed_official(head, segment):
            return [], None  # "Der Bundeskanzler lobte die Türkei": the name after the verb is the object
        if (
            not subjects
            and not trigger.nominal
            and self.waiting_subject
            and (
                self._finite_of(head, segment).i == segment[0]  # "…, Wang Wenbin, hat die USA aufgefordert"
                or (
                    not self._eligible((segment[0], head.i))
                    and (not self._relative(segment) or doc[segment[0] + 1].pos_ in {"NOUN", "ADJ"})
                )
            )
        ):
            # "Liu Pengyu, Sprecher der Botschaft, warnte die USA": what follows the verb is its object;
            # "während Belarus, Moskaus engster Verbündeter, die Entscheidung begrüßte"
            subjects = [self.waiting_subject]
        if not subjects:
            eligible = self._eligible(segment)
            first_word = doc[segment[0]].lower_
            relative = self._relative(segment)
            # "Wir verurteilen …", "danach ebnen wir …" (after the verb when something else comes first)
            we = next(
                (
                    i
                    for i in range(segment[0], min(head.i + 2, segment[1]))
                    if doc[i].lower_ in lex.pronouns_we
                ),
                None,
            )
            pronoun = self._pronoun_subject(segment, head)
            antecedents = self._antecedents(segment) if relative else []
            # "Putin und Xi, die sich trafen, kritisierten die USA": after the relative clause the main
            # clause goes on with the subject the relative clause describes
            resumed = (
                n > 0 and not trigger.nominal and head.i == segment[0] and self._relative(segments[n - 1])
            )
            described = self._antecedents(segments[n - 1]) if resumed else []
            if described:
                subjects = described
            elif (
                antecedents
                and first_word in lex.oblique_relatives
                and (named := self._mention_in_tokens(segment[0] + 1, min(segment[1], segment[0] + 3)))
            ):
                # "Assad, den Russland unterstützt", "Biden, dem die Ukraine dankte": the name after the
                # pronoun acts on the antecedent
                return [named], antecedents[0]
            elif antecedents:
                subjects = antecedents
            elif we is not None and (not eligible or doc[we].idx < eligible[0].start):
                author = self.author if doc[we].lower_ in lex.pronouns_plural else None
                if self.speaker is None and author is not None:
                    # a press release: "Die Bundesregierung verurteilt … Wir fordern Iran auf"
                    return [author], self._object_after(trigger, segment, [author])
                if self.speaker is None:
                    return [], None  # "Wir verurteilen …" from a speaker not named: nobody known
                subjects = [self._we(doc[we])]  # "Wir verurteilen …" in the words of a speaker
            elif (pair := self._pair_at_start(segment, head)) is not None:
                subjects = pair  # "Beide Seiten wiesen die Vorwürfe zurück"
            elif not trigger.nominal and (issuers := self._document_subject(segment, head)) is not None:
                subjects = issuers  # "… trafen sich. Die gemeinsame Erklärung kritisierte Bolivien"
            elif (
                pronoun is not None
                and pronoun.lower_ in lex.pronouns_person
                and (person := self._person_before(pronoun) or self.last_person) is not None
                and (not eligible or pronoun.idx < eligible[0].start)
            ):
                # "Er forderte die US-Regierung auf"; "X reiste nach Moskau, wo er Y traf"
                subjects = [person]
            elif pronoun is not None and not trigger.nominal and eligible and pronoun.idx < eligible[0].start:
                # "Frankreich ist besorgt. Am Montag verurteilte es Russland": the pronoun acts, and it
                # stands for whom the sentence before was about; the name after it is the object
                before = self.sentence_subject
                subjects = [before] if before is not None and before.kind != "person" else []
            elif (kind := self._kind_named(segment, head, eligible)) is not None:
                subjects = [kind]  # "…, was die Organisation bestreitet": the group named before
            elif previous and n > 0 and self._infinitive(segment):
                # "China hat beschlossen, sich an die Seite Russlands zu stellen", "Frankreich kündigte an,
                # Armenien Radarsysteme zu liefern": who decides or announces does it; the names in the
                # infinitive are its objects. (Where the one addressed does it, "forderte Israel auf, … zu
                # …", the infinitive is the demand's content and asserts nothing.)
                subjects = previous
            elif eligible:
                # "Großbritannien, Frankreich und Deutschland drohen": all listed
                subjects = [f for f in self.enumeration(eligible[0]) if f in eligible] or eligible[:1]
                subjects += self._comitative(segment, subjects)
            elif first_word in lex.pronouns_person and self.last_person is not None:
                subjects = [self.last_person]
            elif (
                self.speaker is not None
                and trigger.relation in SPEECH_ACTS
                and not trigger.nominal
                and not self._is_source(self.speaker)
            ):
                subjects = [self.speaker]  # "… entbehre jeder Grundlage, sagte Peskow"
            elif previous and n > 0 and not trigger.nominal:
                subjects = previous
        obj = None
        if not trigger.nominal and trigger.relation in _ABOUT_AN_ACT:
            # "kritisierte die Waffenlieferungen der USA an Taiwan": the act's author, not its target
            obj = next((f for f in self.acts_here if all(f.actor != s.actor for s in subjects)), None)
            agent = self._by_agent(head, segment, reach=12)
            if obj is None and agent is not None and all(agent.actor != s.actor for s in subjects):
                obj = agent  # "verurteilt die Hinrichtung des X durch das iranische Regime": its doer
        about = self._about(trigger)
        if about is not None:
            # "kein Verständnis für die Sanktionen gegen Russland": for whoever imposes them, if named
            owner = self._owner_after(about.tokens[0], segment) or self._owner_before(
                about.tokens[0], segment
            )
            obj = owner if owner is not None and all(owner.actor != s.actor for s in subjects) else None
            return subjects, obj
        if fronted is not None and trigger.nominal and head.i < fronted[0].i:
            # "Die Kritik Berlins … wies das Außenministerium zurück": who rejects it is no target of it
            segment = (segment[0], fronted[0].i)
        obj = obj or self._object_after(trigger, segment, subjects)
        if obj is not None and spoken_for is not None and obj.actor == spoken_for.actor:
            obj = None  # the state the subject speaks for is no target of its act
        if obj is not None and not trigger.nominal and trigger.relation in _ABOUT_AN_ACT - {"supports"}:
            # "verurteilte den Raketenangriff auf Kiew": whom the act aims at is not whom the verdict does
            # (praising aid for Kyiv does side with Kyiv)
            acts = (t for t in self.clause_triggers if t.nominal and t.relation not in SYMMETRIC)
            if any(self._noun_target(t.tokens[0]) is obj for t in acts):
                obj = None
        if (
            obj is None
            and trigger.nominal
            and subjects
            and trigger.relation not in SYMMETRIC
            and not self._governed(trigger)
            and self._about_noun(trigger) is None
        ):
            # a dative before the noun: "sicherte Israel die Unterstützung der USA zu", after the finite
            # verb ("Erdogan sicherte Baku die Unterstützung Ankaras zu": Erdogan is who gives it)
            taken = {f.actor for f in subjects}
            finite = next((t for t in self.doc[segment[0] : head.i] if self._finite(t)), None)
            start = finite.i + 1 if finite is not None else segment[0]
            obj = next((f for f in self._eligible((start, head.i)) if f.actor not in taken), None)
        if trigger.relation == "denies" and obj is not None and not self._noun_attribute(obj):
            # A denial is aimed at the accuser ("die Vorwürfe der Ukraine", "aus Washington"), if named;
            # who or what the denied act was aimed at is no target of the denial.
            obj = None
        if obj is None and subjects and not trigger.nominal:
            obj = self._author_of_act(subjects)
        if obj is None and subjects and not trigger.nominal and trigger.relation != "denies":
            obj = self._referred_act(trigger, segment, subjects)
        if obj is None and trigger.relation == "accuses" and head.lower_ in lex.prepositions:
            return [], None  # a label with nobody labelled: "als Kriegsverbrecher gesuchte Russen"
        if obj is None and trigger.relation in SYMMETRIC and len(subjects) < 2:
            return [], None  # a meeting or an agreement with nobody named is no relation between actors
        if obj is None and subjects:
            obj = self._cause(trigger, segments, subjects)
        if obj is None and subjects and trigger.relation in {"threatens", "warns"}:
            obj = self._condition_subject(segments, subjects)
        if trigger.relation in SYMMETRIC and len(subjects) == 2 and obj is None:
            subjects, obj = [subjects[0]], subjects[1]
        return subjects, obj

    def _attributive(
        self, trigger: Trigger, segment: tuple[int, int]
    ) -> tuple[list[Found], Found | None] | None:
        """A participle before a noun, with its agent: "das von Deutschland unterstützte Regime" is
        Germany supporting the regime ("von" X acts on the noun the participle describes)."""
        doc = self.doc
        head = trigger.tokens[0]
        following = doc[head.i + 1] if head.i + 1 < segment[1] else None
        # The tagger often reads such participles as finite verbs; a noun right after tells them apart.
        if trigger.nominal or not (
            head.tag_ == "ADJA"
            or (
                following is not None
                and following.pos_ in {"NOUN", "PROPN"}
                and head.lower_.endswith(("te", "ten", "tes", "ter", "tem"))
            )
        ):
            return None
        agent = None
        for i in range(head.i - 1, max(segment[0], head.i - 5) - 1, -1):
            if doc[i].lower_ in self.lexicon.agent_prepositions:
                agent = self.by_token.get(i + 1) or self.by_token.get(i + 2)
                break
        if agent is None:
            return None
        noun = next(
            (t for t in doc[head.i + 1 : min(segment[1], head.i + 4)] if t.pos_ in {"NOUN", "PROPN"}), None
        )
        described = self._mention_in_tokens(noun.i, min(segment[1], noun.i + 2)) if noun is not None else None
        act = next(
            (t for t in self.clause_triggers if t.nominal and noun is not None and t.tokens[0] == noun), None
        )
        if described is None and act is not None:
            # "die von der EU verhängten Sanktionen gegen Russland": the target of the act the noun names
            target = self._object_after(act, segment, [agent])
            described = target if target is not None and target.start > act.tokens[0].idx else None
        return [agent], described

    def _by_agent(self, word: Token, segment: tuple[int, int], reach: int = 8) -> Found | None:
        """The actor "durch" names in the phrase after a word: "die Bombardierung der Botschaft durch die
        Nato", "verurteilt die Hinrichtung Sharmahds durch Iran"."""
        doc = self.doc
        for j in range(word.i + 1, min(segment[1], word.i + reach + 1)):
            if doc[j].pos_ in {"VERB", "AUX"}:
                return None
            if doc[j].lower_ == "durch":
                k = j + 1
                while k < segment[1] and doc[k].pos_ in {"DET", "ADJ"} and k not in self.by_token:
                    k += 1
                f = self.by_token.get(k) if k < segment[1] else None
                return f if f is not None and not f.modifier else None
        return None

    def _speaking_for(
        self, owner: Found | None, noun: Token, segment: tuple[int, int], described: Found | None
    ) -> Found | None:
        """The person before a relation noun who speaks for the state that owns it: an official of
        that state, the clause's subject ("Kanadas Premierminister Justin Trudeau, dessen Land …,
        sicherte Mexiko die Unterstützung Ottawas zu")."""
        if owner is None or owner.type is not ActorType.STATE or owner.country is None:
            return None
        if self._before_phrase(noun, segment) in self.lexicon.prepositions:
            return None  # "als Hauptgrund für die Blockadehaltung der Türkei": not what the clause does
        if self._finite(self.doc[segment[0]]):  # the subject is named before: "…, sicherte Mexiko …"
            first = described or self.waiting_subject
        else:
            first = next((f for f in self._eligible(segment) if f.end <= noun.idx), None)
        if first is None or first.kind != "person":
            return None
        office = first.role_target  # "Kanadas Premierminister Justin Trudeau"
        state = first.country or (
            office.country if office is not None and office.type is ActorType.STATE else None
        )
        return first if state == owner.country else None

    def _owner_after(self, noun: Token, segment: tuple[int, int]) -> Found | None:
        """A relation noun's genitive after it: "Invasion Russlands", "die Sanktionen der EU", "Hilfe
        von der EU", "Drohungen aus Washington"."""
        doc, lex, i = self.doc, self.lexicon, noun.i
        if lex.lemma(noun) in lex.patient_nouns or noun.lower_ in lex.patient_nouns:
            return None  # "die Ausweisung von zwei Diplomaten": done to them, not by them
        after = self.by_token.get(i + 1)
        if after is None and i + 2 < segment[1] and doc[i + 1].lower_ in {"des", "der"}:
            after = self.by_token.get(i + 2)
        if (
            after is None
            and i + 1 < segment[1]
            and doc[i + 1].lower_ in lex.agent_prepositions | lex.coming_prepositions
        ):
            # "die Drohungen aus Washington", "Hilfe von der EU"; not "die Lieferung von Raketen an X"
            j = i + 2
            while j < segment[1] and doc[j].pos_ in {"DET", "ADJ", "NUM"} and j not in self.by_token:
                j += 1
            after = self.by_token.get(j) if j < min(segment[1], i + 5) else None
        if after is not None and not after.modifier and after.type is not ActorType.OTHER:
            return after
        return None

    def _genitive_attribute(self, f: Found) -> bool:
        """A name that only owns the noun before or after it: "die Handlungen Tallinns", "Tallinns
        Handlungen" (not who acts)."""
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            return False
        before = self.doc[span.start - 1] if span.start > 0 else None
        after = self.doc[span.end] if span.end < len(self.doc) else None
        return saxon_genitive(span[-1], f) and (
            (before is not None and before.pos_ == "NOUN")
            or (after is not None and after.pos_ in {"NOUN", "ADJ"})
        )

    def _kind_named(self, segment: tuple[int, int], head: Token, eligible: list[Found]) -> Found | None:
        """A group or a state named by its kind before the verb, with no name before it: "die
        Organisation" refers to the last group named, "das Land" to the state the sentence before was
        about, else to the last state named (as "the country" does in English)."""
        lex = self.lexicon
        if self._relative(segment):
            return None  # "…, der das Land besetze": the relative pronoun is the subject, the kind an object
        for t in self.doc[segment[0] : head.i]:
            if eligible and eligible[0].start < t.idx:
                return None
            if (
                t.lower_ in lex.group_nouns | lex.state_nouns
                and t.i not in self.by_token
                and t.i > 0
                and self.doc[t.i - 1].lower_ in {"die", "das", "der"}
                and not (t.i > 1 and self.doc[t.i - 2].lower_ in lex.prepositions)  # "in das Nachbarland"
                and t.i + 1 not in self.by_token  # "Das Nachbarland Brasilien": named right after
            ):
                state = t.lower_ in lex.state_nouns
                before = self.sentence_subject
                if state and before is not None and before.type is ActorType.STATE and before.end <= t.idx:
                    return before
                return group_named_before(self.by_token, t.i, state)
        return None

    def _fronted_object(self, segment: tuple[int, int]) -> tuple[Token, Found] | None:
        """A clause that opens with a relation noun and its genitive owner before the finite verb, with
        a name after the verb: "Die Vorwürfe Kiews wies der Kreml zurück". (The finite verb and the owner.)"""
        doc, lex = self.doc, self.lexicon
        if doc[segment[0]].pos_ != "DET":
            return None
        noun = next((t for t in doc[segment[0] + 1 : segment[1]] if t.pos_ != "ADJ"), None)
        if noun is None or lex.noun_relation(noun.lower_, lex.lemma(noun)) is None:
            return None
        owner = self._owner_after(noun, segment)
        finite = next((t for t in doc[noun.i + 1 : segment[1]] if self._finite(t)), None)
        if owner is None or finite is None or owner.start > finite.idx:
            return None
        after = self._eligible((finite.i + 1, segment[1]))
        if not after or after[0].start > doc[min(finite.i + 3, segment[1] - 1)].idx:
            return None  # the subject stands right after the verb: "wies der Kreml zurück"
        return finite, owner

    def _owner_before(self, noun: Token, segment: tuple[int, int]) -> Found | None:
        """A relation noun's possessor before it: "Pekings Rückendeckung", "russische Invasion",
        "US-Hilfe"; not the dative of "sicherte der Ukraine weitere Unterstützung zu"."""
        prefix = self.by_token.get(noun.i)
        if prefix is not None and prefix.start == noun.idx and prefix.end < noun.idx + len(noun.text):
            return prefix  # one token: "EU-Sanktionen"
        j = noun.i - 1
        while j >= segment[0] and self.doc[j].pos_ in {"ADJ", "DET", "PROPN", "NOUN", ""} and j >= noun.i - 3:
            f = self.by_token.get(j)
            if f is not None:
                return f if f.kind == "adjective" or f.modifier or f.text.endswith(("s", "'", "’")) else None
            j -= 1
        return None

    def _about_noun(self, trigger: Trigger) -> Trigger | None:
        """The relation noun whose object phrase `trigger` is: "Verständnis für die Sanktionen", "Kritik
        an den Angriffen" (the second noun is what the first is about)."""
        doc, head = self.doc, trigger.tokens[0]
        for other in self.clause_triggers:
            start = other.tokens[0].i
            if not other.nominal or other is trigger or not start + 1 < head.i <= start + 5:
                continue
            between = doc[start + 2 : head.i]
            if doc[start + 1].lower_ in self.lexicon.object_prepositions and all(
                t.pos_ in {"DET", "ADJ"} or t.text in QUOTES for t in between
            ):
                return other
        return None

    def _about(self, trigger: Trigger) -> Trigger | None:
        """The relation noun in `trigger`'s object phrase, if `trigger` is a noun: see `_about_noun`."""
        if not trigger.nominal:
            return None
        return next(
            (t for t in self.clause_triggers if t is not trigger and self._about_noun(t) is trigger), None
        )

    def _mention_in_tokens(self, start: int, end: int) -> Found | None:
        return next((self.by_token[i] for i in range(start, end) if i in self.by_token), None)

    def _noun_attribute(self, f: Found) -> bool:
        """A name that is the genitive or 'von'/'aus' attribute of the noun before it: "die Vorwürfe der
        Ukraine", "die Vorwürfe Georgiens", "die Anschuldigungen aus Washington"."""
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            return False
        j = span.start - 1
        while j >= 0 and self.doc[j].pos_ == "ADJ":
            j -= 1
        if j >= 0 and self.doc[j].pos_ == "NOUN" and f.text.endswith("s"):
            return True  # "die Vorwürfe Georgiens"
        return j > 0 and self.doc[j].lower_ in _ATTRIBUTE_WORDS and self.doc[j - 1].pos_ == "NOUN"

    def _before_phrase(self, noun: Token, segment: tuple[int, int]) -> str:
        """The word before a noun's article and adjectives, lower-case ("" at the segment's start)."""
        j = noun.i - 1
        while j >= segment[0] and self.doc[j].pos_ in {"DET", "ADJ"}:
            j -= 1
        return self.doc[j].lower_ if j >= segment[0] else ""

    def _topic(self, noun: Token, segment: tuple[int, int]) -> bool:
        """A relation noun that is the topic of talk ("Berichte über einen Angriff", "Gespräche über
        Waffenlieferungen"): the preposition before its article and adjectives names a topic."""
        return self._before_phrase(noun, segment) in self.lexicon.topic_prepositions

    def _in_temporal_phrase(self, noun: Token, segment: tuple[int, int]) -> bool:
        """A relation noun in a temporal phrase: "nach dem Angriff", "seit der Invasion"."""
        return self._before_phrase(noun, segment) in _TEMPORAL_PREPOSITIONS

    def _governed(self, noun: Trigger) -> bool:
        return any(not t.nominal and t.relation != "announces" for t in self.clause_triggers if t is not noun)

    def _agent_noun(self, trigger: Trigger, segment: tuple[int, int]) -> tuple[list[Found], Found | None]:
        """'Russland als Hauptunterstützer von Assad', 'Assads Verbündeter Russland': the one the noun
        calls its supporter (critic, ally …) acts on the one it belongs to."""
        doc, head = self.doc, trigger.tokens[0]
        owner = None
        k = head.i + 1
        if k < segment[1] and doc[k].lower_ in {"von", "vom", "des", "der"}:
            k += 1
        while k < segment[1] and doc[k].pos_ in {"DET", "ADJ"}:
            k += 1
        owner = self.by_token.get(k) if k < segment[1] else None
        j = head.i - 1
        while j >= segment[0] and doc[j].pos_ == "ADJ":
            j -= 1
        holder = None
        if j >= segment[0] and doc[j].lower_ in {"als", "as"}:
            holder = next(
                (
                    self.by_token[i]
                    for i in range(j - 1, max(segment[0], j - 4) - 1, -1)
                    if i in self.by_token
                ),
                None,
            )
        elif owner is not None:
            holder = self.by_token.get(head.i + 1) if owner is not self.by_token.get(head.i + 1) else None
        if owner is None and j >= segment[0] and self.by_token.get(j) is not None:
            owner = self.by_token[j]  # "Assads Verbündeter Russland"
            holder = self.by_token.get(head.i + 1)
        if holder is None and owner is not None and segment[0] > 1 and doc[segment[0] - 1].text == ",":
            holder = self.by_token.get(segment[0] - 2)  # "Belarus, Moskaus engster Verbündeter, …"
        if holder is None or owner is None or holder.actor == owner.actor:
            return [], None
        return [holder], owner

    def _infinitive(self, segment: tuple[int, int]) -> bool:
        """A 'zu' infinitive clause: its subject is the subject of the clause it depends on. (It has no
        finite verb; the tagger reads some participles as "zu" infinitives: "angegriffen".)"""
        words = self.doc[segment[0] : segment[1]]
        return not any(t.tag_ in FINITE_DE and not t.is_space for t in words) and any(
            t.tag_ == "PTKZU" or (t.tag_ == "VVIZU" and "zu" in t.lower_) for t in words
        )

    def _source_of(self, segment: tuple[int, int]) -> Found | None:
        """Where a relation noun comes from: "Kritik an Israel kam von der Türkei"."""
        lex, doc = self.lexicon, self.doc
        if not any(lemma_of(t) in lex.coming_verbs for t in doc[segment[0] : segment[1]]):
            return None
        for i in range(segment[0], segment[1] - 1):
            if doc[i].lower_ in lex.coming_prepositions:
                f = self._mention_in_tokens(i + 1, min(segment[1], i + 4))
                if f is not None and not f.modifier:
                    return f
        return None

    def _passive_clause(self, segment: tuple[int, int]) -> bool:
        """A clause with a form of "werden" that makes a passive ("wurde … bekräftigt")."""
        return any(t.lower_ in self.lexicon.passive_auxiliaries for t in self.doc[segment[0] : segment[1]])

    def _passive(self, head: Token, segment: tuple[int, int]) -> bool:
        """A past participle with a form of "werden" in its clause. The tagger takes some participles for
        finite verbs ("wurde … verurteilt"), so a word in -t counts too."""
        auxiliary = next(
            (t for t in self.doc[segment[0] : segment[1]] if t.lower_ in self.lexicon.passive_auxiliaries),
            None,
        )
        if auxiliary is None:
            return False
        return head.tag_ == "VVPP" or (head.tag_ in {"VVFIN", "ADJD"} and head.lower_.endswith("t"))

    def _agent_in(self, segment: tuple[int, int]) -> Found | None:
        doc = self.doc
        for i in range(segment[0], segment[1] - 1):
            if doc[i].lower_ in self.lexicon.agent_prepositions:
                f = self._mention_in_tokens(i + 1, min(segment[1], i + 4))
                if f is not None and not f.modifier:
                    return f
        return None

    def _received(
        self, trigger: Trigger, segment: tuple[int, int], subjects: list[Found]
    ) -> tuple[list[Found], Found | None] | None:
        """'Rückendeckung erhielt Mixa vom Kardinal', 'X bekam Hilfe von der EU': who gives acts on who
        receives."""
        words = self.doc[segment[0] : segment[1]]
        met = next((t for t in words if lemma_of(t) in self.lexicon.meet_verbs), None)
        if met is not None and met.i < trigger.tokens[0].i:
            # "Der Vorschlag Chinas stieß in Washington auf Kritik": who reacts is named after the verb
            reacting = next(
                (
                    f
                    for i in range(met.i + 1, trigger.tokens[0].i)
                    if self.doc[i].lower_ in self.lexicon.meet_prepositions
                    and (f := self._mention_in_tokens(i + 1, min(trigger.tokens[0].i, i + 4))) is not None
                ),
                None,
            )
            if reacting is None:
                return [], None
            met_by = self._mention_in_tokens(segment[0], met.i)  # whose proposal, visit …
            return [reacting], met_by if met_by is not None and met_by.actor != reacting.actor else None
        if not any(lemma_of(t) in self.lexicon.receive_verbs for t in words):
            return None
        giver = subjects[0] if subjects else self._agent_in(segment)
        if giver is None:
            return None
        receiver = next((f for f in self._eligible(segment) if f.actor != giver.actor), None)
        return [giver], receiver

    def _is_source(self, f: Found) -> bool:
        """A mention named as the source of a report ("laut X", "nach Angaben des X", "X zufolge"):
        it vouches for the sentence but performs no act in it."""
        before = self.text[max(0, f.start - 30) : f.start].lower().split()
        after = self.text[f.end : f.end + 12].lower().split()
        markers = self.lexicon.attribution_before
        joined = " ".join(before)
        return any(joined.endswith(m) or f" {m} " in f" {joined} " for m in markers) or bool(
            after and after[0] in self.lexicon.attribution_after
        )

    def _clause_initial(self, head: Token, segment: tuple[int, int]) -> bool:
        """A verb first in its clause is an imperative or a question ("Ebnet den Weg …"): its subject
        is whoever is addressed, not the speaker."""
        doc, first = self.doc, segment[0]
        while first < head.i and doc[first].text in QUOTES:
            first += 1
        # Only at the start of a sentence or a quotation: after a comma or a dash the clause goes on.
        opens = first == doc[first].sent.start or doc[first - 1].text in QUOTES | {":"}
        return first == head.i and opens

    def _author_of_act(self, subjects: list[Found]) -> Found | None:
        """The target of a verb whose object is an act named before: who criticises "die Sanktionen"
        criticises whoever imposed them. A state or organisation is preferred to a person."""
        taken = {f.actor for f in subjects}
        for noun in self.clause_triggers:
            if not noun.nominal:
                continue
            authors = [f for f in self.authors.get(noun.relation, []) if f.actor not in taken]
            if authors:
                bodies = [f for f in authors if f.kind not in ("person", "description")]
                return (bodies or authors)[-1]
        return None

    def _referred_act(
        self, trigger: Trigger, segment: tuple[int, int], subjects: list[Found]
    ) -> Found | None:
        """ "Die USA kritisierten das", "Dies lobte die EU", "nannte den Schritt ungerechtfertigt": what the
        sentence before told, whose actor is the target (not of a denial or a rejection: who denies "das"
        need not name who said it)."""
        words = self.doc[segment[0] : segment[1]]
        lex = self.lexicon
        if trigger.relation not in _ABOUT_AN_ACT - {"rejects"}:
            return None  # "wies das zurück" rejects what was said, whoever said it
        demonstrative = any(t.tag_ == "PDS" and t.lower_ in lex.demonstratives for t in words)
        if not demonstrative and not self.refers_to_an_act(words):
            return None
        # "das" is what the sentence before told; "den Test" the act told last, however far back
        before = self.sentence_subject if demonstrative else self.act_author
        if before is None or before.start >= words[0].idx or any(s.actor == before.actor for s in subjects):
            return None
        return before

    def _genitive(self, noun: Token) -> bool:
        determiner = self.determiner(noun)
        return determiner is not None and determiner.lower_ in {"des", "eines"}

    def _comitative(self, segment: tuple[int, int], subjects: list[Found]) -> list[Found]:
        """'Schweden hat gemeinsam mit Finnland … beantragt': the partner acts too."""
        doc, taken = self.doc, {f.actor for f in subjects}
        for i in range(segment[0], segment[1] - 2):
            if f"{doc[i].lower_} {doc[i + 1].lower_}" in self.lexicon.comitatives:
                f = self._mention_in_tokens(i + 2, min(segment[1], i + 5))
                if f is not None and f.actor not in taken and not f.modifier:
                    return [f]
        return []

    def _own_act(self, trigger: Trigger, segment: tuple[int, int]) -> tuple[list[Found], Found | None] | None:
        """A relation noun with a possessive and no relation verb in its clause is the subject's act:
        "Frankreich bekräftigte seine Unterstützung für die Ukraine"; its target follows the noun or,
        as a dative, stands before it ("sicherte Polen der Ukraine seine Unterstützung zu")."""
        noun = trigger.tokens[0]
        eligible = self._eligible((segment[0], noun.i))
        if not eligible:
            return None
        subjects = [eligible[0]]
        if len(eligible) > 1 and self._coordinated(eligible[0], eligible[1]):
            subjects.append(eligible[1])  # "Die EU und die Nato bekundeten ihre Solidarität mit Tallinn"
        taken = {f.actor for f in subjects}
        obj = self._object_after(trigger, segment, subjects)
        if obj is None or obj.start < noun.idx:
            obj = next((f for f in eligible[1:] if f.actor not in taken), None)
        return subjects, obj

    def _possessed(self, noun: Token) -> bool:
        determiner = self.determiner(noun)
        return determiner is not None and determiner.tag_ == "PPOSAT"

    def _pair_at_start(self, segment: tuple[int, int], head: Token) -> list[Found] | None:
        """A pair noun before the verb that is not inside a prepositional phrase ("Beide Seiten …"), or
        "beide" alone."""
        for i in range(segment[0], head.i):
            token = self.doc[i]
            if token.lower_ in self.lexicon.prepositions:
                return None
            if token.lower_ in self.lexicon.pair_determiners and i + 1 == head.i and self.last_pair:
                return list(self.last_pair)  # "Beide betonten …": the two who just met
            pair = self._pair_named_by(token)
            if pair is not None:
                return pair
        return None

    def _pair_addressed(
        self, trigger: Trigger, segment: tuple[int, int], subjects: list[Found]
    ) -> list[Found]:
        """A pair noun after the verb ("riefen beide Seiten … auf"): the two sides, the subjects aside."""
        taken = frozenset(f.actor for f in subjects if f.actor is not None)
        for token in self.doc[trigger.tokens[0].i + 1 : segment[1]]:
            if token.lower_ in self.lexicon.prepositions:
                return []
            pair = self._pair_named_by(token, taken)
            if pair is not None:
                return pair
        return []

    def _document_subject(self, segment: tuple[int, int], head: Token) -> list[Found] | None:
        """A statement before the verb with no actor named in it ("Die gemeinsame Erklärung kritisierte
        …"): the two sides of the meeting or agreement this sentence or the one before told of, who
        issued it; else nobody known. None when no statement comes first."""
        words = self.doc[segment[0] : head.i]
        documents = self.lexicon.source_nouns
        if not any(t.lower_.endswith(tuple(documents)) for t in words if t.pos_ == "NOUN"):
            return None
        if any(t.i in self.by_token for t in words):
            return None  # "Die Erklärung der G7 …": the clause names its author
        sent = head.sent
        recent = self._this_or_last(sent)
        return list(self.last_pair) if self.last_pair and self.last_pair_sentence in recent else []

    def _pronoun_subject(self, segment: tuple[int, int], head: Token) -> Token | None:
        """'er'/'sie'/'es' as the subject of a clause: first in it ("Er lobte Xi") or right after its verb
        ("Dann forderte er …")."""
        doc, pronouns = self.doc, self.lexicon.pronouns_person | self.lexicon.pronouns_thing
        for i in range(segment[0], min(head.i + 2, segment[1])):
            if doc[i].lower_ in pronouns and (
                i == segment[0]
                or i == head.i + 1
                or doc[i - 1].pos_ in {"ADV", "CCONJ", "SCONJ"}
                or doc[i - 1].tag_ in {"VVFIN", "VAFIN", "VMFIN"}
            ):
                return doc[i]
        return None

    def _person_before(self, pronoun: Token) -> Found | None:
        """The person named last before a pronoun in its own sentence."""
        start = pronoun.sent.start_char
        people = [f for f in self.mentions if start <= f.start < pronoun.idx and f.kind == "person"]
        return people[-1] if people else None

    def _we(self, pronoun: Token) -> Found:
        """Who "wir"/"we" in a speaker's words is: the state or organisation an official speaks for,
        else the speaker; "ich"/"I" is the speaker."""
        speaker = self.speaker
        assert speaker is not None
        if pronoun.lower_ not in self.lexicon.pronouns_plural or speaker.kind != "person":
            return speaker
        if speaker.role in {"spokespersonFor", "advisorTo"}:
            return speaker  # a spokesperson's "we" is their office: the words stay theirs
        if speaker.role_target is not None and speaker.role_target.actor is not None:
            return speaker.role_target
        state = next(
            (
                f
                for f in self.mentions
                if f.type is ActorType.STATE and f.country and f.country == speaker.country
            ),
            None,
        )
        return state or speaker

    def _cause(
        self, trigger: Trigger, segments: list[tuple[int, int]], subjects: list[Found]
    ) -> Found | None:
        """Criticism and warnings name their target in a 'concerned about' phrase anywhere in the sentence:
        'Über Chinas Schritte … zeigt sich Washington besorgt'."""
        if trigger.relation not in {"criticizes", "warns", "accuses"}:
            return None
        taken = {f.actor for f in subjects}
        for start, end in segments:
            for i in range(start, end - 1):
                if self.doc[i].lower_ in self.lexicon.cause_prepositions:
                    for k in range(i + 1, min(end, i + 4)):
                        f = self.by_token.get(k)
                        if f is not None and f.actor not in taken:
                            return f
        return None

    def _modal(self, trigger: Trigger, clause_words: set[str]) -> bool:
        """A threat or warning is about the future or a condition: made in those words, it is made.
        What someone must or may do ("Peking müsse sich gegen den Krieg stellen") is not done."""
        if trigger.relation in {"threatens", "warns"}:
            clause_words = clause_words - self.lexicon.future
        return super()._modal(trigger, clause_words) or bool(
            clause_words & (self.lexicon.deontic | self.lexicon.prohibitive)
        )

    def _condition_subject(self, segments: list[tuple[int, int]], subjects: list[Found]) -> Found | None:
        """A threat aims at whoever its condition names: "falls die USA weiter eigenmächtig handeln,
        werde China Gegenmaßnahmen ergreifen"."""
        taken = {f.actor for f in subjects}
        for segment in segments:
            if self.doc[segment[0]].lower_ in self.lexicon.conditions:
                return next((f for f in self._eligible(segment) if f.actor not in taken), None)
        return None

    def _antecedents(self, segment: tuple[int, int]) -> list[Found]:
        """The actors a relative pronoun points back to, with a coordinated pair: 'Putin und Xi, die …'."""
        before = [
            f
            for f in self.mentions
            if f.end <= self.doc[segment[0]].idx and not f.modifier and f.kind != "adjective"
        ]
        if not before:
            return []
        last = before[-1]
        if self.doc[segment[0]].idx - last.end > 3:
            return []
        out = [last]
        for f in reversed(before[:-1]):
            text = self.text[f.end : out[-1].start]
            if " und " in f" {text} " or " and " in f" {text} ":
                out.append(f)
                break
        return list(reversed(out))

    def _object_after(
        self, trigger: Trigger, segment: tuple[int, int], subjects: list[Found]
    ) -> Found | None:
        lex = self.lexicon
        taken = {f.actor for f in subjects}
        head = trigger.tokens[0]
        # "mit US-Präsident Joe Biden": the person, not the state in his title
        first, last = self.doc[segment[0]].idx, self.doc[segment[1] - 1].idx
        titles = {
            id(g.role_target)
            for g in self.mentions
            if g.kind == "person" and g.role_target is not None and first <= g.start <= last
        }
        candidates: list[Found] = []
        unknown: list[Found] = []
        for i in range(segment[0], segment[1]):
            f = self.by_token.get(i)
            if f is None or f.actor in taken or (f.kind == "description" and f.actor is None):
                continue
            if id(f) in titles:
                continue
            if f.modifier and f.kind == "adjective":
                continue
            if f in candidates or f in unknown or self._is_source(f):
                continue  # "nach Berichten des türkischen Senders NTV": where the news is from
            if self._released(f) or self._transferred(f) or self._sold_to(f, trigger):
                continue  # "forderte die Freilassung von Bazoum": whom the demand is for, not to
            if trigger.relation in SYMMETRIC and not trigger.nominal and self._owns_a_thing(f):
                continue  # "Auf Antrag Israels kam der Rat zusammen": no partner of the meeting
            if trigger.relation == "sanctions" and f.country in {g.country for g in subjects} - {None}:
                # no state sanctions its own government: "bestellte den Geschäftsträger ein und übergab
                # ihm den Protest der Bundesregierung"
                continue
            # An untyped name may be an event or a thing ("die Olympischen Winterspiele"): the target
            # only when no known actor is ("kritisierte die PKK").
            (unknown if f.type is ActorType.OTHER else candidates).append(f)
        candidates = candidates or unknown
        him = next((t for t in self.doc[head.i + 1 : segment[1]] if t.lower_ in _HIM), None)
        if him is not None and not trigger.nominal:
            # "begrüßte Xi und gratulierte ihm": the man named before, not a name further on
            # (in the same sentence: "den Geschäftsträger einbestellt und ihm … übermittelt" is no one named)
            person = next(
                (
                    f
                    for f in reversed(self.mentions)
                    if f.kind == "person"
                    and him.sent.start_char <= f.start < him.idx
                    and f.actor not in taken
                ),
                None,
            )
            if person is not None:
                return person
        partner = next((t for t in trigger.tokens if t.lower_ == "mit"), None)
        if partner is not None:
            # "sprach mit Macron", not "sprach mit Blick auf die Ukraine": the partner follows "mit"
            named = self._phrase_head_mention(partner)
            candidates = [named] if named is not None and named in candidates else []
        if trigger.nominal and self._passive_clause(segment):
            # "Die Forderung Chinas … wurde von der Ukraine abgelehnt": the agent of the passive verb
            candidates = [f for f in candidates if not self._introduced_by(f, lex.agent_prepositions)]
        if not candidates:
            return None
        # A place ("in den USA") is the target only when nothing else is, except of an armed act
        # ("Invasion in die Ukraine").
        if trigger.relation in SYMMETRIC:
            candidates = [f for f in candidates if not self._locative(f)]  # met "in Moskau": a place
        elif trigger.relation not in PLACE_TARGETED:
            candidates = [f for f in candidates if not self._locative(f)] or candidates
        label = next((t for t in self.doc[head.i + 1 : segment[1]] if t.lower_ == "als"), None)
        if label is not None and not trigger.nominal:
            # "verurteilten den Start als Verstoß gegen Resolutionen des Sicherheitsrats": what follows
            # "als" says what the act is, not whom it targets
            candidates = [f for f in candidates if f.start < label.idx]
        if lex.lang == "de" and not trigger.nominal and head.lower_ in lex.prepositions:
            # An idiom led by "als" labels what stands before it: "bezeichnete die Nato als Aggressor"
            before = [f for f in candidates if f.start < head.idx]
            return before[-1] if before else None
        after = [f for f in candidates if f.start >= head.idx]
        if trigger.relation in SYMMETRIC and any(t.pos_ == "NOUN" for t in trigger.tokens):
            # "Gespräche (führen) mit Polen", not "Gespräche über die Gründung eines polnischen Zentrums"
            ties = any(t.lower_ in lex.ties_nouns for t in trigger.tokens)
            partners = lex.partner_prepositions | (lex.ties_prepositions if ties else frozenset())
            after = [f for f in after if self._introduced_by(f, partners)]
        if trigger.relation in SYMMETRIC and any(t.pos_ == "NOUN" for t in trigger.tokens):
            return after[0] if after else None
        if after and (trigger.nominal or lex.lang == "de"):
            # "Blockadehaltung … zum Nato-Beitritt Schwedens", "sprach sich gegen einen Nato-Beitritt
            # Schwedens aus": the genitive, not the compound's NATO.
            return next((f for f in after if not self._inside_compound(f)), after[0])
        if lex.lang == "de" and not trigger.nominal:
            # Verb-final clauses put the object before the verb; main clauses after it. A noun's target
            # follows it: "verurteilte den Raketenangriff Nordkoreas" is no attack on the condemner.
            before = [f for f in candidates if f.start < head.idx and f.actor not in taken]
            # a name in a prepositional phrase is less likely the target than one that is not: "hat die
            # Äußerungen des US-Präsidenten Donald Trump zu Grönland zurückgewiesen"
            bare = [f for f in before if not self._introduced_by(f, lex.prepositions)]
            return (bare or before)[-1] if before else None
        return after[0] if after else None

    def _owns_a_thing(self, f: Found) -> bool:
        """A known name in the genitive -s after a noun that is no role or body: "auf Antrag Israels"
        (not "den Präsidenten Frankreichs", who stands for France)."""
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or span.start == 0 or f.kind != "name":
            return False
        noun, lex = self.doc[span.start - 1], self.lexicon
        return (
            saxon_genitive(span[-1], f)
            and noun.pos_ == "NOUN"
            and lex.role_suffix(noun.text) is None
            and noun.text not in lex.body_nouns
        )

    def _noun_target(self, noun: Token) -> Found | None:
        """The actor a relation noun's own phrase aims at: "den Angriff auf Kiew", not a name further on
        ("Nach dem Angriff auf ein Wohnhaus hat Selenskyj …")."""
        after = self.doc[noun.i + 1] if noun.i + 1 < len(self.doc) else None
        if after is None or after.lower_ not in self.lexicon.object_prepositions:
            return None
        return self._phrase_head_mention(after)

    def _phrase_head_mention(self, preposition: Token) -> Found | None:
        """The actor a prepositional phrase names, over articles, adjectives and role nouns ("mit dem
        französischen Präsidenten Emmanuel Macron"), not past another preposition ("mit Blick auf X")."""
        for k in range(preposition.i + 1, min(len(self.doc), preposition.i + 8)):
            f = self.by_token.get(k)
            if f is not None and not (f.modifier or f.kind == "adjective"):
                return f
            if self.doc[k].pos_ in {"ADP", "PUNCT", "VERB", "AUX"}:
                return None
        return None

    def _sold_to(self, f: Found, trigger: Trigger) -> bool:
        """Named after "an" in the phrase of a sale or delivery that is not the trigger itself: "drohte
        wegen des Verkaufs von Waffen an Taiwan"."""
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        j = span.start - 1 if span is not None else -1
        while j >= 0 and self.doc[j].pos_ in {"DET", "ADJ"}:
            j -= 1
        if j < 0 or self.doc[j].lower_ != "an":
            return False
        before = self.doc[max(0, j - 5) : j]
        return any(t.lower_ in self.lexicon.sale_nouns and t not in trigger.tokens for t in before)

    def _transferred(self, f: Found) -> bool:
        """Named in the phrase of a transfer noun: "die Auslieferung der Aktivisten an die Türkei"."""
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        start = span.start if span is not None else 0
        return any(t.lower_ in self.lexicon.transfer_nouns for t in self.doc[max(0, start - 5) : start])

    def _released_in(self, segment: tuple[int, int]) -> Found | None:
        named = (self.by_token.get(i) for i in range(*segment))
        return next((f for f in named if f is not None and self._released(f)), None)

    def _released(self, f: Found) -> bool:
        """The one whose release is named: "die Freilassung von Präsident Bazoum", "Nawalnys
        Freilassung", "die Freilassung des Journalisten X"."""
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            return False
        release = self.lexicon.release_nouns
        if span.end < len(self.doc) and self.doc[span.end].lower_ in release:
            return True
        j = span.start - 1
        while (
            j >= 0
            and span.start - j < 4
            and self.doc[j].pos_ in {"DET", "ADJ", "NOUN"}
            and self.doc[j].lower_ not in release
        ):
            j -= 1  # "von Präsident Bazoum", "des Journalisten X"
        if j >= 0 and self.doc[j].lower_ in {"von", "vom"}:
            j -= 1
        return j >= 0 and self.doc[j].lower_ in release

    def _introduced_by(self, f: Found, prepositions: frozenset[str]) -> bool:
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            return False
        j = span.start - 1
        while j >= 0 and self.doc[j].pos_ in {"DET", "ADJ", "NOUN"} and span.start - j < 4:
            j -= 1
        return j >= 0 and self.doc[j].lower_ in prepositions

    def _locative(self, f: Found) -> bool:
        span = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            return False
        j = span.start - 1
        while j >= 0 and (self.doc[j].pos_ in {"DET", "ADJ"} or self.doc[j].text in QUOTES):
            j -= 1
        return j >= 0 and self.doc[j].lower_ in self.lexicon.place_prepositions
