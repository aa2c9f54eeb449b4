import fs from 'node:fs';

/** The command-line tools read the same .env.local / .env files as Next.js (already-set variables win). */
for (const file of ['.env.local', '.env']) {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}
