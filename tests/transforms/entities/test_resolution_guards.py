"""Resolution never confuses two referents, and joins the forms of one: each wrong merge and split seen on the
real corpus, written again with invented names."""

import polars as pl
import pytest

from tests.transforms.entities import entity_of, extract
from transforms.entities.collection import Collection, join_abbreviations, redirect_short_forms
from transforms.schemas import MENTION_CANDIDATES


@pytest.mark.parametrize(
    "acronym_text, name_text, acronym, name",
    [
        ("Pasien dibawa ke RS terdekat pada malam itu.", "Pengusaha Rudi Santoso menyumbang ambulans.", "RS", "Rudi Santoso"),
        ("Suporter MU kecewa setelah kekalahan itu.", "Pelatih Marco Umberto kecewa dengan wasit.", "MU", "Marco Umberto"),
        ("Pelanggaran HAM berat itu diselidiki.", "Klub Hamrun Spartans menang tipis.", "HAM", "Hamrun Spartans"),
        ("Kongres PSSB digelar di Sukamaju.", "Penyanyi Putri Sasabila merilis lagu baru.", "PSSB", "Putri Sasabila"),
        # letters are never the surname of a full name in another document
        ("Perusahaan IM mencatat laba besar.", "Penyanyi Sora Yim merilis album baru.", "IM", "Sora Yim"),
        ("Kapal itu milik US dan Jepang.", "Lagu penyanyi Dora Us diputar di radio.", "US", "Dora Us"),
    ],
)
def test_an_undefined_acronym_never_joins_a_name_by_its_letters(acronym_text, name_text, acronym, name):
    _, mentions = extract(acronym_text, name_text)
    assert entity_of(mentions, acronym).isdisjoint(entity_of(mentions, name))


def test_an_acronym_defined_in_one_document_joins_its_expansion_in_another():
    _, mentions = extract(
        "Lembaga Kajian Pangan Nusantara (LKPN) merilis laporan harga beras.",
        "LKPN menilai harga beras naik bulan ini.",
    )
    assert entity_of(mentions, "LKPN") == entity_of(mentions, "Lembaga Kajian Pangan Nusantara")


def test_a_bare_surname_joins_the_salient_person_not_a_relative_named_with_him():
    _, mentions = extract(
        "Menteri Bambang Wiratmo tiba di Sukamaju bersama istrinya, Ratna Wiratmo. "
        "Bambang Wiratmo meninjau pasar. Bambang Wiratmo juga meresmikan jembatan.",
        "Wiratmo mengatakan harga beras stabil.",
    )
    assert entity_of(mentions, "Wiratmo") == entity_of(mentions, "Bambang Wiratmo")


def test_a_company_and_its_chief_executive_stay_two_entities():
    entities, mentions = extract(
        "CEO Maju Sentosa Group, Hendra Kusuma, mengatakan laba naik.",
        "Maju Sentosa Group mencatat laba terbesar tahun ini.",
    )
    assert entity_of(mentions, "Hendra Kusuma").isdisjoint(entity_of(mentions, "Maju Sentosa Group"))


def test_the_same_body_of_two_countries_stays_apart():
    entities, _ = extract(
        "Kementerian Luar Negeri Jepang menyatakan keprihatinan.",
        "Kementerian Luar Negeri Korea Selatan menyatakan dukungan.",
    )
    orgs = entities.filter(pl.col("type") == "ORG")["name"].to_list()
    assert len([name for name in orgs if name.startswith("Kementerian Luar Negeri")]) == 2


@pytest.mark.parametrize(
    "first, second, a, b",
    [
        ("Kementerian Keuangan memangkas anggaran.", "Kemenkeu menilai defisit aman.", "Kementerian Keuangan", "Kemenkeu"),
        ("Persimaju Bekasi menang 2-0.", "Pelatih Persimaju memuji pemain.", "Persimaju Bekasi", "Persimaju"),
        ("Presiden Wirabumi berpidato di Sukamaju.", "Hadi Wirabumi menolak usul itu.", "Wirabumi", "Hadi Wirabumi"),
    ],
)
def test_plainly_one_referent_is_one_entity(first, second, a, b):
    _, mentions = extract(first, second)
    assert entity_of(mentions, a) and entity_of(mentions, a) == entity_of(mentions, b)


def test_first_names_join_the_fuller_name_the_collection_uses():
    _, mentions = extract("Menteri Dewi Kartika meninjau sekolah.", "Dewi Kartika Sarasvati meresmikan perpustakaan.",
                          "Dewi Kartika Sarasvati tiba di Sukamaju.")
    assert entity_of(mentions, "Dewi Kartika") == entity_of(mentions, "Dewi Kartika Sarasvati")


SANTOSO = "Menteri Darmaputra Santoso menolak usul itu. Menurut Darmaputra Santoso, anggaran terbatas."


@pytest.mark.parametrize("first", [
    # `Presiden X` in one file, `X Y` in another: many Indonesians are called by the first word of their name
    "Presiden Darmaputra meresmikan bendungan. Darmaputra mengatakan air cukup.",
    # and the word's other readings in that document go with it (the sentence-initial one, typed by default)
    "Darmaputra tiba di Sukamaju pagi itu. Presiden Darmaputra meresmikan bendungan.",
])
def test_a_first_word_a_text_calls_a_person_by_joins_the_one_full_name_it_opens_in_another_document(first):
    _, mentions = extract(first, SANTOSO)
    assert entity_of(mentions, "Darmaputra") == entity_of(mentions, "Darmaputra Santoso")


@pytest.mark.parametrize("texts, word, full_names", [
    # a first name written alone with no reading as a person's (a scorer) is as often another person's
    (("Gol kedua dicetak oleh Darmaputra pada menit ke-80.", SANTOSO), "Darmaputra", ["Darmaputra Santoso"]),
    # the press calls a foreigner by the surname: another country's first name alone is any such person
    # (data/foreign_given_names.txt)
    (("Harry mengatakan timnya siap. Menurut Harry, latihan berjalan baik.",
      "Presiden Harry Wirabumi menolak usul itu. Menurut Harry Wirabumi, anggaran terbatas."), "Harry", ["Harry Wirabumi"]),
    # an English word a cue makes speak opens no one's name (a team's or a unit's, read as a person's)
    (("Menurut Engineering, proyek itu selesai tahun depan.",
      "Presiden Engineering Darmaputra menolak usul itu. Menurut Engineering Darmaputra, anggaran terbatas."), "Engineering",
     ["Engineering Darmaputra"]),
    # two full names the word opens, used alike: neither
    (("Presiden Darmaputra meresmikan bendungan. Darmaputra mengatakan air cukup.", SANTOSO,
      "Menteri Darmaputra Wijaya menolak usul itu. Menurut Darmaputra Wijaya, anggaran terbatas."),
     "Darmaputra", ["Darmaputra Santoso", "Darmaputra Wijaya"]),
])
def test_a_first_word_joins_no_full_name_it_opens_in_another_document_unless_it_calls_one_person(texts, word, full_names):
    _, mentions = extract(*texts)
    assert entity_of(mentions, word)
    assert entity_of(mentions, word).isdisjoint(set().union(*(entity_of(mentions, name) for name in full_names)))


