import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { appliedMigrations, configuredDatabase, openDatabase } from '@/lib/db';
import { backupDatabase } from '@/lib/db/backup';
import { countLeads } from '@/lib/db/leads';
import { migrations } from '@/lib/db/migrations';
import { saveLead } from '@/lib/leads/store';
import { validConsultation } from '../support/consultation-request';
import { useEngine } from '../support/engines';

const run = promisify(execFile);
const save = (i: number) =>
  saveLead({ ...validConsultation, email: `backup-${i}@example.com` }, [], {
    client: `backup-client-${i}`,
  });

describe('npm run backup on SQLite', () => {
  const engine = useEngine('SQLite');

  it('copies the database while requests keep arriving, into a file that opens with every row', async () => {
    for (let i = 0; i < 50; i += 1) await save(i);
    // Requests keep coming in while the copy is made.
    const writing = Promise.all(Array.from({ length: 30 }, (_, i) => save(1000 + i)));
    const result = await backupDatabase(configuredDatabase(), {
      now: new Date('2026-03-01T10:20:30.456Z'),
    });
    await writing;
    expect(result).toMatchObject({
      engine: 'sqlite',
      file: path.join(engine.dataDir, 'backups', 'leads-2026-03-01T10-20-30Z.db'),
    });
    const copy = await openDatabase({ engine: 'sqlite', file: (result as { file: string }).file });
    expect(await countLeads(copy)).toBeGreaterThanOrEqual(50);
    expect(await countLeads(copy)).toBeLessThanOrEqual(80);
    expect(await appliedMigrations(copy)).toEqual(Object.keys(migrations).sort());
  });

  it('says where it wrote the copy', async () => {
    const target = path.join(engine.dataDir, 'elsewhere', 'copy.db');
    const { stdout } = await run('npx', ['tsx', 'scripts/backup.ts', target], {
      env: { ...process.env, ...engine.env },
    });
    expect(stdout).toContain(`Backed up to ${target}`);
    expect(fs.statSync(target).size).toBeGreaterThan(0);
  });

  it('refuses clearly when there is no database yet', async () => {
    await expect(
      backupDatabase({ engine: 'sqlite', file: path.join(engine.dataDir, 'none', 'leads.db') }),
    ).rejects.toThrow(/no database to back up yet/);
  });
});

describe('npm run backup on PostgreSQL', () => {
  it('prints the pg_dump command without the password', async () => {
    const result = await backupDatabase(
      { engine: 'postgres', url: 'postgres://site:s3cret-pass@db.example.com:5432/leads' },
      { now: new Date('2026-03-01T10:20:30Z') },
    );
    expect(result).toEqual({
      engine: 'postgres',
      command:
        "pg_dump --format=custom --no-owner --file='leads-2026-03-01T10-20-30Z.dump' 'postgres://site@db.example.com:5432/leads'",
    });
    expect(JSON.stringify(result)).not.toContain('s3cret');
  });
});
