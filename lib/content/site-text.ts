// The generated JSON, not contentlayer's ES-module index: the command-line tools (tsx) load it too.
import allSiteTexts from 'contentlayer/generated/SiteText/_index.json';
import { practice } from '@/lib/practice';
import type { Practice } from './practice-schema';
import { fillText, settingValues } from './placeholders';
import { parseSiteText, type SiteText } from './site-text-schema';

export type { SiteText };

/** The site's own words (content/site.json), validated when the site builds. */
export const siteText: SiteText = parseSiteText(allSiteTexts[0] ?? null);

/**
 * Fills a text of the content with the settings (and any extra values, e.g. `Name`), leaving out
 * each sentence that names an empty setting.
 */
export function fill(text: string, extra: Record<string, string> = {}, p: Practice = practice) {
  return fillText(text, { ...settingValues(p), ...extra });
}

/** `fill`, or the fallback text when every sentence of the text named an empty setting. */
export function fillOr(text: string, fallback: string, p: Practice = practice) {
  return fill(text, {}, p) || fill(fallback, {}, p);
}