def test_a_match_title_is_no_ones_full_name():
    _, mentions = extract("Jadwal Laga Kartono Vs Persimaju malam ini.", "Pelatih Persimaju memuji pemainnya.")
    assert entity_of(mentions, "Persimaju").isdisjoint(entity_of(mentions, "Laga Kartono Vs Persimaju") | entity_of(mentions, "Kartono Vs Persimaju"))


def test_a_two_letter_acronym_defined_in_one_document_stays_there():
    _, mentions = extract("Tim Unit Siaga Sukamaju (US) dikerahkan ke lokasi.", "Kapal itu milik US dan Jepang.")
    assert len(entity_of(mentions, "US")) == 2


def test_bodies_numbered_apart_stay_apart():
    entities, _ = extract("Komisi II DPR memanggil menteri.", "Komisi III DPR memanggil jaksa.")
    assert {"Komisi II DPR", "Komisi III DPR"} <= set(entities["name"])


def test_a_currency_sign_is_no_name():
    _, mentions = extract("Harga emas naik menjadi US$ 1.900 per ons.", "Tiket itu seharga S$20.")
    assert mentions.is_empty()


def test_a_brand_written_in_camel_case_before_a_quoted_name_is_not_part_of_the_person():
    text = ("CEO LapakKerja Dimas R. Wiratmoko menjelaskan layanan itu. LapakKerja tumbuh pesat. "
            "“Kami fokus pada anak muda,” terang Dimas. Menurut LapakKerja, jumlah pengguna naik.")
    entities, _ = extract(text)
    assert ("Dimas R. Wiratmoko", "PERSON") in set(entities.select("name", "type").iter_rows())
    assert ("LapakKerja", "ORG") in set(entities.select("name", "type").iter_rows())



@pytest.mark.parametrize("surname", ["O'Dwyer", "D’Alvaro", "N'Tombe"])
def test_a_surname_whose_particle_an_apostrophe_joins_is_a_person_s_name_not_a_brand(surname):
    # a capital after `O'`, `D'`, `N'` is no capital inside a brand's word (`LapakKerja`): the bare surname is the person
    text = (f"Film itu dibintangi Kevin {surname} dan dirilis tahun depan. Cedera yang diderita {surname} sempat "
            f"menunda syuting. \"Saya siap kembali,\" kata {surname}.")
    entities, mentions = extract(text)
    assert (f"Kevin {surname}", "PERSON") in set(entities.select("name", "type").iter_rows())
    assert entity_of(mentions, surname) == entity_of(mentions, f"Kevin {surname}")


def test_a_brand_alone_in_another_document_is_no_surname_of_a_person_ending_with_it():
    def reading(doc, text, key, type_, rule, single):
        return {"doc_id": doc, "start": 0, "end": len(text), "text": text, "type": type_, "strength": 2, "key": key,
                "title": None, "single": single, "tie": None, "rule": rule, "type_rule": rule}
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame([
        reading("a", "Sakura BalapGP", "sakura balapgp", "PERSON", "person_after_office", False),
        reading("b", "BalapGP", "balapgp", "ORG", "brand_word", True),
    ])))
    redirect_short_forms(collection)
    assert collection.mentions.filter(pl.col("doc_id") == "b")["key"].to_list() == ["balapgp"]


def test_a_club_named_after_its_town_is_no_person_even_after_a_role_word():
    entities, _ = extract("Pelatih Persikama Bandung memuji timnya. Persikama Bandung menang 2-0.",
                          "Laga Persikama kalah kemarin di kandang.")
    assert entities.select("name", "type").rows() == [("Persikama Bandung", "ORG")]


@pytest.mark.parametrize(
    "text, club, short",
    [
        ("Persikota FC menang 2-0 atas tamunya. Pelatih Persikota memuji para pemain.", "Persikota FC", "Persikota"),
        ("Rovers United menang 2-0 atas tamunya. Pelatih United memuji para pemain.", "Rovers United", "United"),
        ("VfL Kartono menang 2-0 atas tamunya. Pelatih Kartono memuji para pemain.", "VfL Kartono", "Kartono"),
        # a body without its kind's closing word or its country (company_short_form)
        ("Aplikasi Sinarloka Indonesia meluncurkan fitur. Pengguna Sinarloka naik tajam.", "Sinarloka Indonesia", "Sinarloka"),
        ("Kampus Tirtamaya University membuka kelas. Mahasiswa di Tirtamaya senang.", "Tirtamaya University", "Tirtamaya"),
        ("Studio Lumenfar Entertainment merilis gim. “Kami senang,” kata Lumenfar.", "Lumenfar Entertainment", "Lumenfar"),
    ],
)
def test_a_club_without_its_club_word_or_a_body_without_its_kind_is_that_one_in_its_document(text, club, short):
    _, mentions = extract(text)
    assert entity_of(mentions, short) and entity_of(mentions, short) == entity_of(mentions, club)


def test_a_club_name_that_is_no_place_is_the_club_in_other_documents_too():
    _, mentions = extract("Persikota FC menang 2-0. Pelatih Persikota memuji para pemain.", "Persikota kalah di kandang.")
    assert len(entity_of(mentions, "Persikota")) == 1 and entity_of(mentions, "Persikota") == entity_of(mentions, "Persikota FC")


def test_a_city_the_document_places_or_another_document_names_alone_is_not_its_club():
    _, mentions = extract("Madrid United menang 2-0. Para pemain merayakannya di Madrid.", "Wisatawan memadati Madrid.")
    assert entity_of(mentions, "Madrid").isdisjoint(entity_of(mentions, "Madrid United"))


def test_the_club_word_alone_is_no_club_when_the_document_names_two_with_it():
    _, mentions = extract("Rovers United menang atas Kartono United. Pelatih United kecewa.")
    assert entity_of(mentions, "United").isdisjoint(entity_of(mentions, "Rovers United") | entity_of(mentions, "Kartono United"))


