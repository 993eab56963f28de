/**
 * What a form sends to prove a person is behind it: the ALTCHA widget's payload when JavaScript ran,
 * or the answer to the question in words (and the question's id) when it did not.
 */
export type AntiBotProof = { kind: 'altcha'; payload: string } | { kind: 'text'; id: string; answer: string };

/** The form fields of the anti-bot step, as `anti-bot-field.tsx` renders them and the client script fills them. */
export const ANTI_BOT_FIELDS = { payload: 'antiBotPayload', id: 'antiBotId', answer: 'antiBotAnswer' } as const;

/**
 * Reads the proof from a posted form: the widget's payload wins when present (the client script then
 * disables the text fields, but a form posted by other means may carry both); null when there is none.
 * @example antiBotProofFrom(request.body) // { kind: 'text', id: '9f…', answer: 'siedem' }
 */
export function antiBotProofFrom(body: unknown): AntiBotProof | null {
  if (typeof body !== 'object' || body === null) return null;
  const fields = body as Record<string, unknown>;
  const text = (name: string): string => {
    const value = fields[name];
    return typeof value === 'string' ? value.trim() : '';
  };
  const payload = text(ANTI_BOT_FIELDS.payload);
  if (payload !== '') return { kind: 'altcha', payload };
  const id = text(ANTI_BOT_FIELDS.id);
  if (id !== '') return { kind: 'text', id, answer: text(ANTI_BOT_FIELDS.answer) };
  return null;
}
