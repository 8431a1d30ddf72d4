from transforms.entities.runs import join_hyphen_compounds, name_runs, results_table_codes
from transforms.entities.tokens import Tokens


def run_texts(text: str) -> list[str]:
    tokens = join_hyphen_compounds(Tokens(text))  # as the document context tokenises
    return [text[tokens[a].start:tokens[b - 1].end] for a, b in name_runs(tokens)]


def test_a_hyphenated_name_spaced_by_the_tokeniser_stays_one_name():
    assert run_texts("Gol dicetak Rionel - Tamarek Sudowo di laga itu.") == ["Rionel - Tamarek Sudowo"]
    assert run_texts("Umpan Bayu Kestrel - Fandowin bagus.") == ["Bayu Kestrel - Fandowin"]


def test_a_short_word_opening_a_hyphenated_name_spaced_by_the_tokeniser_opens_the_name():
    # a short word of the vocabulary before the hyphen is a brand's prefix (`Go - Jek`); after it, a sentence after a
    # dateline's dash; a longer one before it too
    assert run_texts("Layanan Go - Wakar kini bisa dipakai.") == ["Go - Wakar"]
    assert run_texts("Sukamaju - Pasar itu ramai.") == ["Sukamaju", "Pasar"]
    assert run_texts("Kantor - Wakar hadir.") == ["Kantor", "Wakar"]


def test_a_given_names_last_syllable_spaced_by_the_tokeniser_stays_in_the_name():
    assert run_texts("Pelatih Jeon Dae - hyun dan Ri Chol - un hadir.") == ["Pelatih Jeon Dae - hyun", "Ri Chol - un"]
    # or inside a name a surname closes after it
    assert run_texts("Hal itu kata Eng - rot Sukarit, wakil ketua partai.") == ["Eng - rot Sukarit"]
    # a word of the vocabulary or of English after the hyphen is no syllable of the name
    assert run_texts("Mobil dengan Electronic Brake - force melaju.") == ["Electronic Brake"]
    # nor a reduplication, whole or with its vowels changed
    assert run_texts("Misteri Candi Teka - teki itu.") == ["Candi Teka"]


def test_an_arabic_articles_name_spaced_by_the_tokeniser_stays_one_name():
    assert run_texts("Ia salat di Masjid Al - Sukami dekat rumahnya.") == ["Masjid Al - Sukami"]
    assert run_texts("Kelompok Al - Ramizah mengaku bertanggung jawab.") == ["Kelompok Al - Ramizah"]
    # a lower-case article inside a name stays the name's particle
    assert run_texts("Presiden Rashid al - Ramizah datang.") == ["Presiden Rashid al - Ramizah"]


def test_a_fields_label_before_its_colon_closes_a_line_up_name():
    assert run_texts("Cadangan: Budi Raharjo, Tomi Rando Pelatih: Rino Sasongko") == [
        "Budi Raharjo", "Tomi Rando", "Pelatih", "Rino Sasongko"]


def test_a_saints_abbreviation_opens_a_name_its_dot_does_not_end():
    assert run_texts("Turnamen digelar di St. Vinzenburg kemarin.") == ["St. Vinzenburg"]


def test_a_spaced_hyphen_between_two_full_names_pairs_two_people():
    assert run_texts("Pasangan Rionel Tamarek - Sudowo Kestrel menang.") == ["Rionel Tamarek", "Sudowo Kestrel"]


def test_a_reduplicated_word_spaced_by_the_tokeniser_stays_in_its_name():
    # unspaced, `Bangsa-Bangsa` is one token; the pairing rule must not cut a name at its spaced copy
    assert run_texts("Sanksi Dewan Keamanan Perserikatan Bangsa - bangsa berlaku. Bangsa itu diam.") == [
        "Dewan Keamanan Perserikatan Bangsa - bangsa", "Bangsa"]
    assert run_texts("Rapat Liga Bangsa - Bangsa Timor dibuka.") == ["Rapat Liga Bangsa - Bangsa Timor"]


def test_a_pairing_of_names_the_document_uses_alone_is_two_names():
    assert run_texts("Laga Persikam - Persidor di kandang. Persidor kalah.") == ["Persikam", "Persidor", "Persidor"]
    assert run_texts("Jalur Sukamaju - Jakarta dibuka.") == ["Sukamaju", "Jakarta"]


def test_a_word_before_a_bodys_head_opening_a_sentence_describes_the_body():
    assert run_texts("Hasil undian keluar. Kampiun Liga Timor, Persikam, menang.") == ["Liga Timor", "Persikam"]
    assert run_texts("Hasil undian keluar. Ketua Partai Rakyat hadir.") == ["Ketua Partai Rakyat"]


