"""What each speaker rule does, with one invented example: the registry docs/rules.md is generated from."""

from transforms.schemas import ARTICLE_SOURCE_RULE, SOURCE_RULE, SPEAKER_SOURCE_RULE

SPEAKER_RULES = {
    "continued_subject": ("A conjunction with no subject of its own (`dan`, `lalu`, `seraya`, adverbs after it): the "
                          "subject of the clause before goes on speaking, the sentence subject named last before it.",
                          "Rina tiba di Bandung, dan mengakui bahwa ..."),
    "group_reference": ("`mereka`, a group, never one person taken alone: whoever spoke (a band, a body), a body that was a "
                        "sentence's subject, or the first of people joined as a subject (`X dan Y menolak`), latest in this "
                        "sentence or the one before, else no one (a group the text does not name).",
                        "Lintas Band menutup tur. Mereka menilai ..."),
    "pronoun_previous_speaker": ("A pronoun or `-nya`: the speaker of the latest attributed quote, when it is at least "
                                 "as recent as the sentence subject, or that quote or this one names the subject (by name or by the "
                                 "role word the text puts before it; a subject that quote named takes over when a speech verb "
                                 "makes it speak in this quote's paragraph); a description with a demonstrative too, when no subject "
                                 "came after that quote. When that speaker is a person the text does not name (`kata seorang "
                                 "warga`, data/unnamed_people.txt), no one.",
                                 "“...,” kata Rina. “...,” ujarnya."),
    "pronoun_sentence_subject": ("A pronoun, or a statement described with a demonstrative (`bunyi pernyataan itu`): the "
                                 "person who is the subject of a sentence before (not a name after a pronoun opening "
                                 "the sentence, nor one after its pronoun subject that does not speak (`Buktinya dia "
                                 "menghadiri pelantikan Gubernur, X`), nor people listed (`adalah Kombes X, Kombes Y, dan "
                                 "Kombes Z`), nor one in its opening adverbial `Dalam acara X,`; a name closing its sentence after "
                                 "`adalah`, `yakni` or `salah satunya` (no list) is the person the sentence introduces, and the agent of a passive speech verb "
                                 "(`disampaikan oleh X`) a subject wherever it stands; a body the document "
                                 "quotes saying `saya` counts as a person); a description with a demonstrative "
                                 "(`pria berusia 30 tahun itu`) too, when no quote came after that subject and the "
                                 "document names it in two sentences or more (not a name in passing), or it is the free "
                                 "subject of the sentence right before, a person just introduced, that shares a word with the "
                                 "description. A subject the quote "
                                 "itself names (`Pak Budi sudah sembuh`) is whom it talks about: the subject before it speaks.",
                                 "Rina meninjau pasar. “...,” katanya."),
    "pronoun_previous_person": ("A pronoun with no subject before: the last person named; a description with a "
                                "demonstrative (a name inside it completes the description: `mantan hakim Pengadilan X ini`) or `sang` (not `sang gitaris Riko`, which names its own): otherwise the person named in the most sentences (two or more), the closest of equals.",
                                "bersama Rina. “...,” ujarnya."),
    "role_reference": ("A description with a demonstrative or `sang`, or role words alone (`kata jaksa`), whose role word "
                       "the document puts right before one person's name, and before no other's: that person, whoever "
                       "spoke last.",
                       "Pelatih Rina Sari ... Budi memuji tim. “...,” kata sang pelatih."),
    "body_reference": ("A description whose head is a body's (`media`, `perusahaan`) with a demonstrative: the "
                       "organisation named last in that sentence or the one before.",
                       "Menurut Lintas Warta, ... . Media itu mengatakan ..."),
    "party_reference": ("`pihaknya`: the speaker of the latest attributed quote when it spoke in this sentence or the one "
                        "before, else the organisation named last there, else the sentence subject.",
                        "Dinas Pasar Sukamaju menutup pasar itu. Pihaknya memastikan pedagang direlokasi."),
    "speaker_model": ("A pronoun, `pihaknya`, a description or a bare conjunction, where the trained speaker model decides: "
                      "the candidate it ranks first among the people and bodies named in the quote's sentence, the three "
                      "before and the next one (and the rules' own answer), by where each stands, what it does there and how "
                      "much the document follows it (data/speaker_model.tsv); the confidence is its probability.",
                      "Rina Sari meninjau pasar bersama Budi. “...,” ujarnya."),
    "agentless_passive": ("A passive cue followed by a place, time, occasion or audience instead of its agent (`di hadapan X`, "
                          "`usai rapat`, data/agent_setting_words.txt): no agent is named; the speaker goes on, resolved as for "
                          "`-nya`.", "“...,” kata Rina. Pernyataan itu disampaikan di hadapan para pedagang."),
    "title_reference": ("A title alone: the person the document gives that title, or names with it and its place or body "
                        "(the last person of the capitalised run after `Kapolsek Sukamaju`, or the one right before it and a "
                        "comma); a title's short form spelling, syllable by syllable, the title written out before a person's "
                        "name (`Menpora`: Menteri Pemuda dan Olahraga): that person; an acronym the document defines in "
                        "brackets for a title (its letters the initials of the title and its body): the person named right "
                        "after it.",
                        "Presiden Tono ... “...,” kata Presiden."),
    "person_in_body_name": ("A phrase opened by a title or role whose last name, read as a body or place, ends with words the "
                            "document writes alone as a person's name (not one word of vocabulary or a city): that person.",
                            "kata Ketua Bawaslu Rudi Santoso ... Rudi Santoso menambahkan"),
    "apposition": ("A person right after the comma of the phrase, or after up to three words of address or degree "
                   "(`dr.`) that name no one else; with no person in the phrase, a name typed as a body or place "
                   "closing it after an office or a person's role that names no one (not a country's or a city's): "
                   "that name, read as a person's from then on.", "kata ajudan Tono Raharjo, Rina Sari"),
    "named_person": ("The person named in the phrase (before a comma, else the last one; before `selaku`/`sebagai`, the "
                     "role's holder, before `melalui`, the one whose statement is relayed; before a verb, its subject, "
                     "not its object (`X membela Y dan menegaskan`); of joint speakers `X / Y`, "
                     "`X dan Y`, the first).", "kata Kepala Dinas Rina Sari"),
    "named_organisation": ("An organisation named in the phrase, unless a role or title opens it: the one whose name opens "
                           "the phrase (after an outlet's dateline), not one it names after it (`melalui akun X`, "
                           "`sebagaimana dikutip X`, `, lembaga di X`), else the last.", "kata Dinas Tata Ruang"),
    "named_body": ("A body or place opening the phrase, or a place after the words of its state alone "
                   "(`pemerintah`).", "Sukamaju menegaskan"),
    "body_after_side_head": ("A word standing for a body's side (`pihak`, `laporan`, data/side_heads.txt) opening the "
                             "phrase, then a body or place: that body.", "Pihak Lintas Warta menyebutkan"),
    "named_in_document": ("One or two capitalised words (or one unknown word in lower case) the document uses in a "
                          "person's name: the nearest such person.",
                          "Ekonom Amin Subekti ... tutur Amin"),
    "unnamed": ("No name of a person or body: the text is kept, the entity is null.", "kata seorang pejabat"),
}
ATTRIBUTION_RULES = {
    SOURCE_RULE: ("An intermediary source named in the quote's own sentence (`dikutip dari`, `menurut kantor berita`): "
                  "a `source` row.", "“...,” kata Rina seperti dikutip dari Lintas."),
    ARTICLE_SOURCE_RULE: ("An article-level source (a sentence opening `Seperti dilansir X`, a written statement, a closing "
                          "`Demikian dilaporkan X.`) carried to a quote that names none, until another source or the outlet's "
                          "own reporting takes over.", "Seperti dilansir Lintas, banjir melanda. ¶ “...,” kata Rina."),
    SPEAKER_SOURCE_RULE: ("A source named for a speaker's statement in its paragraph (an interview, a release, a post) covers "
                          "that speaker's later quotes that name none, until the speaker talks to the outlet's own reporter "
                          "(`kepada wartawan`) or a sentence goes back to an earlier occasion (`Sebelumnya, ...`).",
                          "“...,” kata Rina kepada Kabar TV. ¶ Budi menolak. ¶ “...,” ujar Rina."),
}
