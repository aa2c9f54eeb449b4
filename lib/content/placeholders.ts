import { cityLine, telehealthLine, type Practice } from './practice-schema';

/**
 * The settings a page's words may name. The same names work in front matter and settings text
 * (`A gentle path of healing for moms in <City />`) and as MDX components in a page's body
 * (components/content/mdx-components.tsx renders them). README: "Editing the site".
 */
export const settingPlaceholders = {
  PracticeName: { label: 'Practice name', value: (p: Practice) => p.practiceName },
  TherapistName: { label: 'Therapist’s full name', value: (p: Practice) => p.therapist.fullName },
  City: { label: 'City', value: (p: Practice) => p.location.city },
  StateName: { label: 'State', value: (p: Practice) => p.location.stateName },
  State: { label: 'State (two letters)', value: (p: Practice) => p.location.state },
  CityLine: { label: 'City and state', value: (p: Practice) => cityLine(p) },
  TelehealthStates: { label: 'Telehealth states', value: (p: Practice) => telehealthLine(p) },
  ReplyTime: { label: 'Reply time', value: (p: Practice) => p.replyTime },
  Email: { label: 'E-mail', value: (p: Practice) => p.contact.email },
  Phone: { label: 'Phone', value: (p: Practice) => p.contact.phone },
} as const;

export type SettingName = keyof typeof settingPlaceholders;
export const settingNames = Object.keys(settingPlaceholders) as SettingName[];

/** Each placeholder's text for these settings ('' when the setting is empty). */
export function settingValues(p: Practice): Record<SettingName, string> {
  return Object.fromEntries(
    settingNames.map((name) => [name, settingPlaceholders[name].value(p)]),
  ) as Record<SettingName, string>;
}

const placeholderTag = /<([A-Z][A-Za-z]*)\s*\/>/g;

/** The placeholder names a text uses. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderTag)].map((match) => match[1]!);
}

/**
 * Fills a text's placeholders. A sentence naming a setting that is empty is left out, so the text
 * still reads well (`Telehealth is for clients located in <TelehealthStates />.` disappears while no
 * state is set); a text whose every sentence is left out becomes ''.
 */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  const sentences = text.split(/(?<=[.!?…])\s+/);
  const kept = sentences.filter((sentence) =>
    placeholdersIn(sentence).every((name) => (values[name] ?? '') !== ''),
  );
  return kept
    .join(' ')
    .replace(placeholderTag, (_, name: string) => values[name] ?? '')
    .trim();
}

/** Every string inside a value (front matter, settings), for the placeholder check. */
export function stringsIn(value: unknown, path: string[] = []): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path: path.join('.'), text: value }];
  if (Array.isArray(value))
    return value.flatMap((item, i) => stringsIn(item, [...path, String(i)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  }
  return [];
}

/** `  - hero.title: <Citty /> is not a placeholder (…)` for each unknown name in the strings of a value. */
export function unknownPlaceholders(value: unknown, allowed: readonly string[]): string[] {
  const known = new Set<string>([...settingNames, ...allowed]);
  return stringsIn(value).flatMap(({ path, text }) =>
    placeholdersIn(text)
      .filter((name) => !known.has(name))
      .map(
        (name) =>
          `${path || '(text)'}: <${name} /> is not a placeholder (use one of ${[...known].map((n) => `<${n} />`).join(', ')})`,
      ),
  );
}
