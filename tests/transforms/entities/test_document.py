"""Mentions found and typed inside one document (and resolved as the collection would), one small invented text per case."""

import polars as pl
import pytest

from tests.transforms.entities import entity_of, extract, typed_names
from transforms.entities.context import DocumentContext, Mention
from transforms.entities import document
from transforms.entities.document import _release_marker, club_form_key, document_mentions
from transforms.entities.vocabulary import STRONG, normalise_key


@pytest.mark.parametrize(
    "text, expected",
    [
        # titles and roles before names
        ("Menteri Luar Negeri Ratna Wulandari mengatakan kerja sama itu penting.", {("Ratna Wulandari", "PERSON")}),
        ("Wakil Perdana Menteri Pertama Ivan Petrenko hadir di sana.", {("Ivan Petrenko", "PERSON")}),
        ("Hadir pula Atase Rinaldo Sutejo kemarin.", {("Rinaldo Sutejo", "PERSON")}),  # a diplomatic rank
        ("Hal ini juga ditegaskan Rinaldo Tan, Partner Kestrel Ventures.", {("Rinaldo Tan", "PERSON"), ("Kestrel Ventures", "ORG")}),
        ("Ajun Komisaris Besar Dedi Kurnia memimpin penangkapan.", {("Dedi Kurnia", "PERSON")}),
        ("Mensos Rina Wulandari dan Wapres Budi Hartono meninjau banjir.", {("Rina Wulandari", "PERSON"), ("Budi Hartono", "PERSON")}),
        ("Presiden Chile Mateo Rojas tiba kemarin.", {("Chile", "LOC"), ("Mateo Rojas", "PERSON")}),
        # a portfolio's word, then a word the open NER sets' people's names open with: the holder's name opens there
        ("Turut hadir Menteri Perhubungan Ahmad Sentosa Wonoto kemarin.", {("Perhubungan", "ORG"), ("Ahmad Sentosa Wonoto", "PERSON")}),
        ("Turut hadir Menteri Perhubungan Sri Karya Halimun kemarin.", {("Perhubungan", "ORG"), ("Sri Karya Halimun", "PERSON")}),
        # and right after the title it opens the holder's whole name, no one-word body before it
        ("Kemarin Presiden Sri Karya Wonoto hadir.", {("Sri Karya Wonoto", "PERSON")}),
        # after a title, a body's acronym is its whole name: one name after it is the person, a town the body's seat
        ("Surat itu ditandatangani Ketua KPU Sarifuddin kemarin.", {("KPU", "ORG"), ("Sarifuddin", "PERSON")}),
        ("Ketua KPU Garut menerima berkas itu.", {("KPU Garut", "ORG"), ("Garut", "LOC")}),
        ("Hadir pula Direktur PT Sinarmas kemarin.", {("PT Sinarmas", "ORG")}),
        # a country's name shouted in capitals (a dateline) is the country, not an acronym
        ("Warga SWEDIA dan Norwegia menang.", {("SWEDIA", "LOC"), ("Norwegia", "LOC")}),
        # a number after a number (a score) or before vocabulary (a count) opens no name
        ("Tim itu lolos ke babak 16 Liga Nusantara setelah menang 4 - 0 Sinar Rovers.",
         {("Liga Nusantara", "ORG"), ("Sinar Rovers", "ORG")}),
        # an English honorific is a title; initials in capitals before an age are a person, title or not
        ("Acara dihadiri Mr. Zhao Kun dan Mrs. Tan Ying.", {("Zhao Kun", "PERSON"), ("Tan Ying", "PERSON")}),
        ("Tersangka MR (35) dan DR (40) ditangkap polisi.", {("MR", "PERSON"), ("DR", "PERSON")}),
        # a full name with its middle name left out is the same person
        ("Menteri Rina Dewi Lestari hadir. Kami siap, ujar Rina Lestari kepada wartawan.", {("Rina Dewi Lestari", "PERSON")}),
        # the body's head before the acronym the text defined for it is the body; another head is another body
        ("Dinas Tata Ruang (TR) meneliti. Dinas TR memproses temuan ini.", {("Dinas Tata Ruang", "ORG")}),
        ("Badan Tata Ruang (TR) meneliti. Dinas TR memproses temuan ini.", {("Badan Tata Ruang", "ORG"), ("Dinas TR", "ORG")}),
        # a place's closing word (`Park`) is no part of a person's name
        ("Pertemuan digelar di Hotel Sukabumi Grand Park kemarin.", {("Hotel Sukabumi Grand Park", "LOC")}),
        # a title's short form takes a complement as its long form does
        ("Hal itu dikatakan Sekjen Sukamaju Rudy Muliadi kemarin. Menurut Rudy, target naik.",
         {("Sukamaju", "ORG"), ("Rudy Muliadi", "PERSON")}),
        # a candidate's short form is a title, not part of the name
        ("Capres Budi Hartono dan Cawapres Rina Wulandari berkampanye.", {("Budi Hartono", "PERSON"), ("Rina Wulandari", "PERSON")}),
        ("Wagub Rina Wulandari dan Walkot Budi Hartono meninjau pasar.",
         {("Rina Wulandari", "PERSON"), ("Budi Hartono", "PERSON")}),
        # a state school's number is its name's, and the town after it the school's, not the head's person's
        ("Kepala SMAN 3 Wonotan Tono Raharjo mengatakan sekolah ditutup.",
         {("SMAN 3 Wonotan", "ORG"), ("Tono Raharjo", "PERSON")}),
        # an office between title and name
        ("Kepala Dinas Kesehatan Sleman Heru Prasetyo mengatakan vaksin tersedia.",
         {("Dinas Kesehatan Sleman", "ORG"), ("Sleman", "LOC"), ("Heru Prasetyo", "PERSON")}),
        ("Kepala Badan Antariksa Nusantara Ilham Hakim membuka acara.",
         {("Badan Antariksa Nusantara", "ORG"), ("Ilham Hakim", "PERSON")}),
        # three name words after an office are the person's, unless the first is a town, a given name follows
        # it, or the document writes it again (the body's word); a given name after a title opens the name
        ("Kepala Dinas Pariwisata Ravita Dalau Mesrak membuka acara.", {("Ravita Dalau Mesrak", "PERSON")}),
        ("Rapat itu dipimpin Presiden Bambang Sutejo Wiryo kemarin.", {("Bambang Sutejo Wiryo", "PERSON")}),
        # initials written with dots hold a name together; they are no acronym of an office
        ("Hal itu dikatakan Rina A.B. Sutejo kepada wartawan.", {("Rina A.B. Sutejo", "PERSON")}),
        # organisation heads and acronyms defined in the text
        ("Dewan Ekonomi Nasional (DEN) merilis laporan. DEN menilai ekonomi tumbuh.", {("Dewan Ekonomi Nasional", "ORG")}),
        ("Laporan itu dibahas di Komisi Pemberantasan Narkoba Daerah.", {("Komisi Pemberantasan Narkoba Daerah", "ORG")}),
        # a body whose name lists its portfolios is one organisation; a list of bodies or people is not
        ("Menurut Badan Meteorologi, Klimatologi, dan Geofisika, hujan turun.",
         {("Badan Meteorologi, Klimatologi, dan Geofisika", "ORG")}),
        ("Rapat dihadiri Kementerian Keuangan, Bank Indonesia, dan OJK.",
         {("Kementerian Keuangan", "ORG"), ("Bank Indonesia", "ORG"), ("OJK", "ORG")}),
        ("Hadir pula Kepala Dinas Pendidikan, Budi Santoso, dan Rina Sari.",
         {("Dinas Pendidikan", "ORG"), ("Budi Santoso", "PERSON"), ("Rina Sari", "PERSON")}),
        # place heads, upper and lower case
        ("Warga berkumpul di tepi Sungai Ciliwung dekat Bandara Kertajati.",
         {("Sungai Ciliwung", "LOC"), ("Bandara Kertajati", "LOC")}),
        ("Massa berkumpul di alun-alun Gatot Sumarno sejak pagi.", {("alun-alun Gatot Sumarno", "LOC")}),
        ("Penjualan di pasar PC naik.", {("PC", "ORG")}),  # capitals after a place head in lower case: no place's name
        # countries, short forms and foreign forms
        ("Korut kembali menguji rudal, kata pejabat Korsel.", {("Korut", "LOC"), ("Korsel", "LOC")}),
        # US states are places; an English article opens no person's name
        ("Badai melanda Louisiana dan Texas.", {("Louisiana", "LOC"), ("Texas", "LOC")}),
        ("Laga melawan The Citizens berakhir imbang.", {("The Citizens", "ORG")}),
        # states by their form of government
        ("Balapan berikutnya digelar di Republik Ceko pekan depan.", {("Republik Ceko", "LOC")}),
        # news agencies and parties by the names the press uses
        ("Kabar itu dikutip dari Yonhap dan dibantah Demokrat.", {("Yonhap", "ORG"), ("Demokrat", "ORG")}),
        # a direction completes a place's name; set phrases and particles are not names
        ("Banjir melanda Jakarta Pusat sejak pagi.", {("Jakarta Pusat", "LOC")}),
        ("Insya Allah acara digelar besok, kata Rudi Hartono.", {("Rudi Hartono", "PERSON")}),
        ("Itulah sebabnya warga protes. Inilah hasilnya.", set()),
        # an organisation's run ending with the person who speaks; a body only described is no entity
        ("Wakil Ketua Kamar Dagang Daerah Bidang Ekspor Rina W Hartati berpendapat, ekspor akan turun.",
         {("Rina W Hartati", "PERSON")}),
        # suspects' initials with an age; an acronym with a country; regional village words; no `dan` join
        ("Polisi menangkap ZUL, 20 tahun, dan HA (18) di rumahnya.", {("ZUL", "PERSON"), ("HA", "PERSON")}),
        ("Laporan itu dimuat BBC Indonesia kemarin.", {("BBC Indonesia", "ORG")}),
        ("Warga Gampong Lamteh menggelar doa bersama.", {("Gampong Lamteh", "LOC")}),
        # a place preposition before a name opening with a common given name does not make it a place
        ("Bola muntah mengarah ke Ahmad Fauzan yang langsung menendang.", {("Ahmad Fauzan", "PERSON")}),
        # an unknown word and an Indonesian town is a body of the town (`Dispenda Sidoarjo`), not a person
        ("Laga melawan Persimura Sidoarjo berakhir imbang. Petugas Dispenda Banyuwangi memeriksa warga.",
         {("Persimura Sidoarjo", "ORG"), ("Dispenda Banyuwangi", "ORG")}),
        # a unit of a body names the body (`Bidang Humas | Polda X`), its rank goes to the person; a portfolio
        # after a title and vocabulary before a body's head (`Pengolahan | PT X`) name nothing of their own
        ("Kepala Bidang Humas Polda Sukamaju Komisaris Besar Tono Raharjo mengatakan hal itu. Tono menambahkan, "
         "saksi diperiksa.", {("Polda Sukamaju", "ORG"), ("Tono Raharjo", "PERSON")}),
        ("Tersangka adalah mantan Direktur Pengolahan PT Sinar Makmur, Budi Santoso.",
         {("PT Sinar Makmur", "ORG"), ("Budi Santoso", "PERSON")}),
        ("Hal itu disampaikan Kepala Divisi Hukum dan Investigasi LKBN, Rina Sari.", {("LKBN", "ORG"), ("Rina Sari", "PERSON")}),
        # a known name opening a body's name closed by an organisation's tail word is part of it
        ("Indonesia Budget Watch mendesak polisi.", {("Indonesia Budget Watch", "ORG")}),
        # `dan` joins a body's portfolios, not two bodies
        ("Perum Sinar dan Kementerian Perhubungan meninjau pelabuhan.",
         {("Perum Sinar", "ORG"), ("Kementerian Perhubungan", "ORG")}),
        # quantities, amounts, a word capitalised only where a sentence opens, a word with its clitic, titles in
        # single quotation marks: no names
        ("Uji coba di frekuensi 28 GHz mencapai 5 Gbps di jaringan 5 G.", set()),
        ("Harga cabai turun menjadi Rp7.000 per kilogram.", set()),
        ("Kuasar itu sangat jauh. Para ahli meneliti kuasar lain.", set()),
        ("Tujuannya jelas, kata Rina Sari.", {("Rina Sari", "PERSON")}),
        ("Ia menyanyikan lagu ‘Hanya Dikau yang Bisa’ di panggung.", set()),
        ("Warga membeli Bawang Merah di pasar. Keputusan itu mengatur Penetapan Dokumen Persyaratan Pasangan Calon Presiden.",
         set()),  # capitalised vocabulary no body is named by
        # given names before a name word the text uses alone are the person's
        ("Hal senada diutarakan anggota Komisi II DPR Ahmad Rudi Hartawan. Rudi menilai aturan itu keliru.",
         {("Komisi II DPR", "ORG"), ("Ahmad Rudi Hartawan", "PERSON")}),
        # a town's name amid a body's name words is no place of its own
        ("Berkas itu dibawa penyidik Polda Sragen Jaya kemarin.", {("Polda Sragen Jaya", "ORG")}),
        # a lone common given name is a person
        ("Motor itu milik Rudi, warga desa setempat.", {("Rudi", "PERSON")}),
        ("Rapat antara KPU dan Bawaslu berlangsung alot.", {("KPU", "ORG"), ("Bawaslu", "ORG")}),
        # day and month names are not entities; a sentence's first ordinary word is not a name
        ("Pada Rabu (5/6/2024) kunjungan itu batal. Kunjungan berikutnya, Juni lalu, juga batal.", set()),
        # a name inside a larger name
        ("Sidang Dewan Keamanan PBB ditunda.", {("Dewan Keamanan PBB", "ORG")}),
        # a bracketed acronym spelling a body's words to the end of the run: no person's name ends it
        ("Direktur Utama PT Pembangunan Jaya Sukamaju (PJS) Rudi Hartono menyatakan, proyek selesai.",
         {("PT Pembangunan Jaya Sukamaju", "ORG"), ("Rudi Hartono", "PERSON")}),
        # a company's name the document writes after its legal form is no person's after an office
        ("PT Taru Sinar memproduksi rokok. Serikat Pekerja Taru Sinar menuntut kenaikan gaji.",
         {("PT Taru Sinar", "ORG"), ("Serikat Pekerja Taru Sinar", "ORG")}),
        # a Balinese particle opens the name after an office's place
        ("Wakil Bupati Bangli I Wayan Sukadana berharap iklim investasi membaik.",
         {("Bangli", "LOC"), ("I Wayan Sukadana", "PERSON")}),
        # a competition, then a club in one run: two names; a competition's own name stays whole, its place no mention
        ("Klub Liga Primer Inggris Rovano United membeli pemain itu.",
         {("Liga Primer Inggris", "ORG"), ("Rovano United", "ORG")}),
        ("Klub League Two Opole City menang tipis.", {("League Two", "ORG"), ("Opole City", "ORG")}),
        ("Musim Liga Indonesia Baru bergulir pekan depan.", {("Liga Indonesia Baru", "ORG")}),
        # a body's leadership, team or office before the body's own name: the body
        ("Pimpinan Komisi II DPRS menolak usul itu.", {("Komisi II DPRS", "ORG")}),
        # a club's word opening a sentence before a proper name opens the club's name; before vocabulary, no name
        ("Real Sukamaju menang atas tim tamu.", {("Real Sukamaju", "ORG")}),
        ("Real estat tumbuh pesat tahun ini.", set()),
        # ... and before a club's name a club's word opens or closes (a list's item opening with the team's word)
        ("3. Tim Wonotan United dikenakan sanksi denda.", {("Wonotan United", "ORG")}),
        ("Ia mendatangi Kantor Badan Pangan Sukamaju kemarin.", {("Badan Pangan Sukamaju", "ORG")}),
        ("Tim BPSM menggeledah rumah itu.", {("BPSM", "ORG")}),
        # unless the words after it are the team's or the office's own name
        ("Kantor Urusan Haji dibuka kemarin.", {("Kantor Urusan Haji", "ORG")}),
        ("Pimpinan Pusat Jamiyah Sukamaju menyatakan sikap.", {("Pimpinan Pusat Jamiyah Sukamaju", "ORG")}),
        # treaties and programmes are not entities, but the places in them are
        ("Perjanjian Persahabatan dan Kerja Sama Tahun 1999 diperbarui.", set()),
        ("Deklarasi Jenewa diteken kemarin.", {("Jenewa", "LOC")}),
        # after a title that governs a place, the place then the name, even a one-word name
        ("Sekretaris Daerah Banyuwangi Mujiono mengatakan, semua aman.", {("Banyuwangi", "LOC"), ("Mujiono", "PERSON")}),
        ("Camat Grogol Selatan Asep Subahan meninjau banjir.", {("Grogol Selatan", "LOC"), ("Asep Subahan", "PERSON")}),
        # a surname quoted alone does not cut the given name off
        ("Menteri Tjahyo Kumala meninjau pasar. “Pasar tetap buka,” ujar Kumala.", {("Tjahyo Kumala", "PERSON")}),
        # `Akbar` and `Amin` are names, except inside a religious formula
        ("Ketua asosiasi Rizal Akbar Hasibuan hadir. “Allahu Akbar,” seru jemaah.", {("Rizal Akbar Hasibuan", "PERSON")}),
        # a title quoted alone (`kata Presiden`) does not cut a longer title (`Wakil Presiden`)
        ("Wakil Presiden Sudarmo Hadi membuka rapat. “Kita mulai,” kata Presiden.", {("Sudarmo Hadi", "PERSON")}),
        # academic degrees after a name are no part of it, nor names of their own
        ("Menurut psikolog Rina Kusuma, M.Psi., anak perlu didampingi.", {("Rina Kusuma", "PERSON")}),
        # a specialist's degree written with a space after its dot, and a surgeons' fellowship, are no names
        ("Kepala dinas itu, dr. Hengky Setyanto Sp. B, FINACS, FICS, mengatakan kapal bersih.",
         {("Hengky Setyanto", "PERSON")}),
        ("Menurut dokter spesialis dr Samsul Hadi SpPD, stok menipis.", {("Samsul Hadi", "PERSON")}),
        # a rank closing a run: the name comes after the bracket; a rank inside a run: the name after it
        ("Kepala Basarnas Marsekal Madya (Purn) Heru Santoso tiba.", {("Basarnas", "ORG"), ("Heru Santoso", "PERSON")}),
        ("Komandan Resimen 099/Baladewa Brigadir Jenderal Dedi HP Purba menegaskan, pasukan siaga.",
         {("Baladewa", "ORG"), ("Dedi HP Purba", "PERSON")}),
        ("Kepala Polresta Kendari Ajun Komisaris Besar Yusuf Arif mengatakan, jalan ditutup.",
         {("Polresta Kendari", "ORG"), ("Kendari", "LOC"), ("Yusuf Arif", "PERSON")}),
        # a town between name words is part of the name
        ("Sinta Sari Lorena Wibisono, pemilik usaha, hadir.", {("Sinta Sari Lorena Wibisono", "PERSON")}),
        # numbering is never part of a name; a ship or train by its acronym is no entity
        ("Aturan itu tertuang dalam Peraturan Ketua Satgas Nasional Nomor 4.", set()),
        ("Mereka bersepeda ke Stadion Gelora Bung Tomo.", {("Stadion Gelora Bung Tomo", "LOC")}),
        # a one-word name described after the comma is a person; `warga X` is a place
        ("Masih di Jakarta, Sukarni, warga Cilandak, mengatakan banjir surut.",
         {("Jakarta", "LOC"), ("Sukarni", "PERSON"), ("Cilandak", "LOC")}),
        # (the title's portfolio, vocabulary alone, names no body)
        ("Dedy, Kepala Regu Pemadam, menuturkan, selang tidak mengalirkan air.", {("Dedy", "PERSON")}),
        # after a title that governs a place, a place with its direction is the place, not a person
        ("Wali kota membenarkan penonaktifan Lurah Grogol Selatan itu.", {("Grogol Selatan", "LOC")}),
        ("Penumpang KM Sinar Bahari selamat. Bus PO Sinar Abadi tiba.", {("PO Sinar Abadi", "ORG")}),
        # an office in a run after a title: the name the document quotes alone starts the person
        ("Corporate Secretary KCI Nadia Purba berharap layanan naik. “Kami siap,” kata Nadia.",
         {("KCI", "ORG"), ("Nadia Purba", "PERSON")}),
        # a company named after its owner stays one name: the owner quoted alone does not cut it
        ("Sinta Maharani Lubis, Direktur PT Sinta Maharani Group, hadir. “Kami siap,” kata Sinta.",
         {("Sinta Maharani Lubis", "PERSON"), ("PT Sinta Maharani Group", "ORG")}),
        # an Indonesian town alone stays a place even when a phrase read as a person starts with it
        ("Kemarin Depok Sumbada menang. Warga Depok bangga.", {("Depok Sumbada", "PERSON"), ("Depok", "LOC")}),
        # a town two clubs of the document are named after is neither club
        ("Kemarin Opole City menang atas Opole United. Warga Opole bangga.",
         {("Opole City", "ORG"), ("Opole United", "ORG"), ("Opole", "LOC")}),
        # a head's own name follows it (`Universitas X`), unless a given name closes the run
        ("Dosen Universitas Pelita Harapan, Rimba Santoso, menyoroti hal itu.",
         {("Universitas Pelita Harapan", "ORG"), ("Rimba Santoso", "PERSON")}),
        ("Kepala Puskesmas Cibubur Yanti mengatakan stok vaksin cukup.", {("Puskesmas Cibubur", "ORG"), ("Yanti", "PERSON")}),
        # English names of bodies: tails such as `Network`, joiners such as `of`; research units
        ("Direktur Eksekutif Asia Policy Network Ratna Dewi mengatakan hal itu.",
         {("Asia Policy Network", "ORG"), ("Ratna Dewi", "PERSON")}),  # a known name opening a body's name is part of it
        ("Ia bekerja di PT House of Bamboo sejak 2010.", {("PT House of Bamboo", "ORG")}),
        ("Saham Kartana Pharmaceutical naik tajam.", {("Kartana Pharmaceutical", "ORG")}),  # the kind of business closes it
        ("Ia berbicara di World Forum on Tourism Nusantara kemarin.", {("World Forum on Tourism Nusantara", "ORG")}),
        ("Survei Litbang Harian Fajar menunjukkan hal itu.", {("Litbang Harian Fajar", "ORG"), ("Fajar", "LOC")}),
        # a rank's branch of service in brackets is no entity; the name after it is the person's
        ("Komandan Kodim Letnan Kolonel (Inf) IGN Wirawan mengatakan hal itu.", {("IGN Wirawan", "PERSON")}),
        # a ruler's number ends a name; a unit's number after an acronym does not make a person
        ("Gubernur DIY Sultan Hamengku Buwono X membuka acara.", {("DIY", "LOC"), ("Hamengku Buwono X", "PERSON")}),
        ("Direktur Utama Semen RU VI hadir.", {("Semen RU VI", "ORG")}),
        # a prayer named after a holiday is no entity
        ("Saat Salat Idul Adha di rumah, warga aman.", set()),
        # an administrative area's head word makes no person (`Kapolres Metro Kota X`), nor a place of its own
        ("Saya bersama Kapolres Metro Kota Bekasi meninjau lokasi.", {("Metro Kota Bekasi", "LOC")}),
        ("Pemerintah Kota Pekalongan menggratiskan biaya.", {("Pemerintah Kota Pekalongan", "ORG"), ("Pekalongan", "LOC")}),
        # the town after `Kota`/`Kabupaten` belongs to the office even when the text names the town alone;
        # a one-word name the text uses alone after it is the person, unless the text puts it after `ke`/`di`
        ("Kepala Dinas Kesehatan Kota Garut Sri Handayani Lestari mengatakan, stok cukup. Dokter di Garut siaga.",
         {("Dinas Kesehatan Kota Garut", "ORG"), ("Garut", "LOC"), ("Sri Handayani Lestari", "PERSON")}),
        ("Sekretaris Daerah Kabupaten Wonosari Darsono mengatakan hal itu. Darsono memilih tetap di mobil.",
         {("Kabupaten Wonosari", "LOC"), ("Darsono", "PERSON")}),
        ("Warga Kabupaten Tana Toraja antusias. Wisatawan ke Toraja naik.", {("Kabupaten Tana Toraja", "LOC")}),
        # after a governor's title, a given name that is also some town's name opens the person's name
        ("Gubernur Bambang Soedirman meninjau pasar.", {("Bambang Soedirman", "PERSON")}),
        # a ministry's short form is a body, never a person's first name; a unit named by one odd word and
        # vocabulary is no person; an office holder's name follows `Title Office (ACRONYM)`, a place does not
        # a unit (`Perkebunan`) of a known ministry gives the ministry
        ("Direktur Perkebunan Kemenperin Suratman mengatakan stok cukup.",
         {("Kemenperin", "ORG"), ("Suratman", "PERSON")}),
        ("Laporan Mitigasi Bencana Alam terbit kemarin.", {("Mitigasi Bencana Alam", "ORG")}),
        ("Hal itu diakui Kepala Pos Pemantauan Gunung Lawu Pusat Kajian Vulkanologi (PKV) Wiryoatmojo.",
         {("Pos Pemantauan Gunung Lawu Pusat Kajian Vulkanologi", "ORG"), ("Wiryoatmojo", "PERSON")}),
        # a body's name goes on after its short form in brackets, named without it
        ("Truk itu melintas di Pos Lintas Batas Negara (PLBN) Wini kemarin.", {("Pos Lintas Batas Negara Wini", "ORG")}),
        # a one-word name followed by the body the person comes from is a person; a place after `dari` is not a body
        ("Reynaldo dari PT Rotan Jaya mengatakan, pesanan anjlok.", {("Reynaldo", "PERSON"), ("PT Rotan Jaya", "ORG")}),
        ("Vaksin Sinovaxa dari Tiongkok tiba kemarin.", {("Sinovaxa", "ORG"), ("Tiongkok", "LOC")}),
        # Sasak nobility before a name is part of the name (`Lalu`, data/hereditary_titles.txt; every gold set that
        # writes one keeps it); a number alone names nothing
        ("Kepala Dinas Pertanian NTB Lalu Ahmad Zaini mengatakan, panen naik.",
         {("Dinas Pertanian NTB", "ORG"), ("NTB", "LOC"), ("Lalu Ahmad Zaini", "PERSON")}),
        ("Pertumbuhan pada triwulan II naik.", set()),
        # a place's own name used alone elsewhere (`di Baiturrahim`) starts no person after the head
        ("Kepala Humas Masjid Baiturrahim Abu Sofyan menyampaikan, salat ditiadakan. Jemaah di Baiturrahim pulang.",
         {("Humas Masjid Baiturrahim", "ORG"), ("Baiturrahim", "LOC"), ("Abu Sofyan", "PERSON")}),
        # a town or region ends an office and a name of unknown words follows it
        ("Menurut prakirawan Stasiun Klimatologi Garut Yuliani Saraswati, hujan turun.",
         {("Stasiun Klimatologi Garut", "LOC"), ("Yuliani Saraswati", "PERSON")}),
        ("Juru Bicara Satuan Tugas Provinsi Maluku Benny Rerung, saat dihubungi di Ambon, mengatakan, tes berjalan.",
         {("Satuan Tugas Provinsi Maluku", "ORG"), ("Maluku", "LOC"), ("Benny Rerung", "PERSON"), ("Ambon", "LOC")}),
        # a lower-case role before a name of two words or more: a person (`penyanyi X Y`); after a role, a town
        # opens the office and the name follows (`direktur olahraga Wolfsburg Olaf Rebbe`)
        ("Lagu baru penyanyi Kirana Bintang dirilis kemarin.", {("Kirana Bintang", "PERSON")}),
        ("Hal itu disampaikan direktur olahraga Bremen Jonas Falke kepada wartawan.",
         {("Bremen", "LOC"), ("Jonas Falke", "PERSON")}),
        # a unit head's short title (`Kanit`); a lone letter names nothing unless an age marks a suspect
        ("Kanit Reskrim Polsek Cibodas, AKP Darto Wibowo, membenarkan hal ini.",
         {("Polsek Cibodas", "ORG"), ("Darto Wibowo", "PERSON")}),  # a unit of the body: the body is named
        ("Saldo kas daerah Rp 990 M, sedangkan tersangka S (30) ditahan.", {("S", "PERSON")}),
        # a place inside a body's name keeps its direction (`Polres Jakarta Barat` holds `Jakarta Barat`)
        ("Kasus itu diserahkan ke Polres Jakarta Barat kemarin.", {("Polres Jakarta Barat", "ORG"), ("Jakarta Barat", "LOC")}),
        # units and centres inside an office are bodies, not people (`Humas`, `Pusat ...`)
        ("Kepala Humas dan Protokol Bandara Sentani Yohanes Kamo menyampaikan, jadwal normal.",
         {("Bandara Sentani", "LOC"), ("Yohanes Kamo", "PERSON")}),
        ("Kepala Pos Pengamatan Gunung Lawu Pusat Kajian Vulkanologi Sutarno menyebut, gempa itu kecil.",
         {("Pos Pengamatan Gunung Lawu Pusat Kajian Vulkanologi", "ORG"), ("Sutarno", "PERSON")}),
        # `Pusat` is a direction after a place: no body listing its portfolios; after a body's acronym, its
        # central board, and the name after it a person's
        ("Warga di Jakarta Pusat, Jakarta Utara, dan Jakarta Barat menerima bantuan.",
         {("Jakarta Pusat", "LOC"), ("Jakarta Utara", "LOC"), ("Jakarta Barat", "LOC")}),
        ("Ketua Masyarakat Pangan Indonesia (MPI) Pusat Hendra Wijaya, Senin, menjelaskan, stok aman.",
         {("Masyarakat Pangan Indonesia", "ORG"), ("Hendra Wijaya", "PERSON")}),
        # a body's acronym defined in the text opens its name, it is no person's initials
        ("Sikap itu diambil Pengurus Besar (PB) Alwashliyah. Menurut PB Alwashliyah, zakat disalurkan.",
         {("Pengurus Besar Alwashliyah", "ORG")}),  # the body's name goes on after its short form in brackets
        # after a company's own name, a one-word name the document quotes alone is the person
        ("PT Bumitama membangun jembatan. Direktur Logistik dan Infrastruktur Bumitama Suharjo menambahkan, stok aman. "
         "Suharjo memastikan hal itu.",
         {("PT Bumitama", "ORG"), ("Infrastruktur Bumitama", "ORG"), ("Suharjo", "PERSON")}),  # `Logistik`: a portfolio
        # a rank then a hereditary title: the office ends before them, the rank is the holder's title, the hereditary
        # title part of the name
        ("Kabid Humas Polda Sukamaju Raya Komisaris Besar Raden Tono Raharjo mengatakan hal itu.",
         {("Polda Sukamaju Raya", "ORG"), ("Raden Tono Raharjo", "PERSON")}),
        ("Laga digelar di Parc des Lumieres kemarin.", {("Parc des Lumieres", "LOC")}),  # a French particle inside a name
        # a company and its chief both quoted alone: the chief's given name opens the person
        ('Layanan Kirimaja mengumumkan pendanaan baru. CEO Kirimaja Tomi Hartono menekankan hal itu. "Kami siap," kata Tomi.',
         {("Kirimaja", "ORG"), ("Tomi Hartono", "PERSON")}),
        # a club named like a given name, written apart from the player elsewhere: the club, then the player
        ("Ia adalah pemain Kendra Diego Marquez. Klub itu mengincar Diego Marquez. Kendra kalah.",
         {("Kendra", "ORG"), ("Diego Marquez", "PERSON")}),
        # a regency of two words after its regent's title, then a one-word name
        ("Hal itu disampaikan Bupati Musi Banyuasin Sutarno kemarin.", {("Musi Banyuasin", "LOC"), ("Sutarno", "PERSON")}),
        # a force of the armed forces is one body, not the forces and an acronym (data/known_names.tsv)
        ("Petugas TNI AL berjaga di dermaga.", {("TNI AL", "ORG")}),
        # a town of the gazetteer other countries' lists name people after, then its country: two places
        ("Penyanyi itu tinggal di Virginia Amerika Serikat kemarin.", {("Virginia", "LOC"), ("Amerika Serikat", "LOC")}),
        # a town the gazetteer knows whole after its level, though it ends with a province's name
        ("Banjir melanda Kota Bandar Lampung kemarin.", {("Kota Bandar Lampung", "LOC")}),
        # four name words at most after the office: the person opens after the country, never inside its name
        ("Pemimpin Korea Utara Ri Chol Su bertemu pejabat itu.", {("Korea Utara", "LOC"), ("Ri Chol Su", "PERSON")}),
    ],
)
def test_mentions_and_types(text, expected):
    assert typed_names(text) == expected


