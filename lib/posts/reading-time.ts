import readingTime from 'reading-time';

/** Whole minutes to read a text, at least one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(readingTime(text).minutes));
}
