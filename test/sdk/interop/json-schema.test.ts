import { expect } from '@open-wc/testing';
import { jsonSchemas } from '../../../src/sdk/interop/json-schema.js';

describe('jsonSchemas', () => {
  const schemas = jsonSchemas();

  it('gives a draft 2020-12 schema for every top-level type', () => {
    expect(Object.keys(schemas)).to.deep.equal([
      'instrument',
      'assessment',
      'area-goal',
      'progression-card',
      'intervention',
      'intervention-episode',
      'participant-attributes',
      'cohort-data',
    ]);
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema.$schema, name).to.equal('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type, name).to.equal('object');
      expect(schema.$id).to.equal(`stegvis/schema/${name}.json`);
    }
  });

  it('describes the fields, required ones and allowed values', () => {
    const assessment = schemas.assessment as {
      required: string[];
      properties: Record<string, { enum?: string[] }>;
      additionalProperties: boolean;
    };
    expect(assessment.required).to.include.members([
      'id',
      'instrument',
      'subjectId',
      'role',
      'occasion',
      'authored',
      'status',
      'answers',
    ]);
    expect(assessment.properties.role!.enum).to.deep.equal(['participant', 'caseManager', 'joint']);
    expect(assessment.additionalProperties).to.equal(false);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(schemas))).to.deep.equal(schemas);
  });
});
