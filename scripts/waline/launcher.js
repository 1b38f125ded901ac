'use strict';
// Starts the Waline comment server (@waline/vercel) bound to 127.0.0.1 only.
//
// Usage: node launcher.js <install-dir> <port> <runtime-dir> [pid-file]
//   install-dir: folder whose node_modules holds @waline/vercel
//                (scripts/comment-server.sh installs it there)
//
// Why not the package's own vanilla.js: it calls thinkjs' Application.run(),
// which forks a cluster master + worker that listen on every interface
// (think.config('host') is unset). Here we build the app the same way
// (same ROOT_PATH/APP_PATH, proxy: true, env 'production') but load it in
// this single process, like the package's index.js does, and listen on
// (port, '127.0.0.1') ourselves. One process means one PID to stop.
//
// All configuration comes from the environment (PG_*, IPQPS, ...), see
// scripts/comment-server.sh.

const fs = require('node:fs');
const http = require('node:http');
const { createRequire } = require('node:module');
const path = require('node:path');

const [installDir, portArg, runtimeDir, pidFile] = process.argv.slice(2);

if (!installDir || !portArg || !runtimeDir) {
  console.error('usage: node launcher.js <install-dir> <port> <runtime-dir> [pid-file]');
  process.exit(2);
}

const port = Number.parseInt(portArg, 10);

if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`launcher: bad port ${portArg}`);
  process.exit(2);
}

if (pidFile) fs.writeFileSync(pidFile, `${process.pid}\n`);

const walineDir = path.join(path.resolve(installDir), 'node_modules', '@waline', 'vercel');
// Resolve thinkjs exactly as @waline/vercel itself would.
const walineRequire = createRequire(path.join(walineDir, 'package.json'));
const Application = walineRequire('thinkjs');
const Loader = walineRequire('thinkjs/lib/loader');

const app = new Application({
  ROOT_PATH: walineDir,
  APP_PATH: path.join(walineDir, 'src'),
  RUNTIME_PATH: path.resolve(runtimeDir),
  proxy: true, // as vanilla.js: trust X-Forwarded-For (tests may use it to vary the client IP)
  env: 'production',
});

new Loader(app.options).loadAll('worker');

// think-model-postgresql 1.x writes every string as E'...' but escapes only the quote, not the backslash
// (lib/parser.js escapeString). PostgreSQL then reads the backslashes of a comment as escapes: "\#" is stored
// as "#", "\b" as a backspace, and a comment holding \' ends the literal early (HTTP 500 "syntax error",
// a reader's comment that can never be delivered; worse, SQL injection). The fix the adapter needs: escape
// the backslash first. Applied only while the adapter still lacks it, so a fixed release is left alone.
const PostgresParser = walineRequire('think-model-postgresql/lib/parser');
if (PostgresParser.prototype.escapeString.call(null, '\\') === '\\') {
  PostgresParser.prototype.escapeString = (str) => str.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

// thinkjs' cluster worker installs these; without them Node would exit on
// the first unhandled rejection.
process.on('unhandledRejection', (err) => think.logger.error('unhandledRejection', err));
process.on('uncaughtException', (err) => think.logger.error('uncaughtException', err));

let server;

const shutdown = (signal) => {
  think.logger.info(`launcher: ${signal}, closing`);
  const done = () => process.exit(0);

  if (server) {
    server.close(done);
    server.closeAllConnections?.();
  }
  setTimeout(done, 2000).unref();
  if (!server) done();
};

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

think
  .beforeStartServer()
  .catch((err) => think.logger.error(err))
  .then(() => {
    server = http.createServer(think.app.callback());
    think.app.server = server;
    server.on('error', (err) => {
      think.logger.error(`launcher: cannot listen on 127.0.0.1:${port}: ${err.message}`);
      process.exit(1);
    });
    server.listen(port, '127.0.0.1', () => {
      think.logger.info(`launcher: Waline ${walineRequire('./package.json').version} listening on http://127.0.0.1:${port} (pid ${process.pid})`);
      think.app.emit('appReady');
    });
  });
