"""Write transforms/data/english_words.txt: the commonest English words, for the shape rule that reads a name made
only of them as no person's (`Public Relations`, `Green Jobs`, `Lonely Planet`).

Source: the `wordfreq` package on PyPI (code Apache-2.0; word frequency data CC BY-SA 4.0, Robyn Speer and the sources
its README credits), file `wordfreq/data/small_en.msgpack.gz`: English words by frequency. The TOP commonest words of
plain Latin letters, three letters or more, less every given name warta knows (person_names.txt,
world_given_names.txt: a given name that is also a verb or a noun), every town of its gazetteers and every country, every
word the news corpus uses as a name (written alone with a capital inside a sentence, between words in lower case, at
least MIN_CASE_USES times, the corpus case statistics' threshold, and more often than in lower case: a leader's surname,
a country, a streaming service; the ids of every evaluation set left out of the count) and every word that is page
furniture on a line of its own (boilerplate.tsv's kinds). wordfreq has no case: those are the proper nouns among its
words.

    pip download wordfreq==3.1.1 --no-deps -d /tmp/wf && python scripts/build_english_words.py /tmp/wf/wordfreq-3.1.1-py3-none-any.whl
(reads ../shared/corpus/news-id-6k.jsonl.gz)
"""

from __future__ import annotations

import gzip
import io
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

import msgpack

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

sys.path.insert(0, str(REPO / "scripts"))

from corpus_files import article_text, read_corpus_except  # noqa: E402
from transforms.entities.vocabulary import first_names  # noqa: E402
from transforms.lexicon import MIN_CASE_USES, _rows, city_names, indonesian_city_names, known_names  # noqa: E402

TARGET = REPO / "transforms" / "data" / "english_words.txt"
DATA = "wordfreq/data/small_en.msgpack.gz"
TOP = 10_000
MIN_LETTERS = 3
WORD = re.compile(r"\S+")
CLOSING_MARKS = ".,;:)\"'”"


def english_words(wheel: Path) -> list[str]:
    """The TOP commonest English words of wordfreq's small list, in its order of frequency."""
    with zipfile.ZipFile(wheel) as archive:
        bins = msgpack.unpackb(gzip.open(io.BytesIO(archive.read(DATA))).read(), raw=False)
    words = [word for frequency_bin in bins[1:] for word in frequency_bin]
    return [word for word in words if word.isascii() and word.isalpha() and len(word) >= MIN_LETTERS][:TOP]


def corpus_names(words: set[str], texts) -> set[str]:
    """The words the texts use as names: written alone with a capital inside a sentence (a word in lower case before
    it, a word in lower case or a mark after it) MIN_CASE_USES times or more, and more often than in lower case."""
    alone, lower = Counter(), Counter()
    for text in texts:
        for line in text.splitlines():
            tokens = WORD.findall(line)
            for index in range(1, len(tokens) - 1):
                token = tokens[index]
                word = token.rstrip(CLOSING_MARKS)
                if not word.isalpha() or word.lower() not in words:
                    continue
                if word.islower():
                    lower[word] += 1
                elif word[0].isupper() and word[1:].islower() and tokens[index - 1].isalpha() \
                        and tokens[index - 1].islower() and (word != token or not tokens[index + 1][0].isupper()):
                    alone[word.lower()] += 1
    return {word for word, uses in alone.items() if uses >= MIN_CASE_USES and uses > lower[word]}


def page_furniture(words: set[str]) -> set[str]:
    """The words that are, alone on a line, one of boilerplate.tsv's kinds of page furniture (an advertising marker)."""
    lines = [re.compile(pattern, re.IGNORECASE) for _, pattern in _rows("boilerplate.tsv")]
    return {word for word in words if any(line.fullmatch(word) for line in lines)}


def main() -> None:
    names = first_names() | city_names() | indonesian_city_names() | {name.lower() for name in known_names()}
    common = set(english_words(Path(sys.argv[1]))) - names
    evaluation = sorted((REPO / "tests" / "data").glob("**/*ids.txt"))  # the news corpus, every evaluation set left out
    texts = (article_text(article) for article in read_corpus_except(evaluation))
    kept = sorted(common - corpus_names(common, texts) - page_furniture(common))
    header = __doc__.split("\n\n")[0].replace("Write transforms/data/english_words.txt: the", "The")
    TARGET.write_text("".join(f"# {line}\n" for line in header.splitlines())
                      + "# Built by scripts/build_english_words.py from wordfreq 3.1.1 (data CC BY-SA 4.0): ENGLISH_WORDS_LICENSE.md.\n"
                      + "".join(f"{word}\n" for word in kept), encoding="utf-8")
    print(f"wrote {TARGET} ({len(kept)} words)")


if __name__ == "__main__":
    main()
