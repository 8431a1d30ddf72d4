"""Write transforms/data/english_words.txt: the commonest English words, for the shape rule that reads a name made
only of them as no person's (`Public Relations`, `Green Jobs`, `Lonely Planet`).

Source: the `wordfreq` package on PyPI (code Apache-2.0; word frequency data CC BY-SA 4.0, Robyn Speer and the sources
its README credits), file `wordfreq/data/small_en.msgpack.gz`: English words by frequency. The TOP commonest words of
plain Latin letters, three letters or more, less every given name warta knows (person_names.txt,
world_given_names.txt: `will`, `mark`) and every town of its gazetteers and every country (`houston`, `thailand`).

    pip download wordfreq==3.1.1 --no-deps -d /tmp/wf && python scripts/build_english_words.py /tmp/wf/wordfreq-3.1.1-py3-none-any.whl
"""

from __future__ import annotations

import gzip
import io
import sys
import zipfile
from pathlib import Path

import msgpack

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from transforms.entities.vocabulary import first_names  # noqa: E402
from transforms.lexicon import city_names, indonesian_city_names, known_names  # noqa: E402

TARGET = REPO / "transforms" / "data" / "english_words.txt"
DATA = "wordfreq/data/small_en.msgpack.gz"
TOP = 10_000
MIN_LETTERS = 3


def english_words(wheel: Path) -> list[str]:
    """The TOP commonest English words of wordfreq's small list, in its order of frequency."""
    with zipfile.ZipFile(wheel) as archive:
        bins = msgpack.unpackb(gzip.open(io.BytesIO(archive.read(DATA))).read(), raw=False)
    words = [word for frequency_bin in bins[1:] for word in frequency_bin]
    return [word for word in words if word.isascii() and word.isalpha() and len(word) >= MIN_LETTERS][:TOP]


def main() -> None:
    names = first_names() | city_names() | indonesian_city_names() | {name.lower() for name in known_names()}
    kept = sorted(set(english_words(Path(sys.argv[1]))) - names)
    header = __doc__.split("\n\n")[0].replace("Write transforms/data/english_words.txt: the", "The")
    TARGET.write_text("".join(f"# {line}\n" for line in header.splitlines())
                      + "# Built by scripts/build_english_words.py from wordfreq 3.1.1 (data CC BY-SA 4.0): ENGLISH_WORDS_LICENSE.md.\n"
                      + "".join(f"{word}\n" for word in kept), encoding="utf-8")
    print(f"wrote {TARGET} ({len(kept)} words)")


if __name__ == "__main__":
    main()
