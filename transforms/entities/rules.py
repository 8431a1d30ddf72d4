"""What each mention rule does, with one invented example: the registry docs/rules.md is generated from.
The shape rules describe themselves in shape.py; the names allowed in the tables are in schemas.py."""

from transforms.entities.shape import SHAPE_RULES

# name -> (what it does, an invented example); the order of reading.py.
READING_RULES = {
    "quoted_speaker_in_run": ("An office-then-name run whose name the document also quotes alone: the person starts "
                              "at that word.", "Bupati Sukamaju Tono Raharjo ... ujar Tono"),
    "person_after_rank_branch": ("Initials and a name after a rank and its branch in brackets.",
                                 "Kolonel (Inf) AB Santoso"),
    "known_name_after_title": ("A country or body from the gazetteer right after a title.", "Presiden Prancis"),
    "place_governed_by_title": ("A place with a compass word, or a town or regency the gazetteer knows, after a local head's title.", "Lurah Sukamaju Selatan; Bupati Rejang Lebong"),
    "person_after_title": ("A person-shaped name after a title.", "Menteri Rina Wulandari"),
    "known_name": ("A whole run that the gazetteer of countries, regions and bodies knows.", "Korea Selatan"),
    "known_place_part": ("A known place followed by compass words: one place.", "Jakarta Pusat"),
    "known_name_first": ("A known name opening a longer run; the rest is read on its own.", "Jepang Ivan Petrov"),
    "state_of_known_name": ("A country's government or forces: the country.", "Pemerintah Norwegia"),
    "organisation_head": ("A run opened by an organisation's head word.", "Dinas Tata Ruang Sukamaju"),
    "club_of_city_named_city": ("A city then `City`, the whole no city of the gazetteer: the city's club.",
                                "Opole City"),
    "place_head_or_tail": ("A run opened or closed by a place word.", "Sungai Cibening"),
    "lower_case_place_head": ("A place head in lower case before a name: the place, head included; not a head that takes "
                              "its owner after it (data/owner_place_heads.txt: `gedung KPK`, `analis pasar X`).",
                              "alun-alun Tono Raharjo"),
    "nested_known_place": ("A known place inside a larger name.", "Kedutaan Besar Prancis"),
    "nested_city": ("A gazetteer city ending a larger name (or before a compass word) after an office word, or the whole "
                    "name after a head.", "Polres Sukamaju"),
    "person_after_office": ("The name after an office (organisation, place, portfolio), split where the document's "
                            "evidence says; none when the office's holder follows it after a comma (the body's name "
                            "runs to the comma).", "Kepala Dinas Kesehatan Sukamaju Heru Prasetyo"),
    "platform_before_body": ("After a platform's page word (`akun`, `kanal`), one word then a body's name (a head, an "
                             "acronym, a known body): the platform; the body whose page it is follows.",
                             "akun Lapakgram Polda Sukamaju"),
    "body_before_person": ("After a lower-case role or a platform's page (`akun`), a word the document also uses alone "
                           "(no given name, no speaker) opening a run of three words or more: the body; the person follows. "
                           "Also a person's name so opened whose surname the document writes alone too, after any office "
                           "(split_bodies_opening_names), and one whose first words close a body's name the document "
                           "writes on its own (split_bodies_written_before_people).",
                           "manajer Rovers Tono Raharjo ... Rovers kalah"),
    "official_closing_body": ("A body's run closed by a person's name of two words or more a given name opens, whose "
                              "first or last word the document cues alone as a speaker: the person, after the body "
                              "(split_officials_closing_bodies).",
                              "Grup Wonford Rina Sari ... kata Sari"),
    "known_place_before_name": ("A known place ending an office, then a person's name.", "Energi Jawa Barat Andri Yasin"),
    "acronym_before_name": ("An acronym or a brand word opening the run, then a person's name (after a role, one name is enough).",
                            "LOKET Tubagus Raharjo, personel SkyNova Rina"),
    "city_before_name": ("A gazetteer city ending an office, then a person's name.", "Camat Sukamaju Asep"),
    "person_after_place": ("The person after a place or acronym split off by the three rules above.",
                           "Camat Sukamaju Asep"),
    "acronym_in_brackets": ("An acronym in brackets after a name: the same entity.", "Dewan Ekonomi Rakyat (DER)"),
    "name_its_acronym_spells": ("A name the reading cut is the longer phrase its bracketed acronym spells the initials of: "
                                "the capitalised words before it, then its own.", "Generasi Muda Partai Sukamaju (GMPS)"),
    "body_across_short_form": ("A body's name its bracketed short form interrupts goes on after the bracket (not into "
                               "a person: the body's head); keyed as the short form and the rest, which the short form "
                               "written with the rest joins (a document pass, document.py).", "Dinas Kesehatan (Dinkes) Sukamaju"),
    "club_after_letters": ("In a document naming a club or writing of teams (two words of a team, its players or its "
                           "matches: `pelatih`, `menghadapi`), two or three capitals read as a country's short form (not a "
                           "province's), then one word closing the run (no word of the vocabulary, no title or capital "
                           "before the letters but a player's role, `Kapten`): one club's name; the word alone is that "
                           "club in its document (a document pass, document.py).", "pemain itu dibeli dari AS Sukamaju"),
    "hereditary_title_name": ("A hereditary or royal title (data/hereditary_titles.txt: `Teuku`, `Raden`, `I Gusti`, "
                              "`Lalu`, `Pangeran`) opening a person's name is part of the name; the readings of the words "
                              "after it give way to one person (a document pass, document.py). So is a Balinese name's "
                              "marker `I`/`Ni` before a birth-order name (data/balinese_birth_names.txt), which the "
                              "readings took for a place's numeral or a body's letter.",
                              "Wakil Ketua Teuku Rasyid Harahap"),
}

