import { renderToString } from 'preact-render-to-string';
import type { GroundFloorRequestView } from '../../app/special-needs/index.ts';
import type { PageContext } from '../components/context.ts';
import { GroundFloorList, type GroundFloorViewer } from './ground-floor-panel.tsx';

/** What a live ground-floor list receives over its event stream (event `groundFloor`). */
export interface GroundFloorMessage {
  /** The list as the page renders it, so a page with JavaScript and one without look the same. */
  html: string;
  /** The requests' ids and states: the script sounds a tone for one newly waiting or newly escalated. */
  requests: { id: number; status: string; escalated: boolean }[];
}

/**
 * The stream message of a live list.
 * @example stream.send(null, 'groundFloor', groundFloorMessage(ctx, alerts, 'clerk'));
 */
export function groundFloorMessage(
  ctx: PageContext,
  requests: readonly GroundFloorRequestView[],
  viewer: GroundFloorViewer,
): GroundFloorMessage {
  return {
    html: renderToString(GroundFloorList({ ctx, requests, viewer })),
    requests: requests.map((r) => ({ id: r.id, status: r.status, escalated: r.escalated })),
  };
}
