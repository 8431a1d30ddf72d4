import pickle
import re

import polars as pl
import pytest

from tests.conftest import documents_from_texts
from transforms.attributions import (
    attribute_documents,
    attribute_quotes,
    cluster_quotes,
    summarise_clusters,
)
from transforms.attributions.clusters import COMMON_POSTING, cluster_quotes_incrementally
from transforms.attributions.context import SpeakerContext, spells_title
from transforms.attributions.speakers import resolve_speaker
from transforms.attributions.tables import attribute_document
from transforms.entities import attach_sentences, find_mentions, resolve_entities
from transforms.quotes import find_quotes
from transforms.sentences import split_sentences


def attribute(*texts: str) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    documents = documents_from_texts({f"doc{i}.txt": t for i, t in enumerate(texts)})
    sentences = split_sentences(documents)
    entities, mentions = resolve_entities(find_mentions(documents))
    quotes, attributions = attribute_quotes(find_quotes(documents, sentences), documents, entities, attach_sentences(mentions, sentences), sentences)
    return entities, quotes, attributions


def speakers(*texts: str) -> list[str | None]:
    entities, quotes, attributions = attribute(*texts)
    names = dict(entities.select("entity_id", "name").iter_rows())
    rows = quotes.join(attributions.filter(pl.col("role") == "speaker"), on="quote_id", how="left").sort("doc_id", "start")
    return [names.get(e) for e in rows["entity_id"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        # apposition: the name after the comma, not the person the role belongs to
        ("“Tamu akan tiba pukul sembilan pagi,” kata ajudan Gubernur Rudi Hartono, Sinta Dewi.", ["Sinta Dewi"]),
        # a description after the name does not take over
        ("“Penjualan naik dua kali lipat,” kata Fitri Handayani, Direktur Utama PT Sinar Jaya.", ["Fitri Handayani"]),
        # -nya goes to the person just introduced as a sentence's subject
        ("Menteri Kesehatan Hana Lestari meninjau rumah sakit. “Stok obat masih aman,” ujarnya.", ["Hana Lestari"]),
        # ia goes to the previous speaker
        ("Bupati Tono Wijaya mengatakan jalan itu rusak parah. Ia menegaskan perbaikan dimulai bulan depan.",
         ["Tono Wijaya", "Tono Wijaya"]),
        # an unnamed speaker keeps its text and no entity
        ("Beberapa laporan menyebutkan bahwa harga minyak dunia akan naik lagi tahun depan.", [None]),
        # a role with an organisation is not the organisation speaking
        ("“Dokumen itu masih disiapkan oleh tim,” kata juru bicara Kementerian Luar Negeri.", [None]),
        # an organisation can speak
        ("“Gempa tidak berpotensi tsunami,” lapor Badan Meteorologi Nasional.", ["Badan Meteorologi Nasional"]),
        # -nya prefers the person who was speaking over a later capitalised phrase read as a person
        ("Rina Sari menjelaskan, toko itu tutup. Ketidakhadiran Budiono Tarigan membuat rapat batal. "
         "“Kami akan menunggu,” ujarnya.", ["Rina Sari"]),
        # the speaker a sentence quotes outranks the people its relative clause names
        ("Presiden Rina Kusuma meninjau gudang beras. “Stok beras kita aman sampai Lebaran,” ujar Presiden, yang datang "
         "bersama Menteri Sosial Budi Hartono, serta Wali Kota Dedi Mulyadi. Bantuan disalurkan sejak April. "
         "“Bantuan ketiga tiba hari ini,” tuturnya.", ["Rina Kusuma", "Rina Kusuma"]),
        # a description with a demonstrative points back like a pronoun (`kata aktor film itu`)
        ("Aktor Bima Santoso mengaku sembuh dari kanker. “Tes ini sangat penting bagi pria,” kata pemain ‘Laskar’ tersebut.",
         ["Bima Santoso"]),
        # a description points to the person just named, not to the one quoted before
        ("“Tim kami bermain buruk,” kata pelatih Dodi Harsono. Gelandang Raka Sembiring cedera lutut pada menit ke-70. "
         "Raka Sembiring dibawa ke rumah sakit. Pemain berusia 26 tahun itu mengaku sempat merasakan sakit yang hebat.",
         ["Dodi Harsono", "Raka Sembiring"]),
        # a title in quotation marks inside a description is no one speaking: the description points back
        ("Aktris Dewi Lestari merilis film baru. Dewi Lestari ditemui di Bandung. Pemain film ‘Senja Marlina’ "
         "tersebut mengatakan bahwa film itu dibuat selama dua tahun.", ["Dewi Lestari"]),
        # `Sembari` with no subject of its own: the subject of the sentence before speaks
        ("Penyanyi Rina Sari merilis video di akun Instagram-nya. Sembari menyampaikan, bahwa ia berpikir pasar itu "
         "harus dibuka lagi.", ["Rina Sari"]),
        # ... also with the particle -pun glued to the demonstrative (`itupun`)
        ("Gelandang Raka Sembiring cedera lutut pada menit ke-70. Raka Sembiring dibawa ke rumah sakit. "
         "Pemain berusia 26 tahun itupun mengaku sempat merasakan sakit yang hebat.", ["Raka Sembiring"]),
        # ... but the person quoted last, when no other subject came after that quote
        ("Dodi Harsono bertemu Raka Sembiring. Raka Sembiring meminjam uang. Raka Sembiring belum membayar. "
         "“Tanya saja ke Raka Sembiring,” ucap Dodi Harsono. Pengusaha asal Bandung itu mengatakan, Raka Sembiring tahu "
         "betul utang itu.", ["Dodi Harsono", "Dodi Harsono"]),
        # ... the person just named more than once: a name in passing is not who the description points to
        ("Aktor Bima Santoso mengaku sembuh. Bima Santoso menjalani tes Dodi Harsono (DH). “Tes ini sangat penting bagi "
         "pria,” kata pemain film tersebut.", ["Bima Santoso"]),
        # of two people in the sentence before, the first is its subject
        ("Ketua Ombudsman Teguh Wirawan menyoroti pernyataan Menteri Rina Kusuma soal kerumunan. "
         "“Kami khawatir muncul kluster baru,” ujarnya.", ["Teguh Wirawan"]),
        # a given name and a surname opening the latest sentence outweigh an earlier speaker
        ("Bupati Tono Wijaya menjelaskan, jalan itu rusak sejak awal tahun. Dimas Wibisono hanya bisa pasrah melihat "
         "kebunnya terendam. “Kami rugi besar,” ujarnya.", ["Tono Wijaya", "Dimas Wibisono"]),
        # a person set off by commas before a verb, or before a verb and a comma, is a subject the
        # document gives a voice, even with a verb that is no speech verb
        ("Bupati Tono Wijaya menjelaskan, jalan itu rusak sejak awal tahun. Pengajar sosiologi kampus itu, Dimas Anggara, "
         "mengapresiasi langkah bupati. “Perbaikan harus diawasi warga,” ujarnya.", ["Tono Wijaya", "Dimas Anggara"]),
        ("Bupati Tono Wijaya menjelaskan, jalan itu rusak sejak awal tahun. Sementara itu Dimas Anggara memprediksi, biaya akan naik. "
         "“Perbaikan harus diawasi warga,” ujarnya.", ["Tono Wijaya", "Dimas Anggara", "Dimas Anggara"]),
        # a name governed by a noun before it is an object or a possessor, not the subject `ujarnya` points to
        ("Bupati Tono Wijaya mengatakan jalan itu rusak sejak awal tahun. Hingga kini nama Dimas Anggara masih "
         "dibicarakan warga. “Kami akan memperbaikinya,” ujarnya.", ["Tono Wijaya", "Tono Wijaya"]),
        ("Bupati Tono Wijaya mengatakan jalan itu rusak sejak awal tahun. Sementara itu kondisi kesehatan Dimas Anggara "
         "membaik. “Kami akan memperbaikinya,” ujarnya.", ["Tono Wijaya", "Tono Wijaya"]),
        # ... and a relative is never the subject: `istri Dimas` speaks of his wife
        ("Bupati Tono Wijaya mengatakan jalan itu rusak sejak awal tahun. Kemarin istri Dimas Anggara mendatangi kantor "
         "bupati. “Kami akan memperbaikinya,” ujarnya.", ["Tono Wijaya", "Tono Wijaya"]),
        # the person named last before the sentence's speech verb speaks, however long the description between
        ("Bupati Tono Wijaya mengatakan jalan itu rusak sejak awal tahun. Gedung itu terbakar Sabtu malam. Dedi, kepala "
         "regu pemadam dari pos Sukamaju Barat yang tiba pertama kali di lokasi, menuturkan kisahnya. “Kami kekurangan "
         "air,” ucapnya.", ["Tono Wijaya", "Dedi"]),
        # whom the latest speaker talked about does not take the next `ujarnya` from the speaker
        ("Rina Kusuma juga mendesak supaya polisi memproses laporan yang Dimas Wibisono kirimkan. Dimas Wibisono "
         "diketahui telah melapor ke polisi bulan lalu. “Kami ingin kasus ini tuntas,” ungkapnya.", ["Rina Kusuma", "Rina Kusuma"]),
        # a name typed in lower case after a cue is the person the document names with it; an ordinary word is not
        ("Joko Susilo, pemudik dari Sukamaju, beristirahat di warung. “Saya merasa nyaman di sini,” kata joko.",
         ["Joko Susilo"]),
        ("Joko Susilo, pemudik dari Sukamaju, beristirahat di warung. “Saya merasa nyaman di sini,” kata warga.", [None]),
        # `sang pelatih`, and a description closed by a demonstrative after a body's name, point back to the person
        ("Pelatih Dodi Harsono memimpin latihan pagi. Dodi Harsono puas dengan timnya. “Kami siap menghadapi final,” "
         "kata sang pelatih.", ["Dodi Harsono"]),
        ("Rina Sari memimpin rapat partai. Rina Sari menolak usulan itu. “Kami tidak setuju,” kata politikus dari Partai "
         "Maju ini.", ["Rina Sari"]),
        # whom the quote itself names, by name or by the role word the text gives them, is not its speaker
        ("“Beliau pingsan di panggung,” kata Ketua RT Lilik Susanti. Di kampungnya, ustadz Amin Basuki dikenal sebagai "
         "qari yang santun. Ia menjadi juara lomba tingkat nasional. “Kalau ada acara, ustadz selalu datang paling awal,” katanya.",
         ["Lilik Susanti", "Lilik Susanti"]),
        # a description with a demonstrative is the person the document follows most, not the one named last
        ("Aktris Rina Sari menikah dengan Dodi Harsono. Rina Sari kini tinggal di Medan bersama anak tirinya, Tini Harsono. "
         "Rina Sari rindu pada keluarganya. Di foto itu Dodi Harsono dan Tini Harsono tersenyum. Aktris berusia 29 tahun "
         "ini mengaku meninggalkan keluarga merupakan hal terberat dalam hidupnya.", ["Rina Sari"]),
        # a sentence recalling background (`Sebagaimana diketahui, ...`) gives no subject to the next `-nya`
        ("Pengacara Dodi Harsono, Rina Sari, menilai kliennya berada di jalur yang benar. Sebagaimana diketahui, Dodi "
         "Harsono melaporkan Tini Wulan ke polisi. “Kami mendukung polisi bekerja profesional,” ungkapnya.",
         ["Rina Sari", "Rina Sari"]),
        # a name, then a description opened by a title between commas, then the cue: the name speaks
        ("Rina Sari, Ketua Umum Partai Maju Bersama, mengatakan bahwa partainya siap mengikuti pemilu tahun depan.",
         ["Rina Sari"]),
        ("Rina Sari, Head of Communications Lintas Warta, mengatakan bahwa layanan baru siap dipakai tahun depan.",
         ["Rina Sari"]),
        # ... but an adverbial before the comma is no name
        ("Presiden Tono Raharjo membuka rapat. Bahkan, Presiden menegaskan bahwa anggaran desa tidak akan dipotong.",
         ["Tono Raharjo"]),
        # `dirinya` as a subject is a pronoun
        ("“Kami siap memantau pemilu,” kata Rina Sari. Dirinya menjelaskan, tim pemantau sudah dibentuk di delapan provinsi.",
         ["Rina Sari", "Rina Sari"]),
        # a pronoun after an adverbial set off by a comma is still a pronoun
        ("Camat Rina Sari meninjau pasar. Selama Ramadan, ia menjelaskan, pedagang biasanya diminta berjualan di halaman "
         "kantor camat.", ["Rina Sari"]),
        # a description whose head is a body's points back to the body just named, never to a person
        ("Aktor Bima Santoso wafat. Kabar itu pertama kali datang dari situs Lintas Warta. Media itu mengatakan bahwa "
         "Bima Santoso ditemukan di hotel.", ["Lintas Warta"]),
        ("Aktor Bima Santoso wafat pekan lalu. Media itu mengatakan bahwa Bima Santoso ditemukan di hotel.", [None]),
        # ... and the free subject of the sentence right before, a person just introduced, however rarely named, when the
        # description shares a word with that sentence; not the subject of a line that describes no one
        ("“Tim kami siap,” kata pelatih Dodi Harsono. Dodi Harsono memimpin latihan pagi itu. Ketua Partai Maju Rina Sari "
         "mengalami kejadian buruk di bandara. Politikus Partai Maju itu mengaku menjadi korban salah tangkap.",
         ["Dodi Harsono", "Rina Sari"]),
        ("“Tim kami siap,” kata pelatih Dodi Harsono. Dodi Harsono memimpin latihan pagi itu. Rina Sari Tampil Memukau di "
         "Atas Panggung. Pria asal Bandung itu mengatakan bahwa timnya siap bertanding.", ["Dodi Harsono", "Dodi Harsono"]),
        # the subject of the sentence before, when the quote names it, is whom the speaker talks about: the subject before
        ("Presiden Tono Raharjo bersyukur ketika Budi Santoso pulang. Budi Santoso dirawat di Singapura selama sepuluh "
         "bulan. “Kita bersyukur, Pak Budi Santoso sudah sembuh,” tuturnya.", ["Tono Raharjo"]),
        # the agent of a passive speech verb is a subject that speaks, however far into its sentence
        ("“Kami mendukung jam malam,” kata Sudi Hartono. Dukungan serupa terhadap kebijakan jam malam bagi para pelajar "
         "sekolah menengah di kota itu juga disampaikan oleh Ketua Komite Sekolah Sukamaju Chandra Wijaya. Ia menilai, jam "
         "malam membantu disiplin anak.", ["Sudi Hartono", "Chandra Wijaya"]),
        # a name closing its sentence after `adalah` is the person the sentence introduces: the subject `-nya` points to
        ("Gubernur Tono Raharjo menerapkan jam malam bagi pelajar sejak awal bulan lalu. Salah satu warga yang mendukung "
         "kebijakan baru pemerintah provinsi tentang jam malam itu adalah Sudi Hartono (53). Menurutnya, anak remaja perlu "
         "dibatasi.", ["Sudi Hartono"]),
        # ... and so is one closing it after `salah satunya` (one of them)
        ("Gubernur Tono Raharjo mengumumkan bahwa jalan tol itu akan dibuka bulan depan. Namun, tidak semua orang setuju "
         "dengan rencana itu, salah satunya Dimas Anggara. Belum lama ini, pengusaha asal Bandung itu menyatakan bahwa tarif "
         "tol terlalu mahal.", ["Tono Raharjo", "Dimas Anggara"]),
        # a name a relative clause set off by a comma describes up to a demonstrative heads the phrase: that name speaks
        ("“Bantuan datang terlambat,” kata Rina Sari. Pengamat pangan Budi Hartono, yang juga hadir dalam rapat itu, "
         "mengatakan bahwa gudang sudah penuh.", ["Rina Sari", "Budi Hartono"]),
        # ... unless a word of kin governs the name: the relative is described, no one named
        ("“Bantuan datang terlambat,” kata Rina Sari. Istri Budi Hartono, yang juga hadir dalam rapat itu, "
         "mengatakan bahwa gudang sudah penuh.", ["Rina Sari", "Rina Sari"]),
        # a role described by a relative clause up to a demonstrative points back to the person quoted last
        ("Sopir taksi, Tarmin Wibowo, mengatakan penumpang itu naik dari terminal dekat pasar. “Jalannya macet dan "
         "ibunya sudah kesakitan,” kata supir yang berasal dari Garut, Jawa Barat itu.", ["Tarmin Wibowo", "Tarmin Wibowo"]),
    ],
)
def test_speakers(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("phrase, first, second, expected", [
    # the office comes first, so the name is the last person-like phrase (`Maju Jaya` misread as a person)
    ("CEO Maju Jaya Rina Sari", "Maju Jaya", "Rina Sari", ("E2", "named_person")),
    # an apposition: the name right after the comma
    ("ajudan Gubernur Rudi Hartono, Sinta Dewi", "Rudi Hartono", "Sinta Dewi", ("E2", "apposition")),
    # a description or a relative clause after the name
    ("Sinta Dewi, Direktur Rudi Hartono Center", "Sinta Dewi", "Rudi Hartono", ("E1", "named_person")),
    ("pengawas Rina Sari, yang juga warga Brantas Hilir", "Rina Sari", "Brantas Hilir", ("E1", "named_person")),
    # a word of address or degree between the comma and the name (`Sukamaju` misread as a person)
    ("Direktur RS Sukamaju, dr. Sinta Dewi", "Sukamaju", "Sinta Dewi", ("E2", "apposition")),
])
def test_a_speaker_phrase_naming_two_people(phrase, first, second, expected):
    text = f"“Kami siap,” kata {phrase}."
    start = text.index(phrase)
    mentions = [(text.index(name), text.index(name) + len(name), entity, "PERSON")
                for name, entity in ((first, "E1"), (second, "E2"))]
    resolver = SpeakerContext(text, mentions, [0], [(1, 10)], {})
    assert resolve_speaker(resolver, start, start + len(phrase), 1) == expected


def test_a_speaker_word_that_is_no_mention_is_the_person_the_document_names_with_it():
    text = "Ekonom Amin Subekti menilai harga naik. “Stok menipis,” tutur Amin."
    mentions = [(text.index("Amin Subekti"), text.index("Amin Subekti") + 12, "E1", "PERSON")]
    resolver = SpeakerContext(text, mentions, [0, 40], [(41, 54)], {})
    start = text.rindex("Amin")
    assert resolve_speaker(resolver, start, start + 4, 41) == ("E1", "named_in_document")
    assert resolve_speaker(resolver, text.index("Ekonom"), text.index("Ekonom") + 6, 41) == (None, "unnamed")


def test_intermediary_source_is_an_attribution_with_role_source():
    _, _, attributions = attribute(
        "“Ekspor akan dibuka kembali,” kata Perdana Menteri Arjun Mehta dalam kutipan yang diambil dari kantor berita Reuters."
    )
    source = attributions.filter(pl.col("role") == "source")
    assert source["text"].to_list() == ["kantor berita Reuters"] and source["cue"].to_list() == ["diambil dari"]


def test_a_source_carried_from_an_earlier_paragraph_is_told_from_one_named_in_the_quotes_sentence():
    _, quotes, attributions = attribute(
        "Seperti dilansir kantor berita Lintas, banjir melanda Kota Sukamaju sejak Senin.\n\n"
        "“Air naik sangat cepat,” kata Wali Kota Rina Sari.\n\n"
        "“Bantuan sudah dikirim,” kata Camat Budi Santoso seperti dikutip dari Kabar TV."
    )
    sources = quotes.join(attributions.filter(pl.col("role") == "source"), on="quote_id").sort("start")
    assert sources.select("text_right", "method").rows() == [("kantor berita Lintas", "article_source"),
                                                              ("Kabar TV", "source_cue")]


def test_confidence_is_lower_for_pronouns_than_for_names():
    _, _, attributions = attribute(
        "Menteri Kesehatan Hana Lestari meninjau rumah sakit. “Stok obat masih aman,” ujarnya. "
        "“Tidak ada kelangkaan,” kata Hana Lestari."
    )
    speakers_only = attributions.filter(pl.col("role") == "speaker").sort("start")
    assert speakers_only["confidence"][0] < speakers_only["confidence"][1] <= 1.0


def test_the_same_statement_in_two_outlets_is_one_cluster():
    quotes = pl.DataFrame({
        "quote_id": ["Q1", "Q2", "Q3"],
        "doc_id": ["a", "b", "b"],
        "text": ["Dokumen itu akan menguraikan prospek kerja sama lebih lanjut antara kedua negara",
                 "dokumen itu akan menguraikan prospek kerja sama lebih lanjut",
                 "Harga beras turun di semua pasar tradisional kota ini"],
    })
    clusters = dict(cluster_quotes(quotes).select("quote_id", "cluster_id").iter_rows())
    assert clusters["Q1"] == clusters["Q2"] == "Q1" and clusters["Q3"] == "Q3"


@pytest.mark.parametrize(
    "a, b, same",
    [
        # another translation, words in another order
        ("hubungan kedua negara sedang memasuki periode kemakmuran tinggi baru",
         "hubungan kedua negara memasuki periode baru kemakmuran tinggi, dan ia berjanji mendukung penuh", True),
        # the quoted fragment of a mixed quote carried verbatim by another outlet
        ("perjanjian itu tidak ditujukan kepada pihak lain, namun akan “memperluas kerja sama ekonomi dan perdagangan kawasan”",
         "Kedua pihak akan memperluas kerja sama ekonomi dan perdagangan kawasan tahun depan", True),
        # same topic, different statements
        ("harga beras naik di pasar tradisional karena panen gagal",
         "harga cabai turun di pasar modern karena pasokan melimpah", False),
    ],
)
def test_paraphrases_and_fragments_join_clusters(a, b, same):
    quotes = pl.DataFrame({"quote_id": ["Q1", "Q2"], "doc_id": ["a", "b"], "text": [a, b]})
    clusters = cluster_quotes(quotes)["cluster_id"].to_list()
    assert (clusters[0] == clusters[1]) is same


PASSAGE = ("Gubernur Larasati telah secara pribadi berterima kasih kepada para relawan atas bantuan mereka selama banjir bulan lalu. "
           "Menurut kami, kesepakatan ini merupakan bukti hubungan erat antara kedua provinsi yang bertetangga")
THANKS = "Gubernur Larasati telah secara pribadi berterima kasih kepada para relawan atas bantuan mereka selama banjir"
PROOF = "kesepakatan ini merupakan bukti hubungan erat antara kedua provinsi yang bertetangga"


def test_a_passage_joins_its_one_quoted_part():
    quotes = pl.DataFrame({"quote_id": ["Q1", "Q2"], "doc_id": ["a", "b"], "text": [PASSAGE, THANKS]})
    assert cluster_quotes(quotes)["cluster_id"].to_list() == ["Q1", "Q1"]


def test_a_passage_never_bridges_two_statements_quoted_apart():
    quotes = pl.DataFrame({"quote_id": ["Q1", "Q2", "Q3", "Q4"], "doc_id": ["a", "b", "c", "d"],
                           "text": [PASSAGE, THANKS, PROOF, "Menurut kami, " + PROOF]})
    clusters = cluster_quotes(quotes)["cluster_id"].to_list()
    assert clusters[2] == clusters[3] and len({clusters[0], clusters[1], clusters[2]}) == 3


def test_statements_of_different_speakers_and_shared_formulas_do_not_cluster():
    formula = "terdakwa terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana"
    quotes = pl.DataFrame({
        "quote_id": ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6"],
        "doc_id": ["a", "b", "c", "d", "e", "f"],
        "text": [f"{formula} korupsi dana desa", f"{formula} pencucian uang proyek jalan", f"{formula} suap perizinan tambang",
                 f"{formula} penggelapan pajak daerah", "Harga beras turun di semua pasar tradisional kota ini",
                 "Harga beras turun di semua pasar tradisional kota ini"],
    })
    speakers = {"Q1": "E1", "Q2": "E2", "Q3": "E3", "Q5": "E4", "Q6": "E5"}
    clusters = cluster_quotes(quotes, speakers)["cluster_id"].to_list()
    assert len(set(clusters)) == 6
    assert cluster_quotes(quotes, {"Q5": "E4", "Q6": "E4"})["cluster_id"].to_list()[4:] == ["Q5", "Q5"]


@pytest.mark.parametrize("speakers", [{"Q1": "E1"}, {"Q2": "E1"}])
def test_a_statement_of_a_known_speaker_joins_the_same_statement_with_no_speaker(speakers):
    quotes = pl.DataFrame({
        "quote_id": ["Q1", "Q2"], "doc_id": ["a", "b"],
        "text": ["Harga beras turun di semua pasar tradisional kota ini", "harga beras turun di semua pasar tradisional kota ini"],
    })
    assert cluster_quotes(quotes, speakers)["cluster_id"].to_list() == ["Q1", "Q1"]


STATEMENT = "Harga beras turun di semua pasar tradisional kota ini"
FORMULA = "terdakwa terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana"


def clustered(quotes: list[tuple[str, str, str]], speakers: dict[str, str], earlier=None):
    frame = pl.DataFrame(quotes, schema=["quote_id", "doc_id", "text"], orient="row")
    found, state = cluster_quotes_incrementally(frame, speakers, earlier)
    return dict(found.select("quote_id", "cluster_id").iter_rows()), state


PASSAGE_WORDS = "Kami akan membangun ulang pasar yang terbakar itu tahun depan"
BEFORE = [("Q1", "a", STATEMENT), ("Q2", "b", STATEMENT.lower()), ("Q3", "c", f"{FORMULA} korupsi dana desa"),
          ("Q4", "d", f"{FORMULA} pencucian uang proyek jalan"), ("Q5", "e", PASSAGE_WORDS), ("Q6", "f", PASSAGE_WORDS.lower())]


@pytest.mark.parametrize("quotes, speakers", [
    (BEFORE, {}),  # nothing changed
    (BEFORE, {"Q1": "E1", "Q2": "E2"}),  # two known speakers now: no longer one statement
    (BEFORE[1:], {}),  # a quote removed
    (BEFORE + [("Q7", "g", STATEMENT + " sejak pekan lalu")], {}),  # a quote added
    # the formula said by three speakers now: Q3 and Q4, both unchanged, lose the evidence that joined them
    (BEFORE + [(f"F{n}", f"f{n}", f"{FORMULA} {crime}") for n, crime in enumerate(("suap", "pajak", "narkoba"))],
     {"F0": "E1", "F1": "E2", "F2": "E3"}),
    # every word of Q5 and Q6, both unchanged, in more quotes than COMMON_POSTING (in another order): too common to
    # find their pair with
    (BEFORE + [(f"R{n:02}", f"r{n}", f"pasar warga {n} depan kecewa terbakar sayur tahun membangun pedagang ulang")
               for n in range(COMMON_POSTING)], {}),
])
def test_clusters_compared_from_an_earlier_state_are_those_compared_from_scratch(quotes, speakers):
    earlier_clusters, earlier = clustered(BEFORE, {})
    assert earlier_clusters["Q1"] == earlier_clusters["Q2"] and earlier_clusters["Q3"] == earlier_clusters["Q4"]
    assert earlier_clusters["Q5"] == earlier_clusters["Q6"]
    again, again_state = clustered(quotes, speakers, earlier)
    scratch, scratch_state = clustered(quotes, speakers)
    assert again == scratch
    assert all(again_state[name].equals(scratch_state[name]) for name in scratch_state)


def test_pairs_of_unchanged_quotes_come_from_the_earlier_state():
    _, earlier = clustered(BEFORE, {})
    # an earlier state that says Q1 and Q5 are one statement: neither changed, so the pair is taken as it is
    forged = earlier | {"pairs": pl.concat([earlier["pairs"], pl.DataFrame({"first": ["Q1"], "second": ["Q5"], "part": [False]})])}
    clusters, _ = clustered(BEFORE, {}, forged)
    assert clusters["Q5"] == clusters["Q1"]


def test_cluster_summary_counts_documents_and_outlets_and_keeps_the_longest_version():
    quotes = pl.DataFrame({"quote_id": ["Q1", "Q2", "Q3"], "doc_id": ["a", "b", "c"], "start": [0, 0, 0],
                           "text": ["kata kata kata", "kata kata kata kata", "lain"], "cluster_id": ["Q1", "Q1", "Q3"]})
    documents = pl.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", None], "source_path": ["a", "b", "c"],
                              "published_date": [None, "2024-06-19", None]}).with_columns(pl.col("published_date").str.to_date())
    row = summarise_clusters(quotes, documents).filter(pl.col("cluster_id") == "Q1").row(0, named=True)
    assert (row["quote_count"], row["document_count"], row["outlet_count"], row["longest_quote_id"], row["first_doc_id"]) == (
        2, 2, 2, "Q2", "b")


