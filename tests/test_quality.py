"""Golden tests: today's figures on the gold sets, pinned as floors so quality can only rise.

Measured with `warta evaluate` (see README, Quality). Raise a floor when a change improves it. The seeds are evaluated
on the session's flow run (`seeds_output`); the other sets on the tables the flow's steps compute in this process
and checked by its expectations (`transform_tables`: the flow's tables byte for byte, tested here on the seeds), a few
seconds of CPU each instead of a flow run each.
"""

from pathlib import Path

import pytest

from scripts.corpus_files import CORPUS, write_files
from tests.conftest import PFSA, SEEDS, SEEDS_GOLD, transform_tables
from transforms.schemas import TABLES
from warta.evaluate import evaluate

SEEDS_FLOORS = {
    # 23/25: the seeds' gold dates only header dates; two seeds name a day in their opening paragraphs
    # (`Rabu (19/6/2024)`), which warta now reads as the reported day, as issue 13 asks.
    "metadata": 0.92,
    # 1.000 -> 0.994 (session 30): the name model trained with dev29a..d reads a think tank named with a number and an
    # English word (`38 North`) as no name; the blind sets gained (held-out +0.0010, names28 +0.0053, fresh +0.0011)
    # 0.994 -> 0.984 (session 32): with the rules' weight in the vote 2 -> 0.75, a city of the gazetteer whose bracketed
    # acronym is also a parliament's (`republik rakyat Donetsk (DPR)`) takes the model's body reading of the acronym;
    # the blind sets gained (held-out +0.0069, names28 +0.0050, fresh +0.0010)
    # 0.984 -> 0.994 (session 33): the retrained name model (second words around a span, crossed word classes) reads
    # the city again
    # 0.994 -> 0.989 (session 40): the name model trained on dev39a..d too reads that city's acronym as the body again;
    # the blind sets gained (held-out +0.0005, names28 +0.0108, fresh dev40a..d +0.0018)
    # 0.989 -> 0.973 (session 54): the name model trained on 198 golds reads a news agency's bare acronym after its
    # description (`kantor berita negara Rusia, RIA,`) as a person, and with the vote's share of `none` 0.70 -> 0.55 the
    # think tank `38 North` is no name again; the blind sets gained (324 articles 0.9107 -> 0.9146 -> 0.9190)
    "entities_typed_f1": 0.973,
    # 1.000 -> 0.986 (session 14): `“...,” kata X, seraya mengklarifikasi bahwa ...` is now a statement of its own
    # (indirect_added_cue); the gold has it as optional, cut at the first comma of the list it names, so the whole
    # clause no longer overlaps it by half and counts as spurious
    "quotes_f1": 0.985,
    "speaker_accuracy": 1.0,
}
OTHER_OUTLETS = Path(__file__).parent / "data" / "other_outlets"
OTHER_OUTLETS_FLOORS = {
    "quotes_f1": 0.999,  # 0.983 -> 1.000 (issue 14 round 8): an inside cue with no comma after its speaker
    "speaker_accuracy": 0.968,  # 30/31 since the indirect quote the gold had left out was added (README of the set)
    "entities_typed_f1": 0.971,  # own-outlet names optional since 2026-12-01 (README of the set); 0.940 -> 0.945 (session 22) -> 0.956 (session 23) -> 0.967 (session 28: `dari` no place's word) -> 0.972 (session 29)
    "splits": 0,  # 1 -> 0 (issue 13, round 7): a club's name without its club word (`VfL X` / `X`) is the club
}
# pfsa-dev in two halves (documents sorted by name): develop on one, report both; the gap stays small.
PFSA_HALF_FLOORS = {
    # half 1 speakers 746 -> 745 of 799 (session 12): the speaker and clause rounds of issue 14 merged together lose
    # one that each kept alone
    # half 1 speakers 745 -> 746 of 799 (issue 13, round 9): the resolution round's joins
    # half 1 speakers 746 -> 745 of 799 (session 17): the name model's sure `none` drops a run-on office-and-name
    # (`... Hasil Hutan dan Perkebunan Kemenperin <name>`) the lenient speaker match had counted right for its last word;
    # typed entities +0.03 on the four fresh sets (dev16a/b, dev17a/b)
    # half 1 speakers 745 -> 746 of 799 (session 20): the speaker round's subject passes
    # half 1 speakers 747 -> 745 of 799 (session 26): the name model's world first names retype or drop three one-word
    # speakers, two of which were right; held-out speakers 877/932 on both, typed +0.003
    # half 1 speakers 744 -> 743 of 799 (session 33): the retrained name model (the second word before a span, crossed
    # word classes) reads a speaker cut after a body's name (`Kejaksaan Agung | Hari S...`, `Hari` also a word) as a body;
    # keeping a speaker the rules read as a person from the model's body reading cost development typed F1 (-0.003 on
    # dev31 and dev32, blind sets unchanged): not kept. The issue's 0.93 is now 0.9299 on this half
    # half 1 speakers 743 -> 742 of 799 (session 54): the name model trained on 198 golds (blind pool typed +0.004,
    # held-out and fresh speakers 1265 -> 1265 of 1334, then 1267 with the vote's share of `none` 0.55)
    1: {"direct_recall": 0.981, "speaker_accuracy": 0.928},  # 0.932 -> 0.931 (session 30): one speaker, the same retrain
    # half 2 speakers 762 -> 761 of 817 (session 19): a word alone joins the one full name its document writes with it
    # (`settled_short_form`), and two pronoun speakers move with a joined first name; the issue's 0.93 still holds
    # half 2 speakers 762 -> 760 of 817 (session 32): the rules' weight in the vote 2 -> 0.75 (held-out speakers
    # 879/932 on both, development +7); the issue's 0.93 still holds
    # half 2 speakers 760 -> 762 of 817 (session 34)
    # half 2 speakers 762 -> 759 of 817 (session 39): one by the rules, two by the name model trained on 70 golds
    # (blind pool +0.0017 typed, held-out speakers 884/932 on both); both halves together 1,503/1,616 = 0.930, found by
    # totals on the commits (the half never read)
    2: {"direct_recall": 0.989, "speaker_accuracy": 0.928},  # report-only: measured, never read
}
# Blind sets: annotated from the texts before warta's output was read (see their READMEs). blind_a and blind_b are
# developed on (blind_b since issues 13 and 14), blind_c and blind_d since session 12 (held out until then, to give the
# rounds more text to read); blind_e to blind_n are held out: measured, never read or tuned on; dev14a and dev14b are
# session 14's fresh development samples, dev15a and dev15b session 15's, dev16a and dev16b session 16's, dev17a and
# dev17b session 17's, dev18a and dev18b session 18's (blind when first measured, read since); blind_o (session 17)
# and blind_p (session 18) are held out like blind_e..n; dev19a and dev19b are session 19's development samples and
# blind_q its held-out set; dev20a and dev20b are session 20's development samples and blind_r its held-out set;
# blind_s is session 21's held-out set and blind_t session 23's (tests/data/ANNOTATING.md); dev23a and dev23b are session
# 23's development samples, first measured on its final code (842a33a).
BLIND = Path(__file__).parent / "data"
# Session 19's merge (the speaker, sources, typing and resolution rounds) raised every floor its figures passed
# (to the figure, truncated, less 0.001; splits and merges to the count) and lowered two, measured on held-out text:
# blind_j typed 0.778 -> 0.773 and blind_p typed 0.716 -> 0.709 (the typing round's single-word vote and the resolution
# round's short-form joins move twelve held-out sets' typed F1 by -0.020..+0.017, mean 0.787 -> 0.788 over E..P).
# Session 21's merge (the speaker guard of retyping, the office-holder boundary, two resolution passes, and the speed
# and memory rounds that change no table byte) raised every floor its figures passed and lowered one, measured on
# held-out text: blind_f typed 0.766 -> 0.760 (pooled E..R typed 0.793 -> 0.796, speakers 793/844 on both).
# Session 22's merge (the capitals-only reading left to the model's `none`, a town released from a body's name) raised
# every floor its figures passed and lowered one, on a development set: dev18a typed 0.828 -> 0.827 (a broadcaster's
# acronym read by its capitals alone, now `none`); held-out pooled E..R typed 0.796 -> 0.800 (P 0.760 -> 0.767),
# splits 94 -> 93, speakers 793/844 on both.
# Session 23's merge (readings by a name's words alone no evidence of a name, a person's shape no type against the
# model, a gazetteer's country kept, three in-document joins) raised every floor its figures passed; blind_k typed was
# lowered 0.788 -> 0.783 by the typing round (0.790 -> 0.785, held out: totals only), the only set that fell; held-out
# pooled E..R typed 0.800 -> 0.806 (P 0.767 -> 0.778), splits 93 -> 92, speakers 793/844 on both.
# Session 25 (a number owned by the word before opens no name, Indonesia's villages by name, a one-document name under
# MIN_CONFIDENCE leaves) raised every floor its figures passed and lowered six by 0.001-0.004, three of them held out
# (blind_e, blind_j, blind_p: a right entity of low confidence gone); held-out pooled E..T typed 0.803 -> 0.810
# (P 0.776 -> 0.795), splits 102 -> 95, speakers 877/932 on both.
# Session 26 (each rule's prior in the name model's vote scaled by its measured precision; a reading less reliable than the
# average no shield from SURE_NONE) raised the typed floor of every development set its figures passed and lowered one:
# dev23a typed 0.789 -> 0.781 (floor 0.788 -> 0.780): a body's name read by `name_of_thing` alone (a guess right under
# half the time on the training golds) now takes the model's person (`<name> Pro`), docs/quality.md.
# Session 26's merge (the name model's world first names and eight more training golds, the vote's constants chosen by
# cross-validation, each rule's prior scaled by its measured precision, a guard for speaking guesses, the collection's
# recurring names kept, a body split off a first name after a role) raised every floor its figures passed and relaxed
# five split counts by one or two (blind_i, blind_o held out: totals only; dev19a, dev20b, dev23b: names once dropped
# now kept beside their full name: an acronym, a nickname); held-out pooled E..T typed 0.810 -> 0.833 (P 0.795 -> 0.831), splits
# 95 -> 88, speakers 877/932 on both.
# Session 28 (a place only inside other names no entity of its document, a body's name across its bracketed short form,
# one word then its holder after an office's title a body, `dari` no place's word, places after a leading acronym the
# body's, a labelled line no heading; the name model trained with dev27a/b) raised every floor its figures passed and
# relaxed four: blind_h typed 0.896 -> 0.874 and blind_o splits 10 -> 11 (held out: totals only), dev19b typed
# 0.933 -> 0.929, dev27b splits 2 -> 3 (trained on since this session); held-out pooled E..T typed 0.838 -> 0.844
# (P 0.833 -> 0.841), splits 90 -> 90, speakers 878/932 on both; the four fresh samples dev28a..d 0.784 -> 0.792.
# Session 29 (an unspaced hyphenated name one word, a company's letters after its legal form, two acronyms one body's
# initials, a short word in capitals inside a sentence no town, abbreviated heads in full, toll roads and routes,
# Islamic schools, address chains split, a title that is a given name kept in the name, a platform before a body; the
# name model trained with dev28a..d) raised every floor its figures passed and relaxed: typed F1 of blind_i, blind_l,
# blind_m, blind_p, blind_r, blind_t (held out: totals only; by 0.003-0.009), dev14a, dev18b, dev19a, dev19b, dev23b,
# dev26a, dev29a (by 0.003-0.009); splits of blind_e 5 -> 6, blind_h 9 -> 10, blind_k 7 -> 8 (held out); held-out
# pooled E..T typed 0.8435 -> 0.8489 (P 0.841 -> 0.843), splits 90 -> 92, speakers 878 -> 879/932; the four fresh
# samples dev29a..d 0.8628 -> 0.8631 (22 splits / 2 merges on both).
# Session 30 (age groups and codes in names, a possessive ends a name, portfolios before `dan`, name particles, deputies'
# titles, initials a title made a person, Jakarta's cities, the old spelling in keys, towns after a hyphen, newsroom
# titles, bodies across a head's short form, towns then their region, common English words no person's, syllabic short
# forms; the name model trained with dev29a..d and an English word class) raised every floor its figures passed and
# relaxed: typed F1 of blind_e, blind_h, blind_i, blind_j, blind_n, blind_q (held out: totals only; by 0.004-0.014),
# speaker accuracy of blind_k (one speaker), splits of blind_h 10 -> 11 and blind_j 5 -> 7; dev26a, dev27a, dev28a
# typed (0.004-0.010), dev28a speakers (a body the retrained model reads as a person), splits of dev26a, dev29a by one
# (the English list without the corpus's proper nouns cost held-out splits 89 -> 92, see docs/quality.md). Held-out pooled
# E..T typed 0.8489 -> 0.8541 (P 0.843 -> 0.847), splits 92 -> 92, merges 7 -> 7, speakers 879/932 on both; the four
# fresh samples dev30a..d 0.7970 -> 0.7993 (22 -> 20 splits, 1 merge on both, speakers 188/202 on both).
# Session 31 (dev30a..d into the name model; a name misspelt by one letter in its document or once in the collection joins
# the name written right; nicknames mined from the corpus; police units' and regional offices' heads; TNI and Polri ranks
# and a rank's corps; initials after a title; a town after its police or military chief's title; a short form keyed to
# one place's body not extended to another's; the longer phrase a bracketed acronym spells; a Balinese particle opening
# a quoted name) raised every floor its figures passed and relaxed: typed F1 of blind_f, blind_k, blind_t (held out:
# totals only; by 0.003-0.010) and splits of blind_s 6 -> 7 (held out); dev15a, dev16a, dev19a, dev23b, dev28b, dev28d,
# dev29d typed (0.003-0.013), splits of dev30a 3 -> 5 and dev30b 5 -> 6 (the retrain on them: in-sample since). Then the
# rules' weight in the name model's vote, 3 -> 2 mentions (chosen by two-fold cross-validation over dev29a..d and
# dev30a..d) raised most floors again and relaxed blind_n typed 0.880 -> 0.870 (held out, totals only). Held-out pooled
# E..T typed 0.8541 -> 0.8609 (P 0.847 -> 0.855), splits 92 -> 83, merges 7 -> 7, speakers 879/932 on both; the four
# fresh samples dev31a..d 0.8241 -> 0.8339 (P 0.808 -> 0.818; 18 -> 15 splits, 1 merge on both, speakers 227 -> 228/250).
# Session 32 (a body's leadership, team or office before its own name; two capitals before a body's closing words; a
# bracketed acronym spelling a body's words across an office/name split; a company's name after its legal form opens no
# person's; regional governments' and offices' short heads spelt out in keys; capitals after an English article no
# fuller name; a Balinese particle after an office's place; a competition then a club; dev31a..d into the name model,
# rule reliability re-measured on 42 golds) raised every floor its figures passed and relaxed: typed F1 of blind_m
# 0.909 -> 0.904 and blind_t 0.830 -> 0.825, splits of blind_i and blind_p 6 -> 7 (held out: totals only; the retrain);
# blind_b, dev15a, dev16b, dev18a typed (0.003-0.012), dev29a speakers (two) and dev31c speakers (one) after the retrain.
# Then the rules' weight in the name model's vote, 2 -> 0.75 mentions (three-fold cross-validation over dev29a..d,
# dev30a..d, dev31a..d), raised most floors again and relaxed blind_e typed 0.865 -> 0.856 (held out, totals only),
# dev32b typed 0.872 -> 0.857 (fresh, totals only), dev14a speakers (one) and dev19b splits 1 -> 2. Held-out pooled E..T
# typed 0.8609 -> 0.8706 (P 0.855 -> 0.866), splits 83 -> 85, merges 7 -> 7, speakers 879/932 on both; the four fresh
# samples dev32a..d 0.8613 (P 0.887) on the starting code -> 0.8623 (P 0.889), 14 -> 13 splits, 1 merge, speakers
# 178/192 on both.
# Session 33's merge (a word glued to the next list item's number split; the name model's second words around a span
# and crossed word classes, dev32a..d into it, rule reliability re-measured on 46 golds; a body named by the first words
# of one longer body of its document joins it after the vote; a province's level inside a body's name dropped from its
# key; a city named by a word of the vocabulary no name the gazetteer keeps; a span after a title a whole run for the
# model's sure `none`) raised every floor its figures passed and relaxed, per set while the pools rose (held-out E..T
# 0.8706 -> 0.8757): typed F1 of blind_e 0.856 -> 0.854, blind_g 0.904 -> 0.900, blind_h 0.919 -> 0.915, blind_j 0.867
# -> 0.861, blind_s 0.871 -> 0.866 (held out, totals only), dev16a 0.931 -> 0.927, dev16b 0.933 -> 0.930, dev23a 0.910
# -> 0.906, dev30b 0.894 -> 0.883 (development; the retrain and the vote's title reading move a few names each way).
# Session 34's merge (dev33a..d into the name model, rule reliability re-measured on 50 golds; a regency named beside a
# level whose names do not repeat is one place; two names a letter apart written as often told apart by the word other
# names write; epithets re-mined with a dominance share; a thing's two words opened by a world given name are a person's;
# club words of European clubs; a country's letters before one name in a document on clubs are a club's; after the
# vote, a form two entities of a type write moves to the fuller one where the vote retyped it, and a place's one-word
# slip joins its document's place; a club's nickname joins its name with its club word; a body's seat is the body;
# `berjuluk`; the possessive clitic left out of a name; a head then a country after a title names a body; the
# confidence leaves out the model's doubt about a short form the text gives) raised every floor its figures passed and
# relaxed, per set while the pools rose (held-out E..T 0.8757 -> 0.8806, names28 0.8714 -> 0.8874): typed F1 of
# blind_k 0.881 -> 0.878 (held out, totals only), dev17a 0.946 -> 0.939, dev18b 0.924 -> 0.919, dev19a 0.933 -> 0.929,
# dev23b 0.945 -> 0.941, dev26b 0.936 -> 0.932, dev31d 0.965 -> 0.961 (development: the retrain moves a name or two each
# way) and dev31b splits 4 -> 5 (`AS X`, a club's letters, now one name, the document's bare `X` a country of the
# gazetteer it places).
# Session 35's merge (dev34a..d into the name model with the new `orgtail` words, rule reliability re-measured on 54
# golds; a person's initials a title placed are a person's letters, and no company's short form; kinds of business
# closing English names; a place head in lower case before capitals; a company quoted alone before its chief's given
# name; a club named like a given name written apart from its player; titles one after another are the holder's; `des`,
# `da`, `das` particles; `dan` inside a ministry's name after an office; a brand glued between two words; two letters
# swapped a misspelling) raised every floor its figures passed and relaxed, per set while the pools rose (held-out E..T
# 0.8806 -> 0.8815, names28 0.8874 -> 0.8913), all by the retrain (a name or two each way): typed F1 of blind_d 0.994 ->
# 0.990, blind_i 0.841 -> 0.839, blind_l 0.889 -> 0.887, blind_m 0.934 -> 0.929, blind_o 0.879 -> 0.875 and splits of
# blind_i 7 -> 8, blind_j 5 -> 6, blind_k 5 -> 6, blind_l 4 -> 5 (held out, totals only); typed F1 of dev17a 0.939 ->
# 0.936, dev20a 0.937 -> 0.931, dev23a 0.906 -> 0.902, dev28b 0.838 -> 0.834, dev29d 0.929 -> 0.925, dev30b 0.889 ->
# 0.877, dev31a 0.965 -> 0.961 and splits of dev31a 5 -> 6, dev34a 3 -> 4 (development).
# Session 36's merge (places by level: a hamlet is no village of its name, a town after its head's title is the level
# the title governs, a town alone is its city beside another level; a person's name never opens inside a country's; a
# given name's spaced last syllable; saints' names; a field's label before its colon; a town the gazetteer knows whole
# after its level; a town then its country whatever other countries' given-name lists hold; the TNI's forces; an
# outlet's channel after its lower-case brand; one name after a portfolio's word, cued alone; a two-word town after a
# title; a spaced hyphen makes no fuller name; rule reliability re-measured on the 54 golds; reference_types.tsv mined
# again; dev35a..d not trained on: the retrain lost a seed name and two PFSA half-2 speakers, docs/quality.md) raised
# every floor its figures passed and relaxed, per set while the fresh samples and names28 rose: typed F1 of blind_g
# 0.900 -> 0.896 and blind_j 0.881 -> 0.878 (a false name each: the places by level, the brand's channel), blind_i
# 0.839 -> 0.833 (a name by the re-measured reliability), splits of blind_p 5 -> 6 (the places by level) and blind_s 7
# -> 8 (the spaced syllable), all found by totals (held out); typed F1 of dev31d 0.965 -> 0.961 (development).
# Session 37's merge (the name model reads a one-word span's letter trigrams and trains on dev35a..d and dev36a..d, 62
# golds; rule reliability re-measured on them; an Arabic article spaced by a tokeniser; a holder's town-named surname; a
# month ending a name; a word alone followed by an age; `Imam` no title; a country's CLDR group for a canonical CLDR does
# not write; the gazetteer looked up by a key's spelling; `Coach`; a name written whole elsewhere ends an office run; a
# body the text defines; no person's name inside a known body's; a unit head's next word; a ruler's number; a spaced
# syllable before a surname; the repaired reading view of mojibake; a name's first word whole abbreviates nothing; a
# title's first word alone opens no office in a canonical name; keys kept apart by place words keep their names apart)
# raised every floor its figures passed and relaxed, per set while the pooled blind sets rose (held-out 0.8810 ->
# 0.8875, names28 0.8940 -> 0.8970, dev37a..d 0.8713 -> 0.8741): typed F1 of blind_p 0.832 -> 0.821 and blind_q 0.908 ->
# 0.900, found by totals (held out; by the model's two changes: measured on the mechanisms alone, both were as before); typed F1 of blind_d,
# dev14b, dev15a, dev26b, dev33d, dev34c, dev34d and splits of dev26a, dev26b, dev32c, dev36c, dev36d by one each
# (development: the retrain's votes).
# Session 38's merge (a list whose names read by more than their shape are bodies lists bodies; an office's body before
# a given name; a name quoted by its first word; an outlet's channel; context stops at a line break; a dot glued between
# sentences; `dikenal sebagai` epithets; a nickname quoted inside a name; a recurring word alone stays; Hijri months; a
# two-word place head; a body's description; a person after a body's acronym; an area's and a regional body's next
# word; a club's designator; a placed city is no person's short form; a country before a club; capitals before an age
# are initials; a middle initial after a given name; reference_types.tsv and rule_reliability.tsv measured again)
# raised every floor its figures passed and relaxed, per set while the pooled blind sets rose (held-out 0.8875 ->
# 0.8881, dev38a..d 0.8916 -> 0.8946, pooled 0.8894 -> 0.8902; names28 0.8970 -> 0.8958): typed F1 of blind_e 0.864 ->
# 0.854 (the re-measured reliability), found by totals (held out); splits of blind_c 1 -> 2 (a club's city alone),
# dev27b 2 -> 3 and dev34c 1 -> 2 (a placed city no longer merged into a name read as a person's leaves one mention
# apart), dev37c 2 -> 3 (a glued sentence split off a name's alias), typed F1 of dev35d and dev36a by a false body each
# (development).
# Session 39's merge (a nickname in spaced or single marks; a title abbreviated before more titles ends no body; a
# Balinese particle opens a holder's name; English words after a place's name; a body's head and two words before a
# holder; a given name after the office's country; a surname counted by documents; media cited by up to three words; a
# newspaper's description with its country; a platform with the clitic after an account's word; a joined surname
# particle; `Pesantren X`; a band and a giant described; two words closed by a body's word after a title; a place
# title's lone word before an apposed holder; titles before an apposed holder; a bare surname never a relative's; a
# dateline's city; a club's city after a preposition of place; a city then a given name; a known place of several
# words; an English joiner after a title; a clip of a one-word name; the name model trained on 70 golds with dev37a..d
# and dev38a..d, rule reliability measured again) raised every floor its figures passed and relaxed, per set, while the
# pooled blind sets rose (held-out 0.8881 -> 0.8916, dev39a..d 0.8528 -> 0.8601, names28 0.8958 -> 0.8892, pooled
# 0.8840 -> 0.8857 before and after the retrain): all relaxations but two are the retrain's (the rules' commits moved
# none of these sets down): typed F1 of held-out blind_g, blind_k, blind_m, blind_r and of blind_d, dev16a, dev18a,
# dev27b, dev28b, dev28d, dev29a, dev31a, dev31d, dev33c, dev34a, dev36b; splits of dev27a, dev31a, dev37b, dev37c,
# dev38d (development); the two others, dev30c's typed F1 and dev32a's splits, by the English-words guard (a results
# table's line kept whole; a portfolio before an English body's name keeps its acronym, one false person fewer).
# Session 40's merge relaxed, per set: dev35d's typed F1 (its gold makes a country required that the document names only
# inside a competition's name, `drop_places_in_competitions`; held-out +0.0003, names28 +0.0024, dev40a..d +0.0024); then
# the name model trained on dev39a..d too (74 golds; held-out 0.8919 -> 0.8924, names28 0.8916 -> 0.9024, dev40a..d
# 0.8984 -> 0.9002): typed F1 of held-out blind_g, blind_m, blind_n, blind_p, blind_q and of dev16a, dev27b, dev30a,
# dev35d, dev37c, dev37d; splits of held-out blind_i, blind_m, of fresh dev40c and of dev39a, dev39c, dev39d (trained on);
# speakers of dev30a and dev32b (a retyped name loses a quote). At the session's end every floor its figures passed was
# raised to them (none lowered).
# Session 41's merge relaxed, per set, for a type passing along a list only from a strongly typed name (tuned 0.9389 ->
# 0.9388, held-out +0.0001, the fresh samples dev41e/f annotated afterwards +0.0072): typed F1 of held-out blind_q and
# of dev14b, dev15b, dev19a, dev36d, dev38d (a name listed beside a city no longer typed by it), dev41a's splits
# 10 -> 11. At the session's end every floor its figures passed was raised to them (none lowered).
# Session 42's retrain relaxed, per set: the name model reads word clusters mined from unlabelled news
# (scripts/mine_word_clusters.py; held-out 0.8934 -> 0.8945, dev41a..f +0.0012, dev42a..d +0.0051, names28 +0.0015, the
# fresh dev42e/f annotated afterwards -0.0101): typed F1 of held-out blind_f, blind_g, blind_i, blind_j, blind_l, blind_n,
# blind_q, blind_s, of fresh dev41a, dev41c and of dev18b, dev19a, dev20b, dev23a, dev23b, dev27a, dev28b, dev28c, dev32a,
# dev36b, dev36c, dev37a, dev38a, dev38d, dev39a, dev40a; dev41a's speakers (a retyped name loses a quote). Then the
# model trained on dev40a..d and dev41a..f too (84 golds; held-out 0.8945 -> 0.8993, names28 0.9049 -> 0.9076, dev42a..f
# 0.9037 -> 0.9052): typed F1 of held-out blind_g, blind_r, blind_t, of fresh dev42a, dev42b, dev42c and of blind_d,
# dev15a, dev16b, dev17a, dev17b, dev20a, dev28d, dev29a, dev29c, dev30a, dev31d, dev34b, dev35a, dev37b, dev38a, dev38c,
# dev39a, dev39b, dev39d; splits of held-out blind_i, blind_j, blind_k, blind_s, of fresh dev42b and of dev40a..c, dev41b,
# dev41e, dev41f (trained on: short forms now typed as their full names' type, still apart); speakers of blind_i and
# dev30a. Then the word clusters mined again with dev42g..j left out (same 84 golds; all 348 blind articles never trained
# on 0.9022 on both): typed F1 of held-out blind_h, blind_i, blind_j, blind_k, blind_m, blind_o, blind_p, of blind_a,
# blind_c, blind_d, dev14b, dev16a, dev17a, dev19a, dev19b, dev30c, dev30d, dev35b, dev36a, dev36d, dev37a, dev38d,
# dev40a, dev40b, dev41a, dev41e, dev41f; splits of held-out blind_k, blind_l and of dev39c; dev41a's speakers. Then
# the clusters restricted to the news's vocabulary (words the corpus writes in lower case half the time: a mined list
# names no person, body or place of any text; all 348 blind articles 0.9022 -> 0.9003): typed F1 of held-out blind_e,
# blind_f, blind_g, blind_l, blind_o, blind_p, blind_q, blind_r, of fresh dev42a, dev42b, dev42c, dev42f, dev42g, dev42h,
# dev42j and of dev14a, dev15b, dev16b, dev26a, dev26b, dev27a, dev27b, dev28a, dev28c, dev28d, dev29b, dev30a, dev30c,
# dev31b, dev31c, dev32b, dev33a, dev33d, dev34b, dev34c, dev35a, dev35c, dev37c, dev37d, dev38c, dev39b, dev39c, dev40d,
# dev41c, dev41e, dev41f; splits of held-out blind_j, blind_q, blind_s and of fresh dev42a, dev42b, dev42e; speakers of
# held-out blind_k and of dev30a, dev32b. Every other floor its figures passed was raised to them (none lowered).
# Session 43: three resolution passes (the first words of a full name read weakly as a thing are that person; a clip
# and a one-word slip of a full name the vote made a person join it, after the vote), then the model trained on dev42a..j
# too (94 golds) with the word clusters mined again (the fresh dev43a..h left out). All 324 blind articles never trained
# on (held-out, names28, dev43a..h) 0.8936 -> 0.8943; relaxed, per set: typed F1 of held-out blind_f, blind_i, blind_j,
# blind_p, blind_q and of dev16a, dev17a, dev18b, dev20a, dev29c, dev29d, dev30b, dev31d, dev35a, dev35d, dev36b, dev36c,
# dev36d, dev37d, dev38a, dev38b, dev39d, dev40a, dev40b, dev41a, dev41b, dev41d; splits of dev18b, dev37a and of dev42b,
# dev42h (trained on: names it now finds, still apart); speakers of dev40a and dev42d (a founder's name read with his
# company's before it, now the company's). Then dev43i..p, drawn and annotated blind after those changes (measured
# first: 0.8913 on the starting code, 0.8956 on the changes), into the model's training too (102 golds), the clusters
# mined again: the 324 blind articles 0.8943 -> 0.8962 (held-out 0.8964 -> 0.8993, dev43a..h 0.8857 -> 0.8875, names28
# 0.9066 -> 0.9037); relaxed: typed F1 of held-out blind_l, blind_m, blind_t, of fresh dev43e and of dev16a, dev23a,
# dev26a, dev28a, dev28b, dev28d, dev30a, dev30d, dev31a, dev32a, dev32b, dev32d, dev33a, dev34b, dev36a, dev36c, dev36d,
# dev37b, dev37c, dev38a, dev42b, dev42g, dev42i; splits of held-out blind_m, blind_o, blind_q and of dev31a. Then
# dev43q..x, drawn after all of that (0.8548 on the starting code, 0.8628 on the 102-gold model, unbiased), into training
# too (110 golds, clusters mined again): the 324 blind articles 0.8962 -> 0.8961 (held-out 0.8993 -> 0.8999, dev43a..h
# 0.8875 -> 0.8844, names28 0.9037 -> 0.9076); relaxed: typed F1 of held-out blind_g, blind_l, blind_o, blind_r, of
# fresh dev43b, dev43c, dev43e, dev43h and of dev17a, dev19a, dev26a, dev29a, dev30a, dev31a, dev31b, dev32c, dev34d,
# dev37c, dev38d, dev40a, dev40b, dev41b, dev41d, dev41e, dev41f, dev42c, dev42e, dev42g, dev42i; splits of held-out
# blind_l, blind_p and of dev41a; dev40a's speakers. Every other floor its figures passed was raised.
# Session 44: three resolution fixes (a body's short form written with its legal form; a known place's short form in
# brackets after a body named after it is the place's; the gazetteer's acronyms looked up as written after the vote),
# the model unchanged. dev44a..h, eight samples annotated blind at the start, pinned at the session's end figures (first
# measured on 326cd75: the same typed F1, one split and one merge more); dev43a..h are read from this session on. No
# floor relaxed; the splits and merges floors of held-out blind_k and of dev43a, dev43c, dev43f raised.
# Session 45: general reading fixes (a team's line-up line, a hereditary title in a name, a gazetteer name credited in
# brackets, a given name ending a known place, club designators, clipped bodies' names, degrees written `Sp. B`, CLDR's
# bracketed names, `Korea`), the model unchanged. dev45a..h, eight samples annotated blind at the start, pinned at the
# session's end figures (first measured on 9b293f9: dev45d and dev45h 0.012 and 0.003 lower, dev45e 0.004 higher, the rest
# the same); dev44a..h are read from this session on. Relaxed, with the reason beside each: dev34d splits, dev41f merges.
# Every other floor the end figures passed was raised.
# Session 46: a line-up with shirt numbers, a Balinese name's marker, a short name in brackets, a town's word the document
# makes speak, bodies' short forms by their first and last words or by the word after a body's head, nicknames without
# their article; the model unchanged. dev46a..h, eight samples annotated blind at the start, pinned at the session's end
# figures (first measured on d61b094: dev46b 0.004 lower, the rest the same); dev45a..h are read from this session on.
# Relaxed, with the reason beside it: blind_r splits. Every other floor the end figures passed was raised.
# Session 47: a name with some words as initials, a bare surname past a bracketed full name, a beach's village,
# detention centres as institutions, a short prefix before a spaced hyphen, ministries named in full; the model
# unchanged. dev47a..h, eight samples annotated blind at the start, pinned at the session's end figures (first measured
# on 2a9059b); dev46a..h are read from this session on. Relaxed, with the reason beside each: blind_i typed, dev40c
# splits, dev44c speakers, splits and merges, dev45h typed. Every other floor the end figures passed was raised.
# Session 48: state schools named with their number, the body's own reporting naming the outlet, outlets named as their
# articles print them, carried sources told from named ones; the model unchanged. dev48a..h, eight samples annotated
# blind at the start, pinned at the session's end figures (first measured on 42e3d11); dev47a..h are read from this
# session on. Relaxed, with the reason beside each: dev35a and dev43n merges. Every other floor the end figures passed
# was raised.
# Session 49: a body's own name after its head, kinds of body the press writes in lower case (mined), a party's boards,
# a body run into its official's name; the model unchanged. dev49a..h, eight samples annotated blind at the start,
# pinned at the session's end figures (first measured on 3da0940, the same); dev48a..h are read from this session on.
# Relaxed, with the reason beside each: dev28c, dev30c, dev33b, dev36d, dev41e typed (dev33b speakers), dev31d typed and
# merges, dev42a splits, dev42h splits and merges. Every other floor the end figures passed was raised.
# Session 51: a bare surname two people share goes to the one the body names first, a body before its chief after a
# title that takes one, given names kept in the name they open, offices and bodies inside a title, role nouns opening
# no name, a name without the given name the press drops; the model unchanged. dev51a..h, eight samples annotated
# blind at the start, pinned at the session's end figures (first measured on e032d89); dev50a..h are read from this
# session on. Relaxed, with the reason beside each: blind_r, dev49g, dev50e typed, dev46c splits. Every other floor
# the end figures passed was raised.
# Session 52: a company's ticker after its legal forms, a legal form alone naming nothing, a body run into its official's
# name split where the official's own word is cued, an epithet in capitals spelling initials; a speed round; the model
# unchanged. dev52a..h, eight samples annotated blind (six at the start, two an hour in), pinned at the session's end
# figures (first measured on fe3d9cc, the same); dev51a..h are read from this session on. Nothing relaxed; every floor
# the end figures passed was raised.
# Session 53: a line-up item one player, a minister's portfolios listed with commas, a country's formal name, English
# roads, beaches and bays closing a place's name; a speed round merged; the model
# unchanged. dev53a..h, eight samples annotated blind (six at the start, two twenty minutes in), pinned at the session's
# end figures (first measured on 2964489, the same); dev52a..h are read from this session on. Relaxed, with the reason
# beside it: dev52d splits. Every other floor the end figures passed was raised.
# Session 54: the name model trained on every read development set too (198 golds; dev43a..h and dev44a..dev53h
# in-sample from now on), the vote's share of `none` that drops a name 0.70 -> 0.55 (cross-validated), an epithet's
# cue after a spaced dash, a surname whose particle an apostrophe joins. dev54a..h, eight samples annotated blind at
# the start, pinned at the session's end figures (first measured on 66a6a2d); dev53a..h are read and trained on from
# this session on. Relaxed, every one by the retrain or the share (each set run alone, totals only for the held-out
# ones): typed F1 of held-out blind_m and blind_s and of 42 read sets (mostly those the old model was trained on:
# in-sample figures of a model fitted to fewer golds; held-out E..T pooled 0.9080 -> 0.9181); splits of held-out
# blind_m and blind_o and of 20 read sets (names found now whose other forms stay apart: a split is a second form
# found); speakers of dev27b, dev41a, dev43b, dev43l, dev43o (a speaker named like a company, `Sony ...`, read as the
# company by the vote) and dev53g; merges of dev43d and dev47f; blind_c typed. Every other floor the end figures
# passed was raised.
# Session 55: the name model trained on dev54a..h too (206 golds), an acronym that follows its name's move, an acronym
# before its name in brackets, slips in places' and bodies' full names, a word in brackets that is another name's
# short form no person's nickname, a head written as syllables and a closing place left out in `acronym_inside_name`,
# a site's address closing its name, a speaker phrase cut inside a hyphenated name. dev55a..h, eight samples annotated
# blind at the start, pinned at the session's end figures (first measured on f53d0b5); dev54a..h are read and trained
# on from this session on. Relaxed, every one by the retrain (in-sample figures of a model fitted to more golds; no
# held-out or fresh set relaxed, held-out E..T + names28 pooled 0.9177 -> 0.9183): typed F1 of 31 read sets, by 0.002
# to 0.011 (dev14b, dev15b, dev26a, dev28a, dev29a, dev29b, dev35a, dev37d, dev39a..c, dev40a, dev42h, dev42i, dev43c,
# dev43k, dev43s, dev43u, dev44e, dev44g, dev44h, dev45f, dev46h, dev48e, dev49b, dev49h, dev50a, dev50b, dev51f,
# dev52a, dev52f); and dev38c by 0.005, a country nested in a body's English name found once a joiner no longer opens
# the name's rest (`Iraq | and Syria`). Every other floor the end figures passed was raised.
# Session 56: words the corpus capitalises wherever they stand are no derived words (corpus_capitalised.tsv), a body's
# run closed by its cued official's name split (official_closing_body), any name word after a known body's acronym
# opens its member's name, body_own_name's place and title guards, an outlet's lead past a failed two-part dateline.
# The name model was retrained with dev55a..h and not kept (blind pooled -0.0006). dev56a..h, eight samples annotated
# blind at the start, pinned at the session's end figures (first measured on 062ec12); dev55a..h are read from this
# session on (not trained on). Relaxed, with the reason: held-out blind_t typed F1 0.902 -> 0.897 (one name no longer
# proposed once a capitalised-everywhere word stopped counting as vocabulary; held-out E..T + names28 + dev56 pooled
# 0.9164 -> 0.9165); splits of dev33d, dev39a, dev39b, dev42b, dev43k, dev44c, dev48e, dev52e (a club's nickname now
# found, `Macan X`, whose club stays apart: a split is a second form found; dev33d by body_own_name's guard, a body's
# own name the document also reads as a place kept apart); typed F1 of dev32d, dev33a, dev49d, dev50f, dev52a, dev54c
# by 0.003 to 0.005 (the capitalised words, as blind_t). Every other floor the end figures passed was raised.
# Session 57: teams' nicknames of no article mined from the corpus (team_nicknames.tsv), joined to their club where the
# collection names it only with its town. dev57a..h, eight samples annotated blind at the start, pinned at the session's
# end figures (first measured on 8d6de6b); dev56a..h are read from this session on. A short given name in brackets after
# a person's name is his nickname (dev56c one split fewer). Nothing relaxed; 16 splits floors raised (15 read sets,
# held-out blind_j).
# Session 58: a company's name without its legal forms, a person's initials behind a title's word or two spellings, a
# vocabulary word a cue makes speak, a clip closing on a vowel (`Barca`), an article before a club's word (`El Real`), a
# level's name opened by a natural place's head, a portfolio's tail after `dan`, `otorita` as a body's head, lower-case
# heads that take their owner (owner_place_heads.txt), the press's epithets of countries and regions (known_names.tsv), a
# city's police by its short head (`Polresta X`) naming no city. dev58a..f, six samples annotated blind at the start, pinned at
# the session's end figures (first measured on d438f28); dev57a..h are read from this session on. Relaxed, with the
# reason, all by the owner heads (read sets typed +0.0006, P +0.0012; names28 +0.0012, dev58 +0.0007; held-out -0.0005):
# held-out blind_l typed F1 0.933 -> 0.926 (unread); dev57g typed F1 0.944 -> 0.940 (`gedung Putih` in lower case is
# no place now); splits of dev53f and dev54g 4 -> 5 and 6 -> 7 (a faculty after `gedung`, read on its own, joins no
# longer name: a form found apart, where the place glued to it was a false name). 63 floors raised.
# Session 59: the clause model (transforms/quotes/clause_model.py, trained on the read sets up to dev58) reads the
# statement after a verb that also takes objects where the rules' clause test found no predicate word; numbered units
# (`Densus 88`, `Kodim 0830/X`) keep their number. dev59a..f, six samples annotated blind at the start, pinned at the
# session's end figures (first measured on 89bef18); dev58a..f are read from this session on. Pooled quotes F1 rose on
# every group (held-out 0.9486 -> 0.9545, dev59 0.9399 -> 0.9474, read 0.9479 -> 0.9533) while single sets took a false
# statement, lost one the first model read (its retrain with the word before the verb flips a few either way), or
# matched a new statement whose speaker or source another rule gets wrong. Relaxed, first at the first model's figures
# (deb39ec), then at the retrained one's (243aa80), all by the model's statements: quotes F1 of held-out blind_n 0.976 ->
# 0.968 (unread) and of dev18a, dev18b, dev19a, dev26a, dev31a, dev35c, dev40c, dev40d, dev42a, dev42c, dev42e, dev42f,
# dev42g, dev44d, dev44e, dev46b, dev47g, dev48a, dev48f, dev48g, dev48h, dev50e, dev51e, dev54b, dev55f, dev57h, of
# fresh dev59a and dev59e (at the first model: 0.938 and 0.958); indirect recall of dev42a, dev42g, dev44d, dev47g,
# dev48a, dev49b, dev54b and of fresh dev59a; speaker accuracy of dev16b, dev26b, dev38b, dev40a, dev41f, dev42a,
# dev44d, dev46e, dev47f, dev49e, dev49h, dev52f, dev52g, dev55a, dev55d, dev57h; via_found of dev15b, dev16b, dev34d; the
# typed F1 of fresh dev59d 0.915 -> 0.912 (with the retrained model; blind, totals only); splits of dev27b 1 -> 2
# (the railway unit `Daop 8 X`, a name now, apart from the company's longer form). Then `menurut X` running into its
# statement with no comma after it (de9bedf; read 14 statements more, one false fewer; held-out one more): speaker
# accuracy of held-out blind_l 0.965 -> 0.949 (unread: a statement now matched, its speaker wrong) and of dev15b, dev43f
# (`Solusinya menurut mereka ...`: the pronoun's people not found), quotes F1 of dev52f (a statement the gold leaves out).
# Every other floor the end figures passed was raised (282 at the first model, 98 at the retrained one, 34 at the end).
# Session 60: a lone first word a text reads as a person's (`Presiden X`) joins the one full name of the collection it
# opens (`X Y`), never another country's first name (data/foreign_given_names.txt); a regency the gazetteer knows after a
# regent's title is the place (`Bupati Rejang Lebong`); the clause model retrained on the read sets up to dev59; the
# typing rules' reliability re-measured (data/rule_reliability.tsv, older than several rules). dev60a..f, six samples
# annotated blind at the start, pinned at the session's end figures (first measured on 2f7b4f9); dev59a..f are read from
# this session on. Held-out splits 65 -> 63, typed F1 unchanged. Relaxed, with the reason: quotes F1 and indirect recall
# of dev15a and quotes F1 of dev18b (a statement the retrained clause model no longer reads); typed F1 of dev30b and
# dev33c (a false name the re-measured priors keep); of dev45c (a lone first name joined to the one full name opening
# with it, which the gold holds for another person) and of dev58e (a minister's portfolio read as a person, joined to
# the run-on of the portfolio and the minister's name). 15 floors raised.
# Session 61: shape rules asked only for names of their length (identical output); a body some document reads as a club
# joins the collection's one club named after it with a club's word (dev43k's split fixed), a lone word misspelling the
# one word another person is named by alone more often is that person (dev26b's split fixed): both floors raised.
# dev61a..f, six samples annotated blind at the start, pinned at the session's end figures (first measured on e1b9e84,
# the same at the end); dev60a..f are read from this session on. Nothing relaxed.
# Session 62: a part two people's names hold goes to the shorter name the document names first (a wife named with her
# husband's name); a country's letters before one name are a club's in a report on teams, the name alone that club in
# its document; a name only its shape read as a body is a person where its last word is quoted as a speaker; a lone
# word slipping a surname's last letter is that person; a body's short form before its name in brackets spelling its
# syllables is that body: 21 read floors raised (splits 830 -> 817, merges 154 -> 152).
# dev62a..f, six samples annotated blind at the start, pinned at the session's end figures (first measured on ef808af,
# the same at the end); dev61a..f are read from this session on. Nothing relaxed.
# Session 63: a town after a stadium's name and a comma is the place, a body named after a person leaves him his name, a
# line-up's substitute is no short name, a body named in Indonesian and in English in one document is one, a person's
# name opening inside a body's name the document writes alone starts after it, `graha` heads buildings: 29 read floors
# raised (splits 844 -> 835, merges 158 -> 152). Four relaxed, each explained: dev45a and dev50a one split more each
# (a person's and a building's name now found, its other form apart: the names were missed before); dev35d and dev56a
# typed -0.003 / -0.005 (`Graha` inside a building's longer name and a company's name). dev63a..f, six samples
# annotated blind at the start, pinned at the session's end figures (first measured on 1b0dadb, the same at the end);
# dev62a..f are read from this session on.
# Session 64: a results table's country code parts the athlete from his team, a portfolio's word before a word the
# open NER sets' people's names open with ends the office, a name written with a word cut short is the name in full:
# 16 read floors raised (splits 858 -> 853). Four relaxed, each explained: dev30c, dev43t and dev63f one split more
# each (race results' teams now found, their other forms apart: the teams were missed before); blind_s typed 0.941 ->
# 0.938 (held out, unread: its errors are not looked at; blind_t rose 0.899 -> 0.903, the held-out pool 0.9188 ->
# 0.9189). dev64a..f, six samples annotated blind at the start, pinned at the session's end figures (first measured on
# ff570fa); dev63a..f are read from this session on.
BLIND_FLOORS = {
    # via_found: the share of gold quotes with a source (`via`) whose source warta names; via convention of issue 14
    "blind_a": {"quotes_f1": 0.985, "indirect_recall": 0.967, "speaker_accuracy": 0.955, "entities_typed_f1": 0.987,
               "splits": 3, "merges": 0, "via_found": 0.999},
    # 0.823 -> 0.818 (session 9): an outlet's self-description footer became boilerplate, and one document's gold
    # counts `Indonesia` only from that footer
    # typed 0.829 -> 0.832 (session 14): term acronyms mined from capitalised definitions as well (`KTP` alone)
    # typed 0.832 -> 0.839 (session 15): the reference collection's bodies (data/reference_types.tsv)
    "blind_b": {"quotes_f1": 0.974, "indirect_recall": 0.971, "speaker_accuracy": 0.999, "entities_typed_f1": 0.959,
               "splits": 1, "merges": 0, "via_found": 0.999},
    # held out until session 12: first measured on 0a8f151 (quotes F1 0.941 / 0.938, speakers 0.896 / 0.868); developed
    # on since (older via convention: a source only where the quote's own sentence names it); round 8 (session 12):
    # speakers 46/50 -> 50/50 and 36/39 -> 39/39, quotes 0.981 / 0.964, indirect 0.917 / 0.850, typed entities 0.800 / 0.872
    # splits 3 -> 2 (issue 13, round 9): a company's name without its kind's closing word (`Enterprises`) is the company
    # typed 0.800 -> 0.803 (session 14): the words spelling a term acronym name nothing (`Bahan Bakar Minyak (BBM)`)
    "blind_c": {"quotes_f1": 0.989, "indirect_recall": 0.957, "speaker_accuracy": 0.999, "entities_typed_f1": 0.946,
               "splits": 0, "merges": 0, "via_found": 0.665},
    # typed 0.872 -> 0.875 (session 14): a term's acronym opening a run is no part of the name after it
    "blind_d": {"quotes_f1": 0.975, "indirect_recall": 0.949, "speaker_accuracy": 0.999, "entities_typed_f1": 0.981,
               "splits": 2, "merges": 0, "via_found": 0.749},
    # held out: annotated blind on 2026-12-01 (session 8), first measured on 61eef8e (quotes F1 0.930, indirect
    # recall 0.815, speakers 0.887, typed entities 0.644), never read or tuned on
    # splits 6 -> 7 (session 11): `<city> <word>` read as a person by its shape, in a document that reads the city as a
    # club, became the club (corpus: two-word clubs typed PERSON in dozens of documents); kept for that, measured here
    # typed 0.696 -> 0.702 (session 16): the name model taught the project's convention (development golds as training
    # data); raised
    # floors typed 0.701 -> 0.735 (session 18's merge: the speaker round's subjects, the name model on fourteen golds); raised
    "blind_e": {"quotes_f1": 0.956, "indirect_recall": 0.888, "speaker_accuracy": 0.98, "entities_typed_f1": 0.912,
               "splits": 1, "merges": 0, "via_found": 0.999},
    # held out: annotated blind on 2026-12-01 (session 9), first measured on cdba053 (quotes F1 0.930, indirect
    # recall 0.739, speakers 0.883, via found 9/25, typed entities 0.735), never read or tuned on
    # via found 19/25 -> 20/27 (session 10): two more quotes with a source are found, one without it, so the share
    # fell although one more source is right
    # quotes F1 0.955 -> 0.947 (session 12): the clause test widened by shape (issue 14 round 8, one commit) costs F a
    # quote and raises I (0.959 -> 0.964) and J (0.914 -> 0.924); kept for the net gain, measured by totals only
    # merges 0 -> 1 (session 13): bisected by totals to one pass of the resolution round (join_place_short_forms: a
    # place's distinct word alone is the place its document names with an administrative or natural head); no other
    # held-out set moves; kept for the development sets' and the corpus's place splits it joins
    # typed 0.735 -> 0.747 (session 16): the name model taught the project's convention (development golds as training
    # data); raised
    # via 24/27 -> 25/27 (session 16): a post's source is the platform it was posted on (`unggahan di Instagram`); raised
    # floors speaker 0.920 -> 0.951, typed 0.746 -> 0.757 (session 18's merge: the speaker round's subjects, the name model on fourteen golds); raised
    "blind_f": {"quotes_f1": 0.954, "indirect_recall": 0.912, "speaker_accuracy": 0.952, "entities_typed_f1": 0.922,
               "splits": 0, "merges": 0, "via_found": 0.927},
    # held out: annotated blind on 2026-12-01 (session 10), first measured on f539bb1 (G: quotes F1 0.825, indirect
    # recall 0.720, speakers 0.925, via 5/7, typed entities 0.769; H: 0.940, 0.812, 0.818, 3/13, 0.743), never read
    # or tuned on
    # G: quotes F1 0.871 -> 0.863 and via 5/7 -> 3/7 (session 11): the mined source cues (round 7 of issue 14) cost
    # these while raising F (0.947 -> 0.955, via 20/27 -> 24/27) and H (0.940 -> 0.949, via 3/13 -> 6/14); kept for
    # the net gain, measured by totals only
    # G: via 3/7 -> 2/7 (session 13): the sources round (issue 14 round 9) costs G one source while raising H (6/14 ->
    # 9/14); merges 0 -> 1 (session 13): bisected by totals to join_named_epithets (the resolution round); the floor
    # test's failure message then printed the two names it joined (two people named as a pair), so G's merge is no
    # longer blind for work on epithets; the test now prints counts only
    # typed 0.774 -> 0.777 (session 16): the name model taught the project's convention (development golds as training
    # data); raised
    # floors typed 0.776 -> 0.787 (session 18's merge: the speaker round's subjects, the name model on fourteen golds); raised
    # typed 0.895 -> 0.888 (session 50): the open club list's typing (club_form), measured by totals only: this set
    # -0.007, blind_l +0.006, names28b +0.009, the held-out pool unchanged (0.9075)
    "blind_g": {"quotes_f1": 0.872, "indirect_recall": 0.919, "speaker_accuracy": 0.91, "entities_typed_f1": 0.897,
               "splits": 6, "merges": 1, "via_found": 0.284},
    # H: typed entities 0.756 -> 0.751 (session 12): the resolution round's first commit (a lone word's votes,
    # abbreviations spelled from written words, canonical names, Kota keys) costs it; no other held-out set moves and
    # the corpus loses the wrong joins it was built for; kept, measured by totals only
    # H, session 13: speakers 0.860 -> 0.877 and via 6/14 -> 9/14 (the sources round), typed entities 0.751 -> 0.762
    # (the resolution round); raised, measured by totals only
    # H, session 14: typed entities 0.762 -> 0.782 (P 0.710 -> 0.731) and splits 10 -> 11, both from the entity round
    # (branch head measured alone: term acronyms mined from capitalised definitions, a term's acronym peeled off a run);
    # kept for the net gain, measured by totals only
    # typed 0.782 -> 0.802 (session 16): the name model taught the project's convention (development golds as training
    # data); raised
    # floors speaker 0.876 -> 0.963, typed 0.801 -> 0.837 (session 18's merge: the speaker round's subjects, the name model on fourteen golds); raised
    "blind_h": {"quotes_f1": 0.957, "indirect_recall": 0.874, "speaker_accuracy": 0.981, "entities_typed_f1": 0.944,
               "splits": 9, "merges": 0, "via_found": 0.713},
    # held out: annotated blind on 2026-12-01 (session 11), first measured on 31d14c3 (quotes F1 0.959, indirect
    # recall 0.875, speakers 0.925, via 0/8, typed entities 0.752), never read or tuned on
    # via 0/8 -> 6/8 (session 11) is not a clean held-out figure: the lead passed one source phrase of the annotator's
    # report on the set (`dipantau dari`) to the round mining source cues, among examples
    # I, session 13: speakers 0.926 -> 0.947 (the resolution round's joins); raised, measured by totals only
    # I, session 14: quotes F1 0.969 -> 0.975, indirect recall 0.911 -> 0.929 (the quotes round); raised
    # I, session 15: typed entities 0.752 -> 0.758 (the entity round's reference collection); raised
    # typed 0.758 -> 0.756 (session 16): the name model taught the project's convention; ten held-out sets' typed F1
    # moved +0.005 on average (six up, two down, two equal), this one down: lowered
    # typed 0.888 -> 0.880 (session 47): detention centres read as institutions (ORG, as the development golds type them
    # 17 times in 17); this held-out set moved down, the sixteen held-out sets pooled up (totals only, unread)
    "blind_i": {"quotes_f1": 0.978, "indirect_recall": 0.945, "speaker_accuracy": 0.957, "entities_typed_f1": 0.892,
               "splits": 5, "merges": 0, "via_found": 0.749},
    # held out: annotated blind on 2026-12-02 (session 12), first measured on 4beb7d9 (quotes F1 0.914, indirect
    # recall 0.767, speakers 0.938, via 4/4, typed entities 0.776 with precision 0.712, 11 splits, 1 merge), never read
    # or tuned on
    # J, session 14: typed entities 0.776 -> 0.779 (the entity round); raised
    # quotes 0.924 -> 0.933 (session 16): `menulis` takes a statement only after a link, a root word shaped like a verb
    # is no predicate of a reported clause; raised
    # floors speaker 0.938 -> 0.958, typed 0.778 -> 0.783 (session 18's merge: the speaker round's subjects, the name model on fourteen golds); raised
    "blind_j": {"quotes_f1": 0.942, "indirect_recall": 0.832, "speaker_accuracy": 0.959, "entities_typed_f1": 0.914,
               "splits": 6, "merges": 1, "via_found": 0.999},
    # held out: annotated blind on 2026-12-02 (session 13, while the rounds ran; drawn excluding every id read so far
    # and the rounds' own draws), first measured on eb2fdb3 (quotes F1 0.968, indirect recall 0.950, speakers 0.800,
    # via 9/12, typed entities 0.762 with precision 0.699, 9 splits, 1 merge), never read or tuned on
    # K, session 14: quotes F1 0.968 -> 0.957, bisected by totals to one commit of the quotes round (e8a1461, six
    # changes; its added-statement rule and its noun cues switched off one at a time do not restore it); the same commit
    # raises I; kept for the net gain (and dev14a/b 0.944/0.899 -> 0.952/0.979), measured by totals only
    # typed 0.762 -> 0.775 (session 16): the name model taught the project's convention (development golds as training
    # data); raised
    # floors speaker 0.799 -> 0.887, typed 0.774 -> 0.785 (session 18's merge: the speaker round's subjects, the name model on fourteen golds); raised
    # typed 0.788 -> 0.783 (session 23, the typing round: readings by the name's words alone bring no evidence of a name,
    # a person's shape no type against the model; measured once at the round's end, totals only: 0.790 -> 0.785 while
    # pooled E..R rose 0.800 -> 0.806 and eleven held-out sets of fifteen rose); lowered
    "blind_k": {"quotes_f1": 0.956, "indirect_recall": 0.949, "speaker_accuracy": 0.91, "entities_typed_f1": 0.928,
               "splits": 5, "merges": 1, "via_found": 0.749},
    # fresh development samples of session 14 (annotated blind, measured once on 8f28ca7: quotes F1 0.944 / 0.899,
    # indirect 0.909 / 0.708, speakers 0.848 / 0.750, typed entities 0.783 / 0.779; then read by the rounds), at the
    # session's end
    "dev14a": {"quotes_f1": 0.959, "indirect_recall": 0.968, "speaker_accuracy": 0.949, "entities_typed_f1": 0.978,
               "splits": 5, "merges": 0, "via_found": 0.0},
    # speakers 0.957 -> 0.935 (session 16): the name model taught the project's convention types a band a body, so a plural
    # pronoun (`mereka`) resolves to the nearest name read as a person, a song's title the gold leaves out (one quote)
    "dev14b": {"quotes_f1": 0.978, "indirect_recall": 0.957, "speaker_accuracy": 0.955, "entities_typed_f1": 0.958,
               "splits": 2, "merges": 0, "via_found": 0.349},
    # held out: annotated blind on 2026-12-02 (session 14, before the session's rounds; drawn excluding every id under
    # tests/data), first measured on 8f28ca7 (quotes F1 0.952, indirect recall 0.857, speakers 0.949, via 2/4, typed
    # entities 0.749 with precision 0.697, 8 splits, no merge), never read or tuned on
    # L, session 14: typed entities 0.749 -> 0.755 (the entity round); raised
    # typed 0.755 -> 0.761 (session 16): the name model taught the project's convention (development golds as training
    # data); raised
    # floors typed 0.760 -> 0.783 (session 18's merge: the speaker round's subjects, the name model on fourteen golds); raised
    "blind_l": {"quotes_f1": 0.967, "indirect_recall": 0.903, "speaker_accuracy": 0.949, "entities_typed_f1": 0.926,
               "splits": 3, "merges": 0, "via_found": 0.499},
    # fresh development samples of session 15 (annotated blind, measured once on d91fc46: quotes F1 0.954 / 0.881,
    # indirect 0.919 / 0.714, speakers 0.839 / 0.946, via 11/18 / 7/12, typed entities 0.811 / 0.807; then read by the
    # rounds), at the session's end
    # speakers 1.000 -> 0.984 (session 16): the name model taught the project's convention keeps a platform (optional in the
    # gold) the old one dropped, and the speaker stage takes it from `<ministry> melalui akun <platform>` (one quote)
    "dev15a": {"quotes_f1": 0.952, "indirect_recall": 0.917, "speaker_accuracy": 0.999, "entities_typed_f1": 0.959,
               "splits": 0, "merges": 0, "via_found": 0.611},
    # via 7/12 -> 8/12 (session 17): a source named for a speaker's statement carries to its later quotes; raised
    "dev15b": {"quotes_f1": 0.918, "indirect_recall": 0.856, "speaker_accuracy": 0.924, "entities_typed_f1": 0.951,
               "splits": 1, "merges": 0, "via_found": 0.614},
    # held out: annotated blind on 2026-12-02 (session 15, before the session's rounds; drawn excluding every id under
    # tests/data), first measured on d91fc46 (quotes F1 0.934, indirect recall 0.769, speakers 0.877, via 11/13, typed
    # entities 0.859 with precision 0.846, 7 splits, no merge), never read or tuned on
    # typed 0.859 -> 0.854 (session 16): the name model taught the project's convention; ten held-out sets' typed F1
    # moved +0.005 on average (six up, two down, two equal), this one down: lowered
    # floors typed 0.853 -> 0.874 (session 18's merge: the speaker round's subjects, the name model on fourteen golds); raised
    "blind_m": {"quotes_f1": 0.951, "indirect_recall": 0.883, "speaker_accuracy": 0.899, "entities_typed_f1": 0.944,
               "splits": 3, "merges": 0, "via_found": 0.856},
    # fresh development samples of session 16 (annotated blind, measured once on e0fc715: quotes F1 0.982 / 0.930,
    # indirect 0.963 / 0.879, speakers 1.000 / 0.917, via 8/18 / 5/17, typed entities 0.672 / 0.738; then read by the
    # rounds), at the session's end
    # typed 0.675 / 0.744 -> 0.721 / 0.792 (session 17): regencies in the gazetteer, portfolios joined by `dan` after a
    # title, the name model's sure `none`; raised
    # typed 0.721 -> 0.724 (session 18: the titles of its speaker round, `Pol` after a police rank, `VP`); raised
    "dev16a": {"quotes_f1": 0.99, "indirect_recall": 0.962, "speaker_accuracy": 0.999, "entities_typed_f1": 0.926,
               "splits": 2, "merges": 2, "via_found": 0.776},
    # via 6/17 -> 9/17 (session 17): a source named for a speaker's statement carries to its later quotes; raised
    "dev16b": {"quotes_f1": 0.952, "indirect_recall": 0.938, "speaker_accuracy": 0.95, "entities_typed_f1": 0.95,
               "splits": 4, "merges": 0, "via_found": 0.61},
    # held out: annotated blind on 2026-12-02 (session 16, before the session's rounds; drawn excluding every id under
    # tests/data and session 15's samples), first measured on aa61354 (quotes F1 0.970, indirect recall 1.000, speakers
    # 0.938, via 15/16, typed entities 0.800 with precision 0.741, 3 splits, no merge), never read or tuned on
    # quotes 0.970 -> 0.977 (session 16, after its first measure): the speech-verb round; raised
    # floors typed 0.799 -> 0.838 (session 18's merge: the speaker round's subjects, the name model on fourteen golds); raised
    "blind_n": {"quotes_f1": 0.976, "indirect_recall": 0.999, "speaker_accuracy": 0.952, "entities_typed_f1": 0.911,
               "splits": 1, "merges": 0, "via_found": 0.936},
    # fresh development samples of session 17 (annotated blind, measured once on e9e58a7: quotes F1 0.926 / 0.933,
    # indirect 0.900 / 0.921, speakers 0.899 / 0.900, via 28/48 / 12/18, typed entities 0.789 / 0.761; then read by the
    # entity round; their annotators carried an article-level source to every quote it covers), at the session's merge
    # splits 8 -> 9 (session 18): the name model retrained on fourteen development golds (dev17a among them: in-sample
    # since) keeps `Area Monumen Nasional`, a place with its area word, which the old one dropped; typed 0.809 -> 0.861
    # speakers 0.899 / 0.900 -> 0.942 / 0.986, dev17b direct recall 0.971 -> 1.000 and typed 0.795 -> 0.803 (session 18:
    # `Pihak X`, epithets and opening words before a pronoun are no subject, `Pol` after a rank, a quote after a
    # dateline); raised
    "dev17a": {"quotes_f1": 0.932, "indirect_recall": 0.899, "speaker_accuracy": 0.956, "entities_typed_f1": 0.943,
               "splits": 4, "merges": 2, "via_found": 0.59},
    "dev17b": {"quotes_f1": 0.946, "indirect_recall": 0.946, "speaker_accuracy": 0.985, "entities_typed_f1": 0.951,
               "splits": 4, "merges": 0, "via_found": 0.666},
    # fresh development samples of session 18 (annotated blind, measured once on 47701b4: quotes F1 0.931 / 0.952,
    # indirect 0.938 / 0.935, speakers 0.970 / 0.915, via 3/7 / 2/6, typed entities 0.823 / 0.726; then read by the
    # speaker round), at the session's merge
    "dev18a": {"quotes_f1": 0.936, "indirect_recall": 0.937, "speaker_accuracy": 0.984, "entities_typed_f1": 0.968,
               "splits": 1, "merges": 0, "via_found": 0.428},
    "dev18b": {"quotes_f1": 0.943, "indirect_recall": 0.935, "speaker_accuracy": 0.999, "entities_typed_f1": 0.94,
               "splits": 0, "merges": 0, "via_found": 0.333},
    # held out: annotated blind on 2026-12-02 (session 17; drawn excluding every id under tests/data), first measured on
    # e9e58a7 before any round of session 17 was merged (quotes F1 0.959, indirect recall 0.941, speakers 0.957, via
    # 7/10, typed entities 0.763 with precision 0.716, 14 splits, 1 merge), never read or tuned on
    # typed 0.763 -> 0.776, splits 14 -> 12 (session 17's merge: the entity round); raised
    # typed 0.776 -> 0.772 (session 18's merge: the name model retrained on fourteen development golds; its first
    # figure was 0.763); lowered
    "blind_o": {"quotes_f1": 0.958, "indirect_recall": 0.94, "speaker_accuracy": 0.956, "entities_typed_f1": 0.933,
               "splits": 5, "merges": 1, "via_found": 0.799},
    # held out: annotated blind on 2026-12-03 (session 18; drawn excluding every id under tests/data and the session's
    # two development draws), first measured on 47701b4 before any round of session 18 was merged, never read or tuned on
    # speakers 0.887 -> 0.868 and typed 0.710 -> 0.708 (session 20's merge, totals only): the speaker round's passes
    # (21 corpus speakers wrong -> right on two unseen samples, none right -> wrong; PFSA half 1 +1) and the resolution
    # round's joins (held-out splits 98 -> 96 over E..R) each move one row of this set the other way; lowered
    "blind_p": {"quotes_f1": 0.954, "indirect_recall": 0.908, "speaker_accuracy": 0.866, "entities_typed_f1": 0.883,
               "splits": 4, "merges": 0, "via_found": 0.874},
    # fresh development samples of session 19 (annotated blind, measured once on cf57799: quotes F1 0.909 / 0.966,
    # indirect 0.900 / 0.882, speakers 0.925 / 0.964, via 4/9 / 3/5, typed entities 0.793 / 0.840; then read by the
    # rounds; their annotators filled `via` only where the quote's sentence names the source), at the session's merge
    "dev19a": {"quotes_f1": 0.91, "indirect_recall": 0.949, "speaker_accuracy": 0.974, "entities_typed_f1": 0.937,
               "splits": 2, "merges": 0, "via_found": 0.887},
    "dev19b": {"quotes_f1": 0.982, "indirect_recall": 0.94, "speaker_accuracy": 0.999, "entities_typed_f1": 0.955,
               "splits": 0, "merges": 0, "via_found": 0.799},
    # held out: annotated blind on 2026-12-03 (session 19; drawn excluding every id under tests/data and the session's
    # two development draws), first measured on cf57799 before any round of session 19 was merged, never read or tuned on
    "blind_q": {"quotes_f1": 0.97, "indirect_recall": 0.93, "speaker_accuracy": 0.999, "entities_typed_f1": 0.898,
               "splits": 2, "merges": 0, "via_found": 0.999},
    # fresh development samples of session 20 (annotated blind, measured once on 586d3e5 before anyone read them: quotes
    # F1 0.951 / 0.906, indirect 0.946 / 0.759, speakers 0.974 / 0.938, via 3/5 / 2/3, typed entities 0.831 / 0.785;
    # read by the session's rounds since)
    # splits 9 -> 7, typed 0.831 -> 0.834 at the session's merge (the resolution round's initials and company short forms)
    "dev20a": {"quotes_f1": 0.956, "indirect_recall": 0.972, "speaker_accuracy": 0.973, "entities_typed_f1": 0.947,
               "splits": 4, "merges": 0, "via_found": 0.599},
    "dev20b": {"quotes_f1": 0.904, "indirect_recall": 0.757, "speaker_accuracy": 0.978, "entities_typed_f1": 0.952,
               "splits": 3, "merges": 1, "via_found": 0.666},
    # held out: annotated blind on 2026-12-03 (session 20; drawn excluding every id under tests/data, the earlier draws
    # and the session's two development draws), first measured on 586d3e5 before any round of session 20 was merged,
    # never read or tuned on
    # splits 3 -> 4 (session 46): a Balinese name's marker (`I Wayan`) now opens the person's name; one gold entity is
    # found under two entities since (the cause unread: held out, totals only); typed F1 the same, held-out splits 75 at
    # the start and at the end of the session
    # typed 0.927 -> 0.923 (session 51): the role nouns that open no name (vocabulary.py ROLE_NOUNS), measured by totals
    # only: this set -0.003, blind_o +0.003, the held-out pool unchanged (0.9080)
    "blind_r": {"quotes_f1": 0.943, "indirect_recall": 0.899, "speaker_accuracy": 0.984, "entities_typed_f1": 0.94,
               "splits": 4, "merges": 1, "via_found": 0.705},
    # held out: annotated blind on 2026-12-03 (session 21, tests/data/ANNOTATING.md; drawn with scripts/draw_sample.py
    # excluding every id under tests/data), first measured on 824babb (session 20's end: typed 0.775) and on session 21's
    # merge (typed 0.781, every other figure equal), never read or tuned on
    "blind_s": {"quotes_f1": 0.939, "indirect_recall": 0.832, "speaker_accuracy": 0.956, "entities_typed_f1": 0.937,
               "splits": 7, "merges": 0, "via_found": 0.999},
    # session 23's held-out set, first measured on 2bff161 (end of session 22) before any change of the session
    "blind_t": {"quotes_f1": 0.952, "indirect_recall": 0.94, "speaker_accuracy": 0.925, "entities_typed_f1": 0.902,
               "splits": 2, "merges": 0, "via_found": 0.332},
    # session 23's fresh development samples, first measured on 842a33a (the session's end) before any error was read
    "dev23a": {"quotes_f1": 0.899, "indirect_recall": 0.813, "speaker_accuracy": 0.999, "entities_typed_f1": 0.94,
               "splits": 2, "merges": 0, "via_found": 0.832},
    "dev23b": {"quotes_f1": 0.962, "indirect_recall": 0.887, "speaker_accuracy": 0.864, "entities_typed_f1": 0.954,
               "splits": 6, "merges": 1, "via_found": 0.999},
    # session 26's fresh samples, annotated blind by helpers; first measured on 7a23799 (the session's starting code),
    # then on its final code (READMEs)
    "dev26a": {"quotes_f1": 0.941, "indirect_recall": 0.902, "speaker_accuracy": 0.963, "entities_typed_f1": 0.957,
               "splits": 3, "merges": 0, "via_found": 0.999},
    "dev26b": {"quotes_f1": 0.965, "indirect_recall": 0.922, "speaker_accuracy": 0.841, "entities_typed_f1": 0.936,
               "splits": 4, "merges": 0, "via_found": 0.999},
    # session 27's fresh samples, annotated blind by helpers; first measured on 885a8e5 (the session's starting code),
    # then on its final code (READMEs)
    "dev27a": {"quotes_f1": 0.949, "indirect_recall": 0.856, "speaker_accuracy": 0.972, "entities_typed_f1": 0.981,
               "splits": 4, "merges": 0, "via_found": 0.665},
    "dev27b": {"quotes_f1": 0.993, "indirect_recall": 0.999, "speaker_accuracy": 0.963, "entities_typed_f1": 0.916,
               "splits": 2, "merges": 0, "via_found": 0.799},
    # session 28's fresh samples, annotated blind by helpers, run by totals only; first measured on e54b0f0 (the
    # session's starting code), then on its final code (READMEs)
    "dev28a": {"quotes_f1": 0.954, "indirect_recall": 0.906, "speaker_accuracy": 0.905, "entities_typed_f1": 0.953,
               "splits": 5, "merges": 1, "via_found": 0.665},
    "dev28b": {"quotes_f1": 0.934, "indirect_recall": 0.856, "speaker_accuracy": 0.964, "entities_typed_f1": 0.83,
               "splits": 3, "merges": 0, "via_found": 0.599},
    # typed 0.919 -> 0.906 (session 49): a party's boards (`DPC <party>`, `DPD <party> <province>`) are now read as
    # bodies (data/org_heads.txt), which this set's gold leaves optional or names otherwise
    "dev28c": {"quotes_f1": 0.989, "indirect_recall": 0.963, "speaker_accuracy": 0.98, "entities_typed_f1": 0.919,
               "splits": 0, "merges": 0, "via_found": 0.999},
    "dev28d": {"quotes_f1": 0.971, "indirect_recall": 0.962, "speaker_accuracy": 0.97, "entities_typed_f1": 0.92,
               "splits": 4, "merges": 0, "via_found": 0.399},
    # session 29's fresh samples, annotated blind by helpers, run by totals only; first measured on 6084005 (the
    # session's starting code), then on its final code (READMEs)
    "dev29a": {"quotes_f1": 0.979, "indirect_recall": 0.946, "speaker_accuracy": 0.945, "entities_typed_f1": 0.897,
               "splits": 2, "merges": 0, "via_found": 0.999},
    "dev29b": {"quotes_f1": 0.988, "indirect_recall": 0.943, "speaker_accuracy": 0.874, "entities_typed_f1": 0.949,
               "splits": 5, "merges": 0, "via_found": 0.799},
    "dev29c": {"quotes_f1": 0.953, "indirect_recall": 0.919, "speaker_accuracy": 0.979, "entities_typed_f1": 0.956,
               "splits": 2, "merges": 0, "via_found": 0.332},
    "dev29d": {"quotes_f1": 0.974, "indirect_recall": 0.964, "speaker_accuracy": 0.965, "entities_typed_f1": 0.942,
               "splits": 1, "merges": 1, "via_found": 0.749},
    # session 30's fresh samples, annotated blind by helpers, run by totals only; first measured on 22aea6c (the
    # session's starting code), then on its final code (READMEs)
    "dev30a": {"quotes_f1": 0.936, "indirect_recall": 0.895, "speaker_accuracy": 0.865, "entities_typed_f1": 0.917,
               "splits": 2, "merges": 0, "via_found": 0.999},
    "dev30b": {"quotes_f1": 0.952, "indirect_recall": 0.955, "speaker_accuracy": 0.92, "entities_typed_f1": 0.937,
               "splits": 3, "merges": 0, "via_found": 0.999},
    # typed 0.910 -> 0.907 (session 49): a party's boards (`DPC <party>`, `DPD <party> <province>`) are now read as
    # bodies (data/org_heads.txt), which this set's gold leaves optional or names otherwise
    "dev30c": {"quotes_f1": 0.965, "indirect_recall": 0.924, "speaker_accuracy": 0.947, "entities_typed_f1": 0.966,
               "splits": 2, "merges": 0, "via_found": 0.332},
    "dev30d": {"quotes_f1": 0.959, "indirect_recall": 0.899, "speaker_accuracy": 0.999, "entities_typed_f1": 0.936,
               "splits": 3, "merges": 0, "via_found": 0.427},
    # session 31's fresh samples, annotated blind by helpers, run by totals only; first measured on db28201 (the
    # session's starting code), then on its final code (READMEs)
    "dev31a": {"quotes_f1": 0.949, "indirect_recall": 0.847, "speaker_accuracy": 0.849, "entities_typed_f1": 0.972,
               "splits": 5, "merges": 1, "via_found": 0.999},
    "dev31b": {"quotes_f1": 0.956, "indirect_recall": 0.913, "speaker_accuracy": 0.954, "entities_typed_f1": 0.939,
               "splits": 4, "merges": 0, "via_found": 0.749},
    "dev31c": {"quotes_f1": 0.919, "indirect_recall": 0.927, "speaker_accuracy": 0.977, "entities_typed_f1": 0.912,
               "splits": 0, "merges": 0, "via_found": 0.165},
    # typed 0.957 -> 0.953, merges 0 -> 1 (session 49): a body's own name after its head joins the body
    # (body_own_name); a region misspelt, which only its shape read as a person, joins the police named after it
    "dev31d": {"quotes_f1": 0.978, "indirect_recall": 0.941, "speaker_accuracy": 0.928, "entities_typed_f1": 0.944,
               "splits": 1, "merges": 1, "via_found": 0.713},
    # session 32's fresh samples, annotated blind by helpers, run by totals only; first measured on 32c54d3 (the
    # session's starting code), then on its final code (READMEs)
    "dev32a": {"quotes_f1": 0.982, "indirect_recall": 0.999, "speaker_accuracy": 0.981, "entities_typed_f1": 0.93,
               "splits": 3, "merges": 0, "via_found": 0.999},
    "dev32b": {"quotes_f1": 0.977, "indirect_recall": 0.999, "speaker_accuracy": 0.954, "entities_typed_f1": 0.942,
               "splits": 0, "merges": 0, "via_found": 0.499},
    "dev32c": {"quotes_f1": 0.947, "indirect_recall": 0.881, "speaker_accuracy": 0.944, "entities_typed_f1": 0.941,
               "splits": 2, "merges": 0, "via_found": 0.999},
    "dev32d": {"quotes_f1": 0.946, "indirect_recall": 0.874, "speaker_accuracy": 0.906, "entities_typed_f1": 0.928,
               "splits": 3, "merges": 0, "via_found": 0.999},
    # session 33's fresh samples, annotated blind by helpers, run by totals only; first measured on 0469c9a (the
    # session's starting code), then on its final code (READMEs)
    "dev33a": {"quotes_f1": 0.981, "indirect_recall": 0.957, "speaker_accuracy": 0.891, "entities_typed_f1": 0.936,
               "splits": 1, "merges": 0, "via_found": 0.0},
    # speakers 0.879 -> 0.859, typed 0.965 -> 0.961 (session 49): a party's boards (`DPC <party>`, `DPD <party>
    # <province>`) are now read as bodies (data/org_heads.txt), which this set's gold leaves optional or names
    # otherwise
    "dev33b": {"quotes_f1": 0.96, "indirect_recall": 0.953, "speaker_accuracy": 0.859, "entities_typed_f1": 0.961,
               "splits": 4, "merges": 1, "via_found": 0.499},
    "dev33c": {"quotes_f1": 0.963, "indirect_recall": 0.999, "speaker_accuracy": 0.944, "entities_typed_f1": 0.955,
               "splits": 4, "merges": 0, "via_found": 0.499},
    "dev33d": {"quotes_f1": 0.99, "indirect_recall": 0.999, "speaker_accuracy": 0.841, "entities_typed_f1": 0.919,
               "splits": 5, "merges": 0, "via_found": 0.999},
    # session 34's fresh samples, annotated blind by helpers, run by totals only; first measured on 764adc1 (the
    # session's starting code), then on its final code (READMEs)
    "dev34a": {"quotes_f1": 0.992, "indirect_recall": 0.965, "speaker_accuracy": 0.914, "entities_typed_f1": 0.927,
               "splits": 3, "merges": 0, "via_found": 0.749},
    "dev34b": {"quotes_f1": 0.928, "indirect_recall": 0.903, "speaker_accuracy": 0.977, "entities_typed_f1": 0.943,
               "splits": 2, "merges": 0, "via_found": 0.399},
    "dev34c": {"quotes_f1": 0.915, "indirect_recall": 0.839, "speaker_accuracy": 0.976, "entities_typed_f1": 0.946,
               "splits": 1, "merges": 0, "via_found": 0.749},
    # splits 4 -> 5 (session 45): a person's name is now read with its hereditary title (`Raden X Y`), an alias of the
    # gold person that was a false name before; its short form, a middle name the text writes alone, stays apart
    "dev34d": {"quotes_f1": 0.945, "indirect_recall": 0.922, "speaker_accuracy": 0.999, "entities_typed_f1": 0.97,
               "splits": 3, "merges": 0, "via_found": 0.665},
    # session 35's fresh samples, annotated blind by helpers, run by totals only; first measured on 4085173 (the
    # session's starting code), then on its final code (READMEs)
    # merges 1 -> 2 (session 48): state schools are bodies named with their number; a list of schools of several towns
    # writes one as `SMAN 10, <town>`, and that short form joins the longer school of the same number in the list
    "dev35a": {"quotes_f1": 0.971, "indirect_recall": 0.946, "speaker_accuracy": 0.97, "entities_typed_f1": 0.959,
               "splits": 3, "merges": 2, "via_found": 0.856},
    "dev35b": {"quotes_f1": 0.922, "indirect_recall": 0.837, "speaker_accuracy": 0.924, "entities_typed_f1": 0.952,
               "splits": 2, "merges": 0, "via_found": 0.332},
    "dev35c": {"quotes_f1": 0.968, "indirect_recall": 0.999, "speaker_accuracy": 0.999, "entities_typed_f1": 0.971,
               "splits": 1, "merges": 1, "via_found": 0.999},
    "dev35d": {"quotes_f1": 0.962, "indirect_recall": 0.959, "speaker_accuracy": 0.961, "entities_typed_f1": 0.946,
               "splits": 2, "merges": 0, "via_found": 0.332},
    # session 36's fresh samples, annotated blind by helpers, run by totals only; first measured on 48cfcf0 (the
    # session's starting code), then on its final code (READMEs)
    "dev36a": {"quotes_f1": 0.978, "indirect_recall": 0.955, "speaker_accuracy": 0.957, "entities_typed_f1": 0.922,
               "splits": 1, "merges": 0, "via_found": 0.499},
    "dev36b": {"quotes_f1": 0.954, "indirect_recall": 0.856, "speaker_accuracy": 0.936, "entities_typed_f1": 0.924,
               "splits": 4, "merges": 0, "via_found": 0.332},
    "dev36c": {"quotes_f1": 0.947, "indirect_recall": 0.879, "speaker_accuracy": 0.944, "entities_typed_f1": 0.907,
               "splits": 4, "merges": 0, "via_found": 0.499},
    # typed 0.961 -> 0.957 (session 49): a party's boards (`DPC <party>`, `DPD <party> <province>`) are now read as
    # bodies (data/org_heads.txt), which this set's gold leaves optional or names otherwise
    "dev36d": {"quotes_f1": 0.953, "indirect_recall": 0.968, "speaker_accuracy": 0.999, "entities_typed_f1": 0.949,
               "splits": 2, "merges": 0, "via_found": 0.665},
    # session 37's fresh samples (blind, unread: totals only during the session), first measured on ad13a6d (the
    # session's starting code), then on its final code (READMEs)
    "dev37a": {"quotes_f1": 0.95, "indirect_recall": 0.842, "speaker_accuracy": 0.984, "entities_typed_f1": 0.966,
               "splits": 2, "merges": 1, "via_found": 0.999},
    "dev37b": {"quotes_f1": 0.96, "indirect_recall": 0.999, "speaker_accuracy": 0.944, "entities_typed_f1": 0.93,
               "splits": 5, "merges": 0, "via_found": 0.999},
    "dev37c": {"quotes_f1": 0.874, "indirect_recall": 0.641, "speaker_accuracy": 0.951, "entities_typed_f1": 0.916,
               "splits": 4, "merges": 1, "via_found": 0.249},
    "dev37d": {"quotes_f1": 0.977, "indirect_recall": 0.932, "speaker_accuracy": 0.924, "entities_typed_f1": 0.921,
               "splits": 1, "merges": 0, "via_found": 0.57},
    # session 38's fresh samples (blind, unread: totals only during the session), first measured on 6a41ea4 (the
    # session's starting code), then on its final code (READMEs)
    "dev38a": {"quotes_f1": 0.959, "indirect_recall": 0.951, "speaker_accuracy": 0.978, "entities_typed_f1": 0.931,
               "splits": 0, "merges": 0, "via_found": 0.499},
    "dev38b": {"quotes_f1": 0.935, "indirect_recall": 0.884, "speaker_accuracy": 0.877, "entities_typed_f1": 0.941,
               "splits": 3, "merges": 2, "via_found": 0.799},
    "dev38c": {"quotes_f1": 0.982, "indirect_recall": 0.965, "speaker_accuracy": 0.965, "entities_typed_f1": 0.96,
               "splits": 2, "merges": 0, "via_found": 0.665},
    "dev38d": {"quotes_f1": 0.974, "indirect_recall": 0.938, "speaker_accuracy": 0.949, "entities_typed_f1": 0.937,
               "splits": 2, "merges": 0, "via_found": 0.799},
    # session 39's fresh samples (seeds 20263901-04), annotated blind by four helpers before any warta run on them,
    # measured by totals only this session (first on 21c6653: typed 0.845 / 0.808 / 0.869 / 0.890)
    "dev39a": {"quotes_f1": 0.962, "indirect_recall": 0.965, "speaker_accuracy": 0.999, "entities_typed_f1": 0.945,
               "splits": 3, "merges": 1, "via_found": 0.799},
    "dev39b": {"quotes_f1": 0.977, "indirect_recall": 0.968, "speaker_accuracy": 0.91, "entities_typed_f1": 0.897,
               "splits": 2, "merges": 2, "via_found": 0.832},
    "dev39c": {"quotes_f1": 0.962, "indirect_recall": 0.943, "speaker_accuracy": 0.999, "entities_typed_f1": 0.981,
               "splits": 3, "merges": 1, "via_found": 0.999},
    "dev39d": {"quotes_f1": 0.951, "indirect_recall": 0.903, "speaker_accuracy": 0.899, "entities_typed_f1": 0.951,
               "splits": 7, "merges": 1, "via_found": 0.832},
    # session 40's fresh samples (seeds 20264001-04), annotated blind by four helpers before any warta run on them,
    # measured by totals only this session (first on 001e764: typed 0.908 / 0.864 / 0.935 / 0.875)
    "dev40a": {"quotes_f1": 0.951, "indirect_recall": 0.908, "speaker_accuracy": 0.859, "entities_typed_f1": 0.958,
               "splits": 4, "merges": 1, "via_found": 0.665},
    "dev40b": {"quotes_f1": 0.984, "indirect_recall": 0.968, "speaker_accuracy": 0.969, "entities_typed_f1": 0.958,
               "splits": 4, "merges": 1, "via_found": 0.999},
    # splits 5 -> 6 (session 47): a body's name with a word as initials joins the one longer name it spells, and a
    # regional office's short form (`Diskar PB Bandung`) now stands apart from the long name it joined before
    "dev40c": {"quotes_f1": 0.945, "indirect_recall": 0.936, "speaker_accuracy": 0.98, "entities_typed_f1": 0.964,
               "splits": 5, "merges": 0, "via_found": 0.499},
    "dev40d": {"quotes_f1": 0.963, "indirect_recall": 0.891, "speaker_accuracy": 0.939, "entities_typed_f1": 0.935,
               "splits": 2, "merges": 2, "via_found": 0.999},
    "dev41a": {"quotes_f1": 0.956, "indirect_recall": 0.951, "speaker_accuracy": 0.856, "entities_typed_f1": 0.908,
               "splits": 7, "merges": 1, "via_found": 0.999},
    "dev41b": {"quotes_f1": 0.965, "indirect_recall": 0.927, "speaker_accuracy": 0.895, "entities_typed_f1": 0.909,
               "splits": 2, "merges": 1, "via_found": 0.999},
    "dev41c": {"quotes_f1": 0.917, "indirect_recall": 0.776, "speaker_accuracy": 0.963, "entities_typed_f1": 0.943,
               "splits": 2, "merges": 1, "via_found": 0.499},
    "dev41d": {"quotes_f1": 0.957, "indirect_recall": 0.949, "speaker_accuracy": 0.899, "entities_typed_f1": 0.942,
               "splits": 4, "merges": 1, "via_found": 0.749},
    # merges 4 -> 5 (session 45): a line-up's bare surname, shared by two players of the document, is now a person, and
    # joins one of them (typed 0.957 -> 0.971: the line-up's three players read as places before)
    "dev41f": {"quotes_f1": 0.965, "indirect_recall": 0.955, "speaker_accuracy": 0.859, "entities_typed_f1": 0.976,
               "splits": 10, "merges": 4, "via_found": 0.999},
    # typed 0.951 -> 0.947 (session 49): a party's boards (`DPC <party>`, `DPD <party> <province>`) are now read as
    # bodies (data/org_heads.txt), which this set's gold leaves optional or names otherwise
    "dev41e": {"quotes_f1": 0.971, "indirect_recall": 0.953, "speaker_accuracy": 0.96, "entities_typed_f1": 0.956,
               "splits": 4, "merges": 2, "via_found": 0.0},
    # splits 1 -> 2 (session 49): a party's boards (`DPC <party>`, `DPD <party> <province>`) are now read as bodies
    # (data/org_heads.txt), which this set's gold leaves optional or names otherwise
    "dev42a": {"quotes_f1": 0.946, "indirect_recall": 0.938, "speaker_accuracy": 0.98, "entities_typed_f1": 0.941,
               "splits": 2, "merges": 0, "via_found": 0.749},
    "dev42b": {"quotes_f1": 0.91, "indirect_recall": 0.845, "speaker_accuracy": 0.943, "entities_typed_f1": 0.961,
               "splits": 8, "merges": 0, "via_found": 0.332},
    "dev42c": {"quotes_f1": 0.96, "indirect_recall": 0.97, "speaker_accuracy": 0.95, "entities_typed_f1": 0.962,
               "splits": 1, "merges": 0, "via_found": 0.599},
    "dev42d": {"quotes_f1": 0.955, "indirect_recall": 0.999, "speaker_accuracy": 0.976, "entities_typed_f1": 0.955,
               "splits": 4, "merges": 0, "via_found": 0.999},
    "dev42e": {"quotes_f1": 0.909, "indirect_recall": 0.841, "speaker_accuracy": 0.977, "entities_typed_f1": 0.98,
               "splits": 3, "merges": 1, "via_found": 0.999},
    "dev42f": {"quotes_f1": 0.971, "indirect_recall": 0.97, "speaker_accuracy": 0.987, "entities_typed_f1": 0.952,
               "splits": 5, "merges": 0, "via_found": 0.665},
    "dev42j": {"quotes_f1": 0.928, "indirect_recall": 0.932, "speaker_accuracy": 0.868, "entities_typed_f1": 0.955,
               "splits": 4, "merges": 0, "via_found": 0.249},
    "dev42i": {"quotes_f1": 0.987, "indirect_recall": 0.936, "speaker_accuracy": 0.975, "entities_typed_f1": 0.942,
               "splits": 2, "merges": 0, "via_found": 0.999},
    # splits 5 -> 6, merges 0 -> 1 (session 49): a party's boards (`DPC <party>`, `DPD <party> <province>`) are now
    # read as bodies (data/org_heads.txt), which this set's gold leaves optional or names otherwise
    "dev42h": {"quotes_f1": 0.941, "indirect_recall": 0.874, "speaker_accuracy": 0.917, "entities_typed_f1": 0.936,
               "splits": 5, "merges": 1, "via_found": 0.999},
    "dev42g": {"quotes_f1": 0.955, "indirect_recall": 0.908, "speaker_accuracy": 0.973, "entities_typed_f1": 0.922,
               "splits": 2, "merges": 0, "via_found": 0.999},
    "dev43a": {"quotes_f1": 0.962, "indirect_recall": 0.874, "speaker_accuracy": 0.999, "entities_typed_f1": 0.976,
               "splits": 2, "merges": 0, "via_found": 0.799},
    "dev43b": {"quotes_f1": 0.944, "indirect_recall": 0.883, "speaker_accuracy": 0.806, "entities_typed_f1": 0.938,
               "splits": 4, "merges": 2, "via_found": 0.999},
    "dev43c": {"quotes_f1": 0.962, "indirect_recall": 0.955, "speaker_accuracy": 0.941, "entities_typed_f1": 0.952,
               "splits": 4, "merges": 1, "via_found": 0.499},
    "dev43d": {"quotes_f1": 0.98, "indirect_recall": 0.965, "speaker_accuracy": 0.961, "entities_typed_f1": 0.949,
               "splits": 2, "merges": 1, "via_found": 0.999},
    "dev43e": {"quotes_f1": 0.933, "indirect_recall": 0.955, "speaker_accuracy": 0.952, "entities_typed_f1": 0.946,
               "splits": 1, "merges": 0, "via_found": 0.199},
    "dev43f": {"quotes_f1": 0.968, "indirect_recall": 0.963, "speaker_accuracy": 0.872, "entities_typed_f1": 0.951,
               "splits": 5, "merges": 2, "via_found": 0.427},
    "dev43g": {"quotes_f1": 0.961, "indirect_recall": 0.934, "speaker_accuracy": 0.952, "entities_typed_f1": 0.927,
               "splits": 4, "merges": 1, "via_found": 0.999},
    "dev43h": {"quotes_f1": 0.965, "indirect_recall": 0.924, "speaker_accuracy": 0.985, "entities_typed_f1": 0.955,
               "splits": 3, "merges": 0, "via_found": 0.499},
    "dev43i": {"quotes_f1": 0.976, "indirect_recall": 0.908, "speaker_accuracy": 0.983, "entities_typed_f1": 0.929,
               "splits": 2, "merges": 1, "via_found": 0.713},
    "dev43j": {"quotes_f1": 0.96, "indirect_recall": 0.965, "speaker_accuracy": 0.982, "entities_typed_f1": 0.963,
               "splits": 8, "merges": 1, "via_found": 0.399},
    "dev43k": {"quotes_f1": 0.983, "indirect_recall": 0.999, "speaker_accuracy": 0.999, "entities_typed_f1": 0.957,
               "splits": 3, "merges": 1, "via_found": 0.499},
    "dev43l": {"quotes_f1": 0.949, "indirect_recall": 0.883, "speaker_accuracy": 0.946, "entities_typed_f1": 0.924,
               "splits": 7, "merges": 0, "via_found": 0.999},
    "dev43m": {"quotes_f1": 0.981, "indirect_recall": 0.999, "speaker_accuracy": 0.835, "entities_typed_f1": 0.961,
               "splits": 2, "merges": 0, "via_found": 0.665},
    # merges 1 -> 2 (session 48): with a school's head read as a body's, an office split before its apposed holder
    # (`Wakil Kepala <school> Pulau X, <name>`, a split the code made before too) gives the island's word its own mention
    "dev43n": {"quotes_f1": 0.99, "indirect_recall": 0.957, "speaker_accuracy": 0.964, "entities_typed_f1": 0.939,
               "splits": 3, "merges": 2, "via_found": 0.999},
    "dev43o": {"quotes_f1": 0.98, "indirect_recall": 0.973, "speaker_accuracy": 0.861, "entities_typed_f1": 0.959,
               "splits": 1, "merges": 2, "via_found": 0.249},
    "dev43p": {"quotes_f1": 0.975, "indirect_recall": 0.963, "speaker_accuracy": 0.902, "entities_typed_f1": 0.967,
               "splits": 6, "merges": 0, "via_found": 0.999},
    "dev43q": {"quotes_f1": 0.913, "indirect_recall": 0.811, "speaker_accuracy": 0.717, "entities_typed_f1": 0.926,
               "splits": 2, "merges": 0},
    "dev43r": {"quotes_f1": 0.953, "indirect_recall": 0.932, "speaker_accuracy": 0.887, "entities_typed_f1": 0.947,
               "splits": 2, "merges": 0, "via_found": 0.713},
    "dev43s": {"quotes_f1": 0.987, "indirect_recall": 0.999, "speaker_accuracy": 0.929, "entities_typed_f1": 0.917,
               "splits": 3, "merges": 1, "via_found": 0.999},
    "dev43t": {"quotes_f1": 0.947, "indirect_recall": 0.967, "speaker_accuracy": 0.955, "entities_typed_f1": 0.951,
               "splits": 3, "merges": 1, "via_found": 0.0},
    "dev43u": {"quotes_f1": 0.97, "indirect_recall": 0.924, "speaker_accuracy": 0.999, "entities_typed_f1": 0.942,
               "splits": 5, "merges": 0, "via_found": 0.799},
    "dev43v": {"quotes_f1": 0.981, "indirect_recall": 0.912, "speaker_accuracy": 0.962, "entities_typed_f1": 0.955,
               "splits": 2, "merges": 1, "via_found": 0.999},
    "dev43w": {"quotes_f1": 0.922, "indirect_recall": 0.94, "speaker_accuracy": 0.915, "entities_typed_f1": 0.864,
               "splits": 6, "merges": 0, "via_found": 0.832},
    "dev43x": {"quotes_f1": 0.969, "indirect_recall": 0.966, "speaker_accuracy": 0.908, "entities_typed_f1": 0.971,
               "splits": 1, "merges": 1, "via_found": 0.999},
    "dev44a": {"quotes_f1": 0.922, "indirect_recall": 0.893, "speaker_accuracy": 0.999, "entities_typed_f1": 0.937,
               "splits": 1, "merges": 0, "via_found": 0.665},
    "dev44b": {"quotes_f1": 0.969, "indirect_recall": 0.908, "speaker_accuracy": 0.978, "entities_typed_f1": 0.953,
               "splits": 4, "merges": 0, "via_found": 0.999},
    # speakers 0.964 -> 0.948, splits and merges 0 -> 1 (session 47): a spaced hyphenated brand (`Go - Jek`) is now a
    # name, and its chief executive's title opens a run with it (`CEO Go - Jek <name>`) that a quoted short form reads whole
    "dev44c": {"quotes_f1": 0.974, "indirect_recall": 0.963, "speaker_accuracy": 0.965, "entities_typed_f1": 0.943,
               "splits": 0, "merges": 0, "via_found": 0.399},
    "dev44d": {"quotes_f1": 0.942, "indirect_recall": 0.908, "speaker_accuracy": 0.903, "entities_typed_f1": 0.943,
               "splits": 4, "merges": 2, "via_found": 0.599},
    "dev44e": {"quotes_f1": 0.978, "indirect_recall": 0.999, "speaker_accuracy": 0.936, "entities_typed_f1": 0.939,
               "splits": 7, "merges": 2, "via_found": 0.249},
    "dev44f": {"quotes_f1": 0.981, "indirect_recall": 0.964, "speaker_accuracy": 0.928, "entities_typed_f1": 0.962,
               "splits": 4, "merges": 2, "via_found": 0.249},
    "dev44g": {"quotes_f1": 0.952, "indirect_recall": 0.927, "speaker_accuracy": 0.974, "entities_typed_f1": 0.941,
               "splits": 0, "merges": 0, "via_found": 0.399},
    "dev44h": {"quotes_f1": 0.852, "indirect_recall": 0.749, "speaker_accuracy": 0.936, "entities_typed_f1": 0.942,
               "splits": 6, "merges": 2, "via_found": 0.999},
    # session 45's fresh samples, annotated blind by helpers, run by totals only; first measured on 9b293f9 (the
    # session's starting code), then on its final code (READMEs)
    "dev45a": {"quotes_f1": 0.931, "indirect_recall": 0.89, "speaker_accuracy": 0.999, "entities_typed_f1": 0.952,
               "splits": 5, "merges": 0, "via_found": 0.713},
    "dev45b": {"quotes_f1": 0.94, "indirect_recall": 0.699, "speaker_accuracy": 0.957, "entities_typed_f1": 0.942,
               "splits": 6, "merges": 2, "via_found": 0.249},
    "dev45c": {"quotes_f1": 0.984, "indirect_recall": 0.999, "speaker_accuracy": 0.97, "entities_typed_f1": 0.922,
               "splits": 2, "merges": 2, "via_found": 0.665},
    "dev45d": {"quotes_f1": 0.93, "indirect_recall": 0.841, "speaker_accuracy": 0.924, "entities_typed_f1": 0.949,
               "splits": 5, "merges": 1, "via_found": 0.665},
    "dev45e": {"quotes_f1": 0.939, "indirect_recall": 0.913, "speaker_accuracy": 0.976, "entities_typed_f1": 0.919,
               "splits": 7, "merges": 0, "via_found": 0.999},
    "dev45f": {"quotes_f1": 0.969, "indirect_recall": 0.966, "speaker_accuracy": 0.892, "entities_typed_f1": 0.953,
               "splits": 3, "merges": 1, "via_found": 0.499},
    "dev45g": {"quotes_f1": 0.903, "indirect_recall": 0.849, "speaker_accuracy": 0.946, "entities_typed_f1": 0.938,
               "splits": 3, "merges": 0, "via_found": 0.499},
    # typed 0.865 -> 0.862 (session 47): a mall's name with initials joins its full name, whose reading as a body wins
    "dev45h": {"quotes_f1": 0.962, "indirect_recall": 0.922, "speaker_accuracy": 0.902, "entities_typed_f1": 0.924,
               "splits": 4, "merges": 0, "via_found": 0.999},
    # session 46's fresh samples, annotated blind by helpers, run by totals only; first measured on d61b094 (the
    # session's starting code), then on its final code (READMEs)
    "dev46a": {"quotes_f1": 0.941, "indirect_recall": 0.847, "speaker_accuracy": 0.981, "entities_typed_f1": 0.912,
               "splits": 2, "merges": 0, "via_found": 0.57},
    "dev46b": {"quotes_f1": 0.935, "indirect_recall": 0.832, "speaker_accuracy": 0.976, "entities_typed_f1": 0.889,
               "splits": 4, "merges": 1, "via_found": 0.399},
    # splits 5 -> 6 (session 51): given names before a word quoted alone for someone else kept in the full name they
    # open (typed +0.003 here); a name with and without one of them is now two forms
    "dev46c": {"quotes_f1": 0.988, "indirect_recall": 0.999, "speaker_accuracy": 0.856, "entities_typed_f1": 0.967,
               "splits": 6, "merges": 1, "via_found": 0.999},
    "dev46d": {"quotes_f1": 0.969, "indirect_recall": 0.949, "speaker_accuracy": 0.999, "entities_typed_f1": 0.901,
               "splits": 4, "merges": 0, "via_found": 0.499},
    "dev46e": {"quotes_f1": 0.956, "indirect_recall": 0.966, "speaker_accuracy": 0.963, "entities_typed_f1": 0.975,
               "splits": 6, "merges": 1, "via_found": 0.665},
    "dev46f": {"quotes_f1": 0.944, "indirect_recall": 0.94, "speaker_accuracy": 0.883, "entities_typed_f1": 0.928,
               "splits": 1, "merges": 0, "via_found": 0.599},
    "dev46g": {"quotes_f1": 0.956, "indirect_recall": 0.946, "speaker_accuracy": 0.976, "entities_typed_f1": 0.972,
               "splits": 2, "merges": 0, "via_found": 0.499},
    "dev46h": {"quotes_f1": 0.956, "indirect_recall": 0.915, "speaker_accuracy": 0.896, "entities_typed_f1": 0.912,
               "splits": 4, "merges": 0, "via_found": 0.499},
    # session 47's fresh samples, annotated blind by helpers, run by totals only; first measured on 2a9059b (the
    # session's starting code), then on its final code (READMEs)
    "dev47a": {"quotes_f1": 0.98, "indirect_recall": 0.999, "speaker_accuracy": 0.942, "entities_typed_f1": 0.939,
               "splits": 2, "merges": 0, "via_found": 0.427},
    "dev47b": {"quotes_f1": 0.957, "indirect_recall": 0.966, "speaker_accuracy": 0.964, "entities_typed_f1": 0.966,
               "splits": 6, "merges": 1, "via_found": 0.799},
    "dev47c": {"quotes_f1": 0.931, "indirect_recall": 0.903, "speaker_accuracy": 0.966, "entities_typed_f1": 0.933,
               "splits": 4, "merges": 0, "via_found": 0.999},
    "dev47d": {"quotes_f1": 0.946, "indirect_recall": 0.895, "speaker_accuracy": 0.906, "entities_typed_f1": 0.898,
               "splits": 1, "merges": 1, "via_found": 0.141},
    "dev47e": {"quotes_f1": 0.879, "indirect_recall": 0.879, "speaker_accuracy": 0.953, "entities_typed_f1": 0.942,
               "splits": 5, "merges": 0, "via_found": 0.749},
    "dev47f": {"quotes_f1": 0.959, "indirect_recall": 0.963, "speaker_accuracy": 0.832, "entities_typed_f1": 0.932,
               "splits": 2, "merges": 3, "via_found": 0.999},
    "dev47g": {"quotes_f1": 0.902, "indirect_recall": 0.89, "speaker_accuracy": 0.909, "entities_typed_f1": 0.919,
               "splits": 1, "merges": 0, "via_found": 0.749},
    "dev47h": {"quotes_f1": 0.983, "indirect_recall": 0.965, "speaker_accuracy": 0.983, "entities_typed_f1": 0.973,
               "splits": 3, "merges": 3, "via_found": 0.332},
    # session 48's fresh samples, annotated blind by helpers, run by totals only; first measured on 42e3d11 (the
    # session's starting code), then on its final code (READMEs)
    "dev48a": {"quotes_f1": 0.958, "indirect_recall": 0.932, "speaker_accuracy": 0.965, "entities_typed_f1": 0.942,
               "splits": 4, "merges": 0, "via_found": 0.999},
    "dev48b": {"quotes_f1": 0.953, "indirect_recall": 0.89, "speaker_accuracy": 0.93, "entities_typed_f1": 0.958,
               "splits": 3, "merges": 0, "via_found": 0.665},
    "dev48c": {"quotes_f1": 0.937, "indirect_recall": 0.903, "speaker_accuracy": 0.825, "entities_typed_f1": 0.97,
               "splits": 1, "merges": 0, "via_found": 0.749},
    "dev48d": {"quotes_f1": 0.98, "indirect_recall": 0.974, "speaker_accuracy": 0.948, "entities_typed_f1": 0.93,
               "splits": 6, "merges": 1, "via_found": 0.776},
    "dev48e": {"quotes_f1": 0.992, "indirect_recall": 0.999, "speaker_accuracy": 0.999, "entities_typed_f1": 0.937,
               "splits": 0, "merges": 0, "via_found": 0.999},
    "dev48f": {"quotes_f1": 0.975, "indirect_recall": 0.951, "speaker_accuracy": 0.828, "entities_typed_f1": 0.972,
               "splits": 1, "merges": 0, "via_found": 0.749},
    "dev48g": {"quotes_f1": 0.914, "indirect_recall": 0.877, "speaker_accuracy": 0.937, "entities_typed_f1": 0.953,
               "splits": 3, "merges": 0, "via_found": 0.554},
    "dev48h": {"quotes_f1": 0.965, "indirect_recall": 0.95, "speaker_accuracy": 0.964, "entities_typed_f1": 0.982,
               "splits": 1, "merges": 0, "via_found": 0.499},
    # session 49's fresh samples, annotated blind by helpers, run by totals only; first measured on 3da0940 (the
    # session's starting code), then on its final code (READMEs)
    "dev49a": {"quotes_f1": 0.976, "indirect_recall": 0.999, "speaker_accuracy": 0.953, "entities_typed_f1": 0.966,
               "splits": 2, "merges": 0, "via_found": 0.499},
    "dev49b": {"quotes_f1": 0.907, "indirect_recall": 0.765, "speaker_accuracy": 0.903, "entities_typed_f1": 0.928,
               "splits": 7, "merges": 1, "via_found": 0.776},
    "dev49c": {"quotes_f1": 0.987, "indirect_recall": 0.999, "speaker_accuracy": 0.999, "entities_typed_f1": 0.944,
               "splits": 7, "merges": 0, "via_found": 0.665},
    "dev49d": {"quotes_f1": 0.952, "indirect_recall": 0.893, "speaker_accuracy": 0.971, "entities_typed_f1": 0.917,
               "splits": 2, "merges": 0, "via_found": 0.249},
    "dev49e": {"quotes_f1": 0.956, "indirect_recall": 0.87, "speaker_accuracy": 0.909, "entities_typed_f1": 0.948,
               "splits": 5, "merges": 1, "via_found": 0.749},
    "dev49f": {"quotes_f1": 0.959, "indirect_recall": 0.93, "speaker_accuracy": 0.933, "entities_typed_f1": 0.949,
               "splits": 2, "merges": 1, "via_found": 0.57},
    # typed 0.887 -> 0.884 (session 51): a role noun opening a run (a student's programme before a university's
    # acronym) left the acronym unread
    "dev49g": {"quotes_f1": 0.973, "indirect_recall": 0.999, "speaker_accuracy": 0.999, "entities_typed_f1": 0.924,
               "splits": 5, "merges": 4, "via_found": 0.999},
    "dev49h": {"quotes_f1": 0.955, "indirect_recall": 0.936, "speaker_accuracy": 0.953, "entities_typed_f1": 0.927,
               "splits": 3, "merges": 2, "via_found": 0.999},
    # session 50's fresh samples, annotated blind by helpers, run by totals only; first measured on 15ee1be (the
    # session's starting code), then on its final code (READMEs)
    "dev50a": {"quotes_f1": 0.915, "indirect_recall": 0.877, "speaker_accuracy": 0.965, "entities_typed_f1": 0.938,
               "splits": 4, "merges": 1, "via_found": 0.665},
    "dev50b": {"quotes_f1": 0.882, "indirect_recall": 0.832, "speaker_accuracy": 0.972, "entities_typed_f1": 0.884,
               "splits": 4, "merges": 1, "via_found": 0.799},
    "dev50c": {"quotes_f1": 0.918, "indirect_recall": 0.86, "speaker_accuracy": 0.967, "entities_typed_f1": 0.952,
               "splits": 8, "merges": 1, "via_found": 0.999},
    "dev50d": {"quotes_f1": 0.915, "indirect_recall": 0.951, "speaker_accuracy": 0.885, "entities_typed_f1": 0.951,
               "splits": 3, "merges": 1, "via_found": 0.499},
    # typed 0.867 -> 0.863 (session 51): a company split from its chief's name after `CEO` (a merge gone) is typed by
    # the vote as a person from its speech verbs
    "dev50e": {"quotes_f1": 0.933, "indirect_recall": 0.903, "speaker_accuracy": 0.979, "entities_typed_f1": 0.924,
               "splits": 2, "merges": 0, "via_found": 0.713},
    "dev50f": {"quotes_f1": 0.955, "indirect_recall": 0.896, "speaker_accuracy": 0.972, "entities_typed_f1": 0.908,
               "splits": 4, "merges": 0, "via_found": 0.499},
    "dev50g": {"quotes_f1": 0.91, "indirect_recall": 0.887, "speaker_accuracy": 0.943, "entities_typed_f1": 0.957,
               "splits": 4, "merges": 0, "via_found": 0.799},
    "dev50h": {"quotes_f1": 0.99, "indirect_recall": 0.999, "speaker_accuracy": 0.88, "entities_typed_f1": 0.925,
               "splits": 3, "merges": 1, "via_found": 0.0},
    # session 51's fresh samples, annotated blind by helpers, run by totals only; first measured on e032d89 (the
    # session's starting code), then on its final code (READMEs)
    "dev51a": {"quotes_f1": 0.983, "indirect_recall": 0.964, "speaker_accuracy": 0.983, "entities_typed_f1": 0.952,
               "splits": 1, "merges": 0, "via_found": 0.599},
    "dev51b": {"quotes_f1": 0.986, "indirect_recall": 0.999, "speaker_accuracy": 0.961, "entities_typed_f1": 0.941,
               "splits": 3, "merges": 1, "via_found": 0.499},
    "dev51c": {"quotes_f1": 0.832, "indirect_recall": 0.665, "speaker_accuracy": 0.954, "entities_typed_f1": 0.963,
               "splits": 2, "merges": 1, "via_found": 0.499},
    "dev51d": {"quotes_f1": 0.962, "indirect_recall": 0.879, "speaker_accuracy": 0.941, "entities_typed_f1": 0.972,
               "splits": 5, "merges": 1, "via_found": 0.799},
    "dev51e": {"quotes_f1": 0.931, "indirect_recall": 0.825, "speaker_accuracy": 0.811, "entities_typed_f1": 0.952,
               "splits": 5, "merges": 0, "via_found": 0.332},
    "dev51f": {"quotes_f1": 0.979, "indirect_recall": 0.999, "speaker_accuracy": 0.959, "entities_typed_f1": 0.922,
               "splits": 4, "merges": 0, "via_found": 0.799},
    "dev51g": {"quotes_f1": 0.932, "indirect_recall": 0.919, "speaker_accuracy": 0.999, "entities_typed_f1": 0.959,
               "splits": 1, "merges": 0, "via_found": 0.799},
    "dev51h": {"quotes_f1": 0.958, "indirect_recall": 0.999, "speaker_accuracy": 0.965, "entities_typed_f1": 0.929,
               "splits": 4, "merges": 1, "via_found": 0.999},
    # session 52's fresh samples, annotated blind by helpers, run by totals only; first measured on fe3d9cc (the
    # session's starting code), then on its final code (READMEs)
    "dev52a": {"quotes_f1": 0.971, "indirect_recall": 0.922, "speaker_accuracy": 0.999, "entities_typed_f1": 0.952,
               "splits": 4, "merges": 1, "via_found": 0.999},
    "dev52b": {"quotes_f1": 0.931, "indirect_recall": 0.881, "speaker_accuracy": 0.941, "entities_typed_f1": 0.937,
               "splits": 1, "merges": 0, "via_found": 0.57},
    "dev52c": {"quotes_f1": 0.864, "indirect_recall": 0.849, "speaker_accuracy": 0.895, "entities_typed_f1": 0.933,
               "splits": 4, "merges": 2, "via_found": 0.665},
    # splits 1 -> 2 (session 53): a line-up's hyphenated player is one name now, no longer a bare first half that joined
    # the text's other form of his name (its first half after a given name), which the gold holds as the same player
    # (typed 0.907 -> 0.935)
    "dev52d": {"quotes_f1": 0.975, "indirect_recall": 0.881, "speaker_accuracy": 0.95, "entities_typed_f1": 0.975,
               "splits": 2, "merges": 0, "via_found": 0.999},
    "dev52e": {"quotes_f1": 0.908, "indirect_recall": 0.903, "speaker_accuracy": 0.962, "entities_typed_f1": 0.937,
               "splits": 1, "merges": 0, "via_found": 0.0},
    "dev52f": {"quotes_f1": 0.969, "indirect_recall": 0.946, "speaker_accuracy": 0.839, "entities_typed_f1": 0.925,
               "splits": 3, "merges": 0, "via_found": 0.332},
    "dev52g": {"quotes_f1": 0.943, "indirect_recall": 0.799, "speaker_accuracy": 0.969, "entities_typed_f1": 0.895,
               "splits": 3, "merges": 0, "via_found": 0.499},
    "dev52h": {"quotes_f1": 0.956, "indirect_recall": 0.963, "speaker_accuracy": 0.945, "entities_typed_f1": 0.959,
               "splits": 2, "merges": 2, "via_found": 0.999},
    # session 53's fresh samples, annotated blind by helpers, run by totals only; first measured on 2964489 (the
    # session's starting code), then on its final code (READMEs)
    "dev53a": {"quotes_f1": 0.926, "indirect_recall": 0.879, "speaker_accuracy": 0.881, "entities_typed_f1": 0.927,
               "splits": 6, "merges": 0, "via_found": 0.599},
    "dev53b": {"quotes_f1": 0.978, "indirect_recall": 0.999, "speaker_accuracy": 0.97, "entities_typed_f1": 0.94,
               "splits": 2, "merges": 1, "via_found": 0.0},
    "dev53c": {"quotes_f1": 0.991, "indirect_recall": 0.999, "speaker_accuracy": 0.923, "entities_typed_f1": 0.949,
               "splits": 0, "merges": 1, "via_found": 0.499},
    "dev53d": {"quotes_f1": 0.951, "indirect_recall": 0.91, "speaker_accuracy": 0.965, "entities_typed_f1": 0.955,
               "splits": 1, "merges": 0, "via_found": 0.665},
    "dev53e": {"quotes_f1": 0.96, "indirect_recall": 0.919, "speaker_accuracy": 0.979, "entities_typed_f1": 0.973,
               "splits": 4, "merges": 1, "via_found": 0.999},
    "dev53f": {"quotes_f1": 0.954, "indirect_recall": 0.967, "speaker_accuracy": 0.945, "entities_typed_f1": 0.948,
               "splits": 5, "merges": 0, "via_found": 0.999},
    "dev53g": {"quotes_f1": 0.944, "indirect_recall": 0.932, "speaker_accuracy": 0.884, "entities_typed_f1": 0.926,
               "splits": 8, "merges": 2, "via_found": 0.999},
    "dev53h": {"quotes_f1": 0.94, "indirect_recall": 0.912, "speaker_accuracy": 0.978, "entities_typed_f1": 0.954,
               "splits": 4, "merges": 2, "via_found": 0.999},
    "dev54a": {"quotes_f1": 0.977, "indirect_recall": 0.999, "speaker_accuracy": 0.999, "entities_typed_f1": 0.957,
               "splits": 1, "merges": 0, "via_found": 0.799},
    "dev54b": {"quotes_f1": 0.935, "indirect_recall": 0.943, "speaker_accuracy": 0.953, "entities_typed_f1": 0.979,
               "splits": 2, "merges": 0, "via_found": 0.665},
    "dev54c": {"quotes_f1": 0.934, "indirect_recall": 0.937, "speaker_accuracy": 0.944, "entities_typed_f1": 0.959,
               "splits": 3, "merges": 0, "via_found": 0.799},
    "dev54d": {"quotes_f1": 0.955, "indirect_recall": 0.999, "speaker_accuracy": 0.877, "entities_typed_f1": 0.972,
               "splits": 2, "merges": 0, "via_found": 0.0},
    "dev54e": {"quotes_f1": 0.915, "indirect_recall": 0.811, "speaker_accuracy": 0.999, "entities_typed_f1": 0.953,
               "splits": 4, "merges": 0, "via_found": 0.165},
    "dev54f": {"quotes_f1": 0.975, "indirect_recall": 0.999, "speaker_accuracy": 0.975, "entities_typed_f1": 0.955,
               "splits": 0, "merges": 0, "via_found": 0.999},
    "dev54g": {"quotes_f1": 0.946, "indirect_recall": 0.934, "speaker_accuracy": 0.887, "entities_typed_f1": 0.922,
               "splits": 7, "merges": 0, "via_found": 0.799},
    "dev54h": {"quotes_f1": 0.999, "indirect_recall": 0.999, "speaker_accuracy": 0.977, "entities_typed_f1": 0.944,
               "splits": 2, "merges": 1, "via_found": 0.999},
    "dev55a": {"quotes_f1": 0.962, "indirect_recall": 0.912, "speaker_accuracy": 0.949, "entities_typed_f1": 0.902,
               "splits": 2, "merges": 1, "via_found": 0.665},
    "dev55b": {"quotes_f1": 0.999, "indirect_recall": 0.999, "speaker_accuracy": 0.814, "entities_typed_f1": 0.907,
               "splits": 4, "merges": 0, "via_found": 0.999},
    "dev55c": {"quotes_f1": 0.938, "indirect_recall": 0.881, "speaker_accuracy": 0.97, "entities_typed_f1": 0.951,
               "splits": 5, "merges": 1, "via_found": 0.999},
    "dev55d": {"quotes_f1": 0.875, "indirect_recall": 0.734, "speaker_accuracy": 0.81, "entities_typed_f1": 0.945,
               "splits": 2, "merges": 1, "via_found": 0.499},
    "dev55e": {"quotes_f1": 0.956, "indirect_recall": 0.899, "speaker_accuracy": 0.872, "entities_typed_f1": 0.903,
               "splits": 0, "merges": 1, "via_found": 0.499},
    "dev55f": {"quotes_f1": 0.776, "indirect_recall": 0.635, "speaker_accuracy": 0.76, "entities_typed_f1": 0.931,
               "splits": 3, "merges": 2, "via_found": 0.749},
    "dev55g": {"quotes_f1": 0.917, "indirect_recall": 0.847, "speaker_accuracy": 0.981, "entities_typed_f1": 0.926,
               "splits": 1, "merges": 0, "via_found": 0.749},
    "dev55h": {"quotes_f1": 0.94, "indirect_recall": 0.899, "speaker_accuracy": 0.967, "entities_typed_f1": 0.861,
               "splits": 4, "merges": 3, "via_found": 0.749},
    "dev56a": {"quotes_f1": 0.914, "indirect_recall": 0.865, "speaker_accuracy": 0.962, "entities_typed_f1": 0.88,
               "splits": 4, "merges": 1, "via_found": 0.999},
    "dev56b": {"quotes_f1": 0.925, "indirect_recall": 0.847, "speaker_accuracy": 0.981, "entities_typed_f1": 0.953,
               "splits": 3, "merges": 1, "via_found": 0.499},
    "dev56c": {"quotes_f1": 0.947, "indirect_recall": 0.908, "speaker_accuracy": 0.999, "entities_typed_f1": 0.921,
               "splits": 2, "merges": 0, "via_found": 0.499},
    "dev56d": {"quotes_f1": 0.931, "indirect_recall": 0.903, "speaker_accuracy": 0.978, "entities_typed_f1": 0.906,
               "splits": 2, "merges": 0, "via_found": 0.999},
    "dev56e": {"quotes_f1": 0.98, "indirect_recall": 0.999, "speaker_accuracy": 0.906, "entities_typed_f1": 0.91,
               "splits": 7, "merges": 3, "via_found": 0.999},
    "dev56f": {"quotes_f1": 0.963, "indirect_recall": 0.877, "speaker_accuracy": 0.881, "entities_typed_f1": 0.909,
               "splits": 2, "merges": 1, "via_found": 0.0},
    "dev56g": {"quotes_f1": 0.999, "indirect_recall": 0.999, "speaker_accuracy": 0.969, "entities_typed_f1": 0.924,
               "splits": 1, "merges": 0, "via_found": 0.665},
    "dev56h": {"quotes_f1": 0.946, "indirect_recall": 0.887, "speaker_accuracy": 0.962, "entities_typed_f1": 0.896,
               "splits": 5, "merges": 2, "via_found": 0.0},
    "dev57a": {"quotes_f1": 0.954, "indirect_recall": 0.924, "speaker_accuracy": 0.942, "entities_typed_f1": 0.897,
               "splits": 3, "merges": 2, "via_found": 0.856},
    "dev57b": {"quotes_f1": 0.95, "indirect_recall": 0.94, "speaker_accuracy": 0.691, "entities_typed_f1": 0.861,
               "splits": 7, "merges": 0, "via_found": 0.599},
    "dev57c": {"quotes_f1": 0.967, "indirect_recall": 0.968, "speaker_accuracy": 0.959, "entities_typed_f1": 0.901,
               "splits": 6, "merges": 0, "via_found": 0.799},
    "dev57d": {"quotes_f1": 0.937, "indirect_recall": 0.887, "speaker_accuracy": 0.999, "entities_typed_f1": 0.946,
               "splits": 1, "merges": 0, "via_found": 0.749},
    "dev57e": {"quotes_f1": 0.893, "indirect_recall": 0.953, "speaker_accuracy": 0.763, "entities_typed_f1": 0.851,
               "splits": 2, "merges": 0, "via_found": 0.399},
    "dev57f": {"quotes_f1": 0.967, "indirect_recall": 0.94, "speaker_accuracy": 0.977, "entities_typed_f1": 0.945,
               "splits": 3, "merges": 1, "via_found": 0.499},
    "dev57g": {"quotes_f1": 0.922, "indirect_recall": 0.799, "speaker_accuracy": 0.808, "entities_typed_f1": 0.94,
               "splits": 5, "merges": 1, "via_found": 0.999},
    "dev57h": {"quotes_f1": 0.923, "indirect_recall": 0.879, "speaker_accuracy": 0.652, "entities_typed_f1": 0.874,
               "splits": 3, "merges": 1, "via_found": 0.399},
    "dev58a": {"quotes_f1": 0.946, "indirect_recall": 0.847, "speaker_accuracy": 0.999, "entities_typed_f1": 0.915,
               "splits": 1, "merges": 0, "via_found": 0.749},
    "dev58b": {"quotes_f1": 0.845, "indirect_recall": 0.665, "speaker_accuracy": 0.944, "entities_typed_f1": 0.897,
               "splits": 2, "merges": 0, "via_found": 0.624},
    "dev58c": {"quotes_f1": 0.952, "indirect_recall": 0.953, "speaker_accuracy": 0.999, "entities_typed_f1": 0.945,
               "splits": 2, "merges": 2, "via_found": 0.499},
    "dev58d": {"quotes_f1": 0.952, "indirect_recall": 0.905, "speaker_accuracy": 0.92, "entities_typed_f1": 0.936,
               "splits": 6, "merges": 1, "via_found": 0.713},
    "dev58e": {"quotes_f1": 0.983, "indirect_recall": 0.999, "speaker_accuracy": 0.935, "entities_typed_f1": 0.881,
               "splits": 5, "merges": 0, "via_found": 0.856},
    "dev58f": {"quotes_f1": 0.926, "indirect_recall": 0.85, "speaker_accuracy": 0.83, "entities_typed_f1": 0.897,
               "splits": 4, "merges": 1, "via_found": 0.665},
    "dev59a": {"quotes_f1": 0.938, "indirect_recall": 0.969, "speaker_accuracy": 0.999, "entities_typed_f1": 0.92,
               "splits": 6, "merges": 0, "via_found": 0.999},
    "dev59b": {"quotes_f1": 0.929, "indirect_recall": 0.856, "speaker_accuracy": 0.949, "entities_typed_f1": 0.893,
               "splits": 3, "merges": 2, "via_found": 0.665},
    "dev59c": {"quotes_f1": 0.96, "indirect_recall": 0.949, "speaker_accuracy": 0.939, "entities_typed_f1": 0.733,
               "splits": 4, "merges": 1, "via_found": 0.249},
    "dev59d": {"quotes_f1": 0.95, "indirect_recall": 0.951, "speaker_accuracy": 0.96, "entities_typed_f1": 0.912,
               "splits": 6, "merges": 2, "via_found": 0.999},
    "dev59e": {"quotes_f1": 0.95, "indirect_recall": 0.912, "speaker_accuracy": 0.965, "entities_typed_f1": 0.903,
               "splits": 2, "merges": 0, "via_found": 0.249},
    "dev59f": {"quotes_f1": 0.954, "indirect_recall": 0.964, "speaker_accuracy": 0.943, "entities_typed_f1": 0.914,
               "splits": 4, "merges": 0, "via_found": 0.799},
    "dev60a": {"quotes_f1": 0.917, "indirect_recall": 0.822, "speaker_accuracy": 0.963, "entities_typed_f1": 0.895,
               "splits": 3, "merges": 1, "via_found": 0.999},
    "dev60b": {"quotes_f1": 0.876, "indirect_recall": 0.856, "speaker_accuracy": 0.959, "entities_typed_f1": 0.94,
               "splits": 2, "merges": 0, "via_found": 0.443},
    "dev60c": {"quotes_f1": 0.946, "indirect_recall": 0.845, "speaker_accuracy": 0.962, "entities_typed_f1": 0.9,
               "splits": 1, "merges": 0, "via_found": 0.999},
    "dev60d": {"quotes_f1": 0.878, "indirect_recall": 0.704, "speaker_accuracy": 0.874, "entities_typed_f1": 0.885,
               "splits": 4, "merges": 0, "via_found": 0.332},
    "dev60e": {"quotes_f1": 0.947, "indirect_recall": 0.87, "speaker_accuracy": 0.968, "entities_typed_f1": 0.927,
               "splits": 3, "merges": 0, "via_found": 0.749},
    "dev60f": {"quotes_f1": 0.937, "indirect_recall": 0.96, "speaker_accuracy": 0.999, "entities_typed_f1": 0.951,
               "splits": 3, "merges": 0, "via_found": 0.999},
    "dev61a": {"quotes_f1": 0.915, "indirect_recall": 0.799, "speaker_accuracy": 0.965, "entities_typed_f1": 0.913,
               "splits": 6, "merges": 0, "via_found": 0.999},
    "dev61b": {"quotes_f1": 0.943, "indirect_recall": 0.915, "speaker_accuracy": 0.94, "entities_typed_f1": 0.908,
               "splits": 5, "merges": 2, "via_found": 0.665},
    "dev61c": {"quotes_f1": 0.974, "indirect_recall": 0.999, "speaker_accuracy": 0.974, "entities_typed_f1": 0.899,
               "splits": 4, "merges": 1, "via_found": 0.665},
    "dev61d": {"quotes_f1": 0.906, "indirect_recall": 0.822, "speaker_accuracy": 0.973, "entities_typed_f1": 0.924,
               "splits": 8, "merges": 1, "via_found": 0.799},
    "dev61e": {"quotes_f1": 0.94, "indirect_recall": 0.874, "speaker_accuracy": 0.874, "entities_typed_f1": 0.925,
               "splits": 3, "merges": 1, "via_found": 0.332},
    "dev61f": {"quotes_f1": 0.999, "indirect_recall": 0.999, "speaker_accuracy": 0.935, "entities_typed_f1": 0.922,
               "splits": 3, "merges": 0, "via_found": 0.999},
    "dev62a": {"quotes_f1": 0.992, "indirect_recall": 0.999, "speaker_accuracy": 0.984, "entities_typed_f1": 0.961,
               "splits": 1, "merges": 0, "via_found": 0.749},
    "dev62b": {"quotes_f1": 0.942, "indirect_recall": 0.826, "speaker_accuracy": 0.939, "entities_typed_f1": 0.912,
               "splits": 1, "merges": 1, "via_found": 0.665},
    "dev62c": {"quotes_f1": 0.914, "indirect_recall": 0.788, "speaker_accuracy": 0.941, "entities_typed_f1": 0.926,
               "splits": 6, "merges": 0, "via_found": 0.499},
    "dev62d": {"quotes_f1": 0.942, "indirect_recall": 0.825, "speaker_accuracy": 0.999, "entities_typed_f1": 0.919,
               "splits": 7, "merges": 0, "via_found": 0.499},
    "dev62e": {"quotes_f1": 0.944, "indirect_recall": 0.856, "speaker_accuracy": 0.917, "entities_typed_f1": 0.878,
               "splits": 4, "merges": 0, "via_found": 0.999},
    "dev62f": {"quotes_f1": 0.944, "indirect_recall": 0.856, "speaker_accuracy": 0.941, "entities_typed_f1": 0.928,
               "splits": 5, "merges": 0, "via_found": 0.599},
    "dev63a": {"quotes_f1": 0.899, "indirect_recall": 0.782, "speaker_accuracy": 0.931, "entities_typed_f1": 0.84,
               "splits": 6, "merges": 1, "via_found": 0.499},
    "dev63b": {"quotes_f1": 0.951, "indirect_recall": 0.887, "speaker_accuracy": 0.982, "entities_typed_f1": 0.911,
               "splits": 3, "merges": 0, "via_found": 0.332},
    "dev63c": {"quotes_f1": 0.957, "indirect_recall": 0.863, "speaker_accuracy": 0.941, "entities_typed_f1": 0.905,
               "splits": 2, "merges": 0, "via_found": 0.499},
    "dev63d": {"quotes_f1": 0.95, "indirect_recall": 0.849, "speaker_accuracy": 0.912, "entities_typed_f1": 0.942,
               "splits": 4, "merges": 1, "via_found": 0.665},
    "dev63e": {"quotes_f1": 0.909, "indirect_recall": 0.817, "speaker_accuracy": 0.912, "entities_typed_f1": 0.94,
               "splits": 5, "merges": 3, "via_found": 0.887},
    "dev63f": {"quotes_f1": 0.979, "indirect_recall": 0.959, "speaker_accuracy": 0.979, "entities_typed_f1": 0.909,
               "splits": 2, "merges": 3, "via_found": 0.499},
    "dev64a": {"quotes_f1": 0.956, "indirect_recall": 0.927, "speaker_accuracy": 0.954, "entities_typed_f1": 0.904,
               "splits": 6, "merges": 0, "via_found": 0.499},
    "dev64b": {"quotes_f1": 0.961, "indirect_recall": 0.937, "speaker_accuracy": 0.932, "entities_typed_f1": 0.848,
               "splits": 6, "merges": 1, "via_found": 0.999},
    "dev64c": {"quotes_f1": 0.977, "indirect_recall": 0.908, "speaker_accuracy": 0.933, "entities_typed_f1": 0.82,
               "splits": 2, "merges": 0, "via_found": 0.749},
    "dev64d": {"quotes_f1": 0.965, "indirect_recall": 0.999, "speaker_accuracy": 0.93, "entities_typed_f1": 0.943,
               "splits": 3, "merges": 0, "via_found": 0.249},
    "dev64e": {"quotes_f1": 0.986, "indirect_recall": 0.999, "speaker_accuracy": 0.922, "entities_typed_f1": 0.897,
               "splits": 5, "merges": 1, "via_found": 0.832},
    "dev64f": {"quotes_f1": 0.946, "indirect_recall": 0.903, "speaker_accuracy": 0.999, "entities_typed_f1": 0.908,
               "splits": 3, "merges": 0, "via_found": 0.665},
}


