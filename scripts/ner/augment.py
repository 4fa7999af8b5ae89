"""Training-time data augmentation for the Danish NER corpus.

Registered as ``socdoc.ner_variants.v1`` in spaCy's ``augmenters`` registry, so
``configs/ner.cfg`` can name it (``spacy train ... --code scripts/ner/augment.py``).
It is used only while training; the trained pipeline does not need it to load.

Each training example is yielded unchanged and, with the configured probabilities,
also as one variant:

* lower-cased text (sloppy minutes, user-written text),
* upper-cased text (headlines, "ÅRHUS: ..." datelines),
* title-cased text (headlines, document titles),
* Danish genitive: the last token of each PER/ORG/LOC name gets an "-s"
  ("Mette Frederiksens", "Aarhus Kommunes"), keeping the entity span,
* capitalised context: the lower-case word just before each name gets an upper-case
  first letter ("formanden Kjeld Christensen" -> "Formanden Kjeld Christensen"), so
  a capitalised title such as "Borgmester" at the start of a sentence is not taken
  as part of the name,
* mention replacement: each name is replaced by another name of the same type seen
  earlier in the training stream (the pool fills during the first epoch) or, with probability
  ``gazetteer_share``, by a name of that type from socdoc's gazetteers (municipalities, towns,
  ministries, agencies, organisations, common Danish given names and surnames), so the model
  meets the public-sector names socdoc reads,
* person names of common words: every personal name is replaced by a generated one whose middle
  and/or last name is also a common word ("Anne Skov Holm", "Jens Bak Lund"), with probability
  ``title_share`` after a capitalised title kept outside the name ("Rådmand Anne Skov Holm"); or,
  with probability ``list_share``, a separate attendance-list example is made of such names, one
  per line, some with a title before and a party letter after ("Byrådsmedlem Anne Skov (A)"),
* heading lines: one to three capitalised words of the example's own text that are not part of a
  name, on a line of their own before it ("Orientering Om Budget"), labelled O: in minutes, agenda
  headings in capitals are not organisations.
"""

from __future__ import annotations

import random
from typing import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry

from ner.gazetteer import GazetteerNames

GENITIVE_FINALS = ("s", "x", "z")
GENITIVE_LABELS = ("PER", "ORG", "LOC")


def _rebuild(nlp: Language, ref: Doc, words: list[str]) -> Example:
    """An example whose reference has ``words`` with the entity spans and labels of ``ref``."""
    doc = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in ref])
    doc.ents = [Span(doc, e.start, e.end, label=e.label_) for e in ref.ents]
    return Example(nlp.make_doc(doc.text), doc)


Mention = tuple[tuple[str, ...], tuple[bool, ...]]


class MentionPool:
    """Names seen so far, per label, as (words, trailing-space flags)."""

    def __init__(self) -> None:
        self.by_label: dict[str, list[Mention]] = {}
        self._seen: set[tuple[str, Mention]] = set()

    def add(self, ref: Doc) -> None:
        for ent in ref.ents:
            mention = (tuple(t.text for t in ent), tuple(bool(t.whitespace_) for t in ent))
            if (ent.label_, mention) not in self._seen:
                self._seen.add((ent.label_, mention))
                self.by_label.setdefault(ent.label_, []).append(mention)

    def replace(
        self, nlp: Language, ref: Doc, gazetteer: GazetteerNames | None = None, gazetteer_share: float = 0.0
    ) -> Example | None:
        """Replace every name in ``ref`` by a random pooled (or gazetteer) name of the same label."""
        words: list[str] = []
        spaces: list[bool] = []
        ents: list[tuple[int, int, str]] = []
        last = 0
        for ent in ref.ents:
            pool = self.by_label.get(ent.label_)
            name = gazetteer.sample(ent.label_) if gazetteer and random.random() < gazetteer_share else None
            if name is not None:
                new_doc = nlp.make_doc(name)
                new_words, new_spaces = tuple(t.text for t in new_doc), tuple(bool(t.whitespace_) for t in new_doc)
            elif pool:
                new_words, new_spaces = random.choice(pool)
            else:
                continue
            words += [t.text for t in ref[last:ent.start]]
            spaces += [bool(t.whitespace_) for t in ref[last:ent.start]]
            ents.append((len(words), len(words) + len(new_words), ent.label_))
            words += new_words
            spaces += list(new_spaces[:-1]) + [bool(ent[-1].whitespace_)]
            last = ent.end
        if not ents:
            return None
        return _example(nlp, ref, last, words, spaces, ents)


