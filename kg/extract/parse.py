"""Claims read off the dependency parse (English).

Subjects and objects come from the parse; what a demand, refusal or threat is about is no claim of its
own; promises and threats are read as such; a speaker covers only the clauses it reports.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import Lexicon
from kg.extract.mentions import Found, holder_in_apposition
from kg.extract.relations import (
    CONTENT_ONLY,
    PLACE_TARGETED,
    REACTIONS,
    SPEECH_ACTS,
    SYMMETRIC,
    SentenceReader,
    Trigger,
    clause_segments,
    group_named_before,
    lemma_of,
    mention_claim,
)
from kg.model import ActorType, Claim

# English: the content of a demand, refusal, denial, threat, warning or agreement (`CONTENT_ONLY`) is
# found through the parse. An accusation's content is asserted in the accuser's words ("accused X of
# shelling Y": X attacks Y, attributed to the accuser).
# Dependencies through which a trigger is part of what another trigger is about.
_EMBEDDING = {
    "xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "compound", "nmod", "amod", "poss", "appos",
    "attr", "oprd", "dative", "nsubjpass",
}  # fmt: skip
# Relations whose addressee is the one asked or blamed to act: "demanded that France withdraw",
# "alleged that the Kremlin is behind": the subject of the complement clause is the object.
_ADDRESSED = {"demands", "accuses", "warns", "criticizes", "threatens", "rejects", "agrees"}
# A stated intention is the act of stating it (CAMEO 03x intent to cooperate, 13x threaten):
# "will provide aid", "would meet the envoy" agree to act; "will retaliate" threatens.
_FUTURE_EN = {"will", "would", "shall", "'ll", "wo"}
_COOPERATIVE = {"aids", "meets", "cooperates", "supports", "concedes", "withdraws", "agrees"}
# "is willing to withdraw", "vowed to retaliate": an act one commits to is intended, not done
_WILLING_EN = {
    "willing", "ready", "prepared", "committed", "determined", "prepare", "vow", "pledge", "promise", "swear",
    "plan", "intend", "consider", "weigh",
}  # fmt: skip
_FAILING_EN = {"fail"}
_HOSTILE = {"attacks", "sanctions", "coerces", "fights"}
# Verbs that name a relation only with an actor as object ("received the envoy", not "will receive a
# response"; "backed Kyiv", not "backed the plan").
_NEEDS_ACTOR_EN = {
    "receive", "host", "back", "press", "push", "help", "target", "hit", "strike", "ease", "block",
    "suspend", "offer",
}  # fmt: skip
# Verdicts on a claim or an act with no actor as subject ("these accusations cannot be true", "the test
# is unacceptable") are the speaker's.
_SPEAKERS_VERDICT = {"denies", "criticizes"}
# appeals and charges a speaker makes himself, beside what he reports ("said … and urged X")
_SPEAKERS_OWN_ACTS = {"demands", "warns", "criticizes", "accuses", "rejects", "denies"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_RECIPROCAL = ("each other", "one another", "exchanged", "exchange", "traded")
_CLAUSES = {"relcl", "advcl", "ccomp"}  # finite clauses; a participle ("put forward by Qatar") is not one
# Meeting verbs whose object is the topic, not the other side: "discussed the crisis in Syria with X".
_TOPIC_OBJECT_EN = {"discuss", "negotiate", "debate", "talk"}
# Prepositions that name what a meeting is about: "a meeting on Syria", "talks about Ukraine".
_TOPIC_PREPOSITIONS_EN = {"on", "upon", "about", "over"}
# Relation nouns that also name a group: "the Syrian opposition" is no criticism, "opposition to X" is.
_ALSO_A_GROUP_EN = {"opposition", "resistance"}
_OBJECT_PRONOUNS_EN = {"him", "her"}
# "Seek" with an infinitive is trying, not asking: "is seeking to undermine the talks".
_ATTEMPT_EN = {"seek"}
# Verbs of receiving a relation noun: the giver ("from X") acts on the receiver.
_RECEIVE_EN = {"receive", "get", "draw", "win", "earn", "attract", "obtain", "secure", "face"}
# Recognition supports a state or government it names, not an event it characterises.
_RECOGNIZE_EN = {"recognize", "recognise"}
_SUMMON_EN = {"summon"}
# Verbs of leading: "Tinubu, who chairs ECOWAS", "the junta, led by General Tiani".
_LEADING_EN = {"chair", "head", "lead"}
_LED_TYPES = {
    ActorType.STATE,
    ActorType.INTERNATIONAL_ORGANIZATION,
    ActorType.GOVERNMENT_BODY,
    ActorType.GROUP,
    ActorType.OTHER,  # a body no list knows: "the RSF, led by Mohamed Hamdan Dagalo"
}
# Recognising a state's independence or sovereignty recognises the state.
_SOVEREIGNTY_EN = {"independence", "sovereignty", "statehood"}
# Verbs whose passive subject does the act of the infinitive after them: "is expected to press Beijing";
# the scheduled ones make it an act to come, as "will" does.
_SCHEDULED_EN = {"expect", "set", "schedule", "due", "poise", "slate", "tip"}
_RAISING_EN = _SCHEDULED_EN | {"believe", "say", "report"}
# The noun that is a demand as well as a meeting: "calls for sanctions", not "a call with Biden".
_CALL_EN = "call"
# Light verbs lend their subject to the relation noun they take: "expressed support", "launched an
# attack", "issued a warning"; other verbs do not ("called the accusation unacceptable").
_LIGHT_EN = {
    "express", "voice", "launch", "make", "issue", "lodge", "level", "file", "hold", "give", "offer",
    "extend", "provide", "reach", "conduct", "carry", "stage", "mount", "announce", "send", "begin",
    "start", "continue", "step", "deliver", "reiterate", "renew", "repeat", "have", "pledge", "promise",
    "exchange", "trade", "slap",
    "seek", "sign", "conclude", "impose", "deepen", "strengthen", "intensify", "escalate", "resume",
    "complete", "vow", "swear", "take", "restore", "establish", "normalize", "normalise", "forge", "open",
    "initiate", "wage", "unleash", "adopt", "approve", "unveil", "agree",
}  # fmt: skip


def _first_conjunct(token: Token) -> Token:
    """The first of coordinated phrases, which holds their role in the clause: in "condemned the attack
    and other attacks" both attacks are what is condemned."""
    while token.dep_ == "conj":
        token = token.head
    return token


# Verbs whose object does what their infinitive says: "ordered the paper to suspend publication". Only
# those of `_IMPLICATIVE_EN` say it was done ("forced X to withdraw"); the others ask or let.
_OBJECT_CONTROL_EN = {
    "order", "force", "compel", "tell", "persuade", "allow", "permit", "authorize", "authorise", "instruct",
    "encourage", "pressure", "oblige", "support", "enable", "empower", "prompt",
}  # fmt: skip
# An act done "in retaliation for" something: the motive, no threat of its own.
_MOTIVES_EN = {"retaliation", "revenge", "reprisal", "retribution", "response"}
_IMPLICATIVE_EN = {"force", "compel", "persuade", "oblige", "prompt"}
# Whom something is sold or delivered to is not whom another verb addresses: "warned against arms
# deliveries to Ukraine".
_SALE_NOUNS_EN = {"sale", "delivery", "shipment", "transfer", "export"}
# A relation noun's possessive pronoun names its author: "its support for Moscow", "his criticism of Kyiv".
_POSSESSIVE_PRONOUNS_EN = {"its", "their", "his", "her"}
# Of those, the ones that demand: "ordered France to withdraw its troops" demands it of France. Only with
# an actor as the object and an infinitive after it: "ordered an investigation" demands nothing of anyone.
_DIRECTIVE_EN = {"order", "tell", "instruct"}
# Firing or launching at someone attacks them; at nobody named, nobody.
_FIRING_EN = {"fire", "launch"}
# Nouns that refer back to whatever act was named last: "called the move shameful".
# What refers back to something said: rejected by the one just accused, it is the accusation.
_REFERRED_CLAIMS_EN = {"this", "that", "it", "claim", "assertion", "report", "statement"}
_LAST_ACT = "(the act named last)"
# Nouns whose infinitive names an act not done: "the right to fire", "a plan to invade".
_LICENCE_NOUNS_EN = {
    "right",
    "permission",
    "authority",
    "authorization",
    "authorisation",
    "ability",
    "capability",
    "plan",
    "intention",
    "readiness",
    "willingness",
    "option",
}