def attribution_inputs(*texts: str):
    documents = documents_from_texts({f"doc{i}.txt": t for i, t in enumerate(texts)})
    sentences = split_sentences(documents)
    entities, mentions = resolve_entities(find_mentions(documents))
    return find_quotes(documents, sentences), documents, entities, attach_sentences(mentions, sentences), sentences


CACHED_TEXTS = ("“Jembatan selesai tahun ini,” kata Bupati Tono Wijaya.",
                "Menteri Hana Lestari meninjau pasar. “Stok beras aman,” ujarnya.")


def test_known_rows_of_a_document_are_taken_as_they_are_and_its_changed_inputs_give_a_new_key():
    candidates, documents, entities, mentions, sentences = attribution_inputs(*CACHED_TEXTS)
    fresh = attribute_documents(candidates, documents, entities, mentions, sentences, None)
    assert fresh["quotes"]["key"].n_unique() == 2
    marked = fresh | {"quotes": fresh["quotes"].with_columns(text=pl.lit("known text"))}
    assert attribute_documents(candidates, documents, entities, mentions, sentences, marked)["quotes"].equals(marked["quotes"])
    # the first document's speaker read as another entity: only its key changes, and its rows are made again
    moved = mentions.with_columns(pl.when(pl.col("doc_id") == documents["doc_id"][0]).then(pl.lit("E-other"))
                                  .otherwise(pl.col("entity_id")).alias("entity_id"))
    again = attribute_documents(candidates, documents, entities, moved, sentences, marked)["quotes"]
    assert again["key"].n_unique() == 2 and again["key"].is_in(marked["quotes"]["key"].implode()).sum() == 1
    assert again.filter(pl.col("doc_id") == documents["doc_id"][0])["text"].to_list() != ["known text"]
    # rows of documents no longer there are left out
    assert attribute_documents(candidates.head(0), documents, entities, mentions, sentences, marked)["quotes"].is_empty()


