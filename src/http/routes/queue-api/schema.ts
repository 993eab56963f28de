import { Type } from 'typebox';
import { MAX_ID } from '../../form.ts';

// A row's id: a whole number PostgreSQL's integer holds, so a bigger one is refused as input (422), not by the database.
const Id = (options: { description?: string } = {}) => Type.Integer({ minimum: 1, maximum: MAX_ID, ...options });

export const IssueBody = Type.Object(
  {
    serviceId: Id({ description: 'The service the resident chose.' }),
    priorityReason: Type.Optional(
      Type.Union([Type.String({ maxLength: 40 }), Type.Null()], { description: 'A priority reason code (seed 7.1), or null.' }),
    ),
    groundFloor: Type.Optional(Type.Boolean({ description: 'The resident cannot go upstairs: a clerk comes down.' })),
  },
  { additionalProperties: false },
);

export const OpenDeskBody = Type.Object(
  {
    deskId: Id(),
  },
  { additionalProperties: false },
);

export const TicketParams = Type.Object({
  ticketId: Id(),
});

export const FinishBody = Type.Object(
  {
    outcome: Type.Union([Type.Literal('settled'), Type.Literal('needs_more_documents')]),
  },
  { additionalProperties: false },
);

export const TransferBody = Type.Object(
  {
    serviceId: Id(),
    deskId: Type.Optional(Type.Union([Id(), Type.Null()])),
  },
  { additionalProperties: false },
);

export const CodeParams = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 40 }),
});

export const EmptyBody = Type.Optional(Type.Object({}, { additionalProperties: false }));
