// The local host: the same cloud functions over HTTP on SQLite, their timers, the dev clock, the H5 app — and, in
// demo mode (`npm start`), the demo data and demo sign-in.
import { resolve } from 'node:path';
import { FUNCTIONS } from '../cloudfunctions/registry';
import { toWire } from '../core/time';
import { createLocalPlatform } from '../platform/local/platform';
import { withoutDemoSignIn } from './demo-mode';
import { ensureH5Build } from './h5-build';
import { seedDemoData } from './seed';
import { upgradeMasterData } from './upgrade';
import { createServer } from './server';
import { hostSettings } from './settings';
import { createTimerRunner } from './timers';

const ROOT = resolve(__dirname, '..');

function say(line: string): void {
  process.stdout.write(`${JSON.stringify({ t: new Date().toISOString(), msg: line })}\n`);
}

async function main(): Promise<void> {
  const settings = hostSettings(process.env, process.argv);
  const dataDir = resolve(settings.dataDir);
  if (settings.buildIfStale) ensureH5Build(ROOT, say);

  const platform = createLocalPlatform({
    dataDir,
    devClock: settings.devClock,
    ...(settings.fileLinkSeconds ? { fileLinkSeconds: settings.fileLinkSeconds } : {}),
    iceServers: settings.iceServers,
    ...(settings.publicUrl ? { publicUrl: settings.publicUrl } : {}),
  });
  const seeded = settings.demo && settings.demoData ? await seedDemoData(platform.store, platform.clock.now()) : null;
  await upgradeMasterData(platform.store);
  const functions = Object.values(FUNCTIONS);
  const timers = createTimerRunner(platform, functions);
  const server = await createServer({
    platform: settings.demo ? platform : withoutDemoSignIn(platform),
    functions: FUNCTIONS,
    timers,
    h5Dir: resolve(ROOT, 'dist', 'h5'),
    devClock: platform.devClock,
    durability: { mark: () => platform.store.writeMark(), durable: (since) => platform.store.durable(since) },
    fileLinks: platform.fileLinks,
    allowedHosts: settings.allowedHosts,
    rateLimitFactor: settings.rateLimitFactor,
    trustProxy: settings.trustProxy,
    signal: { admit: (token, room) => platform.calls.admit(token, room) },
  });
  const address = await server.listen({ port: settings.port, host: '127.0.0.1' });
  platform.calls.listeningAt(address);
  timers.start();
  say(
    `AfterCare local host ready at ${address} · data ${dataDir} · ` +
      (seeded
        ? `demo mode: demo sign-in on, demo data +${seeded.created} (${seeded.existing} kept)`
        : settings.demo
          ? 'demo mode: demo sign-in on, no demo data (AFTERCARE_DEMO_DATA=0)'
          : 'demo mode off: sign-in through WeChat or an invitation (start with --demo for the demo users)') +
      ` · service time ${toWire(platform.clock.now())}${settings.devClock ? ' · dev clock ON' : ''}` +
      (settings.rateLimitFactor !== 1 ? ` · rate limits ×${settings.rateLimitFactor}` : ''),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    timers.stop();
    await server.close();
    platform.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
