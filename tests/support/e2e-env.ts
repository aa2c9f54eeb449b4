import path from 'node:path';

/** Where and how the end-to-end tests run the production build. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const e2eBaseUrl = `http://127.0.0.1:${e2ePort}`;
// Paths are relative to the project root, where Playwright and its web server run.
export const e2eRoot = path.resolve('.e2e');
export const e2eContentDir = path.join(e2eRoot, 'content');
export const e2eDistDir = '.next-e2e';

/** The environment of the server under test. */
export const e2eServerEnv: Record<string, string> = {
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: e2eBaseUrl,
  CONTENT_DIR: e2eContentDir,
  NEXT_DIST_DIR: e2eDistDir,
  DATA_DIR: path.join(e2eRoot, 'data'),
};
