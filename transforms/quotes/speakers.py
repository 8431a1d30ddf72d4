"""Speaker phrases around a cue: after a post cue (`kata Kepala Dinas X Budi Santoso`) and before a pre
cue (`Sementara itu, Rina mengatakan`)."""

from __future__ import annotations

import re

from transforms.lexicon import (continues_subject, indonesian_city_names, known_names, match_key, speech_verbs,
                                word_set, written_degree)
from transforms.sentences import is_abbreviation

CLAUSE_WORDS = word_set("clause_words.txt")
CONJUNCTIONS = word_set("clause_conjunctions.txt")
TIME_CONJUNCTIONS = word_set("time_conjunctions.txt")
TIME_NAMES = word_set("calendar_words.txt") | word_set("holiday_words.txt")  # `saat Ramadan`: when, no subject
ADVERBIAL_LEADS = word_set("adverbial_leads.txt")
SPEAKER_LEAD_WORDS = word_set("speaker_lead_words.txt")
SPEAKER_STOP_WORDS = word_set("speaker_stop_words.txt")
NAME_JOINERS = word_set("speaker_name_joiners.txt")
OFFICE_WORDS = word_set("office_words.txt")  # `Humas PT Lintas cabang Bandung`: the office's name goes on
OFFICE_PREPOSITIONS = word_set("office_prepositions.txt")  # `Duta Besar X untuk PBB Rina`: before a capitalised name
SUBJECT_ADVERBS = word_set("subject_adverbs.txt")
PRONOUNS = word_set("pronouns.txt")
TITLE_WORDS = word_set("titles.txt")  # one-word titles (`Ketua`, `Direktur`, `Head`); phrases never match one word
DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
# `dilansir`, `seperti dikutip`: the cues citing a source in any position (speech_verbs.tsv), as a phrase's first words
CITING_CUES = frozenset(" ".join(verb.split()[:2]) for verb, (_, group, position, _) in speech_verbs().items()
                        if group == "source" and position == "any")
