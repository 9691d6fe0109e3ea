import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareRoles, formatConfusion, scoreRoles } from '../../geo/roles/scoreRoles.ts';
import type { Mention } from '../../geo/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'plaza-eval-roles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'geo/cli/eval-roles.ts'), '--labels', dir, '--corpus', join(dir, 'none')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const m = (start: number, end: number, layer: Mention['layer']): Mention => ({ start, end, text: '', name: '', lat: 0, lon: 0, placeId: 'p', featureType: 'PPL', layer, confidence: 1 });

describe('scoreRoles', () => {
  it('scores found mentions, counts the not found apart, and fills the confusion matrix', () => {
    const outcomes = compareRoles(
      [
        { start: 0, end: 5, role: 'incident' },
        { start: 10, end: 15, role: 'territory' },
        { start: 20, end: 25, role: 'other' },
      ],
      [m(0, 5, 'incident'), m(11, 15, 'other')],
    );
    const s = scoreRoles(outcomes);
    expect(s).toMatchObject({ labelled: 3, found: 2, correct: 1, accuracy: 0.5 });
    expect(s.confusion.territory.other).toBe(1);
    expect(formatConfusion(s).split('\n')).toHaveLength(5);
  });
});

describe('eval:roles command', () => {
  it('prints accuracy per set with a JSON summary as the last line', { timeout: 120_000 }, () => {
    const r = run({ 'eval.jsonl': '{"id":"a","date":"2020-01-01","text":"Police arrested him in Culiacán.","labels":[{"text":"Culiacán","role":"incident"}]}\n', 'seed-labels.jsonl': '' });
    expect(r.code).toBe(0);
    const last = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(last['invented (dev)']).toMatchObject({ labelled: 1, found: 1 });
  });
  it.each([
    ['a line that is not JSON', '{"id":"a",\n', 'eval.jsonl:1:1:'],
    ['a label not in its text', '{"id":"a","text":"In Culiacán.","labels":[{"text":"Tijuana","role":"incident"}]}\n', 'eval.jsonl:1:1: label 0 "Tijuana" is not in the text'],
    ['an unknown role', '\n{"id":"a","text":"In Culiacán.","labels":[{"text":"Culiacán","role":"scene"}]}\n', 'eval.jsonl:2:1: label 0: role must be one of incident, jurisdiction, territory, other'],
  ])('%s is reported as file:line:col (exit 2)', { timeout: 120_000 }, (_n, line, message) => {
    const r = run({ 'eval.jsonl': line });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