def test_documents_attributed_in_parts_elsewhere_give_the_rows_of_all_at_once():
    inputs = attribution_inputs(*CACHED_TEXTS)
    together = attribute_documents(*inputs, None)
    parts = []

    def elsewhere(function, frames):  # as another process would: each part's frames copied, the last run first
        parts.extend(pickle.dumps(part) for part in frames)
        return [function(pickle.loads(part)) for part in reversed(parts)][::-1]

    one_by_one = attribute_documents(*inputs, None, map_parts=elsewhere, documents_at_once=1)
    assert len(parts) == 2 and together["quotes"]["key"].n_unique() == 2
    assert all(one_by_one[name].equals(together[name]) for name in together)


def test_a_statement_and_its_denial_are_two_statements():
    quotes = pl.DataFrame({"quote_id": ["Q1", "Q2"], "doc_id": ["a", "b"],
                           "text": ["Terlapor I sampai Terlapor IV terbukti melanggar kode etik dan pedoman perilaku pengawas pasar",
                                    "Terlapor V tidak terbukti melanggar kode etik dan pedoman perilaku pengawas pasar"]})
    assert cluster_quotes(quotes)["cluster_id"].to_list() == ["Q1", "Q2"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # `pihaknya` after a body's sentence: the body
        ("Judul\n\nDinas Pasar Sukamaju menutup pasar itu sejak Senin. Pihaknya memastikan pedagang akan segera "
         "dipindahkan ke lokasi baru.", ["Dinas Pasar Sukamaju"]),
        # after its spokesperson's quote: the spokesperson
        ("Judul\n\n“Pasar ditutup sementara,” kata Kepala Dinas Pasar Sukamaju Rina Wulandari. Pihaknya memastikan pedagang "
         "akan segera dipindahkan ke lokasi baru.", ["Rina Wulandari", "Rina Wulandari"]),
    ],
)
def test_pihaknya_is_the_body_or_its_spokesperson_just_named(text, expected):
    assert speakers(text) == expected


