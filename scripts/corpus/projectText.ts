import type { ProjectProps } from '../../src/data/schema';
import type { GenContext } from './context';
import { listPhrase } from './words';

interface ProjectFacts {
  name: string;
  status: ProjectProps['status'];
  countries: readonly string[];
  partners: readonly string[];
}

/** The sentence an article says about a project, and the part of it the record quotes. */
export function projectSentence(ctx: GenContext, facts: ProjectFacts): { sentence: string; quote: string } {
  const { rng, names } = ctx;
  const hosts = listPhrase(facts.countries.map(names.name));
  const backers = listPhrase(facts.partners.map(names.name));
  let core: string;
  if (facts.status === 'planned') {
    core =
      facts.partners.length > 0
        ? `${backers} agreed to help build the ${facts.name}`
        : rng.pick([
            `Plans for the ${facts.name} were approved`,
            `Work on the ${facts.name} is due to begin`,
          ]);
  } else if (facts.status === 'under construction') {
    core = rng.pick([
      `Construction of the ${facts.name} is under way`,
      `Crews are working on the ${facts.name}`,
      `Building work on the ${facts.name} has begun`,
    ]);
  } else {
    core = rng.pick([`The ${facts.name} is now in service`, `The ${facts.name} opened this year`]);
  }
  const tail = rng.pick([
    `officials in ${hosts} said`,
    `according to the government${facts.countries.length > 1 ? 's' : ''} of ${hosts}`,
    `a spokesperson for the project said`,
  ]);
  core = core.charAt(0).toUpperCase() + core.slice(1);
  const sentence = `${core}, ${tail}.`;
  return { sentence, quote: rng.chance(0.5) ? core : sentence };
}
