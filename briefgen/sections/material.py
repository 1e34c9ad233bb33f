"""What the section builders share: the articles, their claims, and which claims are taken.

It is also the one place that says which claims any section may use: those that read alone
(nothing the article's earlier sentences introduced) and are about the story. Every lookup here
is a dictionary look-up built once per brief (articles by id, claim members by article, back
references per sentence), so the sectioner's shared work grows linearly with the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefgen.extract.actors import ActorIndex
from briefgen.extract.attribution import Attribution, find_attributions
from briefgen.extract.chronology import chronology_dates
from briefgen.extract.dates import DateMention, filing_day, parse_iso
from briefgen.extract.people import PRONOUNS, Mention
from briefgen.extract.references import (
    DESCRIPTION_MODIFIERS,
    bare_surnames,
    definite_back_references,
    goes_on,
    says_here,
    unanchored_kin,
    unanchored_pronoun,
)
from briefgen.extract.topic import StoryTerms, is_about
from briefgen.model import Article, Claim, Item, Sentence
from briefgen.nlp.coverage import reads_alone
from briefgen.nlp.summarize import article_sentences
from briefgen.nlp.terms import content_terms, stem

#: Before anything is introduced, a thing this share of the articles names is known to the
#: bottom line's reader ("the quake" of a story of an earthquake).
LEAD_KNOWN_SHARE = 0.5
#: A claim retells a taken one when this share of the shorter one's content words, and at
#: least this many, are the other's.
RETOLD_SHARE = 0.6
RETOLD_MIN_WORDS = 4
#: Cues that go on from what the speaker said before.
CONTINUING_CUES = frozenset(("added", "adds", "adding", "continued", "went on"))
#: A sentence is about the story when it uses a word of this share of its articles ...
CORE_SHARE = 0.5
#: ... or two words each of which this share of them use (a digest's item on NATO is not).
TOPIC_SHARE = 0.25


@dataclass
class Material:
    """The claims of all articles, ranked; a claim taken by one section is gone for the others,
    so no sentence (and no fact reported in other words) appears in two sections."""

    articles: Sequence[Article]
    claims: Sequence[Claim]
    #: The brief's title: what it names, a reader of any item knows.
    title: str = ""
    #: Every sentence of every article as the summariser rated it within its article (empty:
    #: a section that needs the ratings makes them).
    rated: Sequence[Sentence] = ()
    _taken: set[int] = field(default_factory=set)
    #: The content words of the taken claims, each word to the taken claims that use it.
    _taken_words: dict[str, list[int]] = field(default_factory=dict)
    _taken_sizes: list[int] = field(default_factory=list)
    #: The texts that introduce the story to a reader: the title, then the bottom line.
    _introductions: list[str] = field(default_factory=list)
    _introduced: tuple[frozenset[str], frozenset[str]] | None = None
    lead_over: bool = False  # the bottom line is chosen (``introduce``)
    _attributions: dict[str, list[Attribution]] = field(default_factory=dict)
    _offsets: dict[tuple[str, int], tuple[int, int]] = field(default_factory=dict)
    _cache: dict[str, object] = field(default_factory=dict)
    _by_id: dict[str, Article] | None = None
    _members: dict[str, list[Sentence]] | None = None
    _located: set[str] = field(default_factory=set)
    _leaning: dict[tuple[str, int, bool], tuple[str, ...]] = field(default_factory=dict)

    def available(self, *, speaker_shown: bool = False) -> list[Claim]:
        """Untaken claims that read on their own, best first: the one rule that keeps every
        section's items from opening on "He", "But", "This" with nothing before them, or
        naming "the report" or "Miele" that only their article introduced, or telling again
        what a taken claim told. A section that labels each item with its speaker
        (``speaker_shown``) may keep the speaker's surname."""
        readable = self.remember("readable", self._readable)
        return [claim for claim in self.claims
                if id(claim) not in self._taken and id(claim) in readable
                and not self.unintroduced(claim.sentence, speaker_shown=speaker_shown)
                and not self.retells(claim)]

    def retells(self, claim: Claim) -> bool:
        """Whether a claim tells again, in other words, what a taken claim told: most of the
        telling words of the shorter of the two are the other's ("Metallica delivered the
        names on May 3" in the bottom line and again in the timeline)."""
        if not self._taken_words:
            return False
        words = self._telling_words(claim)
        if len(words) < RETOLD_MIN_WORDS:
            return False
        shared: dict[int, int] = {}
        for word in words:
            for taken in self._taken_words.get(word, ()):
                shared[taken] = shared.get(taken, 0) + 1
        return any(count >= RETOLD_MIN_WORDS and
                   count >= RETOLD_SHARE * min(len(words), self._taken_sizes[taken])
                   for taken, count in shared.items())

    def _telling_words(self, claim: Claim) -> frozenset[str]:
        """A claim's content words but the story's core ones ("north", "korea", "troop" in
        every article): what sets its fact apart from the story's other facts."""
        telling = self.remember("telling_words", dict)
        if id(claim) not in telling:  # asked of every claim by every section: found once
            core = self.terms().central(CORE_SHARE, everyday=True)
            telling[id(claim)] = content_terms(claim.text) - core
        return telling[id(claim)]

    def introduce(self, claims: Iterable[Claim]) -> None:
        """The bottom line's claims are read first: what they name ("the Melissa virus",
        "Cheung Tze-keung"), the later sections may name again ("the virus", "Cheung").
        Asked once the bottom line is chosen (with no claims when a brief has none): the
        lead is over, and only what the title and the bottom line named is known."""
        self._introductions.extend(claim.text for claim in claims)
        self.lead_over = True
        self._introduced = None

    def unintroduced(self, sentence: Sentence, *, speaker_shown: bool = False
                     ) -> tuple[str, ...]:
        """What a sentence leans on (``leans_on``) that the brief has not introduced: a
        reader of the brief knows what its title and its bottom line name ("the balloon" of a
        title about a balloon flight, "Cheung" after "Cheung Tze-keung" in the bottom line),
        and, in the bottom line itself, what most of the story's articles name; never which
        one "the virus" is in a story of several viruses."""
        leaning = self.leans_on(sentence, speaker_shown=speaker_shown)
        if not leaning:
            return leaning
        if self._introduced is None:
            texts = [self.title, *self._introductions]
            terms = self.terms()
            known = frozenset().union(*(content_terms(text) for text in texts))
            if not self.lead_over:
                # the bottom line is the story's lead: what most articles name is what the
                # story is about, and the lead may name it as they do ("the quake")
                known |= terms.central(LEAD_KNOWN_SHARE, everyday=True)
            self._introduced = (
                known - terms.several,
                frozenset(word.lower() for text in texts for word in re.findall(
                    r"[A-Z][\w’'-]+", text)))
        stems, names = self._introduced
        return tuple(lean for lean in leaning if not _introduced_by(lean, stems, names))

    def _readable(self) -> set[int]:
        """The claims that read alone and are about the story (a digest's item on another
        crash, an aside, is true but not this story's)."""
        topic, core = self.terms().central(TOPIC_SHARE), self.terms().central(CORE_SHARE)
        return {id(claim) for claim in self.claims
                if reads_alone(claim.text) and is_about(claim.text, topic, core)}

    def reads_alone(self, sentence: Sentence, *, speaker_shown: bool = False) -> bool:
        """Whether a sentence makes sense out of its article (see ``available``)."""
        return reads_alone(sentence.text) and not self.unintroduced(
            sentence, speaker_shown=speaker_shown)

    def leans_on(self, sentence: Sentence, *, speaker_shown: bool = False) -> tuple[str, ...]:
        """What a sentence names that only its article's earlier sentences introduce: "the
        report", a bare "Miele" (nothing when the sentence is not of the story's articles).
        Asked by every section of the same sentences: found once for each."""
        key = (sentence.article, sentence.position, speaker_shown)
        if key not in self._leaning:
            self._leaning[key] = self._leans_on(sentence, speaker_shown)
        return self._leaning[key]

    def _leans_on(self, sentence: Sentence, speaker_shown: bool) -> tuple[str, ...]:
        definites = self.remember(f"definites:{sentence.article}",
                                  lambda: self._definites(sentence.article))
        descriptions = definites[sentence.position] if sentence.position < len(definites) \
            else ()
        article = self.article(sentence.article)
        # "said here" is anchored to the dateline's place (the item shows it), which an
        # article without one lacks
        here = ("here",) if says_here(sentence.text) and not article.dateline else ()
        going_on = goes_on(sentence.text)  # "The department also will ...", "in turn"
        if going_on:
            here += (going_on,)
        pronoun = unanchored_pronoun(sentence.text)  # "Analysts expect her plan to fail"
        if pronoun:
            here += (pronoun,)
        kin = unanchored_kin(sentence.text)  # "In 1972, daughter Liza Minnelli won"
        if kin:
            here += (kin,)
        start, end = self.span(sentence)
        if start < 0:
            return descriptions + here
        mentions = self.actors().people.mentions.get(sentence.article, ())
        surnames = bare_surnames(mentions, start, end, article.text,
                                 speaker_shown=speaker_shown)
        return descriptions + surnames + here + self._unnamed_speakers(
            sentence, mentions, start, speaker_shown)

    def _unnamed_speakers(self, sentence: Sentence, mentions: Sequence[Mention], start: int,
                          speaker_shown: bool) -> tuple[str, ...]:
        """"..., he said": a pronoun that speaks with no person named before it in the
        sentence leaves the reader asking who, unless the item shows its speaker; "she added"
        or "Smith added" goes on from the sentence before, whoever speaks."""
        found = []
        for attribution in self.attributions_in(sentence):
            if attribution.cue.lower() in CONTINUING_CUES:
                found.append(attribution.cue)  # "..., he added": more of what was just said
                continue
            if speaker_shown:
                continue
            speaker = (attribution.speaker or "").lower()
            if speaker not in PRONOUNS or attribution.speaker_start is None:
                continue
            if not any(start <= mention.start < attribution.speaker_start
                       for mention in mentions):
                found.append(f"{speaker} {attribution.cue}")
        return tuple(found)

    def _definites(self, article_id: str) -> list[tuple[str, ...]]:
        try:
            article = self.article(article_id)
        except StopIteration:
            return []
        return definite_back_references(
            [sentence.text for sentence in article_sentences(article)],
            # what the story names throughout, unless it names several ("the test" of a
            # story of many tests)
            given=self.terms().central(TOPIC_SHARE, everyday=True) - self.terms().several)

    def rated_of(self, article_id: str) -> list[Sentence] | None:
        """An article's sentences with the ratings the brief was chosen by, in article
        order; None when the material holds no ratings."""
        if not self.rated:
            return None
        by_article = self.remember("rated_by_article", self._rated_by_article)
        return by_article.get(article_id, [])

    def _rated_by_article(self) -> dict[str, list[Sentence]]:
        by_article: dict[str, list[Sentence]] = {}
        for sentence in self.rated:
            by_article.setdefault(sentence.article, []).append(sentence)
        return by_article

    def terms(self) -> StoryTerms:
        """What the story's articles share (counted once per brief)."""
        return self.remember("story_terms", lambda: StoryTerms(
            article.text for article in self.articles))

    def actors(self) -> ActorIndex:
        """The story's actors and people (found once per brief, shared by the builders)."""
        return self.remember("actor_index", lambda: ActorIndex(self.articles))

    def is_available(self, claim: Claim) -> bool:
        return id(claim) not in self._taken

    def take(self, claims: Iterable[Claim]) -> list[Claim]:
        taken = []
        for claim in claims:
            if id(claim) not in self._taken:
                self._taken.add(id(claim))
                taken.append(claim)
                words = self._telling_words(claim)
                for word in words:
                    self._taken_words.setdefault(word, []).append(len(self._taken_sizes))
                self._taken_sizes.append(len(words))
        return taken

    def chronology(self, article: Article) -> dict[int, DateMention]:
        """The dated entries of an article's chronology list, by paragraph (found once)."""
        return self.remember(f"chronology:{article.id}", lambda: chronology_dates(
            article.paragraphs, parse_iso(filing_day(article))))

    def in_chronology(self, claim: Claim) -> bool:
        """Whether a claim is a line of its article's chronology list ("Plane lands in Los
        Angeles."): the timeline's, told tersely under its date, no point of any other
        section."""
        try:
            article = self.article(claim.sentence.article)
        except StopIteration:
            return False
        return claim.sentence.paragraph in self.chronology(article)

    def article(self, article_id: str) -> Article:
        """The article with this id (StopIteration if there is none, as before)."""
        if self._by_id is None:  # built on first use: the articles do not change
            self._by_id = {}
            for article in self.articles:
                self._by_id.setdefault(article.id, article)  # the first, as a scan would find
        try:
            return self._by_id[article_id]
        except KeyError:
            raise StopIteration(article_id) from None

    def attributions(self, article_id: str) -> list[Attribution]:
        """Every attribution in an article's cleaned text (found once, then remembered)."""
        if article_id not in self._attributions:
            self._attributions[article_id] = find_attributions(self.article(article_id).text)
        return self._attributions[article_id]

    def span(self, sentence: Sentence) -> tuple[int, int]:
        """Where a sentence sits in its article's cleaned text (start, end offsets)."""
        key = (sentence.article, sentence.position)
        if key not in self._offsets and sentence.article not in self._located:
            self._locate_sentences(sentence.article)
        return self._offsets.get(key, (-1, -1))

    def attributions_in(self, sentence: Sentence) -> list[Attribution]:
        """The attributions whose cue lies in a sentence."""
        start, end = self.span(sentence)
        return [a for a in self.attributions(sentence.article) if start <= a.cue_start < end]

    def claim_of(self, sentence: Sentence) -> Claim | None:
        """The claim a sentence belongs to (as phrasing or as a corroborating member)."""
        index = self.remember("claim_index", self._claim_index)
        return index.get((sentence.article, sentence.position))

    def _claim_index(self) -> dict[tuple[str, int], Claim]:
        return {
            (member.article, member.position): claim
            for claim in self.claims
            for member in (claim.members or (claim.sentence,))
        }

    def remember(self, key: str, compute):  # noqa: ANN001, ANN201 - any cached value
        """A value computed once per brief and shared by the builders (e.g. the actor index)."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def _members_of(self, article_id: str) -> list[Sentence]:
        """The claim members (phrasings and corroborating sentences) of one article, in text
        order; all articles are indexed in one pass over the claims, the first time."""
        if self._members is None:
            members: dict[str, list[Sentence]] = {}
            for claim in self.claims:
                for member in claim.members or (claim.sentence,):
                    members.setdefault(member.article, []).append(member)
            for sentences in members.values():
                sentences.sort(key=lambda member: member.position)
            self._members = members
        return self._members.get(article_id, [])

    def _locate_sentences(self, article_id: str) -> None:
        text = self.article(article_id).text
        cursor = 0
        for member in self._members_of(article_id):
            start = text.find(member.text, cursor)
            if start < 0:
                start = text.find(member.text)
            if start < 0:
                continue
            self._offsets[(article_id, member.position)] = (start, start + len(member.text))
            cursor = start + len(member.text)
        self._located.add(article_id)  # a sentence not found is not searched for again


def _introduced_by(lean: str, stems: frozenset[str], names: frozenset[str]) -> bool:
    """Whether the title or the bottom line introduced what a back reference names: a noun of
    "the report" among their words, a surname "Miele" among their names. "Here", a pronoun
    speaker and "he added" lean on the article's own sentences, whatever the brief says."""
    if lean[:1].isupper() and " " not in lean:
        return lean.lower() in names  # a bare surname
    if not lean.startswith("the "):
        return False  # "that decision", "Friday's ruling": which one, the brief never says
    nouns = [word for word in lean.split()[1:] if word not in DESCRIPTION_MODIFIERS]
    # the head names the thing: "the reservation population" is not "the reservation"
    return bool(nouns) and stem(nouns[-1]) in stems


def item(claim: Claim, reason: str, label: str | None = None) -> Item:
    """A bullet holding a claim's sentence verbatim with all its citations."""
    return Item(claim.text, claim.citations, label, reason)