def test_a_statement_described_with_a_demonstrative_is_its_subjects():
    text = ("Judul\n\nRina Wulandari bertemu Tono Raharjo di Jakarta. Dalam pesan yang dirilis panitia, Rina Wulandari "
            "mengucapkan selamat kepada Tono Raharjo atas kemenangan itu.\n“Kami mendukung penuh pemerintahan baru,” bunyi pernyataan itu.")
    assert speakers(text)[-1] == "Rina Wulandari"


@pytest.mark.parametrize(
    "text",
    [
        # a bare conjunction before the verb: the subject of the clause before goes on, also in the quotes after
        "Judul\n\nBudi Harsono pertama kali bertemu pelatih itu setelah ia membawa Persikota juara, dan mengakui bahwa "
        "pihaknya pernah mencapai kesepakatan lisan dengan sang pelatih.\n“Saya bilang padanya soal itu di pertemuan "
        "pertama,” katanya.",
        # an adverbial conjunction with no subject (`lalu kemudian`) does too
        "Judul\n\nBudi Harsono menyerahkan laporan itu kepada panitia, lalu kemudian menegaskan bahwa dana lomba sudah "
        "dibayarkan seluruhnya kepada para peserta.",
    ],
)
def test_a_conjunction_with_no_subject_leaves_the_clause_before_speaking(text):
    assert set(speakers(text)) == {"Budi Harsono"}


