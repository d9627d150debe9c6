import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** Bounds a start that hangs; a busy machine may take many seconds to compile and migrate. */
const START_LIMIT_MS = 100_000;

/**
 * Starts the real server entry point as a separate process on a port the system picks, and
 * resolves once the process says where it listens, so parallel runs never collide on a port.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    // The start line is logged at info level, and it is how the chosen port becomes known.
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const url = await new Promise<string>((resolve, reject) => {
    const limit = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${START_LIMIT_MS} ms:\n${output}`));
    }, START_LIMIT_MS);
    let started = false;
    const collect = (chunk: Buffer) => {
      output += chunk;
      const ready = started ? null : /clinic ready at (http:\/\/[^\s"]+)/.exec(output);
      if (ready?.[1]) {
        started = true;
        clearTimeout(limit);
        resolve(ready[1]);
      }
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    // 'close' rather than 'exit': by then the output that says why has been read in full.
    void once(child, 'close').then(() => {
      clearTimeout(limit);
      reject(new Error(`server exited early:\n${output}`));
    });
  });
  return { url, child, output: () => output, exited };
}

/** Runs one of the server's scripts (path relative to src/) to completion. */
export function runScript(path: string, env: Record<string, string>, args: string[] = []) {
  const script = fileURLToPath(new URL(`../${path}`, import.meta.url));
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
  });
}
