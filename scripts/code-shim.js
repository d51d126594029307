#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron (vscodeExecutablePath) and @vscode/test-cli
// (useInstallation.fromPath), used by test/e2e/run.mjs. No desktop VS Code can be downloaded in CI, but
// code-server (VS Code's own workbench and extension host, served over HTTP) installs from npm:
// scripts/install-code-server.sh puts it in .vscode-test/code-server. It accepts the CLI that test-electron passes
//   [launchArgs...] --extensionTestsPath=X --extensionDevelopmentPath=Y ... [--user-data-dir=U --extensions-dir=E]
// starts a private code-server on a free loopback port with this process's env (so extensionTestsEnv,
// e.g. test-cli's VSCODE_TEST_OPTIONS, reaches the remote extension host), opens it in headless Debian
// Chromium with the extension-test payload, streams the extension host's console to stdout, and exits
// with the tests' exit code.
const { spawn } = require('child_process');
const fs = require('fs'); const os = require('os'); const path = require('path'); const net = require('net');
const util = require('util');
const { chromium } = require('playwright-core');

const CODE_SERVER = process.env.CODE_SERVER_BIN || path.join(__dirname, '../.vscode-test/code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const TIMEOUT = +(process.env.VSCODE_SHIM_TIMEOUT_MS || 300000);

const opt = { dev: [], tests: undefined, udd: undefined, ext: undefined, folder: undefined };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const val = (name) => (a.startsWith(`--${name}=`) ? a.slice(name.length + 3) : a === `--${name}` ? argv[++i] : undefined);
  let v;
  if (a === '--version' || a === '-v') { console.log('1.100.3\ncode-server-shim\nx64'); process.exit(0); }
  if ((v = val('extensionDevelopmentPath')) !== undefined) opt.dev.push(path.resolve(v));
  else if ((v = val('extensionTestsPath')) !== undefined) opt.tests = path.resolve(v);
  else if ((v = val('user-data-dir')) !== undefined) opt.udd = path.resolve(v);
  else if ((v = val('extensions-dir')) !== undefined) opt.ext = path.resolve(v);
  else if (a.startsWith('-')) { /* --no-sandbox, --disable-gpu-sandbox, --skip-welcome ...: not applicable */ }
  else opt.folder = path.resolve(a);
}
if (!opt.tests) { console.error('code-shim: --extensionTestsPath is required'); process.exit(2); }

const freePort = () => new Promise((res, rej) => {
  const s = net.createServer(); s.once('error', rej);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
});

(async () => {
  const t0 = Date.now();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'code-shim-'));
  const udd = opt.udd || path.join(scratch, 'user-data');
  const extDir = opt.ext || path.join(scratch, 'extensions');
  fs.mkdirSync(path.join(udd, 'User'), { recursive: true }); fs.mkdirSync(extDir, { recursive: true });
  const settings = path.join(udd, 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.writeFileSync(settings, JSON.stringify({
      'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false, 'update.mode': 'none', 'typescript.disableAutomaticTypeAcquisition': true,
      'chat.disableAIFeatures': true }, null, 1));
  }
  const port = await freePort();
  const env = { ...process.env, EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY || '{"serviceUrl":""}',
    XDG_CONFIG_HOME: path.join(scratch, 'xdg-config'), XDG_DATA_HOME: path.join(scratch, 'xdg-data'),
    XDG_CACHE_HOME: path.join(scratch, 'xdg-cache') };
  delete env.ELECTRON_RUN_AS_NODE;
  // CODE_SHIM_WORKSPACE_TRUST=1 keeps workspace trust on: a fresh profile then opens the folder restricted.
  const trust = process.env.CODE_SHIM_WORKSPACE_TRUST === '1' ? [] : ['--disable-workspace-trust'];
  const cs = spawn(CODE_SERVER, ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
    '--disable-update-check', ...trust, '--disable-getting-started-override',
    '--user-data-dir', udd, '--extensions-dir', extDir], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let csLog = '';
  await new Promise((res, rej) => {
    const onData = (d) => { csLog += d; if (csLog.includes('HTTP server listening')) res(); };
    cs.stdout.on('data', onData); cs.stderr.on('data', onData);
    cs.once('exit', (c) => rej(new Error(`code-server exited early (${c}):\n${csLog}`)));
    setTimeout(() => rej(new Error(`code-server did not start:\n${csLog}`)), 60000);
  });
  const killCs = () => { try { process.kill(-cs.pid, 'SIGTERM'); } catch {} };
  process.on('SIGINT', () => { killCs(); process.exit(130); });

  const authority = `127.0.0.1:${port}`;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [...opt.dev.map((d) => ['extensionDevelopmentPath', remote(d)]), ['extensionTestsPath', remote(opt.tests)]];
  const where = opt.folder ? `folder=${encodeURIComponent(opt.folder)}` : 'ew=true';
  const url = `http://${authority}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
  const page = await browser.newPage();
  const quiet = /^(Creating a socket|Resolv|Ignoring fetching additional|Updating additional builtin|\[Service Worker\]|ChatSessionStore|\[lifecycle\])/;
  let code;
  try {
    code = await new Promise((resolve) => {
      page.exposeFunction('codeAutomationLog', (type, args) => {
        const line = util.format(...args);
        // The web workbench reports a passing run through codeAutomationExit, but not always a failing one
        // (run() rejecting): test/e2e/suite/index.js prints "e2e-<suite>: N passed, M failed" last, so use it.
        const summary = /^e2e-\w+: (\d+) passed, (\d+) failed/.exec(line);
        if (summary) setTimeout(() => resolve(+summary[2] > 0 ? 1 : 0), 10000);
        if (!quiet.test(line) || process.env.VSCODE_SHIM_VERBOSE) (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
      });
      page.exposeFunction('codeAutomationExit', (c) => resolve(c));
      setTimeout(() => { console.error(`code-shim: timed out after ${TIMEOUT} ms`); resolve(124); }, TIMEOUT);
      page.goto(url).catch((e) => { console.error(e); resolve(1); });
    });
    await page.close({ runBeforeUnload: true }).catch(() => {});
  } finally {
    await browser.close().catch(() => {});
    killCs();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  if (process.env.VSCODE_SHIM_VERBOSE) console.log(`code-shim: exit ${code} after ${Date.now() - t0} ms`);
  process.exit(code);
})().catch((e) => { console.error(e); process.exit(1); });