@pytest.mark.parametrize("text, person", [
    # a given name that is also an ordinary word (`setia`) would otherwise join the place
    ("Hal itu diutarakan Bupati Gresik Setia Halim Wijaya. Setia mengatakan, pasar ditutup.", "Setia Halim Wijaya"),
    ("Menurut Menteri Desa, Pembangunan Daerah, dan Transmigrasi Abdul Karim Lubis, dana cair. “Ini penting,” kata Abdul Karim.",
     "Abdul Karim Lubis"),
])
def test_a_name_the_text_quotes_alone_marks_where_the_person_starts_after_an_office(text, person):
    people = {name for name, type_ in typed_names(text) if type_ == "PERSON"}
    assert people == {person}


def test_one_name_after_a_portfolio_quoted_alone_is_the_persons_whole_name():
    names = typed_names("Menteri Pertanian dan Perikanan Sudarsono menegaskan hal itu. “Aturan berlaku,” kata Sudarsono.")
    assert ("Sudarsono", "PERSON") in names and not any("Sudarsono" in name for name, type_ in names if type_ != "PERSON")


@pytest.mark.parametrize("text, body, holder", [
    # the body's own name runs to the comma: its last word is no person
    ("Hal itu disampaikan Ketua Yayasan Karya Bumi Lestari, Tono Raharjo, kemarin.", "Yayasan Karya Bumi Lestari", "Tono Raharjo"),
    ("Uang itu diberikan Direktur Utama PT Sinar Wibowo, Rina Hartati, kepada pejabat.", "PT Sinar Wibowo", "Rina Hartati"),
    # after a portfolio in vocabulary, the body is read alone
    ("Direktur Riset SurveiKita, Tono Raharjo, mengatakan skor naik.", "SurveiKita", "Tono Raharjo"),
])
def test_an_office_whose_holder_follows_after_a_comma_holds_no_person(text, body, holder):
    names = typed_names(text)
    assert {name for name, type_ in names if type_ == "PERSON"} == {holder}
    assert (body, "ORG") in names


@pytest.mark.parametrize("text", [
    # the document writes the surname alone: the office's last words are a person after all
    "Ketua Yayasan Karya Bumi Lestari Budi Wibowo, Tono Raharjo, diperiksa. Wibowo membantah.",
    # names listed after the comma are no apposition
    "Hadir Ketua Yayasan Karya Bumi Lestari Budi Wibowo, Tono Raharjo, Rina Hartati, dan warga.",
])
def test_a_name_after_a_comma_leaves_the_person_ending_an_office_where_it_is_no_holder(text):
    people = {name for name, type_ in typed_names(text) if type_ == "PERSON"}
    assert any(name.endswith("Budi Wibowo") for name in people)