CONNECTIVE_CLOSERS = word_set("connective_closers.txt")
MAX_NAMED_WORDS = 12  # an office and a name (`Manajer Humas PT Kereta Api Indonesia Rina Sari`)
BRACKETED_ACRONYM = re.compile(r"\(\s*[A-Z][A-Za-z.&-]{1,15}\s*\)")
# a relative clause closed by a demonstrative at the sentence's end (`yang berasal dari Garut, Jawa Barat itu.`), or
# before a comma or the words of where and when it was said (`yang akrab disapa Kecuk ini di Gedung DPR`)
RELATIVE_DESCRIPTION = re.compile(r"yang\s[^.;:“”\"()\n]{1,80}?\s(?:itu|ini|tersebut)(?=\s*(?:[.!?,]|$)|\s+(?:%s)\b)"
                                  % "|".join(sorted(ADVERBIAL_LEADS)))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces around it and the commas and semicolons after it."""
    while end > start and text[end - 1] in " ,;\t":
        end -= 1
    while start < end and text[start] in " \t":
        start += 1
    return start, end


# a word; a dot between letters joins (`Nikah.id`, `U.S`), and so does one closing single letters (`U.S.`)
SPEAKER_WORD = re.compile(r"[A-Z](?:\.[A-Z])+\.|[^\s,.;:“”\"()]+(?:\.[A-Za-z][^\s,.;:“”\"()]*)*|[,.;:“”\"()]")


# `di Sukamaju, Rina Sari`: where an office sits, a comma, then a capitalised name (its holder, unless a day or a place)
PLACE_THEN_HOLDER = re.compile(r"di\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*,\s*(?P<holder>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def speaker_after(text: str, start: int, limit: int) -> tuple[int, int]:
    """The speaker phrase after a post cue (`kata Kepala Dinas X Budi Santoso`).

    It ends at the sentence's end, at a comma that is not followed by a capitalised name (an
    apposition such as `, Sinta Dewi` goes on), and at a lower-case word once a name has begun
    (`kata Candra menegaskan`, `kata Anang saat dihubungi`).
    """
    end = start
    named = False
    skip_to = start
    for word in SPEAKER_WORD.finditer(text, start, limit):
        if word.start() < skip_to:
            continue
        token = word.group(0)
        bracketed = BRACKETED_ACRONYM.match(text, word.start()) if token == "(" else None
        if bracketed:  # `peneliti Lembaga Ilmu Pengetahuan Indonesia (LIPI), Dewi ...`
            skip_to = end = bracketed.end()
            continue
        if token == "." and named and is_abbreviation(text, word.start()) and _name_follows(text, word.end(), limit):
            end = word.end()  # `kata Dr. Rina M. Sari`: a title's or an initial's dot, the name goes on
            continue
        if token in ".;:“”\"()\n" or "\n" in text[end:word.start()]:
            break
        if token == ",":
            following = SPEAKER_WORD.search(text, word.end(), limit)
            if following and following.group(0)[:1].isupper() and following.group(0).lower() not in word_set("calendar_words.txt"):
                continue
            break
        lower = token.lower()
        if lower == "di" and named and (holder := PLACE_THEN_HOLDER.match(text, word.start(), limit)) and (
                holder.group("holder").split()[0].lower() not in word_set("calendar_words.txt")
                and not _names_place(holder.group("holder"))):
            end = word.end()  # `kata atase pers Kedutaan Lintasia di Sukamaju, Rina Sari`: the office's place, then its holder
            continue
        described = RELATIVE_DESCRIPTION.match(text, word.start(), limit) if lower == "yang" and not named and end > start else None
        if described:  # `kata sopir yang berasal dari Garut itu.`: a role described up to a demonstrative points back
            end = described.end()
            break
        calendar = lower in word_set("calendar_words.txt") and not _named_so(text, word, end == start, limit)
        if token[:1].islower() and lower in SPEAKER_STOP_WORDS or calendar:
            break
        if token[:1].islower() and named and lower in DEMONSTRATIVES:
            end = word.end()  # `kata politikus dari Partai Maju ini`: the description points back
            break
        if token[:1].islower() and named and lower in OFFICE_PREPOSITIONS and _name_follows(text, word.end(), limit):
            end = word.end()  # `kata Duta Besar Lintasia untuk PBB Rina Sari`: the office goes on to its holder
            continue
        if token[:1].islower() and named and lower not in word_set("titles.txt") and lower not in NAME_JOINERS | OFFICE_WORDS:
            break
        named = named or token[:1].isupper() or lower in PRONOUNS  # `kata dia ditemui di DPR`: the pronoun is the speaker
        end = word.end()
    return trim(text, start, end)


def _name_follows(text: str, position: int, limit: int) -> bool:
    """The next word is capitalised or an abbreviation written before names (`dr.`, `Ir.`): a name goes on."""
    following = SPEAKER_WORD.search(text, position, limit)
    return bool(following) and (following.group(0)[:1].isupper() or following.group(0).lower() in word_set("abbreviations.txt"))


def _named_so(text: str, word: re.Match, first: bool, limit: int) -> bool:
    """`kata May kepada wartawan`: a capitalised month's name right after the cue, no date after it, is a name."""
    following = SPEAKER_WORD.search(text, word.end(), limit)
    return first and word.group(0)[:1].isupper() and not (following and following.group(0)[:1] in "0123456789(")


def _adverbial(part: str) -> bool:
    """`Senin (18/5/2020)`, `saat dihubungi di Ambon`: when or how someone spoke, not who; `dilansir Lintas`, `seperti
    dikutip dari Lintas`: where the words were read."""
    words = part.lower().split()
    if " ".join(words[:2]) in CITING_CUES or words[:1] and words[0] in CITING_CUES:
        return True
    if words[:2] == ["di", "mana"]:
        return False  # `..., di mana pemimpin partai Rina Sari menyatakan`: a relative clause with its subject
    if words[:1] == ["yang"] and len(words) > 1 and words[1] in ADVERBIAL_LEADS:
        return True  # `Rina, yang dihubungi dari Jakarta, mengatakan`
    first = words[0].strip("(") if words else ""
    return not first or first[0].isdigit() or first in ADVERBIAL_LEADS or first in word_set("calendar_words.txt")


def _place_continued(before: str, part: str) -> bool:
    """`Kepala Dinas Rina Sari di Sukamaju, Jawa Barat,`: a country's, region's or Indonesian city's name after a
    capitalised word and a comma completes the place before it; the speaker is named before (a foreign city's name
    is a surname as often: `Lewat Twitter, Hamilton mengatakan`)."""
    words = before.split()
    return bool(words) and words[-1][:1].isupper() and part[:1].isupper() and _names_place(part)


def _names_place(part: str) -> bool:
    """A country's, region's or Indonesian city's name."""
    return part.lower() in indonesian_city_names() or known_names().get(match_key(part), ("",))[0] == "LOC"


def _degrees(part: str) -> bool:
    """`SH`, `M.Epid`: a part between commas holding only academic degrees, written after the name it belongs to."""
    words = part.split()
    return bool(words) and all(written_degree(word) for word in words)


def _handle(part: str) -> bool:
    """`@lintaswarta`: a part between commas holding only an account's handle names the account before it
    (`Dinas X melalui akun Instagram resminya, @dinasx, mengumumkan`), not who speaks."""
    return HANDLE.fullmatch(part.strip()) is not None