def test_a_datelines_dash_joins_no_name_to_the_sentence_after_it():
    assert run_texts("Kantorwarta - Kasus campak meningkat di Sukamaju.") == ["Kantorwarta", "Sukamaju"]


def test_a_foreign_gazetteer_town_opening_a_hyphenated_name_is_part_of_it():
    # `Marco` and `Aston` are villages of the gazetteer; the other side is no place
    assert run_texts("Tendangan Ardi dimentahkan Marco - Tevin Sudowo kemarin.") == ["Ardi", "Marco - Tevin Sudowo"]
    assert run_texts("Laga digelar di Aston - Kestrel pekan lalu.") == ["Aston - Kestrel"]
    # a dateline's town before the dash, and two places, stay apart
    assert run_texts("Marco - Tevin Sudowo hadir.") == ["Marco", "Tevin Sudowo"]
    assert run_texts("Bus jurusan Marco - Lucas berangkat.") == ["Marco", "Lucas"]


def test_a_month_between_a_given_name_and_another_name_word_is_part_of_the_name():
    assert run_texts("Menurut Rudi April Santoso, rapat ditunda.") == ["Rudi April Santoso"]
    assert run_texts("Rapat yang dipimpin Rudi Juni 2024 lalu ditunda.") == ["Rudi"]  # a date after the name


def test_a_month_ending_a_name_after_a_given_name_is_part_of_the_name_unless_a_time_word_follows():
    assert run_texts("Perdana Menteri Rina Mei menyatakan setuju.") == ["Perdana Menteri Rina Mei"]
    assert run_texts("Hal itu kata Rina Mei.") == ["Rina Mei"]
    assert run_texts("Hal itu kata Rudi Maret lalu.") == ["Rudi"]


def test_dan_joins_two_portfolios_of_a_body_whose_title_opens_the_run():
    lead = "Rapat itu dihadiri semua guru. "
    assert run_texts(lead + "Hadir Kepala Dinas Tata Ruang dan Permukiman, Rina Sari.") == [
        "Kepala Dinas Tata Ruang dan Permukiman", "Rina Sari"]


def test_dan_joins_two_portfolios_of_a_ministry_named_after_an_office():
    lead = "Rapat itu dihadiri semua guru. "
    assert run_texts(lead + "Hadir Dirjen Tata Desa Kementerian Tata Ruang dan Kawasan Hijau, Rina Sari.") == [
        "Dirjen Tata Desa Kementerian Tata Ruang dan Kawasan Hijau", "Rina Sari"]


def test_dan_after_a_title_and_a_body_does_not_join_a_person():
    lead = "Rapat itu dihadiri semua guru. "
    assert run_texts(lead + "Hadir Kepala Dinas Pendidikan dan Rina Sari di sana.") == ["Kepala Dinas Pendidikan", "Rina Sari"]
    assert run_texts(lead + "Hadir Ketua Dinas Pasar dan Kementerian Tata Ruang.") == ["Ketua Dinas Pasar", "Kementerian Tata Ruang"]


def test_a_number_opens_a_name_only_where_no_word_before_it_owns_it():
    assert "38 Nusabakti" in run_texts("Kata Rina, analis lembaga 38 Nusabakti di Sukamaju.")  # a name opening with a number
    assert run_texts("Ia dijerat Pasal 56 ayat 2 KUHP dan dibawa ke lantai 3 Wisma Sukamaju.") == ["Pasal", "KUHP", "Wisma Sukamaju"]
    assert "Sukamaju" in run_texts("Laga timnas U - 19 Sukamaju berlangsung.")  # an age group's number, joined by a hyphen
    assert "Garuda" in run_texts("Pesawat jenis C / 2 Garuda itu jatuh.")
    assert run_texts("Saat ini terdapat 12 RPH di kota itu.") == ["RPH"]  # a count of what an acronym names


def test_the_number_word_of_an_address_or_floor_ends_the_place_and_names_nothing():
    assert run_texts("Ia tinggal di Jl. Sukamaju No. 5 dan bekerja di Gedung Tirtamas Lantai 3.") == ["Jl. Sukamaju", "Gedung Tirtamas"]


def test_an_arabic_article_before_a_hyphen_stays_in_its_name():
    assert run_texts("Ia mengutip Al-Furqaniyah kemarin.") == ["Al-Furqaniyah"]


def test_a_villages_name_opens_a_run_whatever_its_words():
    # `Simpang Juli`: a month's name, no name word of its own, closes the village's
    assert run_texts("Warga Simpang Juli protes kemarin.") == ["Simpang Juli"]