def _example(
    nlp: Language, ref: Doc, last: int, words: list[str], spaces: list[bool], ents: list[tuple[int, int, str]]
) -> Example:
    """The training example of the rewritten words, with the rest of ``ref`` after token ``last``."""
    words = words + [t.text for t in ref[last:]]
    spaces = spaces + [bool(t.whitespace_) for t in ref[last:]]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return Example(nlp.make_doc(doc.text), doc)


PARTY_LETTERS = ("A", "B", "C", "F", "I", "K", "O", "V", "Ø", "Å")


def _name_words(nlp: Language, name: str) -> tuple[list[str], list[bool]]:
    doc = nlp.make_doc(name)
    return [t.text for t in doc], [bool(t.whitespace_) for t in doc]


def plain_word_people(nlp: Language, ref: Doc, gazetteer: GazetteerNames, title_share: float) -> Example | None:
    """``ref`` with every PER name replaced by a common-word name, some after a capitalised title (O)."""
    words: list[str] = []
    spaces: list[bool] = []
    ents: list[tuple[int, int, str]] = []
    last = 0
    for ent in ref.ents:
        words += [t.text for t in ref[last:ent.start]]
        spaces += [bool(t.whitespace_) for t in ref[last:ent.start]]
        if ent.label_ != "PER":
            ents.append((len(words), len(words) + len(ent), ent.label_))
            words += [t.text for t in ent]
            spaces += [bool(t.whitespace_) for t in ent]
            last = ent.end
            continue
        if random.random() < title_share:
            if words and words[-1].isalpha() and words[-1].islower():
                words[-1] = _title(words[-1])  # "borgmester Anne Skov" -> "Borgmester Anne Skov"
            else:
                words.append(gazetteer.role())
                spaces.append(True)
        new_words, new_spaces = _name_words(nlp, gazetteer.plain_word_person())
        ents.append((len(words), len(words) + len(new_words), "PER"))
        words += new_words
        spaces += new_spaces[:-1] + [bool(ent[-1].whitespace_)]
        last = ent.end
    if not any(label == "PER" for _, _, label in ents):
        return None
    return _example(nlp, ref, last, words, spaces, ents)


def attendance_list(nlp: Language, gazetteer: GazetteerNames, title_share: float) -> Example:
    """A list of 2-6 personal names, one per line, some with a title before or a party letter after."""
    words: list[str] = []
    spaces: list[bool] = []
    ents: list[tuple[int, int, str]] = []
    for _ in range(random.randint(2, 6)):
        if random.random() < title_share:
            words.append(gazetteer.role())
            spaces.append(True)
        new_words, new_spaces = _name_words(nlp, gazetteer.plain_word_person())
        ents.append((len(words), len(words) + len(new_words), "PER"))
        words += new_words
        spaces += new_spaces[:-1] + [False]
        if random.random() < 0.4:
            spaces[-1] = True
            words += ["(", random.choice(PARTY_LETTERS), ")"]
            spaces += [False, False, False]
        words.append("\n")
        spaces.append(False)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return Example(nlp.make_doc(doc.text), doc)


def heading_line(nlp: Language, ref: Doc) -> Example | None:
    """``ref`` after a line of 1-3 capitalised words taken from its text outside any name (all O)."""
    inside = {i for ent in ref.ents for i in range(ent.start, ent.end)}
    runs = [i for i in range(len(ref)) if i not in inside and ref[i].is_alpha and len(ref[i]) > 3]
    if not runs:
        return None
    first = random.choice(runs)
    words = [ref[i].text for i in range(first, min(len(ref), first + random.randint(1, 3)))
             if i not in inside and ref[i].is_alpha]
    heading = [_title(w) for w in words]
    offset = len(heading) + 1
    doc = Doc(nlp.vocab, words=heading + ["\n"] + [t.text for t in ref],
              spaces=[True] * (len(heading) - 1) + [False, False] + [bool(t.whitespace_) for t in ref])
    doc.ents = [Span(doc, e.start + offset, e.end + offset, label=e.label_) for e in ref.ents]
    return Example(nlp.make_doc(doc.text), doc)


def _title(word: str) -> str:
    return word[:1].upper() + word[1:] if word.isalpha() else word


