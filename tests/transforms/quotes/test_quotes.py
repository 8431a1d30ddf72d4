"""Quote patterns, one invented example each: (text, [(quote, kind, speaker as written, cue)])."""

import pytest

from tests.conftest import documents_from_texts
from transforms.quotes import find_quotes, quotation_spans
from transforms.quotes.context import source_bounds
from transforms.sentences import split_sentences


def quotes_of(text: str) -> list[tuple[str, str, str | None, str | None]]:
    documents = documents_from_texts({"a.txt": text})
    found = []
    for q in find_quotes(documents, split_sentences(documents)).sort("start").iter_rows(named=True):
        speaker = text[q["speaker_start"]:q["speaker_end"]] if q["speaker_start"] is not None else None
        found.append((text[q["start"]:q["end"]], q["kind"], speaker, q["cue"]))
    return found


CASES = [
    # direct, cue after the closing mark
    ("“Kami akan membangun jembatan baru tahun ini,” kata Budi Santoso.",
     [("Kami akan membangun jembatan baru tahun ini", "direct", "Budi Santoso", "kata")]),
    # `pesan X` after a quotation: the message X gave (before a quotation, `pesan` names it: no statement)
    ("“Jaga kebersihan sungai kita bersama,” pesan Rina Sari.",
     [("Jaga kebersihan sungai kita bersama", "direct", "Rina Sari", "pesan")]),
    # straight marks, -nya clitic
    ('"Harga beras sudah mulai turun di pasar," ujarnya.',
     [("Harga beras sudah mulai turun di pasar", "direct", "nya", "ujarnya")]),
    # Kompas style: a closing mark opens the quotation
    ("”Semua bantuan harus sampai minggu ini,” kata Presiden.",
     [("Semua bantuan harus sampai minggu ini", "direct", "Presiden", "kata")]),
    # an opening mark right after a sentence the text did not break off: a new direct quote, not a fragment
    ("Aplikasi itu diharapkan dapat memastikan warga mendapat rumah layak. ”(Dengan demikian) Warga tidak lagi "
     "mengeluarkan biaya lain,” ujar Arif Santoso.",
     [("(Dengan demikian) Warga tidak lagi mengeluarkan biaya lain", "direct", "Arif Santoso", "ujar")]),
    # cue and comma before the opening mark
    ("Rina Wati menggarisbawahi, “Sekolah tetap buka selama musim hujan.”",
     [("Sekolah tetap buka selama musim hujan.", "direct", "Rina Wati", "menggarisbawahi")]),
    # apposition after the cue: the name after the comma is the speaker phrase's end
    ("“Rapat diundur sampai pekan depan,” kata juru bicara partai, Dedi Mulyana, di Bandung.",
     [("Rapat diundur sampai pekan depan", "direct", "juru bicara partai, Dedi Mulyana", "kata")]),
    # indirect with bahwa
    ("Gubernur Anies Hidayat mengatakan bahwa banjir sudah surut di semua kecamatan.",
     [("banjir sudah surut di semua kecamatan", "indirect", "Gubernur Anies Hidayat", "mengatakan")]),
    # indirect, cue after the content
    ("Pasokan listrik akan pulih dalam dua hari, kata Direktur PLN Agus Salim.",
     [("Pasokan listrik akan pulih dalam dua hari", "indirect", "Direktur PLN Agus Salim", "kata")]),
    # indirect, cue inside the content
    ("Pemerintah daerah, sebut Sutarmi, sudah menyiapkan tempat pengungsian bagi warga.",
     [("Pemerintah daerah, sebut Sutarmi, sudah menyiapkan tempat pengungsian bagi warga.", "indirect", "Sutarmi", "sebut")]),
    # a cue inside the content with a role, then the name set off by commas
    ("Karena itu, kata ahli gizi Universitas Brawijaya, Rina Lestari, di Malang, sekolah wajib menyediakan makan siang.",
     [("Karena itu, kata ahli gizi Universitas Brawijaya, Rina Lestari, di Malang, sekolah wajib menyediakan makan siang.",
       "indirect", "ahli gizi Universitas Brawijaya, Rina Lestari", "kata")]),
    # `berdasarkan keterangan yang disampaikan X,` works like `menurut X,`
    ("Berdasarkan keterangan tertulis yang disampaikan prakirawan cuaca Rina Lestari, hujan lebat turun hingga malam.",
     [("hujan lebat turun hingga malam.", "indirect", "prakirawan cuaca Rina Lestari",
       "Berdasarkan keterangan tertulis yang disampaikan")]),
    # a -nya cue inside the statement: the whole sentence is the statement
    ("Dalam setahun terakhir, katanya, jumlah wisatawan mancanegara naik drastis.",
     [("Dalam setahun terakhir, katanya, jumlah wisatawan mancanegara naik drastis.", "indirect", "nya", "katanya")]),
    # after a quotation closed by its own comma, its speaker and a speech verb
    ("“Sisa anggaran dipakai untuk perbaikan saluran,” ia menambahkan.",
     [("Sisa anggaran dipakai untuk perbaikan saluran", "direct", "ia", "menambahkan")]),
    # a clitic cue inside the statement, the predicate going on after it
    ("Koperasi itu, lanjutnya telah menyalurkan dana bergulir kepada petani.",
     [("Koperasi itu, lanjutnya telah menyalurkan dana bergulir kepada petani.", "indirect", "nya", "lanjutnya")]),
    # words between the cue and `bahwa` are no part of the statement
    ("Rina Sari yakin penuh bahwa pasar itu akan ramai lagi.",
     [("pasar itu akan ramai lagi", "indirect", "Rina Sari", "yakin")]),
    # a bare cue opening the sentence with its speaker and a comma: what follows is the statement
    ("Kata Heru Prasetyo, jalan desa itu akan diaspal bulan depan.",
     [("jalan desa itu akan diaspal bulan depan.", "indirect", "Heru Prasetyo", "Kata")]),
    ("Katanya, jalan desa itu akan diaspal bulan depan.",
     [("jalan desa itu akan diaspal bulan depan.", "indirect", "nya", "Katanya")]),
    ("Kata orang, jalan desa itu akan diaspal bulan depan.", []),
    # `menurut X` after a comma with no comma of its own: the predicate ends the speaker, the sentence is the statement
    ("Rapat itu, menurut Dewi Lestari akan membahas anggaran desa tahun depan.",
     [("Rapat itu, menurut Dewi Lestari akan membahas anggaran desa tahun depan.", "indirect", "Dewi Lestari", "menurut")]),
    # a verb whose subject does what follows: a verb or adjective right after it is the claim reported
    ("Rina Sari mengaku tertarik dengan tawaran kerja sama dari pemerintah kota.",
     [("tertarik dengan tawaran kerja sama dari pemerintah kota", "indirect", "Rina Sari", "mengaku")]),
    ("Ia mengaku banyak menerima keluhan dari pedagang pasar.",
     [("banyak menerima keluhan dari pedagang pasar", "indirect", "Ia", "mengaku")]),
    ("Serikat buruh mengancam akan mogok kerja jika upah tidak naik.",
     [("akan mogok kerja jika upah tidak naik", "indirect", "Serikat buruh", "mengancam")]),
    # a warning to someone to do something
    ("Bupati Tono mengingatkan kepada kepala desa untuk tidak memungut biaya tambahan.",
     [("kepada kepala desa untuk tidak memungut biaya tambahan", "indirect", "Bupati Tono", "mengingatkan")]),
    # a predicate right after `yang` describes the object: no clause reported
    ("Tono sangat mengapresiasi puskesmas desa yang sudah bergerak cepat menolong warga.", []),
    # a topic with no clause of its own reports no statement
    ("Rina sedikit bercerita soal masa kecilnya di kampung nelayan.", []),
    # a term in marks opening the reported clause: the clause is the quote, not the term
    ("Rina mengatakan “sambang” desa adalah cara dinas mendengar keluhan warga.",
     [("“sambang” desa adalah cara dinas mendengar keluhan warga", "mixed", "Rina", "mengatakan")]),
    # a concessive clause opening the sentence reports a statement up to its comma; the main clause is the writer's
    ("Kendati Rina Sari menyebut harga beras akan turun bulan depan, pedagang tetap khawatir.",
     [("harga beras akan turun bulan depan", "indirect", "Rina Sari", "menyebut")]),
    # `bilang` before its clause, as a meN- verb is
    ("Budi bilang harga cabai sudah turun sejak pekan lalu.",
     [("harga cabai sudah turun sejak pekan lalu", "indirect", "Budi", "bilang")]),
    # a negated verb of denial reports what the subject admits; the negation is no part of the speaker
    ("Rina Sari tak menampik bahwa harga beras naik sejak pekan lalu.",
     [("harga beras naik sejak pekan lalu", "indirect", "Rina Sari", "menampik")]),
    ("Rina Sari tak menjelaskan bahwa harga beras naik sejak pekan lalu.", []),
    # a capitalised word inside a title is no clause word (`Untuk`)
    ("Pemain film ‘Surat Untuk Rindu’ tersebut mengatakan bahwa film itu dibuat selama dua tahun.",
     [("film itu dibuat selama dua tahun", "indirect", "Pemain film ‘Surat Untuk Rindu’ tersebut", "mengatakan")]),
    # an aside in brackets is no clause of the subject
    ("Di sisi lain, Rina (yang sebelumnya dikenal dengan nama Ratu Pasar) mengatakan bahwa sekolah tetap buka sampai sore.",
     [("sekolah tetap buka sampai sore", "indirect", "Rina", "mengatakan")]),
    # a lower-case word inside an office's name (`cabang`) does not end the speaker phrase before the apposition
    ("“Pengerjaan jalur kereta dihentikan mulai Kamis,” kata Humas PT Lintas cabang Cikampek, Handoyono, di Bekasi.",
     [("Pengerjaan jalur kereta dihentikan mulai Kamis", "direct", "Humas PT Lintas cabang Cikampek, Handoyono", "kata")]),
    # `menurut` and a name running straight into the statement's clause, with no comma
    ("Menurut Dewi Lestari harga beras di pasar itu akan turun bulan depan.",
     [("harga beras di pasar itu akan turun bulan depan.", "indirect", "Dewi Lestari", "Menurut")]),
    # `berdasarkan keterangan` inside a sentence: what a thing is based on, no statement
    ("Sketsa wajah itu dibuat berdasarkan keterangan saksi yang melihat pelaku.", []),
    # an adverbial before the comma is no name a description follows
    ("Jakarta, Lintas TV - - Di tengah memanasnya suasana di Pasifik, pemerintah Lintasia mengatakan upaya itu tidak "
     "akan berhasil.",
     [("upaya itu tidak akan berhasil", "indirect", "pemerintah Lintasia", "mengatakan")]),
    # a short sentence quoted whole, closed by its own comma, then its cue
    ("“Siap, Pak,” kata Heru Prasetyo.", [("Siap, Pak", "direct", "Heru Prasetyo", "kata")]),
    # a subordinating conjunction and a pro-form make a connective (`Meski begitu`): the subject after it speaks
    ("Meski begitu Rina Sari mengatakan pasar tetap buka sampai malam hari.",
     [("pasar tetap buka sampai malam hari", "indirect", "Rina Sari", "mengatakan")]),
    # a pronoun right before the verb is the subject; the words before it are an adverbial
    ("Kepada Lintas (lintas.id) ia mengatakan penyisiran akan melibatkan 400 personel.",
     [("penyisiran akan melibatkan 400 personel", "indirect", "ia", "mengatakan")]),
    # a phrase holding another speech verb is a clause, not the subject of the cue after it
    ("Rina belum mau menjelaskan alasan Budi bersikeras ingin pindah ke Bandung.", []),
    # the subject and its verb closing the sentence after a comma
    ("Wabah campak di negara tetangga berkaitan dengan wabah di Rumania, kantor berita Antara melaporkan.",
     [("Wabah campak di negara tetangga berkaitan dengan wabah di Rumania", "indirect", "kantor berita Antara",
       "melaporkan")]),
    # a conjunction opens a new clause: its subject speaks, not the clause before
    ("Nilai kontrak tidak diungkapkan namun media Prancis mengatakan kesepakatan itu senilai 36 juta euro.",
     [("kesepakatan itu senilai 36 juta euro", "indirect", "media Prancis", "mengatakan")]),
    # a negated speech verb reports no statement; `menurutnya` is `menurut` with the pronoun
    ("Rina tak menjelaskan lebih detail rencana kunjungan itu ke daerah.", []),
    ("Namun menurutnya kasus tersebut sudah diserahkan ke kejaksaan.",
     [("kasus tersebut sudah diserahkan ke kejaksaan.", "indirect", "nya", "menurutnya")]),
    # passive: the statement is the sentence before
    ("Pembangunan bendungan akan selesai pada akhir tahun. Hal tersebut dikatakan oleh Kepala Dinas PU Joko Susilo.",
     [("Pembangunan bendungan akan selesai pada akhir tahun.", "indirect", "Kepala Dinas PU Joko Susilo", "dikatakan")]),
    # menurut before the content
    ("Menurut Wahyu Hidayat, kenaikan harga disebabkan cuaca buruk di sentra produksi.",
     [("kenaikan harga disebabkan cuaca buruk di sentra produksi.", "indirect", "Wahyu Hidayat", "Menurut")]),
    # mixed: a reported clause with a quoted fragment
    ("Camat Lina Marlina mengatakan bahwa warga kini hidup di masa “paling sulit” sejak banjir.",
     [("warga kini hidup di masa “paling sulit” sejak banjir", "mixed", "Camat Lina Marlina", "mengatakan")]),
    # mixed: the fragment right after the cue is the quote
    ("Ketua RT itu menyatakan “dukungan penuh” bagi program kebersihan kampung.",
     [("dukungan penuh", "mixed", "Ketua RT itu", "menyatakan")]),
    # an agency quoting a speaker
    ("Harga gandum dunia naik tajam pekan ini, kantor berita Xinhua mengutip pernyataan Menteri Pertanian Li Wei.",
     [("Harga gandum dunia naik tajam pekan ini", "indirect", "Menteri Pertanian Li Wei", "mengutip")]),
    # cues of continuation and conclusion (`lanjutnya`, `sambung X`, `X melanjutkan,`)
    ("“Sisa anggaran dipakai untuk perbaikan saluran,” lanjutnya.",
     [("Sisa anggaran dipakai untuk perbaikan saluran", "direct", "nya", "lanjutnya")]),
    ("“Kami tidak akan menaikkan tarif tahun ini,” sambung Heru Prasetyo.",
     [("Kami tidak akan menaikkan tarif tahun ini", "direct", "Heru Prasetyo", "sambung")]),
    ("Dewi Lestari melanjutkan, sebagian warga sudah kembali ke rumah masing-masing.",
     [("sebagian warga sudah kembali ke rumah masing-masing", "indirect", "Dewi Lestari", "melanjutkan")]),
    # the speaker is the part before the cue that is no time or circumstance between commas
    ("Menanggapi rencana itu, ekonom Indef, Hadi Prakoso, mengatakan, kebijakan itu perlu diawasi ketat.",
     [("kebijakan itu perlu diawasi ketat", "indirect", "Hadi Prakoso", "mengatakan")]),
    ("Juru bicara satgas Dina Marbun, saat dihubungi di Ambon, Minggu (24/1/2021) petang, mengatakan, semua pegawai akan dites.",
     [("semua pegawai akan dites", "indirect", "Juru bicara satgas Dina Marbun", "mengatakan")]),
    # a name with a description set off by commas: the description does not hide the name
    ("Rina Sari, dokter dari RS Harapan Kita, menjelaskan, jumlah pasien turun drastis.",
     [("jumlah pasien turun drastis", "indirect", "Rina Sari, dokter dari RS Harapan Kita", "menjelaskan")]),
    ("Kepala Desa Sukamaju, Darto, yang juga ketua koperasi, mengatakan, panen tahun ini gagal.",
     [("panen tahun ini gagal", "indirect", "Darto, yang juga ketua koperasi", "mengatakan")]),
    ("Darto, yang dihubungi dari Jakarta, mengatakan, panen tahun ini gagal.",
     [("panen tahun ini gagal", "indirect", "Darto", "mengatakan")]),
    # the shapes of a reported clause with no `bahwa`: the object's passive verb after a verb of judgement, a verb
    # after a demonstrative closing the clause's subject (not a preposition), a request after a named object and `untuk`
    ("Darto mengaku tangannya diikat selama tujuh jam oleh pelaku.",
     [("tangannya diikat selama tujuh jam oleh pelaku", "indirect", "Darto", "mengaku")]),
    ("Dinas Pangan memastikan pemeriksaan ini dilakukan secara menyeluruh di semua pasar.",
     [("pemeriksaan ini dilakukan secara menyeluruh di semua pasar", "indirect", "Dinas Pangan", "memastikan")]),
    ("Bupati Darto menyampaikan keempat aturan tersebut memiliki peran strategis bagi desa.",
     [("keempat aturan tersebut memiliki peran strategis bagi desa", "indirect", "Bupati Darto", "menyampaikan")]),
    ("Darto menyampaikan pesan itu melalui video singkat kepada warga desa.", []),
    ("Darto meminta Sukamaju untuk memeriksa sendiri data itu ke bank.",
     [("Sukamaju untuk memeriksa sendiri data itu ke bank", "indirect", "Darto", "meminta")]),
    # `yang` not closed by a comma before the cue is a relative clause, no part of the speaker; its verb is no cue
    ("Darto, yang turut menulis laporan itu menyebutkan, panen tahun ini gagal.",
     [("panen tahun ini gagal", "indirect", "Darto", "menyebutkan")]),
    # ... nor without a comma; a subject that names no one is none (`Informasi yang dihimpun menyebutkan`)
    ("Kepala dusun Darto Sumarno yang juga menjadi narasumber diskusi menekankan bahwa panen tahun ini gagal.",
     [("panen tahun ini gagal", "indirect", "Kepala dusun Darto Sumarno", "menekankan")]),
    ("Informasi yang dihimpun dari warga menyebutkan bahwa panen tahun ini gagal.", []),
    # a description closed by a demonstrative is the whole speaker phrase: it points back
    ("Aktor yang lahir di Sukamaju itu menegaskan bahwa panen tahun ini gagal.",
     [("panen tahun ini gagal", "indirect", "Aktor yang lahir di Sukamaju itu", "menegaskan")]),
    # a concessive clause fronts a cue without its subject: the speaker is the later subject's
    ("Kendati mengakui tidak melihat kejadian itu, Darto menyebut, kerusakan jembatan cukup parah.",
     [("kerusakan jembatan cukup parah", "indirect", "Darto", "menyebut")]),
    # a verb that also takes objects, then a clause with a predicate word and no `bahwa`; an object is no statement
    ("Namun ia memastikan pasokan gula di pasar tidak akan terganggu.",
     [("pasokan gula di pasar tidak akan terganggu", "indirect", "ia", "memastikan")]),
    ("Lurah Sinta Wulandari menyampaikan terima kasih kepada warga yang sudah membantu.", []),
    # `agar`, `supaya`, `kalau` open the reported clause like `bahwa`
    ("Camat Joko Prianto mendesak supaya dinas segera memperbaiki jalan desa.",
     [("dinas segera memperbaiki jalan desa", "indirect", "Camat Joko Prianto", "mendesak")]),
    ("Dinas juga menghimbau agar warga menyimpan air bersih selama kemarau.",
     [("warga menyimpan air bersih selama kemarau", "indirect", "Dinas", "menghimbau")]),
    # `menurut <role>, <name>, ...` after a discourse word: the name is the speaker's, not the statement's
    ("Tetapi menurut peneliti lembaga itu, Raka Pratama, krisis air lebih bersifat politis.",
     [("krisis air lebih bersifat politis.", "indirect", "peneliti lembaga itu, Raka Pratama", "menurut")]),
    # a root ending in -nya is no clitic: `tanya X` names its speaker after it
    ("“Siapa yang membawa berkas perkara itu?” tanya hakim Wira Santosa.",
     [("Siapa yang membawa berkas perkara itu?", "direct", "hakim Wira Santosa", "tanya")]),
    # `Hal itu disampaikannya di ...`: the clitic is the speaker, not the place after it
    ("Jembatan darurat selesai dalam dua pekan. Hal itu disampaikannya di Bandung, Senin.",
     [("Jembatan darurat selesai dalam dua pekan.", "indirect", "nya", "disampaikannya")]),
    # not statements: a sign, a title, scare quotes
    ("Spanduk bertuliskan “Selamat Datang Pak Wali” dipasang di gerbang kota.", []),
    ("Ia membaca buku berjudul “Laut Bercerita” di taman.", []),
    ("Program “kampung hijau” itu berjalan sejak 2019 di kelurahan tersebut.", []),
    # a preposition right after the verb opens an adverbial of the clause, not an object's complement
    ("Rina Sari menilai untuk pejabat publik seharusnya semua dokumen terbuka.",
     [("untuk pejabat publik seharusnya semua dokumen terbuka", "indirect", "Rina Sari", "menilai")]),
    # a passive cue and its named agent inside the statement, set off by commas or not
    ("Pertimbangan pembatalan aturan itu, disebutkan Rina Sari, dilakukan karena banyak masukan warga.",
     [("Pertimbangan pembatalan aturan itu, disebutkan Rina Sari, dilakukan karena banyak masukan warga.", "indirect",
       "Rina Sari", "disebutkan")]),
    ("Warung di pinggir hutan itu dikatakan Rina mulai buka sejak pukul 08.00.",
     [("Warung di pinggir hutan itu dikatakan Rina mulai buka sejak pukul 08.00.", "indirect", "Rina", "dikatakan")]),
    # ... but not a sentence that points to a statement made elsewhere, a relative clause, or aid handed over
    ("Hal senada juga disampaikan Rina Sari, warga Sukamaju.", []),
    ("Angka itu berbeda dengan usulan yang pernah disampaikan Menteri Rina Sari pada Juli lalu.", []),
    ("Bantuan beras itu disampaikan Bupati Rina Sari kepada warga Sukamaju.", []),
    # a cue and its speaker inside the statement with no comma after the name: the predicate goes on, the statement is
    # the whole sentence (not cut at the cue); after a clitic `menurut` too
    ("Pembangunan gudang itu, kata Rina Sari juga akan membuka lapangan kerja baru.",
     [("Pembangunan gudang itu, kata Rina Sari juga akan membuka lapangan kerja baru.", "indirect", "Rina Sari", "kata")]),
    ("Namun, pembelian dua kapal tersebut, menurutnya sudah cukup untuk kebutuhan patroli.",
     [("Namun, pembelian dua kapal tersebut, menurutnya sudah cukup untuk kebutuhan patroli.", "indirect", "nya",
       "menurutnya")]),
    # ... a connective, the cue and a named speaker, then the statement in lower case; not a place or time after the name
    ("Makanya, kata Budi listrik dan air bersih sangat dibutuhkan di lokasi wisata.",
     [("listrik dan air bersih sangat dibutuhkan di lokasi wisata", "indirect", "Budi", "kata")]),
    ("Harga cabai akan turun bulan depan, kata Rina saat ditemui di pasar.",
     [("Harga cabai akan turun bulan depan", "indirect", "Rina", "kata")]),
    # a verb of confirmation or announcement: an object followed by its own verb is the fact reported
    ("Kapolsek Rina Sari membenarkan dua anggotanya ditangkap tim gabungan kemarin.",
     [("dua anggotanya ditangkap tim gabungan kemarin", "indirect", "Kapolsek Rina Sari", "membenarkan")]),
    # ... but not a verb describing the object (`bernama`), a preposition shaped like a verb, nor a relative clause's verb
    ("Perusahaan Lintas mengumumkan inisiatif baru bernama Kabar Cepat.", []),
    ("Budi Santoso meminta bantuan dana melalui surat resmi.", []),
    ("Dinas Pasar mengonfirmasi jadwal yang sudah disusun panitia.", []),
    # a root word shaped like a meN- or ber- verb is no predicate of a reported clause (`mereka`, `media`)
    ("Klub Lintas mengumumkan pembelian kedua mereka pada bursa transfer kali ini.", []),
    ("Rina Sari meminta bantuan warga lewat media sosial.", []),
    # `menulis` writes a thing (a statement only after a link); `mengungkap` discloses a thing (a statement only with
    # the clause's own verb)
    ("Penyanyi Rina Sari menuliskan ucapan terima kasih kepada para penggemarnya di media sosial.", []),
    ("Penyanyi Rina Sari menuliskan bahwa ia bersyukur atas dukungan para penggemarnya.",
     [("ia bersyukur atas dukungan para penggemarnya", "indirect", "Penyanyi Rina Sari", "menuliskan")]),
    ("Polisi Sukamaju mengungkap penimbunan bawang putih impor di sebuah gudang di pelabuhan.", []),
    ("Kuasa hukum Budi Santoso mengungkap kliennya ditahan sejak akhir Agustus lalu.",
     [("kliennya ditahan sejak akhir Agustus lalu", "indirect", "Kuasa hukum Budi Santoso", "mengungkap")]),
    # the claim may open with an adverb of frequency or degree; the request after `untuk` too
    ("Pelatih Rina Sari mengaku sering terlambat datang ke lapangan.",
     [("sering terlambat datang ke lapangan", "indirect", "Pelatih Rina Sari", "mengaku")]),
    ("Budi Santoso mengimbau warga untuk selalu menutup pintu rumah saat bepergian.",
     [("warga untuk selalu menutup pintu rumah saat bepergian", "indirect", "Budi Santoso", "mengimbau")]),
    # a long subject of the reported clause, ended by its predicate word; not the predicate of a clause of time
    ("Rina Sari menilai sistem pengawasan dan penegakan disiplin di tubuh dinas itu perlu diperkuat.",
     [("sistem pengawasan dan penegakan disiplin di tubuh dinas itu perlu diperkuat", "indirect", "Rina Sari",
       "menilai")]),
    ("Budi Santoso menceritakan pengalamannya beberapa waktu lalu saat akun miliknya dibobol orang tak dikenal.", []),
    # a reporting verb after a conjunction of purpose has no subject and reports nothing
    ("Panitia bekerja keras demi memastikan acara itu tidak akan tertunda lagi.", []),
    # nor after a modal of obligation: what the subject must say or do, no statement made
    ("Jika menjadi saksi, Rina Sari harus mengungkap peran pihak lain yang terlibat dalam kasus itu.", []),
    ("Panitia juga perlu memastikan bahwa acara itu tidak akan tertunda lagi.", []),
    # a passive cue opening the sentence with an agent in lower case, or with none (the speaker goes on); `Dilaporkan,`
    # alone reports news, and `Disebutkan dalam ...` where it was said
    ("Dinyatakan majelis hakim, putusan pengadilan negeri itu harus diubah soal lamanya hukuman.",
     [("putusan pengadilan negeri itu harus diubah soal lamanya hukuman.", "indirect", "majelis hakim", "Dinyatakan")]),
    ("Ditegaskan, pihaknya menjalankan eksekusi itu karena perintah undang-undang.",
     [("pihaknya menjalankan eksekusi itu karena perintah undang-undang.", "indirect", None, "Ditegaskan")]),
    ("Dilaporkan, pasukan itu merebut kembali benteng terakhir para pemberontak.", []),
    ("Disebutkan dalam laporan itu, jumlah korban terus bertambah setiap hari.", []),
    # `Menurut X` running into its clause with no comma, a country after the name being the clause's subject
    ("Menurut Rina Indonesia tidak punya pilihan lain untuk menyelamatkan pesisir.",
     [("Indonesia tidak punya pilihan lain untuk menyelamatkan pesisir.", "indirect", "Rina", "Menurut")]),
    # a place right after the verb says where it went, no statement; after the place and a comma a clause may follow
    ("Senin kemarin, Rina juga menulis di Lapakgram, tentang rumahnya yang digeruduk mahasiswa.", []),
    ("Ternyata, salah seorang temannya menulis ke sebuah stasiun televisi, dan menceritakan kemampuan Budi.", []),
    ("Rina Sari mengatakan di Bandung, harga beras akan turun bulan depan.",
     [("di Bandung, harga beras akan turun bulan depan", "indirect", "Rina Sari", "mengatakan")]),
    ("Rina Sari mengatakan di Sukamaju hanya ada satu sekolah yang kekurangan murid.",
     [("di Sukamaju hanya ada satu sekolah yang kekurangan murid", "indirect", "Rina Sari", "mengatakan")]),
    # three words make a statement when they make a clause (a predicate word or a verb after the subject)
    ("Namun, Rina menyebut pihaknya masih mendalaminya.",
     [("pihaknya masih mendalaminya", "indirect", "Rina", "menyebut")]),
    ("Identitas pemakainya dirahasiakan, imbuh Rina.", [("Identitas pemakainya dirahasiakan", "indirect", "Rina", "imbuh")]),
    ("Rina Sari mengatakan hal senada itu.", []),
    # a state after a degree adverb ends the object; a request after a long object with a relative clause in it
    ("Rina Sari menilai jalan menuju swasembada pangan semakin terbuka lebar.",
     [("jalan menuju swasembada pangan semakin terbuka lebar", "indirect", "Rina Sari", "menilai")]),
    ("Kafe Lintas menyarankan para pelanggannya yang ingin menyantap donat itu untuk memesan sehari sebelumnya.",
     [("para pelanggannya yang ingin menyantap donat itu untuk memesan sehari sebelumnya", "indirect", "Kafe Lintas",
       "menyarankan")]),
    # not a clause about the subject after a passive opener, nor three words closed by a demonstrative
    ("Disebut sedang mengalami cedera, Budi justru tampil sebagai pemain utama.", []),
    ("Rina Sari mengungkapkan hal mengejutkan itu.", []),
    # a sentence opened by `Menurutnya,` is its speaker's statement whole, a verb inside it included
    ("Menurutnya, pihak pelapor sering mengklaim bahwa nama baiknya dicemarkan.",
     [("pihak pelapor sering mengklaim bahwa nama baiknya dicemarkan.", "indirect", "nya", "Menurutnya")]),
    # a noun of a statement with its speaker's name or -nya, then `bahwa`; not a noun with a demonstrative
    ("Warga menyambut pernyataan Bupati Rina Sari bahwa pasar induk dibuka besok pagi.",
     [("pasar induk dibuka besok pagi", "indirect", "Bupati Rina Sari", "pernyataan")]),
    ("Budi kecewa dengan klaimnya bahwa jembatan itu sudah selesai dibangun.",
     [("jembatan itu sudah selesai dibangun", "indirect", "nya", "klaimnya")]),
    ("Pernyataan itu bahwa harga beras akan turun dibantah warga.", []),
    # `melaporkan` a case to the police is no statement; only a clause it links is (`melaporkan bahwa ...`) ...
    ("Warga Sukamaju melaporkan kasus pencurian itu ke kantor polisi kemarin.", []),
    # ... or any clause an outlet reports
    ("Media lokal melaporkan bocah itu kini berada dalam kondisi koma.",
     [("bocah itu kini berada dalam kondisi koma", "indirect", "Media lokal", "melaporkan")]),
    # after a verb of request, the object's own verb makes the request reported ...
    ("Bupati Rina Sari meminta warga menjaga kebersihan sungai setiap hari.",
     [("warga menjaga kebersihan sungai setiap hari", "indirect", "Bupati Rina Sari", "meminta")]),
    # ... and after a verb of judgement, the judgement
    ("Rina Sari menilai langkah itu menguntungkan warga desa.",
     [("langkah itu menguntungkan warga desa", "indirect", "Rina Sari", "menilai")]),
    # assurance and disclosure verbs report the clause they link, not their object
    ("Rina Sari meyakinkan bahwa pasar desa akan dibuka kembali pekan depan.",
     [("pasar desa akan dibuka kembali pekan depan", "indirect", "Rina Sari", "meyakinkan")]),
    ("Rina Sari membocorkan, album keduanya berisi lagu untuk anak-anak.",
     [("album keduanya berisi lagu untuk anak-anak", "indirect", "Rina Sari", "membocorkan")]),
    # (with no link the rules read an object there; the clause model reads the request after `untuk` as one reported,
    # as the development golds read `meminta warga untuk ...`)
    ("Rina Sari meyakinkan warga untuk ikut memilih.", [("warga untuk ikut memilih", "indirect", "Rina Sari", "meyakinkan")]),
    # ... also an adjective after an object closed by a demonstrative or graded by a degree adverb ...
    ("Rina Sari menilai langkah itu penting bagi warga desa.",
     [("langkah itu penting bagi warga desa", "indirect", "Rina Sari", "menilai")]),
    ("Rina Sari menilai rencana pembangunan pasar sangat tepat.",
     [("rencana pembangunan pasar sangat tepat", "indirect", "Rina Sari", "menilai")]),
    # ... and a passive verb right after it, what is asked to be done
    ("Rina Sari mendesak dibuat aturan tegas bagi pelaku perundungan di sekolah.",
     [("dibuat aturan tegas bagi pelaku perundungan di sekolah", "indirect", "Rina Sari", "mendesak")]),
    ("Rina Sari meminta dinas terkait memperbaiki jalan desa.",
     [("dinas terkait memperbaiki jalan desa", "indirect", "Rina Sari", "meminta")]),
    # ... but not an adjective that only describes the object (the rules read no clause there; the clause model, just
    # over its threshold, reads a request with `untuk` as reported: the golds count such a request neither way)
    ("Rina Sari meminta dana tambahan untuk jalan desa.", [("dana tambahan untuk jalan desa", "indirect", "Rina Sari", "meminta")]),
    ("Bupati Rina Sari meminta seluruh warga untuk tidak membuang sampah ke sungai.",
     [("seluruh warga untuk tidak membuang sampah ke sungai", "indirect", "Bupati Rina Sari", "meminta")]),
    # ... not a verb coordinated with the request, nor one past the comma that ends the object
    ("Rina Sari meminta doa dan membacakan ikrar di depan warga.", []),
    ("Rina Sari meminta maaf, lalu warga membubarkan diri dari balai desa.", []),
    # a pronoun ends the speaker phrase (`kata dia ditemui ...`); an invisible direction mark before the cue is no word
    ("“Kami akan membangun jembatan baru tahun ini,” kata dia ditemui di balai desa.",
     [("Kami akan membangun jembatan baru tahun ini", "direct", "dia", "kata")]),
    ("“Kami akan membangun jembatan baru tahun ini,”\u200e kata Budi Santoso.",
     [("Kami akan membangun jembatan baru tahun ini", "direct", "Budi Santoso", "kata")]),
    # a cue glued to the name by a crawl
    ("“Kami akan membangun jembatan baru tahun ini,” kataBudi Santoso.",
     [("Kami akan membangun jembatan baru tahun ini", "direct", "Budi Santoso", "kata")]),
    # a sentence opened by `Menurut X,` is X's statement, whatever verb of speech it holds
    ("Menurut Rina Sari, dinas juga telah meminta kementerian agar mempercepat pencairan dana desa.",
     [("dinas juga telah meminta kementerian agar mempercepat pencairan dana desa.", "indirect", "Rina Sari", "Menurut")]),
    # the name after the role and its comma belongs to the speaker, and so does where the speaker was
    ("Menurut dosen pembimbing kedua mahasiswa itu, Rina Sari di Malang, jembatan kaca itu aman untuk anak-anak.",
     [("jembatan kaca itu aman untuk anak-anak.", "indirect", "dosen pembimbing kedua mahasiswa itu, Rina Sari",
       "Menurut")]),
    # a bare cue and its speaker right after the sentence's first word, before a comma
    ("Umumnya kata dia, keramaian pemudik ini nantinya sampai akhir pekan.",
     [("Umumnya kata dia, keramaian pemudik ini nantinya sampai akhir pekan.", "indirect", "dia", "kata")]),
    ("Cahaya terang inilah yang dilihat oleh teleskop 2,5 meter itu.", []),
    # a meN- cue after a comma is followed by its clause, not by a speaker set inside the statement
    ("Rina Sari pakar gizi Sukamaju, mengemukakan ada alasan mengapa warga enggan makan sayur, atau buah.",
     [("ada alasan mengapa warga enggan makan sayur, atau buah", "indirect", "Rina Sari pakar gizi Sukamaju",
       "mengemukakan")]),
    # a passive cue and its agent opening the sentence, a comma, then the statement
    ("Dituturkan oleh Rina Sari selaku manajer Toko Maju, barang bekas kini banyak dicari pembeli muda.",
     [("barang bekas kini banyak dicari pembeli muda.", "indirect", "Rina Sari selaku manajer Toko Maju", "Dituturkan")]),
    ("Disebut Rina, pada angka itu akan ada ribuan lapangan kerja baru.",
     [("pada angka itu akan ada ribuan lapangan kerja baru.", "indirect", "Rina", "Disebut")]),
    ("Dilanjutkan dengan pembacaan doa, acara itu selesai pukul sembilan malam.", []),
    # a dot inside a name (a web address, initials) does not end the speaker
    ("“Pesanan naik dua kali lipat,” kata pendiri Belanja.id Rina Sari kepada wartawan.",
     [("Pesanan naik dua kali lipat", "direct", "pendiri Belanja.id Rina Sari", "kata")]),
    ("Lebih lanjut dia mengatakan, pasar ramai sampai akhir pekan ini.",
     [("pasar ramai sampai akhir pekan ini", "indirect", "dia", "mengatakan")]),
    # `melanjutkan` with an object reports nothing; with a comma, or a subject and its verb, it does
    ("Keduanya lalu melanjutkan perjalanan ke kantor kejaksaan negeri di kota itu.", []),
    ("Dodi melanjutkan panitia hanya membahas jadwal itu secara internal.",
     [("panitia hanya membahas jadwal itu secara internal", "indirect", "Dodi", "melanjutkan")]),
    ("Rina Sari melanjutkan, harga beras akan turun bulan depan.",
     [("harga beras akan turun bulan depan", "indirect", "Rina Sari", "melanjutkan")]),
    # a modal of readiness or will, or the existential `ada`, opens the clause after a verb that also takes objects
    ("Dodi menyinggung biasanya penerbitan aturan ada konsultasi dengan dewan terlebih dahulu.",
     [("biasanya penerbitan aturan ada konsultasi dengan dewan terlebih dahulu", "indirect", "Dodi", "menyinggung")]),
    ("Rina Sari pun mengaku siap mundur dari jabatannya sebagai ketua.",
     [("siap mundur dari jabatannya sebagai ketua", "indirect", "Rina Sari", "mengaku")]),
    # after a verb of request, a capitalised word in `ber-` or `me-` is a name, not the object's own verb
    ("Rina Sari mengusulkan perubahan program Makan Bergizi Gratis di sekolah dasar.", []),
    # the dateline is no part of the speaker
    ("Judul\n\nBandung, Lintas Warta - - Menteri Rina Sari mengatakan harga beras akan turun bulan depan.",
     [("harga beras akan turun bulan depan", "indirect", "Menteri Rina Sari", "mengatakan")]),
    # an outlet in the dateline is no subject reporting a statement
    ("Judul\n\nBandung, Lintas TV - - Rina Sari akhirnya mundur, setelah sempat menolak desakan dari partainya, Kamis (3/1).",
     []),
    # a lead clause, then a whole sentence in marks and its cue: a direct quote
    ("Tetapi jika panen gagal lagi, “Kami akan menanam jagung,” kata Rina Sari.",
     [("Kami akan menanam jagung", "direct", "Rina Sari", "kata")]),
    # `menurut X` set inside the statement: both sides are the statement
    ("Sebagian besar warga, menurut Rina Sari, menolak rencana pembangunan pabrik itu.",
     [("Sebagian besar warga, menurut Rina Sari, menolak rencana pembangunan pabrik itu.", "indirect", "Rina Sari",
       "menurut")]),
    # a sentence pointing back to a statement read with its own cue states nothing, and takes nothing from it
    ("Bupati Rina Sari menegaskan bahwa pasar induk akan dibuka tahun depan. Pernyataan itu disampaikan saat meninjau "
     "lokasi pasar.",
     [("pasar induk akan dibuka tahun depan", "indirect", "Bupati Rina Sari", "menegaskan")]),
    # a preposition of an office's name between capitalised words: the subject goes on to its holder
    ("Duta Besar Lintasia untuk Sukamaju Tono Raharjo mengatakan ia telah menyampaikan keprihatinan kepada pemerintah.",
     [("ia telah menyampaikan keprihatinan kepada pemerintah", "indirect", "Duta Besar Lintasia untuk Sukamaju Tono Raharjo",
       "mengatakan")]),
    # a conjunction of time inside the sentence, then a name: the subject of the cue follows it; not a time's name
    ("Harga cabai menjadi perbincangan setelah Menteri Perdagangan Tono Raharjo menyebut pemerintah enggan mengimpor "
     "cabai tahun ini.",
     [("pemerintah enggan mengimpor cabai tahun ini", "indirect", "Menteri Perdagangan Tono Raharjo", "menyebut")]),
    ("Rina Sari saat dihubungi wartawan mengatakan bahwa pasar akan ditutup besok.",
     [("pasar akan ditutup besok", "indirect", "Rina Sari saat dihubungi wartawan", "mengatakan")]),
    # a second speech verb joined to the statement: a second statement of the same speaker, if a clause follows it
    ("Pada 2015, Tono Raharjo mengklaim bahwa dia telah berdamai dengan band itu dan mengungkapkan dia ikut berdoa "
     "untuk konser terakhir.",
     [("dia telah berdamai dengan band itu", "indirect", "Tono Raharjo", "mengklaim"),
      ("dia ikut berdoa untuk konser terakhir", "indirect", "Tono Raharjo", "mengungkapkan")]),
    ("Majelis hakim menyatakan Tono Raharjo terbukti secara sah dan meyakinkan melakukan korupsi dana desa.",
     [("Tono Raharjo terbukti secara sah dan meyakinkan melakukan korupsi dana desa", "indirect", "Majelis hakim",
       "menyatakan")]),
    # an apposition's comma, then adverbs and the cue: the adverbs belong to the verb
    ("Ketua Partai Maju Sukamaju, Tono Raharjo, pun membenarkan akan membentuk koalisi bersama dua partai lain.",
     [("akan membentuk koalisi bersama dua partai lain", "indirect", "Tono Raharjo", "membenarkan")]),
    # `menurut X` with no comma: a demonstrative closing the clause's subject, or a pronoun after a lead's comma
    ("Menurut Tono pelaporan itu sarat muatan politis.",
     [("pelaporan itu sarat muatan politis.", "indirect", "Tono", "Menurut")]),
    ("Terkait ancaman banjir di pesisir, menurut dia hal itu hanya bisa dicegah dengan tanggul baru.",
     [("hal itu hanya bisa dicegah dengan tanggul baru", "indirect", "dia", "menurut")]),
    # ... or with neither, no comma after the words that follow the name: they are the statement ...
    ("Menurut Tono harga beras di pasar desa melonjak tajam pekan ini.",
     [("harga beras di pasar desa melonjak tajam pekan ini.", "indirect", "Tono", "Menurut")]),
    # ... but before a comma they may still name the speaker
    ("Menurut CEO Tono Raharjo dikutip dari Lintas dalam sebuah acara, penjualan naik dua kali lipat.",
     [("penjualan naik dua kali lipat.", "indirect", "CEO Tono Raharjo dikutip dari Lintas dalam sebuah acara", "Menurut")]),
    # a closing word and the speaker's name after a quotation closed by its own comma, with or without a verb
    ("“Kami butuh dua tahun untuk membangun pasar itu,” demikian Tono Raharjo.",
     [("Kami butuh dua tahun untuk membangun pasar itu", "direct", "Tono Raharjo", "demikian")]),
    ("“Kami butuh dua tahun untuk membangun pasar itu,” demikian kata Tono Raharjo.",
     [("Kami butuh dua tahun untuk membangun pasar itu", "direct", "Tono Raharjo", "kata")]),
    # after a verb whose subject does what follows, an adverb opens that predicate whatever the word after it
    ("Pebalap berusia 38 tahun itu mengaku lebih fokus pada jumlah kemenangan musim ini.",
     [("lebih fokus pada jumlah kemenangan musim ini", "indirect", "Pebalap berusia 38 tahun itu", "mengaku")]),
    # a term quoted inside a quotation with the same plain marks: the quotation runs to its cue
    ('"Jangan sebut" bualan semata "tapi upaya itu harus didukung semua pihak," kata Rina Sari.',
     [('Jangan sebut" bualan semata "tapi upaya itu harus didukung semua pihak', "direct", "Rina Sari", "kata")]),
    # a noun of an opinion with -nya and `bahwa` after a verb: the statement
    ("Perdana Menteri Lintasia itu mengulang pandangannya bahwa presiden itu sudah bertindak salah dengan video itu.",
     [("presiden itu sudah bertindak salah dengan video itu", "indirect", "nya", "pandangannya")]),
    # a dateline closed by a spaced dash opens the paragraph: the quotation after it opens its sentence
    ('Sukamaju (Lintas News) - "Kami akan membangun jembatan baru tahun ini," kata Budi Santoso.',
     [("Kami akan membangun jembatan baru tahun ini", "direct", "Budi Santoso", "kata")]),
    # a sentence quoted whole, then an editor's code in brackets: the speaker's words go on
    ("“Kami akan datang besok pagi,” kata Rina Sari.\n\n“Kami juga akan membawa bantuan untuk semua warga.” (Tr. A012)\n",
     [("Kami akan datang besok pagi", "direct", "Rina Sari", "kata"),
      ("Kami juga akan membawa bantuan untuk semua warga.", "direct", "Rina Sari", "kata")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_quote_patterns(text, expected):
    assert quotes_of(text) == expected


def test_quotation_continued_in_the_next_paragraph_without_a_cue_takes_the_next_speaker():
    text = ("“Paragraf pertama dari pernyataan panjang itu masih berlanjut\n"
            "“dan paragraf kedua menutupnya dengan tegas,” kata Hendra Gunawan.")
    found = quotes_of(text)
    assert [q[1] for q in found] == ["direct", "direct"]
    assert found[0][2] == found[1][2] == "Hendra Gunawan"


def test_a_closed_quotation_without_a_cue_goes_on_with_the_previous_speaker_not_the_next():
    text = ("“Kami mendengar suara keras dari arah panggung,” kata Lukas Pratama.\n"
            "“Semua orang berlari ke pintu keluar.”\n"
            "“Saya terjatuh di dekat tangga,” kata Gilang Saputra.")
    assert [q[2] for q in quotes_of(text)] == ["Lukas Pratama", "Lukas Pratama", "Gilang Saputra"]


def test_a_passage_after_a_colon_left_open_over_paragraphs_is_a_direct_quote():
    text = ("Hendra Gunawan menulis kisah itu dalam bukunya, yang berbunyi: “Kami berbicara panjang tentang kontrak itu.\n"
            "“Semua sudah disepakati lewat jabat tangan.”")
    assert [q[0][:10] for q in quotes_of(text)] == ["Kami berbi", "Semua suda"]


@pytest.mark.parametrize(
    "line, spans",
    [
        ("“a b” dan “c d”", [(1, 4, True), (11, 14, True)]),
        ("”a b,” kata X", [(1, 5, True)]),
        ("\"a 'b' c\" kata", [(1, 8, True)]),
        ("“tanpa penutup sampai akhir", [(1, 27, False)]),
        ("", []),
    ],
)
def test_quotation_marks_pair_up_even_when_unbalanced(line, spans):
    assert quotation_spans(line) == spans


def via_of(text: str) -> list[tuple[str, str | None]]:
    documents = documents_from_texts({"a.txt": text})
    quotes = find_quotes(documents, split_sentences(documents)).sort("start")
    return [(text[q["start"]:q["end"]], text[q["via_start"]:q["via_end"]] if q["via_start"] is not None else None)
            for q in quotes.iter_rows(named=True)]


@pytest.mark.parametrize(
    "text, via",
    [
        # a day after the agency is no part of the source
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari seperti dikutip Lintas, Rabu.", "Lintas"),
        # the medium of an interview or statement is the source
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari kepada Lintas TV.", "Lintas TV"),
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari saat diwawancarai oleh media Jerman Warta Welt.", "Warta Welt"),
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari dalam keterangan tertulis, Minggu.", "keterangan tertulis"),
        # a release with the possessive clitic: the speaker's own, a medium all the same
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari dalam keterangan tertulisnya, Minggu.",
         "keterangan tertulisnya"),
        # `diambil` takes a source only with `dari` (`keputusan diambil Rina` is no source)
        ("Keputusan itu diambil Dodi. “Stok beras cukup sampai Lebaran,” kata Rina Sari.", None),
        # a person is no medium, nor a place or a day after an outlet's head
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari kepada Menteri Dodi.", None),
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari kepada media di Sukamaju, Senin.", None),
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari kepada televisi saat Lebaran.", None),
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari saat diwawancarai radio pada Senin.", None),
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari kepada televisi Senin (3/2).", None),
        ("Kepada media Direktur Lintas, Rina Sari menegaskan bahwa stok beras cukup sampai Lebaran.", None),
        # `seperti dilansir oleh X`: the name after `oleh`
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari seperti dilansir oleh Lintas.", "Lintas"),
        # bare `dilaporkan X` right after a quotation
        ("“Stok beras cukup sampai Lebaran,” ujarnya dilaporkan Lintas Warta.", "Lintas Warta"),
        # when the words were taken is no source
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari, dikutip Jumat (20/1).", None),
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari, dilansir pada Senin (3/2).", None),
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari dalam wawancara pada Sabtu (26/7/2025).", None),
        # `dari` glued to the name by a crawl that lost a space
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari dikutip dariLintas, Kamis (19/6/2025).", "Lintas"),
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari, dikutip dari Lintaspada Kamis (18/9/2025).", "Lintas"),
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari, dikutip daridetikWarta, Kamis (18/9/2025).", "detikWarta"),
        # a written medium without what follows its noun
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari dalam siaran pers yang diterima Lintas, Minggu.", "siaran pers"),
        # the source the sentence names, not what the speaker cites before it
        ("“Stok beras cukup sampai Lebaran,” katanya mengutip puisi lama itu, dilansir Lintas, Rabu (28/12).", "Lintas"),
        # a source set between the cue and `bahwa` is no part of the statement
        ("Rina Sari mengumumkan, seperti dilansir dari the Lintas Reporter, bahwa stok beras cukup sampai Lebaran.",
         "the Lintas Reporter"),
        # ... and the cue glued to the name
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari, Senin (20/10/2025) dikutiplintasNews.", "lintasNews"),
        # a capitalised cue opening the sentence of a reported statement
        ("Dilansir Lintas Warta, Rina Sari mengatakan stok beras cukup sampai Lebaran.", "Lintas Warta"),
        ("Dalam pernyataan resmi, Rina Sari mengatakan bahwa stok beras cukup sampai Lebaran.", "pernyataan resmi"),
        # the day after the source's name is no part of it, nor of the statement
        ("Rina Sari mengatakan stok beras cukup sampai Lebaran, seperti dilansir dari Lintas pada Senin (17/7).", "Lintas"),
        # what the subject cites is no source of the article's
        ("Dodi Irawan mengutip seorang sumber yang seolah mengatakan bahwa stok beras cukup sampai Lebaran.", None),
        # a date or a day glued to the name is no part of it
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari seperti dikutip Lintas Warta (30/10/2024).", "Lintas Warta"),
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari seperti dikutip dari lintasWartaRabu (22/10/2025).",
         "lintasWarta"),
        # an outlet passing on what another published: the other is the source
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari seperti dikutip detikWarta dari Lintas Review.",
         "Lintas Review"),
        # a web address keeps its dots
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari seperti dikutip Lintas.co.id, Rabu.", "Lintas.co.id"),
        # the mined cues (source_cues.tsv): `seperti dilaporkan`, an outlet after its head (`kepada kantor berita X`),
        # a channel after `via`
        ("Rina Sari mengatakan stok beras cukup sampai Lebaran, seperti dilaporkan Lintas Warta.", "Lintas Warta"),
        ("Rina Sari mengatakan kepada kantor berita Lintas bahwa stok beras cukup sampai Lebaran.", "Lintas"),
        ("Rina Sari mengatakan kepada kantor berita Lintas stok beras cukup sampai Lebaran.", "Lintas"),
        ("Rina Sari mengatakan dalam keterangan tertulis, stok beras cukup sampai Lebaran.", "keterangan tertulis"),
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari dalam pernyataan via media sosial Lapakgram.",
         "media sosial Lapakgram"),
        # `seperti yang dilaporkan X`: the relative `yang` before the cue
        ("Seperti yang dilaporkan Lintas Warta, Rina Sari mengatakan stok beras cukup sampai Lebaran.", "Lintas Warta"),
        # `di` before a medium head: the channel the statement was made in (a web address keeps its dots)
        ("“Stok beras cukup sampai Lebaran,” tutur Rina Sari di laman resmi klub.", "laman resmi klub"),
        ("“Stok beras cukup sampai Lebaran,” tulis Rina Sari di akun Lapakgram miliknya.", "akun Lapakgram miliknya"),
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari di situs klub (www.lintas-fc.de).", "situs klub (www.lintas-fc.de)"),
        # ... but `di media sosial` says where something circulates
        ("“Stok beras cukup sampai Lebaran,” kata Rina Sari yang videonya viral di media sosial.", None),
        # a statement read in a report, named with no comma after it: the report's source is the quote's
        ("Rina Sari menegaskan bahwa stok beras cukup sampai Lebaran menurut pernyataan Bank Lintas yang dikutip kantor "
         "berita Kabar.", "kantor berita Kabar"),
    ],
)
def test_intermediary_source(text, via):
    assert [(quote.lower(), source) for quote, source in via_of(text)] == [("stok beras cukup sampai lebaran", via)]