@pytest.mark.parametrize(
    "name, short",
    [
        ("Kejaksaan Tinggi Sukamaju", "Kejati Sukamaju"),
        ("Kementerian Budaya dan Pariwisata", "Kemenbudpar"),
        ("Kabupaten Sukamaju Timur", "Sutim"),
        ("Badan Riset Tani Kaltim", "Barista Kaltim"),  # its key spells the region out; the forms as written still fit
        ("Komisi Pangan Nasional Sukamaju", "KPN Sukamaju"),  # letters in capitals, then the owner as written
        ("Badan Kajian Benih Kementerian Pertanian", "BKB Kementan"),  # the owner by the gazetteer's short form
        ("PT Sinar Maju Jaya", "PT SMJ"),  # the letters after a company's legal form
        ("PT Kereta Api Lestari", "KAL"),  # the letters of the words after the legal form, written without it
        ("Badan Eksekutif Mahasiswa Universitas Sukamaju", "BEM US"),  # two acronyms, one body's initials
    ],
)
def test_an_abbreviation_of_a_body_in_its_document_is_that_body(name, short):
    _, mentions = extract(f"{name} menggelar rapat pada Senin. Setelah itu, {short} mengumumkan hasilnya.")
    assert entity_of(mentions, short) and entity_of(mentions, short) == entity_of(mentions, name)


def test_two_places_mostly_written_by_their_common_name_stay_two_entities():
    # each is written `Wonosari` more often than with its level: the same canonical name must not make them one entity
    entities, mentions = extract(
        "Banjir melanda Kota Wonosari kemarin. Warga Wonosari mengungsi. Di Wonosari, air surut. Wonosari sepi.",
        "Kemarau melanda Kabupaten Wonosari. Petani Wonosari resah. Di Wonosari, sawah kering. Wonosari tandus.")
    assert entity_of(mentions, "Kota Wonosari").isdisjoint(entity_of(mentions, "Kabupaten Wonosari"))
    assert {"Kota Wonosari", "Kabupaten Wonosari"} <= set(entities["name"])


def test_two_people_whose_given_name_opens_a_title_keep_their_own_names_and_entities():
    # `putra mahkota` is a title; `Putra` opening a name is the name's: each keeps his full name, and his entity
    entities, mentions = extract("Menpora Putra Santoso hadir. Kata Putra, acara itu bagus.",
                                 "Pelatih Putra Hartono datang. Putra menilai timnya siap.")
    assert entity_of(mentions, "Putra Santoso").isdisjoint(entity_of(mentions, "Putra Hartono"))
    assert {"Putra Santoso", "Putra Hartono"} <= set(entities["name"])


def test_a_names_first_word_whole_abbreviates_no_name_it_opens():
    # `Wonotan` is no `Wono` + `(Sela)tan`: the town alone, not its southern district
    _, mentions = extract("Banjir melanda Kecamatan Wonotan Selatan kemarin. Di Wonotan, harga beras naik.")
    assert entity_of(mentions, "Wonotan").isdisjoint(entity_of(mentions, "Kecamatan Wonotan Selatan"))


def test_an_abbreviation_one_document_resolves_joins_its_name_in_another_unless_it_stands_for_two():
    _, mentions = extract("Lembaga Kajian Pangan menggelar rapat. LKP mengumumkan hasilnya.", "LKP menilai harga naik.")
    assert len(entity_of(mentions, "LKP")) == 1
    _, mentions = extract("Lembaga Kajian Pangan menggelar rapat. LKP mengumumkan hasilnya.", "LKP menilai harga naik.",
                          "Liga Karate Pelajar menggelar turnamen. LKP mengumumkan juaranya.")
    assert entity_of(mentions, "Lembaga Kajian Pangan").isdisjoint(entity_of(mentions, "Liga Karate Pelajar"))
    assert len(entity_of(mentions, "LKP")) == 3


def test_letters_that_only_open_a_name_or_spell_a_person_are_no_abbreviation_of_it():
    _, mentions = extract("Pelanggaran HAM berat itu diselidiki. Klub Hamrun Spartans menang tipis. "
                          "Kata Rudi Santoso, RSU kekurangan obat.")
    assert entity_of(mentions, "HAM").isdisjoint(entity_of(mentions, "Hamrun Spartans"))
    assert entity_of(mentions, "RSU").isdisjoint(entity_of(mentions, "Rudi Santoso"))


def test_a_name_written_with_an_initial_is_the_one_person_of_its_document_it_spells():
    entities, mentions = extract("Pebalap Mario Rinaldi meraih pole di Sukamaju.\n\nHasil kualifikasi:\n\n"
                                 "1. M. RINALDI 1 menit 23,235 detik\n\n2. A. BELLINI + 0.144 detik")
    assert entity_of(mentions, "M. RINALDI") and entity_of(mentions, "M. RINALDI") == entity_of(mentions, "Mario Rinaldi")
    assert ("Mario Rinaldi", "PERSON") in set(entities.select("name", "type").iter_rows())


def test_an_initial_that_fits_two_people_of_the_document_joins_neither():
    _, mentions = extract("Mario Rinaldi dan Marta Rinaldi tiba di Sukamaju.\n\nHasil kualifikasi:\n\n"
                          "1. M. RINALDI 1 menit 23,235 detik")
    assert entity_of(mentions, "M. RINALDI")
    assert entity_of(mentions, "M. RINALDI").isdisjoint(entity_of(mentions, "Mario Rinaldi") | entity_of(mentions, "Marta Rinaldi"))


def test_a_town_its_document_places_is_not_the_club_named_after_it():
    _, mentions = extract("Kartono FC menang 2-0 atas tamunya. Suporter berpesta di Kartono hingga malam.")
    assert entity_of(mentions, "Kartono") and entity_of(mentions, "Kartono").isdisjoint(entity_of(mentions, "Kartono FC"))


def test_a_legal_form_and_a_town_are_no_abbreviation_of_a_body_with_those_initials():
    # `PT` opens a company's name; two letters spell too many bodies (`Pengadilan Tinggi`, `Pengadilan Tipikor`)
    _, mentions = extract("Pengadilan Tipikor Sukamaju menolak banding. Sebelumnya PT Sukamaju juga menolaknya.")
    assert entity_of(mentions, "PT Sukamaju").isdisjoint(entity_of(mentions, "Pengadilan Tipikor Sukamaju"))