def test_a_name_before_selaku_holds_the_role_after_it():
    text = ("Judul\n\nHendra Wijaya selaku kuasa hukum Bambang Sutrisno mengungkapkan bahwa kliennya akan mengajukan "
            "banding pekan depan.")
    assert speakers(text) == ["Hendra Wijaya"]


def test_a_role_opened_by_sang_with_its_own_name_is_not_the_person_the_document_follows():
    text = ("Judul\n\nPenyanyi Rina Kusuma merilis album baru bersama band Sinar Pagi. Rina Kusuma menulis semua lagunya. "
            "“Kami senang sekali bisa tampil lagi,” kata sang gitaris Odeh.")
    assert speakers(text)[-1] != "Rina Kusuma"


@pytest.mark.parametrize("phrase, expected", [
    # a place after the words of its state alone: the country speaks
    ("pemerintah Norwegia", ("E1", "named_body")),
    # a place after other words names no speaker
    ("warga Norwegia", (None, "unnamed")),
])
def test_a_place_after_the_words_of_its_state_is_the_speaker(phrase, expected):
    text = f"“Kami menolak,” kata {phrase}."
    start = text.index(phrase)
    mentions = [(text.index("Norwegia"), text.index("Norwegia") + 8, "E1", "LOC")]
    context = SpeakerContext(text, mentions, [0], [(1, 14)], {})
    assert resolve_speaker(context, start, start + len(phrase), 1) == expected



def _candidate(text: str, quote: str, phrase: str, kind: str = "direct") -> dict:
    """A quote candidate row: the quote's span, and the speaker phrase's span, the first after the quote for a post cue
    (`“...,” ujarnya`), else the last before it."""
    start = text.index(quote)
    end = start + len(quote)
    speaker = text.find(phrase, end) if text.find(phrase, end) >= 0 and kind == "direct" else text.rindex(phrase, 0, start)
    return {"start": start, "end": end, "kind": kind, "method": f"{kind}_test", "cue": "kata", "cue_start": None,
            "cue_end": None, "speaker_start": speaker, "speaker_end": speaker + len(phrase), "via_cue": None,
            "via_start": None, "via_end": None, "confidence": 0.9}


def _speakers_of(text: str, rows: list[dict], names: list[tuple[str, str, str]], titles=None) -> list[str | None]:
    """The speakers attribute_document gives `rows`; `names`: (surface, entity id, type), every occurrence a mention."""
    mentions = sorted((m.start(), m.end(), entity_id, type_) for surface, entity_id, type_ in names
                      for m in re.finditer(rf"\b{re.escape(surface)}\b", text))
    mentions = [m for m in mentions if not any(o[0] <= m[0] and m[1] <= o[1] and o != m for o in mentions)]
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]”?\s+", text)]
    _, attributions = attribute_document("d", text, rows, mentions, starts, titles or {})
    return [row[4] for row in attributions]


def test_a_body_quoted_saying_saya_speaks_as_a_person_and_pronouns_follow_it():
    saya = ("Rina Sari menonton latihan tim. “Saya siap bertanding,” kata TRK. Tim berlatih dua jam. "
            "“Saya sudah pulih dari cedera,” ujarnya.")
    names = [("Rina Sari", "E1", "PERSON"), ("TRK", "E2", "ORG")]
    rows = [_candidate(saya, "Saya siap bertanding", "TRK"), _candidate(saya, "Saya sudah pulih dari cedera", "nya")]
    assert _speakers_of(saya, rows, names) == ["E2", "E2"]
    kami = saya.replace("Saya siap", "Kami siap")  # a body says `kami`: it stays a body, the pronoun a person's
    rows = [_candidate(kami, "Kami siap bertanding", "TRK"), _candidate(kami, "Saya sudah pulih dari cedera", "nya")]
    assert _speakers_of(kami, rows, names) == ["E2", "E1"]


def test_a_body_quoted_by_name_then_by_nya_saying_saya_speaks_as_a_person():
    text = ("Lagu itu diproduseri Rina Sari. Tarisa mengatakan bahwa lagu itu karya perdananya. "
            "“Saya menulisnya di studio,” ujarnya.")
    names = [("Rina Sari", "E1", "PERSON"), ("Tarisa", "E2", "ORG")]
    rows = [_candidate(text, "lagu itu karya perdananya", "Tarisa", kind="indirect"),
            _candidate(text, "Saya menulisnya di studio", "nya")]
    assert _speakers_of(text, rows, names) == ["E2", "E2"]
    kami = text.replace("lagu itu karya", "kami membuat lagu itu karya")  # its own words say `kami`: a body's
    rows = [_candidate(kami, "kami membuat lagu itu karya perdananya", "Tarisa", kind="indirect"),
            _candidate(kami, "Saya menulisnya di studio", "nya")]
    assert _speakers_of(kami, rows, names) == ["E2", "E1"]


@pytest.mark.parametrize("opening, speaks_as_person", [
    ("Kepala Dinas Pasar Sukamaju, Supardi", True),  # an office and a comma before the name: a person's
    ("Sementara itu, Warga Cilandak, Supardi", True),  # a person's role, discourse words before it
    ("Lintas - Kepala Dinas Pasar Sukamaju, Jawa Barat, Supardi", True),  # the office's region and a dateline passed over
    ("Kepala Dinas Rina Sari di Sukamaju, Supardi", False),  # the part names a person: the name after it is a place
    ("Kepala Dinas Pasar Sukamaju, Bandung", False),  # a city is no person
    ("Di Pasar Sukamaju, Supardi", False),  # no office nor role: the body stays a body
])
def test_a_body_named_right_after_an_office_and_a_comma_speaks_as_a_person(opening, speaks_as_person):
    text = f"Tono Wijaya meninjau pasar. {opening} mengatakan pasar dibuka pekan depan. “Semua kios sudah siap,” ujarnya."
    name = opening.rsplit(", ", 1)[1]
    names = [(name, "E1", "LOC"), ("Rina Sari", "E2", "PERSON"), ("Tono Wijaya", "E3", "PERSON")]
    rows = [_candidate(text, "pasar dibuka pekan depan", name, "indirect"), _candidate(text, "Semua kios sudah siap", "nya")]
    assert (_speakers_of(text, rows, names)[1] == "E1") == speaks_as_person


@pytest.mark.parametrize("phrase, speaker", [
    ("Kepala Dinas Pasar Sukamaju, Supardi", "E1"),  # the name after the office, typed as a body, and `ujarnya` after it
    ("Ketua RT 21, Kelurahan Sukamaju", None),  # the office's place, by its head word: no one named
])
def test_a_name_typed_as_a_body_after_an_office_and_a_comma_is_the_speaker(phrase, speaker):
    text = (f"Tono Wijaya meninjau pasar. “Kios sudah siap,” kata {phrase}, Senin. Pedagang mulai berjualan. "
            "“Semua aman,” ujarnya.")
    names = [("Supardi", "E1", "ORG"), ("Kelurahan Sukamaju", "E1", "LOC"), ("Dinas Pasar Sukamaju", "E2", "ORG"),
             ("Tono Wijaya", "E3", "PERSON")]
    rows = [_candidate(text, "Kios sudah siap", phrase), _candidate(text, "Semua aman", "nya")]
    assert _speakers_of(text, rows, names) == [speaker, speaker or "E3"]


@pytest.mark.parametrize("phrase, speaker", [
    ("Penyanyi berusia 25 tahun itu sebelumnya", "E1"),  # adverbs after the description's demonstrative
    ("penyanyi berusia 25 tahun itu pun belum", "E1"),
    ("Sukamaju selama ini berupaya", "E2"),  # a phrase opened by a name is that name
    ("Rekaman tersebut mereka", None),  # a subject of its own after the demonstrative: no description of a speaker
])
def test_a_description_closed_by_a_demonstrative_then_lower_case_words_points_back(phrase, speaker):
    text = (f"“Lagu ini untuk ibu saya,” kata Rina Sari di panggung. {phrase} mengatakan "
            "bahwa konser berikutnya digelar di Sukamaju tahun depan.")
    names = [("Rina Sari", "E1", "PERSON"), ("Sukamaju", "E2", "LOC")]
    rows = [_candidate(text, "Lagu ini untuk ibu saya", "Rina Sari"),
            _candidate(text, "konser berikutnya digelar di Sukamaju tahun depan", phrase, "indirect")]
    assert _speakers_of(text, rows, names) == ["E1", speaker]