def test_a_source_span_never_ends_before_it_starts():
    text = "dikutip dari situs resmi Lintas: "
    assert source_bounds(text, 13, len(text)) == (13, 31)  # the colon after the name left out
    assert source_bounds(text, 32, 32) == (32, 32)  # an empty span after a colon stays empty


def test_an_article_level_source_covers_the_quotes_after_it_until_the_outlet_reports_itself():
    text = ("Seperti dilansir Lintas Warta, banjir melanda kota itu sejak Senin.\n"
            "“Air naik sangat cepat,” kata Rina Sari.\n"
            "“Kami mengungsi ke masjid,” kata Budi Santoso.\n"
            "“Bantuan sudah dikirim,” kata Camat Dodi kepada wartawan.\n"
            "“Dapur umum dibuka besok,” kata Dodi.")
    assert [via for _, via in via_of(text)] == ["Lintas Warta", "Lintas Warta", None, None]


def test_a_paragraph_break_alone_does_not_end_an_article_level_source_the_reporters_own_interview_does():
    text = ("Seperti dilansir Lintas Warta, banjir melanda kota itu sejak Senin.\n\n"
            "Rina Sari mengatakan bahwa air naik sangat cepat sejak pagi.\n\n"
            "Camat Dodi juga menjelaskan bahwa bantuan sudah dikirim ke semua desa.\n\n"
            "“Dapur umum dibuka besok,” kata Dodi saat ditemui di kantornya.\n\n"
            "Ia menambahkan bahwa relawan datang dari kota tetangga sejak Selasa.")
    assert [via for _, via in via_of(text)] == ["Lintas Warta", "Lintas Warta", None, None]