def test_the_tables_the_sets_are_evaluated_on_are_the_flows(seeds_output, tmp_path):
    transform_tables(SEEDS, tmp_path)
    assert {name: (tmp_path / f"{name}.parquet").read_bytes() for name in TABLES} == {
        name: (seeds_output / f"{name}.parquet").read_bytes() for name in TABLES}


def test_seeds_quality_does_not_drop(seeds_output):
    report = evaluate(SEEDS_GOLD, seeds_output)
    assert report.metadata["accuracy"] >= SEEDS_FLOORS["metadata"]
    assert report.entities["typed"]["f1"] >= SEEDS_FLOORS["entities_typed_f1"]
    assert report.resolution == {"splits": [], "merges": []}
    assert report.quotes["f1"] >= SEEDS_FLOORS["quotes_f1"]
    assert report.speakers["accuracy"] >= SEEDS_FLOORS["speaker_accuracy"]


@pytest.mark.skipif(not PFSA.exists(), reason="the PFSA-ID dev set is not beside the repo")
def test_pfsa_dev_quality_does_not_drop_on_either_half(tmp_path):
    transform_tables(PFSA / "articles", tmp_path)
    for half, floors in PFSA_HALF_FLOORS.items():
        report = evaluate(PFSA / "gold.json", tmp_path, half=half)
        assert report.quotes_by_kind["direct"]["recall"] >= floors["direct_recall"], half
        assert report.speakers["accuracy"] >= floors["speaker_accuracy"], half