@pytest.mark.parametrize(
    "text, short, body",
    [
        ("Gugatan didaftarkan di Pengadilan Negeri Kota Sukamaju. Hakim PN Kota Sukamaju menolaknya, kata juru bicara.",
         "PN Kota Sukamaju", "Pengadilan Negeri Kota Sukamaju"),
        ("Dewan Keamanan Liga Sukamaju bersidang. Anggota DK Liga Sukamaju menolak usul itu.", "DK Liga Sukamaju",
         "Dewan Keamanan Liga Sukamaju"),
    ],
)
def test_two_capitals_before_the_words_a_body_s_name_ends_with_abbreviate_that_body(text, short, body):
    # two letters alone stand for too many things; before the rest of the body's name they spell its first words
    _, mentions = extract(text)
    assert entity_of(mentions, short) and entity_of(mentions, short) == entity_of(mentions, body)


def test_two_capitals_alone_abbreviate_no_body_of_their_document():
    _, mentions = extract("Pengadilan Negeri Sukamaju menolak gugatan. Sementara itu PN menunda sidang lain.")
    assert entity_of(mentions, "PN").isdisjoint(entity_of(mentions, "Pengadilan Negeri Sukamaju"))


def test_the_last_word_of_a_body_alone_is_no_abbreviation_of_it():
    def reading(text, key, type_):
        return {"doc_id": "a", "start": 0, "end": len(text), "text": text, "type": type_, "strength": 2, "key": key,
                "title": None, "single": " " not in text, "tie": None, "rule": "single_word", "type_rule": "single_word"}
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame([
        reading("Kementrian Perikanan", "kementrian perikanan", "ORG"), reading("Perikanan", "perikanan", "PERSON"),
    ])))
    join_abbreviations(collection)
    assert collection.mentions["key"].to_list() == ["kementrian perikanan", "perikanan"]


def test_a_body_named_in_full_is_the_body_the_gazetteer_knows_by_the_short_form_beside_it():
    _, mentions = extract("Kementrian Sosial menggelar rapat. Kemensos kemudian mengumumkan hasilnya.")
    assert len(entity_of(mentions, "Kemensos") | entity_of(mentions, "Kementrian Sosial")) == 1


def test_a_person_named_like_a_body_the_document_reads_surely_stays_apart_from_it():
    _, mentions = extract("Yayasan Rinaldi membuka sekolah baru. “Kami senang,” kata Rinaldi.")
    assert entity_of(mentions, "Rinaldi").isdisjoint(entity_of(mentions, "Yayasan Rinaldi"))


@pytest.mark.parametrize(
    "body, key, short",
    [
        ("Sinar.id", "sinar id", "SII"),  # capitals are one initial a word: not `si` + `i`
        ("Jepang", "cldr jp", "CJP"),  # a gazetteer's group names no words a short form could take
        ("Lapas Kelas Sukamaju", "prison kelas sukamaju", "PKS"),  # nor does a place's class
    ],
)
def test_letters_are_the_initials_of_the_words_a_body_is_written_with(body, key, short):
    def reading(text, key, type_):
        return {"doc_id": "a", "start": 0, "end": len(text), "text": text, "type": type_, "strength": 2, "key": key,
                "title": None, "single": " " not in text, "tie": None, "rule": "acronym", "type_rule": "acronym"}
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame([reading(body, key, "ORG"), reading(short, short.lower(), "ORG")])))
    join_abbreviations(collection)
    assert collection.mentions["key"].to_list() == [key, short.lower()]


def test_a_bracketed_short_name_joins_its_own_mentions_not_another_person_whose_name_it_opens():
    _, mentions = extract("Kata Rina Wulandari (Wulan), pasar dibuka. Sementara itu Wulan Prasetyo menolak. Wulan tersenyum.")
    assert entity_of(mentions, "Wulan") == entity_of(mentions, "Rina Wulandari")
    assert entity_of(mentions, "Wulan Prasetyo").isdisjoint(entity_of(mentions, "Rina Wulandari"))


def test_a_name_in_a_related_article_link_is_no_full_name_a_short_form_joins():
    _, mentions = extract("Polisi memeriksa Melinda Kartasari kemarin.\n\nBaca juga: Melinda Kartasari Wibowo Kecelakaan di Tol\n\n"
                          "Kondisi Kartasari membaik, kata dokter.")
    assert entity_of(mentions, "Kartasari") and entity_of(mentions, "Kartasari") == entity_of(mentions, "Melinda Kartasari")


def test_the_middle_names_of_a_full_name_together_are_that_person():
    _, mentions = extract("Rektor Rudi Sandika Wiratama Kusumo membuka acara. Menurut Sandika Wiratama, kampus siap.")
    assert entity_of(mentions, "Sandika Wiratama") == entity_of(mentions, "Rudi Sandika Wiratama Kusumo")


def test_a_name_the_keys_joined_to_its_town_s_form_is_no_abbreviation_of_another_club():
    # `Persikala` alone is keyed `persikala kartono`, the name other documents give it: no short form of another club
    def reading(text, key):
        return {"doc_id": "a", "start": 0, "end": len(text), "text": text, "type": "ORG", "strength": 2, "key": key,
                "title": None, "single": " " not in text, "tie": None, "rule": "single_word", "type_rule": "single_word"}
    collection = Collection(MENTION_CANDIDATES.conform(pl.DataFrame([
        reading("Persimaju Kalabaru", "persimaju kalabaru"), reading("Persikala", "persikala kartono")])))
    join_abbreviations(collection)
    assert collection.mentions["key"].to_list() == ["persimaju kalabaru", "persikala kartono"]


def test_letters_their_own_name_defines_are_no_abbreviation_of_another_body_with_those_initials():
    # `PN` defined as `Pengadilan Negeri` in the document: not the `Partai Nusantara` whose initials it also spells
    _, mentions = extract("Gugatan diajukan ke Pengadilan Negeri (PN) Sukamaju. Ketua Partai Nusantara hadir di sidang. "
                          "PN menolak gugatan itu pada Senin.")
    assert entity_of(mentions, "PN").isdisjoint(entity_of(mentions, "Partai Nusantara"))


