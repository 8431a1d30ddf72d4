import polars as pl

from warta.audit import collection_health, format_audit, read_tables
from warta.cli import main


def test_audit_of_the_seeds_output(seeds_output, capsys):
    tables = read_tables(seeds_output)
    health = collection_health(tables)
    assert health.counts["documents"] == tables["documents"].height == 5
    persons = health.top_entities["PERSON"]
    assert persons and [row["mention_count"] for row in persons] == sorted((r["mention_count"] for r in persons), reverse=True)
    assert 0 <= health.null_rates["documents.published_date"] < 1
    assert health.widest_aliases[0]["alias_count"] == tables["entities"]["aliases"].list.len().max()
    assert main(["audit", str(seeds_output)]) == 0
    printed = capsys.readouterr().out
    assert "null rates:" in printed and persons[0]["name"] in printed


def test_audit_counts_quotes_without_a_named_speaker():
    quotes = pl.DataFrame({"quote_id": ["q1", "q2", "q3", "q4"]})
    attributions = pl.DataFrame({"quote_id": ["q1", "q2", "q3"], "role": ["speaker", "speaker", "source"],
                                 "entity_id": ["e1", None, "e2"]})
    entities = pl.DataFrame({"entity_id": ["e1", "e2"], "name": ["Rina Sari", "Kantor Berita Contoh"],
                             "type": ["PERSON", "ORG"], "aliases": [["Rina Sari", "Rina"], ["Kantor Berita Contoh"]],
                             "mention_count": [3, 1], "document_count": [1, 1], "confidence": [0.9, 0.1]})
    documents = pl.DataFrame({"published_date": [None], "outlet": ["Contoh.com"], "dateline": [None], "title": ["T"],
                              "date_source": [None], "outlet_source": ["dateline"]},
                             schema_overrides={"published_date": pl.Date, "dateline": pl.String, "date_source": pl.String})
    clusters = pl.DataFrame({"cluster_id": ["q1"], "quote_count": [1], "document_count": [1], "outlet_count": [1],
                             "first_seen": [None], "text": ["..."]}, schema_overrides={"first_seen": pl.Date})
    health = collection_health({"documents": documents, "entities": entities, "quotes": quotes,
                                "attributions": attributions, "quote_clusters": clusters, "quarantine": pl.DataFrame()})
    assert health.null_rates["quotes without a named speaker"] == 0.75
    assert health.null_rates["quotes without a source"] == 0.75
    assert health.top_speakers == [{"name": "Rina Sari", "type": "PERSON", "quotes": 1}]
    assert "Rina Sari" in format_audit(health)
    assert "outlets found by: dateline 1" in format_audit(health)


def test_audit_marks_the_entities_an_analyst_should_doubt():
    entities = pl.DataFrame({"entity_id": ["e1", "e2"], "name": ["Rina Sari", "Kartu Sukamaju"], "type": ["PERSON", "ORG"],
                             "aliases": [["Rina Sari"], ["Kartu Sukamaju"]], "mention_count": [3, 5],
                             "document_count": [1, 2], "confidence": [0.9, 0.1]})
    empty = pl.DataFrame({"quote_id": []}, schema={"quote_id": pl.String})
    health = collection_health({
        "documents": pl.DataFrame({"published_date": [None], "outlet": [None], "dateline": [None], "title": ["T"],
                                   "date_source": [None], "outlet_source": [None]},
                                  schema_overrides={"published_date": pl.Date, "outlet": pl.String, "dateline": pl.String,
                                                    "date_source": pl.String, "outlet_source": pl.String}),
        "entities": entities, "quotes": empty,
        "attributions": pl.DataFrame(schema={"quote_id": pl.String, "role": pl.String, "entity_id": pl.String}),
        "quote_clusters": pl.DataFrame(schema={"cluster_id": pl.String, "quote_count": pl.Int64, "document_count": pl.Int64,
                                               "outlet_count": pl.Int64, "first_seen": pl.Date, "text": pl.String}),
        "quarantine": pl.DataFrame()})
    assert health.null_rates["entities under confidence 0.2"] == 0.5
    printed = format_audit(health)
    assert "Kartu Sukamaju" in printed and "0.10 ?" in printed and "0.90 ?" not in printed


def test_audit_of_a_folder_without_tables_is_one_line(tmp_path, capsys):
    assert main(["audit", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_a_cluster_whose_documents_name_no_outlet_says_so():
    clusters = pl.DataFrame({"cluster_id": ["q1", "q2"], "quote_count": [3, 2], "document_count": [3, 2], "outlet_count": [0, 2],
                             "first_seen": [None, None], "text": ["Pasar dibuka besok.", "Harga naik."]},
                            schema_overrides={"first_seen": pl.Date})
    documents = pl.DataFrame({"published_date": [None], "outlet": [None], "dateline": [None], "title": ["T"],
                              "date_source": [None], "outlet_source": [None]},
                             schema_overrides={"published_date": pl.Date, "outlet": pl.String, "dateline": pl.String,
                                               "date_source": pl.String, "outlet_source": pl.String})
    entities = pl.DataFrame(schema={"entity_id": pl.String, "name": pl.String, "type": pl.String, "aliases": pl.List(pl.String),
                                    "mention_count": pl.Int64, "document_count": pl.Int64, "confidence": pl.Float64})
    health = collection_health({"documents": documents, "entities": entities,
                                "quotes": pl.DataFrame({"quote_id": ["q1"]}),
                                "attributions": pl.DataFrame(schema={"quote_id": pl.String, "role": pl.String, "entity_id": pl.String}),
                                "quote_clusters": clusters, "quarantine": pl.DataFrame()})
    printed = format_audit(health)
    assert "3 docs outlets unnamed" in printed and "2 docs  2 outlets" in printed and " 0 outlets" not in printed
