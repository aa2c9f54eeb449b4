/**
 * The deploy files agree with what the tests run. Docker cannot run here, so
 * tests/e2e/standalone.spec.ts runs the standalone server as the image runs it; these checks keep
 * the Dockerfile on that same path (the same assemble script, the same health route), and
 * vercel.json on a route that exists and a schedule every plan accepts.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => fs.readFileSync(file, 'utf8');
const dockerfile = read('Dockerfile');
const [buildStage = '', runtimeStage = ''] = dockerfile.split(/^FROM .* AS runtime$/m);

describe('the Dockerfile', () => {
  it('builds with the lockfile and assembles the server with the script the standalone test uses', () => {
    expect(buildStage).toMatch(/^RUN npm ci$/m);
    expect(buildStage).toMatch(
      /npm run build \\\n\s+&& sh scripts\/assemble-standalone\.sh \.next$/m,
    );
    expect(fs.existsSync('scripts/assemble-standalone.sh')).toBe(true);
  });

  it('ships only the assembled standalone folder, run by node as a non-root user', () => {
    expect(runtimeStage.match(/^COPY .*/gm)).toEqual([
      'COPY --from=build /app/.next/standalone ./',
    ]);
    expect(runtimeStage).toMatch(/^USER node$/m);
    expect(runtimeStage).toMatch(/^CMD \["node", "server\.js"\]$/m);
  });

  it('keeps the data on a volume and checks its health on a route that exists', () => {
    expect(runtimeStage).toMatch(/DATA_DIR=\/data$/m);
    expect(runtimeStage).toMatch(/^VOLUME \/data$/m);
    expect(runtimeStage).toMatch(/^HEALTHCHECK .*\n.*\/api\/health/m);
    expect(fs.existsSync('app/api/health/route.ts')).toBe(true);
    expect(runtimeStage).toMatch(/HOSTNAME=0\.0\.0\.0/);
    expect(runtimeStage).toMatch(/^EXPOSE 3000$/m);
  });

  it('never sends secrets, data or local builds into the image', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['.env', '.env.*', 'data', '*.db', 'node_modules', '.next', '.git'])
      expect(ignored, entry).toContain(entry);
    expect(ignored).toContain('!.env.example');
  });
});

describe('vercel.json', () => {
  const { crons } = JSON.parse(read('vercel.json')) as {
    crons: { path: string; schedule: string }[];
  };

  it('calls the cron route, which exists, once a day (the most a Hobby plan allows)', () => {
    expect(crons).toHaveLength(1);
    expect(crons[0]!.path).toBe('/api/cron');
    expect(fs.existsSync('app/api/cron/route.ts')).toBe(true);
    const [minute, hour, ...rest] = crons[0]!.schedule.split(' ');
    expect(minute).toMatch(/^\d+$/);
    expect(hour).toMatch(/^\d+$/);
    expect(rest).toEqual(['*', '*', '*']);
  });
});
