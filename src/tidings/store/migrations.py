"""The store's schema, as numbered migrations applied in order and recorded.

Never edit a migration that has shipped: add the next number.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "articles, rejected inputs, entities, events, mentions",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            doc_id TEXT,
            source TEXT NOT NULL,
            url TEXT,
            outlet TEXT,
            title TEXT,
            published TEXT,
            published_source TEXT,
            published_confidence REAL NOT NULL DEFAULT 0,
            language TEXT,
            raw TEXT NOT NULL,
            text TEXT NOT NULL,
            offsets TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE rejected (
            digest TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL,
            rejected_at TEXT NOT NULL
        );
        CREATE TABLE entities (
            key TEXT PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT,
            kind TEXT NOT NULL,
            country TEXT,
            sector TEXT,
            title TEXT,
            aliases TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            mode TEXT,
            status TEXT NOT NULL,
            date TEXT,
            date_precision TEXT,
            date_start TEXT,
            date_end TEXT,
            record TEXT NOT NULL,
            n_sources INTEGER NOT NULL,
            n_outlets INTEGER NOT NULL,
            confidence REAL NOT NULL,
            first_published TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX events_date ON events(date_start);
        CREATE INDEX events_type ON events(type, status);
        CREATE TABLE event_participants (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            entity_key TEXT NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (event_id, entity_key)
        );
        CREATE INDEX event_participants_entity ON event_participants(entity_key);
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            record TEXT NOT NULL,
            UNIQUE (article_id, start, event_id)
        );
        CREATE INDEX mentions_event ON mentions(event_id);
        CREATE INDEX mentions_article ON mentions(article_id);
        """,
    ),
    (
        2,
        "aliases: names that resolve to an entity (user merges and alias files)",
        """
        CREATE TABLE aliases (
            alias TEXT PRIMARY KEY,
            entity_key TEXT NOT NULL,
            source TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX entities_kind_country ON entities(kind, country);
        """,
    ),
    (
        3,
        "event_links: a planned event and the event it led to",
        """
        CREATE TABLE event_links (
            planned_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            occurred_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            PRIMARY KEY (planned_id, occurred_id)
        );
        CREATE INDEX event_links_occurred ON event_links(occurred_id);
        """,
    ),
    (
        4,
        "sentences and the days they name: the material of timelines",
        """
        CREATE TABLE sentences (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE sentence_days (
            article_id TEXT NOT NULL,
            idx INTEGER NOT NULL,
            day TEXT NOT NULL,
            PRIMARY KEY (article_id, idx, day),
            FOREIGN KEY (article_id, idx) REFERENCES sentences(article_id, idx) ON DELETE CASCADE
        );
        CREATE INDEX sentence_days_day ON sentence_days(day);
        """,
    ),
    (
        5,
        "full-text search over evidence sentences and article titles (FTS5)",
        """
        CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, ref UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2');
        INSERT INTO search (kind, ref, text)
            SELECT 'event', e.id, json_extract(s.value, '$.sentence') FROM events e, json_each(e.record, '$.sources') s;
        INSERT INTO search (kind, ref, text) SELECT 'article', id, title FROM articles WHERE title IS NOT NULL;
        CREATE INDEX events_first_published ON events(first_published);
        """,
    ),
    (
        6,
        "the web's read models: full-text search over the articles (FTS5, external content), events' places as"
        " columns, indexes that cover the lists (an event's row holds its whole record: a page per event)",
        """
        CREATE VIRTUAL TABLE article_text USING fts5(
            title, text, content = 'articles', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO article_text (article_text) VALUES ('rebuild');
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE INDEX rejected_reason ON rejected(reason);
        ALTER TABLE events ADD COLUMN place TEXT;
        ALTER TABLE events ADD COLUMN place_country TEXT;
        ALTER TABLE events ADD COLUMN lat REAL;
        ALTER TABLE events ADD COLUMN lon REAL;
        UPDATE events SET place = json_extract(record, '$.location.name'), place_country = json_extract(record, '$.location.country'),
            lat = json_extract(record, '$.location.lat'), lon = json_extract(record, '$.location.lon');
        CREATE INDEX events_list ON events(date_start, id, n_sources, type, status, date_end, confidence);
        CREATE INDEX events_cover ON events(id, date_start, n_sources, type, status, date_end, confidence);
        CREATE INDEX events_reported ON events(n_sources, date_start, id);
        CREATE INDEX events_place ON events(place COLLATE NOCASE);
        CREATE INDEX events_located ON events(place, place_country, lat, lon, id) WHERE lat IS NOT NULL;
        CREATE INDEX events_place_country ON events(place_country, id);
        """,
    ),
)
