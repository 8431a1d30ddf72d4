"""What each quote rule does, with one invented example: the registry docs/rules.md is generated from."""

QUOTE_RULES = {
    "direct_post_cue": ("A quotation, then a speech cue and the speaker.", "“Jembatan selesai tahun ini,” kata Tono Raharjo."),
    "direct_post_subject": ("A quotation closed by its own comma, then its speaker and a speech verb.",
                            "“Jembatan selesai tahun ini,” ia menambahkan."),
    "direct_pre_cue": ("A speaker and a cue with a comma or colon, then a quotation.", "Rina menegaskan, “Kami siap.”"),
    "direct_continued": ("A quotation with no cue at a sentence start, or a passage after a colon left open to the "
                         "paragraph's end: the speaker goes on; it takes a nearby quote's speaker.", "“Kami siap,” kata Rina. “Semua sudah diatur.”"),
    "mixed_fragment": ("A quoted fragment a cue reports, alone: right after the cue, or filling most of the sentence.",
                       "Rina berjanji untuk “membangun ulang pasar”."),
    "mixed_post_cue": ("A reported clause holding a quoted fragment, then a cue.",
                       "Pasar akan “dibangun ulang” tahun depan, kata Rina."),
    "mixed_pre_cue": ("A cue, then a reported clause holding a quoted fragment.",
                      "Rina mengatakan pasar akan “dibangun ulang” tahun depan."),
    "indirect_passive": ("`Hal tersebut dikatakan X`: the statement is the sentence before.",
                         "Pasar dibuka besok. Hal tersebut dikatakan Rina."),
    "indirect_passive_opener": ("A passive cue and its agent (or none: the speaker goes on) open the sentence; the "
                                "statement follows the comma.",
                                "Disampaikan oleh Rina selaku ketua panitia, pasar dibuka besok."),
    "indirect_cue_opener": ("A bare cue opens the sentence with its speaker and a comma; the statement follows.",
                            "Kata Rina, pasar dibuka besok pagi."),
    "indirect_quoting_source": ("A statement, then the outlet quoting its speaker.",
                                "Harga naik pekan ini, kantor berita Lintas mengutip pernyataan Rina."),
    "indirect_inside_cue": ("A cue and its speaker set inside the statement.",
                            "Harga beras, kata Rina, akan turun bulan depan."),
    "indirect_post_cue": ("A statement, then a cue and its speaker.", "Harga beras akan turun bulan depan, kata Rina."),
    "indirect_pre_cue": ("A speaker and a cue, then the statement.", "Rina mengatakan bahwa harga beras akan turun."),
    "indirect_pre_clause": ("A speaker and a verb that also takes objects, then a clause with its predicate word "
                            "(`tidak`, `harus`, `sudah` ...) and no `bahwa`.", "Rina memastikan harga beras tidak akan naik."),
    "indirect_clause_model": ("A speaker and a verb that also takes objects, then words the rules find no predicate in but "
                              "the clause model (transforms/quotes/clause_model.py) reads as a statement.",
                              "Rina menilai Rp 4.000 per suara terlalu besar."),
    "indirect_post_subject": ("A statement closed by its subject and verb.", "Harga beras akan turun, Lintas melaporkan."),
    "indirect_according": ("`menurut X` before or after the statement.", "Menurut Rina, harga beras akan turun bulan depan."),
    "indirect_noun_cue": ("A noun of a statement, its speaker (a name or -nya) and `bahwa`, then the statement.",
                          "Warga menyambut pernyataan Bupati Rina bahwa pasar dibuka besok."),
    "indirect_added_cue": ("After a quotation's cue and speaker, a comma and a second speech verb with `bahwa`: the "
                           "speaker's next statement.", "“Kami siap,” kata Rina, menambahkan bahwa pasar dibuka besok."),
}
