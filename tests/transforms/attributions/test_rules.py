"""The speaker rules: the registry matches the names schemas.py allows, and each rule answers alone."""

from transforms.attributions.context import SpeakerContext
from transforms.attributions.rules import SPEAKER_RULES as REGISTRY
from transforms.attributions.speakers import SPEAKER_RULES, resolve_speaker
from transforms.schemas import SPEAKER_RULES as ALLOWED


def test_the_registry_lists_every_allowed_rule_in_order():
    assert tuple(REGISTRY) == ALLOWED
    assert SPEAKER_RULES[-1].__name__ == "unnamed"


def test_a_title_alone_is_the_person_the_collection_gives_that_title():
    text = "Presiden Tono Raharjo tiba. “Kami siap,” kata presiden."
    mentions = [(text.index("Tono"), text.index("Tono") + 12, "E1", "PERSON")]
    ctx = SpeakerContext(text, mentions, [0, 28], [(29, 38)], {"E1": {"presiden"}})
    start = text.rindex("presiden")
    assert resolve_speaker(ctx, start, start + 8, 29) == ("E1", "title_reference")
    assert resolve_speaker(SpeakerContext(text, mentions, [0, 28], [(29, 38)], {}), start, start + 8, 29)[1] != "title_reference"


def test_a_pronoun_before_adverbs_points_back_as_the_pronoun_alone():
    text = "Tono Raharjo tiba di balai desa. Ia bahkan dengan tegas menyebut pasar dibuka besok."
    mentions = [(0, 12, "E1", "PERSON")]
    sentence = text.index("Ia")
    ctx = SpeakerContext(text, mentions, [0, sentence], [], {})
    phrase_end = text.index(" menyebut")
    assert resolve_speaker(ctx, sentence, phrase_end, text.index("pasar")) == ("E1", "pronoun_sentence_subject")


def test_a_person_described_by_origin_points_back_without_a_demonstrative():
    text = "Tono Raharjo menyamar sebagai pedagang. “Saya diperintah atasan,” ujar pria asal Sukamaju, Jawa Tengah."
    mentions = [(0, 12, "E1", "PERSON")]
    quote = (text.index("“") + 1, text.index(",”"))
    ctx = SpeakerContext(text, mentions, [0, text.index("“")], [quote], {})
    start = text.index("pria")
    assert resolve_speaker(ctx, start, len(text) - 1, quote[0])[0] == "E1"
    other = text.replace("asal Sukamaju, Jawa Tengah", "berkaus merah di pasar")  # no attribute of origin: someone else
    ctx = SpeakerContext(other, mentions, [0, other.index("“")], [quote], {})
    assert resolve_speaker(ctx, start, len(other) - 1, quote[0]) == (None, "unnamed")


def test_a_body_description_far_from_any_body_is_the_body_the_document_follows():
    text = ("Lintas Warta diretas. Situs Lintas Warta ditutup. Warga kecewa. Polisi datang. "
            "Kantor berita ini mengatakan bahwa peretasan terus terjadi.")
    second = text.index("Lintas Warta ditutup")
    mentions = [(0, 12, "E1", "ORG"), (second, second + 12, "E1", "ORG")]
    starts = [0] + [i + 2 for i, c in enumerate(text) if c == "." and i + 2 < len(text)]
    ctx = SpeakerContext(text, mentions, starts, [], {})
    start = text.index("Kantor")
    assert resolve_speaker(ctx, start, start + len("Kantor berita ini"), text.index("peretasan terus")) == ("E1", "body_reference")
