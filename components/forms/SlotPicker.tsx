'use client';

import type { SlotChoice } from '@/lib/booking/slot-choice';
import { describedBy, FieldHint, useEnhanced } from './fields';

export interface SlotPickerCopy {
  legend: string;
  /** "Times are in Pacific Time, …", filled in on the server. */
  zone: string;
  yourTime: string;
  noneOfThese?: string;
  noneOfTheseHint?: string;
}

/** Her own time for a slot, when her zone reads it differently from the practice's; else null. */
function ownTime(start: string, practiceZone: string): string | null {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const at = new Date(start);
  const offset = (timeZone: string) =>
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
  if (!own || offset(own) === offset(practiceZone)) return null;
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(at);
}

/**
 * The open times as radio buttons, grouped by the practice's day, each labelled in the
 * practice's zone (written on the server). Once JavaScript runs, her own time is added beside
 * each when her zone differs. With `noneOfThese`, a last choice sends the request without a time.
 */
export function SlotPicker({
  id,
  name,
  slots,
  value,
  copy,
  onChoose,
}: {
  id: string;
  name: string;
  slots: SlotChoice;
  value?: string;
  copy: SlotPickerCopy;
  onChoose?: (value: string) => void;
}) {
  // Her zone is read in the browser only, once hydrated: the server's HTML is the same for all.
  const enhanced = useEnhanced();
  const hintId = `${id}-hint`;
  const radioClass = 'size-6 shrink-0 accent-teal';
  const optionClass =
    'flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-line bg-white px-3 py-2 has-checked:border-teal has-checked:bg-teal-soft';
  const firstStart = slots.days[0]?.slots[0]?.start;
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy(hintId)} className="grid gap-3">
      <legend className="text-lg font-semibold">{copy.legend}</legend>
      <FieldHint id={hintId}>{copy.zone}</FieldHint>
      {slots.days.map((day) => (
        <div key={day.date} role="group" aria-labelledby={`${id}-${day.date}`}>
          {/* Under the page's h1: the form's own headings (its summary) are h2 too. */}
          <h2 id={`${id}-${day.date}`} className="font-sans text-base font-bold">
            {day.label}
          </h2>
          <div className="mt-1 grid grid-cols-1 gap-2 min-[360px]:grid-cols-2 sm:grid-cols-3">
            {day.slots.map((slot) => {
              const firstId = slot.start === firstStart ? `${id}-first` : undefined;
              const own = enhanced ? ownTime(slot.start, slots.timeZone) : null;
              return (
                <label key={slot.start} className={optionClass}>
                  <input
                    type="radio"
                    name={name}
                    value={slot.start}
                    id={firstId}
                    defaultChecked={value === slot.start}
                    onChange={() => onChoose?.(slot.start)}
                    className={radioClass}
                  />
                  <span>
                    <span className="sr-only">{day.label}, </span>
                    {slot.label}
                    {own && (
                      <span className="block text-sm text-ink-soft">
                        {copy.yourTime}: {own}
                      </span>
                    )}
                  </span>
                </label>
              );
            })}
          </div>
        </div>
      ))}
      {copy.noneOfThese && (
        <div>
          <label className={optionClass}>
            <input
              type="radio"
              name={name}
              value="none"
              defaultChecked={value === 'none'}
              onChange={() => onChoose?.('none')}
              aria-describedby={`${id}-none-hint`}
              className={radioClass}
            />
            <span>{copy.noneOfThese}</span>
          </label>
          {copy.noneOfTheseHint && (
            <FieldHint id={`${id}-none-hint`}>{copy.noneOfTheseHint}</FieldHint>
          )}
        </div>
      )}
    </fieldset>
  );
}
