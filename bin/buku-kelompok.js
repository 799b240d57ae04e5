#!/usr/bin/env node
// The package's command line: the bundle that `npm run build` writes to dist/cli.js.
require('../dist/cli.js').run();