@pytest.mark.parametrize("medium, elsewhere", [("kepada KabarWarta.com", "KabarWarta.com"),
                                               ("seperti dikutip KABARWARTA", "KABARWARTA"),
                                               ("seperti dikutip KabarWartaHot", "KabarWartaHot")])
def test_the_documents_own_outlet_is_its_own_reporting_not_a_source(medium, elsewhere):
    text = f"KabarWarta.com - Banjir melanda kota itu.\n“Air naik sangat cepat,” kata Rina Sari {medium}."
    own = None if elsewhere != "KabarWartaHot" else "KabarWartaHot"  # a sister channel is a source of its own
    assert via_of(text) == [("Air naik sangat cepat", own)]
    assert via_of(text.replace("KabarWarta.com - ", "Lintas.com - ")) == [("Air naik sangat cepat", elsewhere)]


def test_a_sentence_going_back_to_an_earlier_occasion_ends_an_article_level_source():
    text = ("“Air naik sangat cepat,” kata Rina Sari seperti dilansir Lintas Warta.\n"
            "“Kami mengungsi ke masjid,” kata Rina Sari.\n"
            "Sebelumnya, Camat Dodi mengatakan bahwa bantuan sudah dikirim ke semua desa.")
    assert [via for _, via in via_of(text)] == ["Lintas Warta", "Lintas Warta", None]


