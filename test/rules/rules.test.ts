import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import { runScenario } from '../../src/engine/scenarios';
import { parsePolicyJson } from '../../src/policy/parse';
import { policyJsonSchemaText, SCHEMA_FILE } from '../../src/policy/json-schema';

const rulesDir = new URL('../../rules/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, rulesDir), 'utf8');
const isPolicy = (f: string) => /\.policy(\.[a-z]{2})?\.json$/.test(f);
/** The examples, and the templates authors start from (`rules/templates/`, for the policy studio). */
const templates = readdirSync(new URL('templates/', rulesDir)).filter(isPolicy).map((f) => `templates/${f}`);
const policyFiles = [...readdirSync(rulesDir).filter(isPolicy), ...templates];
/** A JSON Schema validator as editors use one; "date" is the only format the schema uses. */
const jsonSchemaValidator = () =>
  new Ajv2020({ allErrors: true, strict: false, formats: { date: /^\d{4}-\d{2}-\d{2}$/ } }).compile(
    JSON.parse(read('policy.schema.json')),
  );

describe('rules/', () => {
  it('holds the bundled default and a French example', () => {
    expect(policyFiles).toEqual(expect.arrayContaining(['acme.policy.json', 'dupain.policy.fr.json']));
  });

  it('holds the templates authors start from', () => {
    const names = ['general-company', 'financial-firm', 'healthcare', 'public-sector', 'small-business', 'french-employer'];
    expect(templates.sort()).toEqual(names.map((name) => `templates/${name}.policy.json`).sort());
  });

  it.each(policyFiles)('%s is valid, with no warnings', (file) => {
    const result = parsePolicyJson(read(file));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it.each(policyFiles)("%s: every scenario gets the advice it expects, for each of its roles", (file) => {
    const parsed = parsePolicyJson(read(file));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    const compiled = compile(parsed.policy);
    const failed = parsed.policy.scenarios.flatMap((s) => runScenario(compiled, s)).filter((run) => !run.pass);
    expect(failed.map(({ scenario, role, missing, unexpected }) => ({ id: scenario.id, role, missing, unexpected }))).toEqual([]);
    expect(parsed.policy.scenarios.length).toBeGreaterThan(0);
  });

  it.each(policyFiles)('%s is accepted by the published JSON Schema too', (file) => {
    const validate = jsonSchemaValidator();
    expect(validate(JSON.parse(read(file))) ? [] : validate.errors).toEqual([]);
  });

  it(`${SCHEMA_FILE} is what the zod schema generates (run \`npm run schema\` after changing it)`, () => {
    expect(read('policy.schema.json')).toBe(policyJsonSchemaText());
  });

  it('the published JSON Schema rejects what the parser rejects: unknown fields and wrong enums', () => {
    const validate = jsonSchemaValidator();
    const policy = JSON.parse(read('acme.policy.json'));
    expect(validate({ ...policy, unknownField: 1 })).toBe(false);
    expect(validate({ ...policy, topics: [{ ...policy.topics[0], action: 'forbid' }] })).toBe(false);
  });
});
