/**
 * The first PostgreSQL schema: the SQLite store's tables (src/store/migrations/sqlite-001-initial.ts)
 * with the changes that concurrent writers on several machines need:
 * - no counters (entity articles/mentions, story sizes): a row updated by every put would serialise
 *   the workers on its lock, so counts are aggregated when read;
 * - rows point at articles and entities by their text keys, which every worker knows before it
 *   inserts, so a put needs no round trip to learn a generated id;
 * - no foreign keys: child rows are written in the article's transaction and `check()` looks for
 *   orphans, and per-row RI triggers would take CPU the workers' analysis needs;
 * - search: `terms` are tsvectors whose lexemes are Marsad's own folded index terms (src/search) at
 *   their reading positions, so PostgreSQL does no folding or stemming of its own (GIN indexes);
 *   entity and alias keys are trigram-indexed (pg_trgm) so a name fragment finds its entity.
 */
import type { Migration } from "../migrations/index.js";

/** What a PostgreSQL migration needs of the connection. */
export interface PgMigrationDb {
  query(sql: string): Promise<unknown>;
}

export const pg001Initial: Migration<PgMigrationDb> = {
  name: "001-initial",
  async up(db) {
    await db.query(`
      CREATE TABLE articles (
        seq bigserial PRIMARY KEY,
        key text NOT NULL UNIQUE,
        story text NOT NULL,
        title text,
        published text,
        day text,
        url text,
        outlet text,
        source text,
        canonical_url text UNIQUE,
        content_hash text NOT NULL UNIQUE,
        text text NOT NULL,
        length integer NOT NULL,
        extra text NOT NULL,
        provenance text NOT NULL,
        signature bytea,
        ingested text NOT NULL,
        terms tsvector NOT NULL,
        latin tsvector NOT NULL
      );
      CREATE INDEX articles_terms ON articles USING gin (terms);
      CREATE INDEX articles_latin ON articles USING gin (latin);
      CREATE INDEX articles_source ON articles (source) WHERE source IS NOT NULL;
      CREATE INDEX articles_day ON articles (day);
      CREATE INDEX articles_outlet ON articles (outlet, day);
      CREATE INDEX articles_story ON articles (story, day);
      CREATE TABLE duplicates (
        seq bigserial PRIMARY KEY,
        key text NOT NULL,
        article text NOT NULL,
        by text NOT NULL,
        canonical_url text,
        source text
      );
      CREATE UNIQUE INDEX duplicates_unique ON duplicates (key, coalesce(canonical_url, ''), coalesce(source, ''));
      CREATE INDEX duplicates_url ON duplicates (canonical_url) WHERE canonical_url IS NOT NULL;
      CREATE INDEX duplicates_source ON duplicates (source) WHERE source IS NOT NULL;
      CREATE TABLE entities (
        key text PRIMARY KEY,
        type text NOT NULL,
        name text NOT NULL,
        latin text NOT NULL,
        name_key text NOT NULL,
        latin_key text NOT NULL
      );
      CREATE INDEX entities_name ON entities USING gin (name_key gin_trgm_ops);
      CREATE INDEX entities_latin ON entities USING gin (latin_key gin_trgm_ops);
      CREATE TABLE aliases (
        key text NOT NULL,
        entity text NOT NULL,
        text text NOT NULL,
        PRIMARY KEY (key, entity)
      );
      CREATE INDEX aliases_key ON aliases USING gin (key gin_trgm_ops);
      CREATE INDEX aliases_entity ON aliases (entity);
      CREATE TABLE article_entities (
        article text NOT NULL,
        idx integer NOT NULL,
        entity text NOT NULL,
        type text NOT NULL,
        name text NOT NULL,
        latin text NOT NULL,
        aliases text,
        role_start integer,
        role_end integer,
        role_text text,
        mentions text NOT NULL,
        mention_count integer NOT NULL,
        PRIMARY KEY (article, idx)
      );
      CREATE INDEX article_entities_entity ON article_entities (entity, article);
      CREATE TABLE quotes (
        article text NOT NULL,
        idx integer NOT NULL,
        start_at integer NOT NULL,
        end_at integer NOT NULL,
        kind text NOT NULL,
        direct boolean NOT NULL,
        cue_start integer,
        cue_end integer,
        has_speaker boolean NOT NULL,
        speaker text,
        speaker_start integer,
        speaker_end integer,
        speaker_text text,
        setting_start integer,
        setting_end integer,
        about text[] NOT NULL,
        terms tsvector NOT NULL,
        PRIMARY KEY (article, idx)
      );
      CREATE INDEX quotes_speaker ON quotes (speaker) WHERE speaker IS NOT NULL;
      CREATE INDEX quotes_about ON quotes USING gin (about);
      CREATE INDEX quotes_terms ON quotes USING gin (terms);
      CREATE TABLE times (
        article text NOT NULL,
        idx integer NOT NULL,
        start_at integer NOT NULL,
        end_at integer NOT NULL,
        type text NOT NULL,
        value text NOT NULL,
        mod text,
        calendar text,
        hijri text,
        anchor text,
        resolved boolean,
        PRIMARY KEY (article, idx)
      );
      CREATE TABLE events (
        article text NOT NULL,
        idx integer NOT NULL,
        type text NOT NULL,
        trigger_start integer NOT NULL,
        trigger_end integer NOT NULL,
        actors text[] NOT NULL,
        targets text[] NOT NULL,
        place text,
        time text,
        confidence double precision,
        sentence integer,
        polarity text,
        modality text,
        quoted boolean,
        date text,
        day text,
        PRIMARY KEY (article, idx)
      );
      CREATE INDEX events_type ON events (type, day);
      CREATE INDEX events_day ON events (day);
      CREATE INDEX events_place ON events (place) WHERE place IS NOT NULL;
      CREATE INDEX events_entities ON events USING gin ((actors || targets));
      CREATE TABLE lsh (
        band bigint NOT NULL,
        article bigint NOT NULL,
        PRIMARY KEY (band, article)
      );
    `);
    // Fails a put's single write statement when a concurrent writer stored one of its articles
    // first (fewer rows inserted than planned), so the whole statement is undone and retried.
    await db.query(`
      CREATE FUNCTION check_inserted(expected integer, inserted bigint) RETURNS integer
      LANGUAGE plpgsql AS $$
      BEGIN
        IF inserted < expected THEN
          RAISE EXCEPTION 'a concurrent put stored one of these articles first' USING ERRCODE = 'MR001';
        END IF;
        RETURN 1;
      END $$`);
    // lz4 compresses the long columns at a fraction of pglz's CPU (the database shares the
    // machine with the workers); servers built without lz4, or older than 14, keep pglz.
    await db.query(`
      DO $$ BEGIN
        EXECUTE 'ALTER TABLE articles ALTER COLUMN text SET COMPRESSION lz4, ALTER COLUMN extra SET COMPRESSION lz4,
          ALTER COLUMN terms SET COMPRESSION lz4';
      EXCEPTION WHEN OTHERS THEN NULL;
      END $$`);
  },
};