def test_an_outlet_after_a_clitic_cue_is_the_articles_source_and_carries():
    text = ("“Pemerintah sebaiknya menunda impor gas,” ujarnya mengutip LINTAS, Rabu (13/9).\n"
            "“Gas bumi bukan komoditas ekspor lagi,” tegas Rina Sari.")
    assert [via for _, via in via_of(text)] == ["LINTAS", "LINTAS"]


def test_the_sentence_going_on_after_a_sources_comma_is_no_part_of_it():
    text = "Tapi, mengutip Lintas Musik, Rina Sari mengatakan bahwa stok beras cukup sampai Lebaran."
    assert via_of(text) == [("stok beras cukup sampai Lebaran", "Lintas Musik")]


@pytest.mark.parametrize(
    "opening",
    [
        # a source closing a quote, one opening a sentence with or without `seperti`, a statement's written medium
        "“Air naik sangat cepat,” kata Rina Sari, seperti dilansir Lintas Warta.",
        "Dilansir dari Lintas Warta, Senin (7/5), harga beras naik.",
        "Rina Sari, dalam siaran persnya, meminta warga mengungsi.",
    ],
)
def test_an_article_level_source_carries_to_the_quotes_after_it(opening):
    source = "siaran persnya" if "siaran" in opening else "Lintas Warta"
    assert via_of(opening + "\n“Kami mengungsi ke masjid,” kata Budi Santoso.")[-1] == ("Kami mengungsi ke masjid", source)