def test_short_forms_join_the_full_name_of_the_document():
    entities, mentions = extract("Menteri Pertanian Agus Wibisono meninjau sawah. Wibisono mengatakan panen naik. Agus juga hadir.")
    assert set(entities["name"]) == {"Agus Wibisono"}
    assert mentions.height == 3


def test_the_first_words_of_a_full_name_read_weakly_as_a_thing_are_that_person():
    # `Wonsa Apik` alone reads as a thing's name (two words ending in vocabulary); the document writes it whole first
    entities, mentions = extract('"Kami siap membiayai distributor," ujar Direktur Kelembagaan Wonsa Apik Tarrowijaya, '
                                 "Jumat (16/6).\n\nMenurut Wonsa Apik, pembiayaan itu naik.")
    assert set(entities.select("name", "type").iter_rows()) == {("Wonsa Apik Tarrowijaya", "PERSON")}
    assert entity_of(mentions, "Wonsa Apik") == entity_of(mentions, "Wonsa Apik Tarrowijaya")


def test_a_body_read_as_the_first_words_of_a_person_the_document_names_alone_too_is_no_part_of_him():
    # `pemain Persimaju Kediri Rino Wonfarta` read as one name: the body before the person the text writes alone
    _, mentions = extract("Pemain Persimaju Kediri Rino Wonfarta mencetak gol. Rino Wonfarta senang. "
                          "Persimaju Kediri kini memimpin klasemen.")
    assert entity_of(mentions, "Persimaju Kediri") != entity_of(mentions, "Persimaju Kediri Rino Wonfarta")


def test_a_short_form_goes_to_the_most_recent_fitting_full_name():
    _, mentions = extract(
        "Dalam acara itu hadir Park Jae Won dan ayahnya, Park Jae Sung. Park Jae Won berpidato. "
        "Park Jae Won lalu pergi, dan Park menyapa warga."
    )
    last = mentions.sort("start").row(-1, named=True)
    full = mentions.filter(pl.col("text") == "Park Jae Won")["entity_id"][0]
    assert last["text"] == "Park" and last["entity_id"] == full


def test_a_word_quoted_alone_that_follows_a_head_starts_no_person():
    # `Bumi menyatakan` quotes the company; `Internasional` closes the company's name
    names = typed_names("PT Kilang Bumi Internasional menutup tangki. Direktur Utama PT Kilang Bumi Internasional "
                        "Sutrisno Hadi berangkat. Bumi menyatakan, api padam.")
    assert {("PT Kilang Bumi Internasional", "ORG"), ("Sutrisno Hadi", "PERSON")} <= names


@pytest.mark.parametrize("text", [
    "Gubernur Bambang Soedirman meninjau pasar. Menurut Bamsoed, harga stabil.",  # the starts of two name words
    "Wali Kota Tri Handayaningsih membuka acara. “Kami siap,” kata Handa.",  # the start of one name word
    "Wali Kota Tri Sekarharini membuka acara. “Kami siap,” kata Sekar.",  # what it leaves out is no word of its own
])
def test_a_nickname_joins_the_full_name_it_shortens(text):
    entities, mentions = extract(text)
    assert entities.height == 1 and mentions.height == 2


@pytest.mark.parametrize("text, clip", [
    # a name joined to a word (`putri`, a daughter): the name alone is the parent, not a nickname of the child
    ("Ketua Umum PDI Perjuangan Rina Wiratmoputri meninjau pasar. Rina mengenang Presiden Wiratmo. Wiratmo adalah "
     "ayahnya.", "Wiratmo"),
    # two letters more make another word (a city's people, a longer name), not a clip
    ("Sukamajuer Domspalten tampil di gereja. Sukamaju menyambut paduan suara itu.", "Sukamaju"),
])
def test_a_word_that_only_opens_a_longer_word_of_a_name_is_no_nickname(text, clip):
    _, mentions = extract(text)
    assert len(entity_of(mentions, clip)) == 1
    assert entity_of(mentions, clip).isdisjoint(set(mentions.filter(pl.col("text").str.contains(" "))["entity_id"]))


def test_a_misspelt_surname_joins_the_person_it_misspells():
    entities, mentions = extract("“Ya, beliau akan datang,” ujar Direktur Jenderal Mohammad Anshor. Ashor tak menjelaskan lebih jauh.")
    assert entities["name"].to_list() == ["Mohammad Anshor"] and mentions.height == 2


def test_a_name_written_with_two_letters_swapped_joins_the_person_even_read_as_one():
    entities, mentions = extract("Kepala Desa Hartono Budiman hadir. Menurut Hatrono, warga aman.")
    assert entities["name"].to_list() == ["Hartono Budiman"] and mentions.height == 2


def test_a_company_quoted_without_its_legal_form_is_the_company():
    entities, mentions = extract("PT Karya Bumi membangun jembatan. Karya Bumi memastikan, proyek selesai.")
    assert set(entities.select("name", "type").iter_rows()) == {("PT Karya Bumi", "ORG")}
    assert mentions.height == 2


def test_a_person_s_name_a_title_reads_is_his_not_the_short_form_of_a_body_named_after_him():
    # `Rina Sari Foundation` would take `Rina Sari` alone as its short form; the office before her name says it is hers
    entities, mentions = extract("Dana mengalir lewat Rina Sari Foundation. Mantan Ketua Umum Partai Maju Rina Sari juga "
                                 "disebut. Saksi mengaku menerima uang dari Rina Sari.")
    assert set(entities.select("name", "type").iter_rows()) >= {("Rina Sari Foundation", "ORG"), ("Rina Sari", "PERSON")}
    assert len(entity_of(mentions, "Rina Sari")) == 1
    assert entity_of(mentions, "Rina Sari") != entity_of(mentions, "Rina Sari Foundation")


def test_a_word_in_brackets_after_a_person_that_shortens_another_name_is_not_his_short_name():
    # `Wonford` is the short form of `Invincible Wonford` (however that is read): the team he played for, not him
    _, mentions = extract("Juara musim itu adalah Rudi Halim (Wonford). Rudi Halim lalu pensiun. Invincible Wonford "
                          "dikenang. Di Wonford, Rudi dipuja.")
    person = set(mentions.filter(pl.col("text") == "Rudi Halim")["entity_id"])
    assert not set(mentions.filter(pl.col("text") == "Wonford")["entity_id"]) & person


@pytest.mark.parametrize("word, key, person, shortens", [
    ("Wonford", "invincible wonford", "Rudi Halim", True),  # another name's short form, nothing like his: his team
    ("Josu", "josu dan pm le", "Joko Sumanto", False),  # a headline's run opens with it, but it opens like his name
    ("Ruha", "ruha", "Rudi Halimawan", False),  # resolved to nothing else
])
def test_a_bracketed_word_another_name_holds_is_his_team_unless_it_opens_like_his_name(word, key, person, shortens):
    bracketed = Mention(0, len(word), word, "PERSON", 1, "single_word", "person_short_form", key=key)
    full = Mention(0, len(person), person, "PERSON", 2, "person_by_shape", "person_by_shape", key=person.lower())
    assert document._shortens_another_name(bracketed, full) is shortens


@pytest.mark.parametrize("short, longer, spelt", [
    ("Otorita IKS", "Otorita Ibu Kota Sukamaju", True),
    # a head of two words written as its syllables, the rest as initials
    ("Komwas HAP", "Komisi Pengawas Hak Anak Perempuan", True),
    # the place closing the longer name left out, after a head and its acronym
    ("Dinas PTR", "Dinas Pekerjaan Tata Ruang Kota Sukamaju", True),
    ("Dinas PTR", "Dinas Pekerjaan Tata Ruang Kabupaten Wonotan", True),
    # words left over that are no place, letters that run through no head, or an acronym alone
    ("Dinas PTR", "Dinas Pekerjaan Tata Ruang Sumber Daya", False),
    ("Kobwas HAP", "Komisi Pengawas Hak Anak Perempuan", False),
    ("PTR", "Pekerjaan Tata Ruang Kota Sukamaju", False),
])
def test_a_name_with_some_words_as_initials_spells_the_longer_name(short, longer, spelt):
    assert document._spells_with_initials(short.split(), longer.split()) is spelt


def test_a_ministry_s_unit_written_with_its_head_s_syllables_and_initials_is_the_unit():
    entities, _ = extract("Komisi Pengawas Hak Anak Perempuan menerima laporan. Komwas HAP menilai kasus itu serius.")
    assert entities["name"].to_list() == ["Komisi Pengawas Hak Anak Perempuan"]


def test_only_an_acronym_follows_the_name_it_took_a_key_from_when_every_mention_of_that_name_moves():
    def mention(text, type_rule, key):
        return Mention(0, len(text), text, "ORG", 1, "single_word", type_rule, key=key)
    moved = mention("Wonford Travel", "company_short_form", "pt wonford travel")
    acronym = mention("WT", "acronym_of_name", "wonford travel")
    short = mention("Travel", "person_short_form", "wonford travel")  # a person's short form of a misread name stays
    document.follow_moved_keys([moved, acronym, short], ["wonford travel", "wt", "travel"])
    assert (acronym.key, short.key) == ("pt wonford travel", "wonford travel")
    # a key some mention still holds names that mention's referent: nothing follows
    kept = mention("Wonford Travel", "organisation_tail_or_site", "wonford travel")
    other = mention("WT", "acronym_of_name", "wonford travel")
    document.follow_moved_keys([moved, kept, other], ["wonford travel", "wonford travel", "wt"])
    assert other.key == "wonford travel"


def test_an_acronym_of_a_company_s_short_name_follows_it_to_the_company():
    # `SB` takes the key of `Sinar Bumi` in brackets, which then joins `PT Sinar Bumi` in the same pass
    entities, mentions = extract("PT Sinar Bumi membangun jembatan. Saksi kasus SB (Sinar Bumi) diperiksa polisi.")
    assert set(entities.select("name", "type").iter_rows()) == {("PT Sinar Bumi", "ORG")}
    assert mentions.height == 3


@pytest.mark.parametrize("text, acronym", [
    # the name in brackets read as a place by its words, then resolved to the company: the acronym follows it
    ("PT Karya Bumi membangun jembatan. Saksi kasus KB (Karya Bumi) diperiksa. KB membantah.", "KB"),
    ("PT Cahaya Bumi membangun jembatan. Saksi kasus CB (Cahaya Bumi) diperiksa. CB membantah.", "CB"),
])
def test_an_acronym_before_its_name_in_brackets_is_that_name(text, acronym):
    entities, mentions = extract(text)
    assert set(entities.select("name", "type").iter_rows()) == {(text.split(" membangun")[0], "ORG")}
    assert mentions.filter(pl.col("text") == acronym)["type_rule"].to_list()[0] == "acronym_before_its_name"


def test_a_body_s_short_form_before_its_name_in_brackets_spelling_its_syllables_is_that_body():
    _, mentions = extract("Kerja sama itu diteken Perwoni (Persatuan Wonford Indonesia) pekan lalu. Perwoni menyambutnya.")
    assert entity_of(mentions, "Perwoni") == entity_of(mentions, "Persatuan Wonford Indonesia")


@pytest.mark.parametrize("text, expected", [
    # a name's tail met after the full name is the same person
    ("Pastor Benediktus Adi Sanjaya memimpin misa. Adi Sanjaya mengatakan, umat hadir.", [("Benediktus Adi Sanjaya", 2)]),
    # a wife named with her husband's name after him: two people
    ("Presiden Bambang Sutrisno tiba bersama Ibu Negara Ratna Bambang Sutrisno. Bambang Sutrisno lalu berpidato.",
     [("Ratna Bambang Sutrisno", 1), ("Bambang Sutrisno", 2)]),
])
def test_the_tail_of_a_full_name(text, expected):
    entities, _ = extract(text)
    assert sorted(entities.select("name", "mention_count").rows()) == sorted(expected)


def test_two_relatives_sharing_a_first_name_stay_apart():
    entities, _ = extract("Ayah Lee Min Ho, Lee Min Jae, dulu memimpin negara itu. Lee Min Ho kini berkuasa.")
    assert {"Lee Min Ho", "Lee Min Jae"} <= set(entities["name"])


def test_a_name_in_a_headline_is_found_but_headline_words_are_not():
    entities, _ = extract("Rudi Hartono Sambut Tamu dengan Karpet Merah\n\nRudi Hartono menyambut tamunya kemarin.")
    assert set(entities["name"]) == {"Rudi Hartono"}


def test_a_country_keeps_an_unfitting_acronym_out_of_its_aliases():
    entities, _ = extract("Asosiasi itu berkantor di Indonesia (APPI) sejak lama.")
    assert dict(entities.select("name", "aliases").iter_rows()).get("Indonesia") == ["Indonesia"]


def test_the_outlets_own_name_in_its_dateline_is_metadata_but_in_the_body_a_mention():
    text = "Harga naik\n\nSukamaju, KabarKota.com -- Menteri Sri Wahyuni mengatakan harga naik kepada KabarKota.com."
    _, mentions = extract(text)
    assert mentions.filter(pl.col("text") == "KabarKota.com")["start"].to_list() == [text.rindex("KabarKota.com")]


def test_a_place_s_closing_word_after_a_town_is_no_person():
    assert not {name for name, type_ in typed_names("Toko itu berlokasi di Mall Central Park Jakarta.") if type_ == "PERSON"}


def test_an_english_name_of_a_body_with_of_the_is_one_organisation_with_no_person_in_it():
    assert typed_names("Badan itu bekerja sama dengan International Committee of the Red Cross di Yaman.") == {
        ("International Committee of the Red Cross", "ORG"), ("Yaman", "LOC")}


def test_a_city_before_a_compass_word_inside_a_body_s_name_is_the_place_with_its_compass_word():
    assert ("Cilacap Selatan", "LOC") in typed_names("Pemkab Cilacap Selatan Tono Raharjo menerima bantuan.")


def test_a_person_listed_after_a_place_keeps_the_person_reading_its_speech_verb_gives():
    assert typed_names("Salah seorang warga Sukabumi, Tarjo mengaku heran.") == {("Sukabumi", "LOC"), ("Tarjo", "PERSON")}


def test_a_city_ending_an_office_is_the_office_s_place_not_a_person_after_it():
    names = typed_names("Koordinator Tim Reaksi Cepat Badan Penanggulangan Bencana Daerah Klaten hadir. Warga Klaten senang.")
    assert ("Klaten", "PERSON") not in names and ("Klaten", "LOC") in names


def test_a_reduplicated_word_with_a_spaced_hyphen_is_no_name():
    assert typed_names("Panitia tidak akan merevisi Undang - undang Nomor 30 tentang Dewan Kopi.") == {("Dewan Kopi", "ORG")}


def test_an_english_office_of_a_body_then_a_name_the_text_uses_alone_is_split_at_the_person():
    names = typed_names("“Kabin dibersihkan,” Corporate Communications Strategic of Sinar Air Group Bagas Mandala Putra. "
                        "“Udara tersedot,” kata Bagas.")
    assert ("Bagas Mandala Putra", "PERSON") in names


def test_a_country_short_form_then_a_city_is_a_club_named_after_the_city():
    assert typed_names("Penyerang AS Lublin itu mencetak gol.") == {("AS Lublin", "ORG")}
    assert ("Rina Sari", "PERSON") in typed_names("Presiden AS Rina Sari datang.")  # no city: a country, then a person


def test_a_rulers_number_after_a_given_name_is_part_of_the_name():
    assert typed_names("Ratu Clarissa II tampil di film itu.") == {("Clarissa II", "PERSON")}
    assert ("Kodam IV", "ORG") in typed_names("Kodam IV menggelar latihan.")  # a body's numbered unit


def test_a_persons_name_never_opens_inside_a_body_the_gazetteer_knows():
    names = typed_names("Hadir Ketua Pakta Pertahanan Atlantik Utara Tono Raharjo kemarin.")
    assert ("Tono Raharjo", "PERSON") in names and ("Pakta Pertahanan Atlantik Utara", "ORG") in names
    # nor does a given name that is also some town's make the person a place
    names = typed_names("Selain pegawai senior Badan Energi Atom Internasional Stella Raharjo, warga hadir.")
    assert ("Stella Raharjo", "PERSON") in names


def test_the_word_after_a_units_head_is_the_units_name_not_the_persons_first():
    names = typed_names("Ketua DPP Partai Karya Bidang Polsuka Al Rino Sasongko mengatakan itu.")
    assert ("Al Rino Sasongko", "PERSON") in names
    # a given name there opens the person's name
    assert ("Tono Raharjo Santoso", "PERSON") in typed_names("Kepala Bidang Humas Tono Raharjo Santoso datang.")


def test_a_name_the_document_writes_whole_elsewhere_ends_the_office_run_before_it():
    names = typed_names("Kiper Persimaju Sukamaju Rolando Santos tampil baik. Rolando Santos menepis tendangan.")
    assert ("Rolando Santos", "PERSON") in names and not any("Rolando" in name and name != "Rolando Santos" for name, _ in names)
    # after a body's head the name is the body's: a hospital named after a person
    assert ("RSUD Tono Raharjo", "ORG") in typed_names("Ia dirawat di RSUD Tono Raharjo kemarin. Tono Raharjo adalah pahlawan.")


def test_the_english_word_for_a_coach_is_a_title_before_the_name():
    # `Coach Rino` in one article, `Rino Sasongko` in another: one coach, no person named `Coach Rino`
    assert typed_names("Latihan dipimpin Coach Rino. Rino Sasongko puas.") == {("Rino Sasongko", "PERSON")}


def test_a_city_right_after_a_teams_role_word_is_the_citys_club():
    assert typed_names("Gol itu dicetak pemain Lublin yang baru pulih.") == {("Lublin", "ORG")}
    assert typed_names("Menurut pelatih Rina Sari, timnya siap.") == {("Rina Sari", "PERSON")}


