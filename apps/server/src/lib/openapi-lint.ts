import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  pointer: string;
}

/**
 * Public reads that take no input cannot fail on the client's side: documenting a 4xx for them
 * to please the rule would be untrue.
 */
const ACCEPTED: { ruleId: string; pointer: string }[] = [
  '/healthz',
  '/api/setup',
  '/api/clinic',
  '/api/auth/session',
].map((path) => ({
  ruleId: 'operation-4xx-response',
  pointer: `#/paths/${path.replaceAll('/', '~1')}/get/responses`,
}));

const isAccepted = (problem: LintProblem) =>
  ACCEPTED.some((a) => a.ruleId === problem.ruleId && a.pointer === problem.pointer);

/**
 * Lints an OpenAPI document with Redocly's recommended rules and answers what it found, less
 * the findings accepted above. Runs the CLI: its programmatic API is not a published package.
 */
export async function lintOpenApi(document: unknown): Promise<LintProblem[]> {
  const dir = mkdtempSync(join(tmpdir(), 'openapi-lint-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document, null, 2));
    const config = join(dir, 'redocly.yaml');
    // A lint run has no business reporting usage to anyone.
    writeFileSync(config, 'extends:\n  - recommended\ntelemetry: off\n');
    const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
    const args = [cli, 'lint', file, `--config=${config}`, '--format=json'];
    const stdout = await promisify(execFile)(process.execPath, args, {
      maxBuffer: 64 * 1024 * 1024,
    }).then(
      (done) => done.stdout,
      // The CLI exits 1 when it finds errors; its report is still on stdout.
      (failed: { stdout?: string; stderr?: string }) => {
        if (failed.stdout) return failed.stdout;
        throw new Error(`redocly lint failed: ${failed.stderr ?? String(failed)}`);
      },
    );
    const report = JSON.parse(stdout) as {
      problems: {
        ruleId: string;
        severity: 'error' | 'warn';
        message: string;
        location: { pointer: string }[];
      }[];
    };
    return report.problems
      .map((p) => ({
        ruleId: p.ruleId,
        severity: p.severity,
        message: p.message,
        pointer: p.location[0]?.pointer ?? '',
      }))
      .filter((problem) => !isAccepted(problem));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
