import type { Migration } from "./migration.js";

/** What a SQLite migration needs of the connection: one statement batch at a time. */
export interface SqliteMigrationDb {
  exec(sql: string): unknown;
}

/**
 * The first schema. Articles keep their text once; layer rows keep offsets only. Per-article entity
 * rows leave type/name/latin null when they equal the entity's own (most of the time), which keeps
 * the database near the size of its text. Both FTS5 tables are contentless over index terms that
 * Marsad folds itself (`indexTerms`), so unicode61 only splits them on spaces; '.' stays inside
 * numbers such as 3.5. The quote index keeps no positions (detail=none, half the size): a phrase
 * looked for in quotes is confirmed on the quote's own words. URLs are kept as 128-bit hashes of
 * their canonical form for duplicate look-ups; the URL itself is in \`url\`.
 */
export const sqlite001Initial: Migration<SqliteMigrationDb> = {
  name: "001-initial",
  up(db) {
    db.exec(`
      CREATE TABLE provenances (id INTEGER PRIMARY KEY, json TEXT NOT NULL UNIQUE);
      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        articles INTEGER NOT NULL DEFAULT 0,
        first TEXT,
        last TEXT
      );
      CREATE INDEX stories_size ON stories(articles DESC, last DESC);
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        story INTEGER NOT NULL REFERENCES stories(id),
        title TEXT,
        published TEXT,
        day TEXT,
        url TEXT,
        outlet TEXT,
        source TEXT,
        url_hash BLOB,
        content_hash BLOB NOT NULL,
        length INTEGER NOT NULL,
        provenance INTEGER NOT NULL REFERENCES provenances(id),
        signature BLOB,
        ingested TEXT NOT NULL
      );
      CREATE TABLE article_texts (
        id INTEGER PRIMARY KEY REFERENCES articles(id),
        text BLOB NOT NULL,
        extra TEXT NOT NULL
      );
      CREATE UNIQUE INDEX articles_hash ON articles(content_hash);
      CREATE UNIQUE INDEX articles_url ON articles(url_hash) WHERE url_hash IS NOT NULL;
      CREATE INDEX articles_source ON articles(source) WHERE source IS NOT NULL;
      CREATE INDEX articles_day ON articles(day);
      CREATE INDEX articles_outlet ON articles(outlet, day);
      CREATE INDEX articles_story ON articles(story, day);
      CREATE TABLE duplicates (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL,
        article INTEGER NOT NULL REFERENCES articles(id),
        by TEXT NOT NULL,
        url_hash BLOB,
        source TEXT
      );
      CREATE UNIQUE INDEX duplicates_unique ON duplicates(key, ifnull(url_hash, x''), ifnull(source, ''));
      CREATE INDEX duplicates_url ON duplicates(url_hash) WHERE url_hash IS NOT NULL;
      CREATE INDEX duplicates_source ON duplicates(source) WHERE source IS NOT NULL;
      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        latin TEXT NOT NULL,
        name_key TEXT NOT NULL,
        latin_key TEXT NOT NULL,
        articles INTEGER NOT NULL DEFAULT 0,
        mentions INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX entities_name ON entities(name_key);
      CREATE INDEX entities_latin ON entities(latin_key);
      CREATE TABLE aliases (
        key TEXT NOT NULL,
        entity INTEGER NOT NULL REFERENCES entities(id),
        text TEXT NOT NULL,
        PRIMARY KEY (key, entity)
      ) WITHOUT ROWID;
      CREATE INDEX aliases_entity ON aliases(entity);
      CREATE TABLE article_entities (
        article INTEGER NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL,
        entity INTEGER NOT NULL REFERENCES entities(id),
        type TEXT,
        name TEXT,
        latin TEXT,
        aliases TEXT,
        role_start INTEGER,
        role_end INTEGER,
        role_text TEXT,
        mentions TEXT NOT NULL,
        PRIMARY KEY (article, idx)
      ) WITHOUT ROWID;
      CREATE INDEX article_entities_entity ON article_entities(entity, article);
      CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        kind TEXT NOT NULL,
        direct INTEGER NOT NULL,
        cue_start INTEGER,
        cue_end INTEGER,
        has_speaker INTEGER NOT NULL,
        speaker TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        speaker_text TEXT,
        setting_start INTEGER,
        setting_end INTEGER,
        UNIQUE (article, idx)
      );
      CREATE INDEX quotes_speaker ON quotes(speaker) WHERE speaker IS NOT NULL;
      CREATE TABLE quote_about (
        entity INTEGER NOT NULL REFERENCES entities(id),
        quote INTEGER NOT NULL REFERENCES quotes(id),
        PRIMARY KEY (entity, quote)
      ) WITHOUT ROWID;
      CREATE TABLE times (
        article INTEGER NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        type TEXT NOT NULL,
        value TEXT NOT NULL,
        mod TEXT,
        calendar TEXT,
        hijri TEXT,
        anchor TEXT,
        resolved INTEGER,
        PRIMARY KEY (article, idx)
      ) WITHOUT ROWID;
      CREATE TABLE events (
        article INTEGER NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL,
        type TEXT NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        actors TEXT NOT NULL,
        targets TEXT NOT NULL,
        place TEXT,
        time TEXT,
        confidence REAL,
        sentence INTEGER,
        polarity TEXT,
        modality TEXT,
        quoted INTEGER,
        date TEXT,
        day TEXT,
        PRIMARY KEY (article, idx)
      ) WITHOUT ROWID;
      CREATE INDEX events_type ON events(type, day);
      CREATE INDEX events_day ON events(day);
      CREATE INDEX events_place ON events(place) WHERE place IS NOT NULL;
      CREATE TABLE event_entities (
        entity TEXT NOT NULL,
        article INTEGER NOT NULL REFERENCES articles(id),
        event INTEGER NOT NULL,
        PRIMARY KEY (entity, article, event)
      ) WITHOUT ROWID;
      CREATE TABLE lsh (
        band INTEGER NOT NULL,
        article INTEGER NOT NULL REFERENCES articles(id),
        PRIMARY KEY (band, article)
      ) WITHOUT ROWID;
      CREATE VIRTUAL TABLE article_fts USING fts5(
        terms, latin, content='', tokenize="unicode61 remove_diacritics 0 tokenchars '.'"
      );
      CREATE VIRTUAL TABLE quote_fts USING fts5(
        terms, content='', detail=none, tokenize="unicode61 remove_diacritics 0 tokenchars '.'"
      );
    `);
  },
};
