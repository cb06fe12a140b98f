import { resolve } from 'node:path';
import { formatProblem } from '../src/data/problem';
import { validateDir } from './lib/validateDir';

// npm run validate [-- <dir>]: checks a data folder (default: $DATA_DIR or data/). Prints one line
// per problem, naming the file, the record and the field; exits 1 when there is any error.

const dir = resolve(process.argv[2] ?? process.env.DATA_DIR ?? 'data');
const { problems, dataset } = validateDir(dir);
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.level === 'error').length;
const warnings = problems.length - errors;
if (dataset) {
  const counts = `${dataset.articles.length} articles, ${dataset.figures.figures.length} figures, ${dataset.projects.features.length} projects, ${dataset.places.features.length} places, ${dataset.events.events.length} events`;
  console.log(`validate: ${dir}: ${counts}`);
}
console.log(`validate: ${errors} error(s), ${warnings} warning(s)`);
process.exitCode = errors > 0 ? 1 : 0;