# name -> (what it does, an invented example); in the order they run.
RETYPING_RULES = {
    "lineup_player": ("Every name after the colon of a team's line-up line in a match report (the team, a formation maybe, "
                      "then eight names or more by lines of the formation, parted by semicolons) is a player: a person, "
                      "whatever else its word names; a role's letters in brackets (`(PG)`) name nothing. So is every "
                      "name of a line written with shirt numbers (six or more `21 Rinaldo` items), the number left out.",
                      "Sukamaju FC (4-4-2): Rinaldo; Tavera, Flores (Halim 68'), Rojas; ..."),
    "athlete_before_country_code": ("In a results table, a name written before a country code of two words or more that "
                                    "are no head nor title (the text writing codes of two countries or more so) is the "
                                    "athlete's: a person; the code is no name.", "1. Rina Sari ESP Tim Sukamaju 1 m 28.3s"),
    "team_after_country_code": ("In such a table, the name written after the country code is the athlete's team: a body.",
                                "1. Rina Sari ESP Tim Sukamaju 1 m 28.3s"),
    "club_full_name": ("A name read as a person by its shape alone, no given name in it, opening or ending with a city the "
                       "document reads as a club: the club's full name.", "pelatih Sukamaju ... Atletik Sukamaju, Sukamaju Rovers"),
    "club_in_club_report": ("In a document that reads two cities as clubs (or one and a club `FC <city>`), a city the "
                            "gazetteer alone typed, neither placed "
                            "(after a word of place, or a place and a comma) nor a dateline: a club.",
                            "melawan Opole, menjamu Radom ... Kielce kalah"),
    "coordination": ("A weakly typed name listed with a strongly typed one takes its type.", "Sukamaju (SKM) dan Jawa Barat"),
    "exemplified_by_class": ("Names a class noun's examples list (`seperti`, `yakni`, `antara lain`; data/class_nouns.tsv, "
                             "person_roles.txt, body_description_heads.txt) are of the class's type, when read weakly or by their "
                             "shape alone.",
                             "pemain hebat seperti Rudi Halim dan Wonotan; merek seperti Tarrow"),
    "person_by_cued_last_word": ("A name of two or three capitalised words only its shape read as a body's, whose last "
                                 "word the document quotes alone as a speaker, is a person's full name.",
                                 "Kepala tim, Seretan Wonford, ... kata Wonford"),
    "defined_acronym": ("An acronym the document defined in brackets is that name, key and type.",
                        "Dewan Ekonomi Rakyat (DER) ... DER menilai"),
    "acronym_of_name": ("A word in capitals spelling the initials of one body's name in the document is that body.",
                        "Dewan Ekonomi Rakyat ... DER menilai"),
    "acronym_inside_name": ("A body's or a place's name with some of its words written as their initials, the others the same "
                            "and in order, is the one longer name of the document it spells.",
                            "Otorita Ibu Kota Sukamaju ... Otorita IKS"),
    "company_short_form": ("A company's name without its legal form, its kind's closing word (`Group`, `University`) or its "
                           "country, or without both, is the company; a city alone, in a document that names its club `<city> City` or "
                           "`AC <city>`, is the club.", "PT Sinar Makmur ... Sinar Makmur"),
    "body_own_name": ("A name only its shape read as a person that is a body's own name after the body's head "
                      "(data/org_heads.txt), no place of the gazetteer, is that body.",
                      "Pondok Pesantren Al Wonotan ... Al Wonotan"),
    "club_form": ("Two forms of one football club in the open club lists (data/club_names.tsv, built from openfootball) "
                  "written in one document are the club, under its longest form there; a word alone not where a cue made "
                  "it a person's.", "Wonford Bromwich Rovers ... Wonford Brom"),
    "person_short_form": ("A part or nickname of a full name in the document is that person.",
                          "Rina Wulandari ... kata Wulandari"),
    "misspelt_short_form": ("A word alone misspelling a word of a full name in the document (same first and last letter, "
                            "one letter more, less or changed) is that person, unless more documents of the collection "
                            "resolve the word as written to another person.", "Rina Wulandari ... kata Wulandary"),
    "short_form_tie": ("A short form fitting several full names, none before it: a person, the collection decides.",
                       "kata Sari ... Rina Sari ... Dewi Sari"),
    "bracketed_short_name": ("A person's name in brackets right after a person's name (a word of address may open it) is "
                             "that person's short name, wherever the document writes it so (not a longer name it opens): "
                             "one word, read as a person there or elsewhere in the document, or two whose last is part of "
                             "a word of the full name. Never the entity's canonical name.",
                             "Tono Raharjo (Cak Totor) ... kata Cak Totor"),
    "bracketed_other_name": ("A body's or a place's other name of several words alone in brackets right after its name "
                             "(its short form, its name in another language, its popular name) is that body or place wherever "
                             "the document writes it; not a person, nor a place of the gazetteer.",
                             "Taman Wonotan (Wonotan Park) ... Wonotan Park"),
    "acronym_before_its_name": ("An acronym followed by the name of several words it stands for alone in brackets is that "
                                "name wherever the document writes it, whatever the name was read as: the initials of the "
                                "name's capitalised words, in order; or, for a body or a place, a short form of one word "
                                "spelling its syllables.", "saksi kasus WT (Wonford Travel) ... WT; Perwoni (Persatuan "
                                "Wonford Indonesia)"),
    "named_epithet": ("A second name the text gives a person or a body with a cue (`alias`, `atau yang akrab disapa`, "
                      "`, sapaan akrab`, `, julukan`: data/epithet_cues.tsv) is that referent wherever the document writes "
                      "it, and across the collection when every document giving it gives it to the same referent.",
                      "Tono Raharjo alias Totor ... kata Totor; Macan Putih, julukan Persimaju"),
    "glued_office_word": ("A person, or an office's complement, read with an ordinary word glued before a name the document "
                          "reads alone as a person: that person, the word left out.",
                          "Menteri Bidang Hukum dan Keamanan Tono ... Tono menyebut"),
    "possessive_clitic": ("A name written with the possessive clitic glued to it (`-nya`), whose stem the document writes "
                          "alone: the name, the clitic left out.",
                          "di akun Lumbagramnya ... viral di Lumbagram"),
    "speaker_apposition": ("A name alone after the last comma of a speaker phrase (the slot of the speaker's name), typed as "
                           "a place or body, with a person's shape (capitalised words, no acronym, no head of a body or "
                           "place, no known place or city): a person, in every mention the document makes of it.",
                           "kata Humas PT Lintas cabang Sukamaju, Handoko"),
    "initialled_name": ("A name written with initials for some of its words is the one person of its document whose full "
                        "name they spell, word for word, whatever it was read as.", "Rina Wulandari ... R. WULANDARI"),
    "initials_of_name": ("A word in capitals read by its capitals alone, or as a person (`Pak RK`), that spells the initials of one name of several "
                         "words its document reads as a person, and of no body or place there, is that name in that "
                         "document; not a name of the gazetteer, an acronym some document defines, nor one another "
                         "document writes with no such name.", "Fajar Yulianto mangkir ... FY sudah dipanggil"),
    "club_short_form": ("In a document naming a club with a club's word, its name without the word is the club unless the "
                        "document places it, and the word alone (placed or not) is the one club named with it (of two clubs sharing the "
                        "name, the one the document writes three times as often); a name that is no place "
                        "goes with its club across the collection.", "Sukamaju FC ... Sukamaju menang"),
    "abbreviation_of_name": ("A short form made of the starts of a body's or place's words as the document writes them, in "
                             "order (letters only when its first word is in capitals, one a word; a country's suffix is no word; "
                             "the rest may be the gazetteer's short form of the name's last words; after a company's legal form, "
                             "the words after it), is that name in its document, whatever it was read as, and across the "
                             "collection when it stands for one name only.", "Kejaksaan Tinggi Sukamaju ... Kejati Sukamaju; BKB Kementan; PT SMJ"),
    "extended_name": ("A body's or place's name alone in a document that writes it again opening one longer name, before "
                      "a place, a body the collection names, a club's or company's closing word or an ordinal, is that "
                      "longer name there; not a person, a place of the gazetteer, a word of the vocabulary, a name before a "
                      "country, nor an acronym some document defines. Two longer names are two bodies: the name alone stays "
                      "itself.", "TMK menutup jalan ... TMK Polda Sukamaju; Dewan Pengawas ... Dewan Pengawas PBB"),
    "group_form": ("A body named with a group word before or after its name (data/group_words.txt) is the one body its "
                   "document names without it.", "Kelompok Bank Sukamaju ... Bank Sukamaju; Sukamaju Group ... PT Sukamaju"),
    "level_form": ("A body whose name writes its place with the place's level (`Kota`, `Kabupaten`, `Provinsi`) is the "
                   "body its document names without the level; not where the document writes the place at two levels, "
                   "nor a town named like a province of the gazetteer.", "KPU Kota Wonotan ... KPU Wonotan"),
    "renamed_head": ("A body named with the head its institution was renamed from (data/renamed_heads.tsv) is the body its "
                     "document names with the head it carries now and the same rest.",
                     "Departemen Pangan ... Kementerian Pangan"),
    "translated_name": ("A body or place its document names in Indonesian and in English is one referent there: each "
                        "word renders into one of the other name (data/name_glossary.tsv), the words no glossary renders "
                        "(its own name, its owner) the same on both sides; the name written later takes the first's key.",
                        "Komite Internasional Palang Wonotan ... International Committee of the Wonotan Cross"),
    "clipped_word_name": ("A name of two words or more its document also writes with words cut short, the others the "
                          "same in the same place, is the name written in full there (three letters kept at least, a "
                          "person's four; a clipped name fitting two full names, two people's names written close "
                          "together and an Indonesian town cut from a longer one stay apart).",
                          "Man Wonford ... Manchester Wonford; Will Rinaldo ... William Rinaldo"),
    "tie_break": ("Across the collection, a tie goes to the most mentioned full name.", "Sari -> Rina Sari"),
    "surname_across_documents": ("A lone name no document resolved joins the person other documents call by that word "
                                 "where they hold both forms, else the one full name ending or opening with it (`Presiden Wirabumi`) or a clearly dominant "
                                 "one; a word the collection writes alone far more often than a full name is no short form of it, "
                                 "nor one most documents write alone with no person's cue (the collection's readings decide, "
                                 "not one document's).",
                                 "Raharjo -> Tono Raharjo"),
    "place_short_form": ("In a document naming a place with its head (`Sungai X`, `Kabupaten X`), X alone is that place, "
                         "unless the document names two places X or a person X; under a head that is no administrative "
                         "level, a town of the gazetteer alone stays the town. A level's name of several words written "
                         "alone is that place too, though a natural place's head opens it (`Kabupaten Gunung X` ... "
                         "`Gunung X`).", "Sungai Cibening ... air Cibening naik"),
    "place_across_documents": ("A weakly typed word that is the distinct part of a place's name (the one word after its "
                               "head) joins that place; the last word of a longer name (a building's owner) does not.",
                               "di Cibening -> Sungai Cibening"),
    "type_vote": ("The entity's type is the one with the most evidence across its mentions; a bare word votes the type "
                  "its own document reads it with (a title, a cue), one sense per document; a name read as a person by "
                  "its shape alone votes the type the collection's other readings give it.",
                  "Wali Kota Sukamaju read once as a name, many times as a place"),
    "name_model_vote": ("The name model's vote (transforms/retyping.py): the entity's mentions, each read by the model in "
                        "its context, outweigh the rules' type (each rule's prior scaled by how often it was right): the "
                        "type they vote.", "Garuda Rovers read as a person by its shape, as a body in its sentences"),
    "reference_type": ("After the name model's vote (transforms/retyping.py): a name only guessed in the run (by its shape, "
                       "or the vote among guesses) that the scale corpus, read as a reference collection, types as a body or "
                       "a place by context in three documents or more (data/reference_types.tsv): that type.",
                       "Sonara Mekar menjawab ... (the corpus: platform Sonara Mekar)"),
    "body_by_collection_context": ("After the name model's vote (transforms/entities/body_context.py): a name the vote made "
                                   "a person that the collection never gives a title, an office, an epithet or a given name, "
                                   "and writes after a body's word (`pemain X`, `markas X`, `saham X`; "
                                   "data/body_context_words.txt) or as the body of a role whose holder is named beside it "
                                   "(`CEO X, Rina Sari`) in two documents or more, three times as often as it makes it speak "
                                   "or gives it a person's role: a body.",
                                   "markas Atletik Sukamaju ... pemain Atletik Sukamaju (read as a person by its shape)"),
    "town_of_no_person": ("After the vote (transforms/entities/after_vote.py): a town of the gazetteer written alone that "
                          "the passes joined to a full name as a part of a person's name, the vote having made that name a "
                          "body or a place, is the town again: the entity the collection names by that word alone (none: it "
                          "stays, a club's report writing its town alone for the club).",
                          "Atletik Opole menang ... di Opole (the full name read as a person, the vote: a club)"),
    "settled_short_form": ("After the vote (transforms/entities/after_vote.py): a word alone left an entity of its own (a "
                           "person, or a body only guessed from the word alone; no place, no name of the gazetteer, though a "
                           "town of the world the vote made a person may be, and an Indonesian town's word the document "
                           "makes speak at every mention, `kata Bima`) that is a "
                           "word of the one person's full name its document writes with it, the vote having made that name a "
                           "person, is that person in that document.",
                           "Lady Sukamaju menyanyi ... Sukamaju tampil (the full name read as a thing, the vote: a person)"),
    "clipped_name": ("After the vote (transforms/entities/after_vote.py): a person named by one word alone in one document "
                     "only that clips a word of the one person's full name its document writes (the start of a name word, "
                     "or of two run together), the vote having made that name a person, is that person. Not a given name "
                     "of any country's, a name of the gazetteer or a word of the vocabulary.",
                     "Rina Handayaningsih Murni berkata ... kata Handa (the full name read as a thing, the vote: a person)"),
    "clipped_body": ("After the vote (transforms/entities/after_vote.py): a body or a person named by one word alone in a "
                     "document that opens the one-word name of the one body its document writes so (four letters or more, "
                     "two or more left out) is that body there: a club's or a company's clipped name. Not a name of the "
                     "gazetteer, a given name or a word of the vocabulary; the clip may close on a vowel of its own.",
                     "Wonfordia menang ... Wonfo unggul ... Wonfa"),
    "articled_club_word": ("After the vote (transforms/entities/after_vote.py): a body named by an article and one word "
                           "(data/name_articles.txt), in a document whose passes read clubs, whose word is a word of the one "
                           "club's name there or opens like one (five letters or more), is that club.",
                           "Wonford Rovers menang ... The Rovers unggul; Sukamajoa City ... The Sukamajos"),
    "body_short_form": ("After the vote (transforms/entities/after_vote.py): a body named in one document only by the "
                        "first words of the one longer body's name that document writes, or by its first and last words "
                        "and some between in order (`Badan Bahasa`), or by the one word after a body's head "
                        "(`Harvard` of `Universitas Harvard`), or by those words after its legal "
                        "form, is that body. Not a name of the gazetteer, not one word of the vocabulary, not a form two "
                        "longer bodies open.",
                        "Sinar Jaya Group membuka gerai ... Sinar Jaya menawarkan (one of the two read as a body by the vote)"),
    "town_of_club": ("After the vote (transforms/entities/after_vote.py): a town the vote made a body in a document that "
                     "writes one club's name holding the town's word (opened or closed by a club's word, or listed in "
                     "data/club_names.tsv) is that club there; not where a sentence places it.",
                     "AC Wonford ... Wonford menang"),
    "club_without_word": ("After the vote (transforms/entities/after_vote.py): a body some document reads as a club, "
                          "named as the collection's one club is without its club's word (data/club_designators.txt), "
                          "is that club across the collection; not a run of two clubs' words. The entity with fewer "
                          "mentions goes to the other.",
                          "Wonford FC (one document) ... pemain Wonford (another)"),
    "bare_place_name": ("After the vote (transforms/entities/after_vote.py): a name a document writes alone and after a "
                        "place's head (data/place_heads.txt) is that place there, unless the gazetteers know it as a place "
                        "of its own, a reading other than a guess typed it a person or a body, it is listed beside other "
                        "places, or two such places fit.", "Bandara Wonoraya ... tiba di Wonoraya"),
    "misspelt_name": ("After the vote (transforms/entities/after_vote.py): a person named by one word alone in one document "
                      "only, that word one slip (a letter added, dropped or replaced, two swapped; the same first letter) "
                      "from a word of the one person's full name its document writes, or from the one word another "
                      "person is named by alone there more often (the slip written once or twice), written no more "
                      "often than that person, is that person. Not a given name of the list, not a last vowel for "
                      "another (`Susanto`, `Susanti`), not a name of the gazetteer or a word of the vocabulary.",
                      "Rina Wiratno berkata ... kata Wiratmo (a slip of the reporter)"),
    "misspelt_full_name": ("After the vote (transforms/entities/after_vote.py): a name of several words in one document only "
                           "that writes a person's full name of its document with the same words but one, that one a slip "
                           "of the other's, written no more often (of two as often, the later), is that person, whatever "
                           "type the vote gave it.", "Rina Wiratno berkata ... menurut Rina Wiratmo"),
    "misspelt_place": ("After the vote (transforms/entities/after_vote.py): a place named by one word in one document "
                       "only, one slip from the one-word name of the one other place its document writes at least as "
                       "often, is that place. Never a name of the gazetteer, a town or village of Indonesia, a given name "
                       "or a word of the vocabulary.", "Presiden Lumbaria ... warga Lumbaria ... tiba dari Lumbaira"),
    "misspelt_word": ("After the vote (transforms/entities/after_vote.py): a body or a person named by one word in one "
                      "document only, one slip from the one-word name of the one other body or person its document writes "
                      "more often, is that name, whichever types the vote gave the two; the guards of `misspelt_place`.",
                      "Wonford menang ... pelatih Wonford ... gol Wonfrod"),
    "form_written_twice": ("After the vote (transforms/entities/after_vote.py): an entity whose every form in a document "
                           "another entity of the same type also writes there, the one such entity, writing more forms "
                           "there, is that entity in that document: one form, one referent, in one text.",
                           "Rina del Tono ... kata Del Tono ... menang atas Del Tono (read once as a place)"),
}


def mention_rules() -> dict[str, tuple[str, str]]:
    """Every mention rule (proposing or retyping) -> (what it does, example)."""
    shape = {rule.name: (rule.what, rule.example) for rule in SHAPE_RULES}
    return {**READING_RULES, **shape, **RETYPING_RULES}
