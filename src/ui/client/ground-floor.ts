// The Information Point's and the unit head's live list of ground-floor requests (seed 7.1). Without this
// script the page shows the list as it was when loaded.

import { followGroundFloor } from './shared/ground-floor-alerts.ts';

const region = document.querySelector<HTMLElement>('[data-ground-floor][data-stream]');
if (region?.dataset.stream && typeof EventSource !== 'undefined') followGroundFloor(new EventSource(region.dataset.stream));