def test_a_word_alone_in_a_list_of_people_is_a_person():
    names = typed_names("Pemain seperti Jackson Marlow, Alex Tevari, Hulkor, Oskaro, serta Carlos Tevani pindah.")
    assert {("Hulkor", "PERSON"), ("Oskaro", "PERSON")} <= names


LINEUP = ("Wonford FC menang 2-0.\n\nWonford FC (4-4-2): Marinovo; Colvey, Boxall (PG), Rojas, Smitten (Durante 68'), Wynne; "
          "Rizky Dwi Tarmo, Flores (Tuilomo 78'), Thoms; Carrillo, Barbaro.\n")


def test_every_name_of_a_teams_lineup_line_is_a_player():
    names = typed_names(LINEUP)
    # a town's or an island's word in a line-up is a player; so is a substitute in brackets
    assert {("Rojas", "PERSON"), ("Flores", "PERSON"), ("Tuilomo", "PERSON"), ("Boxall", "PERSON")} <= names
    # the role's letters in brackets name nothing; a name the reading cut in two is one player
    assert ("Rizky Dwi Tarmo", "PERSON") in names
    assert not any(name in ("PG", "Rizky", "Dwi Tarmo") for name, _ in names)
    rules = {m.text: m.type_rule for m in document_mentions(LINEUP)}
    assert rules["Rojas"] == rules["Rizky Dwi Tarmo"] == "lineup_player"


RESULTS = ("Berikut hasil kualifikasi.\n\n1. Rinaldo Tavera ESP Sukamaju Kencana (RX1) 1 m 28.3s2. Halim Wonoto FRA Wonford "
           "Racing (RX2) 1 m 28.7s\n")


def test_a_results_table_s_country_code_parts_the_athlete_before_it_from_his_team_after_it():
    mentions = {m.text: m for m in document_mentions(RESULTS)}
    for athlete in ("Rinaldo Tavera", "Halim Wonoto"):
        assert (mentions[athlete].type, mentions[athlete].type_rule) == ("PERSON", "athlete_before_country_code")
    for team in ("Sukamaju Kencana", "Wonford Racing"):
        assert (mentions[team].type, mentions[team].type_rule) == ("ORG", "team_after_country_code")
    assert not {"ESP", "FRA"} & set(mentions)


def test_one_country_s_code_after_a_name_makes_no_results_table():
    # a body's acronym may also be a country's code and follow names: one country's code, no table
    mentions = {m.text for m in document_mentions("Kader Rina Sari ESP Sukamaju hadir. Kader Budi Halim ESP Wonotan pula.")}
    assert "Rina Sari" not in mentions and "Budi Halim" not in mentions


def test_the_town_after_a_stadium_s_name_and_a_comma_is_the_place_not_the_club_named_after_it():
    entities, mentions = extract("Medan FC menang 2-0 atas Persimaju. Laga digelar di Stadion Demang Raya, Medan, "
                                 "Kamis. Pelatih Medan FC senang.")
    assert ("Medan", "LOC") in set(entities.select("name", "type").iter_rows())
    assert entity_of(mentions, "Medan") != entity_of(mentions, "Medan FC")


def test_a_person_s_name_opening_inside_a_body_s_name_the_document_writes_alone_starts_after_it():
    # the office's reading cut `Direktur Olahraga Wonford City | Paolo Saraceni` inside the club's name
    text = "Direktur Olahraga Wonford City Paolo Saraceni senang. Wonford City menang 2-0. “Kami siap,” kata Saraceni."
    entities, mentions = extract(text)
    assert ("Paolo Saraceni", "PERSON") in set(entities.select("name", "type").iter_rows())
    assert entity_of(mentions, "Wonford City") and len(set(mentions.filter(mentions["text"] == "Wonford City")["entity_id"])) == 1
    assert entity_of(mentions, "Saraceni") == entity_of(mentions, "Paolo Saraceni")


def test_the_office_s_complement_cut_inside_a_body_s_name_loses_the_body_s_words():
    # the office's reading made `Sepakbola Wonford` its complement and `City Txano Begirano` the person
    text = ("Direktur Sepakbola Wonford City Txano Begirano mengaku senang. Pada hari Kamis, City mengumumkan kontrak itu. "
            "Wonford City menang 2-0. “Kami siap,” kata Begirano.")
    texts = {m.text: m.type for m in document_mentions(text)}
    assert texts.get("Txano Begirano") == "PERSON" and "Sepakbola Wonford" not in texts
    assert text.index("Wonford City") in {m.start for m in document_mentions(text) if m.text == "Wonford City"}
    # what is left of the complement stays where it is a name (`Keuangan Sinarmas`, the office's portfolio and body)
    named = {m.text for m in document_mentions(text.replace("Sepakbola", "Keuangan Sinarmas"))}
    assert {"Keuangan Sinarmas", "Wonford City", "Txano Begirano"} <= named


def test_a_substitute_in_brackets_in_a_lineup_is_no_short_name_of_the_player_he_replaced():
    text = ("Tavera mencetak gol kedua.\n\nWonford FC (4-4-2): Marinovo; Colvey, Boxall, Rojas, Wynne; Smitten, Flores, "
            "Thoms, Carrillo; Tavera (Gaitano), Barbaro.\n")
    _, mentions = extract("Striker Diego Tavera tampil tajam. " + text)
    assert entity_of(mentions, "Gaitano") != entity_of(mentions, "Diego Tavera")


def test_a_lineup_items_hyphenated_name_and_particles_are_one_player():
    # the reading may cut a player's hyphenated name or leave its particles out: each item of the line is one player
    text = ("Wonford FC menang 2-0.\n\nWonford FC: Marinovo; Walker-Tarmo, Colvey, Van de Berga, Rojas; "
            "Ward-Sukadi, Flores, Thoms; Carrillo, Barbaro, Lomas\n")
    mentions = {m.text: m for m in document_mentions(text)}
    for name in ("Walker-Tarmo", "Van de Berga", "Ward-Sukadi", "Lomas"):
        assert (mentions[name].type, mentions[name].type_rule) == ("PERSON", "lineup_player"), name
    assert not {"Walker", "Tarmo", "Berga", "Ward", "Sukadi"} & set(mentions)


@pytest.mark.parametrize("text, name", [
    ("Menurut Teuku Rasyid Harahap, harga naik.", "Teuku Rasyid Harahap"),  # not a town's word (`Rasyid`) and a person
    ("Wakil Ketua Komisi X DPR Teuku Rasyid Harahap mengatakan harga naik.", "Teuku Rasyid Harahap"),
    ("Gubernur NTB Lalu Ahmad Zaini meninjau banjir.", "Lalu Ahmad Zaini"),
    ("Pelatih Ida Bagus Rai Astawa menilai timnya siap.", "Ida Bagus Rai Astawa"),
    ("Pangeran Wiliam dan istrinya tiba di London.", "Pangeran Wiliam"),
])
def test_a_hereditary_title_opening_a_persons_name_is_part_of_it(text, name):
    mentions = {m.text: m for m in document_mentions(text)}
    assert (mentions[name].type, mentions[name].type_rule) == ("PERSON", "hereditary_title_name")
    assert not any(other != name and other in name for other in mentions)


def test_a_hereditary_title_inside_a_longer_name_stays_the_longer_names():
    names = {m.text for m in document_mentions("Ia kuliah di Universitas Teuku Umar dan tinggal di Jalan Pangeran Dirgo.")}
    assert {"Universitas Teuku Umar", "Jalan Pangeran Dirgo"} <= names


def test_an_office_title_before_a_hereditary_title_stays_the_persons_title():
    person = next(m for m in document_mentions("Kabid Humas Kombes Raden Prabu Hartono menjelaskan.") if m.type == "PERSON")
    assert (person.text, person.title) == ("Raden Prabu Hartono", "Kombes")
    assert person.key == "prabu hartono"  # keyed as the name without it: the same person where a text leaves it out


NUMBERED_LINEUP = ("Wonford FC menang 2-0.\n\nSusunan Pemain\n\n1 Marinovo Sukadi; 21 Jember Colvey, 4 Rojas, 3 Flores, 2 Boxall; "
                   "12 Rizky Dwi Tarmo, 13 Tuilomo, 46 Thoms; 17 Carrillo, 86 Barbaro, 24 I Made Sukarta\n\n"
                   "Cadangan: 27 Dede Larosa, 28 Andri Ibo, 32 Timur Hakim, 44 Jon Tjoe, 6 Elisa Basna, 23 Prisco Wom\n")


def test_a_lineup_written_with_shirt_numbers_names_players_without_the_numbers():
    mentions = {m.text: m for m in document_mentions(NUMBERED_LINEUP)}
    # the numbers tell a line-up without a team's colon, and the substitutes' line too; a town's word is a player
    for name in ("Marinovo Sukadi", "Jember Colvey", "Rojas", "Flores", "I Made Sukarta", "Dede Larosa", "Timur Hakim"):
        assert (mentions[name].type, mentions[name].type_rule) == ("PERSON", "lineup_player"), name
    assert not any(text[0].isdigit() for text in mentions)


def test_numbered_items_of_no_names_are_no_lineup():
    text = "Rinciannya:\n- 73 SPPG Polda Jateng (33 Beroperasi), 16 SPPG Polda Jatim, 15 SPPG Polda Bali, 9 SPPG Polda NTB, 8 SPPG Polda Riau, 7 SPPG Polda Aceh\n"
    assert "lineup_player" not in {m.type_rule for m in document_mentions(text)}


@pytest.mark.parametrize("text, name, place", [
    # the marker `I` after a place is no numeral of it (`Sukamaju I`), after a role word no body's letter
    ("Bupati Sukamaju I Wayan Dirga meninjau banjir.", "I Wayan Dirga", "Sukamaju"),
    ("Menurut kiper I Made Sukarta, timnya siap.", "I Made Sukarta", None),
    ("Kepala dinas Ni Luh Sekar Ayu menjelaskan.", "Ni Luh Sekar Ayu", None),
])
def test_a_balinese_names_marker_opens_the_persons_name(text, name, place):
    mentions = {m.text: m for m in document_mentions(text)}
    assert mentions[name].type == "PERSON"
    assert not {"I", "Ni"} & set(mentions)
    if place:
        assert mentions[place].type == "LOC"


@pytest.mark.parametrize("type_, released", [("LOC", True), ("ORG", False)])
def test_only_a_place_read_through_a_balinese_marker_ends_before_it(type_, released):
    # `Sukamaju I` of `Bupati Sukamaju I Wayan Dirga` is the place and the marker; `Komisi I` keeps its numeral
    doc = DocumentContext("Ketua Sukamaju I Wayan Dirga hadir.", ())
    marker = next(i for i, t in enumerate(doc.tokens) if t.text == "I")
    doc.mentions = [Mention(6, 16, "Sukamaju I", type_, STRONG, "governed_place", "governed_place")]
    assert _release_marker(doc, marker) is released
    assert [m.text for m in doc.mentions] == ["Sukamaju" if released else "Sukamaju I"]


def test_a_line_of_few_names_after_a_colon_is_no_lineup():
    rules = {m.text: m.type_rule for m in document_mentions("Peserta: Rojas; Flores, Carrillo.\n")}
    assert "lineup_player" not in rules.values()


def test_an_office_that_goes_on_after_dan_still_names_its_holder():
    names = typed_names("Hadir pula Direktur Pengelolaan Data dan Digitalisasi Sarto Wiyono serta tamu lain.")
    assert ("Sarto Wiyono", "PERSON") in names
    assert not any("Sarto" in name and type_ != "PERSON" for name, type_ in names)


def test_an_office_that_goes_on_after_dan_with_a_word_of_vocabulary_still_names_its_holder():
    # the word after `dan` opens no run of its own (vocabulary, capitalised): the office's rest starts there
    names = typed_names("Hadir Menteri Pekerjaan Umum dan Perumahan Rakyat Sarto Wiyono di sana.")
    assert ("Sarto Wiyono", "PERSON") in names
    assert not any("Sarto" in name and type_ != "PERSON" for name, type_ in names)


def test_the_grade_of_a_functional_post_closes_the_title_before_the_name():
    names = typed_names("Hadir pula Analis Kebijakan Ahli Madya Hutomo Rangkuti di ruang rapat.")
    assert ("Hutomo Rangkuti", "PERSON") in names
    assert not any("Madya" in name for name, _ in names)


def test_a_city_after_a_word_of_play_is_the_citys_club():
    assert typed_names("Tim itu bermain imbang melawan Kielce pekan lalu.") == {("Kielce", "ORG")}
    assert typed_names("Pemerintah membangun jalan di Kielce pekan lalu.") == {("Kielce", "LOC")}


def test_a_city_the_document_reads_as_a_club_is_the_club_in_all_its_sentences():
    names = typed_names("Opole menang 2 - 0. Para pemain menjamu Kielce di stadion. Kielce kini di posisi ketiga.")
    assert ("Kielce", "ORG") in names and ("Kielce", "LOC") not in names


def test_a_name_ending_with_a_city_the_document_reads_as_a_club_is_the_club():
    names = typed_names("Gol itu dicetak pemain Gniezno. Sporto Gniezno kini memimpin klasemen.")
    assert ("Sporto Gniezno", "ORG") in names


def test_a_name_opening_with_a_city_the_document_reads_as_a_club_is_the_club_and_a_person_is_not():
    assert typed_names("Tim itu kalah melawan Gniezno. Gniezno Hotsporo kini memimpin klasemen.") >= {("Gniezno Hotsporo", "ORG")}
    # a given name opening the name: a person, whatever club the document names
    assert ("Rina Gniezno", "PERSON") in typed_names("Tim itu kalah melawan Gniezno. Rina Gniezno kini memimpin klasemen.")


def test_a_body_the_document_names_alone_before_a_person_after_a_role_is_split_off():
    names = typed_names("Rovers kalah lagi. Menurut manajer Rovers Tono Raharjo, timnya lelah. Raharjo kecewa.")
    assert {("Rovers", "ORG"), ("Tono Raharjo", "PERSON")} <= names
    assert not any(name.startswith("Rovers ") for name, _ in names)


def test_a_portfolio_of_vocabulary_after_a_title_names_no_body():
    names = typed_names("Hadir pula Direktur Pengelolaan Data Siti Rahmawati kemarin.")
    assert names == {("Siti Rahmawati", "PERSON")}


def test_the_tail_of_a_portfolio_after_dan_names_no_body_though_capitals_shorten_the_whole_portfolio():
    names = typed_names("Menteri Pangan dan Sumber Daya Laut (PSDL) Siti Rahmawati meninjau pasar.")
    assert ("Sumber Daya Laut", "ORG") not in names and ("Siti Rahmawati", "PERSON") in names
    # capitals spelling the run itself: it names the body they shorten
    assert ("Sumber Daya Laut", "ORG") in typed_names("Badan itu bernama Sumber Daya Laut (SDL), kata Siti Rahmawati.")


def test_in_a_report_that_reads_two_cities_as_clubs_the_other_cities_are_clubs_unless_placed_or_a_dateline():
    text = "OPOLE - Mereka akan menjamu Kielce dan melawan Tarnow, lalu Radom, di Gniezno bulan ini."
    assert typed_names(text) == {("OPOLE", "LOC"), ("Kielce", "ORG"), ("Tarnow", "ORG"), ("Radom", "ORG"), ("Gniezno", "LOC")}
    # one club named in a news story does not make it a report on clubs
    names = typed_names("Ledakan itu mengingatkan pada insiden Radom, seperti final melawan Kielce dulu.")
    assert ("Radom", "LOC") in names and ("Kielce", "ORG") in names


def test_a_city_then_city_is_the_citys_club_unless_the_gazetteer_knows_the_whole_name():
    assert typed_names("Gol itu membawa Kielce City menang.") == {("Kielce City", "ORG")}
    assert typed_names("Gempa terasa di Mexico City kemarin.") == {("Mexico City", "LOC")}


def test_sekretaris_utama_is_one_title_that_takes_the_body_before_the_name():
    names = typed_names("Hadir pula Sekretaris Utama BPKD Lestari Wulan kemarin.")
    assert ("Lestari Wulan", "PERSON") in names and not any("Utama" in name for name, _ in names)


def test_the_acronym_of_a_term_names_nothing():
    # defined by the document in lower case, or mined from the corpus (transforms/data/term_acronyms.txt)
    assert typed_names("Pabrik itu memakai sistem pakar (SPK). Kini SPK dipakai PT Nusa Tekno.") == {("PT Nusa Tekno", "ORG")}
    assert typed_names("Kemampuan AI ponsel itu dipuji PT Nusa Tekno.") == {("PT Nusa Tekno", "ORG")}


def test_capitalised_words_spelling_a_mined_term_acronym_name_nothing():
    # PPN is in transforms/data/term_acronyms.txt: the corpus defines it by vocabulary; a head word still makes a body
    assert typed_names("Toko itu memungut Pajak Pertambahan Nilai (PPN) untuk PT Nusa Tekno. PPN naik.") == {("PT Nusa Tekno", "ORG")}
    assert ("Badan Pajak Nusantara", "ORG") in typed_names("Laporan Badan Pajak Nusantara (BPN) terbit.")


def test_a_term_acronym_opening_a_run_is_no_part_of_the_name_after_it():
    # PK is in transforms/data/term_acronyms.txt; neither it nor the run it opens shortens the person
    text = "Terpidana Tono Sulistyo mengajukan Peninjauan Kembali (PK). Berkas permohonan PK Tono kini diperiksa."
    assert typed_names(text) == {("Tono Sulistyo", "PERSON")}
    entities, _ = extract(text)
    assert entities.filter(pl.col("name") == "Tono Sulistyo")["aliases"].to_list() == [["Tono", "Tono Sulistyo"]]
    assert typed_names("Dewan membahas UU Pelita Nusa kemarin.") == set()  # a law cited stays whole, and no entity


