import { spawn } from 'node:child_process';
import type { CliResult } from '../cli/run-cli.js';

const mainModule = new URL('../../src/cli/main.ts', import.meta.url).href;
const root = new URL('../../', import.meta.url).pathname;

/** Runs `newsgraph <argv>` from the TypeScript sources in a process of its own; what it printed and returned. */
export function runCliProcess(argv: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  const script = `import { main } from ${JSON.stringify(mainModule)}; process.exitCode = await main(${JSON.stringify(argv)});`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}
