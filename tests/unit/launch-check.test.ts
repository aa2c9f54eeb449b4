import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureContentDir, projectRoot } from '../support/content-build';

const run = promisify(execFile);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'launch-check-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** `npm run check:launch` on a content folder and an environment of the test's making. */
async function checkLaunch(contentDir: string, env: Record<string, string>) {
  const base: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
  };
  try {
    const { stdout } = await run(
      path.join(projectRoot, 'node_modules/.bin/tsx'),
      ['scripts/check-launch.ts'],
      {
        cwd: projectRoot,
        env: { ...base, ...env, CONTENT_DIR: contentDir } as unknown as NodeJS.ProcessEnv,
      },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    const {
      code,
      stdout = '',
      stderr = '',
    } = error as { code: number; stdout?: string; stderr?: string };
    return { code, output: stdout + stderr };
  }
}

/** The fixture content with the settings a new checkout has: practice name and place only. */
function contentAsOnLaunchDay(): string {
  const dir = path.join(scratch, 'today');
  fs.cpSync(fixtureContentDir, dir, { recursive: true });
  const settings = JSON.parse(fs.readFileSync(path.join(dir, 'practice.json'), 'utf8'));
  fs.writeFileSync(
    path.join(dir, 'practice.json'),
    JSON.stringify({
      practiceName: settings.practiceName,
      therapist: { fullName: '', credentials: '', licenseTitle: '', licenseNumber: '' },
      location: settings.location,
      contact: { email: '', phone: '' },
      postalAddress: '',
      telehealthStates: ['California'],
    }),
  );
  for (const page of ['privacy', 'terms']) {
    const file = path.join(dir, 'pages', `${page}.mdx`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^reviewed: .*\n/m, ''));
  }
  return dir;
}

const completeEnv = {
  SITE_URL: 'https://practice.example.com',
  RESEND_API_KEY: 're_launch_check_key',
  RESEND_FROM: 'Example Therapy for Moms <hello@practice.example.com>',
};

describe('npm run check:launch', () => {
  it('exits 1 on a new checkout’s settings, naming each missing item with its file or variable', async () => {
    const { code, output } = await checkLaunch(contentAsOnLaunchDay(), {});
    expect(code).toBe(1);
    for (const item of [
      'content/practice.json therapist.fullName:',
      'content/practice.json therapist.licenseTitle:',
      'content/practice.json therapist.licenseNumber:',
      'content/practice.json contact.email (or PRACTICE_INBOX):',
      'content/practice.json postalAddress:',
      'SITE_URL:',
      'RESEND_API_KEY:',
      'RESEND_FROM:',
      'content/pages/privacy.mdx reviewed:',
      'content/pages/terms.mdx reviewed:',
    ]) {
      expect(output).toContain(`  - ${item}`);
    }
    expect(output).toMatch(/^10 items to fill before a public launch:/);
  });

  it('exits 0 with complete settings, reviewed legal pages and a complete environment', async () => {
    const { code, output } = await checkLaunch(fixtureContentDir, completeEnv);
    expect(output).toContain('Ready for a public launch');
    expect(code).toBe(0);
  });

  it('refuses Resend’s test sender and plain http', async () => {
    const { code, output } = await checkLaunch(fixtureContentDir, {
      ...completeEnv,
      SITE_URL: 'http://practice.example.com',
      RESEND_FROM: 'Example <onboarding@resend.dev>',
    });
    expect(code).toBe(1);
    expect(output).toContain('  - SITE_URL:');
    expect(output).toContain('  - RESEND_FROM:');
    expect(output).toMatch(/^2 items/);
  });

  it('does not ask for NEWSLETTER_SECRET, even for several servers: they share the one generated into the database', async () => {
    const shared = { ...completeEnv, DATABASE_URL: 'postgres://db.example.com/site' };
    const { code, output } = await checkLaunch(fixtureContentDir, shared);
    expect(code).toBe(0);
    expect(output).not.toContain('NEWSLETTER_SECRET');
  });
});
