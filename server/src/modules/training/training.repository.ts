/** All SQL of training: sessions, enrolments and attendance (the only writer of their tables). */
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { trainingAttendance, trainingSessions } from './training.table.js';

/** Attendance at internal-auditor sessions of one enterprise (002 step 8 (1)). */
export async function internalAuditorAttendanceOf(executor: Executor, participationId: string) {
  return executor
    .select({
      personName: trainingAttendance.personName,
      sessionId: trainingAttendance.sessionId,
      heldOn: trainingSessions.heldOn,
    })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .where(and(eq(trainingAttendance.participationId, participationId), eq(trainingSessions.kind, 'internal_auditor')))
    .orderBy(asc(trainingSessions.heldOn), asc(trainingAttendance.personName));
}
