import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const COMMAND = ['--import', 'tsx', 'geo/cli/geoparse.ts'];

const ARTICLES = [
  { id: 'a', text: 'Gen. Salvador Cienfuegos was arrested at Los Angeles International Airport and later sent back to Mexico.' },
  { id: 'b', text: 'The H-2 Cartel fought for Nayarit and Sinaloa; police in Culiacán, Sinaloa, found the cars.' },
  { id: 'c', text: 'He was extradited to Texas and tried in Brooklyn; a cousin lives in Paris, Texas.' },
  { id: 'd', text: 'No places here, only words.' },
  { id: 'e', text: 'Mexican and Colombian officials met in Ciudad Juárez on Monday.' },
];
const INPUT = ARTICLES.map((a) => JSON.stringify(a) + '\n').join('');

function run(args: string[], input: string) {
  return spawnSync(process.execPath, [...COMMAND, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 120_000 });
}

/** Feeds one line, waits for its answer, then feeds the next: only a streaming command passes. */
async function lockstep(args: string[], lines: string[]): Promise<{ answers: string[]; code: number | null }> {
  const child = spawn(process.execPath, [...COMMAND, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let buffered = '';
  const answers: string[] = [];
  let waiting: (() => void) | null = null;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      answers.push(buffered.slice(0, nl));
      buffered = buffered.slice(nl + 1);
    }
    waiting?.();
  });
  const nextAnswer = (count: number) =>
    new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no answer to line ${count} within 60 s while stdin stayed open`)), 60_000);
      waiting = () => {
        if (answers.length >= count) {
          clearTimeout(timer);
          ok();
        }
      };
      waiting();
    });
  for (let i = 0; i < lines.length; i++) {
    child.stdin.write(lines[i] + '\n');
    await nextAnswer(i + 1);
  }
  child.stdin.end();
  const code = await new Promise<number | null>((r) => child.on('close', r));
  return { answers, code };
}

describe('geoparse command', () => {
  it.each([['1'], ['2']])('streams with --workers %s: each answer comes before the next line is fed', async (workers) => {
    const lines = ARTICLES.slice(0, 3).map((a) => JSON.stringify(a));
    const { answers, code } = await lockstep(['--workers', workers], lines);
    expect(code).toBe(0);
    expect(answers.map((a) => JSON.parse(a).id)).toEqual(['a', 'b', 'c']);
  });

  it('writes the same bytes, in input order, with 1, 2 and auto workers', () => {
    const one = run(['--workers', '1'], INPUT);
    const two = run(['--workers', '2'], INPUT);
    const auto = run(['--workers=auto'], INPUT);
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(one.stdout).toContain('"placeId":"airport:LAX"');
    expect(two.stdout).toBe(one.stdout);
    expect(auto.stdout).toBe(one.stdout);
    expect(run([], INPUT).stdout).toBe(one.stdout);
  });

  it.each([['1'], ['2']])('with --workers %s, reports bad lines as stdin:LINE:COL, answers the rest, exits 2', (workers) => {
    const input = [JSON.stringify(ARTICLES[0]), '{"id": "x", text}', '', '{"id": "y"}', JSON.stringify(ARTICLES[2])].join('\n') + '\n';
    const r = run(['--workers', workers], input);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^stdin:2:13: not valid JSON/m);
    expect(r.stderr).toMatch(/^stdin:4: missing "text" \(a string\) for id "y"$/m);
    expect(r.stderr).toContain('geoparse: 2 line(s) could not be read; the others were answered');
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
  });

  it.each([['--workers many'], ['--workers -1'], ['--workers'], ['--fast']])('refuses "%s" with exit code 64', (args) => {
    const r = run(args.split(' '), '');
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/^geoparse: .*\nusage: /);
  });
});
