/**
 * A reproducible national data set for the benchmarks: about 100,000 enterprises and participations over the real
 * county-level regions (GB/T 2260, as loaded by ensureRegions) in every stage, 500 certification bodies and
 * 10,000 assistance experts, with the assistance relations of the assigned stages. Everything is generated inside
 * the database by set-wise `insert … select generate_series` (no rows travel from Node, which is what COPY would
 * save), and every random choice is a hash of (seed, row number), so the same seed gives the same data set.
 * It is added beside the demo world of the database it is given.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../server/src/platform/db/client.js';

export interface NationalDataSize {
  participations: number;
  bodies: number;
  experts: number;
}

export const NATIONAL: NationalDataSize = { participations: 100_000, bodies: 500, experts: 10_000 };

/** Stages in the proportions of a campaign in its second half (most enterprises between diagnosis and review). */
const STAGE_WEIGHTS: Array<[string, number]> = [
  ['applied', 6],
  ['screened', 4],
  ['selected', 6],
  ['assigned', 8],
  ['diagnosed', 10],
  ['plan_agreed', 10],
  ['implementing', 16],
  ['operating', 16],
  ['reviewed', 8],
  ['evaluated', 8],
  ['certified', 4],
  ['closed', 2],
  ['rejected', 1],
  ['withdrawn', 1],
];
const ASSIGNED_OR_LATER = new Set(STAGE_WEIGHTS.map(([s]) => s).slice(3));

/** The stage of row n: a cumulative weight table looked up by a hash of (seed, n) in SQL. */
function stageCase(): ReturnType<typeof sql> {
  let upTo = 0;
  const branches = STAGE_WEIGHTS.map(([stage, weight]) => {
    upTo += weight;
    return sql`when h.r < ${upTo} then ${stage}`;
  });
  return sql`case ${sql.join(branches, sql` `)} else 'applied' end::varchar`;
}

/** A stable pseudo-random integer in [0, modulo) for row g under the seed. */
const pick = (seed: number, salt: string, g: ReturnType<typeof sql>, modulo: number) =>
  sql`(abs(hashtext(${`${seed}:${salt}:`} || ${g}::text)) % ${modulo})`;

export async function generateNationalData(
  db: Executor,
  { seed = 1, size = NATIONAL, campaignId }: { seed?: number; size?: NationalDataSize; campaignId: string },
): Promise<void> {
  const total = STAGE_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  // counties, numbered, so a hash picks one
  await db.execute(sql`create temporary table bench_counties as
    select code, row_number() over (order by code) - 1 as i from regions where level = 'county' and code <> '000000'`);
  const counted = (await db.execute(sql`select count(*)::int as n from bench_counties`)) as {
    rows: Array<{ n: number }>;
  };
  const counties = counted.rows[0]!.n;

  await db.execute(sql`
    insert into organizations (kind, name, region_code)
    select 'certification_body', '全国基准认证机构' || g, c.code
    from generate_series(1, ${size.bodies}) g
    join bench_counties c on c.i = ${pick(seed, 'body-region', sql`g`, counties)}`);
  await db.execute(sql`create temporary table bench_bodies as
    select id, row_number() over (order by id) - 1 as i from organizations where name like '全国基准认证机构%'`);

  await db.execute(sql`
    with u as (
      insert into users (username, display_name, password_hash)
      select 'bench_expert_' || g, '基准专家' || g, 'x' from generate_series(1, ${size.experts}) g
      returning id, username
    )
    insert into memberships (user_id, organization_id, role)
    select u.id, b.id, 'assistance_expert' from u
    join bench_bodies b on b.i = (substring(u.username from 14)::int % ${size.bodies})`);
  await db.execute(sql`create temporary table bench_experts as
    select u.id, m.organization_id as body_id, row_number() over (partition by m.organization_id order by u.id) - 1 as k
    from users u join memberships m on m.user_id = u.id where u.username like 'bench\\_expert\\_%'`);
  await db.execute(sql`create index on bench_experts (body_id, k)`);

  await db.execute(sql`
    create temporary table bench_rows as
    select g as n, c.code as region_code, lpad((1 + ${pick(seed, 'industry', sql`g`, 39)})::text, 2, '0') as industry_code,
           ${stageCase()} as stage,
           (select id from bench_bodies b where b.i = ${pick(seed, 'body', sql`g`, size.bodies)}) as body_id,
           now() - make_interval(secs => ${pick(seed, 'updated', sql`g`, 180 * 86_400)}) as updated_at
    from generate_series(1, ${size.participations}) g
    join lateral (select ${pick(seed, 'stage', sql`g`, total)} as r) h on true
    join bench_counties c on c.i = ${pick(seed, 'region', sql`g`, counties)}`);
  await db.execute(sql`
    with orgs as (
      insert into organizations (kind, name, region_code)
      select 'enterprise', '全国基准企业' || n || '有限公司', region_code from bench_rows order by n
      returning id, name
    )
    insert into enterprises (organization_id, uscc, industry_code, contact_name, contact_phone)
    select o.id, 'NB' || lpad(r.n::text, 16, '0'), r.industry_code, '联系人' || r.n, '139' || lpad((r.n % 100000000)::text, 8, '0')
    from orgs o join bench_rows r on o.name = '全国基准企业' || r.n || '有限公司'`);
  const assigned = sql.join(
    [...ASSIGNED_OR_LATER].map((s) => sql`${s}`),
    sql`, `,
  );
  await db.execute(sql`
    insert into participations (campaign_id, enterprise_id, certification_body_id, stage, origin, region_code, industry_code, updated_at)
    select ${campaignId}, e.organization_id,
           case when r.stage in ('applied', 'screened', 'rejected') then null else r.body_id end,
           r.stage, 'bureau', r.region_code, r.industry_code, r.updated_at
    from bench_rows r join enterprises e on e.uscc = 'NB' || lpad(r.n::text, 16, '0')`);
  // one of the experts of the participation's body
  const perBody = Math.max(1, Math.floor(size.experts / size.bodies));
  await db.execute(sql`
    insert into participation_experts (participation_id, expert_user_id, from_on)
    select p.id, x.id, current_date - 90
    from participations p
    join bench_experts x on x.body_id = p.certification_body_id and x.k = ${pick(seed, 'expert', sql`p.enterprise_id`, perBody)}
    where p.stage in (${assigned})`);
  await db.execute(sql`drop table bench_rows, bench_counties, bench_bodies, bench_experts`);
  // what autovacuum does after a bulk load (PGlite has none)
  await db.execute(sql`analyze`);
}
