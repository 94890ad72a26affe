/**
 * The tables of search (docs/search-ranking.md), applied by the store's ordered migrations.
 *
 * search_docs: every default-release code, numbered in rank order — id = (rank position + 1) × 8 +
 * the system's index (billable first, then fewer title words, then system and official order), so
 * a doc id carries its system in the low three bits and a lower id is the better tie-break.
 * search_terms: one row per index term, table cell, inclusion term and lay synonym that leads to a
 * doc (for "why it matched" and the postings build). search_exact: exact-words keys of titles and
 * terms. search_vocab: words and frequencies for spelling correction. search_abbreviations: pairs
 * learned from the short titles. search_postings (migration 5): see build-postings.ts.
 */
export const SEARCH_TABLES = `
  CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY,
    code_id INTEGER NOT NULL,
    system TEXT NOT NULL,
    key TEXT NOT NULL,
    code TEXT NOT NULL,
    kind TEXT NOT NULL,
    display TEXT NOT NULL,
    billable INTEGER NOT NULL,
    path TEXT NOT NULL,
    words INTEGER NOT NULL
  );
  CREATE INDEX search_docs_by_key ON search_docs (key, system);
  CREATE INDEX search_docs_by_path ON search_docs (path);
  CREATE TABLE search_terms (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL,
    field TEXT NOT NULL,
    text TEXT NOT NULL,
    words INTEGER NOT NULL
  );
  CREATE INDEX search_terms_by_doc ON search_terms (doc);
  CREATE TABLE search_exact (norm TEXT NOT NULL, doc INTEGER NOT NULL, field TEXT NOT NULL, term INTEGER NOT NULL);
  CREATE INDEX search_exact_by_norm ON search_exact (norm);
  CREATE TABLE search_vocab (word TEXT PRIMARY KEY, freq INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE search_abbreviations (
    abbr TEXT NOT NULL,
    expansion TEXT NOT NULL,
    pairs INTEGER NOT NULL,
    PRIMARY KEY (abbr, expansion)
  ) WITHOUT ROWID;
`;

/**
 * For every stemmed word, the docs that hold it in doc-id order, each with its weight (BM25F-style
 * over title, index terms, synonyms and inherited context) and the fields it occurs in; how many
 * diagnosis and procedure docs hold it tells a diagnosis question from a procedure question.
 */
export const POSTINGS_TABLE = `
  CREATE TABLE search_postings (
    token TEXT PRIMARY KEY,
    df INTEGER NOT NULL,
    dx INTEGER NOT NULL,
    px INTEGER NOT NULL,
    docs BLOB NOT NULL,
    weights BLOB NOT NULL,
    fields BLOB NOT NULL
  ) WITHOUT ROWID;
`;

/** The lexicon of lay names (MedlinePlus, MeSH) the build links to codes as synonyms. */
export const LEXICON_TABLE = `
  CREATE TABLE lexicon (
    source TEXT NOT NULL,
    source_release TEXT NOT NULL,
    concept TEXT NOT NULL,
    label TEXT NOT NULL,
    term TEXT NOT NULL,
    url TEXT NOT NULL,
    targets TEXT NOT NULL
  );
  CREATE INDEX lexicon_by_concept ON lexicon (concept);
  `;
