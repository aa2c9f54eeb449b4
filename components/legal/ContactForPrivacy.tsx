import { practice as defaultPractice, type Practice } from '@/lib/practice';

/** How to reach the practice about your data: the e-mail when set, otherwise a reply to any of its e-mails. */
export function ContactForPrivacy({ practice = defaultPractice }: { practice?: Practice }) {
  const { email } = practice.contact;
  return (
    <>
      {email ? (
        <>
          write to{' '}
          <a href={`mailto:${email}`} className="break-all">
            {email}
          </a>{' '}
          or reply to any e-mail you received from the practice
        </>
      ) : (
        <>
          reply to any e-mail you received from the practice (every form on this site sends you one)
        </>
      )}
    </>
  );
}