HANDLE = re.compile(r"@[\w.]+")


def _named_before_role(body: str, comma: int, part: str) -> int | None:
    """Where the name starts when `part` describes a name set before it with a comma
    (`Rina Sari, dokter dari RS Harapan, menjelaskan`, `Rina, yang juga ketua RT, mengatakan`, `Rina Sari, Ketua Umum
    Partai Maju, mengatakan`: a description in lower case or opened by a title)."""
    titled = bool(part.split()) and part.split()[0].lower() in TITLE_WORDS
    if not (part[:1].islower() or titled) or all(word in SPEAKER_LEAD_WORDS for word in part.split()):
        return None
    previous = body.rfind(", ", 0, comma)
    start = previous + 2 if previous >= 0 else 0
    dateline = list(DATELINE_DASH.finditer(body, start, comma))
    if dateline:  # `Jakarta, Lintas TV - - Di tengah ..., pemerintah X`: the dateline is no part of the name
        start = dateline[-1].end()
    name = body[start:comma].split()
    if not 1 <= len(name) <= MAX_NAMED_WORDS or not (name[0][:1].isupper() and name[-1][:1].isupper()):
        return None
    if any(word.lower() in CLAUSE_WORDS for word in name) or _adverbial(" ".join(name)):
        return None  # `Di tengah memanasnya suasana di Pasifik, pemerintah X mengatakan`: an adverbial, no name
    if titled and not part[:1].islower() and (len(name) < 2 or not all(word[:1].isupper() for word in name)):
        return None  # before a title, only a full name (`Bahkan, Menteri X`, `Melalui teh Y, Founder Z`: no name)
    return start


def _inside_office(words: list[re.Match], index: int) -> bool:
    """`Duta Besar Lintasia untuk Sukamaju Rina Sari mengatakan`: a preposition of an office's name between capitalised
    words, the office going on to its holder's name (as after a post cue), no clause."""
    return (words[index].group(0) in OFFICE_PREPOSITIONS and 0 < index < len(words) - 1
            and words[index - 1].group(0)[:1].isupper() and words[index + 1].group(0)[:1].isupper())


def _opens_apposition(segment: str, word: re.Match) -> bool:
    """`yang` right after a comma opens an apposition closed by another (`Rina, yang juga ketua RT,
    mengatakan`), not a clause holding the cue (`Rina, yang turut menulis laporan itu menyebutkan`)."""
    return (word.group(0).lower() == "yang" and segment[:word.start()].rstrip().endswith(",")
            and "," in segment[word.end():])


BRACKETED_ASIDE = re.compile(r"\([^()]*\)")
DATELINE_DASH = re.compile(r"\s(?:-\s?-|–|—)\s")  # closes a dateline; a single spaced hyphen may join a name
NON_SPACE = re.compile(r"\S+")  # a word with the punctuation glued to it


# a list of capitalised words closed by `dan` or `serta` (`Politik, Hukum, dan Keamanan`)
CAPITALISED_LIST = re.compile(r"(?<![\w-])[A-Z][\w-]*(?:, [A-Z][\w-]*)*,? (?:dan|serta) [A-Z]")
OFFICE_LIST_WORDS = frozenset({"bidang", "urusan"})  # lower-case words inside an office's name before its list
LIST_HOLDERS = TITLE_WORDS | word_set("org_heads.txt")  # a title or a body's head opens a name holding a list


def _office_lists_blanked(body: str) -> str:
    """`Menteri Koordinator bidang Politik, Hukum, dan Keamanan Rina`, `Badan Meteorologi, Klimatologi, dan Geofisika`: the
    commas of a list inside an office's or a body's name (its capitalised words run back to a title or a body's head) are
    no clause boundary; blanked, offsets kept."""
    for found in CAPITALISED_LIST.finditer(body):
        words = body[:found.start()].split()
        while words and (words[-1] in OFFICE_LIST_WORDS or words[-1][:1].isupper() and words[-1].lower() not in LIST_HOLDERS):
            words.pop()
        if words and words[-1][:1].isupper() and words[-1].lower() in LIST_HOLDERS:
            body = body[:found.start()] + body[found.start():found.end()].replace(",", " ") + body[found.end():]
    return body