def test_an_interview_medium_is_that_quotes_own_and_ends_an_earlier_cover():
    text = ("Seperti dilansir Lintas Warta, banjir melanda kota itu sejak Senin.\n"
            "“Air naik sangat cepat,” kata Rina Sari kepada Kabar TV.\n"
            "“Kami mengungsi ke masjid,” kata Budi Santoso.")
    assert [via for _, via in via_of(text)] == ["Kabar TV", None]


def test_an_interview_medium_covers_its_speakers_next_words_in_the_paragraph_not_another_speaker_nor_paragraph():
    text = ("“Air naik sangat cepat,” kata Rina Sari kepada Kabar TV. “Kami mengungsi ke masjid,” lanjutnya. "
            "“Bantuan belum datang,” kata Budi Santoso.\n"
            "“Kami butuh selimut,” ujarnya.")
    assert [via for _, via in via_of(text)] == ["Kabar TV", "Kabar TV", None, None]
    text = "“Air naik sangat cepat,” kata Rina Sari kepada Kabar TV.\n“Kami mengungsi ke masjid,” lanjutnya."
    assert [via for _, via in via_of(text)] == ["Kabar TV", None]


def test_a_channel_named_by_a_sentence_without_a_quote_covers_the_quotes_after_it():
    text = ("Kesiapan Rina Sari itu diungkapkannya melalui akun Lapakgram pribadinya, Minggu (10/7).\n"
            "“Saya siap hadir kalau diundang,” kata Rina.\n"
            "Ia juga mengatakan bahwa rapat itu harus terbuka bagi semua pihak.")
    assert [via for _, via in via_of(text)] == ["akun Lapakgram pribadinya"] * 2


