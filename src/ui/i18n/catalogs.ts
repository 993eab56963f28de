// Every area's message catalogue; add a new area's file here.
import common from './catalog/common.ts';
import nav from './catalog/nav.ts';
import queue from './catalog/queue.ts';

export const catalogs: readonly { pl: Record<string, string>; en: Record<string, string>; uk: Record<string, string> }[] = [
  common,
  nav,
  queue,
];
