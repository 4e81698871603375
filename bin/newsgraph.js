#!/usr/bin/env node
// The newsgraph command: runs the compiled CLI (npm ci builds it through the prepare script).
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (e) {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/cli/main.js')) {
    console.error('newsgraph: not built yet; run "npm run build" (npm ci does it) and try again');
    process.exit(2);
  }
  throw e;
}
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.exitCode = await cli.main(process.argv.slice(2));
