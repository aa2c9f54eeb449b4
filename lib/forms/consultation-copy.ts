import { fillOr, siteText } from '@/lib/content/site-text';
import type { Practice } from '@/lib/practice';

/** The sentence the sender reads once her request is stored, with the reply time from the settings. */
export function nextStepText(p: Practice): string {
  const { nextStep, nextStepWithoutReplyTime } = siteText.consultation;
  return fillOr(nextStep, nextStepWithoutReplyTime, p);
}

/** Another way to reach the practice, from its settings; empty while neither e-mail nor phone is set. */
export function otherWaysText(p: Practice): string {
  const ways = [
    p.contact.phone && `call ${p.contact.phone}`,
    p.contact.email && `e-mail ${p.contact.email}`,
  ].filter(Boolean);
  return ways.length ? `You can also ${ways.join(' or ')}.` : '';
}