def test_a_page_after_di_in_a_sentence_without_a_quote_covers_no_quote_after_it():
    # where something was posted or published (`di akun X`, `di laman X`) is no article-level source
    text = ("Seperti diberitakan Lintas Warta, Rina Sari akan pindah.\n"
            "Budi Santoso sempat mengirim video di akun Kicau miliknya untuk mengucapkan perpisahan.\n"
            "“Saya tidak tertarik dengan rumor itu,” kata Rina.")
    assert [via for _, via in via_of(text)][-1] == "Lintas Warta"
    text = ("Data itu diumumkan Rina Sari di laman resmi dinas, Senin.\n“Kami siap bertanding,” kata Rina.")
    assert via_of(text)[-1] == ("Kami siap bertanding", None)
    # what the speaker writes on its own account takes that account, not the article-level source
    text = ("Seperti dilansir Lintas Warta, banjir melanda kota itu sejak Senin.\n"
            "“Air naik sangat cepat,” tulis Rina Sari di akun Instagram-nya.")
    assert via_of(text)[-1] == ("Air naik sangat cepat", "akun Instagram-nya")


def test_a_channel_of_one_quote_covers_no_other_quote():
    text = ("“Saya menyesalkan kematian warga itu,” kata Rina Sari dalam pernyataan via media sosial Lapakgram.\n"
            "Dodi Irawan mengatakan bahwa polisi sudah menahan dua orang tersangka.")
    assert [via for _, via in via_of(text)] == ["media sosial Lapakgram", None]


