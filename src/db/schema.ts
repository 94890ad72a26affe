/** The one table every build file has, whatever its features: build facts as JSON by key. */
export const META_TABLE = `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;