def test_dan_before_a_bodys_acronym_or_after_a_town_joins_two_bodies_not_two_portfolios():
    assert run_texts("Kerja sama Pemkot Sukamaju dan BPN kemarin.") == ["Pemkot Sukamaju", "BPN"]
    assert run_texts("Kerja sama Pemkot Bandung dan Telkomsel kemarin.") == ["Pemkot Bandung", "Telkomsel"]
    assert run_texts("Penyelidikan Kementerian Kehakiman dan FBI berlanjut.") == ["Kementerian Kehakiman", "FBI"]
    assert run_texts("Kata Kementerian Koperasi dan UKM kemarin.") == ["Kementerian Koperasi dan UKM"]


def test_two_particles_inside_a_name_keep_it_whole():
    assert run_texts("Ia bertemu Ruud van der Wiel di Amsterdam.") == ["Ruud van der Wiel", "Amsterdam"]


def test_the_pilgrims_title_opens_no_name_but_a_middle_initial_stays():
    assert run_texts("Ia bertemu H. Acep Sutisna dan Budi H. Santoso kemarin.") == ["Acep Sutisna", "Budi H. Santoso"]


def test_a_bodys_acronym_in_a_list_is_no_portfolio_of_the_body_before_it():
    assert run_texts("Layanan Bank Sukamaju, BNI, dan BRI terganggu.") == ["Bank Sukamaju", "BNI", "BRI"]
    assert run_texts("Kata Badan Meteorologi, Klimatologi, dan Geofisika kemarin.") == ["Badan Meteorologi, Klimatologi, dan Geofisika"]


def compound_texts(text: str) -> list[str]:
    return [t.text for t in join_hyphen_compounds(Tokens(text)) if t.capitalised]


def test_an_unspaced_hyphenated_name_is_one_word():
    assert compound_texts("Pelatih Jean-Tavel Rionard dan bek Sudo Kestrel-Maro hadir di Bandara Tamarek-Hatta.") == [
        "Pelatih", "Jean-Tavel", "Rionard", "Sudo", "Kestrel-Maro", "Bandara", "Tamarek-Hatta"]


def test_an_unspaced_pairing_stays_two_words():
    # two places of the gazetteer, a word the document also writes alone, two words of vocabulary
    assert compound_texts("Kereta Jakarta-Bandung dan laga Persikam-Persidor. Persidor kalah. Data Ekspor-Impor naik.") == [
        "Kereta", "Jakarta", "Bandung", "Persikam", "Persidor", "Persidor", "Data", "Ekspor", "Impor"]


def test_an_arabic_particle_joined_by_a_hyphen_stays_in_the_name():
    assert run_texts("Menurut Hasan al-Rashuli, serangan itu keji.") == ["Hasan al-Rashuli"]
    assert run_texts("Menurut Hasan al - Rashuli, serangan itu keji.") == ["Hasan al - Rashuli"]


def test_a_road_or_an_airport_named_by_two_places_joined_by_a_hyphen_is_one_name():
    assert run_texts("Macet di Jalan Tol Sukamaju - Cibadak pagi ini.") == ["Jalan Tol Sukamaju - Cibadak"]
    assert run_texts("Tol Jakarta-Cikampek padat. Laga Sukamaju - Jakarta seru.") == [
        "Tol Jakarta-Cikampek", "Sukamaju", "Jakarta"]  # a match between two places: two names


def test_a_code_and_its_number_spaced_by_the_tokeniser_are_one_word_of_the_name_before_them():
    assert run_texts("Pelatih Tim Sukamaju U - 19 memanggil pemain. Tim Sukamaju U-21 kalah.") == [
        "Pelatih Tim Sukamaju U - 19", "Tim Sukamaju U-21"]


def test_a_code_and_its_number_open_no_name():
    assert run_texts("Pemain timnas U - 19 dan U-21 berlatih. Jet F-16 terbang.") == []


def test_a_word_with_its_possessive_ends_a_name():
    assert run_texts("PT Sinar Kestrel Legalitasnya lengkap, kata dia.") == ["PT Sinar Kestrel"]


def test_a_bodys_portfolios_listed_without_a_comma_before_dan_are_its_name():
    assert run_texts("Hadir Badan Geologi, Hidrologi dan Klimatologi Sukamaju (BGHK) kemarin.") == [
        "Badan Geologi, Hidrologi dan Klimatologi Sukamaju", "BGHK"]


