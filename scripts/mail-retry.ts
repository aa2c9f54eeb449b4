/**
 * npm run mail:retry               sends everything pending in the outbox now, whatever its backoff says
 * npm run mail:retry -- --failed   first puts the messages given up on ('failed') back, then sends them too
 */
import './lib/env';
import { closeDatabases, database } from '@/lib/db';
import { requeueFailedMail } from '@/lib/db/outbox';
import { mailConfig } from '@/lib/mail/config';
import { deliverPendingMail } from '@/lib/mail/outbox';

async function main() {
  if (process.argv.includes('--failed')) {
    const requeued = await requeueFailedMail(await database(), new Date());
    console.log(`Put ${requeued} failed message(s) back in the outbox.`);
  }
  const report = await deliverPendingMail({ includeNotDue: true, userAgent: 'kap-site-cli' });
  if (!mailConfig().apiKey) {
    console.log(
      `RESEND_API_KEY is not set: nothing was sent; ${report.pending} message(s) wait in the outbox.`,
    );
    return 1;
  }
  console.log(
    `Sent ${report.sent}, failed ${report.failed}, still pending ${report.pending}${report.gaveUp ? `, given up ${report.gaveUp} (npm run leads shows why)` : ''}.`,
  );
  return report.failed > 0 ? 1 : 0;
}

main()
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  )
  .finally(closeDatabases);
