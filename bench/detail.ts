/**
 * The 一企一档 detail at national scale (PostgreSQL): `GET /api/v1/participations/:id` of a demo enterprise with a
 * full file (team, operation records, issue log, trainings, internal audit, review) inside the national data set
 * (bench/national-data.ts), asked by 50 concurrent connections, for a bureau officer and for the assigned expert.
 * The baseline, written in the same run, is a bare Fastify + `pg` server that reads the same rows by hand: the
 * participation with its names, its experts, its stage events and every record of the timeline in one
 * `union all`, four statements in parallel, no session, no validation, no mapping. Target: p95 ≤ 100 ms.
 */
import Fastify from 'fastify';
import { SESSION_COOKIE } from '../server/src/platform/auth/session-store.js';
import { compare, CONNECTIONS, nationalAppAndPool, ROUNDS, SECONDS } from './http-load.js';

const ROW_SQL = `select p.*, eo.name as enterprise_name, e.*, r.name as region_name, c.name as campaign_name, c.year,
    bo.name as body_name, po.name as preferred_body_name
  from participations p
  join organizations eo on eo.id = p.enterprise_id
  join enterprises e on e.organization_id = p.enterprise_id
  join campaigns c on c.id = p.campaign_id
  join regions r on r.code = p.region_code
  left join organizations bo on bo.id = p.certification_body_id
  left join organizations po on po.id = p.preferred_body_id
  where p.id = $1 and p.region_code like $2`;
const EXPERTS_SQL = `select pe.expert_user_id, u.display_name, pe.from_on, pe.to_on, pe.working_group_id
  from participation_experts pe join users u on u.id = pe.expert_user_id where pe.participation_id = $1 order by pe.from_on`;
const EVENTS_SQL = `select se.id, se.command, se.from_stage, se.to_stage, u.display_name, se.actor_role, se.reason, se.occurred_at
  from stage_events se left join users u on u.id = se.actor_user_id where se.participation_id = $1 order by se.id`;
const RECORDS_SQL = `select * from (
    select 'improvement_team' as kind, created_at::date::text as on, created_at as at, leader_name as text from improvement_teams where participation_id = $1
    union all select 'operation_start', started_on::text, created_at, coalesce(note, '') from operation_starts where participation_id = $1
    union all select 'operation_record', recorded_on::text, created_at, title from operation_records where participation_id = $1
    union all select 'issue_raised', raised_on::text, created_at, description from implementation_issues where participation_id = $1
    union all select 'issue_resolved', resolved_on::text, created_at, coalesce(resolution, '') from implementation_issues where participation_id = $1 and resolved_on is not null
    union all select distinct 'training_attended', s.held_on::text, s.held_on::timestamptz, s.title from training_attendance a join training_sessions s on s.id = a.session_id where a.participation_id = $1
    union all select 'internal_audit_planned', starts_on::text, created_at, plan->>'scope' from internal_audits where participation_id = $1
    union all select 'internal_audit_completed', completed_on::text, created_at, '' from internal_audits where participation_id = $1 and completed_on is not null
    union all select 'nonconformity_raised', found_on::text, created_at, clause from audit_findings where participation_id = $1 and grade <> 'observation'
    union all select 'nonconformity_closed', closed_on::text, created_at, clause from audit_findings where participation_id = $1 and closed_on is not null
    union all select 'management_review_held', held_on::text, created_at, record->>'chairName' from management_reviews where participation_id = $1
    union all select 'review_verified', review_on::text, created_at, note from review_verifications where participation_id = $1
  ) records order by "on" desc, at desc`;

export async function runDetailBench(): Promise<void> {
  const set = await nationalAppAndPool('detail');
  if (!set) return;
  const { t, appAddress, pool } = set;
  const bare = Fastify();
  bare.get<{ Params: { id: string } }>('/detail/:id', async (request) => {
    const id = request.params.id;
    const [row, experts, events, records] = await Promise.all([
      pool.query({ name: 'bench-detail-row', text: ROW_SQL, values: [id, '32%'] }),
      pool.query({ name: 'bench-detail-experts', text: EXPERTS_SQL, values: [id] }),
      pool.query({ name: 'bench-detail-events', text: EVENTS_SQL, values: [id] }),
      pool.query({ name: 'bench-detail-records', text: RECORDS_SQL, values: [id] }),
    ]);
    return { ...row.rows[0], experts: experts.rows, events: events.rows, records: records.rows };
  });
  const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });

  const rows: Array<Record<string, string | number>> = [];
  try {
    const id = t.ids.participations.e01!;
    for (const persona of ['xuzhou', 'expert']) {
      const client = await t.as(persona);
      const appUrl = `${appAddress}/api/v1/participations/${id}`;
      const records = (await client.get(`/api/v1/participations/${id}`)).json().records.length as number;
      const { app, baseline } = await compare(
        { url: appUrl, headers: { cookie: `${SESSION_COOKIE}=${client.cookie}` } },
        { url: `${bareAddress}/detail/${id}` },
      );
      rows.push({
        case: `detail of demo e01 (${records} records) as ${persona}`,
        'app req/s': app.rps.toFixed(0),
        'app p50 ms': app.p50.toFixed(1),
        'app p95 ms': app.p95.toFixed(1),
        'baseline req/s': baseline.rps.toFixed(0),
        'baseline p95 ms': baseline.p95.toFixed(1),
        '× baseline': (app.rps / baseline.rps).toFixed(2),
        goal: 'p95 ≤ 100 ms',
        failures: app.failures,
      });
    }
  } finally {
    await bare.close();
    await pool.end();
    await t.close();
  }
  console.log(`\n${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each, medians of the rounds\n`);
  console.table(rows);
}
