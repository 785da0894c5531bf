// Preloaded into the language server by `npm run bench -- --profile-server` (NODE_OPTIONS=--require;
// Node refuses --cpu-prof there): profiles the whole process and writes a .cpuprofile on exit
// into $CEQUENS_CPU_PROF_DIR.
const { Session } = require('node:inspector');
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.CEQUENS_CPU_PROF_DIR;
const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 100 });
session.post('Profiler.start');
process.on('exit', () => {
  // A session on the main thread answers synchronously, so this runs before the process ends.
  session.post('Profiler.stop', (error, result) => {
    if (error || !dir) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `server-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
});
