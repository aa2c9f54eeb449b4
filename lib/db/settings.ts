import type { Db } from './connection';

/**
 * A setting kept in the database, created once: the first caller's `initial` value is stored and
 * every caller, on any server, reads the same one.
 */
export async function settingOrCreate(db: Db, key: string, initial: () => string): Promise<string> {
  await db
    .insertInto('settings')
    .values({ key, value: initial() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return row.value;
}
