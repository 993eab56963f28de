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
export { ticketStatus, type PublicTicketStatus } from './ticket-status.ts';
export { queueSnapshot, type QueueSnapshot } from './queue-snapshot.ts';
export { kioskServices, type KioskUnit } from './kiosk-services.ts';
export { deskPanel, type DeskPanel } from './desk-panel.ts';
export type { TicketActionResult } from './ticket-action.ts';
// The live queue events (LISTEN/NOTIFY) that the event streams follow.
export { queueEventOf, type QueueEvent, type QueueEventHub } from '../../storage/queue-events.ts';
