/**
 * The standard notice of the No Surprises Act for clients who pay for themselves (the wording of
 * the CMS model notice, addressed to "you").
 */
export function GoodFaithEstimate() {
  return (
    <div className="grid max-w-measure gap-3 rounded-card border border-line bg-white p-5 sm:p-6">
      <p>
        You have the right to receive a “Good Faith Estimate” explaining how much your medical care
        will cost.
      </p>
      <p>
        Under the law, health care providers need to give patients who don’t have insurance or who
        are not using insurance an estimate of the bill for medical items and services.
      </p>
      <ul className="grid list-disc gap-2 pl-6 marker:text-clay">
        <li>
          You have the right to receive a Good Faith Estimate for the total expected cost of any
          non-emergency items or services. This includes related costs like medical tests,
          prescription drugs, equipment, and hospital fees.
        </li>
        <li>
          Make sure your health care provider gives you a Good Faith Estimate in writing at least 1
          business day before your medical service or item. You can also ask your health care
          provider, and any other provider you choose, for a Good Faith Estimate before you schedule
          an item or service.
        </li>
        <li>
          If you receive a bill that is at least $400 more than your Good Faith Estimate, you can
          dispute the bill.
        </li>
        <li>Make sure to save a copy or picture of your Good Faith Estimate.</li>
      </ul>
      <p>
        For questions or more information about your right to a Good Faith Estimate, visit{' '}
        <a href="https://www.cms.gov/nosurprises" className="link" rel="noopener noreferrer">
          www.cms.gov/nosurprises
        </a>{' '}
        or call{' '}
        <a href="tel:+18009853059" className="link inline-block min-h-6">
          1-800-985-3059
        </a>
        .
      </p>
    </div>
  );
}