def test_a_word_a_persons_mention_stopped_before_still_names_that_person():
    text = ("Perdana Menteri Lintasia Tania June tiba di Sukamaju bersama Rudi Santoso. "
            "“Kami datang untuk berdagang,” kata June kepada wartawan.")
    names = [("Tania", "E1", "PERSON"), ("Rudi Santoso", "E2", "PERSON")]  # `June` read as a month, left out of the mention
    rows = [_candidate(text, "Kami datang untuk berdagang", "June")]
    assert _speakers_of(text, rows, names) == ["E1"]


@pytest.mark.parametrize("text, name, speaks", [
    ("Rina Sari, juga menilai harga naik.", "Rina Sari", True),  # an adverb before a verb set off by a comma
    ("Rina Sari memprediksi, harga naik.", "Rina Sari", True),
    ("Ditanya soal Tono, Rina mengaku tidak tahu.", "Tono", False),  # another subject before the verb speaks
    ("Untuk Tono ia berkata, dia pekerja keras.", "Tono", False),  # ... a pronoun too
    ("Posisi Tono, menurut dia, bisa terancam.", "Tono", False),  # `menurut` cites someone else about the name
])
def test_a_name_speaks_by_a_verb_of_its_own(text, name, speaks):
    start = text.index(name)
    context = SpeakerContext(text, [(start, start + len(name), "E1", "PERSON")], [0], [], {})
    assert context.speaks_after(start + len(name)) is speaks


def test_a_name_before_a_pronoun_and_its_speech_verb_is_not_the_one_speaking():
    text = "Rina Sari mendukung Dewi. Berbeda dengan soal lain, untuk Dewi ia berkata, dia pekerja keras."
    mentions = [(0, 9, "E1", "PERSON"), (20, 24, "E2", "PERSON"), (58, 62, "E2", "PERSON")]
    context = SpeakerContext(text, mentions, [0, 26], [], {})
    assert context.subject_before(text.index("ia berkata")) == (0, "E1")


def test_a_later_sentence_opened_by_the_short_form_of_a_sure_subject_is_its_subject():
    text = "Tomi Rahardjo mengatakan acara itu meriah. Tomi membacakan puisi Wulan. Ia mengatakan bahwa Wulan tumbuh di teater."
    mentions = [(0, 13, "E1", "PERSON"), (43, 47, "E1", "PERSON"), (65, 70, "E2", "PERSON"), (92, 97, "E2", "PERSON")]
    context = SpeakerContext(text, mentions, [0, 43, 72], [(92, 115)], {})
    context.last_speaker = (text.index("meriah"), "E2")  # Wulan was quoted after the sentence where Tomi spoke
    phrase = text.index("Ia mengatakan")
    assert context.subject_before(phrase) == (43, "E1")
    assert resolve_speaker(context, phrase, phrase + 2, 92) == ("E1", "pronoun_sentence_subject")


def test_names_after_a_sentence_opening_pronoun_are_not_its_subject():
    text = ("Rudi Hartono menilai ada upaya yang dilakukan Presiden Joko Susilo. Ia melihat, Joko seolah memberi syarat "
            "bagi partai itu. “Polanya seperti tongkat dan wortel,” ujarnya.")
    names = [("Rudi Hartono", "E1", "PERSON"), ("Joko Susilo", "E2", "PERSON"), ("Joko", "E2", "PERSON")]
    rows = [_candidate(text, "Polanya seperti tongkat dan wortel", "nya")]
    assert _speakers_of(text, rows, names, {"E2": {"presiden"}}) == ["E1"]


def test_a_name_in_the_adverbial_phrase_opening_a_sentence_is_not_its_subject():
    text = ("Rina Sari hadir di acara itu. Mengutip Lintas Kabar, selain memamerkan koleksi pakaian, Rina Sari berbagi "
            "kiat. Dia menyebut bahwa rahasianya ada pada alis.")
    names = [("Rina Sari", "E1", "PERSON"), ("Lintas Kabar", "E2", "PERSON")]  # an outlet read as a person
    rows = [_candidate(text, "rahasianya ada pada alis", "Dia", "indirect")]
    assert _speakers_of(text, rows, names, {"E2": {"redaktur"}}) == ["E1"]


def test_a_full_name_right_before_its_verb_is_a_sure_subject():
    text = ("Jaksa Agung Hendra Gunawan sepakat sidang ditunda. Sementara, Ketua Dewan Etik (DE) Zulfan Arkadewi "
            "mendukung penundaan itu. “Saya dukung kalau ada rencana itu,” ujar dia.")
    names = [("Hendra Gunawan", "E1", "PERSON"), ("Zulfan Arkadewi", "E2", "PERSON")]
    rows = [_candidate(text, "Saya dukung kalau ada rencana itu", "dia")]
    assert _speakers_of(text, rows, names, {"E1": {"jaksa agung"}}) == ["E2"]


@pytest.mark.parametrize("phrase, expected", [
    # joint speakers: the first named speaks for both
    ("Nadia Sari / Tari Wulan", "E1"),
    ("Nadia Sari dan Tari Wulan", "E1"),
    # the one named before `melalui` speaks; the one after relays
    ("Kapolres Nadia Sari melalui Kapolsek Tari Wulan", "E1"),
    # an office, then the name: the last person
    ("Direktur Nadia Sari Group Tari Wulan", "E2"),
])
def test_joint_and_relayed_speakers(phrase, expected):
    text = f"“Kami siap,” kata {phrase}."
    start = text.index(phrase)
    mentions = [(text.index(name), text.index(name) + len(name), entity, "PERSON")
                for name, entity in (("Nadia Sari", "E1"), ("Tari Wulan", "E2"))]
    context = SpeakerContext(text, mentions, [0], [(1, 10)], {})
    assert resolve_speaker(context, start, start + len(phrase), 1) == (expected, "named_person")


def test_a_name_inside_a_description_closed_by_a_demonstrative_is_no_speaker():
    text = "“Sidang harus cepat,” kata Rudi Hartono. “Biayanya mahal sekali,” tutur mantan hakim Pengadilan Sukamaju ini."
    names = [("Rudi Hartono", "E1", "PERSON"), ("Pengadilan Sukamaju", "E2", "PERSON")]  # a court read as a person
    rows = [_candidate(text, "Sidang harus cepat", "Rudi Hartono"),
            _candidate(text, "Biayanya mahal sekali", "mantan hakim Pengadilan Sukamaju ini")]
    assert _speakers_of(text, rows, names) == ["E1", "E1"]


@pytest.mark.parametrize("before, expected", [
    # the subject of the sentence before, a person the document follows (named twice), outranks the name it repeats most
    ("Tono Raharjo tampil di Kanal Lintas. Kanal Lintas menyiarkan acara itu. Untuk acara itu, Tono rela terbang ke Bandung.",
     "E1"),
    # a subject named once, in passing, does not: the person the document follows most
    ("Tono Raharjo tampil di Kanal Lintas. Tono menonton acara itu. Benturan dengan Budi Santoso, membuat Tono cedera.",
     "E1"),
])
def test_a_description_with_a_demonstrative_is_the_followed_subject_before(before, expected):
    text = f"{before} Dalam video di Kanal Lintas, pria berusia 30 tahun itu mengaku menyukai film itu."
    names = [("Tono Raharjo", "E1", "PERSON"), ("Tono", "E1", "PERSON"), ("Kanal Lintas", "E2", "PERSON"),
             ("Budi Santoso", "E3", "PERSON")]  # a channel read as a person
    rows = [_candidate(text, "menyukai film itu", "pria berusia 30 tahun itu", "indirect")]
    assert _speakers_of(text, rows, names) == [expected]


