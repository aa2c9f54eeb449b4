// One Lighthouse run through its node API, printing the report (LHR) as JSON on stdout.
// Plain JavaScript run by plain node on purpose: tsx would rewrite Lighthouse's page functions
// (esbuild's keepNames adds `__name` calls) and they would then fail inside the browser.
// Usage: node scripts/lighthouse-run.mjs <url> <chrome debugging port> <category,category,…> [settings JSON]
// The settings (e.g. {"throttling":{"cpuSlowdownMultiplier":2}}) are merged into Lighthouse's defaults.
import lighthouse from 'lighthouse';

const [url, port, categories, settings = '{}'] = process.argv.slice(2);
const result = await lighthouse(url, {
  ...JSON.parse(settings),
  port: Number(port),
  output: 'json',
  logLevel: 'error',
  onlyCategories: categories.split(','),
});
process.stdout.write(JSON.stringify(result.lhr));
