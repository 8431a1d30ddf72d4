from transforms.entities.tokens import Tokens


def test_tokens_keep_reduplications_and_split_capitalised_compounds_and_clitics():
    words = [t.text for t in Tokens("anak-anak di Korea Utara-Rusia, Bawaslu-nya (Sukamaju FC-red)")]
    assert words == ["anak-anak", "di", "Korea", "Utara", "Rusia", "Bawaslu", "nya", "Sukamaju", "FC", "red"]