def test_a_term_acronym_the_document_defines_for_a_body_is_the_body():
    entities, _ = extract("Survei itu dibuat Asosiasi Industri Nusantara (AI) dan mitra. Kini AI menambah anggota.")
    assert entities.filter(pl.col("name") == "Asosiasi Industri Nusantara")["aliases"].to_list() == [["AI", "Asosiasi Industri Nusantara"]]


def test_a_city_after_a_place_and_a_comma_stays_a_place_in_a_club_report():
    names = typed_names("Tim itu menjamu Kielce dan melawan Tarnow di Stadion Utama, Radom, kemarin.")
    assert ("Radom", "LOC") in names and ("Kielce", "ORG") in names


def test_a_name_the_document_quotes_alone_is_read_first_in_an_office_that_goes_on_after_dan():
    _, mentions = extract("“Kami siap,” ujar Dirjen Pengelolaan Dana dan Risiko Kementerian Arsip Nasional Sarto Wiyono di "
                          "kantornya. “Dana cukup,” kata Sarto.")
    rules = dict(mentions.select("text", "rule").iter_rows())
    assert rules["Sarto Wiyono"] == "quoted_speaker_in_run" and rules["Kementerian Arsip Nasional"] == "organisation_head"


def test_a_city_alone_in_a_document_naming_its_club_city_is_the_club():
    entities, _ = extract("Kielce City menang lagi. Kini Kielce memimpin klasemen.")
    assert entities.select("name", "type").rows() == [("Kielce City", "ORG")]


def test_a_club_named_by_its_short_form_and_city_makes_a_report_on_clubs():
    names = typed_names("Tim itu menjamu Kielce, lalu FC Tarnow. Radom menunggu di babak berikutnya.")
    assert ("Radom", "ORG") in names


def test_a_platform_the_document_names_alone_before_a_person_after_akun_is_split_off():
    names = typed_names("Ia meninggalkan Lapakgram. Kini akun Lapakgram Rina Sari kosong.")
    assert ("Rina Sari", "PERSON") in names and not any(name.startswith("Lapakgram ") for name, _ in names)


def test_a_body_before_a_first_name_after_a_role_is_split_off_where_the_document_never_writes_it_alone():
    # `Matteo` and `Brigitte` open names in other countries (world_given_names.txt); `Rovexa` and `Lapakgram` do not
    names = typed_names("Tak ayal, striker Rovexa Matteo Tavera sempat blunder.")
    assert ("Matteo Tavera", "PERSON") in names and not any(name.startswith("Rovexa ") for name, _ in names)
    names = typed_names("Di sisi lain, juru bicara Lapakgram Brigitte Sarwen membantah isu itu.")  # a two-word title
    assert ("Brigitte Sarwen", "PERSON") in names and not any(name.startswith("Lapakgram ") for name, _ in names)
    names = typed_names("Tak ayal, striker Rovexa Tavera Matteo sempat blunder.")  # no first name after the lead
    assert not any(name == "Tavera Matteo" for name, _ in names)


def test_a_word_the_document_writes_again_ends_the_body_before_a_name_of_two():
    names = typed_names("Ketua Pimpinan Pusat Wirabhakti Rusdi Mukadas hadir. Kader Wirabhakti menolak usul itu.")
    assert {("Pimpinan Pusat Wirabhakti", "ORG"), ("Rusdi Mukadas", "PERSON")} <= names


def test_after_a_role_a_groups_acronym_or_brand_then_one_name_are_the_group_and_its_member():
    names = typed_names("Acara dipandu personel SKN Rinata dan personel SkyNova Tevin kemarin.")
    assert names == {("SKN", "ORG"), ("Rinata", "PERSON"), ("SkyNova", "ORG"), ("Tevin", "PERSON")}


def test_a_name_after_a_comma_with_no_conjunction_in_its_list_after_a_role_is_an_apposition_not_a_listed_place():
    _, mentions = extract("Menurut asisten pelatih tim Indonesia, Rinaldo, lawan itu kuat.")
    assert dict(mentions.select("text", "type_rule").iter_rows())["Rinaldo"] == "single_word"
    assert ("Zabada", "LOC") in typed_names("Kota historis di Mesir, Zabada, sedang terancam.")
    _, mentions = extract("Warga Indonesia, Mesir, dan Nebara hadir.")
    assert dict(mentions.select("text", "type_rule").iter_rows())["Nebara"] == "coordination"


@pytest.mark.parametrize("text, short, full", [
    # one word in brackets the document reads as a person elsewhere (`Ibas menegaskan`), whatever its shape said there
    ("Hal itu disampaikan Ketua Fraksi Maju Rudi Baskara Wijaya (Ibas) kemarin. Ibas menegaskan hal itu.", "Ibas",
     "Rudi Baskara Wijaya"),
    # two words, the last part of a word of the full name: a word of address and a nickname
    ("Hanif bertemu mantan menteri Rudi Muhaimar (Cak Imar) di Jakarta. Cak Imar senang.", "Cak Imar", "Rudi Muhaimar"),
    # a given name of the lists, however weakly read, there and elsewhere (`Orang tua Nana`)
    ("Mahasiswi Universitas Wirabumi, Lestiana Sari (Nana) yang hilang sebulan ditemukan. \"Orang tua Nana kita "
     "panggil,\" tuturnya.", "Nana", "Lestiana Sari"),
])
def test_a_short_name_in_brackets_after_a_persons_name_is_that_person(text, short, full):
    entities, mentions = extract(text)
    assert entity_of(mentions, short) == entity_of(mentions, full)
    assert set(mentions.filter(pl.col("text") == short)["type_rule"]) == {"bracketed_short_name"}
    # the full name names the person, however often the text writes the short one (`Cak Imar` twice, the name once)
    assert full in entities["name"].to_list() and short not in entities["name"].to_list()


@pytest.mark.parametrize("text, short, expected", [
    # a name in brackets right after a person's name, with a word of address: that person's short name, here and later
    ("Menteri Sosial, Tono Raharjo (Gus Totor) mengatakan bantuan cair. “Sudah cair,” kata Gus Totor.", "Totor",
     ("Tono Raharjo", "PERSON", "bracketed_short_name")),
    # a full name in brackets after a person's is another person (the actor after the character)
    ("Film itu menampilkan tokoh Sukarta Wibawa (Rino Hartanto) di Jakarta.", "Rino Hartanto",
     ("Rino Hartanto", "PERSON", "person_by_shape")),
    # an ordinary word glued before a name the document reads alone as a person: the person, the word left out
    ("Menteri Koordinator Bidang Hukum dan Keamanan Tono mengatakan kasus selesai. Tono menyebut pihaknya puas.", "Tono",
     ("Tono", "PERSON", "glued_office_word")),
    # a body in brackets after a person is no short name of the person
    ("Anggota dewan Tono Raharjo (Partai Maju) mengatakan anggaran cukup.", "Partai Maju",
     ("Partai Maju", "ORG", "organisation_head")),
])
def test_the_document_shows_two_readings_to_be_one_person(text, short, expected):
    entities, mentions = extract(text)
    names = dict(entities.select("entity_id", "name").iter_rows())
    read = mentions.filter(pl.col("text") == short).sort("start").head(1)
    assert (names[read["entity_id"][0]], read["type"][0], read["type_rule"][0]) == expected
    assert not mentions["text"].str.contains("Keamanan").any()  # the glued word names no one


def test_a_city_alone_in_a_document_naming_its_club_by_capitals_and_the_city_is_the_club():
    entities, _ = extract("AC Gniezno menang lagi. Suporter Gniezno bersorak kemarin.")
    assert entities.select("name", "type").rows() == [("AC Gniezno", "ORG")]


def test_a_product_named_with_its_model_code_names_nothing():
    assert typed_names("Pabrikan itu merilis Nova X5 Pro dan Tekra F430 di Bandung.") == {("Bandung", "LOC")}


def test_one_word_of_vocabulary_after_a_title_is_a_portfolio_that_names_no_body():
    assert typed_names("Hal itu disampaikan Direktur Kepatuhan bank tersebut di Bandung.") == {("Bandung", "LOC")}
    assert ("KPK", "ORG") in typed_names("Ketua KPK hadir kemarin.")


def test_honorifics_of_the_deceased_and_of_a_hajjah_are_titles_not_names():
    names = typed_names("Bunga ditabur di makam Alm. Rudi Hartono dan Almh. Hj. Siti Aminah kemarin.")
    assert names == {("Rudi Hartono", "PERSON"), ("Siti Aminah", "PERSON")}


def test_a_law_cited_names_no_entity():
    assert typed_names("Ia dijerat dengan Jo Pasal 7 UUD Tahun 1945 dan aturan Tentang Pers di Bandung.") == {("Bandung", "LOC")}


def test_an_event_or_award_names_no_entity_whatever_read_it():
    text = "Penyanyi Rina Sari tampil di Song Festival dan meraih Lintas Music Awards di Bandung."
    assert typed_names(text) == {("Rina Sari", "PERSON"), ("Bandung", "LOC")}


def test_a_name_cited_once_with_menurut_is_no_person_where_the_document_names_it_alone_otherwise():
    # `menurut` introduces a body as often as a person: one such sentence does not make the company a person
    assert typed_names("Lumixa merilis kamera baru. Harga kamera Lumixa naik. Menurut Lumixa, stok terbatas.") == {("Lumixa", "ORG")}
    assert typed_names("Lumixa merilis kamera baru. Harga kamera Lumixa naik. Stok terbatas, kata Lumixa.") == {("Lumixa", "PERSON")}


def test_a_country_the_dictionary_also_lists_opening_a_sentence_is_the_country():
    # `belanda` is a root word of the dictionary, but the corpus writes it capitalised: a place at a sentence's start too
    assert ("Belanda", "LOC") in typed_names("Ia pulang kemarin. Belanda, katanya, menang dua kali.")


def test_after_a_title_a_word_of_vocabulary_before_a_given_name_opens_the_persons_name():
    assert typed_names("Surat itu ditandatangani Ipda Cahaya Hartono kemarin.") == {("Cahaya Hartono", "PERSON")}
    assert typed_names("Kata Prof. Mardiyanto kemarin.") == {("Mardiyanto", "PERSON")}


@pytest.mark.parametrize("text, bracketed, person", [
    # a given name of the lists too long for a nickname: the racer's team
    ("Pebalap Rudi Halim (Williams) dan Tono Raharjo (Ferrari) tercepat di sesi itu.", "Williams", "Rudi Halim"),
    # short, but a town of the gazetteer: the runner's home town
    ("Pelari Rudi Halim (Alba) dan Tono Raharjo (Lazio) lolos ke final.", "Alba", "Rudi Halim"),
])
def test_a_team_or_town_in_brackets_is_no_nickname_whatever_lists_give_it_as_a_given_name(text, bracketed, person):
    _, mentions = extract(text)
    assert entity_of(mentions, bracketed).isdisjoint(entity_of(mentions, person))


def test_a_bodys_name_after_a_title_ends_where_its_bracketed_short_form_spells_it_before_its_officials_name():
    # `Sekjen <body> (Gapkosu) <person>`: the bracket defines the whole body; its last word opens no person's name
    names = typed_names("\"Itu penyebabnya,\" kata Sekjen Gabungan Pengusaha Kopi Sukamaju (Gapkosu) Andi Rukmana Karsa.")
    assert {("Gabungan Pengusaha Kopi Sukamaju", "ORG"), ("Andi Rukmana Karsa", "PERSON")} <= names
    assert ("Sukamaju", "PERSON") not in names


def test_a_capitalised_word_in_brackets_spelt_by_the_starts_of_a_bodys_words_is_its_short_form():
    entities, mentions = extract("Asosiasi Pedagang Sayur Indonesia (Apesindo) menolak aturan itu. Kata Apesindo, harga naik.")
    assert entity_of(mentions, "Apesindo") == entity_of(mentions, "Asosiasi Pedagang Sayur Indonesia")
    entities, mentions = extract("Asosiasi Pedagang Sayur Indonesia (Sukarni) menolak aturan itu.")
    assert entity_of(mentions, "Sukarni") != entity_of(mentions, "Asosiasi Pedagang Sayur Indonesia")


def test_the_outlets_own_blurb_names_what_it_names():
    # the blind sets' annotators read the outlet's self-description as text (its places are the article's entities)
    names = typed_names("Harga cabai naik di Bandung kemarin.\n\nKabarTekno.id adalah portal berita teknologi. Kamu bisa "
                        "menjadi anggota komunitas KabarTekno.id dan mengikuti berita startup Indonesia dan gadget terbaru.\n")
    assert ("Indonesia", "LOC") in names
    assert not any(name.startswith("KabarTekno") for name, _ in names)  # the outlet's own name is its `outlet`


def test_a_village_named_by_words_of_vocabulary_is_a_place_where_the_sentence_capitalises_it():
    assert typed_names("Banjir melanda Kumbang Indah dan Lesung Batu kemarin.") == {("Kumbang Indah", "LOC"), ("Lesung Batu", "LOC")}
    assert ("Bujur Timur", "LOC") not in typed_names("Gempa berpusat di 110 Bujur Timur kemarin.")  # a longitude


def test_words_of_vocabulary_before_a_bodys_head_and_name_are_a_department_of_the_body():
    assert typed_names("Ia dosen Teknik Elektro Universitas Tirtamaya kemarin.") == {("Universitas Tirtamaya", "ORG")}
    assert typed_names("Ia tinggal di Gedung Sekretariat Tirtamaya kemarin.") != {("Sekretariat Tirtamaya", "ORG")}


def test_a_body_the_gazetteer_knows_whole_then_a_name_is_the_body_then_its_person():
    assert typed_names("Hal itu dikatakan pejabat Kementerian Dalam Negeri Irmanto kemarin.") == {
        ("Kementerian Dalam Negeri", "ORG"), ("Irmanto", "PERSON")}


def test_pm_abbreviates_the_prime_ministers_title():
    entities, mentions = extract("Perdana Menteri Singapura Tan Wei Ming tiba. Menurut PM Tan, hubungan baik.")
    assert entity_of(mentions, "Tan") == entity_of(mentions, "Tan Wei Ming") != set()


def test_a_body_s_name_goes_on_after_its_bracketed_short_form():
    entities, mentions = extract("Petugas Dinas Kesehatan (Dinkes) Wakanda Barat datang ke desa. Menurut Dinkes Wakanda Barat, "
                                 "wabah mereda. Ketua Dewan Ekonomi Rakyat (DER) Tono Raharjo berkata pasar pulih.")
    whole = entity_of(mentions, "Dinas Kesehatan (Dinkes) Wakanda Barat")
    assert len(whole) == 1 and entity_of(mentions, "Dinkes") == entity_of(mentions, "Dinkes Wakanda Barat") == whole
    assert mentions.filter(pl.col("text") == "Dinas Kesehatan (Dinkes) Wakanda Barat")["rule"].to_list() == ["body_across_short_form"]
    people = set(entities.filter(pl.col("type") == "PERSON")["name"])
    assert "Tono Raharjo" in people and not entity_of(mentions, "Dewan Ekonomi Rakyat (DER) Tono Raharjo")


def test_one_word_after_an_office_s_title_then_its_holder_is_the_office_s_body():
    assert typed_names("Pelatih Persimaju, Tono Raharjo, mengatakan timnya siap.") == {
        ("Persimaju", "ORG"), ("Tono Raharjo", "PERSON")}
    # a given name after the title is the person, listed with another
    assert ("Budiarto", "PERSON") in typed_names("Menteri Budiarto, Rina Sari, dan Tono hadir.")


def test_each_owner_s_body_named_across_its_short_form_stays_its_own():
    entities, _ = extract("Petugas Dinas Kesehatan (Dinkes) Wakanda Barat datang. Menurut Dinkes, wabah mereda.",
                          "Kepala Dinas Kesehatan (Dinkes) Sukamaju hadir. Dinkes menyebut kasus turun.",
                          "Bank Sentral Amerika Serikat (AS) The Federal Reserve menaikkan bunga.")
    names = set(entities["name"])
    assert {"Dinas Kesehatan Wakanda Barat", "Dinas Kesehatan Sukamaju"} <= names
    # a country's short form in brackets ends the body's name: the country joins no body
    assert "Bank Sentral Amerika Serikat" in names and "Amerika Serikat" in names


def test_places_after_a_leading_acronym_are_the_body_s_no_person_s_name():
    names = typed_names("Sikap DPRD DKI Depok yang sampai saat ini masih menunda pengesahan itu dikritik.")
    assert not {name for name, type_ in names if type_ == "PERSON"}
    assert ("DPRD DKI Depok", "ORG") in names


def test_a_hyphenated_name_is_one_person_or_place():
    assert typed_names("Pelatih Jean-Tavel Rionard memuji bek Sudo Kestrel-Maro. Tim tiba di Bandara Tamarek-Hatta.") >= {
        ("Jean-Tavel Rionard", "PERSON"), ("Sudo Kestrel-Maro", "PERSON"), ("Bandara Tamarek-Hatta", "LOC")}


def test_an_address_chain_is_one_place_after_another():
    assert typed_names("Banjir melanda Desa Sukamaju Kecamatan Cibadak. Kapal berlayar ke Pulau Batumi Pulau Lestari.") >= {
        ("Desa Sukamaju", "LOC"), ("Kecamatan Cibadak", "LOC"), ("Pulau Batumi", "LOC"), ("Pulau Lestari", "LOC")}
    assert ("Pasar Tamarek", "LOC") in typed_names("Pedagang di Pasar Tamarek Jakarta Selatan mengeluh.")
    # an acronym says what the place is (`MRT`), a place's own words hold another head (`Kampung`): one place
    assert ("Stasiun LRT Dukuh Sari", "LOC") in typed_names("Penumpang menumpuk di Stasiun LRT Dukuh Sari pagi ini.")
    assert ("Terminal Bus Kampung Rambai", "LOC") in typed_names("Penumpang berangkat dari Terminal Bus Kampung Rambai kemarin.")
    # a word the corpus writes in lower case half the time names no first place (`Internasional`)
    assert ("Bandara Internasional Bitung", "LOC") in typed_names("Pesawat mendarat di Bandara Internasional Bitung pagi ini.")


