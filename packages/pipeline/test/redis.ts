import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * A real Redis for the queue tests: the one CI started (DOSSIER_REDIS_URL), or a private
 * redis-server on a free port (installed from Debian's packages when missing and we are root).
 */
export async function startRedis(): Promise<{ url: string; stop(): void }> {
  const given = process.env.DOSSIER_REDIS_URL;
  if (given) return { url: given.replace(/\/\d*$/, ''), stop: () => undefined };
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    if (userInfo().uid === 0) spawnSync('apt-get', ['install', '-y', 'redis-server'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (spawnSync('redis-server', ['--version']).status !== 0) {
      throw new Error('the queue tests need a Redis server: install Debian\'s redis-server, or set DOSSIER_REDIS_URL=redis://HOST:PORT');
    }
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'dossier-redis-'));
  const server: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, stop: () => void server.kill('SIGTERM') };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}
