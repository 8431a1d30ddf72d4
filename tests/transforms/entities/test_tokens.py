from transforms.entities.tokens import Tokens


def test_tokens_keep_reduplications_and_split_capitalised_compounds_and_clitics():
    words = [t.text for t in Tokens("anak-anak di Korea Utara-Rusia, Bawaslu-nya (Sukamaju FC-red)")]
    assert words == ["anak-anak", "di", "Korea", "Utara", "Rusia", "Bawaslu", "nya", "Sukamaju", "FC", "red"]


def test_a_dot_joins_a_word_unless_two_sentences_run_together():
    words = [t.text for t in Tokens("Oleh Rina Sarinah.Dosen Hukum. Prof.Tono, dr. Sari M.Kes, A.B. Lubis, kabar.id, 1.000")]
    assert words[:5] == ["Oleh", "Rina", "Sarinah", "Dosen", "Hukum"]
    assert {"Prof.Tono", "M.Kes", "A.B", "kabar.id", "1.000"} <= set(words)