def test_a_town_whose_name_opens_with_a_titles_word_is_the_town():
    # `Raja Ampat`, a regency of the gazetteer, opens with the title `Raja`; `Raja Salmano` is a king
    names = typed_names("Tambang di sekitar Raja Ampat ditolak warga. Raja Salmano tiba kemarin.")
    assert ("Raja Ampat", "LOC") in names and ("Salmano", "PERSON") in names


def test_a_title_that_is_a_given_name_after_a_given_name_is_the_persons_word():
    # `Hakim` is a judge's title and a given name: after `Rudi` it is the name's middle word; alone before a name, a title
    names = typed_names("Menteri Agama Rudi Hakim Santorio mengatakan hal itu. Hakim Sarmino membacakan putusan.")
    assert ("Rudi Hakim Santorio", "PERSON") in names and ("Sarmino", "PERSON") in names
    # where the document quotes a speaker by the word alone, it is the person's name too
    _, mentions = extract("Hakim Sarmino membacakan pledoi. Putusan itu adil, kata Hakim.")
    assert entity_of(mentions, "Hakim Sarmino") and entity_of(mentions, "Hakim Sarmino") == entity_of(mentions, "Hakim")


def test_a_platform_before_a_bodys_name_after_a_page_word_is_the_platform_then_the_body():
    names = typed_names("Video itu diunggah akun Lapakgram Polda Sukamaju kemarin. Foto diunggah akun Lapakgram Rina Sari.")
    assert {("Lapakgram", "ORG"), ("Polda Sukamaju", "ORG"), ("Rina Sari", "PERSON")} <= names


def test_the_last_portfolio_of_a_body_is_no_person_after_its_office():
    names = typed_names("Kepala Badan Geologi, Hidrologi, dan Geofisika (BGHG) Rina Wulandari mengatakan hujan turun.")
    assert ("Badan Geologi, Hidrologi, dan Geofisika", "ORG") in names
    assert {name for name, type_ in names if type_ == "PERSON"} == {"Rina Wulandari"}


def test_a_surname_with_its_particle_opening_a_sentence_is_the_person():
    entities, mentions = extract("Bek Sukamaju FC, Tavel van Rionard, cedera. Van Rionard absen pekan depan.")
    assert entity_of(mentions, "Van Rionard") == entity_of(mentions, "Tavel van Rionard")
    assert ("Tavel van Rionard", "PERSON") in set(entities.select("name", "type").iter_rows())


def test_a_given_name_opens_the_person_after_an_office_and_the_word_before_it_ends_the_body():
    names = typed_names("Direktur Bank Sukamaju Syariah Eva Dahlia Kusuma hadir di acara itu.")
    assert names == {("Bank Sukamaju Syariah", "ORG"), ("Eva Dahlia Kusuma", "PERSON")}


def test_a_newsroom_office_is_a_title_not_the_bodys_first_word():
    names = typed_names("ujar anggota dewan sekaligus Redaktur Lembaga Kantor Berita Nasional (LKBN) Warta, Indriani, dalam rilis.")
    assert not any(name.startswith("Redaktur") for name, _ in names)


@pytest.mark.parametrize("text", [
    "Presiden menerbitkan Peraturan Pemerintah Pengganti Undang-Undang (Perppu) tentang ormas.",
    "Presiden menerbitkan Peraturan Pemerintah Pengganti Undang - undang (Perppu) tentang ormas.",
])
def test_a_regulation_named_after_the_government_names_no_body(text):
    assert typed_names(text) == set()


def test_a_town_then_where_it_lies_are_two_places():
    assert typed_names("Ia lahir di Garut Jawa Barat lalu tinggal di Zhangjiajie China. Warga Musi Banyuasin datang.") == {
        ("Garut", "LOC"), ("Jawa Barat", "LOC"), ("Zhangjiajie", "LOC"), ("China", "LOC"), ("Musi Banyuasin", "LOC")}


def test_a_platform_after_channel_is_the_platform_then_its_owner():
    names = typed_names("kata Rina Sari dikutip dari channel Videoku Partai Rakyat Sukamaju, Senin.")
    assert ("Videoku", "ORG") in names and ("Partai Rakyat Sukamaju", "ORG") in names


def test_a_competitions_group_is_no_body():
    names = typed_names("Sukamaju gagal menjadi juara Grup H. Tim itu kini di Grup A Liga Raya, kata Grup Sinar Jaya.")
    assert not any(name.startswith("Grup") and name != "Grup Sinar Jaya" for name, _ in names)
    assert ("Grup Sinar Jaya", "ORG") in names


@pytest.mark.parametrize("text, expected", [
    # in a document naming a club, a country's letters then one name word are a club's letters (`AS`: Associazione Sportiva)
    ("Pelatih Sukamaju FC senang. Pemain itu dibeli dari AS Wirabumi pekan lalu.", ("AS Wirabumi", "ORG")),
    # no club read, but a report on teams (a coach, a match's verb): the club's letters too, after a player's role
    ("Pelatih itu optimistis timnya bisa menghadapi AS Wirabumi pekan depan.", ("AS Wirabumi", "ORG")),
    ("Pelatih itu optimistis. Gelandang AS Wirabumi, Rudi, siap tampil.", ("AS Wirabumi", "ORG")),
    # no club in the document: the country, then a name
    ("Warga itu pindah dari AS Wirabumi pekan lalu.", ("AS", "LOC")),
])
def test_a_countrys_letters_before_one_name_in_a_document_on_clubs_are_a_clubs_name(text, expected):
    assert expected in {(m.text, m.type) for m in document_mentions(text)}


@pytest.mark.parametrize("text, letters_and_name", [
    # a report on teams, a country's official (a title of two words in lower case): no club
    ("Pelatih tim itu bertemu duta besar AS Wirabumi sebelum menghadapi lawannya.", "AS Wirabumi"),
    # a province's letters are no club's, in a report on a team
    ("Pelatih tim itu siap menghadapi lawan di DKI Jakarta pekan depan.", "DKI Jakarta"),
])
def test_letters_after_a_title_or_of_a_province_name_no_club_in_a_report_on_teams(text, letters_and_name):
    assert (letters_and_name, "ORG") not in {(m.text, m.type) for m in document_mentions(text)}


def test_the_name_after_a_clubs_letters_written_alone_is_the_club():
    # not the blend of a person's two names (`Wi-rabumi` of `Wira Rabumiati`) nor a place
    _, mentions = extract("Pelatih Wira Rabumiati memuji AS Wirabumi. Wirabumi menang dua gol atas lawannya, kata pelatih itu.")
    assert entity_of(mentions, "Wirabumi") == entity_of(mentions, "AS Wirabumi") != entity_of(mentions, "Wira Rabumiati")


def test_a_word_of_the_vocabulary_after_a_countrys_letters_names_no_club():
    # `AS Terbuka`, the US Open: a competition named after its country, neither a club nor a mention of the place
    read = {(m.text, m.type) for m in document_mentions("Pelatih Sukamaju FC senang saat turnamen AS Terbuka dimulai.")}
    assert not {("AS Terbuka", "ORG"), ("AS", "LOC")} & read


@pytest.mark.parametrize("text, expected, absent", [
    # the possessive clitic glued to a name the document writes alone elsewhere is left out
    ("Ia mengunggah foto di akun Lumbagramnya, Senin. Foto itu viral di Lumbagram.", "Lumbagram", "Lumbagramnya"),
    # a word the clitic only seems to end keeps its letters; a name the gazetteer alone knows is no stem (a language)
    ("Pemain asal Kenya itu senang.", "Kenya", "Ke"),
    ("Raja punya istri namanya queen. Nah, bahasa Indonesianya ratu.", None, "Indonesia"),
])
def test_a_name_with_the_possessive_clitic_is_the_name_its_document_writes_alone(text, expected, absent):
    texts = {m.text for m in document_mentions(text)}
    assert (expected is None or expected in texts) and absent not in texts


def test_a_head_then_a_country_after_a_title_is_the_body_named_though_the_lexicon_writes_both_in_lower_case():
    # `universitas` and `inggris` are both words the lexicon writes in lower case: still a body's name, not a portfolio
    mentions = {(m.text, m.type) for m in document_mentions("Rektor Universitas Inggris Tono Raharjo hadir kemarin.")}
    assert {("Universitas Inggris", "ORG"), ("Tono Raharjo", "PERSON")} <= mentions


def test_a_list_whose_names_read_by_more_than_their_shape_are_bodies_lists_bodies():
    # a table's rows: names with a count in brackets, two clubs read by their letters, the rest by their shape alone
    _, mentions = extract("Tim lain yakni AS Wonotan (19 gol), Sporting Karimata (18), Olmeraz (18), FC Porvoa (17), "
                          "Atletico Berunda (15), Ravensdal (14).")
    types = dict(mentions.select("text", "type").iter_rows())
    assert [types[name] for name in ("Sporting Karimata", "Olmeraz", "Atletico Berunda", "Ravensdal")] == ["ORG"] * 4
    # people listed with their ages stay people, and a given name opening a guess keeps it a person's
    names = typed_names("Tersangka Rinto (20), Sulastri (21), dan Hartono Wibisono (19) ditahan.")
    assert {("Rinto", "PERSON"), ("Sulastri", "PERSON"), ("Hartono Wibisono", "PERSON")} <= names
    _, mentions = extract("Perolehan kursi: AS Wonotan (19 kursi), FC Porvoa (18), Rudi Halim (17), Olmeraz (15).")
    assert dict(mentions.select("text", "type").iter_rows())["Rudi Halim"] == "PERSON"


def test_an_offices_body_the_document_writes_alone_before_a_given_name_is_the_body_then_its_holder():
    names = typed_names("Kepada wartawan, CMO Tokobaru Rudy Halim mengungkapkan rencana itu. Tokobaru menjual gawai murah.")
    assert ("Rudy Halim", "PERSON") in names and ("Tokobaru", "ORG") in names
    assert not any(name.startswith("Tokobaru ") for name, _ in names)
    # a name the document quotes alone opens the holder's name
    assert ("Kartono Halim", "PERSON") in typed_names("CMO Kartono Halim datang. Kata Kartono, rencana itu siap.")


def test_a_name_the_document_quotes_by_its_first_word_opens_the_run_however_a_later_word_is_written_alone():
    entities, mentions = extract("Kartiwan Wiradi Sasmito, putra pengusaha Rusdi Sasmito, datang. Ibu Yanti dan Wiradi menunggu. "
                                 "\"Kami menunggu,\" kata Kartiwan.")
    assert ("Kartiwan Wiradi Sasmito", "PERSON") in set(entities.select("name", "type").iter_rows())
    assert entity_of(mentions, "Kartiwan") == entity_of(mentions, "Kartiwan Wiradi Sasmito")


def test_an_outlets_channel_is_a_name_of_its_own_before_a_persons_name():
    names = typed_names("Redaksi detikSukamaju berkunjung. Kabiro detikSukamaju Ratna Wulandari Siregar menyampaikan dukungan.")
    assert ("Ratna Wulandari Siregar", "PERSON") in names
    assert not any("detik" in name and " " in name for name, _ in names)


def test_a_second_name_after_dikenal_sebagai_is_the_persons_epithet():
    _, mentions = extract("Sukarto Wiharjo atau yang lebih dikenal sebagai Koko datang. \"Saya siap,\" kata Koko.")
    assert entity_of(mentions, "Koko") == entity_of(mentions, "Sukarto Wiharjo")


def test_a_union_closes_a_bodys_name():
    assert ("International Postal Union", "ORG") in typed_names("Slot itu didaftarkan ke International Postal Union (IPU) pekan lalu.")


def test_a_nickname_quoted_inside_a_name_is_the_persons_and_the_name_without_it_is_the_canonical_one():
    entities, mentions = extract('Tokoh warga Sukamaju Hendra “Acong” Lisanto mengatakan warga tenang. “Ini aman,” ujar Acong.',
                                 'Adalah Jurgen "The Professor" Hallinger yang jadi pilihan. Hallinger senang.')
    names = set(entities.select("name", "type").iter_rows())
    assert {("Hendra Lisanto", "PERSON"), ("Jurgen Hallinger", "PERSON")} <= names
    assert entity_of(mentions, "Acong") == entity_of(mentions, "Hendra “Acong” Lisanto")
    assert entity_of(mentions, "Hallinger") == entity_of(mentions, 'Jurgen "The Professor" Hallinger')
    # a headline's quotation between words of the vocabulary is no nickname
    assert not any('"' in name for name, _ in typed_names('Video "Pak Ogah" Tutup Jalan Ramai.'))
    # marks spaced as the tokenised IndoSum texts write them, a nickname whose later word is vocabulary
    entities, mentions = extract("Tahun lalu, Dorian ' The Stone ' Malvern menjadi aktor terkaya. Malvern senang.")
    assert ("Dorian Malvern", "PERSON") in set(entities.select("name", "type").iter_rows())
    assert entity_of(mentions, "Malvern") == entity_of(mentions, "Dorian ' The Stone ' Malvern")


def test_a_hijri_month_is_no_name():
    assert typed_names("Ibadah itu jatuh pada 10 Zulhijjah, kata Sulastri Wibowo.") == {("Sulastri Wibowo", "PERSON")}


def test_a_name_after_a_lower_case_place_head_of_two_words_is_the_place():
    assert ("Montavia Gerais", "LOC") in typed_names("Wabah itu terletak di negara bagian Montavia Gerais, kata pejabat.")


def test_a_lower_case_head_that_takes_its_owner_makes_no_place_of_the_name_after_it():
    names = typed_names("Menurut analis pasar Rudi Wiratama, penjualan naik. Rapat digelar di gedung Dewan Ekonomi Rakyat.")
    assert ("Rudi Wiratama", "PERSON") in names and ("Dewan Ekonomi Rakyat", "ORG") in names
    # a head that names its place after it still does
    assert ("sungai Cibening", "LOC") in typed_names("Warga berjalan ke sungai Cibening kemarin, kata Rudi.")


def test_a_name_right_after_a_bodys_description_is_the_body():
    assert ("Tokovarsa", "ORG") in typed_names("Menurut perusahaan distribusi film Tokovarsa, film itu laku keras.")
    # not an owner's name, nor where the body comes from
    _, mentions = extract("Perusahaan milik Dedi Wirawan itu didirikan perusahaan desain asal Wonotan Raya, kata Rudi.")
    assert "described_as_body" not in mentions["type_rule"].to_list()


def test_a_persons_name_after_a_bodys_acronym_inside_the_bodys_run_is_its_member():
    names = typed_names("Ia mendaftar bersama mantan anggota Komite Eksekutif PSSU Rudi Halim kemarin.")
    assert {("Komite Eksekutif PSSU", "ORG"), ("Rudi Halim", "PERSON")} <= names
    # a head's own acronym before a name: a body named after someone
    assert ("RS Hasan Wirasaputra", "ORG") in typed_names("Ia dirawat di RS Hasan Wirasaputra sejak Senin.")


def test_the_word_after_an_areas_head_in_an_office_is_the_areas_name_not_a_persons():
    assert typed_names("Kepala Dinas Kesehatan Kabupaten Wonotan hadir.") == {("Dinas Kesehatan Kabupaten Wonotan", "ORG")}
    names = typed_names("Kepala Dinas Kesehatan Kabupaten Wonotan Rudi Halim hadir.")
    assert {("Dinas Kesehatan Kabupaten Wonotan", "ORG"), ("Rudi Halim", "PERSON")} <= names


def test_a_name_a_clubs_designator_opens_or_closes_is_the_club_and_its_city_alone_is_the_club_too():
    # `Tampere` is a city of the gazetteer
    entities, mentions = extract("Olympique Tampere menjatuhkan sanksi. Tampere menyatakan akan menemui pemain itu.")
    assert ("Olympique Tampere", "ORG") in set(entities.select("name", "type").iter_rows())
    assert entity_of(mentions, "Tampere") == entity_of(mentions, "Olympique Tampere")
    assert ("Atletico Wonotan", "ORG") in typed_names("Gol itu membawa Atletico Wonotan menang tipis.")
    _, mentions = extract("Ia sedang mengambil lisensi C AFC di Wonotan.")
    assert "club_by_designator" not in mentions["type_rule"].to_list()  # a coaching licence


def test_capitals_before_an_age_are_a_persons_initials_not_the_country_they_spell():
    entities, _ = extract("Polisi menahan tersangka berinisial AS (45) di Wonotan.", "Warga AS (Amerika Serikat) heran.")
    assert {("AS", "PERSON"), ("Amerika Serikat", "LOC")} <= set(entities.select("name", "type").iter_rows())


def test_after_a_title_a_name_the_document_quotes_by_its_last_word_keeps_its_given_name_and_middle_initial():
    names = typed_names("Dosen Muhammad S. Hidayat menilai kebijakan itu keliru, kata Hidayat.")
    assert names == {("Muhammad S. Hidayat", "PERSON")}


def test_a_securities_or_finance_firms_closing_word_closes_a_bodys_name():
    names = typed_names("Analis Tokovarsa Sekuritas, Rudi Halim, menilai saham itu menarik. Wonotan Finance rugi.")
    assert {("Tokovarsa Sekuritas", "ORG"), ("Wonotan Finance", "ORG"), ("Rudi Halim", "PERSON")} <= names
    assert ("Tokovarsa Digital", "ORG") in typed_names("Analis Tokovarsa Digital, Rudi Halim, menilai saham itu menarik.")