def test_a_posts_source_is_the_platform_it_was_posted_on_not_the_post_alone():
    text = ("“Pendaftaran dibuka Senin,” ujar Dinas Pendidikan dalam unggahan di Lapakgram @disdik, Sabtu (6/9).\n"
            "“Kami siap berunding,” kata Rina Sari melalui unggahan di akun Kicau miliknya.\n"
            "“Stok cukup,” kata Budi Santoso dalam keterangan tertulis di Sukamaju.\n"
            "“Harga turun,” kata Dodi Irawan dalam sebuah unggahan di Lapakgram.")
    assert [via for _, via in via_of(text)] == ["unggahan di Lapakgram", "unggahan di akun Kicau",
                                                "keterangan tertulis", "sebuah unggahan di Lapakgram"]


def test_a_source_closing_what_came_before_covers_no_quote_after_it():
    text = ("Banjir melanda kota itu sejak Senin. Demikian seperti dikutip kantor berita Lintas Warta.\n"
            "“Air naik sangat cepat,” kata Rina Sari.")
    assert [via for _, via in via_of(text)] == [None]


def test_a_closing_source_covers_the_statements_before_it_in_its_paragraph():
    text = ("Kelompok itu menyatakan tidak akan pernah menyerah selama blokade berlanjut. Demikian dilaporkan kantor "
            "berita Lintas.\n“Kami siap berunding,” kata Rina Sari.")
    assert [via for _, via in via_of(text)] == ["kantor berita Lintas", None]


