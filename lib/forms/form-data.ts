/**
 * A server action is a public endpoint: its arguments are whatever the request decoded to, not
 * necessarily the FormData the form sends. Anything else is read as an empty form (so it fails validation).
 */
export function asFormData(value: unknown): FormData {
  const candidate = value as { get?: unknown; getAll?: unknown } | null | undefined;
  return candidate &&
    typeof candidate === 'object' &&
    typeof candidate.get === 'function' &&
    typeof candidate.getAll === 'function'
    ? (value as FormData)
    : new FormData();
}

/**
 * True for a server action sent by React in the browser (JavaScript on: it sends the action's id in
 * the `Next-Action` header); false for the plain HTML form post of a browser without JavaScript,
 * whose answer is a whole page.
 */
export const sentWithJavaScript = (headers: Headers) => headers.has('next-action');