def test_a_city_the_document_places_is_no_short_form_of_a_name_read_as_a_persons():
    # `Tampere` is a city of the gazetteer; the name it opens is read as a person's by its shape
    _, mentions = extract("Tim Tampere Halvorsen menang lagi. Ia tinggal di Tampere sejak kecil.")
    assert not entity_of(mentions, "Tampere") & entity_of(mentions, "Tampere Halvorsen")


def test_a_body_the_document_quotes_alone_before_a_given_name_is_the_holders_body():
    names = typed_names("Manajer umum Tokovarsa Rudi Wiranata menerangkan hal itu. Tokovarsa mengajak pelajar, kata Rudi Wiranata.")
    assert ("Rudi Wiranata", "PERSON") in names and not any(name.startswith("Tokovarsa ") for name, _ in names)


def test_an_epithet_given_to_a_given_name_alone_is_that_persons():
    _, mentions = extract("Polisi menangkap Sutrisno alias Tris (30) di Wonotan. Tris mengaku menyesal.")
    assert entity_of(mentions, "Tris") == entity_of(mentions, "Sutrisno")


def test_no_body_is_described_across_the_verb_it_acts_with():
    _, mentions = extract("Startup Tokovarsa meraih pendanaan Seri Wonford dari investor asing.")
    assert "described_as_body" not in mentions.filter(mentions["text"].str.contains("Seri"))["type_rule"].to_list()


def test_a_title_abbreviated_before_the_titles_of_a_name_is_no_part_of_the_body_before_it():
    names = typed_names("Hal itu dikatakan konsultan dari FKUW / RSWK Dr. dr. Rina Sari Lestari dalam siaran pers.")
    assert {("RSWK", "ORG"), ("Rina Sari Lestari", "PERSON")} <= names
    assert not any(name == "Dr" or name.endswith(" Dr") for name, _ in names)


def test_common_english_words_after_a_places_name_are_the_places_not_a_person():
    names = typed_names("Kemenhub menyatakan, Pelabuhan Surabaya New Port di Jawa Timur telah beroperasi.")
    assert ("Pelabuhan Surabaya New Port", "LOC") in names
    assert not any(type_ == "PERSON" for _, type_ in names)


def test_a_body_named_by_its_head_and_two_words_or_more_in_an_office_is_named_not_described():
    names = typed_names("Hadir Kepala Badan Pengawas Pangan dan Minuman Rudi Halim serta pejabat lain.")
    assert {("Badan Pengawas Pangan dan Minuman", "ORG"), ("Rudi Halim", "PERSON")} <= names
    # a head and one word describe a portfolio (`Kepala Dinas Kesehatan`), no body of its own
    assert typed_names("Hadir Kepala Dinas Kesehatan Rudi Halim serta pejabat lain.") == {("Rudi Halim", "PERSON")}


def test_a_surname_with_its_particle_joined_is_a_persons_not_a_brand():
    names = typed_names("Aktor Leonardo DiMarvelo datang ke pesta itu. DiMarvelo senang.")
    assert names == {("Leonardo DiMarvelo", "PERSON")}
    assert ("Rina DeLowery", "PERSON") in typed_names("Pembawa acara Rina DeLowery merayakan ulang tahun. DeLowery senang.")
    # a brand's capital inside its word stays a brand's
    assert ("LapakKerja", "ORG") in typed_names("Aplikasi LapakKerja makin laris.")


@pytest.mark.parametrize("text, expected", [
    # the word after a regional body's head is its region before a holder opened by a given name
    ("Ketua DPRD Wonotan Hendra Gunawan menyebut anggaran naik.",
     {("DPRD Wonotan", "ORG"), ("Hendra Gunawan", "PERSON")}),
    # two words ending in vocabulary after a title, then an apposed holder: the body
    ("Direktur Tokovarsa Digital, Lestari Handayani, menjelaskan rencana itu.",
     {("Tokovarsa Digital", "ORG"), ("Lestari Handayani", "PERSON")}),
    ("Menteri Budiarto Sinaga, Rina Sari, dan tamu lain hadir.",
     {("Budiarto Sinaga", "PERSON")}),
    # a country before a club named by its town and designator is the club's country
    ("Ia bergabung dengan klub asal Finlandia Tampere United musim lalu.",
     {("Finlandia", "LOC"), ("Tampere United", "ORG")}),
    ("Lembaga Finlandia Transparency Watch menilai.",
     {("Lembaga Finlandia Transparency Watch", "ORG")}),
    # a lone word after a title, then an apposed holder, is the body however often the document writes it alone
    ("Laga Persiwon vs Persimerta berakhir 2-1. Pelatih Persimerta, Joko Santoso, kecewa.",
     {("Persimerta", "ORG"), ("Joko Santoso", "PERSON")}),
    # a Balinese particle before a given name opens the holder's name after an office
    ("Ketua Bawaslu Sukamaju I Ketut Rinda didampingi anggotanya.",
     {("I Ketut Rinda", "PERSON")}),
    # a given name after the office's country opens the holder's name
    ("Bahkan, Menteri Luar Negeri AS Rock Halimson secara terbuka mengancam.",
     {("Rock Halimson", "PERSON")}),
    # ... not a given name that ends a place the gazetteer knows whole (`Timur` of `Kalimantan Timur`)
    ("Bakal calon Gubernur Kalimantan Timur Syaifudin Yakub meyakini polemik itu selesai.",
     {("Kalimantan Timur", "LOC"), ("Syaifudin Yakub", "PERSON")}),
    # a name of up to three words with no given name after a verb of citing is the medium cited; with one, a person
    ("Seperti dilansir Wonford Gazette, Senin, pejabat itu dieksekusi.",
     {("Wonford Gazette", "ORG")}),
    ("Dilansir Jennifer Halimson, ia mengaku sehat.",
     {("Jennifer Halimson", "PERSON")}),
    # a name apposed to a newspaper's description with its country is the newspaper
    ("Lansiran surat kabar Korea Selatan, Hanmin Ilbo, pejabat itu bernama Lee Soo.",
     {("Hanmin Ilbo", "ORG"), ("Korea Selatan", "LOC")}),
    # a platform with the possessive clitic after an account's word is the platform; a name the clitic only ends stays
    ("Ia mengunggah foto itu melalui akun Kicaunetnya, Senin.",
     {("Kicaunet", "ORG")}),
    ("Ia lahir di Kenya dan besar di sana.",
     {("Kenya", "LOC")}),
    # a band or a giant described before its name is a body
    ("Raksasa teknologi asal China, Wonbao, meluncurkan ponsel baru.",
     {("Wonbao", "ORG")}),
    ("Grup band asal Inggris, Tarrow Kings, akan menggelar konser di Jakarta.",
     {("Tarrow Kings", "ORG")}),
    # two words closed by a body's word after a title, then an apposed holder: the body
    ("Pelatih Exeter City, Rudi Halim, mengaku puas dengan hasil itu.",
     {("Exeter City", "ORG"), ("Rudi Halim", "PERSON")}),
    # one word after a place's title, then an apposed holder: the governed place
    ("Camat Wonotan, Rudi Halim, membuka acara itu.",
     {("Wonotan", "LOC"), ("Rudi Halim", "PERSON")}),
    # titles abbreviated before an apposed holder leave the office its place, and the pilgrim's title its name
    ("Camat Wonotan, Ir. Rudi Halim, membuka acara itu.",
     {("Wonotan", "LOC"), ("Rudi Halim", "PERSON")}),
    ("Bupati Wonotan, Ir. H. Rudi Halim, M.Si, membuka acara.",
     {("Rudi Halim", "PERSON")}),
])
def test_names_read_around_offices_descriptions_and_cues(text, expected):
    assert expected <= typed_names(text)


def test_a_bare_surname_goes_to_the_person_the_document_is_about_not_to_a_relative_introduced_as_one():
    _, mentions = extract("Tono Sukamto dikenal luas. Ia tinggal bersama sang istri, Rina Sukamto, dan anak-anaknya. "
                          "Lalu Sukamto membeli rumah itu. Sukamto senang.")
    assert entity_of(mentions, "Sukamto") == entity_of(mentions, "Tono Sukamto")
    assert entity_of(mentions, "Rina Sukamto") != entity_of(mentions, "Tono Sukamto")


def test_a_given_name_the_document_quotes_alone_for_someone_else_does_not_cut_a_full_name_it_is_inside():
    # `Agus` alone is another person's name; `Susilo` before it opens this person's name, no office
    assert ("Susilo Agus Wiranto", "PERSON") in typed_names(
        "Menurut Agus, demokrasi mahal. Presiden seperti Susilo Agus Wiranto dan Joni Hartawan hadir.")


def test_a_bare_surname_two_people_share_goes_to_the_one_the_document_names_first():
    # the widow is apposed to her husband's name, no kinship word right before hers; named last, she took every
    # bare surname after it
    _, mentions = extract("Istri mendiang Tono Sukamto, Rina Sukamto, mengeluarkan pernyataan. Sukamto ditemukan "
                          "meninggal di kamarnya. \"Kami sedih,\" kata Rina. Menurut Rina, Sukamto rajin bekerja.")
    assert entity_of(mentions, "Sukamto") == entity_of(mentions, "Tono Sukamto")
    assert entity_of(mentions, "Rina Sukamto") == entity_of(mentions, "Rina") != entity_of(mentions, "Tono Sukamto")


def test_a_name_the_headline_alone_writes_first_is_not_the_one_a_bare_surname_shortens():
    _, mentions = extract("Demo Dijawab dengan Video 'Rajo Sukamto'\n\nPresiden Tono Sukamto menjawab demo itu dengan "
                          "video 'Rajo Sukamto'. Sukamto mengunggahnya kemarin.")
    assert entity_of(mentions, "Sukamto") == entity_of(mentions, "Tono Sukamto")


def test_a_short_form_of_a_name_another_persons_name_ends_with_is_the_shorter_names_own():
    # the wife, named with her husband's whole name, is named last before the blend of his two words and the surname
    _, mentions = extract("Presiden Tono Sukamto tiba di pasar. Ia datang bersama Ibu Rina Tono Sukamto. "
                          "Tosuk lalu membeli sayur. Sukamto kemudian berbicara kepada pedagang.")
    assert entity_of(mentions, "Tosuk") == entity_of(mentions, "Sukamto") == entity_of(mentions, "Tono Sukamto")
    assert entity_of(mentions, "Rina Tono Sukamto") != entity_of(mentions, "Tono Sukamto")


def test_a_name_only_its_shape_read_as_a_body_is_a_person_where_its_last_word_is_quoted_as_a_speaker():
    _, mentions = extract("Kepala teknik tim itu, Seretan Wonford, mengatakan peluang timnya terbuka. "
                          "\"Kami siap,\" kata Wonford.")
    assert ("Seretan Wonford", "PERSON") in {(m.text, m.type) for m in document_mentions(
        "Kepala teknik tim itu, Seretan Wonford, mengatakan peluang timnya terbuka. \"Kami siap,\" kata Wonford.")}
    assert entity_of(mentions, "Wonford") == entity_of(mentions, "Seretan Wonford")


def test_a_name_with_a_word_mostly_written_in_lower_case_stays_a_body_whatever_speaks_by_its_last_word():
    # `laporan` (a report) is a word the news writes in lower case: the report is no person's name
    read = {(m.text, m.type) for m in document_mentions("Temuan itu dimuat dalam Laporan Wonford tahun ini. "
                                                        "Wonford mengatakan angkanya naik.")}
    assert ("Laporan Wonford", "PERSON") not in read


@pytest.mark.parametrize("slip", ["Wirabume", "Wirabumii", "Wirabum"])
def test_a_lone_word_slipping_the_last_letter_of_a_surname_is_that_person(slip):
    _, mentions = extract(f"Pelatih Tono Wirabumi memuji timnya. \"Kami siap,\" kata {slip}.")
    assert entity_of(mentions, slip) == entity_of(mentions, "Tono Wirabumi")


def test_a_womans_name_ending_as_a_mans_surname_does_is_no_slip_of_it():
    _, mentions = extract("Pelatih Tono Wirabumo memuji timnya. \"Kami siap,\" kata Wirabumi.")
    assert entity_of(mentions, "Wirabumi") != entity_of(mentions, "Tono Wirabumo")


def test_a_given_name_two_people_share_still_goes_to_the_one_named_last_before_it():
    _, mentions = extract("Budi Santoso dan Budi Hartono hadir. Budi Hartono berbicara lebih dulu. Lalu Budi menutup acara.")
    assert entity_of(mentions, "Budi") == entity_of(mentions, "Budi Hartono")


def test_a_bare_surname_goes_to_the_person_named_in_the_text_not_to_a_relative_named_in_brackets():
    _, mentions = extract("Hal itu disampaikan sutradara film tersebut, Joni Wirasto. Ia akan bekerja bersama saudaranya "
                          "(Andi Wirasto). Wirasto menjelaskan jadwalnya. Wirasto juga mengatakan film itu panjang.")
    assert entity_of(mentions, "Wirasto") == entity_of(mentions, "Joni Wirasto")
    # a full name named in brackets only is still the one a bare name after it shortens
    _, mentions = extract("Penghargaan diberikan kepada penulis (Andi Wirasto). Wirasto senang.")
    assert entity_of(mentions, "Wirasto") == entity_of(mentions, "Andi Wirasto")


@pytest.mark.parametrize("longer, shorter", [
    ("Otorita Ibu Kota Sukamaju", "Otorita IKS"),
    ("Dewan Hak Asasi Manusia PBB", "Dewan HAM PBB"),
    # a place's name too (a company's initials after its legal form, `PT LM`, the collection joins already)
    ("Mal Taman Kota Wonokerto", "Mal TKW"),
])
def test_a_bodys_name_with_some_words_written_as_initials_is_that_body(longer, shorter):
    _, mentions = extract(f"Kepala {longer} mengatakan proyek berjalan. Menurut dia, {shorter} akan membangun jalan baru.")
    assert entity_of(mentions, shorter) == entity_of(mentions, longer)


def test_after_a_title_that_takes_a_body_two_words_the_document_writes_alone_are_the_body_then_the_person():
    # neither word is a listed given name and both are cued as speakers: the company the document writes alone opens
    # the run, its chief's first name, quoted alone, opens the person's name
    text = ("\"Kami akan tumbuh,\" ujar CEO Lapakku Xandro Hartono. Lapakku mengatakan layanannya diterima. "
            "\"Ini penting,\" lanjut Xandro.")
    assert {("Lapakku", "ORG"), ("Xandro Hartono", "PERSON")} <= typed_names(text)


def test_initials_inside_a_name_that_spell_two_bodies_join_neither():
    _, mentions = extract("Dewan Hak Asasi Manusia PBB dan Dewan Harta Agama Muslim PBB bertemu. Dewan HAM PBB menolak.")
    assert entity_of(mentions, "Dewan HAM PBB").isdisjoint(
        entity_of(mentions, "Dewan Hak Asasi Manusia PBB") | entity_of(mentions, "Dewan Harta Agama Muslim PBB"))


@pytest.mark.parametrize("text, body", [
    ("Tersangka ditahan di Rutan Wonokerto sejak Senin.", "Rutan Wonokerto"),
    ("Ia menjalani hukuman di Lapas Wonokerto hingga 2020.", "Lapas Wonokerto"),
    ("Ia dipindahkan ke Rumah Tahanan Wonokerto sejak Senin.", "Rumah Tahanan Wonokerto"),
])
def test_a_detention_centre_is_an_institution_as_a_hospital_is(text, body):
    assert (body, "ORG") in typed_names(text)


def test_a_datelines_city_is_no_short_form_of_a_longer_name_opened_by_it():
    _, mentions = extract("EXETER, Wonsport - Mantan striker itu dirawat di Rumah Sakit Exeter Royal Wonford, kata Rudi.")
    assert entity_of(mentions, "EXETER") != entity_of(mentions, "Exeter Royal Wonford")
    # a paragraph opening with a surname and a comma is no dateline: the surname stays the person's
    _, mentions = extract("Pemenangnya Rina Lawrenzo.\n\nLawrenzo, yang membintangi film itu, senang.")
    assert entity_of(mentions, "Lawrenzo") == entity_of(mentions, "Rina Lawrenzo")


def test_a_clubs_city_after_a_preposition_of_place_is_the_city_not_the_club():
    _, mentions = extract("Exeter City menawar Rudi Halim. Pemain itu lebih memilih pindah ke Exeter dibanding ke "
                          "Jerman. Exeter City kalah. Exeter menang lagi.")
    city = mentions.filter(pl.col("text") == "Exeter").sort("start")
    assert city["type"].to_list() == ["LOC", "ORG"]
    assert city["entity_id"][1] in entity_of(mentions, "Exeter City")


def test_a_city_then_a_given_name_and_a_surname_is_the_city_then_the_person():
    names = typed_names('"Kami gemetar," kata Menteri Dalam negeri Utrecht Rudi Wonoto, kemarin.')
    assert {("Utrecht", "LOC"), ("Rudi Wonoto", "PERSON")} <= names
    # a given name opening the three words, or a saint's word, keeps them one name
    assert ("Sydney Rina Wonoto", "PERSON") in typed_names("Ia bertemu Sydney Rina Wonoto di sana.")


def test_a_name_holding_a_known_place_of_several_words_is_no_persons_shape():
    _, mentions = extract('"Taman itu luas," kata juru bicara Wonpark Hong Kong, Rudi Halim. Turis ke Hong Kong naik.')
    assert entity_of(mentions, "Hong Kong").isdisjoint(entity_of(mentions, "Wonpark Hong Kong"))
    assert ("Wonpark Hong Kong", "PERSON") not in set(mentions.select("text", "type").iter_rows())


def test_a_name_with_an_english_joiner_after_a_title_is_a_body_not_a_person():
    _, mentions = extract("Anggota Wonford House of Representatives menolak RUU itu. Warga Wonford protes.")
    assert ("Wonford House of Representatives", "ORG") in set(mentions.select("text", "type").iter_rows())
    assert entity_of(mentions, "Wonford").isdisjoint(entity_of(mentions, "Wonford House of Representatives"))


