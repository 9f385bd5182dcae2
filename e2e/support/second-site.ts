import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A copy of dist/ served by `vite preview` (the static host's headers, see
 * build/preview-server.ts) on a port of its own, which a test can stop, change
 * and serve again at the same origin: what a new deploy looks like to a
 * service worker, which belongs to one origin.
 */
export class SecondSite {
  readonly dir = mkdtempSync(join(tmpdir(), 'timeline-deploy-'));
  private server: ChildProcess | null = null;

  constructor(readonly port: number) {
    cpSync(join(ROOT, 'dist'), this.dir, { recursive: true });
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const args = ['vite', 'preview', '--outDir', this.dir, '--host', '127.0.0.1', '--port', String(this.port), '--strictPort'];
    this.server = spawn('npx', args, { cwd: ROOT, stdio: 'ignore', detached: true });
    for (;;) {
      const up = await fetch(this.origin).then((r) => r.ok, () => false);
      if (up) return;
      if (this.server.exitCode !== null) throw new Error('vite preview of the copy did not start');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server?.pid || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
    this.server = null;
  }

  /** Runs a build step on the copy, as a deploy would (the step's --out is the copy). */
  async runStep(script: string, ...args: string[]): Promise<void> {
    const step = spawn('npx', ['tsx', '--tsconfig', 'build/tsconfig.json', script, '--out', this.dir, ...args], { cwd: ROOT, stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => step.once('exit', resolve));
    if (code !== 0) throw new Error(`${script} failed on the copy`);
  }

  async remove(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
