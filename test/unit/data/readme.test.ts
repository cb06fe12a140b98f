// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleMetaSchema,
  countrySchema,
  eventSchema,
  figureSchema,
  groupSchema,
  placeKindSchema,
  placePropsSchema,
  precisionSchema,
  projectKindSchema,
  projectPropsSchema,
  projectStatusSchema,
  qualifierSchema,
  regionSchema,
} from '../../../src/data/schema';
import { REPO } from './fixtureDataset';

// data/README.md is the curator's reference: it must name every field and every allowed value
// the schemas accept, so a schema change without a documentation change fails here.

const readme = readFileSync(join(REPO, 'data', 'README.md'), 'utf8');

describe('data/README.md', () => {
  it('documents every field of every record type', () => {
    const shapes = [
      articleMetaSchema,
      countrySchema,
      groupSchema,
      figureSchema,
      projectPropsSchema,
      placePropsSchema,
      eventSchema,
    ];
    for (const schema of shapes)
      for (const key of Object.keys(schema.shape)) expect(readme, key).toContain(`\`${key}\``);
  });

  it('lists every allowed value of every enumerated field', () => {
    const enums = [
      figureSchema.shape.kind.options,
      figureSchema.shape.unit.options,
      qualifierSchema.def.innerType.options,
      projectKindSchema.options,
      projectStatusSchema.options,
      placeKindSchema.options,
      precisionSchema.options,
      regionSchema.options,
      eventSchema.shape.precision.options,
    ];
    for (const value of enums.flat()) expect(readme, value).toContain(`\`${value}\``);
  });
});
