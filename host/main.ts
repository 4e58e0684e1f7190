// The local host: the same cloud functions over HTTP on SQLite, their timers, the dev clock, demo data and the H5 app.
import { resolve } from 'node:path';
import { FUNCTIONS } from '../cloudfunctions/registry';
import { toWire } from '../core/time';
import { createLocalPlatform } from '../platform/local/platform';
import { ensureH5Build } from './h5-build';
import { seedDemoData } from './seed';
import { upgradeMasterData } from './upgrade';
import { createServer } from './server';
import { createTimerRunner } from './timers';

const ROOT = resolve(__dirname, '..');

function say(line: string): void {
  process.stdout.write(`${JSON.stringify({ t: new Date().toISOString(), msg: line })}\n`);
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  const dataDir = resolve(process.env.AFTERCARE_DATA_DIR ?? '.data');
  const devClock = process.env.AFTERCARE_DEV_CLOCK === '1';
  if (process.argv.includes('--build-if-stale')) ensureH5Build(ROOT, say);

  // AFTERCARE_DEMO=0: no demo data (a first run as on a new deployment: auth.bootstrap makes the first admin)
  const demo = process.env.AFTERCARE_DEMO !== '0';
  const platform = createLocalPlatform({ dataDir, devClock });
  const seeded = demo ? await seedDemoData(platform.store, platform.clock.now()) : { created: 0, existing: 0 };
  await upgradeMasterData(platform.store);
  const functions = Object.values(FUNCTIONS);
  const timers = createTimerRunner(platform, functions);
  const server = await createServer({
    platform,
    functions: FUNCTIONS,
    timers,
    h5Dir: resolve(ROOT, 'dist', 'h5'),
    devClock: platform.devClock,
    durability: { mark: () => platform.store.writeMark(), durable: (since) => platform.store.durable(since) },
  });
  const address = await server.listen({ port, host: '127.0.0.1' });
  timers.start();
  say(
    `AfterCare local host ready at ${address} · data ${dataDir} · ` +
      `${demo ? `demo data +${seeded.created} (${seeded.existing} kept)` : 'no demo data'} · service time ${toWire(platform.clock.now())}${devClock ? ' · dev clock ON' : ''}`,
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