@pytest.mark.parametrize("text, quote, phrase, expected", [
    # the body that is the subject of the sentence before, not a body the sentence governs nor the person quoted before
    ("“Kami siap,” kata Rina Sari. Lintas Band belum puas dengan hasil lewat Kanal Nusa. Mereka menilai konser perlu diulang.",
     "konser perlu diulang", "Mereka", "E2"),
    # the body that spoke last
    ("“Kami siap,” kata Rina Sari. “Tur selesai,” ujar Lintas Band lewat pernyataan. “Kami akan kembali,” tambah mereka.",
     "Kami akan kembali", "mereka", "E2"),
    # a group the text does not name: no one, not the person quoted before
    ("“Kami siap,” kata Rina Sari. Sejumlah warga mendatangi pasar. Sore itu pasar ramai. Mereka menilai harga beras "
     "terlalu mahal.", "harga beras terlalu mahal", "Mereka", None),
    # people joined as the subject: the first named
    ("“Kami siap,” kata Rina Sari. Sejumlah warga mendatangi pasar. Sore itu Agus Lestari dan Budi Santoso menolak rencana "
     "itu. Mereka menilai harga beras terlalu mahal.", "harga beras terlalu mahal", "Mereka", "E4"),
])
def test_mereka_is_a_group_a_body_or_no_one(text, quote, phrase, expected):
    names = [("Rina Sari", "E1", "PERSON"), ("Lintas Band", "E2", "ORG"), ("Kanal Nusa", "E3", "ORG"),
             ("Agus Lestari", "E4", "PERSON"), ("Budi Santoso", "E5", "PERSON")]
    kind = "direct" if text.index(phrase) > text.index(quote) else "indirect"
    spoken = [("Kami siap", "Rina Sari"), ("Tur selesai", "Lintas Band")]
    rows = [_candidate(text, said, speaker) for said, speaker in spoken if said in text] + [_candidate(text, quote, phrase, kind)]
    assert _speakers_of(text, rows, names)[-1] == expected


@pytest.mark.parametrize("unnamed, expected", [
    # an unnamed person speaks last: `ujarnya` is theirs, no one named
    ("seorang warga", [None, None]),
    ("beberapa laporan", [None, "E1"]),  # reports are no person: `ujarnya` is Rina's
])
def test_a_pronoun_after_an_unnamed_persons_quote_is_theirs(unnamed, expected):
    text = f"Rina Sari meninjau pasar. “Saya tidak sanggup membeli,” kata {unnamed}. “Anak saya belum makan,” ujarnya."
    rows = [_candidate(text, "Saya tidak sanggup membeli", unnamed), _candidate(text, "Anak saya belum makan", "nya")]
    assert _speakers_of(text, rows, [("Rina Sari", "E1", "PERSON")]) == expected


@pytest.mark.parametrize("coaches, expected", [
    ("Pelatih Rina Sari", ("E1", "role_reference")),  # one person the document calls pelatih: her
    ("Pelatih Rina Sari dan pelatih Dewi Lestari", ("E3", "pronoun_previous_speaker")),  # two: the one who spoke last
])
def test_a_description_by_a_role_is_the_one_person_given_that_role(coaches, expected):
    text = f"{coaches} menonton laga. “Kami menang,” kata Budi Santoso. “Tim bermain disiplin,” kata sang pelatih."
    names = {"Rina Sari": "E1", "Dewi Lestari": "E2", "Budi Santoso": "E3"}
    mentions = sorted((text.index(n), text.index(n) + len(n), e, "PERSON") for n, e in names.items() if n in text)
    quote = text.index("Tim bermain")
    context = SpeakerContext(text, mentions, [0, text.index("“Kami"), text.index("“Tim")], [(quote, quote + 19)], {})
    context.last_speaker = (text.index("Budi Santoso"), "E3")
    phrase = text.index("sang pelatih")
    assert resolve_speaker(context, phrase, phrase + 12, quote) == expected


@pytest.mark.parametrize("office, acronym, expected", [
    # the acronym spells the title and its body: the title's holder named right after it
    ("Kepala Staf Angkatan Laut", "KSAL", ("E1", "title_reference")),
    # it spells the body alone: the body, not the head named after it
    ("Kepala Badan Statistik Nasional", "BSN", (None, "unnamed")),
])
def test_a_title_the_document_abbreviates_in_brackets_is_its_holder(office, acronym, expected):
    text = f"{office} ({acronym}) Laksamana Tono Wijaya meninjau kapal. {acronym} menegaskan bahwa kapal siap berlayar."
    name = text.index("Tono Wijaya")
    context = SpeakerContext(text, [(name, name + 11, "E1", "PERSON")], [0, text.index(f"{acronym} menegaskan")],
                             [(text.index("kapal siap"), len(text) - 1)], {})
    phrase = text.rindex(acronym)
    assert resolve_speaker(context, phrase, phrase + len(acronym), text.index("kapal siap")) == expected



@pytest.mark.parametrize("glued, later, expected", [
    # an office's last word glued to the name: the person the document writes alone
    ("Bawaslu Rudi Santoso", "Rudi Santoso", ("E2", "person_in_body_name")),
    # one word that is the short form of a longer name the document writes is no such name
    ("Bawaslu Santoso", "Rudi Santoso dan Santoso", (None, "unnamed")),
])
def test_a_person_glued_at_the_end_of_a_body_after_an_office_is_that_person(glued, later, expected):
    text = f"Ketua {glued} mengatakan bahwa pemilu aman. {later} menambahkan bahwa pemilu lancar."
    second = text.index(f"{later} menambahkan")
    mentions = [(6, 6 + len(glued), "E1", "ORG"), (second, second + 12, "E2", "PERSON")]
    if "dan" in later:
        mentions.append((text.rindex("Santoso"), text.rindex("Santoso") + 7, "E2", "PERSON"))
    context = SpeakerContext(text, mentions, [0, second], [(text.index("pemilu aman"), second - 2)], {})
    assert resolve_speaker(context, 0, 6 + len(glued), text.index("pemilu aman")) == expected


def test_a_body_ending_with_a_persons_name_speaks_when_no_office_opens_the_phrase():
    text = "Bawaslu Rudi Santoso mengatakan bahwa pemilu aman. Rudi Santoso menambahkan bahwa pemilu lancar."
    second = text.index("Rudi Santoso menambahkan")
    context = SpeakerContext(text, [(0, 20, "E1", "ORG"), (second, second + 12, "E2", "PERSON")], [0, second],
                             [(text.index("pemilu aman"), second - 2)], {})
    assert resolve_speaker(context, 0, 20, text.index("pemilu aman")) == ("E1", "named_organisation")


@pytest.mark.parametrize("after_cue, expected", [
    # a place or audience where the agent would stand: no agent, the speaker goes on
    ("di hadapan Dinas Pasar Sukamaju", ("E1", "agentless_passive")),
    ("usai rapat Dinas Pasar Sukamaju", ("E1", "agentless_passive")),
    # `oleh` opens the agent
    ("oleh Dinas Pasar Sukamaju", ("E2", "named_organisation")),
])
def test_a_passive_cue_with_a_setting_for_its_agent_leaves_the_speaker_going_on(after_cue, expected):
    text = f"Rina Sari memastikan pasar dibuka besok. Pernyataan itu disampaikan {after_cue}."
    second = text.index("Pernyataan")
    phrase, body = text.index(after_cue), text.index("Dinas")
    context = SpeakerContext(text, [(0, 9, "E1", "PERSON"), (body, body + 20, "E2", "ORG")], [0, second],
                             [(10, second - 2)], {})
    assert resolve_speaker(context, phrase, phrase + len(after_cue), 10) == expected


@pytest.mark.parametrize("introduction, expected", [
    # the title, its place and a rank, then the person
    ("Kapolsek Sukamaju, Kompol Rudi Santoso, mengatakan pelaku ditangkap.", ("E1", "title_reference")),
    # the person, then the title and its place in apposition
    ("Kompol Rudi Santoso, Kapolsek Sukamaju, mengatakan pelaku ditangkap.", ("E1", "title_reference")),
    # the title alone names no one there
    ("Rudi Santoso tiba. Kapolsek mengatakan pelaku ditangkap.", (None, "unnamed")),
])
def test_a_title_alone_is_the_person_the_document_names_with_it_and_its_place(introduction, expected):
    text = f"{introduction} “Pelaku sudah kami tahan,” kata Kapolsek."
    name = text.index("Rudi Santoso")
    quote = text.index("Pelaku sudah")
    context = SpeakerContext(text, [(name, name + 12, "E1", "PERSON")], [0, quote - 1], [(quote, quote + 24)], {})
    phrase = text.rindex("Kapolsek")
    assert resolve_speaker(context, phrase, phrase + 8, quote) == expected


