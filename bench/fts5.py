#!/usr/bin/env python3
"""The peer the issue's start-up goal names: a Python script querying SQLite FTS5.

  bench/fts5.py build DB CORPUS   puts every record file of CORPUS (_figures/*.md and the older
                                  format's .txt) in an FTS5 table of DB: its figid and whole text
  bench/fts5.py search DB TERM    prints the top 10 by bm25 with a snippet each, as pfocr search does

bench/run.sh times 'search' as a new process each time, beside 'pfocr search' and ripgrep.
"""
import os
import sqlite3
import sys


def build(db, corpus):
    partial = db + ".partial"
    if os.path.exists(partial):
        os.remove(partial)
    connection = sqlite3.connect(partial)
    connection.execute("CREATE VIRTUAL TABLE figures USING fts5(figid UNINDEXED, body)")
    rows = 0
    for folder, _, files in os.walk(corpus):
        for name in files:
            if name.endswith(".md") or name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as record:
                    connection.execute("INSERT INTO figures VALUES (?, ?)", (name.rsplit(".", 1)[0], record.read()))
                rows += 1
    connection.execute("INSERT INTO figures(figures) VALUES ('optimize')")
    connection.commit()
    connection.close()
    os.replace(partial, db)
    print(f"{rows} records in {db}", file=sys.stderr)


def search(db, term):
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    query = '"' + term.replace('"', '""') + '"'
    for rank, (figid, snippet) in enumerate(connection.execute(
            "SELECT figid, snippet(figures, 1, '[', ']', '…', 24) FROM figures WHERE figures MATCH ? ORDER BY rank LIMIT 10",
            (query,)), 1):
        print(f"{rank}. {figid}\n   {snippet}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "search":
        search(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
