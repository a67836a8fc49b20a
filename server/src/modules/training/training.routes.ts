/** Training sessions, enrolment, attendance, the sign-in sheet (XLSX import, DOCX), statistics and coverage. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { training } from '../../../../contracts/training.js';
import { requestLocale } from '../../platform/http/error-handler.js';
import { route } from '../../platform/http/route.js';
import { DOCX_TYPE, docxAttachment } from '../documents/download.js';
import {
  addAttendance,
  campaignCoverage,
  candidatesOf,
  createSession,
  editSession,
  enrol,
  importSignInSheet,
  removeAttendance,
  sessionDetail,
  sessionsInScope,
  signInImportErrors,
  signInSheetDocument,
  signInTemplate,
  statistics,
  trainingOfParticipation,
} from './training.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendWorkbook(reply: FastifyReply, name: string, body: Buffer): FastifyReply {
  return reply
    .type(XLSX_TYPE)
    .header('content-disposition', `attachment; filename="sign-in.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(body);
}

export async function trainingRoutes(app: FastifyInstance): Promise<void> {
  // the sheet stays a stream: the import reads it under its own caps (ADR 0021)
  app.addContentTypeParser([...training.signInImport.spec.rawBody.mediaTypes], (_request, payload, done) =>
    done(null, payload),
  );

  route(app, training.list, async (request) => ({
    items: await sessionsInScope(app.ctx, request.actor!, request.query),
  }));
  route(app, training.create, async (request, reply) => {
    const id = await createSession(app.ctx, request.actor!, request.body);
    return reply.code(201).send({ id });
  });
  route(app, training.detail, async (request) => sessionDetail(app.ctx, request.actor!, request.params.id));
  route(app, training.update, async (request, reply) => {
    await editSession(app.ctx, request.actor!, request.params.id, request.body);
    return reply.code(204).send();
  });
  route(app, training.candidates, async (request) => ({
    items: await candidatesOf(app.ctx, request.actor!, request.params.id),
  }));
  route(app, training.enrol, async (request) => ({
    enrolled: await enrol(app.ctx, request.actor!, request.params.id, request.body.participationIds),
  }));
  route(app, training.addAttendance, async (request, reply) => {
    const id = await addAttendance(app.ctx, request.actor!, request.params.id, request.body);
    return reply.code(201).send({ id });
  });
  route(app, training.removeAttendance, async (request, reply) => {
    await removeAttendance(app.ctx, request.actor!, request.params.id, request.body.attendanceId);
    return reply.code(204).send();
  });
  route(app, training.signInTemplate, async (request, reply) =>
    sendWorkbook(reply, '培训签到表模板.xlsx', await signInTemplate(app.ctx, request.actor!, request.params.id)),
  );
  route(app, training.signInImport, async (request) =>
    importSignInSheet(
      app.ctx,
      request.actor!,
      request.params.id,
      (request as FastifyRequest).body,
      request.headers['content-length'],
      requestLocale(request),
    ),
  );
  route(app, training.signInImportErrors, async (request, reply) =>
    sendWorkbook(
      reply,
      '培训签到表-错误说明.xlsx',
      await signInImportErrors(
        app.ctx,
        request.actor!,
        request.params.id,
        request.params.importId,
        requestLocale(request),
      ),
    ),
  );
  route(app, training.signInSheet, async (request, reply) => {
    const { name, file } = await signInSheetDocument(
      app.ctx,
      request.actor!,
      request.params.id,
      requestLocale(request),
    );
    return reply.type(DOCX_TYPE).header('content-disposition', docxAttachment(name)).send(file);
  });
  route(app, training.statistics, async (request) =>
    statistics(app.ctx, request.actor!, request.query, requestLocale(request)),
  );
  route(app, training.coverage, async (request) => campaignCoverage(app.ctx, request.actor!, request.params.id));
  route(app, training.ofParticipation, async (request) =>
    trainingOfParticipation(app.ctx, request.actor!, request.params.id),
  );
}