@pytest.mark.skipif(not CORPUS.exists(), reason="the scale corpus is not beside the repo")
@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_blind_set_quality_does_not_drop(tmp_path, name):
    folder = BLIND / name
    ids = {line.strip() for line in (folder / "ids.txt").read_text().splitlines() if line.strip()}
    write_files(tmp_path / "in", ids)
    # the held-out blind_* sets' tables are validated too (texts nobody read, the likeliest to hold what no expectation
    # foresaw); the development sets' are not: two thirds of a set's time, for the same kind of text (the CI run's limit)
    transform_tables(tmp_path / "in", tmp_path / "out", validate=name.startswith("blind_"))
    report, floors = evaluate(folder / "gold.json", tmp_path / "out"), BLIND_FLOORS[name]
    assert not report.missing_documents
    assert report.quotes["f1"] >= floors["quotes_f1"]
    assert report.quotes_by_kind["indirect"]["recall"] >= floors["indirect_recall"]
    assert report.speakers["accuracy"] >= floors["speaker_accuracy"]
    assert report.entities["typed"]["f1"] >= floors["entities_typed_f1"]
    # counts only: a failure must not print the names of a held-out set's entities
    splits, merges = len(report.resolution["splits"]), len(report.resolution["merges"])
    assert splits <= floors["splits"]
    assert merges <= floors.get("merges", 0)
    if "via_found" in floors:
        assert report.sources["accuracy"] >= floors["via_found"]


def test_other_outlets_quality_does_not_drop(tmp_path):
    transform_tables(OTHER_OUTLETS, tmp_path)
    report = evaluate(OTHER_OUTLETS / "gold.json", tmp_path)
    assert report.quotes["f1"] >= OTHER_OUTLETS_FLOORS["quotes_f1"]
    assert report.speakers["accuracy"] >= OTHER_OUTLETS_FLOORS["speaker_accuracy"]
    assert report.entities["typed"]["f1"] >= OTHER_OUTLETS_FLOORS["entities_typed_f1"]
    assert len(report.resolution["splits"]) <= OTHER_OUTLETS_FLOORS["splits"] and not report.resolution["merges"]
