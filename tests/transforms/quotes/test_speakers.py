import pytest

from transforms.quotes.speakers import speaker_after, speaker_before


@pytest.mark.parametrize("after_cue, expected", [
    # an envoy's office goes on through `untuk` to its holder's name
    ("Duta Besar Lintasia untuk PBB Rina Sari. Lalu", "Duta Besar Lintasia untuk PBB Rina Sari"),
    # `untuk` before a verb ends the phrase at the name
    ("Rina Sari untuk menanggapi kritik itu.", "Rina Sari"),
    # a description with a relative clause closed by a demonstrative, then where it was said: the description points back
    ("pria yang akrab disapa Dodi itu di balai desa, Senin.", "pria yang akrab disapa Dodi itu"),
    ("sopir yang berasal dari Sukamaju itu, Senin.", "sopir yang berasal dari Sukamaju itu"),
    # a month's name right after the cue with no date after it is a name; after a name, or with a date, it ends the phrase
    ("June kepada wartawan di Sukamaju.", "June"),
    ("Rina Sari Juni lalu.", "Rina Sari"),
    ("Juni 2024 lalu.", ""),
    # a title's dot and an initial's dot do not end the phrase; a name's last dot does
    ("Dr. Rina M. Sari kepada wartawan.", "Dr. Rina M. Sari"),
    ("Prof. dr. Rina Sari. Lalu", "Prof. dr. Rina Sari"),
    # where the office sits, then its holder after a comma; not a day's name nor a place after that comma
    ("atase pers Kedutaan Lintasia di Sukamaju, Rina Sari.", "atase pers Kedutaan Lintasia di Sukamaju, Rina Sari"),
    ("Rina Sari di Sukamaju, Senin (3/3).", "Rina Sari"),
    ("Rina Sari di Bandung, Jawa Barat.", "Rina Sari"),
])
def test_the_speaker_phrase_after_a_post_cue(after_cue, expected):
    text = f"“Posisi kami jelas,” kata {after_cue}"
    start, end = speaker_after(text, text.index(after_cue), len(text))
    assert text[start:end] == expected


@pytest.mark.parametrize("clause, expected", [
    # the commas of a list inside an office's name are no clause boundary
    ("Menteri Koordinator bidang Politik, Hukum, dan Keamanan Rudi Santoso", "Menteri Koordinator bidang Politik, Hukum, dan Keamanan Rudi Santoso"),
    ("Kepala Dinas Pendidikan, Pemuda, dan Olahraga Sukamaju Rina Sari", "Kepala Dinas Pendidikan, Pemuda, dan Olahraga Sukamaju Rina Sari"),
    # and inside a body's name
    ("Badan Pangan, Pertanian, dan Perikanan Sukamaju", "Badan Pangan, Pertanian, dan Perikanan Sukamaju"),
    # a list with no office before it is cut at its last comma as before
    ("Sementara itu, Rina, Budi, dan Tono", "Budi, dan Tono"),
    # degrees after the name, each between commas, belong to it: the name speaks, not `MPsi`
    ("Ketua Dewan Pengawas, Rina Sari, SH, MPsi,", "Rina Sari"),
    ("Direktur Gizi Sukamaju dr Budi Santoso, M.Epid,", "Direktur Gizi Sukamaju dr Budi Santoso"),
    # a capitalised part that is no degree is still the part nearest the cue
    ("Sementara itu, Tono Wijaya,", "Tono Wijaya"),
    # a region's or an Indonesian city's name completing the place before it is passed over too
    ("Kepala Dinas Rina Sari di Sukamaju, Jawa Barat,", "Kepala Dinas Rina Sari di Sukamaju"),
    ("Dokter Rina Sari, dari RS Harapan, Bandung", "Dokter Rina Sari, dari RS Harapan"),
    # not a foreign city's name, a surname as often, nor a place after no name
    ("Lewat Twitter, Hamilton", "Hamilton"),
    ("Sementara itu, Jepang", "Jepang"),
    # passing over the place would leave no subject: its part is taken as before
    ("Hal itu ia katakan di Balai Kota, Bandung", "Bandung"),
    # a part citing where the words were read is no name before a description, nor the subject
    ("Dilansir Lintas Warta, aktor berusia 38 tahun itu", "aktor berusia 38 tahun itu"),
    ("Seperti dikutip dari Kabar Pagi, juru bicara Dinas Pasar", "juru bicara Dinas Pasar"),
    ("Rina Sari, dikutip dari Kabar Pagi,", "Rina Sari"),
    ("Dilansir Lintas Warta", "Dilansir Lintas Warta"),  # the outlet alone is the phrase
    # an account's handle after the account names no speaker
    ("Dinas Pasar Sukamaju melalui akun Instagram resminya, @pasarsukamaju,", "Dinas Pasar Sukamaju melalui akun Instagram resminya"),
])
def test_the_speaker_phrase_before_a_pre_cue(clause, expected):
    text = f"{clause} mengatakan bahwa pasar dibuka."
    start, end = speaker_before(text, 0, len(clause) + 1)
    assert text[start:end] == expected
