import type { FastifyInstance, FastifySchemaValidationError } from 'fastify';
import { Type, type Static } from 'typebox';
import { recordDeviceHeartbeat, DETAILS_MAX_CHARS, FAILURE_MAX_CHARS } from '../../../app/devices/index.ts';
import { invalid, type FieldError } from '../../../domain/shared/errors.ts';
import { depsOf } from '../../auth/actor.ts';
import { requireDevice } from '../../auth/guards.ts';

const ErrorReply = Type.Object(
  {
    error: Type.Object({ code: Type.String(), message: Type.String(), fields: Type.Optional(Type.Record(Type.String(), Type.String())) }),
  },
  { description: 'A person-readable error in the language of Accept-Language.' },
);

const DeviceReply = Type.Object({
  id: Type.Integer(),
  kind: Type.Union([Type.Literal('kiosk'), Type.Literal('board'), Type.Literal('printer'), Type.Literal('feedback')]),
  name: Type.String(),
});

const Heartbeat = Type.Object(
  {
    health: Type.Union([Type.Literal('ok'), Type.Literal('warning'), Type.Literal('failed')], { description: 'How the device feels now.' }),
    details: Type.Optional(
      Type.Object(
        {},
        {
          additionalProperties: true,
          maxProperties: 30,
          description: `Readings such as { "paper": "low" }; at most ${DETAILS_MAX_CHARS} characters as JSON.`,
        },
      ),
    ),
    failure: Type.Optional(
      Type.String({ maxLength: FAILURE_MAX_CHARS, description: 'What failed, in a sentence, when health is "failed".' }),
    ),
  },
  { additionalProperties: false },
);

/** Schema failures as field errors, so the device's log says which field was wrong and why. */
function fieldErrors(errors: readonly FastifySchemaValidationError[]): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  for (const error of errors) {
    const params = error.params as { missingProperty?: string; additionalProperty?: string };
    const field = params.missingProperty ?? params.additionalProperty ?? (error.instancePath.split('/')[1] || 'body');
    fields[field] ??= {
      key: params.missingProperty
        ? 'errors.required'
        : params.additionalProperty
          ? 'devices.heartbeat.unknownField'
          : 'devices.heartbeat.badField',
    };
  }
  return fields;
}

/** The devices' own API: who am I, and the heartbeat. Only a device's token gets in (`Authorization: Bearer <token>`). */
export function deviceApiRoutes(app: FastifyInstance): void {
  app.get(
    '/api/urzadzenie',
    {
      preValidation: requireDevice(),
      schema: { tags: ['devices'], summary: 'The calling device: its id, kind and name.', response: { 200: DeviceReply, 401: ErrorReply } },
    },
    async (request) => {
      const { id, kind, name } = request.device!;
      return { id, kind, name };
    },
  );

  app.post<{ Body: Static<typeof Heartbeat> }>(
    '/api/urzadzenie/heartbeat',
    {
      preValidation: requireDevice(),
      attachValidation: true,
      schema: {
        tags: ['devices'],
        summary: 'Reports that the device is alive and how it is (a kiosk’s own ticket printer is asked at the same time).',
        body: Heartbeat,
        response: { 204: Type.Null(), 401: ErrorReply, 422: ErrorReply },
      },
    },
    async (request, reply) => {
      if (request.validationError) throw invalid(fieldErrors(request.validationError.validation as FastifySchemaValidationError[]));
      await recordDeviceHeartbeat(await depsOf(request), request.body);
      return reply.code(204).send();
    },
  );
}
