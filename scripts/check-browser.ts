// `npm test` starts here: without Chromium the browser tests cannot run, so say so before the long checks.
import { chromiumMissing } from '../test/support/browser.ts';

const missing = chromiumMissing();
if (missing) {
  console.error(missing);
  process.exit(1);
}