def test_a_sentence_pointing_back_names_the_interview_of_the_statements_before_and_after_it():
    text = ("Rina Sari mengatakan bahwa stok beras cukup sampai Lebaran. Itu disampaikan Rina kepada Kabar TV.\n"
            "“Kami siap berunding,” kata Rina Sari.")
    assert [via for _, via in via_of(text)] == ["Kabar TV", "Kabar TV"]
    text = "Rina Sari mengatakan bahwa stok beras cukup sampai Lebaran.\nItu disampaikan Rina kepada Kabar TV."
    assert [via for _, via in via_of(text)] == [None]


def test_a_continued_quotation_keeps_the_source_of_the_quote_it_continues():
    text = ("“Kami mendengar suara keras dari arah panggung,” kata Lukas Pratama, dikutip Lintas Warta.\n"
            "“Semua orang berlari ke pintu keluar.”")
    assert [via for _, via in via_of(text)] == ["Lintas Warta", "Lintas Warta"]


def test_a_source_after_a_quote_of_several_sentences_takes_over_from_an_earlier_one():
    text = ("Mengutip Kabar Pagi, banjir melanda kota itu sejak Senin.\n"
            "“Air naik sangat cepat. Kami tidak sempat menyelamatkan barang,” kata Rina Sari, seperti dilansir Lintas Warta.\n"
            "“Kami mengungsi ke masjid,” ujarnya.\n"
            "“Dapur umum dibuka besok,” kata Budi Santoso.")
    assert [via for _, via in via_of(text)] == ["Lintas Warta", "Lintas Warta", "Lintas Warta"]


@pytest.mark.parametrize(
    "text",
    [
        # a back-reference to earlier reporting names no source
        "Diberitakan sebelumnya, banjir melanda kota itu sejak Senin.\n“Air naik sangat cepat,” kata Rina Sari.",
        # nor does what a speaker cites (`mengutip data ...`), nor words inside a quotation
        "Dodi mengutip data dari Dinas Sosial yang menyebut banjir terjadi tiap tahun.\n“Air naik sangat cepat,” kata Rina Sari.",
        "“Bibit kami diambil dari Lintas Warta,” ujar Dodi Irawan kepada warga.\n“Air naik sangat cepat,” kata Rina Sari.",
        # bare `dilaporkan` with no quotation before it is a report to someone, not a citation; a preposition opens none
        "Pedagang itu dilaporkan Budi Santoso ke Polres Sukamaju.\n“Air naik sangat cepat,” kata Rina Sari.",
        "“Saya tidak bersalah,” ujar pedagang yang dilaporkan ke Polres Sukamaju itu.\n“Air naik sangat cepat,” kata Rina Sari.",
        # a source's name ends with its paragraph (a crawl that lost the name)
        "Banjir surut.\nSeperti dikutip dari\n\nDodi Irawan mengatakan banjir datang.\n“Air naik sangat cepat,” kata Rina Sari.",
    ],
)
def test_no_source_covers_the_quotes_after_it(text):
    assert via_of(text)[-1] == ("Air naik sangat cepat", None)


def test_a_quote_naming_a_source_of_its_own_ends_an_earlier_cover():
    text = ("Seperti dilansir Lintas Warta, banjir melanda kota itu sejak Senin.\n"
            "Rina Sari mengatakan air naik sangat cepat, menurut laporan media Kabar.\n"
            "“Kami mengungsi ke masjid,” kata Budi Santoso.")
    assert [via for _, via in via_of(text)] == ["laporan media Kabar", None]


def test_an_outlet_the_corpus_cites_is_an_interviews_medium_without_a_news_word():
    # the name comes from the mined list itself (cited_sources.txt), one with no news-medium word in it
    from transforms.lexicon import word_set
    from transforms.quotes.context import CITED_SOURCES
    media = word_set("media_words.txt")
    outlet = next(" ".join(w.capitalize() for w in name) for name in sorted(CITED_SOURCES)
                  if len(name) == 2 and not set(name) & media and name[0].isalpha())
    assert via_of(f"“Air naik sangat cepat,” kata Rina Sari kepada {outlet}.") == [("Air naik sangat cepat", outlet)]
    assert via_of("“Air naik sangat cepat,” kata Rina Sari kepada Budi Santoso.") == [("Air naik sangat cepat", None)]


@pytest.mark.parametrize(
    "opening",
    [
        "Kantor berita Lintas melaporkan, Rina Sari mengatakan bahwa banjir melanda kota itu sejak Senin.",
        "Menurut laporan kantor berita Lintas, Rina Sari mengatakan bahwa banjir melanda kota itu sejak Senin.",
        "Namun menurut kantor berita Lintas, Rina Sari mengatakan bahwa banjir melanda kota itu sejak Senin.",
    ],
)
def test_an_outlet_reporting_relays_the_statement_inside_and_carries(opening):
    # the outlet is no speaker: the cue inside reports the statement, and the outlet covers the quotes after it
    assert via_of(opening + "\n“Kami mengungsi ke masjid,” kata Budi Santoso.") == [
        ("banjir melanda kota itu sejak Senin", "Lintas"), ("Kami mengungsi ke masjid", "Lintas")]


def test_a_person_according_to_whom_someone_said_something_is_no_outlet():
    text = "Menurut Tono Raharjo, Rina Sari mengatakan bahwa banjir melanda kota itu sejak Senin."
    [(statement, via)] = via_of(text)
    assert statement.startswith("Rina Sari mengatakan") and via is None  # Tono's statement, not Rina's relayed


def test_an_outlet_reporting_its_own_finding_is_no_intermediary_of_it():
    assert via_of("Kantor berita Lintas melaporkan bahwa banjir melanda kota itu sejak Senin.") == [
        ("banjir melanda kota itu sejak Senin", None)]


def test_a_closing_report_ends_the_statement_and_covers_it():
    assert via_of("Rina Sari mengatakan banjir melanda kota itu sejak Senin, demikian kantor berita Lintas melaporkan.") == [
        ("banjir melanda kota itu sejak Senin", "Lintas")]


@pytest.mark.parametrize(
    "text",
    [
        "Menurut laporan media Jepang, Rina Sari mengatakan bahwa banjir melanda kota itu sejak Senin.",  # a place
        "Polisi melaporkan, Rina Sari mengatakan bahwa banjir melanda kota itu sejak Senin.",  # no outlet
    ],
)
def test_a_report_by_a_place_or_a_body_names_no_source(text):
    assert [via for _, via in via_of(text)] == [None]


@pytest.mark.parametrize(
    "cue, via",
    [
        ("Dalam sebuah wawancara dengan Lintas Warta,", "Lintas Warta"),  # a determiner
        ("Dalam wawancaranya bersama Lintas Warta,", "Lintas Warta"),  # the clitic
        ("Dalam sebuah wawancara dengan Tono Raharjo di acara radio,", None),  # a show's host, a person
    ],
)
def test_interview_frames_with_a_determiner_or_the_clitic_name_the_medium(cue, via):
    assert via_of(f"{cue} Rina Sari menegaskan bahwa banjir melanda kota itu sejak Senin.") == [
        ("banjir melanda kota itu sejak Senin", via)]


def test_a_statement_named_with_a_determiner_is_its_medium():
    assert via_of("“Air naik sangat cepat,” kata Rina Sari dalam sebuah pernyataan.") == [
        ("Air naik sangat cepat", "sebuah pernyataan")]


@pytest.mark.parametrize(
    "text",
    [
        "Tono sebelumnya diberitakan ditangkap polisi Sukamaju.",  # a cue of news, then what happened
        "Rina Sari mengatakan, judul lagu itu diambil dari pantai di Sukamaju tempatnya tinggal.",  # what it was taken from
        "Rina Sari mengatakan, tuduhan yang diberitakan Lintas Warta sama sekali tidak berdasar.",  # inside the statement
    ],
)
def test_no_source_after_a_verb_a_thing_or_inside_a_statement(text):
    assert via_of(text + "\n“Kami mengungsi ke masjid,” kata Budi Santoso.")[-1] == ("Kami mengungsi ke masjid", None)


def test_a_source_opening_the_sentence_of_a_statement_still_carries():
    text = ("Dikutip dari laman Lintas, menurut dokter Rina Sari, banyak anak muda sudah mengalami nyeri sendi.\n"
            "“Kami mengungsi ke masjid,” kata Budi Santoso.")
    assert via_of(text)[-1] == ("Kami mengungsi ke masjid", "laman Lintas")


def test_a_clause_quoting_something_names_no_outlet_without_a_name():
    assert via_of("Tono diduga menyindir ayahnya, karena beberapa kali mengutip kalimat bijak tanpa sumber.") == []
