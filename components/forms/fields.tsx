import { useSyncExternalStore } from 'react';

/** Small form pieces that wire labels, hints and errors for assistive technology. */

const noSubscription = () => () => {};

/** False in the server's HTML and while hydrating, true once JavaScript runs the form. */
export function useEnhanced(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export const inputClass =
  'mt-1 block w-full rounded-lg border border-ink-soft/60 bg-white px-3 py-2.5 text-base text-ink shadow-xs aria-invalid:border-clay aria-invalid:ring-2 aria-invalid:ring-clay/30';

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1.5 flex gap-1.5 text-sm font-semibold text-clay">
      <span aria-hidden="true">!</span>
      <span>{message}</span>
    </p>
  );
}

export function FieldHint({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <p id={id} className="mt-1 text-sm text-ink-soft">
      {children}
    </p>
  );
}

export function OptionalTag() {
  return <span className="ml-1 text-sm font-normal text-ink-soft">(optional)</span>;
}

/** A group of radio buttons with a legend, one error and an optional hint. */
export function ChoiceGroup({
  id,
  name,
  legend,
  options,
  value,
  error,
  hint,
  required,
}: {
  id: string;
  name: string;
  legend: string;
  options: Record<string, string>;
  value?: string;
  error?: string;
  hint?: React.ReactNode;
  required: boolean;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(hint ? hintId : undefined, error && errorId)}
      className="grid gap-1"
    >
      <legend className="font-semibold">{legend}</legend>
      {hint && <FieldHint id={hintId}>{hint}</FieldHint>}
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {Object.entries(options).map(([optionValue, label], index) => (
          <label
            key={optionValue}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-line bg-white px-3 py-2 has-checked:border-teal has-checked:bg-teal-soft"
          >
            <input
              type="radio"
              name={name}
              value={optionValue}
              id={index === 0 ? `${id}-first` : undefined}
              defaultChecked={value === optionValue}
              required={required}
              aria-describedby={error ? errorId : undefined}
              className="size-5 accent-teal"
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

/** A field people never see and bots fill in: a filled one means the submission is dropped quietly. */
export function Honeypot({ id }: { id: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
      <label htmlFor={id}>Leave this field empty</label>
      <input id={id} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
