import {
  buildContent,
  contentProject,
  fixtureContentDir,
  unitContentProject,
} from './content-build';

/** The unit tests read the fixture content (tests/fixtures/content), never the therapist's. */
export default async function setup() {
  const result = await buildContent(contentProject(unitContentProject), fixtureContentDir);
  if (!result.ok) throw new Error(`The fixture content does not build:\n${result.output}`);
}