@pytest.mark.parametrize(
    "text, epithet, name",
    [
        ("Tersangka Rahmat Widodo alias Cemong ditangkap polisi. Cemong mengaku menjual sabu.", "Cemong", "Rahmat Widodo"),
        ("Tersangka Rahmat Widodo (40) alias Cemong ditangkap polisi.", "Cemong", "Rahmat Widodo"),
        ("Bupati Heru Prasetyo yang akrab disapa Kang Heru meninjau pasar. \"Harga stabil,\" kata Kang Heru.",
         "Kang Heru", "Heru Prasetyo"),
        ("Menteri Saifudin Yuswanto atau yang akrab disapa Gus Ipang meninjau pasar. \"Harga stabil,\" kata Gus Ipang.",
         "Ipang", "Saifudin Yuswanto"),
        ("\"Kami siap,\" ujar Ipang, sapaan akrab Saifudin Yuswanto, di Sukamaju.", "Ipang", "Saifudin Yuswanto"),
        ("Macan Putih, julukan Persikala Kartono, menang atas Persimaju. Macan Putih memimpin klasemen.",
         "Macan Putih", "Persikala Kartono"),
        # a description stands for the person: the last one the document named in full
        ("Gubernur Ahmad Herlambang meninjau pasar. \"Harga stabil,\" jelas pria yang akrab disapa Aherl ini.",
         "Aherl", "Ahmad Herlambang"),
        ("Menteri Sri Mulyati hadir. \"Kami siap,\" tegas Yati, sapaan akrabnya.", "Yati", "Sri Mulyati"),
        # the dash before the cue written as hyphens apart, as crawled texts often write a dash
        ("Pemain Andrian Sukowati pindah ke Persimaju. Bersama Persimaju, Andri - - sapaan akrabnya - - mencetak gol. "
         "Andri kini kapten.", "Andri", "Andrian Sukowati"),
        ("Pelatih Persikala United yang berjuluk Laskar Tombora senang. Laskar Tombora menang lagi.", "Laskar Tombora",
         "Persikala United"),
    ],
)
def test_a_second_name_the_text_gives_with_a_cue_is_the_same_referent(text, epithet, name):
    _, mentions = extract(text)
    assert entity_of(mentions, epithet) and entity_of(mentions, epithet) == entity_of(mentions, name)


def test_a_description_s_epithet_in_capitals_spelling_the_initials_of_the_last_person_named_is_that_person():
    # another document writes the letters for someone else: the document's own cue, not the letters alone, joins them
    _, mentions = extract("Ketua Ahmad Qosimun hadir. \"Kami siap,\" tegas pria yang karib disapa AQ tersebut.",
                          "Polisi menangkap AQ di Sukamaju.")
    first = mentions.filter(pl.col("doc_id") == mentions["doc_id"].min())
    assert entity_of(first, "AQ") == entity_of(first, "Ahmad Qosimun")


@pytest.mark.parametrize(
    "text, other",
    [
        # `dipanggil` alone says who summons, not what the name is called
        ("Bupati Heru Prasetyo dipanggil Kejaksaan Sukamaju pada Senin.", "Kejaksaan Sukamaju"),
        ("Saksi Heru Prasetyo hadir. Saksi lain yang dipanggil Kejaksaan Sukamaju adalah pengusaha.", "Kejaksaan Sukamaju"),
        # a place's epithet is no nickname of the person named before it
        ("Menteri Heru Prasetyo tiba di kota yang dijuluki Kota Pahlawan.", "Kota Pahlawan"),
        # a description may stand for someone else: the epithet must take letters from the name
        ("Menteri Heru Prasetyo hadir. \"Kami siap,\" tegas Bogel, sapaan akrabnya.", "Bogel"),
        ("Menteri Heru Prasetyo hadir. \"Kami siap,\" tegas pria yang akrab disapa BT ini.", "BT"),
    ],
)
def test_a_summons_or_a_place_s_epithet_is_no_nickname_of_a_person(text, other):
    _, mentions = extract(text)
    assert entity_of(mentions, "Heru Prasetyo").isdisjoint(entity_of(mentions, other))


def test_a_nickname_one_document_gives_with_a_cue_joins_its_name_in_another_unless_it_is_a_common_given_name():
    _, mentions = extract("Tersangka Rahmat Widodo alias Cemong ditangkap polisi di Sukamaju.",
                          "Polisi kembali memeriksa Cemong pada Senin. Cemong mengaku menyesal.")
    assert entity_of(mentions, "Cemong") == entity_of(mentions, "Rahmat Widodo")
    _, mentions = extract("Tersangka Rahmat Widodo alias Andi ditangkap polisi di Sukamaju.",
                          "\"Saya siap,\" kata Andi di Cibening. Andi menambahkan pasar dibuka.")
    assert len(entity_of(mentions, "Andi")) == 2  # Rahmat Widodo's in the first document, someone else's in the second


def test_a_body_s_short_form_defined_in_one_document_is_no_person_another_reads_by_a_cue():
    _, mentions = extract("Penyaluran Kredit Usaha Mikro Rakyat (KUMiR) naik tahun ini.",
                          "\"Kami siap membantu,\" kata Kumir di Sukamaju. Kumir menambahkan pasar dibuka.")
    assert entity_of(mentions, "KUMiR") == entity_of(mentions, "Kredit Usaha Mikro Rakyat")
    assert entity_of(mentions, "Kumir").isdisjoint(entity_of(mentions, "Kredit Usaha Mikro Rakyat"))


def test_a_word_other_documents_resolve_to_another_person_is_no_misspelling_of_a_name_in_its_own():
    _, mentions = extract("Gubernur Dedi Wirasto meninjau pasar Sukamaju. Wiranto juga hadir di Sukamaju.",
                          "Menteri Rudi Wiranto tiba di Cibening. \"Kami siap,\" kata Wiranto.",
                          "Menteri Rudi Wiranto meresmikan jembatan. \"Jembatan dibuka,\" ujar Wiranto.")
    assert entity_of(mentions, "Wiranto").isdisjoint(entity_of(mentions, "Dedi Wirasto"))
    # alone in its collection, the misspelling joins the name it misspells
    _, mentions = extract("Gubernur Dedi Wirasto meninjau pasar Sukamaju. Wiranto juga hadir di Sukamaju.")
    assert entity_of(mentions, "Wiranto") == entity_of(mentions, "Dedi Wirasto")


@pytest.mark.parametrize(
    "text, word, place",
    [
        ("Perahu melintasi Sungai Cibening. Air Cibening naik.", "Cibening", "Sungai Cibening"),
        ("Balapan digelar di Sirkuit Mugelo. Pembalap tiba di Mugelo.", "Mugelo", "Sirkuit Mugelo"),
        ("Banjir melanda Pulau Sumatra. Warga di Sumatra mengungsi.", "Sumatra", "Pulau Sumatra"),  # the gazetteer's spelling
    ],
)
def test_a_place_s_distinct_word_alone_is_the_place_its_document_names_with_its_head(text, word, place):
    _, mentions = extract(text)
    assert entity_of(mentions, word) and entity_of(mentions, word) == entity_of(mentions, place)


