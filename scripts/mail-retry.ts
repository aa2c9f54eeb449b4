/** npm run mail:retry: sends everything pending in the outbox now, whatever its backoff says. */
import './lib/env';
import { deliverPendingMail } from '@/lib/mail/outbox';

const report = await deliverPendingMail({ includeNotDue: true, userAgent: 'kap-site-cli' });
if (!process.env.RESEND_API_KEY) {
  console.log(`RESEND_API_KEY is not set: nothing was sent; ${report.pending} message(s) wait in the outbox.`);
  process.exit(1);
}
console.log(`Sent ${report.sent}, failed ${report.failed}, still pending ${report.pending}.`);
process.exit(report.failed > 0 ? 1 : 0);
