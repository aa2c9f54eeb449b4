/**
 * The data layer: every query of the site, for both engines. Import what you need from here;
 * nothing outside lib/db writes SQL.
 */
export {
  closeDatabases,
  configuredDatabase,
  database,
  databaseLabel,
  databasePath,
  dataDir,
  openDatabase,
  pingDatabase,
  type DatabaseConfig,
  type Db,
} from './connection';
export { appliedMigrations } from './migrations';
export type * from './schema';