def test_a_clip_of_a_persons_one_word_name_is_that_person():
    _, mentions = extract('"Kami siap," kata Prasetyo kepada wartawan. Menurut Pras, timnya kuat. Pras tersenyum.')
    assert entity_of(mentions, "Pras") == entity_of(mentions, "Prasetyo")
    # a given name of its own is no clip (`Surya` of `Suryani`: two people)
    _, mentions = extract('Hadir Surya Wonoto. Lalu Suryani datang. "Ayo," kata Suryani. "Baik," kata Surya.')
    assert entity_of(mentions, "Suryani").isdisjoint(entity_of(mentions, "Surya"))


@pytest.mark.parametrize("text", [
    "Timnya juara Liga Primer Inggris musim lalu.",
    "Mereka lolos ke Piala Asia 2027 setelah menang.",
    "Ia menjuarai Prancis Terbuka 2017 kemarin.",
])
def test_a_place_named_inside_a_competitions_name_is_no_mention_of_the_place(text):
    assert not any(type_ == "LOC" for _, type_ in typed_names(text))


def test_a_place_outside_a_competitions_name_stays_a_place():
    assert ("Inggris", "LOC") in typed_names("Ia main di Liga Primer Inggris. Ia lahir di Inggris tahun 1990.")


@pytest.mark.parametrize("text, expected", [
    # a person's class: a name with an ordinary first word, a word alone
    ("Klub itu punya pemain hebat seperti Rudi Wonoto, Luka Tarvic, dan Wonkel. Mereka kuat.",
     {("Luka Tarvic", "PERSON"), ("Wonkel", "PERSON")}),
    # a body's class: a person's shape is the brand's
    ("Kota itu melahirkan merek fesyen ternama seperti Marel Dorvan dan Tarrow.", {("Marel Dorvan", "ORG"), ("Tarrow", "ORG")}),
    # a place's class
    ("Negara-negara seperti Wonotan dan Kelsovia menolak usul itu.", {("Wonotan", "LOC"), ("Kelsovia", "LOC")}),
])
def test_the_names_a_class_nouns_examples_list_are_of_its_type(text, expected):
    assert expected <= typed_names(text)


def test_a_name_read_by_more_than_its_shape_among_a_class_nouns_examples_keeps_its_type():
    assert ("Jawa Barat", "LOC") in typed_names("Ia bertemu tokoh seperti Rudi Wonoto dan Jawa Barat kemarin.")
    # a town of the gazetteer is read by more than its shape: a role word may be meant in another sense
    assert ("Exeter", "LOC") in typed_names("Ia bertemu pelaku usaha seperti Rudi Wonoto dan Exeter kemarin.")


def test_a_bodys_or_places_other_name_in_brackets_is_that_body_or_place():
    _, mentions = extract("Pengunjung memadati Taman Wonotan (Wonotan Park) di Exeter. Wonotan Park ramai sejak pagi. "
                          "Badan Penyelesaian Wonford (Wonford Settlement Body) memutuskan kasus itu. "
                          "Menurut Wonford Settlement Body, keputusan itu final.")
    assert entity_of(mentions, "Wonotan Park") == entity_of(mentions, "Taman Wonotan")
    assert entity_of(mentions, "Wonford Settlement Body") == entity_of(mentions, "Badan Penyelesaian Wonford")
    assert set(mentions.filter(pl.col("text") == "Wonford Settlement Body")["type"]) == {"ORG"}


@pytest.mark.parametrize("text, inside, before", [
    ("Kantor Wonford (Kuala Lumpur) buka. Kuala Lumpur ramai.", "Kuala Lumpur", "Kantor Wonford"),  # where it is
    ("Hasil kualifikasi:\n\n9. Valentino WONFORD (Tarrow Racing) 1'28.669\n\n10. Andrea TARROWBY (Exeter Team) 1'28.703",
     "Tarrow Racing", "Valentino WONFORD"),  # a results table's rider, read as a body by his capitals
    ("Serikat Pekerja PT Wonford Tarrow Terminal (PT WTT) mogok. PT WTT diam.", "PT WTT", "Serikat Pekerja PT Wonford Tarrow Terminal"),
    ("Kantor Wonford (Rudi Halim) buka. Rudi Halim datang.", "Rudi Halim", "Kantor Wonford"),  # a person
    ("Ikatan Dokter Indonesia (Wonford Medical) menolak. Wonford Medical menolak lagi.", "Wonford Medical", "Indonesia"),  # nested
    ("Kamar Dagang dan Industri Wonford (Wonford Chamber) menolak. Wonford Chamber menolak.", "Wonford Chamber",
     "Industri Wonford"),  # a name the readers cut
])
def test_a_bracketed_name_joins_no_place_person_or_name_part_before_it(text, inside, before):
    _, mentions = extract(text)
    assert entity_of(mentions, inside) != entity_of(mentions, before)


def test_a_type_passes_along_a_list_only_from_a_name_the_text_types_strongly():
    _, mentions = extract("Banjir melanda Aceh dan Wonkara. Warga Exeter dan Tarrowby mengungsi.")
    rules = dict(mentions.select("text", "type_rule").iter_rows())
    assert rules["Wonkara"] == "coordination"  # beside a province the gazetteer knows
    assert rules["Tarrowby"] != "coordination"  # a city's name alone is as often its club's: the vote decides


def test_an_agency_credited_in_brackets_at_the_end_is_a_body():
    text = "Harga beras di pasar itu naik tajam sejak pekan lalu, kata pedagang. [Antara]"
    assert ("Antara", "ORG") in {(m.text, m.type) for m in document_mentions(text)}


@pytest.mark.parametrize("club, short", [("OGC Wonford", "Wonford"), ("Hellas Tarrow", "Tarrow"), ("RCD Opalia", "Opalia")])
def test_a_clubs_letters_or_word_before_its_name_make_the_name_alone_the_club(club, short):
    _, mentions = extract(f"{club} menang 2-1 atas Sinar United. Pelatih {short}, Rudi Halim, puas. {short} kini ketiga.")
    assert len(entity_of(mentions, club) | entity_of(mentions, short)) == 1


def test_a_schools_or_a_reforms_short_form_makes_no_document_a_report_on_clubs():
    # `SD` (a primary school), `RB` (a bureaucratic reform) are no club's letters: `DKI Jakarta` stays the province
    names = [m.text for m in document_mentions("Murid SD Negeri 1 dan Wamen PAN & RB hadir. Gubernur terpilih DKI Jakarta datang.")]
    assert "DKI Jakarta" not in names and "Jakarta" in names


def test_a_kind_of_body_the_press_writes_in_lower_case_names_nothing_even_capitalised():
    # data/generic_bodies.tsv: `partai politik` is written in lower case inside sentences nearly always
    names = [m.text for m in document_mentions("Menurut dia, Partai Politik harus berbenah. Partai Wonotan menolak.")]
    assert names == ["Partai Wonotan"]


def test_a_body_run_into_its_officials_name_splits_where_the_document_calls_the_official_by_the_surname():
    mentions = {(m.text, m.type, m.type_rule) for m in document_mentions(
        "Direktur Olahraga Wonford Paolo Saraceni menegaskan hal itu. Wonford bahagia, ujar Saraceni.")}
    assert ("Wonford", "ORG", "body_before_person") in mentions
    assert ("Paolo Saraceni", "PERSON", "person_after_office") in mentions
    assert not any(text == "Wonford" and type_ == "PERSON" for text, type_, _ in mentions)


def test_a_body_run_into_its_officials_name_splits_where_the_document_cues_the_official_by_the_next_word():
    # `Dargo` is no listed given name, and a speech verb follows `Wonford` once: the cue `ucap Dargo` says where he opens
    mentions = {(m.text, m.type) for m in document_mentions(
        'Wonford menang 2-0. "Kami bangga," ujar manajer Wonford Dargo Saraceni. Sementara itu, manajemen Wonford '
        'meyakini keputusan itu. "Wonford tetap solid," ucap Dargo.')}
    assert ("Dargo Saraceni", "PERSON") in mentions and ("Wonford Dargo Saraceni", "PERSON") not in mentions


def test_a_name_the_document_writes_apart_opening_a_longer_run_is_no_body_before_a_person():
    # a heading glues a verb to the name (`Dargo Wiraseni Dibatasi`); `Dargo` alone and `kata Wiraseni` elsewhere
    text = 'Dargo Wiraseni hadir. Dargo datang. Dargo Wiraseni Dibatasi di sana. "Ya," kata Wiraseni.'
    doc = DocumentContext(text)
    start = text.index("Dargo Wiraseni Dibatasi")
    doc.mentions = [Mention(start, start + 23, "Dargo Wiraseni Dibatasi", "PERSON", STRONG, "person_by_shape", "person_by_shape")]
    document.split_bodies_opening_names(doc)
    assert [m.text for m in doc.mentions] == ["Dargo Wiraseni Dibatasi"]


def test_one_letter_opens_no_body_run_into_a_name():
    # `I` is written alone once (`tahap I`) and the document cues the person by the next word: still one name
    mentions = {(m.text, m.type) for m in document_mentions(
        'Kasat Reskrim Polres Sukamaju, AKP I Gusti Nyoman Jaya Wirata membenarkan hal itu. Keduanya lolos seleksi '
        'tahap I. "Kasus itu memang saling lapor," kata Gusti.')}
    assert ("I Gusti Nyoman Jaya Wirata", "PERSON") in mentions


@pytest.mark.parametrize("text", [
    # the first word cued as a speaker: the person's own first name
    "Politikus Partai Wonotan Mardoni Ali Sera hadir. Menurut dia, Sera benar, kata Mardoni.",
    # the surname never written alone: the document calls the person by the first name
    "Politikus Partai Wonotan Mardoni Ali Sera hadir. Mardoni menolak usul itu.",
])
def test_a_persons_name_whose_first_word_the_document_writes_alone_stays_whole(text):
    assert "Mardoni Ali Sera" in {m.text for m in document_mentions(text) if m.type == "PERSON"}


def test_a_word_of_vocabulary_opening_a_persons_name_is_no_body_split_off():
    # `Panti` is vocabulary (a home): no body's own name, though the document writes it alone and the surname too
    names = {m.text for m in document_mentions("Menurut pengurus Panti Paolo Saraceni, Panti itu penuh, ujar Saraceni.")
             if m.type == "PERSON"}
    assert "Paolo Saraceni" not in names


def test_a_place_named_after_its_owner_body_stays_the_place():
    # body_own_name joins only what the name's shape alone read as a person; `di Wonotan` is read as a place
    mentions = {(m.text, m.type) for m in document_mentions("Penyidik Polres Wonotan datang. Banjir melanda di Wonotan kemarin.")}
    assert ("Wonotan", "LOC") in mentions


@pytest.mark.parametrize("text, body, person", [
    # a known body's letters, then two name words no list of given names holds: its member
    ("Hal itu dikatakan anggota Komisi III DPR Rieke Santoso di Sukamaju.", "Komisi III DPR", "Rieke Santoso"),
    ("Hal itu dikatakan anggota Komisi III DPR Rudi Santoso di Sukamaju.", "Komisi III DPR", "Rudi Santoso"),
])
def test_a_name_after_a_known_bodys_acronym_is_its_member(text, body, person):
    typed = {(m.text, m.type) for m in document_mentions(text)}
    assert {(body, "ORG"), (person, "PERSON")} <= typed


def test_a_name_after_letters_no_gazetteer_knows_needs_a_given_name_to_be_a_member():
    # `RSWK Hasan Wirasaputra`: a body's letters the gazetteer does not know, then no given name: a name of its own
    texts = {m.text for m in document_mentions("Pasien dirujuk ke Rumah Sakit RSWK Hasanul Wirasaputra di Sukamaju.")}
    assert "Hasanul Wirasaputra" not in texts


def test_a_bodys_run_closed_by_a_name_the_document_cues_as_a_speaker_is_the_body_then_its_official():
    typed = {(m.text, m.type, m.rule) for m in document_mentions(
        "Rapat dihadiri Yayasan Wonford Rina Sari kemarin. Menurut Sari, dana cukup.")}
    assert {("Yayasan Wonford", "ORG", "organisation_head"), ("Rina Sari", "PERSON", "official_closing_body")} <= typed


def test_a_bodys_head_alone_before_a_cued_name_names_no_body():
    typed = {(m.text, m.type) for m in document_mentions("Rapat dihadiri Pasukan Rina Sari kemarin. Kata Sari, timnya kuat.")}
    assert ("Rina Sari", "PERSON") in typed and not any(text.startswith("Pasukan") for text, _ in typed)


def test_a_bodys_run_closed_by_a_name_never_cued_stays_whole():
    # `Sari` only written, never cued as a speaker: a body may be named after a person
    texts = {m.text for m in document_mentions("Rapat dihadiri Yayasan Wonford Rina Sari kemarin. Dana itu cukup untuk Sari.")}
    assert "Yayasan Wonford Rina Sari" in texts


def test_a_bodys_own_name_written_alone_is_the_body():
    mentions = document_mentions("Santri Pondok Pesantren Al Zentraxa ikut lomba. Al Zentraxa berdiri sejak 1950.")
    alone = next(m for m in mentions if m.text == "Al Zentraxa")
    assert (alone.key, alone.type_rule) == ("pondok pesantren al zentraxa", "body_own_name")


def test_a_bodys_own_name_that_a_title_gives_a_person_stays_the_persons():
    # a foundation named after the man a title names: his name written alone is his
    mentions = document_mentions("Dana Yayasan Rudi Zentraxa cair. Bapak Rudi Zentraxa meninjau sawah. "
                                 "Warga menyambut Rudi Zentraxa kemarin.")
    assert all(m.key == "rudi zentraxa" for m in mentions if m.text == "Rudi Zentraxa")


def test_a_bodys_own_name_the_document_reads_as_a_place_is_no_short_form_of_the_body():
    mentions = document_mentions("Santri Pondok Pesantren Al Zentraxa ikut lomba. Banjir melanda di Al Zentraxa kemarin. "
                                 "Warga Al Zentraxa mengungsi.")
    assert all(m.key == "al zentraxa" for m in mentions if m.text == "Al Zentraxa")


INVENTED_CLUBS = {club_form_key(form): club for form, club in (  # keyed as `club_forms` keys them
    ("Wonford Bromwich Athletic", "Wonford Bromwich Athletic"), ("Wonford Brom", "Wonford Bromwich Athletic"),
    ("Spirs", "Tottenford Spirs"), ("Tottenford Spirs", "Tottenford Spirs"))}


def test_two_forms_of_one_listed_club_are_the_club_under_its_longest_form(monkeypatch):
    monkeypatch.setattr(document, "club_forms", lambda: INVENTED_CLUBS)
    mentions = document_mentions("Tottenford Spirs menang atas Wonford Bromwich Athletic. Pelatih Wonford Brom kecewa. "
                                 "Spirs kini di puncak.")
    by_text = {m.text: m for m in mentions}
    assert by_text["Spirs"].key == by_text["Tottenford Spirs"].key and by_text["Spirs"].type == "ORG"
    # the title before it read a person; the club's list says otherwise
    assert (by_text["Wonford Brom"].key, by_text["Wonford Brom"].type) == (by_text["Wonford Bromwich Athletic"].key, "ORG")


def test_a_listed_clubs_one_word_alone_is_the_club_but_joins_nothing_without_another_of_its_forms(monkeypatch):
    monkeypatch.setattr(document, "club_forms", lambda: INVENTED_CLUBS)
    spirs = next(m for m in document_mentions("Kemarin Spirs menang dua gol tanpa balas.") if m.text == "Spirs")
    assert (spirs.type, spirs.key, spirs.type_rule) == ("ORG", "spirs", "club_form")


def test_a_listed_club_its_own_reading_typed_keeps_that_reading(monkeypatch):
    # the vote weighs a reading by its record: a club's designator has one, the club list's pass none of its own
    monkeypatch.setattr(document, "club_forms", lambda: INVENTED_CLUBS)
    club = next(m for m in document_mentions("Wonford Bromwich Athletic menang semalam.") if m.text == "Wonford Bromwich Athletic")
    assert (club.type, club.type_rule) == ("ORG", "club_by_designator")


@pytest.mark.parametrize("text, word, type_", [
    ("Rina Spirs hadir di acara itu. Spirs tersenyum.", "Spirs", "PERSON"),  # a part of a person's full name
    ("Banjir melanda di Spirs kemarin.", "Spirs", "LOC"),  # placed by its sentence, no other form of the club
])
def test_a_listed_clubs_one_word_stays_a_persons_name_or_a_placed_town(monkeypatch, text, word, type_):
    monkeypatch.setattr(document, "club_forms", lambda: INVENTED_CLUBS)
    assert {m.type for m in document_mentions(text) if m.text == word} == {type_}


def test_the_club_list_leaves_out_forms_that_name_places_people_or_short_letters(monkeypatch):
    rows = (("jakarta", "Jakarta Athletic"), ("budi", "Budi FC"), ("afx", "AFX Wonford"), ("wonford spirs", "Wonford Spirs"))
    monkeypatch.setattr(document, "table_rows", lambda name: rows)
    assert document.club_forms.__wrapped__() == {"wonford spirs": "Wonford Spirs"}



@pytest.mark.parametrize("text, holder", [
    ("Wakil Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Eko Halimsyah menyatakan kasus itu.", "Eko Halimsyah"),
    ("Menteri Koordinator bidang Tata Niaga, Hukum, dan Keamanan Sudarto menyatakan kasus itu selesai.", "Sudarto"),
])
def test_a_ministers_portfolios_listed_with_commas_name_no_body_and_the_holder_is_a_person(text, holder):
    assert typed_names(text) == {(holder, "PERSON")}
