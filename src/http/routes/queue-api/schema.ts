import { Type } from 'typebox';

export const IssueBody = Type.Object(
  {
    serviceId: Type.Integer({ minimum: 1, description: 'The service the resident chose.' }),
    priorityReason: Type.Optional(
      Type.Union([Type.String({ maxLength: 40 }), Type.Null()], { description: 'A priority reason code (seed 7.1), or null.' }),
    ),
    groundFloor: Type.Optional(Type.Boolean({ description: 'The resident cannot go upstairs: a clerk comes down.' })),
  },
  { additionalProperties: false },
);

export const OpenDeskBody = Type.Object(
  {
    deskId: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

export const TicketParams = Type.Object({
  ticketId: Type.Integer({ minimum: 1 }),
});

export const FinishBody = Type.Object(
  {
    outcome: Type.Union([Type.Literal('settled'), Type.Literal('needs_more_documents')]),
  },
  { additionalProperties: false },
);

export const TransferBody = Type.Object(
  {
    serviceId: Type.Integer({ minimum: 1 }),
    deskId: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const CodeParams = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 40 }),
});

export const EmptyBody = Type.Optional(Type.Object({}, { additionalProperties: false }));