def speaker_before(text: str, clause_start: int, cue_start: int) -> tuple[int, int]:
    """The subject before a pre cue: the clause's words, leading discourse words left out.

    Between commas, the part nearest the cue names the speaker (`Sementara itu, Rina mengatakan`);
    parts that only say when or how (`Rina Sari, saat dihubungi, Senin, mengatakan`) or where the words were read,
    degrees after a name, an account's handle and a place completing the place before it are passed over; when passing over a place leaves no subject (`Hal itu ia katakan
    di Istana Negara, Jakarta, Senin.Ia menjelaskan`), the place's part is taken as before.
    """
    found = _speaker_before(text, clause_start, cue_start, pass_places=True)
    return found if found[0] < found[1] else _speaker_before(text, clause_start, cue_start, pass_places=False)


def _speaker_before(text: str, clause_start: int, cue_start: int, pass_places: bool) -> tuple[int, int]:
    # an aside in brackets is no part of the clause (`RM (yang dulu dikenal sebagai X) mengaku`): blanked, offsets kept
    segment = BRACKETED_ASIDE.sub(lambda aside: " " * len(aside.group(0)), text[clause_start:cue_start])
    body = _office_lists_blanked(segment.rstrip(" ,"))
    cut, position = 0, len(body)
    while (comma := body.rfind(", ", 0, position)) >= 0:
        part = body[comma + 2:position]
        # `Rina Sari, juga mengakui`: adverbs alone after an apposition's comma belong to the verb, not to its subject
        # (`, Lalu mengatakan`: a name)
        if (not _adverbial(part) and not all(w in SUBJECT_ADVERBS for w in part.split())
                and not _degrees(part) and not _handle(part)
                and not (pass_places and _place_continued(body[:comma], part))):
            cut = comma + 2 if len(part) >= 2 else 0  # `..., ia berjanji`
            named = _named_before_role(body, comma, part)
            if named is not None:
                cut = named
            break
        position = comma
    segment = segment[:position] if position < len(body) else segment
    dateline = list(DATELINE_DASH.finditer(segment, cut))
    if dateline:  # `Jakarta, Lintas TV - - Menteri Rina mengatakan`: the dateline is no part of the subject
        cut = dateline[-1].end()
    words = list(NON_SPACE.finditer(segment[cut:]))
    if len(words) > 2 and words[0].group(0).lower() in CLAUSE_WORDS and words[1].group(0).lower().strip(",") in CONNECTIVE_CLOSERS:
        cut += words[2].start()  # `Meski begitu Rina mengatakan`: a connective, no clause of its own
        words = list(NON_SPACE.finditer(segment[cut:]))
    # `Rincian tidak diungkap namun media Prancis mengatakan`, `Isu itu mencuat setelah Menteri Rina menyebut`: a
    # conjunction, or one of time inside the sentence before a name or a pronoun, opens a clause whose subject follows
    # it (not `Rina saat dihubungi mengatakan`: when she spoke)
    joined = [i for i, w in enumerate(words) if w.group(0).lower() in CONJUNCTIONS
              or 0 < i < len(words) - 1 and w.group(0) in TIME_CONJUNCTIONS
              and (words[i + 1].group(0)[:1].isupper() and words[i + 1].group(0).lower() not in TIME_NAMES
                   or words[i + 1].group(0) in PRONOUNS)]
    if joined and joined[-1] + 1 < len(words):
        cut += words[joined[-1] + 1].start()
        words = list(NON_SPACE.finditer(segment[cut:]))
    if any(w.group(0).lower() in CLAUSE_WORDS and (index == 0 or w.group(0)[:1].islower())  # not inside a name or a
           for index, w in enumerate(words) if not _opens_apposition(segment[cut:], w)  # title (`film ‘Surat Untuk X’`)
           and not _inside_office(words, index)):
        return cue_start, cue_start
    if any(speech_verbs().get(w.group(0).lower(), ("", ""))[1] == "men" for w in words):
        return cue_start, cue_start  # `Rina belum menjelaskan alasan Budi bersikeras ...`: a clause, not a subject
    if continues_subject([w.group(0).lower() for w in words]):  # `..., dan mengakui`: the conjunction stands for it
        return trim(text, clause_start + cut + words[0].start(), clause_start + cut + words[-1].end())
    first = 0
    while first < len(words) and words[first].group(0).lower().strip(",") in SPEAKER_LEAD_WORDS:
        first += 1
    if first >= len(words):
        return cue_start, cue_start
    last = len(words)
    while last > first + 1 and words[last - 1].group(0).lower() in SUBJECT_ADVERBS:
        last -= 1  # `Dinas juga sempat menghimbau`: the adverbs are neither speaker nor cue
    if words[last - 1].group(0).lower() in PRONOUNS:
        first = last - 1  # `Kepada Lintas (lintas.id) ia mengatakan`: a pronoun before the verb is the subject, alone
    start = clause_start + cut + words[first].start()
    return trim(text, start, clause_start + cut + words[last - 1].end())

