// The queue's use cases: each one transaction with its audit row and its queue event.
export { issueTicket, type IssuedTicket, type IssueTicketInput } from './issue-ticket.ts';
export { openDesk, type OpenedDesk } from './open-desk.ts';
export { pauseDesk } from './pause-desk.ts';
export { resumeDesk } from './resume-desk.ts';
export { closeDesk } from './close-desk.ts';
export { callNext, type NobodyWaiting } from './call-next.ts';
export { callTicket, callTicketByNumber } from './call-ticket.ts';
export { recallTicket } from './recall-ticket.ts';
export { markNoShow } from './mark-no-show.ts';
export { startService } from './start-service.ts';
export { finishService } from './finish-service.ts';
export { transferTicket } from './transfer-ticket.ts';
export { returnToQueue } from './return-to-queue.ts';
export type { TicketActionResult } from './ticket-action.ts';
// The queue's read models: what kiosks, boards, desk panels and follow pages show.
export { ticketStatus, type PublicTicketStatus } from './ticket-status.ts';
export { ticketSurroundings, ticketView, type TicketSurroundings, type TicketView } from './ticket-view.ts';
export {
  queueSnapshot,
  RECENT_CALLS,
  type QueueSnapshot,
  type ServiceQueue,
  type CurrentCall,
  type RecentCall,
  type ScreenPlace,
} from './queue-snapshot.ts';
export { boardView, type BoardView } from './board-view.ts';
export { callAnnouncement, type CallAnnouncement } from './call-announcement.ts';
export {
  kioskChoices,
  activePriorityReasons,
  type KioskChoices,
  type KioskUnit,
  type KioskService,
  type PriorityReason,
} from './kiosk-choices.ts';
export { openQueueFeed, feedOfBuilding, type OpenQueueFeed, type FeedService } from './open-queue-feed.ts';
export {
  byDeskNumber,
  deskPanel,
  deskPanelWithChoices,
  deskWaitingCounts,
  type DeskLabel,
  type DeskPanel,
  type DeskPanelWithChoices,
} from './desk-panel.ts';
export type { WaitingPlace } from './waiting-place.ts';
// The live queue events that the event streams follow, and what a reconnecting stream missed.
export { officeEventsAfter, ticketEventsAfter, affectsTicket, isQueueMove, type QueueEvent, type QueueEventFeed } from './queue-events.ts';
// The kiosk's own: a ticket's page and print, its building, and tickets issued there that reached nobody.
export { kioskTicketView, kioskTicketSetting, type KioskTicketView, type KioskTicketSetting } from './kiosk-ticket.ts';
export type { KioskBuilding } from './kiosk-buildings.ts';
export { confirmHandout, voidUnclaimedTickets, UNCLAIMED_AFTER_MS } from './unclaimed-tickets.ts';
export { ISSUE_KEY_PATTERN } from './issue-ticket.ts';