def _capitalised_context_words(ref: Doc) -> list[str] | None:
    """Words with the lower-case word before each name capitalised, or None if nothing changes."""
    words = [t.text for t in ref]
    changed = False
    for ent in ref.ents:
        if ent.start > 0 and words[ent.start - 1].isalpha() and words[ent.start - 1].islower():
            words[ent.start - 1] = _title(words[ent.start - 1])
            changed = True
    return words if changed else None


def _genitive_words(ref: Doc) -> list[str] | None:
    """Words with a genitive "-s" on the last token of each name, or None if nothing changes."""
    words = [t.text for t in ref]
    changed = False
    for ent in ref.ents:
        last = words[ent.end - 1]
        if ent.label_ in GENITIVE_LABELS and last[-1:].isalpha() and not last.lower().endswith(GENITIVE_FINALS):
            words[ent.end - 1] = last + "s"
            changed = True
    return words if changed else None


def ner_variants(
    nlp: Language,
    example: Example,
    *,
    lower_level: float,
    upper_level: float,
    title_level: float,
    genitive_level: float,
    context_level: float,
    mention_level: float,
    pool: MentionPool,
    gazetteer: GazetteerNames | None = None,
    gazetteer_share: float = 0.0,
    person_level: float = 0.0,
    title_share: float = 0.0,
    list_share: float = 0.0,
    people: GazetteerNames | None = None,
    heading_level: float = 0.0,
) -> Iterator[Example]:
    """Yield ``example`` and at most one case, genitive, mention-replaced or person-name variant of it."""
    yield example
    ref = example.reference
    if not ref.has_annotation("ENT_IOB"):
        return
    pool.add(ref)
    words = [t.text for t in ref]
    roll = random.random()
    if people is not None and roll < person_level:
        if random.random() < list_share:
            yield attendance_list(nlp, people, title_share)
        else:
            replaced_people = plain_word_people(nlp, ref, people, title_share)
            if replaced_people is not None:
                yield replaced_people
        return
    roll -= person_level
    if roll < heading_level:
        heading = heading_line(nlp, ref)
        if heading is not None:
            yield heading
        return
    roll -= heading_level
    if roll < mention_level:
        replaced = pool.replace(nlp, ref, gazetteer, gazetteer_share)
        if replaced is not None:
            yield replaced
        return
    roll -= mention_level
    if roll < lower_level:
        yield _rebuild(nlp, ref, [w.lower() for w in words])
    elif roll < lower_level + upper_level:
        yield _rebuild(nlp, ref, [w.upper() for w in words])
    elif roll < lower_level + upper_level + title_level:
        yield _rebuild(nlp, ref, [_title(w) for w in words])
    elif roll < lower_level + upper_level + title_level + genitive_level and ref.ents:
        genitive = _genitive_words(ref)
        if genitive is not None:
            yield _rebuild(nlp, ref, genitive)
    elif roll < lower_level + upper_level + title_level + genitive_level + context_level and ref.ents:
        context = _capitalised_context_words(ref)
        if context is not None:
            yield _rebuild(nlp, ref, context)


@registry.augmenters("socdoc.ner_variants.v1")
def create_ner_variants(
    lower_level: float = 0.0,
    upper_level: float = 0.0,
    title_level: float = 0.0,
    genitive_level: float = 0.0,
    context_level: float = 0.0,
    mention_level: float = 0.0,
    gazetteer_share: float = 0.0,
    person_level: float = 0.0,
    title_share: float = 0.0,
    list_share: float = 0.0,
    heading_level: float = 0.0,
) -> Callable[[Language, Example], Iterator[Example]]:
    """Create the augmenter; each level is the probability of adding that variant.

    ``gazetteer_share`` is the probability that a replaced mention comes from the gazetteers;
    ``title_share`` and ``list_share`` shape the person-name variant (``person_level``).
    """
    pool = MentionPool()
    gazetteer = GazetteerNames() if gazetteer_share > 0 or person_level > 0 else None

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        return ner_variants(
            nlp,
            example,
            lower_level=lower_level,
            upper_level=upper_level,
            title_level=title_level,
            genitive_level=genitive_level,
            context_level=context_level,
            mention_level=mention_level,
            pool=pool,
            gazetteer=gazetteer,
            gazetteer_share=gazetteer_share,
            person_level=person_level,
            title_share=title_share,
            list_share=list_share,
            people=gazetteer if person_level > 0 else None,
            heading_level=heading_level,
        )

    return augment
