"""Which rule proposed and which typed each mention; the registry matches the names schemas.py allows."""

import pytest

from transforms.entities.document import document_mentions
from transforms.entities.rules import READING_RULES, RETYPING_RULES
from transforms.entities.shape import SHAPE_RULES
from transforms.schemas import MENTION_READING_RULES, MENTION_RETYPING_RULES, MENTION_SHAPE_RULES


def test_the_registry_lists_every_allowed_rule_in_order():
    assert tuple(READING_RULES) == MENTION_READING_RULES
    assert tuple(rule.name for rule in SHAPE_RULES) == MENTION_SHAPE_RULES
    assert tuple(RETYPING_RULES) == MENTION_RETYPING_RULES


@pytest.mark.parametrize("text, surface, rule, type_rule", [
    ("Kepala Dinas Kesehatan Sukamaju Heru Prasetyo meninjau vaksin.", "Heru Prasetyo", "person_after_office", "person_after_office"),
    ("Kepala Dinas Kesehatan Sukamaju Heru Prasetyo meninjau vaksin.", "Dinas Kesehatan Sukamaju", "organisation_head", "organisation_head"),
    ("Massa berkumpul di alun-alun Gatot Sumarno sejak pagi.", "alun-alun Gatot Sumarno", "lower_case_place_head", "lower_case_place_head"),
    # a soldier's rank with its corps, and the lower ranks (data/military_ranks.txt, military_corps.txt, titles.txt)
    ("Hakim Kolonel Chk Rina Sari membacakan putusan.", "Rina Sari", "person_after_title", "person_after_title"),
    ("Terdakwa Letkol Kav Wisnu Tamara dihukum.", "Wisnu Tamara", "person_after_title", "person_after_title"),
    ("Serda Rino Saputra tewas dalam kecelakaan itu.", "Rino Saputra", "person_after_title", "person_after_title"),
    # two capitals after a title are a person's initials, even where they spell a word (`an`)
    ("Polisi menahan Brigadir AN kemarin.", "AN", "person_after_title", "person_after_title"),
    # a Balinese name's particle opens the name the document quotes, after the office and the rank
    ("Kasat Lantas Polres Sukamaju AKBP I Made Parwita membenarkan hal itu. “Kami periksa,” kata Made.", "I Made Parwita",
     "quoted_speaker_in_run", "quoted_speaker_in_run"),
    ("Kasat Lantas Polres Sukamaju AKBP I Made Parwita membenarkan hal itu. “Kami periksa,” kata Made.", "Polres Sukamaju",
     "organisation_head", "organisation_head"),
    # a town after the title of its police, prosecution or military chief is the town (data/place_titles.txt)
    ("Kapolrestabes Medan menyebut pelaku sudah ditahan.", "Medan", "governed_place", "governed_place"),
    ("Dandim Surabaya hadir di lokasi.", "Surabaya", "governed_place", "governed_place"),
    # a regency the gazetteer knows, of two words, after a regent's title (data/indonesian_regencies.txt), its short form in
    # brackets the same place
    ("Bupati Rejang Lebong meresmikan pasar itu.", "Rejang Lebong", "place_governed_by_title", "place_governed_by_title"),
    ("Bupati Rejang Lebong (RL) Rina Sari meresmikan pasar.", "RL", "acronym_in_brackets", "defined_acronym"),
    # police units and regional offices the press names by their short heads (data/org_heads.txt)
    ("Penyidik Polrestabes Sukamaju menahan dua orang.", "Polrestabes Sukamaju", "organisation_head", "organisation_head"),
    ("Petugas Satreskrim Polres Sukamaju menahan dua orang.", "Satreskrim Polres Sukamaju", "organisation_head", "organisation_head"),
    ("Petugas Kanwil Kemenkumham Sukamaju datang.", "Kanwil Kemenkumham Sukamaju", "organisation_head", "organisation_head"),
    # a party's board by the party statutes' acronym (data/org_heads.txt), not the senate the gazetteer spells so
    ("Kader DPD Partai Wonotan Jawa Timur berkumpul.", "DPD Partai Wonotan Jawa Timur", "organisation_head", "organisation_head"),
    ("Kolonel (Inf) AB Santoso memimpin apel.", "AB Santoso", "person_after_rank_branch", "person_after_rank_branch"),
    ("Pemerintah Norwegia menolak usul itu.", "Norwegia", "state_of_known_name", "state_of_known_name"),
    # a city after a comma closing a site's name: the address's town
    ("Laga digelar di Stadion Demang Raya, Madrid, Kamis.", "Madrid", "town_after_site", "town_after_site"),
    # a building's head (KBBI graha), in either spelling
    ("Acara digelar di Grha Wonotan Raya kemarin.", "Grha Wonotan Raya", "place_head_or_tail", "place_head_or_tail"),
    ("Dewan Ekonomi Rakyat (DER) merilis laporan. DER menilai ekonomi tumbuh.", "DER", "acronym_in_brackets", "defined_acronym"),
    # a known place's short form in brackets after a body named after it is the place's, not the body's
    ("Kejaksaan Tinggi Daerah Istimewa Yogyakarta (DIY) memeriksa saksi. Warga DIY menunggu.", "DIY", "known_name", "known_name"),
    ("PT Karya Bumi membangun jembatan. Karya Bumi memastikan, proyek selesai.", "Karya Bumi", "no_name_word", "company_short_form"),
    ("PT Karya Bumi Persero membangun jembatan. Karya Bumi memastikan, proyek selesai.", "Karya Bumi", "no_name_word",
     "company_short_form"),
    # an authority (KBBI `otorita`) heads a body's name
    ("Otorita Kawasan Wonosari menerbitkan izin baru.", "Otorita Kawasan Wonosari", "organisation_head", "organisation_head"),
    # a body its head reads on its own, written with and without the company's legal forms
    ("PT Bank Karya Bumi (Persero) Tbk mencatat laba. Bank Karya Bumi menaikkan bunga.", "Bank Karya Bumi",
     "organisation_head", "company_short_form"),
    # without both its legal form and its country (`PT Karya Bumi Indonesia` ... `Karya Bumi`)
    ("PT Karya Bumi Indonesia membangun jembatan. Karya Bumi memastikan, proyek selesai.", "Karya Bumi", "no_name_word",
     "company_short_form"),
    # a body's own name after its head, which only its shape read as a person
    ("Santri Pondok Pesantren Al Wonotan ikut lomba. Al Wonotan berdiri sejak 1950.", "Al Wonotan", "person_by_shape",
     "body_own_name"),
    ("Lembaga Kajian Nusantara menggelar diskusi. LKN menilai harga naik.", "LKN", "acronym", "acronym_of_name"),
    ("Pemain Sukamaju United kecewa. SU kalah di kandang.", "SU", "acronym", "acronym_of_name"),
    ("Menteri Pertanian Agus Wibisono meninjau sawah. Wibisono mengatakan panen naik.", "Wibisono", "person_before_speech_verb",
     "person_short_form"),
    ("Warga Sukamaju (SKM) dan Jawa Barat hadir.", "Jawa Barat", "known_name", "known_name"),
])
def test_each_mention_names_the_rule_that_proposed_it_and_the_one_that_typed_it(text, surface, rule, type_rule):
    found = [(m.rule, m.type_rule) for m in document_mentions(text) if m.text == surface]
    assert found[0] == (rule, type_rule)


def test_a_weak_name_listed_with_a_sure_place_takes_its_type_by_coordination():
    mentions = {m.text: m for m in document_mentions("Banjir melanda Jawa Barat dan Cibening kemarin.")}
    assert (mentions["Cibening"].type, mentions["Cibening"].type_rule) == ("LOC", "coordination")


def test_a_joiner_left_after_a_known_name_split_off_a_run_opens_no_name():
    # `Norwegia and Swedia`: the country first, then the other country, not a body named `and Swedia`
    mentions = {m.text: (m.type, m.type_rule) for m in document_mentions("Delegasi Norwegia and Swedia datang.")}
    assert mentions == {"Norwegia": ("LOC", "known_name_first"), "Swedia": ("LOC", "known_name")}


def test_a_title_s_complement_opens_past_the_joiner_after_the_title():
    for text in ("Hal itu kata Founder of Wonfordlytics Rina Sari kemarin.",
                 "Hal itu kata Chairman of the Committee on Trade of the Wonford House of Representatives, Rina Sari."):
        texts = [m.text for m in document_mentions(text)]
        assert texts and not any(name.split()[0].islower() for name in texts), texts
