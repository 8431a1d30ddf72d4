"""Write tests/data/other_outlets/gold.json: hand-written answers for the nine articles beside it.

Answers name quotes by their text; this script finds their offsets (each must occur once) so the
gold stays readable and editable here. Format: ../shared/gold/README.md. Run after editing an answer.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "tests" / "data" / "other_outlets"
ENTITIES = {}  # canonical name -> {type, aliases}
def ent(name, type_, *aliases):
    ENTITIES[name] = {"type": type_, "aliases": list(aliases)}
    return name

OPTIONAL = ["Twitter", "PPE", "Nobel Perdamaian", "SMA", "MCK", "Pilpres", "Pilpres 2019", "Komplek Parlemen", "Liga Jerman",
            "Bundesliga", "www.vfl-wolfsburg.de", "Juara Prancis Paris St Germain", "Ahok", "Amir Papalia", "Mirna",
            "Atiqah Hasiholan", "Rio Dewanto", "Nigeria", "Teman Ahok", "Selalu Terdepan", "Burung Nuri", "Medsos", "Allah",
            "Kembangan", "Kramat Jati", "Reskrim", "Polri", "The Howard Stern Show", "Zoolander", "PSA",
            "Prostate Specific Antigen", "Kongres Diaspora Indonesia", "CID", "Eropa", "Amerika", "RI", "Bersinergi Bangun Negeri",
            "Indonesia", "Oxford"]

DOCS = {
 "kumparan_malala_oxford.txt": (
    [ent("Malala Yousafzai", "PERSON", "Malala"), ent("Aung San Suu Kyi", "PERSON"), ent("Benazir Bhutto", "PERSON"),
     ent("David Cameron", "PERSON"), ent("Pakistan", "LOC"), ent("Inggris", "LOC"), ent("Mingora", "LOC"),
     ent("Khyber Pakhtunkwa", "LOC", "Provinsi Khyber Pakhtunkwa"), ent("Universitas Oxford", "ORG", "Oxford University"),
     ent("Reuters", "ORG"), ent("Taliban", "ORG")],
    [("Sangat menyenangkan bisa pergi (masuk) ke Oxford!! Semua tes A - level sudah selesai dengan baik. Harapan yang terbaik untuk ke depannya",
      "direct", "Malala Yousafzai", "Malala", "tulis", None, False),
     ("kegembiraannya usai diterima di Universitas Oxford, Inggris", "indirect", "Malala Yousafzai", "Aktivis Perempuan asal Pakistan Malala Yousafzai (20)", "mengungkapkan", None, True)]),
 "antaranews_lore_lindu.txt": (
    [ent("Bustang", "PERSON"), ent("Taman Nasional Lore Lindu", "LOC", "TNLL"), ent("Palu", "LOC"), ent("Sulawesi Tengah", "LOC"),
     ent("Danau Tambing", "LOC"), ent("Pulau Sulawesi", "LOC", "Sulawesi"), ent("Desa Saluki", "LOC", "Saluki"),
     ent("Kecamatan Gumbasa", "LOC", "Gumbasa"), ent("Kabupaten Sigi", "LOC", "Sigi"), ent("Desa Sedoa", "LOC", "Sedoa"),
     ent("Kecamatan Lore Utara", "LOC", "Lore Utara"), ent("Kabupaten Poso", "LOC", "Poso"),
     ent("ANTARA News", "ORG", "ANTARA", "Antara", "LKBN Antara"), ent("Balai Besar TNLL", "ORG")],
    [("kedua objek wisata itu adalah penangkaran burung maleo (macrocephalon maleo) dan Danau Tambing", "indirect", "Bustang", "Bustang", "mengatakan", None, False),
     ("kedua objek wisata tersebut dalam kurun waktu tiga tahun terakhir ini mendapat perhatian prioritas dari pihak pengelola TNLL untuk menarik banyak wisatawan, terutama wisatawan mancanegara (wisman)",
      "indirect", "Bustang", "Ia", "mengatakan", None, False),
     ("Terutama, kata dia, adalah listrik, air bersih dan MCK serta pondok-pondok untuk tempat menginap para wisman", "indirect", "Bustang", "dia", "kata", None, False),
     ("listrik dan air bersih serta MCK sangat dibutuhkan dibangun di lokasi objek wisata dan itu sudah disediakan pihak TNLL sebagai pengelola kawasan lindung tersebut",
      "indirect", "Bustang", "Bustang", "kata", None, False),
     ("Dalam setahun terakhir ini, katanya, wisman yang berkunjung ke objek wisata penangkaran maleo dan Danau Tambing meningkat drastis dibandingkan tahun-tahun sebelumnya",
      "indirect", "Bustang", "nya", "katanya", None, False)]),
 "rimanews_campak_rumania.txt": (
    [ent("Rimanews", "ORG"), ent("ECDC", "ORG", "Pusat Pencegahan dan Pengendalian Penyakit Eropa"), ent("Uni Eropa", "ORG", "UE"),
     ent("Xinhua", "ORG"), ent("Rumania", "LOC"), ent("Eropa", "LOC"), ent("Austria", "LOC"), ent("Belgia", "LOC"),
     ent("Bulgaria", "LOC"), ent("Denmark", "LOC"), ent("Prancis", "LOC", "Perancis"), ent("Jerman", "LOC"), ent("Hongaria", "LOC"),
     ent("Italia", "LOC"), ent("Spanyol", "LOC"), ent("Swedia", "LOC")],
    [("Kasus baru terus bermunculan sejak campak mewabah di Rumania pada Februari 2016, meski pemerintah sudah melakukan berbagai tindakan, termasuk menggalakkan pemberian vaksin",
      "indirect", "ECDC", "Pusat Pencegahan dan Pengendalian Penyakit Eropa ECDC", "menurut", None, False),
     ("terdapat 3.911 kasus campak baru di Rumania antara September 2016 dan 24 Maret 2017", "indirect", "ECDC", "ECDC", "mengatakan", None, False),
     ("Wabah campak di negara-negara Uni Eropa lain berkaitan secara epidemiologi dengan wabah di Rumania", "indirect", "Xinhua", "Xinhua", "melaporkan", None, False),
     ("wabah campak dan peningkatan jumlah kasus tersebut terus diamati pada 2017", "indirect", None, "sejumlah negara Uni Eropa dan wilayah ekonomi Eropa", "melaporkan", None, True)]),
 "kumparan_panglima_pilpres.txt": (
    [ent("Gatot Nurmantyo", "PERSON", "Gatot"), ent("Jokowi", "PERSON", "Joko Widodo"), ent("Sri Mulyani", "PERSON"),
     ent("Tito Karnavian", "PERSON"), ent("TNI", "ORG", "Tentara Nasional Indonesia"), ent("DPR", "ORG", "Dewan Perwakilan Rakyat"),
     ent("Lembaga Indikator Politik Indonesia", "ORG", "Indikator Politik Indonesia"), ent("Partai Nasdem", "ORG", "Nasdem", "NasDem", "Partai Nasional Demokrat"),
     ent("PAN", "ORG", "Partai Amanat Nasional"), ent("PPP", "ORG", "Partai Persatuan Pembangunan"), ent("PKS", "ORG", "Partai Keadilan Sejahtera"),
     ent("Senayan", "LOC"), ent("Jakarta", "LOC")],
    [("Saya panglima TNI, saya akan menuntaskan tugas saya sebagai panglima TNI", "direct", "Gatot Nurmantyo", "Gatot", "ujar", None, False),
     ("Saya tidak berfikir itu dulu (Pilpres - red)", "direct", "Gatot Nurmantyo", "nya", "tegasnya", None, False),
     ("masih ingin menyelesaikan tugas - tugasnya terlebih dahulu", "indirect", "Gatot Nurmantyo", "Gatot", "mengaku", None, False),
     ("belum memikirkan rencana untuk maju sebagai capres atau menjadi cawapres di Pilpres 2019 nanti", "indirect", "Gatot Nurmantyo", "Gatot", "mengaku", None, False)]),
 "suara_draxler_psg.txt": (
    [ent("Julian Draxler", "PERSON", "Julian"), ent("Olaf Rebbe", "PERSON"), ent("Valerien Ismael", "PERSON"),
     ent("Suara.com", "ORG"), ent("Paris St Germain", "ORG", "Paris Saint - Germain", "Paris Saint-Germain", "PSG"),
     ent("VfL Wolfsburg", "ORG", "Wolfsburg"), ent("Schalke 04", "ORG", "Schalke"), ent("Amerika Serikat", "LOC", "AS"),
     "Prancis", "Jerman", "ANTARA News"],
    [("Juara Prancis Paris St Germain telah sepakat untuk mendatangkan gelandang Jerman Julian Draxler dari VfL Wolfsburg dengan kontrak berdurasi empat tahun setelah lolos cek kesehatan",
      "indirect", None, "klub Liga Jerman (Bundesliga)", "menyatakan", None, False),
     ("kesepakatan itu senilai 36 juta euro (37,66 juta dolar AS)", "indirect", None, "media Prancis", "mengatakan", None, False),
     ("Kami sudah melakukan beberapa diskusi yang sangat intens namun konstruktif dengan Paris Saint - Germain, Julian Draxler dan manajemennya selama beberapa hari terakhir dan kami yakin telah dicapai kesimpulan yang memuaskan bagi semua pihak",
      "direct", "Olaf Rebbe", "direktur olahraga Wolfsburg Olaf Rebbe", "kata", None, False),
     ("Tentu saja Saya sedih melihat Julian pergi, karena dia seorang pemain sepak bola yang luar biasa... Saya berharap kepindahannya ke Prancis memberikan dia tantangan baru.",
      "direct", "Valerien Ismael", "Pelatih kepala Wolfsburg Valerien Ismael", "mengatakan", None, False)]),
 "suara_album_baru.txt": (
    [ent("Audy Item", "PERSON", "Audy"), ent("Iko Uwais", "PERSON", "Iko"), ent("Universitas Bina Nusantara", "ORG", "Binus"),
     ent("Jakarta Barat", "LOC"), "Suara.com", "Jakarta"],
    [("Saya Senin sampai Jumat minta sama istri untuk makanan sehat. Sabtu Minggu bebas. Soalnya memang sekarang pun dia insya Allah persiapan album barunya akhir tahun ini. Jadi dia harus sehat",
      "direct", "Iko Uwais", "Iko", "kata", None, False),
     ("makanan sehat bukan dalam rangka diet, melainkan menjaga kondisi tubuh agar tetap fit",
      "indirect", "Iko Uwais", "Aktor yang lahir di Jakarta, 12 Febuari 1983 itu", "menegaskan", None, False),
     ("Masalah berat badan atau apa itu nanti. Yang penting sehat dulu, itu yang terpenting kalau sehat pasti dia bisa perform semaksimal mungkin",
      "direct", "Iko Uwais", "Iko", "kata", None, False)]),
 "kumparan_lift_kembangan.txt": (
    [ent("Fikri Haikal", "PERSON", "Fikri"), ent("Asmoro Bangun", "PERSON"), ent("Rafli", "PERSON"), ent("Polsek Kembangan", "ORG"),
     ent("Polres Jakarta Barat", "ORG"), ent("RS Polri Kramat Jati", "ORG"), ent("Jalan Raya Kembangan", "LOC"), "Jakarta Barat"],
    [("kasus tersebut diserahkan ke Polres Jakarta Barat", "indirect", "Asmoro Bangun", "nya", "menurutnya", None, False),
     ("Fikri sudah diperingatkan agar tidak naik dan bermain lift tersebut", "indirect", None, "keterangan saksi", "Menurut", None, False)]),
 "antaranews_kanker_prostat.txt": (
    [ent("Ben Stiller", "PERSON", "Stiller"), ent("Robert De Niro", "PERSON", "De Niro"), ent("AFP", "ORG", "Agence France-Presse"),
     ent("American Cancer Society", "ORG"), ent("Los Angeles", "LOC"), "ANTARA News", "Amerika Serikat"],
    [("dia didiagnosis menderita kanker prostat dua tahun lalu dan berhasil diobati", "indirect", "Ben Stiller", "Aktor Ben Stiller", "mengungkapkan", None, False),
     ("dia beruntung sekarang sudah bisa bebas dari kanker, karena penyakit tersebut terdiagnosis cukup dini berkat tes pemindaian", "indirect", "Ben Stiller", "Komedian sekaligus pembuat film itu", "pengakuan", None, True),
     ("dia berbicara di hadapan publik mengenai penyakitnya untuk pertama kali, dengan harapan agar para pria mau menjalani tes penyakit itu – melalui tes darah yang disebut Prostate Specific Antigen (PSA) – lebih dini, sebelum usia 50",
      "indirect", "Ben Stiller", "Stiller (50)", "mengatakan", None, False),
     ("Ini adalah sebuah subjek yang sangat kontroversial, tes PSA ini", "direct", "Ben Stiller", "pemain ‘Zoolander’ tersebut", "kata", "AFP", False),
     ("Jika saya tidak menjalani tes tersebut – dokter saya mulai melakukannya saat saya berusia 46 – saya tidak akan tahu. Sampai sekarang saya tidak akan pernah tahu",
      "direct", "Ben Stiller", "dia", "imbuh", "AFP", False),
     ("hal pertama dilakukannya setelah didiagnosa menderita kanker pada usia 48, ketika tingkat PSA -nya naik, adalah mencari informasi di internet untuk belajar tentang penyakit dan lain-lain - seperti sesama aktor Robert De Niro - yang telah mengidap penyakit yang sama",
      "indirect", "Ben Stiller", "Dia", "mengatakan", "AFP", False),
     ("De Niro mengenalkannya dengan sang dokter dan dia akhirnya menjalani operasi yang sukses", "indirect", "Ben Stiller", "Stiller", "mengatakan", "AFP", False),
     ("Kanker prostat merupakan penyebab utama kedua kematian akibat kanker di kalangan pria di Amerika Serikat, mempengaruhi satu dari tujuh pria",
      "indirect", "American Cancer Society", "American Cancer Society", "menurut", "AFP", False)]),
 "cnnindonesia_obama_libur.txt": (
    [ent("Barack Obama", "PERSON", "Obama"), ent("Mohammad Anshor", "PERSON", "Anshor", "Ashor"), ent("Dino Patti Djalal", "PERSON"),
     ent("CNN Indonesia", "ORG", "CNNIndonesia.com"), ent("Kemlu RI", "ORG", "Kemlu", "Kementerian Luar Negeri"),
     ent("Foreign Policy Community of Indonesia", "ORG", "FPCI"), ent("Indonesian Diaspora Network Global", "ORG", "IDNG"),
     "Jakarta", "Amerika Serikat", ent("Kasablanka Hall", "LOC")],
    [("Ya, beliau akan datang untuk berlibur ke Indonesia", "direct", "Mohammad Anshor", "Direktur Jenderal Amerika dan Eropa Kemlu RI, Mohammad Anshor", "ujar", None, False),
     ("Untuk itu saya belum bisa jelaskan", "direct", "Mohammad Anshor", "Anshor", "tutur", None, False),
     ("Kami merasa terhormat dapat menyambut Presiden Obama kembali ke Jakarta untuk menyampaikan pidato keynote di konvensi",
      "direct", "Dino Patti Djalal", "Dino Patti Djalal", "kata", None, False)]),
}

# An outlet's own name is optional in the articles it published (its dateline and credits are metadata),
# the convention of the blind sets (tests/data/blind_*/README.md).
OWN_OUTLET = {"antaranews_lore_lindu.txt": "ANTARA News", "antaranews_kanker_prostat.txt": "ANTARA News",
              "rimanews_campak_rumania.txt": "Rimanews", "suara_draxler_psg.txt": "Suara.com",
              "suara_album_baru.txt": "Suara.com", "cnnindonesia_obama_libur.txt": "CNN Indonesia"}
OPTIONAL += sorted({form for outlet in OWN_OUTLET.values() for form in (outlet, *ENTITIES[outlet]["aliases"])})

documents = {}
for name, (entities, quotes) in DOCS.items():
    entities = [entity for entity in entities if entity != OWN_OUTLET.get(name)]
    text = (HERE / name).read_text(encoding="utf-8")
    rows = []
    for content, kind, speaker, speaker_text, cue, via, optional in quotes:
        start = text.find(content)
        assert start >= 0 and text.find(content, start + 1) < 0, (name, content[:40])
        row = {"text": content, "start": start, "end": start + len(content), "kind": kind, "speaker": speaker,
               "speaker_text": speaker_text, "cue": cue, "via": via}
        if optional:
            row["optional"] = True
        rows.append(row)
    documents[name] = {"entities": entities, "quotes": rows}
gold = {"entities": ENTITIES, "optional_entities": OPTIONAL, "documents": documents}
(HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(ENTITIES), "entities", sum(len(d["quotes"]) for d in documents.values()), "quotes")