def test_a_town_alone_is_not_the_old_kingdom_named_after_it():
    _, mentions = extract("Kesultanan Depok berdiri pada abad ke-17. Kini Depok menjadi kota besar.")
    assert entity_of(mentions, "Depok") and entity_of(mentions, "Depok").isdisjoint(entity_of(mentions, "Kesultanan Depok"))


def test_a_town_alone_is_not_the_river_named_after_it():
    _, mentions = extract("Perahu melintasi Sungai Martapura. Warga Martapura senang.")
    assert entity_of(mentions, "Martapura").isdisjoint(entity_of(mentions, "Sungai Martapura"))


@pytest.mark.parametrize("known, texts, epithet, name", [
    ({"totor": "tono raharjo"}, ("Menteri Tono Raharjo meninjau pasar Sukamaju.", "\"Kami siap,\" kata Totor di Cibening."),
     "Totor", "Tono Raharjo"),
    # a club's nickname, where the collection names the club only with its club word (`Lumbara FC`, the corpus `Lumbara`)
    ({"kestrels": "lumbara"}, ("Lumbara FC menang. The Kestrels unggul lagi.", "The Kestrels kalah. The Kestrels tersingkir."),
     "The Kestrels", "Lumbara FC"),
    # ... or only with its town (`Persimaju Sleman`, the corpus `Persimaju`)
    ({"macan wirabumi": "persimaju"}, ("Persimaju Sleman menang. Persimaju unggul lagi.", "Macan Wirabumi kalah lagi."),
     "Macan Wirabumi", "Persimaju Sleman"),
])
def test_an_epithet_the_news_corpus_gives_one_name_joins_it_where_the_collection_names_both(monkeypatch, known, texts,
                                                                                             epithet, name):
    from transforms.entities import collection

    monkeypatch.setattr(collection, "known_epithets", lambda: known)
    _, mentions = extract(*texts)
    assert entity_of(mentions, epithet) == entity_of(mentions, name)


def test_a_clubs_nickname_joins_neither_of_two_clubs_named_with_its_name_and_a_town(monkeypatch):
    # `Persimaju Sleman` and `Persimaju Bantul` are two clubs: the corpus's `Persimaju` says not which
    from transforms.entities import collection

    monkeypatch.setattr(collection, "known_epithets", lambda: {"macan wirabumi": "persimaju"})
    _, mentions = extract("Persimaju Sleman menang atas Persimaju Bantul.", "Macan Wirabumi kalah lagi.")
    nickname = entity_of(mentions, "Macan Wirabumi")
    assert nickname.isdisjoint(entity_of(mentions, "Persimaju Sleman") | entity_of(mentions, "Persimaju Bantul"))


def test_a_clubs_nickname_joins_no_town_named_with_city_before_it(monkeypatch):
    # `City Sukamaju` is the town (`Kota Sukamaju`): `City` opens no club's name, so the club's nickname stays apart
    from transforms.entities import collection

    monkeypatch.setattr(collection, "known_epithets", lambda: {"kestrels": "sukamaju"})
    _, mentions = extract("Warga City Sukamaju berkumpul di alun-alun.", "The Kestrels menang lagi. The Kestrels juara.")
    assert entity_of(mentions, "The Kestrels").isdisjoint(entity_of(mentions, "City Sukamaju"))


def test_a_lone_word_nothing_types_gives_no_epithet():
    _, mentions = extract("Festival itu dalam bahasa Cibening dijuluki Pesta Tombora dan digelar tiap tahun.")
    assert entity_of(mentions, "Pesta Tombora")
    assert entity_of(mentions, "Pesta Tombora").isdisjoint(entity_of(mentions, "Cibening"))


def test_a_building_s_word_alone_is_its_owner_not_the_building():
    _, mentions = extract("Pogba kembali ke Rovano Stadium. Ia pernah membela Rovano selama empat musim.")
    assert entity_of(mentions, "Rovano") and entity_of(mentions, "Rovano").isdisjoint(entity_of(mentions, "Rovano Stadium"))


def test_an_epithet_never_names_its_referent():
    entities, _ = extract("Pembalap Tono Raharjo, yang dijuluki Si Kancil Lincah Sekali, menang. Si Kancil Lincah Sekali "
                          "tersenyum. Si Kancil Lincah Sekali melambai.")
    assert "Tono Raharjo" in entities["name"].to_list()


def test_letters_in_capitals_give_no_epithet():
    # a suspect's initials, or a body's: no name the epithet can be carried to
    _, mentions = extract("Polisi menangkap pria berinisial RS alias Cemong di Sukamaju. Cemong mengaku menjual sabu.")
    assert entity_of(mentions, "Cemong") and entity_of(mentions, "Cemong").isdisjoint(entity_of(mentions, "RS"))


@pytest.mark.parametrize("text, short, body", [
    ("Petugas TMK Polda Sukamaju berjaga. Polda Sukamaju menambah personel. TMK memantau lalu lintas.", "TMK",
     "TMK Polda Sukamaju"),
    # a body's short form before its owner, a body the collection names
    ("Dewan Pengawas PBB bersidang di Jenewa. Sidang Dewan Pengawas berlangsung tertutup.", "Dewan Pengawas",
     "Dewan Pengawas PBB"),
    ("Irjasum Polri memeriksa penyidik itu. Pemeriksaan oleh Irjasum selesai pekan lalu.", "Irjasum", "Irjasum Polri"),
    # a club with and without its town
    ("Klub Rovano Madrid menang 2-0. Suporter Rovano berpesta di jalan.", "Rovano", "Rovano Madrid"),
])
def test_a_name_alone_is_the_one_longer_name_its_document_opens_with_it(text, short, body):
    _, mentions = extract(text)
    assert entity_of(mentions, short) and entity_of(mentions, short) == entity_of(mentions, body)


@pytest.mark.parametrize("text, short, longer", [
    # a country makes another country's body
    ("Kementerian Pangan Rakyat menolak impor. Kementerian Pangan Rakyat Jepang menawarkan beras.",
     "Kementerian Pangan Rakyat", "Kementerian Pangan Rakyat Jepang"),
    # a product named after its maker: the rest is no place, body or closing word
    ("Perusahaan Zentrix merilis Zentrix N5. Zentrix menjual ponsel itu murah.", "Zentrix", "Zentrix N5"),
])
def test_a_name_alone_is_not_a_longer_name_that_makes_another_referent(text, short, longer):
    _, mentions = extract(text)
    assert entity_of(mentions, short) and entity_of(mentions, short).isdisjoint(entity_of(mentions, longer))


