// The generated JSON, not contentlayer's ES-module index: the command-line tools (tsx) load it too.
import allPracticeSettings from 'contentlayer/generated/PracticeSettings/_index.json';
import * as settings from './content/practice-schema';
import type { Practice } from './content/practice-schema';

export { parsePractice, practiceSchema, telHref, type Practice } from './content/practice-schema';

/**
 * The practice's settings, from content/practice.json (or CONTENT_DIR), validated when the site
 * builds. The build fails naming the file when it is missing or wrong (contentlayer.config.ts).
 */
export const practice: Practice = settings.parsePractice(allPracticeSettings[0] ?? null);

export const therapistDisplayName = (p: Practice = practice) => settings.therapistDisplayName(p);
export const licenseLine = (p: Practice = practice) => settings.licenseLine(p);
export const cityLine = (p: Practice = practice) => settings.cityLine(p);
export const telehealthLine = (p: Practice = practice) => settings.telehealthLine(p);