@pytest.mark.parametrize("short, expected", [
    # the short form spells the title written out before the name, syllable by syllable
    ("Menpora", ("E1", "title_reference")),
    # another ministry's short form spells no title the document writes
    ("Menkeu", (None, "unnamed")),
])
def test_a_titles_short_form_is_the_person_named_with_the_title_written_out(short, expected):
    text = f"Menteri Pemuda dan Olahraga Rudi Santoso meninjau stadion. “Stadion siap,” kata {short}."
    name = text.index("Rudi Santoso")
    quote = text.index("Stadion siap")
    context = SpeakerContext(text, [(name, name + 12, "E1", "PERSON")], [0, quote - 1], [(quote, quote + 12)], {})
    phrase = text.rindex(short)
    assert resolve_speaker(context, phrase, phrase + len(short), quote) == expected


@pytest.mark.parametrize("short, title, spelled", [
    ("kapolsek", "kepala kepolisian sektor", True),
    ("kajari", "kepala kejari sukamaju", True),  # the place after the last piece
    ("mendag", "menteri keuangan", False),
    ("menkes", "direktur utama kesehatan", False),  # the first letter is the title's
])
def test_a_short_form_spells_a_title_piece_by_piece(short, title, spelled):
    assert spells_title(short, title.split()) is spelled


@pytest.mark.parametrize("role, expected", [
    ("jaksa", ("E1", "role_reference")),  # the one person the document names with that role
    ("hakim", (None, "unnamed")),  # a role the document gives no one
])
def test_a_role_word_alone_is_the_one_person_given_that_role(role, expected):
    text = f"Jaksa Rina Sari membacakan tuntutan. Budi Santoso menunduk. “Terdakwa terbukti bersalah,” kata {role}."
    mentions = [(text.index(n), text.index(n) + len(n), e, "PERSON") for n, e in (("Rina Sari", "E1"), ("Budi Santoso", "E2"))]
    quote = text.index("Terdakwa")
    context = SpeakerContext(text, mentions, [0, text.index("Budi"), text.index("“")], [(quote, quote + 25)], {})
    phrase = text.rindex(role)
    assert resolve_speaker(context, phrase, phrase + len(role), quote) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Dimas Wibisono mengatakan hal senada.", ("E2", "pronoun_sentence_subject")),  # speaking now: takes over
    ("Dimas Wibisono tiba di kantor polisi.", ("E1", "pronoun_previous_speaker")),  # only talked about: does not
])
def test_whom_the_last_speaker_talked_about_takes_over_only_when_speaking(sentence, expected):
    text = f"“Dimas Wibisono harus diperiksa,” kata Rina Kusuma. {sentence} “Kami ingin kasus ini tuntas,” ungkapnya."
    mentions = sorted([(text.index("Dimas"), text.index("Dimas") + 14, "E2", "PERSON"),
                       (text.index("Rina"), text.index("Rina") + 11, "E1", "PERSON"),
                       (text.rindex("Dimas"), text.rindex("Dimas") + 14, "E2", "PERSON")])
    quote = text.index("Kami")
    context = SpeakerContext(text, mentions, [0, text.rindex("Dimas"), quote - 1], [(1, 32), (quote, quote + 24)], {})
    context.last_speaker, context.last_topics = (text.index("Rina"), "E1"), {"E2"}
    phrase = text.index("ungkapnya") + 6
    assert resolve_speaker(context, phrase, phrase + 3, quote) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Dinas Pasar Sukamaju melalui akun Kanal Nusa", "E1"),  # the body opening the phrase, not its channel
    ("Lintas - Dinas Pasar Sukamaju", "E1"),  # after an outlet's dateline
    ("sebagaimana diberitakan Kanal Nusa", "E2"),  # no body opens the phrase: the one it names
])
def test_the_body_opening_the_phrase_speaks_not_a_body_it_names_after(phrase, expected):
    text = f"Judul\n\n{phrase} menyebutkan bahwa pasar itu akan dibuka kembali pekan depan."
    names = [("Dinas Pasar Sukamaju", "E1", "ORG"), ("Kanal Nusa", "E2", "ORG"), ("Lintas", "E3", "ORG")]
    mentions = sorted((text.index(n), text.index(n) + len(n), e, t) for n, e, t in names if n in text)
    context = SpeakerContext(text, mentions, [0, 7], [], {})
    start = text.index(phrase)
    assert resolve_speaker(context, start, start + len(phrase), text.index("pasar itu")) == (expected, "named_organisation")


@pytest.mark.parametrize("text, expected", [
    # a word standing for a body's side, then the body: the body speaks
    ("Judul\n\nPT Lintas Data merilis aplikasi baru. Pihak PT Lintas Data menyebutkan bahwa aplikasi itu gratis untuk "
     "semua pelajar.", "PT Lintas Data"),
    ("Judul\n\nMenurut laporan Kabar TV, jembatan itu akan dibuka pekan depan oleh pemerintah kota.", "Kabar TV"),
])
def test_a_body_after_a_word_for_its_side_is_the_speaker(text, expected):
    assert speakers(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # a name after an epithet's cue is the epithet of the name before
    ("Judul\n\nSekretaris Yayasan Rina Sari mengatakan, bantuan itu tiba kemarin sore. Namun, beras pemberian Bupati Tono "
     "Raharjo atau akrab disapa Ucok langsung dikembalikan.\n\n“Kami menolak bantuan itu,” katanya.", ["Rina Sari", "Rina Sari"]),
    # a name in the opening words before a pronoun subject
    ("Judul\n\n“Kami siap menjaga negara,” kata Jenderal Rina Sari, di Medan, Sabtu.\n\nUsai mengikuti doa bersama warga, di "
     "Pangkalan TNI AU Tono Raharjo, Medan, Sabtu, dia mengatakan, tentara menghargai setiap proses demokrasi.",
     ["Rina Sari", "Rina Sari"]),
    # people listed
    ("Judul\n\n“Seleksi ini terbuka,” kata Irjen Rina Sari di Jakarta.\n\nPeserta seleksi ini adalah Kombes Tono Raharjo, "
     "Kombes Agus Santoso, dan Kombes Andi Wijaya.\n“Ujian dimulai hari ini,” ucapnya.", ["Rina Sari", "Rina Sari"]),
    # a name after a pronoun subject in its sentence
    ("Judul\n\nKetua Yayasan Rina Sari sudah sehat. Buktinya dia menghadiri pelantikan Gubernur Sukamaju, Tono Raharjo di "
     "Gedung Sate.\n\nKepada wartawan, dia mengatakan masih dalam proses pemulihan kesehatan.", ["Rina Sari"]),
])
def test_a_name_that_is_no_subject_is_not_the_one_a_pronoun_takes(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # `Pol` after a police rank belongs to the rank
    ("Judul\n\nKabid Humas Kombes Pol Rina Sari mengatakan, polisi akan memproses laporan itu.", ["Rina Sari"]),
    # a corporate title's short form opens an apposition: the name before it speaks
    ("Judul\n\nTono Raharjo, VP Pemasaran Sinar Jaya, memastikan bahwa produk itu tetap hadir akhir tahun ini.",
     ["Tono Raharjo"]),
])
def test_a_rank_or_titles_short_form_is_no_part_of_the_name(text, expected):
    assert speakers(text) == expected


def test_the_subject_of_a_verb_in_the_phrase_speaks_not_its_object():
    text = ("Judul\n\nPelatih Rina Sari mulai mendapat kritik. Namun Tono Raharjo membela Rina Sari dan menegaskan sang "
            "pelatih telah berusaha keras mengangkat performa tim.")
    assert speakers(text) == ["Tono Raharjo"]


def test_a_person_whose_role_another_holds_after_a_comma_is_no_pronouns_subject():
    # `Pengacara X, Y,`: Y is the lawyer, the subject `Ia` refers to, though X has a title
    text = ("Polisi menetapkan Lina Marlina sebagai tersangka pencemaran nama baik Gubernur Rina Kartika. "
            "Pengacara Rina Kartika, Budi Santoso, turut berkomentar. Ia mengatakan, polisi telah bekerja profesional. "
            "“Kami mengapresiasi polisi,” kata Budi.")
    assert speakers(text) == ["Budi Santoso", "Budi Santoso"]


@pytest.mark.parametrize("text, speaker", [
    ("\"Kami siap membantu,\" kata Duta Besar Sukamaju Kim Tae - yong di Jakarta.", "Kim Tae - yong"),
    ("\"Terdakwa terbukti bersalah,\" ujar Ketua Majelis Hakim Rudi Halasan Butar - butar.", "Rudi Halasan Butar - butar"),
])
def test_a_speaker_phrase_cut_inside_a_hyphenated_name_takes_the_whole_name(text, speaker):
    _, _, attributions = attribute(text)
    assert speakers(text) == [speaker]
    assert attributions.filter(pl.col("role") == "speaker")["text"].to_list()[0].endswith(speaker)
