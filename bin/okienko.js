#!/usr/bin/env node
// The `okienko` command. The TypeScript sources are built to dist/ by `npm install` (prepare) and `npm start` (prestart).
import '../dist/okienko.js';
