"""A trained chooser of a quote's speaker among the people and bodies around it, for the speaker phrases that only
point to someone (`ujarnya`, `ia`, `pihaknya`, `Politikus itu`): the speaker rules propose one candidate, the text
around the quote gives the others, and a conditional logit model (a softmax over the quote's candidates, weights in
data/speaker_model.tsv, trained by scripts/train_speaker_model.py on the development golds) ranks them.

Every feature holds for any name: where the candidate stands (sentences before the quote, in the phrase, inside the
quote), what it does there (the subject of a sentence, the last speaker, an object or a relative), how much the
document follows it, its type, and which rule proposed it."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from transforms.attributions.context import KIN_WORDS, WORD_BEFORE, SpeakerContext
from transforms.attributions.speakers import resolve_speaker
from transforms.lexicon import speech_verbs, table_rows, word_set

SENTENCES_BEFORE = 3  # candidates are named in the quote's sentence, up to three sentences before it, or the next one
OBJECT_PREPOSITIONS = word_set("object_prepositions.txt")
PRONOUN_FORMS = frozenset({"ia", "dia", "nya", "beliau", "mereka"})
# rule groups of the speaker rules whose answer the model may overrule: they point back to someone named elsewhere
RULE_GROUPS = {
    "pronoun_previous_speaker": "previous_speaker", "pronoun_sentence_subject": "sentence_subject",
    "pronoun_previous_person": "previous_person", "party_reference": "party", "continued_subject": "continued",
    "body_reference": "body",
}
FORMS = ("pronoun", "description", "party", "continued", "body")
MODEL_RULE = "speaker_model"
UNNAMED_RULE = "unnamed"  # a speaker phrase naming no one: the latest speaker all the same when it is a person's
UNNAMED_PEOPLE = word_set("unnamed_people.txt")
# a speech verb's bare form or `menurut` right before a name: the name speaks (`kata Rina`, `Menurut Rina,`)
CUE_WORDS = frozenset(form for form, (_, group, *_) in speech_verbs().items() if group == "base") | {"menurut"}


def _feature_names() -> list[str]:
    names = ["proposed"] + [f"proposed_by_{g}" for g in sorted(set(RULE_GROUPS.values()))]
    names += ["last_speaker", "last_speaker_recent", "spoke_before", "sentence_subject", "protagonist", "person_before",
              "body_before", "in_phrase", "in_quote", "only_in_quote", "sentence_distance", "same_sentence", "only_after",
              "mentions_before", "in_title", "in_lead", "person", "organisation", "titled", "confirmed", "governed", "kin",
              "object", "paragraph_start", "same_paragraph", "last_speaker_same_paragraph", "speaks", "cue_before",
              "role_matches"]
    names += [f"{form}_x_{f}" for form in FORMS for f in ("last_speaker", "sentence_subject", "protagonist", "person_before")]
    return names


FEATURES = _feature_names()


@dataclass
class Candidate:
    entity_id: str
    features: dict[str, float] = field(default_factory=dict)  # FEATURES by name; one left out is 0


def phrase_form(lower: str) -> str:
    """The kind of pointing phrase: a pronoun or clitic, a description, `pihaknya`, a bare conjunction, a body."""
    words = lower.split()
    if lower in PRONOUN_FORMS or words[-1:] and words[-1] in PRONOUN_FORMS:
        return "pronoun"
    return "description"


def candidates(ctx: SpeakerContext, start: int, end: int, quote_start: int, quote_end: int, proposed: str | None,
               rule: str, spoken: dict[str, int]) -> list[Candidate]:
    """The people and bodies a quote's pointing phrase text[start:end] may stand for, each with its features.
    `spoken`: entity id -> quotes attributed to it so far in the document."""
    at = min(start, quote_start)
    group = RULE_GROUPS[rule]
    form = {"party": "party", "continued": "continued", "body": "body"}.get(group) or phrase_form(ctx.text[start:end].strip().lower())
    starts = ctx.sentence_starts or [0]
    first = max(0, bisect_right(starts, at) - 1)
    window_start = starts[max(0, first - SENTENCES_BEFORE)]
    following = bisect_right(starts, max(end, quote_end)) + 1  # the sentence after the next one opens the window's end
    window_end = starts[following] if following < len(starts) else len(ctx.text)
    near = [m for m in ctx.mentions[bisect_left(ctx.starts, window_start):bisect_left(ctx.starts, window_end)]
            if m[3] in ("PERSON", "ORG")]
    ids = list(dict.fromkeys([m[2] for m in near] + ([ctx.last_speaker[1]] if ctx.last_speaker and ctx.last_speaker[1] else [])
                             + ([proposed] if proposed else [])))
    subject = ctx.subject_before(at)
    references = {
        "last_speaker": ctx.last_speaker[1] if ctx.last_speaker else None,
        "sentence_subject": subject[1] if subject else None,
        "protagonist": ctx.protagonist_before(at),
        "person_before": ctx.person_before(at),
    }
    body = ctx.body_before(at)
    recent = ctx.last_speaker is not None and ctx.last_speaker[0] >= starts[max(0, first - 1)]
    lead_end = starts[3] if len(starts) > 3 else len(ctx.text)
    title_end = starts[1] if len(starts) > 1 else len(ctx.text)
    paragraph = ctx.text.rfind("\n", 0, at) + 1
    roles = ctx.named_in(start, end)
    found = []
    for entity_id in ids:
        mentions = ctx.mentions_of(entity_id)
        before, outside, f = [], [], {}
        for m in mentions:
            if quote_start <= m[0] < quote_end:
                f["in_quote"] = 1.0
                continue
            outside.append(m)
            if m[0] < at:
                before.append(m)
                if m[0] >= paragraph:
                    f["same_paragraph"] = 1.0
                if m[0] >= window_start and ctx.speaks_after(m[1]):
                    f["speaks"] = 1.0
                if m[0] >= window_start and _word_before(ctx.text, m[0]) in CUE_WORDS:
                    f["cue_before"] = 1.0
            if start <= m[0] < end:
                f["in_phrase"] = 1.0
        if mentions and mentions[0][0] < lead_end:
            f["in_lead"] = 1.0
            f["in_title"] = float(mentions[0][0] < title_end)
        f["proposed"] = float(entity_id == proposed)
        f[f"proposed_by_{group}"] = f["proposed"]
        for name, value in references.items():
            f[name] = f[f"{form}_x_{name}"] = float(entity_id == value)
        f["last_speaker_recent"] = float(f["last_speaker"] and recent)
        f["spoke_before"] = math.log1p(spoken.get(entity_id, 0))
        f["body_before"] = float(entity_id == body)
        f["only_in_quote"] = float(not outside)
        nearest = before[-1] if before else (outside[0] if outside else mentions[0] if mentions else None)
        if nearest is not None:
            distance = abs(first - max(0, bisect_right(starts, nearest[0]) - 1))
            f["sentence_distance"] = math.log1p(distance)
            f["same_sentence"] = float(distance == 0)
            f["only_after"] = float(not before)
            previous = _word_before(ctx.text, nearest[0])
            f["kin"] = float(previous in KIN_WORDS)
            f["object"] = float(previous in OBJECT_PREPOSITIONS)
            f["governed"] = float(ctx.governed(nearest[0]))
            opens = ctx.sentence_start(nearest[0])
            f["paragraph_start"] = float(opens == 0 or "\n" in ctx.text[max(0, opens - 2):opens])
        f["last_speaker_same_paragraph"] = float(f["last_speaker"] and ctx.last_speaker[0] >= paragraph)
        f["role_matches"] = float(entity_id in roles and "in_phrase" not in f)
        f["mentions_before"] = math.log1p(len(before))
        types = {m[3] for m in mentions}
        f["person"] = float("PERSON" in types or entity_id in ctx.people)
        f["organisation"] = float("ORG" in types and not f["person"])
        f["titled"] = float(bool(ctx.titles.get(entity_id)))
        f["confirmed"] = float(entity_id in ctx.confirmed)
        found.append(Candidate(entity_id, f))
    return found


@dataclass(frozen=True)
class SpeakerModel:
    """Feature weights, and the speaker rules whose answers the model decides (the others keep their rule's)."""

    weights: dict[str, float]
    decides: frozenset[str]


def _word_before(text: str, offset: int) -> str:
    words = WORD_BEFORE.findall(text, max(0, offset - 30), offset)[-1:]
    return words[0].lower() if words else ""


def load_model(name: str = "speaker_model.tsv") -> SpeakerModel:
    """data/speaker_model.tsv: `feature<TAB>weight` lines and one `decides<TAB>rule,rule` line
    (`-`: none)."""
    rows = table_rows(name)
    decides = next((frozenset(value.split(",")) - {"-"} for key, value in rows if key == "decides"), frozenset())
    return SpeakerModel({key: float(value) for key, value in rows if key != "decides"}, decides)


def speak(ctx: SpeakerContext, q: dict, spoken: dict[str, int], model: SpeakerModel,
          record: list | None = None) -> tuple[str | None, str, float | None]:
    """(entity id, rule, the model's probability or None) of the speaker of quote row `q` (speaker phrase, quote span),
    in the document's order: the speaker rules answer; where their rule only points back to someone, the model
    chooses among the candidates when it decides that rule, else gives the probability of the rules' answer. Notes the speaker as the latest (`ujarnya` after it)
    and counts it in `spoken`. `record` (training) receives (q, proposed entity, rule, candidates)."""
    entity_id, how = resolve_speaker(ctx, q["speaker_start"], q["speaker_end"], q["start"])
    probability = None
    if how in RULE_GROUPS:
        found = candidates(ctx, q["speaker_start"], q["speaker_end"], q["start"], q["end"], entity_id, how, spoken)
        if record is not None:
            record.append((q, entity_id, how, found))
        if found and how in model.decides:
            (entity_id, probability), how = choose(found, model.weights), MODEL_RULE
        elif found and model.weights:
            probability = probabilities(found, model.weights).get(entity_id)
    if entity_id is not None and entity_id in ctx.people or how == UNNAMED_RULE and _unnamed_person(ctx, q):
        ctx.last_speaker = (max(q["start"], q["speaker_start"]), entity_id)  # `ujarnya` refers to people, named or not
        ctx.last_topics = ctx.named_in(q["start"], q["end"]) - {entity_id}
    elif entity_id is not None:
        ctx.last_body_speaker = (max(q["start"], q["speaker_start"]), entity_id)  # `kata mereka` after it is the body's
    if entity_id is not None:
        spoken[entity_id] = spoken.get(entity_id, 0) + 1
    return entity_id, how, probability


def _unnamed_person(ctx: SpeakerContext, q: dict) -> bool:
    """A speaker phrase headed by a word for a person no one names (`seorang warga`, `sumber itu`, `saksi mata`)."""
    words = ctx.text[q["speaker_start"]:q["speaker_end"]].lower().split()
    return bool(words) and words[0] in UNNAMED_PEOPLE


def probabilities(found: list[Candidate], weights: dict[str, float]) -> dict[str, float]:
    """Each candidate's probability of being the speaker: the softmax of its score over the quote's candidates."""
    scores = [sum(weights.get(name, 0.0) * value for name, value in c.features.items() if value) for c in found]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    return {c.entity_id: e / sum(exps) for c, e in zip(found, exps)}


def choose(found: list[Candidate], weights: dict[str, float]) -> tuple[str, float]:
    """The candidate the model ranks first (the first of equals) and its probability."""
    chances = probabilities(found, weights)
    best = max(found, key=lambda c: chances[c.entity_id])
    return best.entity_id, chances[best.entity_id]