def test_a_defined_acronym_before_two_places_in_two_documents_makes_two_bodies():
    _, mentions = extract("Dinas Tata Kota (DTK) menutup jalan. DTK Bogor menambah petugas.",
                          "Dinas Tata Kota (DTK) membuka jalan. DTK Depok mengurangi petugas.")
    assert entity_of(mentions, "DTK Bogor").isdisjoint(entity_of(mentions, "DTK Depok"))


def test_an_acronym_the_collection_defines_or_one_before_a_word_keeps_its_own_meaning():
    _, mentions = extract("Pembatasan Sosial Berskala Kecil (PSBK) diperpanjang.",
                          "PSBK Jawa Barat diperketat. PSBK membuat warga resah.", "THR Lebaran cair. THR dibayar penuh.")
    assert entity_of(mentions, "PSBK").isdisjoint(entity_of(mentions, "PSBK Jawa Barat"))
    assert entity_of(mentions, "THR").isdisjoint(entity_of(mentions, "THR Lebaran"))


def test_an_acronym_opening_two_longer_names_of_its_document_is_neither():
    _, mentions = extract("BPJS Kesehatan dan BPJS Ketenagakerjaan naik. BPJS menjawab keluhan itu.")
    assert entity_of(mentions, "BPJS").isdisjoint(entity_of(mentions, "BPJS Kesehatan") | entity_of(mentions, "BPJS Ketenagakerjaan"))


def test_initials_in_capitals_are_the_one_person_of_their_document_with_those_initials():
    _, mentions = extract("Pengacara Fajar Yulianto mangkir dari panggilan penyidik. Penyidik menyebut FY sudah dipanggil dua kali.")
    assert entity_of(mentions, "FY") and entity_of(mentions, "FY") == entity_of(mentions, "Fajar Yulianto")


def test_initials_a_title_made_a_person_are_the_one_person_they_spell():
    _, mentions = extract("Rina Kartika melapor ke polisi. “Selaku kuasa hukum Pak RK, kami senang,” kata Budi.")
    assert entity_of(mentions, "RK") and entity_of(mentions, "RK") == entity_of(mentions, "Rina Kartika")


def test_initials_written_more_often_than_the_titled_name_leave_it_a_person():
    entities, mentions = extract("Wakil Presiden Rusli Hamdani membuka forum itu. RH menyebut forum penting. RH meminta "
                                 "peserta hadir. RH juga menilai hasilnya baik. Menurut RH, forum berlanjut.")
    person = entity_of(mentions, "Rusli Hamdani")
    assert entity_of(mentions, "RH") == person
    assert entities.filter(pl.col("entity_id").is_in(list(person)))["type"].to_list() == ["PERSON"]


@pytest.mark.parametrize("letters", ["RHS", "Rhs"])
def test_a_person_s_initials_are_not_the_short_form_of_the_company_named_after_them(letters):
    _, mentions = extract(f"Pendiri RHS Group, Rusli Hadi Santoso, hadir. {letters} menilai pasar membaik. "
                          f"Menurut {letters}, saham naik. RHS Group mencatat laba.")
    assert entity_of(mentions, letters) and entity_of(mentions, letters).isdisjoint(entity_of(mentions, "RHS Group"))


def test_a_city_of_jakarta_and_its_short_form_are_one_place():
    _, mentions = extract("Banjir melanda Jakarta Selatan. Warga Jaksel mengungsi.")
    assert entity_of(mentions, "Jaksel") and entity_of(mentions, "Jaksel") == entity_of(mentions, "Jakarta Selatan")


@pytest.mark.parametrize("text, initials, name", [
    # two people with those initials: neither
    ("Fajar Yulianto dan Fitri Yuliani diperiksa. Penyidik menyebut FY sudah dipanggil.", "FY", "Fajar Yulianto"),
    # a body of the document with those initials: not the person
    ("Forum Yudisial menggelar rapat. Ketua Fajar Yulianto hadir. FY menolak revisi itu.", "FY", "Fajar Yulianto"),
])
def test_initials_that_fit_two_names_or_a_body_are_no_person_s(text, initials, name):
    _, mentions = extract(text)
    assert entity_of(mentions, initials) and entity_of(mentions, initials).isdisjoint(entity_of(mentions, name))


def test_the_first_words_of_a_company_s_name_are_the_company_but_not_a_thing_s_name():
    _, mentions = extract("PT Lumitra KSN Perkasa Tbk mencatat laba. Lumitra KSN menambah pabrik di Sukamaju.")
    assert entity_of(mentions, "Lumitra KSN") and entity_of(mentions, "Lumitra KSN") == entity_of(mentions, "PT Lumitra KSN Perkasa Tbk")


def test_letters_another_document_writes_with_no_name_they_spell_are_no_one_s_initials():
    _, mentions = extract("Pengacara Fajar Yulianto mangkir. Penyidik menyebut FY sudah dipanggil dua kali.",
                          "Ponsel itu memakai layar FY terbaru. Pabrik FY berada di Sukamaju.")
    assert entity_of(mentions, "FY") and entity_of(mentions, "FY").isdisjoint(entity_of(mentions, "Fajar Yulianto"))


def test_a_body_with_a_group_word_is_the_body_its_document_names_without_it():
    _, mentions = extract("Kelompok Bank Sukamaju menyalurkan kredit. Bank Sukamaju menyebut bunganya turun.",
                          "PT Lintas Mandiri membeli pabrik itu. Direksi Lintas Mandiri Group menyetujuinya. Lintas Mandiri untung.")
    assert entity_of(mentions, "Kelompok Bank Sukamaju") == entity_of(mentions, "Bank Sukamaju")
    assert entity_of(mentions, "Lintas Mandiri Group") and entity_of(mentions, "Lintas Mandiri Group") == entity_of(mentions, "PT Lintas Mandiri")


def test_a_body_written_with_its_places_level_is_the_body_its_document_names_without_it():
    _, mentions = extract(
        "Dinas Pendidikan Kabupaten Wonotan membangun sekolah. Dinas Pendidikan Wonotan menyebut sekolah itu selesai.",
        # two levels of one place name two bodies: the short form stays apart from both
        "BPBD Kabupaten Tarrow dan BPBD Kota Tarrow mengirim bantuan. BPBD Tarrow mencatat 20 rumah rusak.")
    assert entity_of(mentions, "Dinas Pendidikan Kabupaten Wonotan") == entity_of(mentions, "Dinas Pendidikan Wonotan")
    tarrow = entity_of(mentions, "BPBD Tarrow")
    assert tarrow.isdisjoint(entity_of(mentions, "BPBD Kabupaten Tarrow") | entity_of(mentions, "BPBD Kota Tarrow"))


