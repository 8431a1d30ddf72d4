import pytest

from transforms.quotes.speakers import speaker_after


@pytest.mark.parametrize("after_cue, expected", [
    # an envoy's office goes on through `untuk` to its holder's name
    ("Duta Besar Lintasia untuk PBB Rina Sari. Lalu", "Duta Besar Lintasia untuk PBB Rina Sari"),
    # `untuk` before a verb ends the phrase at the name
    ("Rina Sari untuk menanggapi kritik itu.", "Rina Sari"),
])
def test_the_speaker_phrase_after_a_post_cue(after_cue, expected):
    text = f"“Posisi kami jelas,” kata {after_cue}"
    start, end = speaker_after(text, text.index(after_cue), len(text))
    assert text[start:end] == expected
