/** npm run mail:retry: sends everything pending in the outbox now, whatever its backoff says. */
import './lib/env';
import { mailConfig } from '@/lib/mail/config';
import { deliverPendingMail } from '@/lib/mail/outbox';

async function main() {
  const report = await deliverPendingMail({ includeNotDue: true, userAgent: 'kap-site-cli' });
  if (!mailConfig().apiKey) {
    console.log(
      `RESEND_API_KEY is not set: nothing was sent; ${report.pending} message(s) wait in the outbox.`,
    );
    return 1;
  }
  console.log(`Sent ${report.sent}, failed ${report.failed}, still pending ${report.pending}.`);
  return report.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