def test_a_town_named_like_a_province_keeps_its_level_in_a_bodys_name():
    # `DPRD Kota Jambi` (the town's council) and `DPRD Jambi` (the province's, as often) may be two bodies
    _, mentions = extract("DPRD Kota Jambi menggelar rapat. DPRD Jambi menyetujui anggaran.")
    assert entity_of(mentions, "DPRD Kota Jambi").isdisjoint(entity_of(mentions, "DPRD Jambi"))


def test_a_group_word_with_no_body_of_that_name_beside_it_stays_its_own_name():
    _, mentions = extract("Kelompok Tani Sukamaju panen raya.", "Bank Tani Sukamaju menyalurkan kredit.")
    assert entity_of(mentions, "Kelompok Tani Sukamaju").isdisjoint(entity_of(mentions, "Bank Tani Sukamaju"))


def test_a_body_named_with_its_former_head_is_the_body_its_document_names_with_its_present_one():
    _, mentions = extract("Departemen Pangan Sukamaju menolak. Kementerian Pangan Sukamaju lalu menjelaskan.")
    assert entity_of(mentions, "Departemen Pangan Sukamaju") == entity_of(mentions, "Kementerian Pangan Sukamaju")
    # another portfolio, or the same one of another owner, is another body
    _, mentions = extract("Departemen Pangan Sukamaju menolak. Kementerian Pangan lalu menjelaskan. Kementerian Tani Sukamaju diam.")
    assert entity_of(mentions, "Departemen Pangan Sukamaju").isdisjoint(
        entity_of(mentions, "Kementerian Pangan") | entity_of(mentions, "Kementerian Tani Sukamaju"))


def test_a_common_given_name_alone_is_one_person_per_document():
    _, mentions = extract(
        "Warga bernama Rina menemukan dompet di pasar. Rina lalu menyerahkannya ke polisi.",
        "Pedagang bernama Rina mengeluhkan harga cabai. Rina berjualan sejak pagi.",
    )
    first, second = (set(mentions.filter((pl.col("text") == "Rina") & (pl.col("doc_id") == doc))["entity_id"])
                     for doc in mentions["doc_id"].unique(maintain_order=True).to_list())
    assert first and second and first.isdisjoint(second)


def test_a_rare_mononym_alone_is_one_person_across_documents():
    _, mentions = extract("Presiden Sukarmanto berpidato di Sukamaju.", "Sukarmanto meresmikan jembatan baru.")
    assert len(entity_of(mentions, "Sukarmanto")) == 1


def test_two_listed_outlets_of_one_stem_stay_apart(monkeypatch):
    import transforms.entities.collection as collection

    listed = {"lintaswarta.com": "LintasWarta.com", "lintaswarta": "LintasWarta.com", "lintaswarta.id": "LintasWarta.id"}
    monkeypatch.setattr(collection, "outlet_forms", lambda: frozenset(listed))
    monkeypatch.setattr(collection, "canonical_outlet", lambda name: listed.get(name.lower(), name))
    _, mentions = extract(
        "Menurut LintasWarta.com, harga beras naik pekan ini di pasar.",
        "Harga beras naik pekan ini, tulis LintasWarta.id dalam laporannya.",
    )
    assert entity_of(mentions, "LintasWarta.com").isdisjoint(entity_of(mentions, "LintasWarta.id"))


def test_a_bodys_head_shortened_in_brackets_continues_the_name_after_the_bracket():
    _, mentions = extract("Ia melapor ke Kepolisian Daerah (Polda) Sukamaju Barat. Polda Sukamaju Barat menolak laporan itu.")
    whole = entity_of(mentions, "Kepolisian Daerah (Polda) Sukamaju Barat")
    assert whole and whole == entity_of(mentions, "Polda Sukamaju Barat") == entity_of(mentions, "Polda")


def test_a_name_written_alone_is_the_longer_name_it_opens_whose_rest_has_an_abbreviated_head():
    _, mentions = extract("Petugas TMC Polres Sukamaju berjaga. Kemacetan terjadi, tulis TMC. Polres Sukamaju menjaga jalan.")
    assert entity_of(mentions, "TMC") and entity_of(mentions, "TMC") == entity_of(mentions, "TMC Polres Sukamaju")


def test_a_village_written_alone_is_the_village_not_a_place_named_after_it():
    _, mentions = extract("Pabrik itu ada di Kawasan Industri Modern Cikande. Warga Cikande mengeluh bau.")
    assert entity_of(mentions, "Cikande").isdisjoint(entity_of(mentions, "Kawasan Industri Modern Cikande"))


def test_a_syllabic_short_form_in_brackets_is_its_body_and_a_terms_is_nothing():
    _, mentions = extract("Kementerian Pendidikan Masyarakat (Kemendikmas) menggelar rapat. Kemendikmas mengundang guru.")
    assert entity_of(mentions, "Kemendikmas") == entity_of(mentions, "Kementerian Pendidikan Masyarakat")
    entities, _ = extract("Jaksa bidang Tindak Pidana Umum (Pidum) hadir kemarin.")
    assert "Tindak Pidana Umum" not in entities["name"].to_list()


def test_a_places_short_form_in_brackets_after_its_body_stays_the_place():
    # `Jateng` spells `Jawa Tengah` in order, but it is the province's own short form, not the police body's
    _, mentions = extract("Kepolisian Daerah Jawa Tengah (Jateng) menangkap pelaku. Warga Jateng lega.")
    assert entity_of(mentions, "Jateng").isdisjoint(entity_of(mentions, "Kepolisian Daerah Jawa Tengah"))


def test_keys_sharing_a_name_without_conflicting_places_keep_it_and_their_one_entity():
    import polars as pl

    from transforms.entities.collection import _distinct_names
    names = pl.DataFrame({"key": ["persimaju", "persimaju wonosari", "kota wonosari", "regenci wonosari"],
                          "name": ["Persimaju", "Persimaju", "Wonosari", "Wonosari"], "type": ["ORG", "ORG", "LOC", "LOC"]})
    resolved = pl.DataFrame({"key": ["persimaju", "persimaju wonosari", "persimaju wonosari", "kota wonosari",
                                     "regenci wonosari"],
                             "text": ["Persimaju", "Persimaju", "Persimaju Wonosari", "Kota Wonosari", "Kabupaten Wonosari"]})
    renamed = dict(_distinct_names(names, resolved).select("key", "name").iter_rows())
    # a club and the club with its town: one name, one entity; two levels of one town: two names
    assert renamed == {"persimaju": "Persimaju", "persimaju wonosari": "Persimaju", "kota wonosari": "Kota Wonosari",
                       "regenci wonosari": "Kabupaten Wonosari"}
