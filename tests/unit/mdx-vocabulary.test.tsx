import { describe, expect, it } from 'vitest';
import filled from '../fixtures/practice/filled.json';
import { pageMdxComponents } from '@/components/content/mdx-components';
import { getPage } from '@/lib/content/pages';
import { componentsIn, mdxComponentProblems, mdxVocabulary } from '@/lib/content/mdx-vocabulary';
import { fillText } from '@/lib/content/placeholders';
import { parsePractice } from '@/lib/practice';

describe('the pages’ MDX vocabulary', () => {
  it('is rendered by a component for every name the build and the editor accept', () => {
    const page = getPage('kap');
    const components = pageMdxComponents({
      slug: 'kap',
      data: page.data,
      practice: parsePractice(filled),
    });
    expect(Object.keys(mdxVocabulary).filter((name) => !(name in components))).toEqual([]);
  });

  it('finds the components a body uses, not those in code', () => {
    expect(componentsIn('In <City />, <IfSet setting="Email">x</IfSet> and `<Fake />`')).toEqual([
      'City',
      'IfSet',
    ]);
    expect(mdxComponentProblems('<Faq />', 'about')).toEqual(['<Faq> works only on the kap page']);
    expect(mdxComponentProblems('<City />', null)).toEqual([
      '<City> works in pages only: write Markdown in a post',
    ]);
  });
});

describe('filling placeholders into a text', () => {
  it('leaves out each sentence that names an empty setting, and nothing else', () => {
    const text =
      'Yes. I can join by telehealth. Telehealth is for clients in <TelehealthStates />.';
    expect(fillText(text, { TelehealthStates: 'California' })).toBe(
      'Yes. I can join by telehealth. Telehealth is for clients in California.',
    );
    expect(fillText(text, { TelehealthStates: '' })).toBe('Yes. I can join by telehealth.');
    expect(fillText('About <TherapistName />', { TherapistName: '' })).toBe('');
  });
});