def test_a_town_of_the_dictionarys_words_after_a_hyphen_is_the_town():
    # `Bekasi`, `Bogor` are dictionary words too; after a hyphen they open a `sentence`, where such a word is no name
    assert run_texts("Jalur kereta Tambun - Bekasi dibuka. Kereta cepat Cibinong-Bogor penuh.") == [
        "Tambun", "Bekasi", "Cibinong", "Bogor"]


def test_a_state_schools_number_goes_on_naming_it():
    assert run_texts("Siswa SMPN 6 Sukamaju dan SMP Negeri 12 Wonotan hadir.") == ["SMPN 6 Sukamaju", "SMP Negeri 12 Wonotan"]
    assert run_texts("Kepala SMA N 3 Sukamaju datang.") == ["Kepala SMA N 3 Sukamaju"]  # after an office's words too
    # a number after any other name, or a year, names nothing with it
    assert run_texts("Rapat Dinas Pendidikan 2 Sukamaju digelar.") == ["Rapat Dinas Pendidikan", "Sukamaju"]
    assert run_texts("Siswa SMPN 2017 Sukamaju hadir.") == ["SMPN", "Sukamaju"]


def test_a_numbered_units_number_and_territory_go_on_naming_it():
    # the armed forces', the police's and the railway's numbered units are named as state schools are
    assert run_texts("Tim Densus 88 Antiteror tiba. Pasukan Yonif 512 Sukamaju siaga.") == [
        "Tim Densus 88 Antiteror", "Pasukan Yonif 512 Sukamaju"]
    # a number opened by 0 is no year; the territory after the slash is the unit's
    assert run_texts("Anggota Kodim 0830/Sukamaju berjaga.") == ["Anggota Kodim 0830/Sukamaju"]
    # a slash after any other number divides, no territory
    assert run_texts("Skor 2/Sukamaju menang.") == ["Sukamaju"]


def test_a_ministers_portfolios_listed_with_commas_run_on_to_the_holders_name():
    # after a minister's title, or `bidang` in lower case, the list is the ministry's portfolios, the holder's name after
    assert run_texts("Menko Tata Niaga, Hukum, dan Keamanan Sudarto Wiryo hadir.") == [
        "Menko Tata Niaga, Hukum, dan Keamanan Sudarto Wiryo"]
    assert run_texts("Menteri Koordinator bidang Tata Niaga, Hukum, dan Keamanan Rudi Halim hadir.") == [
        "Menteri Koordinator bidang Tata Niaga, Hukum, dan Keamanan Rudi Halim"]
    # offices listed after a minister's are no portfolios of his
    assert run_texts("Hadir Menteri Keuangan, Menteri Pertahanan, dan Jaksa Agung.") == [
        "Menteri Keuangan", "Menteri Pertahanan", "Jaksa Agung"]


def test_bidang_joins_a_portfolio_only_after_a_title_or_an_acronym():
    assert run_texts("Menteri Koordinator bidang Tata Niaga Rudi Halim hadir.") == [
        "Menteri Koordinator bidang Tata Niaga Rudi Halim"]
    # after a body's own name `bidang` opens a field of study, no portfolio of an office
    assert run_texts("Tim Universitas Sukamaju bidang Teknik Sipil hadir.") == ["Tim Universitas Sukamaju", "Teknik Sipil"]


def test_a_site_s_address_closes_its_name_before_the_person_after_it():
    assert run_texts("Kata Founder Wonford.id Rina Sarimaya kemarin.") == ["Founder Wonford.id", "Rina Sarimaya"]
    # its company's closing word goes on naming it
    assert run_texts("Saham Wonford.com Inc naik.") == ["Wonford.com Inc"]


def test_a_results_table_s_country_codes_close_the_athletes_names_and_open_no_run():
    text = "1. Rinaldo Tavera ESP Sukamaju Kencana 1 m 28.3s 2. Halim Wonoto FRA Wonford Racing 1 m 28.7s"
    tokens = join_hyphen_compounds(Tokens(text))
    codes = results_table_codes(list(tokens), tokens.candidates)
    runs = [text[tokens[a].start:tokens[b - 1].end] for a, b in name_runs(tokens, codes)]
    assert runs == ["Rinaldo Tavera", "Sukamaju Kencana", "Halim Wonoto", "Wonford Racing"]
    # one country's code is no table; nor is a code after a title or a head (`Ketua Umum ESP`, `Fraksi ESP`)
    for text in ("Rina Sari ESP Sukamaju dan Budi Halim ESP Wonotan.", "Ketua Umum ESP Rina Sari dan Fraksi FRA Budi."):
        tokens = Tokens(text)
        assert not results_table_codes(list(tokens), tokens.candidates), text
