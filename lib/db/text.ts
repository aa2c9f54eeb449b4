import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * `column` starts with `prefix`, written the same on both engines (LIKE would need an ESCAPE clause
 * on SQLite for a prefix holding % or _).
 */
export function startsWith(column: string, prefix: string): Expression<SqlBool> {
  return sql<SqlBool>`substr(${sql.ref(column)}, 1, ${prefix.length}) = ${prefix}`;
}
