/**
 * What the site says about Ketamine-Assisted Psychotherapy, drawn from the therapist's own article
 * (content/blog/ketamine-assisted-psychotherapy-for-moms.mdx). One place, so the home page, the KAP
 * page and its FAQPage structured data never drift apart.
 */

export const kapArticlePath = '/blog/ketamine-assisted-psychotherapy-for-moms';
export const kapPagePath = '/ketamine-assisted-psychotherapy';

export const kapDefinition =
  'KAP is the process of using the medicine of Ketamine alongside therapy to help people move through difficult emotions in a safe and gentle way.';

export interface KapStep {
  title: string;
  /** One sentence, for the home page. */
  summary: string;
  /** The article's description, for the KAP page. */
  details: string[];
}

export const kapSteps: KapStep[] = [
  {
    title: 'Doctor’s visit',
    summary:
      'I refer you to a trusted psychiatrist, who evaluates you for a ketamine prescription.',
    details: [
      'I will refer you to a trusted psychiatrist who will evaluate you for the prescription of Ketamine.',
    ],
  },
  {
    title: 'Preparation',
    summary: 'We meet to talk through your intentions, your expectations and your safety.',
    details: ['You’ll meet with me to discuss intentions, expectations, and safety.'],
  },
  {
    title: 'Medicine session',
    summary:
      'About three hours in the comfort of your own home, with me beside you or joining by telehealth, your vitals checked throughout.',
    details: [
      'You can either have me at home with you or I can join via telehealth (assuming that you have another person with you at home). I will take your vitals to make sure that you are safe to proceed and monitor you throughout.',
      'I am there for emotional support, to hold your hand or talk to you if you need to do so (though most women are silent for this portion of the session). Many women bring in sound via a playlist, eye masks, aromatherapy, blankets and sometimes even an altar — all of which deepen the experience.',
      'You will take the Ketamine as prescribed and journey with the medicine for around 90 minutes. When you feel like you are coming back into your body, I will get you snacks or a nourishing meal (usually a good bone broth) and you can stretch and use the restroom.',
    ],
  },
  {
    title: 'Integration',
    summary:
      'We spend the next hour talking through your journey and how to carry what you learned into your life, sometimes with EMDR or IFS.',
    details: [
      'When you return we will take the next hour to talk through your journey and discuss what you took away from it and how you can continue to apply the benefits of these lessons in your life.',
      'During this time I might add in other therapeutic techniques like EMDR or IFS. I take your vitals one last time and then I leave.',
    ],
  },
  {
    title: 'Relaxation',
    summary: 'The rest of the day is yours: rest, create, journal or take an easy walk.',
    details: [
      'Once I have left, the rest of the day or the evening (depending on when you choose to dose) is yours to play with. You may choose to do something creative like paint or draw. Some women take a nap or read fictional books. Others choose to listen to meditations or journal. You could also do yoga or light stretching or even go for an easy walk.',
      'All of this strengthens the positive connections of shifts that you made during your journey.',
    ],
  },
];

/** The article's "Is KAP Safe?" list. */
export const kapSafety: string[] = [
  'Ketamine has been used safely for decades in medical settings.',
  'Doses for therapy are much lower than those used in surgery.',
  'Sessions are always supervised by me.',
  'KAP is not the same as recreational use — this is a therapeutic, structured process.',
];

/** The article's "Who Might Benefit From KAP?" list. */
export const kapMayHelp: string[] = [
  'Struggle with depression, anxiety, or trauma that hasn’t improved with other treatments.',
  'Feel “stuck” in negative patterns or overwhelmed by their history.',
  'Want a deeper, integrative approach to healing.',
];

/** What the article says "many moms report": her words, never a promise. */
export const kapReports: { title: string; text: string }[] = [
  {
    title: 'Relief from depression and anxiety',
    text: 'Especially when other treatments like SSRIs and/or talk therapy haven’t worked.',
  },
  {
    title: 'Reduced trauma symptoms',
    text: 'KAP can help the nervous system “reset” from chronic fight, flight, or freeze.',
  },
  {
    title: 'Greater emotional flexibility',
    text: 'Many people describe feeling more connected to themselves and others after sessions.',
  },
  {
    title: 'New perspectives',
    text: 'The medicine experience can open space for hope, creativity, and self-compassion.',
  },
];

export interface FaqEntry {
  question: string;
  answer: string;
}

/** Short answers drawn from the article and the brief; shown on the KAP page and given as FAQPage data. */
export function kapFaq(telehealthStates: string): FaqEntry[] {
  return [
    {
      question: 'Is this like recreational ketamine use?',
      answer:
        'No. KAP is a therapeutic, structured process: preparation, a supervised medicine session at a dose much lower than those used in surgery, and integration afterwards.',
    },
    {
      question: 'Do you prescribe the ketamine?',
      answer:
        'No. I refer you to a trusted psychiatrist, a licensed medical provider who evaluates you, prescribes ketamine when it is appropriate and monitors your care.',
    },
    {
      question: 'How long is a medicine session?',
      answer:
        'A medicine session is typically a 3-hour appointment. You journey with the medicine for around 90 minutes, then we take about an hour to talk through your journey.',
    },
    {
      question: 'Can I do KAP by telehealth?',
      answer: `Yes. I can be at home with you or join by telehealth, as long as another person is with you at home${
        telehealthStates ? `. Telehealth is for clients located in ${telehealthStates}` : ''
      }.`,
    },
    {
      question: 'Can I drive after a session?',
      answer:
        'No. You cannot drive or operate heavy machinery for the rest of the day, so most moms take it to rest or be creative.',
    },
    {
      question: 'Is KAP a quick fix?',
      answer:
        'No. KAP is not just one dosing session: it includes preparation and integration sessions that help you process and apply the insights you gain.',
    },
  ];
}