class ParseReader(SentenceReader):
    """Reads subjects and objects from the dependency parse."""

    def __init__(self, doc: Doc, found: list[Found], lexicon: Lexicon, extractor: str) -> None:
        super().__init__(doc, found, lexicon, extractor)
        self.last_subject: Found | None = None  # "it": the state or body that acted last
        self.trigger_heads: dict[int, Trigger] = {}  # the triggers of the sentence by head token
        self.events: dict[str, Found] = {}  # who did what was named before ("launch" -> North Korea)
        self.issuers: tuple[int, list[Found]] = (-1, [])  # who issued the last statement, and where
        self.acting: list[tuple[Trigger, Found]] = []

    def _mention_in(self, token: Token, besides: frozenset[str] = frozenset()) -> Found | None:
        """The actor a token's phrase names: the token itself, else the first actor inside the phrase
        (a country adjective too: 'the Russian missile attack', 'Russian diplomats'). A role noun with
        the holder in apposition names the holder: 'the prime minister of Qatar, Mohammed …'. Actors in
        `besides` are passed over: "Germany criticized the arrest of a German reporter in Turkey"."""
        if self.lexicon.role_suffix(token.text) is not None:
            holder = holder_in_apposition(token, self.by_token)
            if holder is not None:
                return holder
        # A name compounded with the head before its owner: "bin Laden's al-Qaeda network" is al-Qaeda.
        compounds = [c for c in token.children if c.dep_ == "compound" and c.i in self.by_token]
        # A clause that describes the phrase names other actors: "an agreement that will enable Iraq …".
        # So does an act one has a plan or the right to do: "a plan to strike Hezbollah"; not "an invitation
        # to attend a meeting of the factions", nor "its commitment to support Iraq".
        described = {
            t.i
            for c in token.subtree
            if c is not token and (c.dep_ in _CLAUSES or self._licensed_act(c))
            for t in c.subtree
        }
        if lemma_of(token) in self.lexicon.private_nouns or token.lower_ in self.lexicon.private_nouns:
            return self.by_token.get(token.i)  # "U.S. companies" are not the United States
        owner = next((c for c in token.children if c.dep_ == "poss" and c.i in self.by_token), None)
        if (
            owner is not None
            and any(self.by_token[c.i].type is ActorType.INTERNATIONAL_ORGANIZATION for c in compounds)
            and self.by_token[owner.i].type is ActorType.STATE
        ):
            compounds = []  # "Sweden's NATO membership" is Sweden's, not NATO
        # the owner before what else the phrase names: "U.S. Vice President JD Vance's accusation" is Vance's
        owners = [owner] if owner is not None else []
        for t in [token, *compounds, *owners, *token.subtree]:
            if t.i in described:
                continue
            if self._refers_back(t):
                return self._named_before(t)
            f = self.by_token.get(t.i)
            if (
                f is not None
                and not (f.modifier and f.kind in {"adjective", "demonym"})
                and f.actor not in besides
            ):
                return f
        return None

    def _issuers(self, token: Token) -> list[Found] | None:
        """ "The statement", "the content of the communique", with no actor named in it: whoever issued the
        statement the sentence before (or this one) named, else the two sides of the meeting or agreement
        it told of."""
        documents = self.lexicon.source_nouns
        named = lemma_of(token) in documents or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(lemma_of(g) in documents for g in c.children)
            for c in token.children
        )
        if not named or self._mention_in(token) is not None:
            return None
        sent = token.sent
        recent = self._this_or_last(sent)
        if self.issuers[0] in recent and self.issuers[1]:
            return list(self.issuers[1])
        if self.last_pair is not None and self.last_pair_sentence in recent:
            return list(self.last_pair)
        return None

    def _remember_issuers(self, sent: Span) -> None:
        """Who issued a statement named in this sentence: "X and Y issued a statement", "X's statement",
        "a statement by X", "X and Y … in their joint statement"."""
        for token in sent:
            if lemma_of(token) not in self.lexicon.source_nouns:
                continue
            named: Token | None = None
            for child in token.children:
                if child.dep_ == "poss" and child.lower_ == "their":
                    pair = [m for m in self.mentions if sent.start_char <= m.start and m.end <= child.idx]
                    pair = [m for m in pair if not m.modifier]
                    distinct = [m for k, m in enumerate(pair) if all(m.actor != p.actor for p in pair[:k])]
                    if len(distinct) >= 2 and self._coordinated(distinct[-2], distinct[-1]):
                        self.issuers = (sent.start, distinct[-2:])
                        return
                elif child.dep_ == "poss":
                    named = child
                elif child.dep_ == "prep" and child.lower_ in {"by", "of"}:
                    named = next((c for c in child.children if c.dep_ == "pobj"), None)
            if named is None and token.dep_ == "dobj":
                named = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            issuers = self._coordinated_mentions(named)
            if issuers:
                self.issuers = (sent.start, [f for k, f in enumerate(issuers) if f not in issuers[:k]])
                return

    def _refers_back(self, token: Token) -> bool:
        """ "the militant group", "the West African nation": a kind, not a name, and none inside."""
        return (
            lemma_of(token) in self.lexicon.group_nouns | self.lexicon.state_nouns
            and token.tag_ == "NN"
            and not any(x.i in self.by_token for x in token.subtree)  # "the Islamic Jihad movement"
            and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children)
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)  # "group of experts"
        )

    def _named_before(self, token: Token) -> Found | None:
        """The group or state a phrase of `_refers_back` means: the state the sentence before was about,
        else the one named last, never the subject of its own clause ("Japan condemned the regime")."""
        state = lemma_of(token) in self.lexicon.state_nouns
        last = self.last_subject
        if state and last is not None and last.type is ActorType.STATE and last.end <= token.idx:
            return last
        verb = next((v for v in token.ancestors if v.pos_ in {"VERB", "AUX"}), None)
        own = frozenset(x.i for c in (verb.children if verb else []) if c.dep_ == "nsubj" for x in c.subtree)
        return group_named_before(self.by_token, token.i, state, own)

    def _arguments(self, trigger: Trigger, segment: tuple[int, int]) -> tuple[list[Found], Found | None]:
        head = trigger.tokens[0]
        subject_token = None
        passive = False
        verb = head
        if trigger.nominal and trigger.relation in SYMMETRIC:
            between = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "between"), None)
            pobj = next((c for c in between.children if c.dep_ == "pobj"), None) if between else None
            sides = self._coordinated_mentions(pobj)
            taker = _first_conjunct(head).head if _first_conjunct(head).dep_ in {"dobj", "attr"} else None
            if taker is not None and lemma_of(taker) not in _LIGHT_EN:
                return [], None  # "violated the accords between Mali and France": an accord referred to
            if len(sides) >= 2 and sides[0].actor != sides[1].actor:
                return [sides[0]], sides[1]  # "talks between Ukraine and Russia"
        if trigger.nominal and head.dep_ == "dobj" and lemma_of(head.head) in _RECEIVE_EN:
            received = self._received(head)
            if received is not None:
                return received
        # "announced a new aid package for Ukraine": the relation noun modifies the noun that takes its role
        compounded = trigger.nominal and head.dep_ == "compound" and head.head.i > head.i
        package = head.head if compounded and head.head.pos_ == "NOUN" else None
        if trigger.nominal:
            # "Russia's massive missile and drone attacks": the parse may hang the owner on the first
            # noun of a coordination
            first = _first_conjunct(head)
            owners = [c for c in first.children if c.dep_ == "poss"] if first is not head else []
            for child in [*head.children, *owners]:
                if child.dep_ in {"poss", "compound", "amod"} and self.by_token.get(child.i):
                    subject_token = child
                elif (
                    child.dep_ == "poss"
                    and child.lower_ in _POSSESSIVE_PRONOUNS_EN
                    and head.dep_ in {"nsubj", "nsubjpass"}
                    and trigger.relation not in SYMMETRIC
                ):
                    # "its support for Moscow has angered …": the noun is the clause's subject, so only
                    # the pronoun tells whose act it is (elsewhere the verb's subject does: "held their
                    # first meeting with X")
                    subject_token = child
                elif child.dep_ == "prep" and (
                    child.lower_ == "by"  # "accusations by the UN"
                    or (child.lower_ == "from" and trigger.relation in SPEECH_ACTS | {"aids"})
                ):  # "condemnation from Tokyo", "aid from the EU"; not "withdrawal from Kabul"
                    agent = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if agent is not None and self._mention_in(agent) is not None:
                        subject_token = agent
            if (
                subject_token is None
                and head.dep_ == "pobj"
                and head.head.lower_ == "in"
                and head.head.head.pos_ in {"VERB", "AUX"}
            ):
                verb = head.head.head  # "has been in close consultation with Seoul", "acted in coordination"
            elif subject_token is None and head.dep_ == "nsubjpass" and lemma_of(head.head) in _LIGHT_EN:
                # "The attack was carried out by Hamas": the light verb's agent
                agent = next((c for c in head.head.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                if pobj is not None and self._mention_in(pobj) is not None:
                    subject_token = pobj
            elif (
                subject_token is None
                and head.dep_ == "pobj"
                and head.head.lower_ == "of"
                and head.head.head.dep_ == "dobj"
                and lemma_of(head.head.head.head) in _LIGHT_EN
            ):
                verb = head.head.head.head  # an amount of the act: "gave Chad 5 million dollars of aid"
            elif subject_token is None and _first_conjunct(package or head).dep_ in {"dobj", "attr"}:
                taker = _first_conjunct(package or head).head
                light = (
                    lemma_of(taker) in _LIGHT_EN
                    or any(taker.lower_.startswith(v) for v in _LIGHT_EN if len(v) > 4)
                    or (
                        taker.i in self.trigger_heads
                        and self.trigger_heads[taker.i].relation == trigger.relation
                    )
                )
                if not light:
                    # "called the accusation unacceptable", "condemns the ISIL attack and other attacks
                    # against X": not the caller's accusation, not the condemner's attacks
                    return [], None
                verb = taker  # a light verb: "expressed support", "launched an attack"
        adjective = _first_conjunct(head) if head.pos_ == "ADJ" else head  # "dangerous and irresponsible"
        if (
            not trigger.nominal
            and adjective.pos_ == "ADJ"
            and adjective.dep_ == "amod"
            and adjective.head.dep_ == "dobj"
            and adjective.i > adjective.head.i
        ):
            # "called the accusation 'unacceptable'": a predicate, parsed as a modifier
            verb = adjective.head.head
        # A participle with an agent is passive: "rebels backed by Rwanda", ", aided by Turkey".
        participle = (
            not trigger.nominal
            and head.tag_ == "VBN"
            and head.dep_ in {"acl", "advcl"}
            and any(c.dep_ == "agent" for c in head.children)
        )
        if (
            not trigger.nominal
            and head.tag_ == "VBN"
            and head.dep_ == "advcl"
            and head.i < head.head.i
            and not any(c.dep_ in {"agent", "nsubj", "nsubjpass", "aux", "auxpass"} for c in head.children)
        ):
            return [], None  # "Asked about the report, Peskov said …": he was asked, by nobody named
        if participle:
            passive = True
            if head.dep_ == "acl":
                if self._mention_outside(head.head, head) is None:
                    return [], None  # "a bill signed by the minister": no actor is acted on
                subject_token = head.head  # the noun the participle describes is acted on
            else:
                verb = head.head  # the subject of the clause it belongs to is acted on
        coordinated = False  # the last step up was from a coordinated verb
        coordinated_from = ""  # the relation of the clause the last step up came from
        for _ in range(4):
            if subject_token is not None:
                break
            for child in verb.children:
                if child.dep_ in {"nsubj", "csubj"}:
                    subject_token = child
                elif child.dep_ == "nsubjpass":
                    # "Blinken is expected to press Beijing": the subject of a raising verb does the act
                    passive = not (coordinated_from == "xcomp" and lemma_of(verb) in _RAISING_EN)
                    subject_token = child
            if (
                coordinated
                and subject_token is not None
                and not trigger.nominal
                and trigger.relation in _SPEAKERS_OWN_ACTS
                and (lemma_of(verb) == "be" or self._mention_in(subject_token) is None)
                and (reporting := self._reporting_verb(verb)) is not None
            ):
                # "X said the vote showed that … and urged Washington to …", "said the authorities were
                # to blame and warned Chisinau": the parse hangs the speaker's own appeal on what he reports
                subject_token = next((c for c in reporting.children if c.dep_ == "nsubj"), subject_token)
            if trigger.nominal and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
                break  # a noun coordinated with a verb is a misparse: "condemns X, and the attacks in Y"
            if (
                subject_token is None
                and verb.dep_ == "ccomp"
                and verb.head.dep_ == "relcl"
                and self._speech_verb(verb.head)
            ):
                # "two Chinese companies it said had supplied Iran": the companies, in its words
                subject_token = verb.head.head
                break
            if subject_token is None and verb.dep_ == "xcomp" and lemma_of(verb.head) in _OBJECT_CONTROL_EN:
                # "ordered the newspaper to suspend publication": the one ordered does it, if anyone
                subject_token = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
                if subject_token is not None:
                    break
            if subject_token is None and verb.dep_ in {
                "xcomp",
                "conj",
                "advcl",
                "relcl",
                "acl",
                "ccomp",
                "oprd",
                "acomp",
            }:
                if verb.dep_ == "acl" and verb.tag_ == "VBN":
                    # "militiamen armed with machetes": what was done to them, by nobody named
                    return [], None
                if verb.dep_ in {"relcl", "acl"}:
                    # "a diplomat who met X", "some demanding an inquiry": the noun the clause describes.
                    outside = self._mention_outside(verb.head, verb)
                    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                    if outside is None and infinitive and coordinated and verb.head.dep_ in {"dobj", "attr"}:
                        # "reserved the right to take measures and blamed X" (misparsed as one infinitive):
                        # whoever holds the right; not "the need to strengthen X"
                        verb, coordinated = verb.head.head, False
                        continue
                    if outside is None:
                        return [], None
                    subject_token = verb.head
                    break
                coordinated = verb.dep_ == "conj"
                coordinated_from = verb.dep_
                verb = verb.head
            else:
                break
        judged = self._judged_owner(trigger, subject_token)
        if judged is not None:
            # "Russia's reckless behaviour is unacceptable, X said": X judges Russia, whoever X is
            speaker = self.speaker
            return ([speaker] if speaker is not None and speaker.actor != judged.actor else []), judged
        subjects: list[Found] = []
        if (
            subject_token is not None
            and subject_token.lower_ in self.lexicon.relative_pronouns
            and verb.dep_ == "relcl"
        ):
            subject_token = verb.head  # "the US and the EU, which have accused China": the antecedent
        if (
            subject_token is not None
            and subject_token.text in self.lexicon.body_nouns
            and self._mention_in(subject_token) is None
            and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in subject_token.children)
        ):
            # "its forces struck": the state's forces act for it ("its actions" are no body of its)
            subject_token = next(c for c in subject_token.children if c.dep_ == "poss")
        antecedent = None  # "a diplomat it accused of spying": the noun the relative clause is about
        if subject_token is not None:
            host = verb.head.head if verb.dep_ == "relcl" and verb.head.dep_ in {"dobj", "pobj"} else None
            host_subject = (
                next((c for c in host.children if c.dep_ == "nsubj"), None) if host is not None else None
            )
            if (
                subject_token.lower_ in self.lexicon.pronouns_person
                and self.speaker is not None
                and self.speaker.kind == "person"
            ):
                subjects = [self.speaker]  # "Stubb said he had discussed …": the speaker himself
            elif (
                subject_token.lower_ in self.lexicon.pronouns_person | {"his", "her"}
                and self.last_person is not None
            ):
                subjects = [self.last_person]
            elif (
                subject_token.lower_ in {"it", "they"}
                and host_subject is not None
                and (doer := self._mention_in(host_subject)) is not None
            ):
                # "Tallinn expelled a Russian diplomat it accused of interference": Tallinn accused him
                subjects, antecedent = [doer], verb.head
            elif (
                subject_token.lower_ in {"it", "they", "its", "their"} | self.lexicon.pronouns_we
                and self.speaker is not None
            ):
                subjects = [self.speaker]  # "Russia said that it is expelling …", "'I condemn …,' X said"
            elif subject_token.lower_ in self.lexicon.pronouns_plural and self.author is not None:
                subjects = [self.author]  # a press release: "The EU condemns … We call on Russia …"
            elif subject_token.lower_ in {"it", "its"} and self.last_subject is not None:
                subjects = [self.last_subject]  # "It accused …": the body or state that acted last
            elif (pair := self._pair_named_by(subject_token)) is not None:
                subjects = pair  # "The leaders jointly condemned …", "Both sides denied …"
            elif (issuers := self._issuers(subject_token)) is not None:
                subjects = issuers  # "… their joint statement. The statement accused China"
            else:
                f = self._mention_in(subject_token)
                if verb.dep_ in {"relcl", "acl"} and subject_token is verb.head:
                    f = self._mention_outside(subject_token, verb)
                if f is not None:
                    subjects = [f]
                    for conj in subject_token.conjuncts:
                        g = self._mention_in(conj)
                        if g is not None and g.actor != f.actor:
                            subjects.append(g)
                    if len(subjects) == 1:
                        # "Hungarian and Romanian officials", "Azerbaijan and Armenia accused each other",
                        # "Kinshasa and M23 rebels signed"
                        after = next((m for m in self.mentions if m.start > f.end and not m.modifier), None)
                        before = next(
                            (m for m in reversed(self.mentions) if m.end < f.start and not m.modifier), None
                        )
                        if after is not None and after.actor != f.actor and self._coordinated(f, after):
                            subjects.append(after)
                        elif before is not None and before.actor != f.actor and self._coordinated(before, f):
                            subjects.insert(0, before)
        obj_token = None
        acting = frozenset(s.actor for s in subjects if s.actor is not None)
        search = [head] + ([package] if package is not None else []) + ([verb] if verb is not head else [])
        prepositions = self.lexicon.object_prepositions | {"by", "between"}
        if trigger.relation in {"criticizes", "warns"}:
            prepositions |= self.lexicon.cause_prepositions  # "deeply concerned about X", "anger over X"
        # an idiom's own preposition introduces its object: "concerned about X", "opposed to X"
        idiom_preps = [t for t in trigger.tokens[1:] if t.dep_ == "prep"]
        prepositions |= {t.lower_ for t in idiom_preps}
        search += [t.head for t in idiom_preps if t.head not in search]
        if trigger.relation == "withdraws":
            prepositions |= {"from"}  # "withdraw from Lebanon"
        if trigger.relation in PLACE_TARGETED:
            prepositions |= self.lexicon.place_prepositions  # "demonstrated in Serbia", "strikes in Syria"
        topic_object = trigger.relation == "meets" and lemma_of(head) in _TOPIC_OBJECT_EN
        if trigger.relation == "meets":
            prepositions -= _TOPIC_PREPOSITIONS_EN
        for node in search:
            for child in node.children:
                if child.dep_ == "dobj" and topic_object:
                    # "discussed the crisis in Syria": a topic, not the other side; the partner may hang on
                    # it: "discussed the incident with Rutte"
                    withs = [p for p in child.children if p.dep_ == "prep" and p.lower_ == "with"]
                    pobjs = [c for c in withs[0].children if c.dep_ == "pobj"] if withs else []
                    obj_token = pobjs[0] if pobjs else None
                    if obj_token is not None and self._mention_in(obj_token, acting) is not None:
                        break
                    obj_token = None
                    continue
                if child.dep_ == "dobj" and trigger.relation == "aids" and child.i not in self.by_token:
                    continue  # what is given, not who gets it: "delivering the United States' message"
                if child.dep_ in {"dobj", "dative", "attr", "oprd"} and not trigger.nominal:
                    obj_token = child
                elif child.dep_ == "dative" and node is not head:
                    obj_token = child  # a light verb's recipient: "will give Tanzania a grant"
                elif child.dep_ in {"prep", "agent", "dative"} and child.lower_ in prepositions:
                    if (child.dep_ == "agent" and passive) or child.i < segment[0]:
                        continue  # a phrase fronted before the clause: "With the signing of X, Y agreed"
                    obj_token = next((c for c in child.children if c.dep_ == "pobj"), None)
                    labelled = any(c.dep_ == "dobj" for c in node.children)
                    if (
                        child.lower_ == "as"
                        and labelled
                        and obj_token is not None
                        and obj_token.i not in self.by_token
                    ):
                        obj_token = None  # "condemned the attacks as a violation of Yemen's sovereignty"
                if obj_token is not None and self._mention_in(obj_token, acting) is not None:
                    break
                obj_token = None
            if obj_token is not None:
                break
        obj = self._mention_in(obj_token, acting) if obj_token is not None else None
        if obj is not None and obj_token is not None and self._act_target(trigger, obj_token, obj):
            obj = None  # "condemned the attack on Kyiv": whom the act aims at is not whom the verdict does
        if obj is not None and self._sold_to(obj, head):
            obj = None  # "warned against arms deliveries to Ukraine": Ukraine is not warned
        if obj_token is not None and lemma_of(obj_token) in self.lexicon.release_nouns:
            # "demanded the release of X from Russia": whoever holds X, if named
            holder = next(
                (p for n in (obj_token, head) for p in n.children if p.dep_ == "prep" and p.lower_ == "from"),
                None,
            )
            held = (
                next((c for c in holder.children if c.dep_ == "pobj"), None) if holder is not None else None
            )
            obj = self._mention_in(held) if held is not None else None
        if obj is None and antecedent is not None and not any(c.dep_ == "dobj" for c in head.children):
            obj = self._mention_in(antecedent, acting)
        if obj is None:
            obj = self._person_pronoun(head, subjects)
        if obj is None and trigger.relation in _ADDRESSED and not passive:
            obj = self._complement_subject(head, subjects)
        if obj is None and trigger.relation in {"warns", "threatens"} and not passive:
            obj = self._condition_subject(head, subjects)
        said = [g for c in head.children if c.dep_ == "ccomp" for g in c.children if g.dep_ in _SUBJECTS]
        if (
            obj is not None
            and trigger.relation in {"warns", "threatens"}
            and any(self._mention_in(g) is obj for g in said)
            and self._own_side(subjects, obj)
        ):
            obj = None  # "Kallas warned that the bloc could impose sanctions": her own side acts, unwarned
        if passive:
            # "X was condemned by Y": Y acts on X; without a named agent nobody is known to act.
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            if agent is None:  # "condemned as 'reckless' by world powers", the agent parsed elsewhere
                inside = {t.i for t in subject_token.subtree} if subject_token is not None else set()
                agent = next(
                    (t for t in head.subtree if t.lower_ == "by" and t.dep_ == "prep" and t.i not in inside),
                    None,
                )
            if agent is None and lemma_of(head) in _SUMMON_EN:
                # "was summoned to the Foreign Office": the ministry summons
                agent = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            by = self._coordinated_mentions(pobj)  # "condemned by Germany and France"
            # "Sanctions were imposed on Iran by the EU": the patient is named by a preposition
            subjects, obj = (by, subjects[0] if subjects else obj) if by else ([], None)
        if not subjects and subject_token is None and not trigger.nominal and verb.dep_ == "ROOT":
            # The parser gave the main verb no subject and hung the phrase before it elsewhere: "With the
            # signing of a memorandum, the Sudanese government and the rebels have agreed to …"
            before = self._eligible((segment[0], head.i))
            subjects = before[:1]
            if len(before) > 1 and self._coordinated(before[0], before[1]):
                subjects.append(before[1])
        verdict = trigger.relation in _SPEAKERS_VERDICT and not passive
        if not subjects and verdict and self.speaker is not None:
            subjects = [self.speaker]  # '"These accusations cannot be true," Peskov said': his denial
        if obj is not None and any(s.actor == obj.actor for s in subjects):
            obj = None
        partner = obj_token is not None and (
            obj_token.dep_ == "dobj" or obj_token.head.lower_ in {"with", "between"}
        )
        if trigger.relation in SYMMETRIC and len(subjects) == 2 and (obj is None or not partner):
            # "Israel and Hamas agreed to a ceasefire brokered by Egypt": the two sides, each other's
            subjects, obj = [subjects[0]], subjects[1]
        if trigger.relation == "announces":
            obj = None  # a statement has no target: "announced at the Manama Dialogue"
        if lemma_of(head) in _RECOGNIZE_EN:
            recognized = next(
                (c for c in head.children if c.dep_ == "dobj" and c.i not in self.by_token), None
            )
            owner = next((c for c in recognized.children if c.dep_ == "poss"), None) if recognized else None
            if recognized is not None and lemma_of(recognized) in _SOVEREIGNTY_EN and owner is not None:
                obj = self._mention_in(owner)  # "recognized Kosovo's independence"
            elif recognized is not None:
                return [], None  # "recognizing the launch as a danger": no diplomatic recognition
        return subjects, obj

    def _leadership(self, sent: Span) -> list[Claim]:
        """A person who chairs, heads or leads a state, body or organisation leads it: "Tinubu, who chairs
        ECOWAS", "the junta, led by General Tiani"."""
        claims = []
        for verb in sent:
            if verb.pos_ != "VERB" or lemma_of(verb) not in _LEADING_EN:
                continue
            if verb.dep_ == "acl" and verb.tag_ == "VBN":
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                leader_token = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                led_token: Token | None = verb.head
            else:
                leader_token = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if leader_token is not None and leader_token.lower_ in self.lexicon.relative_pronouns:
                    leader_token = verb.head if verb.dep_ == "relcl" else None  # "Tinubu, who chairs …"
                led_token = next((c for c in verb.children if c.dep_ == "dobj"), None)
            leader = self._mention_in(leader_token) if leader_token is not None else None
            # the word itself names it: not "Ukraine's delegation", "the talks with Germany"
            led = self.by_token.get(led_token.i) if led_token is not None else None
            if (
                leader is None
                or led is None
                or leader.kind != "person"
                or led.type not in _LED_TYPES
                or led.kind == "adjective"
                or leader.actor is None
                or leader.actor == led.actor
            ):
                continue
            span = (min(leader.start, led.start, verb.idx), max(leader.end, led.end, verb.idx + len(verb)))
            claims.append(
                mention_claim(
                    self.doc, leader, leader.actor, "leaderOf", led.actor, span, 0.8, self.extractor
                )
            )
        return claims

    def _judged_owner(self, trigger: Trigger, subject_token: Token | None) -> Found | None:
        """Whose act a verdict adjective judges: the owner of the noun it describes ("Russia's reckless
        behaviour") or is said of ("Russia's conduct is unacceptable")."""
        head = trigger.tokens[0]
        if trigger.nominal or trigger.relation not in _SPEAKERS_VERDICT or head.pos_ != "ADJ":
            return None
        # "Russia's conduct is unacceptable": the subject of the copula, not of a verb above it ("Latvia's
        # prime minister called the move disgraceful")
        said_of = head.dep_ == "acomp" and lemma_of(head.head) == "be"
        noun = head.head if head.dep_ == "amod" else (subject_token if said_of else None)
        if noun is None or noun.pos_ != "NOUN" or noun.i in self.by_token or noun.dep_ not in _SUBJECTS:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.i in self.by_token), None)
        return self._mention_in(owner) if owner is not None else None

    def _coordinated_mentions(self, token: Token | None) -> list[Found]:
        """The actors a phrase and the phrases coordinated with it name: "Tokyo and Seoul"."""
        if token is None:
            return []
        return [f for t in [token, *token.conjuncts] if (f := self._mention_in(t)) is not None]

    def _received(self, noun: Token) -> tuple[list[Found], Found | None] | None:
        """'Ukraine received aid from the EU', 'the launch drew condemnation from Tokyo and Seoul': who
        gives acts on who receives."""
        verb = noun.head
        source = next(
            (c for c in [*verb.children, *noun.children] if c.dep_ == "prep" and c.lower_ == "from"), None
        )
        pobj = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
        givers = self._coordinated_mentions(pobj)
        if not givers:
            return None
        receiver = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if receiver is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "Erdogan hosted Haniyeh, drawing criticism from Israel": the main clause's subject draws it
            receiver = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        got = self._mention_in(receiver) if receiver is not None else None
        return givers, got

    def _joint_work(self, sent: Span, segments: list[tuple[int, int]], speaker: Found | None) -> list[Claim]:
        """'the work of the UN, Turkey and Ukraine', 'joint efforts of X and Y': those named together as
        doing one work cooperate, each with each."""
        claims: list[Claim] = []
        for token in sent:
            if token.pos_ != "NOUN" or token.lemma_.lower() not in self.lexicon.joint_nouns:
                continue
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if owner is None:
                continue
            sides: list[Found] = []
            for part in [owner, *owner.conjuncts]:
                f = self._mention_in(part)
                if f is not None and all(g.actor != f.actor for g in sides):
                    sides.append(f)
            segment = next((s for s in segments if s[0] <= token.i < s[1]), (sent.start, sent.end))
            trigger = Trigger("cooperates", [token], True)
            for n, first in enumerate(sides):
                for second in sides[n + 1 :]:
                    claims.append(self._claim(sent, segment, trigger, first, second, speaker))
        return claims

    def _modal(self, trigger: Trigger, clause_words: set[str]) -> bool:
        """From the parse: the act is only possible, future or conditional when its own verb (a relation
        noun's verb) has a modal or a condition: "may invade", "would consider sanctions", "if Y
        attacked"; a modal in a relative clause beside it ("signed an agreement that will …") is not."""
        head = trigger.tokens[0]
        if not trigger.nominal and self._licensed_act(head):
            return True  # "the right to fire on militants", "a plan to invade": not done
        if (
            head.dep_ == "xcomp"
            and lemma_of(head.head) in _OBJECT_CONTROL_EN - _IMPLICATIVE_EN
            and any(c.dep_ == "dobj" for c in head.head.children)
        ):
            return True  # "pressured Serbia to sanction Russia": asked or let, not done
        nodes = [head]
        if trigger.nominal:
            nodes += [head.head] if head.dep_ in {"dobj", "attr", "nsubjpass"} else []
            nodes += [head.head.head] if head.dep_ == "pobj" else []
        for node in list(nodes):
            if node.dep_ == "xcomp":  # "is ready to attack", "wants to meet"
                nodes.append(node.head)
        return any(
            child.dep_ in {"aux", "advmod", "mark", "amod"} and child.lower_ in self.lexicon.hypothetical
            for node in nodes
            for child in node.children
        )

    def _act_target(self, trigger: Trigger, noun: Token, obj: Found) -> bool:
        """Whether `obj` is named in the phrase of the act a hostile verdict is about, as its target ("the
        attack on Kyiv", "the sanctions against Russia"); praising aid to Kyiv does side with Kyiv."""
        if trigger.nominal or trigger.relation not in {"criticizes", "denies", "rejects", "accuses"}:
            return False
        if noun in trigger.tokens:
            return False  # the noun of the idiom itself: "lodged a protest with Albania"
        relation = self.lexicon.noun_relation(noun.lower_, lemma_of(noun))
        if relation is None or relation in SYMMETRIC:
            return False
        phrases = [
            t.i
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ not in {"by", "from"}
            for t in c.subtree
        ]  # "the accusations by the UN" name their author
        return any(self.by_token.get(i) is obj for i in phrases)

    def _sold_to(self, obj: Found, head: Token) -> bool:
        """Whether `obj` is named as whom a sale or delivery goes to, in a phrase of another trigger's."""
        span = self.doc.char_span(obj.start, obj.end, alignment_mode="expand")
        if span is None:
            return False
        prep = span.root.head
        sale = prep.head
        return (
            span.root.dep_ == "pobj"
            and prep.lower_ == "to"
            and lemma_of(sale) in _SALE_NOUNS_EN
            and sale.i != head.i
        )

    def _released_by(self, head: Token) -> Found | None:
        """Whose release a demand asks for: "demanded the release of X", "called for X's release"."""
        phrases = [c for c in head.children if c.dep_ in {"dobj", "prep"}]
        nouns = [head] + [c for c in phrases if c.dep_ == "dobj"]
        nouns += [g for c in phrases if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for noun in nouns:
            if lemma_of(noun) not in self.lexicon.release_nouns:
                continue
            for child in noun.children:
                held = child if child.dep_ == "poss" else None
                if child.dep_ == "prep" and child.lower_ == "of":
                    held = next((c for c in child.children if c.dep_ == "pobj"), None)
                f = self._mention_in(held) if held is not None else None
                if f is not None:
                    return f
        return None

    def _licensed_act(self, verb: Token) -> bool:
        """A relation verb in the infinitive after a noun of permission or intent: "the right to fire"."""
        return (
            verb.dep_ == "acl"
            and verb.i in self.trigger_heads
            and lemma_of(verb.head) in _LICENCE_NOUNS_EN
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        )

    def _person_pronoun(self, head: Token, subjects: list[Found]) -> Found | None:
        """'urged him to press the regime': the person named last before, not the subject."""
        pronoun = next(
            (c for c in head.children if c.dep_ in {"dobj", "dative"} and c.lower_ in _OBJECT_PRONOUNS_EN),
            None,
        )
        if pronoun is None:
            return None
        taken = {f.actor for f in subjects}
        return next(
            (
                f
                for f in reversed(self.mentions)
                if f.end <= pronoun.idx and f.kind == "person" and f.actor not in taken
            ),
            None,
        )

    def _mention_outside(self, token: Token, clause: Token) -> Found | None:
        """The actor `token`'s phrase names outside the clause `clause` that describes it; a nationality
        alone names none ('a Russian national working with the UN')."""
        inside = {t.i for t in clause.subtree}
        for t in [token, *token.subtree]:
            f = self.by_token.get(t.i)
            if t.i not in inside and f is not None and f.kind != "adjective":
                return f
        return None

    def _condition_subject(self, head: Token, subjects: list[Found]) -> Found | None:
        """A warning or threat aims at whoever its condition names: "warned of a crushing response if
        Israel strikes"."""
        taken = {f.actor for f in subjects}
        verb = head.head if head.pos_ == "NOUN" and head.dep_ in {"dobj", "pobj"} else head
        for clause in verb.subtree:
            if clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in clause.children
            ):
                subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                f = self._mention_in(subject) if subject is not None else None
                if f is not None and f.actor not in taken:
                    return f
        return None

    def _pair_addressed(self, head: Token, subjects: list[Found]) -> list[Found]:
        """The pair the object or a complement clause's subject names ("urged both sides to …", "said both
        sides must …"), the subjects aside."""
        taken = frozenset(f.actor for f in subjects if f.actor is not None)
        for child in head.children:
            named = [child] if child.dep_ == "dobj" else []
            if child.dep_ in {"ccomp", "xcomp"}:
                named = [g for g in child.children if g.dep_ in {"nsubj", "nsubjpass"}]
            for token in named:
                return self._pair_named_by(token, taken) or []
        return []

    def _complement_subject(self, head: Token, subjects: list[Found]) -> Found | None:
        """The subject of a trigger's complement clause: 'demanded that France withdraw its troops';
        else the first actor the complement names: 'threatened to cut ties with Russia', 'offered to
        negotiate with Armenia'."""
        taken = {f.actor for f in subjects}
        complements = [c for c in head.children if c.dep_ in {"ccomp", "xcomp"}]
        for child in complements:
            for grandchild in child.children:
                if grandchild.dep_ in {"nsubj", "nsubjpass"}:
                    f = self._mention_in(grandchild)
                    if f is not None and f.actor not in taken:
                        return f
        if any(c.dep_ == "dobj" for c in head.children):
            return None  # "urged all countries to condemn X": someone else is addressed
        for child in complements:
            # not its condition: "threatened to use force unless the junta reinstated Bazoum"
            condition = {t.i for c in child.subtree if c.dep_ == "advcl" for t in c.subtree}
            for t in child.subtree:
                if t.i in condition:
                    continue
                f = self.by_token.get(t.i)
                if f is not None and f.actor not in taken and not (f.modifier and f.kind == "adjective"):
                    return f
        return None

    def read(self, sent: Span, speaker: Found | None) -> list[Claim]:
        """English sentences: the arguments of each trigger from the parse, triggers inside what a
        demand, refusal or threat is about dropped, promises and threats read as such."""
        self.speaker = speaker
        found: list[tuple[Trigger, tuple[int, int]]] = []
        segments = clause_segments(sent)
        for segment in segments:
            found += [(trigger, segment) for trigger in self.triggers(sent, segment)]
        found = [(trigger, segment) for trigger, segment in found if not self._only_saying(trigger)]
        must: set[int] = set()
        for trigger, _ in found:
            if trigger.relation == "announces" and self._must_clause(trigger.tokens[0]):
                trigger.relation = "demands"  # "announced that X must agree to changes"
                must.add(trigger.tokens[0].i)
        taken = {t.i for trigger, _ in found for t in trigger.tokens}
        for token in sent:
            if token.i in taken:
                continue
            # "X said Y must withdraw": saying what another must do is demanding it of them
            must_say = self._speech_verb(token) and self._must_clause(token)
            if must_say or self._directive(token):  # "ordered France to withdraw"
                segment = next((s for s in segments if s[0] <= token.i < s[1]), (token.i, token.i + 1))
                found.append((Trigger("demands", [token], False), segment))
                if must_say:
                    must.add(token.i)
        found.sort(key=lambda pair: pair[0].tokens[0].i)
        heads = self.trigger_heads = {trigger.tokens[0].i: trigger for trigger, _ in found}
        segment_of = {id(trigger): segment for trigger, segment in found}
        # an idiom governs from any of its words: "no evidence that Russia attacked …" asserts no attack
        words = {t.i: trigger for trigger, _ in found for t in trigger.tokens} | heads
        chains = {id(trigger): self._governors(trigger, words) for trigger, _ in found}
        governors = {key: (chain[0] if chain else None) for key, chain in chains.items()}
        for trigger, _ in found:
            governor = chains[id(trigger)][0] if chains[id(trigger)] else None
            if (
                governor is not None
                and governor.relation == "denies"
                and trigger.relation in {"demands", "agrees"}
            ):
                governor.relation = "rejects"  # "dismissed an appeal", "denied the request"
            if trigger.relation == "rejects" and self._rejected_accusation(trigger.tokens[0]):
                trigger.relation = "denies"  # "rejected the charge", "a charge Moscow rejected"
        # Announcing an act is the act: "declared the diplomats persona non grata".
        announcing = {id(g) for g in governors.values() if g is not None and g.relation == "announces"}
        speech = [t for t in sent if self._speech_verb(t)]
        # "staged demonstrations to demand reforms by X": the demand names the protest's target
        targets: dict[int, Found] = {}
        for trigger, segment in found:
            governor = governors[id(trigger)]
            if governor is not None and governor.relation == "protests" and trigger.relation == "demands":
                target = self._arguments(trigger, segment)[1] or self._demanded_of(trigger)
                if target is not None:
                    targets.setdefault(id(governor), target)
        claims: list[Claim] = []
        acting: list[tuple[Trigger, Found]] = []
        self.acting = acting  # who did the acts read so far in this sentence
        judging: set[int] = set()  # the triggers that judge an act rather than make a move
        for trigger, segment in found:
            if (
                trigger.nominal
                and trigger.relation == "meets"
                and lemma_of(trigger.tokens[0]) == _CALL_EN
                and self._asks_for(trigger.tokens[0])
            ):
                trigger.relation = "demands"  # "calls for talks", "calls by Belarus for aid"
            governor = governors[id(trigger)]
            if (
                any(g.relation in CONTENT_ONLY for g in chains[id(trigger)])
                and not self._own_speech_act(trigger)
            ) or id(trigger) in announcing:
                continue  # "urged Bolivia to impose sanctions": neither the imposing nor the sanctions
            head = trigger.tokens[0]
            if (
                trigger.nominal
                and head.dep_ == "pobj"
                and head.head.lower_ in {"in", "as"}
                and lemma_of(head) in _MOTIVES_EN
            ):
                continue  # "attacked Israel in retaliation for …": why the act was done, no threat
            if (
                trigger.nominal
                and lemma_of(head) in _ALSO_A_GROUP_EN
                and not any(c.dep_ == "prep" and c.lower_ in {"to", "against"} for c in head.children)
            ):
                continue  # "the Syrian opposition" is a group
            if trigger.nominal and head.dep_ == "attr" and head.head.lemma_ == "be":
                continue  # "it was an imminent threat" calls something a threat, nobody threatens
            if governor is not None and governor.relation == "protests" and trigger.relation == "demands":
                continue
            if (
                trigger.nominal
                and governor is not None
                and not governor.nominal
                and governor.relation == trigger.relation
                and not self._authored(head)
            ):
                continue  # "will provide 25,000 tons of food aid": one act, the verb's
            if (
                head.lower_ in self.lexicon.blame_words
                and head.dep_ == "xcomp"
                and lemma_of(head.head) == "be"
            ):
                continue  # "Russia is to blame": the speaker's accusation (`blame`), not Russia's
            if lemma_of(head) in _ATTEMPT_EN and any(c.dep_ == "xcomp" for c in head.children):
                continue  # "seeking to undermine the talks" tries, and asks nobody; nor is it done
            subjects, obj = self._arguments(trigger, segment)
            pair = (
                self._pair_addressed(head, subjects) if obj is None and trigger.relation in _ADDRESSED else []
            )
            needs_actor = not trigger.nominal and (
                (len(trigger.tokens) == 1 and lemma_of(head) in _NEEDS_ACTOR_EN)
                or lemma_of(head) in _FIRING_EN  # "fired missiles into the sea" attacks nobody
            )
            if obj is None and not pair and (head.i in must or needs_actor):
                continue  # "Russia said it must defend itself" demands nothing of anyone
            obj = obj or targets.get(id(trigger)) or self._event_actor(trigger, subjects)
            if obj is None and governor is not None and governor.relation in {"denies", "rejects"}:
                deniers, _ = self._arguments(governor, segment_of[id(governor)])
                if deniers and all(d.actor != s.actor for s in subjects for d in deniers[:1]):
                    obj = deniers[0]  # "Rwanda termed accusations by the UN false": the UN accused Rwanda
            said_by = speaker
            if speech and not any(self._related(head, verb) for verb in speech):
                said_by = None  # "X called it outrageous and Y said …": Y speaks for the second clause only
            if governor is not None and governor.relation == "accuses":
                accusers, accused = self._arguments(governor, segment_of[id(governor)])
                of = head.head if head.dep_ == "pcomp" else None
                if not subjects and accused is not None and of is not None and of.lower_ in {"of", "for"}:
                    subjects = [accused]  # "accused Azerbaijan of shelling …", "blamed X for backing Y"
                if accusers:
                    said_by = accusers[0]
            objects = [obj] if obj is not None else []
            if obj is not None:
                objects += self._conjuncts(obj, subjects, trigger)
            elif pair:
                objects = pair  # "said both sides must lay down their arms": the two sides are addressed
            lowered = sent.text.lower()
            if len(subjects) == 2 and not objects and any(r in lowered for r in _RECIPROCAL):
                pairs = [(subjects[0], subjects[1]), (subjects[1], subjects[0])]
            elif (
                trigger.relation in SYMMETRIC
                and len(subjects) == 1
                and len(objects) == 1
                and self._coordinated(subjects[0], objects[0])
            ):
                # "Chile and Peru signed a treaty": each side agrees with the other
                pairs = [(subjects[0], objects[0]), (objects[0], subjects[0])]
            elif trigger.relation in SYMMETRIC and len(subjects) > 2 and not objects:
                # "The US, Japan and South Korea agreed …": each with each
                pairs = [(a, b) for a in subjects for b in subjects if a.actor != b.actor]
            elif trigger.relation == "meets" and len(subjects) == 1 and not objects:
                pairs = []  # "the minister visited a war shrine": a meeting with nobody named is none
            else:
                pairs = [(s, o) for s in subjects for o in (objects or [None])]
            acting += [(trigger, subject) for subject in subjects]
            if trigger.relation in REACTIONS and (obj is None or self.refers_to_an_act(sent)):
                # "Japan protested", "condemned the test" judge an act; "vetoed the EU package" is one
                judging.add(id(trigger))
            if subjects:  # "accused X" is what "the charge" names later, in this sentence or after it
                self.events[trigger.relation] = subjects[0]
            for subject, target in pairs:
                if target is not None and target.actor == subject.actor:
                    continue
                claim = self._claim(sent, segment, trigger, subject, target, said_by)
                self._intent(claim, trigger)
                claims.append(claim)
            released = self._released_by(head) if trigger.relation == "demands" else None
            for subject in subjects if released is not None else []:
                if released.actor != subject.actor:  # demanding someone's release sides with them
                    siding = Trigger("supports", trigger.tokens, trigger.nominal)
                    claims.append(self._claim(sent, segment, siding, subject, released, said_by))
        for segment in segments:
            here = [trigger for trigger, at in found if at == segment]
            words = self.doc[segment[0] : segment[1]]
            blame = self.blame(sent, segment, here, speaker if self._reported(words, speech) else None)
            if blame is not None:
                claims.append(blame)
                if speaker is not None:
                    self.events["accuses"] = speaker  # "the accusations" later are the speaker's
        claims += self._joint_work(sent, segments, speaker)
        claims += self._leadership(sent)
        self._remember_events(sent, acting, judging)
        self._remember_issuers(sent)
        claims = self._protest_demands(claims)
        # A relation with an object makes the same relation without one redundant.
        with_object = {(c.subject, c.relation) for c in claims if c.object is not None}
        claims = [c for c in claims if c.object is not None or (c.subject, c.relation) not in with_object]
        for _, subject in sorted(acting, key=lambda pair: pair[0].tokens[0].i):
            if subject.kind not in {"person", "description"} and any(
                c.subject == subject.actor for c in claims
            ):
                self.last_subject = subject  # the state or body the sentence is about
                break
        self.note_author([s for _, s in sorted(acting, key=lambda pair: pair[0].tokens[0].i)])
        return claims

    def _particle(self, k: int, words: list[Token], lemmas: list[str], particle: str) -> Token | None:
        """A phrasal verb's particle is its own particle or preposition, or one of the next two words:
        "called on", "turned the offer down"; not "called the launch unacceptable … with Pyongyang"."""
        verb = words[k]
        for child in verb.children:
            if child.dep_ in {"prt", "prep"} and child.lower_ == particle and child.i > verb.i:
                return child
        near = lemmas[k + 1 : k + 3]
        return words[k + 1 + near.index(particle)] if particle in near else None

    def _directive(self, verb: Token) -> bool:
        """An order to a named actor to do something: "ordered France to withdraw", "told Kyiv to stop"."""
        if verb.pos_ != "VERB" or lemma_of(verb) not in _DIRECTIVE_EN:
            return False
        children = list(verb.children)
        return any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in children) and any(
            c.dep_ == "dobj" and self._mention_in(c) is not None for c in children
        )

    def _reported(self, words: Span, speech: list[Token]) -> bool:
        """Whether a speech verb of the sentence reports these words (any does, if none is named)."""
        return not speech or any(self._related(t, verb) for t in words for verb in speech if t is not verb)

    def _blamed(self, word: Token, segment: tuple[int, int]) -> Found | None:
        """Who bears the blame: 'the responsibility of Russia', else the subject of the verb the word
        belongs to: 'Russia bears responsibility', 'Russia is responsible', 'Russia is to blame'."""
        of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owners = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
        owners += [c for c in word.children if c.dep_ == "poss"]  # "Russia's violation of the truce"
        for owner in owners:
            f = self.by_token.get(owner.i)  # not "a violation of UN Security Council resolutions"
            if f is not None and f.kind != "adjective":
                return f
        node = word
        for _ in range(3):
            subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                if subject.lower_ in self.lexicon.pronouns_person:
                    return self.last_person
                return self._mention_in(subject)
            if node.dep_ not in {"dobj", "acomp", "attr", "xcomp", "oprd"}:
                return None
            node = node.head
        return None

    def _remember_events(self, sent: Span, acting: list[tuple[Trigger, Found]], judging: set[int]) -> None:
        """Who did what in this sentence, for 'the launch', 'the accusation' in later ones."""
        for token in sent:
            if token.pos_ == "NOUN":  # "accusations by the UN", "the UN's accusations"
                for child in token.children:
                    agent = child if child.dep_ == "poss" else None
                    if child.dep_ == "prep" and child.lower_ == "by":
                        agent = next((c for c in child.children if c.dep_ == "pobj"), None)
                    f = self._mention_in(agent) if agent is not None else None
                    if f is not None and f.kind != "adjective":
                        self.events[lemma_of(token)] = f
            if token.pos_ != "VERB":
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            f = self._mention_in(subject) if subject is not None else None
            if f is not None:
                self.events[lemma_of(token)] = f
                if (
                    all(trigger.nominal for trigger, _ in acting)  # "decided to open talks": the deciding
                    and token.dep_ in {"ROOT", "conj", "ccomp"}
                    and subject.i in self.by_token  # not "Tallinn's hostile actions will not go unanswered"
                    and not self._speech_verb(token)
                    and not self.refers_to_an_act(sent)
                ):
                    self.events[_LAST_ACT] = f  # "North Korea fired a missile": "the launch" later
        for trigger, subject in acting:
            self.events[lemma_of(trigger.tokens[0])] = subject
            if not trigger.nominal and id(trigger) not in judging:
                self.events[_LAST_ACT] = subject  # "the move" is what a verb told, not a noun beside it

    def _event_actor(self, trigger: Trigger, subjects: list[Found]) -> Found | None:
        """The object of criticism or support named as an earlier event: 'called the launch outrageous'
        after 'North Korea launched a missile'; 'rejected the accusation' after 'the UN's accusations'."""
        if trigger.relation not in {"criticizes", "supports", "denies", "rejects", "accuses"}:
            return None
        head = trigger.tokens[0]
        nodes = [head, head.head] if head.pos_ == "ADJ" else [head]
        taken = {f.actor for f in subjects}
        objects = [c for node in nodes for c in node.children if c.dep_ == "dobj"]
        if head.dep_ == "amod" and head.head.dep_ == "dobj":
            objects.append(head.head)  # "called the accusation 'unacceptable'", parsed as a modifier
        if head.pos_ == "ADJ":
            # "called the launch unacceptable", parsed as one noun phrase "the launch unacceptable"
            objects += [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        described = head.head if head.dep_ == "relcl" else None  # "…, a charge Moscow rejected"
        if described is not None:
            objects.append(described)
            # "began joint drills, which Pyongyang condemned": whoever did the act this sentence named
            doers = [s for t, s in self.acting if described in t.tokens and s.actor not in taken]
            if not doers and any(c.dep_ == "dobj" and c.lower_ == "which" for c in head.children):
                # ", which Vilnius condemned" after a clause: the act it told (the parse may hang the
                # relative clause on any word before it)
                doers = [s for _, s in reversed(self.acting) if s.actor not in taken]
            if doers:
                return doers[0]
        for child in objects:
            if child.pos_ != "NOUN" or child.i in self.by_token:
                continue
            # "the launch", and "the North's rocket launch" (a possessor the parse may not resolve)
            determiners = list(child.children) + (
                list(child.head.children) if child.dep_ == "compound" else []
            )
            definite = any(
                d.lower_ in {"the", "this", "that", "these", "those"} or d.dep_ == "poss" for d in determiners
            )
            if not definite and child is not described:
                continue
            relation = self.lexicon.noun_relation(child.lower_, lemma_of(child))
            if lemma_of(child) in self.lexicon.generic_acts:
                relation = _LAST_ACT  # "called the move shameful": the act named last, whatever it was
            f = self.events.get(lemma_of(child)) or (self.events.get(relation) if relation else None)
            if f is not None and f.actor not in taken:
                return f
        return None

    def _demanded_of(self, trigger: Trigger) -> Found | None:
        """Whom a demand addresses when the parse gives no object: 'reforms by President X'."""
        for t in trigger.tokens[0].subtree:
            f = self.by_token.get(t.i)
            if f is not None and f.kind != "adjective" and t.i > trigger.tokens[0].i:
                return f
        return None

    @staticmethod
    def _protest_demands(claims: list[Claim]) -> list[Claim]:
        """'Students staged demonstrations to demand reforms by the president', 'hunger strike calling
        for X': the demand is what the protest is about, and its addressee the protest's target."""
        protests = {c.subject: c for c in claims if c.relation == "protests"}
        out = []
        for claim in claims:
            protest = protests.get(claim.subject)
            if claim.relation == "demands" and protest is not None:
                if protest.object is None:
                    protest.object = claim.object
                continue
            out.append(claim)
        return out

    def _own_speech_act(self, trigger: Trigger) -> bool:
        """A speech act named with its author happened, whatever is said of it: 'rejected accusations by
        the UN' (the UN accused), 'dismissed Belarus's calls for aid' (Belarus asked)."""
        return trigger.nominal and trigger.relation in SPEECH_ACTS and self._authored(trigger.tokens[0])

    def _authored(self, noun: Token) -> bool:
        """A relation noun named with its authors: "the UN's accusations", "calls by Belarus", "the accord
        between Serbia and Kosovo"."""
        for child in noun.children:
            if child.dep_ == "poss" and self.by_token.get(child.i) is not None:
                return True
            if (
                child.dep_ == "prep"
                and child.lower_ in {"by", "between"}  # "the agreement between Serbia and Kosovo"
                and any(self._mention_in(c) is not None for c in child.children if c.dep_ == "pobj")
            ):
                return True
        return False

    def _only_saying(self, trigger: Trigger) -> bool:
        """A speech verb with a 'that' clause says it, and agrees to nothing: "concluded that the US
        must act"."""
        head = trigger.tokens[0]
        return (
            not trigger.nominal
            and trigger.relation == "agrees"
            and self._speech_verb(head)
            and any(c.dep_ == "ccomp" for c in head.children)
        )

    @staticmethod
    def _must_clause(verb: Token) -> bool:
        """A complement clause with 'must', or a mandative subjunctive, and a subject of its own: 'said
        Sudan must return it', 'insisted that Russia withdraw its troops'."""
        for child in verb.children:
            subject = next((a for a in child.children if a.dep_ in {"nsubj", "nsubjpass"}), None)
            if child.dep_ != "ccomp" or subject is None:
                continue
            if any(a.dep_ == "aux" and a.lower_ == "must" for a in child.children):
                return True
            aux = any(a.dep_ in {"aux", "auxpass"} for a in child.children)
            third_person = subject.tag_ in {"NNP", "NNPS", "NN"}  # "Russia withdraw", not "they withdraw"
            if child.tag_ == "VB" and not aux and third_person:
                return True
        return False

    def _reporting_verb(self, clause: Token) -> Token | None:
        """The speech verb whose complement `clause` is, through further complements: "said that the vote
        showed that the blockade was …"."""
        while clause.dep_ == "ccomp" and clause.head != clause.sent.root:
            if self._speech_verb(clause.head):
                return clause.head
            clause = clause.head
        return clause.head if clause.dep_ == "ccomp" and self._speech_verb(clause.head) else None

    def _speech_verb(self, token: Token) -> bool:
        return token.pos_ in {"VERB", "AUX"} and lemma_of(token) in self.lexicon.speech_verbs

    def _related(self, head: Token, verb: Token) -> bool:
        """Whether the speech verb `verb` reports the clause of `head`: the clause is part of what is
        said ("said that …"), or the verb is a parenthesis of the clause ("…, the ministry said"), not a
        clause coordinated with it ("X condemned Y, and Z said …"); nor a comment on the report with a
        subject of its own ("…, an accusation Minsk rejected")."""
        if (
            head.dep_ == "relcl"
            and head.head.dep_ in {"npadvmod", "appos"}
            and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in head.children)
        ):
            return False
        if head in verb.subtree:
            clause = head
            while clause != verb and clause.head != verb:
                clause = clause.head
            if clause != verb and self._charge_named_after(clause):
                return False  # "X accused Y of …, a charge Z denies": Z does not report the accusation
            # "X called it outrageous, and Y said …", often parsed as if Y said the first clause too
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            before = subject.left_edge.i - 1 if subject is not None else -1
            return not (
                head.i < before and verb.doc[before].pos_ == "CCONJ" and verb.doc[before - 1].text == ","
            )
        token = verb
        for _ in range(12):
            if token.dep_ in {"conj", "relcl"} or token.head.i == token.i:
                return False  # a relative clause describes a noun: "…, a charge New Delhi denied"
            if token.dep_ == "advcl" and any(c.dep_ == "mark" for c in token.children):
                return False  # "X accused Y, while the Kremlin said …": a clause of its own, no parenthesis
            token = token.head
            if token == head:
                return True
        return False

    def _charge_named_after(self, clause: Token) -> bool:
        """'Islamabad accused the Taliban of …, a charge Kabul denies', often parsed as if Kabul denied
        the whole clause: a clause before its verb that is followed by the charge the verb is about
        was made, not denied."""
        verb = clause.head
        return (
            clause.dep_ == "ccomp"
            and clause.i < verb.i
            and any(
                c.dep_ == "dobj"
                and clause.i < c.i < verb.i
                and self.lexicon.noun_relation(c.lower_, lemma_of(c)) == "accuses"
                for c in verb.children
            )
        )

    def _rejected_accusation(self, verb: Token) -> bool:
        """Whether what a rejecting verb rejects is an accusation: its object, or the noun its
        relative clause describes ("a charge Moscow rejected")."""
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.dep_ == "relcl":
            nouns.append(verb.head)
        if any(
            self.lexicon.noun_relation(n.lower_, lemma_of(n)) == "accuses" or self.blame_word(n)
            for n in nouns
        ):
            return True  # "rejected the charge", "rejected any responsibility"
        # "Poland accused Belarus of … Minsk rejected this": what the accused reject right after is the
        # accusation
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        accused = self._mention_in(subject) if subject is not None else None
        sent = verb.sent
        recent = self._this_or_last(sent)
        return (
            accused is not None
            and self.accused.get(accused.actor or "") in recent
            and any(lemma_of(n) in _REFERRED_CLAIMS_EN or n.lower_ in _REFERRED_CLAIMS_EN for n in nouns)
        )

    def _blame_verb(self, word: Token, triggers: list[Trigger]) -> bool:
        """A relation verb whose object or complement the blame word is: "held Russia responsible",
        "denied responsibility"."""
        governing = {word.head.i, word.head.head.i}
        return any(not t.nominal and word not in t.tokens and t.tokens[0].i in governing for t in triggers)

    @staticmethod
    def _asks_for(noun: Token) -> bool:
        """'calls for sanctions', 'calls on Russia', 'calls by Belarus for aid', 'a call to withdraw'."""
        return any(
            (c.dep_ == "prep" and c.lower_ in {"for", "on", "upon", "by"}) or (c.dep_ in {"acl", "xcomp"})
            for c in noun.children
        ) and not any(c.lower_ in {"phone", "telephone", "video"} for c in noun.children)

    def _governors(self, trigger: Trigger, heads: dict[int, Trigger]) -> list[Trigger]:
        """The triggers whose object or complement `trigger` is part of, nearest first."""
        token = trigger.tokens[0]
        out: list[Trigger] = []
        for _ in range(12):
            # "We call on Russia to cease …", parsed as a purpose clause: what a demand asks for
            demanded = (
                token.dep_ == "advcl"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
                and (asker := heads.get(token.head.i)) is not None
                and asker.relation == "demands"
            )
            first = _first_conjunct(token)
            if token.dep_ == "conj" and (first.dep_ in _EMBEDDING or first.dep_ == "advcl"):
                # "urged X to condemn Y and to pressure Z", "… to find the perpetrators and hold them
                # accountable": all are what is urged
                token = first
                continue
            if (token.dep_ not in _EMBEDDING and not demanded) or token.head is token:
                break
            if self._charge_named_after(token):
                break
            token = token.head
            other = heads.get(token.i)
            if other is not None and other is not trigger and other not in out:
                out.append(other)
        return out

    def _conjuncts(self, obj: Found, subjects: list[Found], trigger: Trigger) -> list[Found]:
        """Further objects coordinated with the first: 'visit Mauritania and Senegal'."""
        span = self.doc.char_span(obj.start, obj.end, alignment_mode="expand")
        if span is None:
            return []
        out: list[Found] = []
        taken = {obj.actor} | {f.actor for f in subjects}
        further = [c for c in span.root.conjuncts if c.i > span.start]  # not a name in apposition
        # A second phrase with the same preposition: "talks with X, and with Y".
        head = trigger.tokens[0]
        nodes = {head, head.head}
        prep = next((a for a in span.root.ancestors if a.dep_ == "prep" and a.head in nodes), None)
        if prep is not None:
            for node in nodes:
                for child in node.children:
                    if child.dep_ == "prep" and child.lower_ == prep.lower_ and child.i > prep.i:
                        further += [c for c in child.children if c.dep_ == "pobj"]
        for token in further:
            f = self._mention_in(token)
            if f is not None and f.actor not in taken:
                taken.add(f.actor)
                out.append(f)
        return out

    def _intent(self, claim: Claim, trigger: Trigger) -> None:
        """'will provide aid' agrees to act, 'would retaliate' threatens; not agreeing is rejecting."""
        hypothetical, had_object = claim.hypothetical, claim.object is not None
        head = trigger.tokens[0]
        verbs = [head] + ([head.head] if trigger.nominal and head.dep_ in {"dobj", "pobj"} else [])
        future = any(c.dep_ == "aux" and c.lower_ in _FUTURE_EN for v in verbs for c in v.children)
        # "is willing to withdraw", "ready to talk"; "failed to reach agreement" is no agreement
        governing = verbs[-1].head if verbs[-1].dep_ == "xcomp" else None
        if governing is not None and lemma_of(governing) in _WILLING_EN:
            future = True
        if governing is not None and lemma_of(governing) in _SCHEDULED_EN:
            future = claim.hypothetical = True  # "is expected to press Beijing", "is set to meet Xi"
        if governing is not None and lemma_of(governing) in _FAILING_EN and claim.relation == "agrees":
            claim.negated = True
        # "will withdraw its troops unless X holds elections": an act made a condition's price threatens
        conditional = any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
            for v in verbs
            for c in v.children
        )
        if future and conditional and not claim.negated and claim.relation not in {"demands", "warns"}:
            claim.relation, claim.hypothetical = "threatens", False
        elif future and not claim.negated and claim.relation in {"threatens", "warns"}:
            claim.hypothetical = False  # "will take countermeasures" is the threat itself
        elif future and not claim.negated:
            if claim.relation in _COOPERATIVE:
                claim.relation, claim.hypothetical = "agrees", False
            elif claim.relation in _HOSTILE:
                claim.relation, claim.hypothetical = "threatens", False
        if claim.relation == "threatens" and trigger.relation != "threatens" and claim.object is None:
            # read as a threat only now: "will retaliate if NATO deploys troops"
            target = self._condition_subject(head, [])
            claim.object = target.actor if target is not None and target.actor != claim.subject else None
        if claim.negated and claim.relation == "agrees":
            claim.relation, claim.negated = "rejects", False  # "will not accept", "did not agree to"
            claim.hypothetical = claim.hypothetical and not future
        # the confidence follows what the claim now says: an intent stated is no mere possibility
        gained = 0.2 * (
            (hypothetical and not claim.hypothetical) + (claim.object is not None and not had_object)
        )
        claim.confidence = round(min(claim.confidence + gained, 0.99), 3)
