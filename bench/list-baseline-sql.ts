/**
 * The baseline's SQL for the list benchmark (bench/list.ts): the participation list's page (ids, then rows) and its total,
 * written by hand as the app's repository builds them ($1 the region prefix pattern, $2 a stage or null; ADR 0038: the
 * total counted over participations alone up to 5,000 rows, then the planner's estimate).
 */
const WHERE = `where p.region_code like $1 and ($2::varchar is null or p.stage = $2)`;

/** The page's ids, from participations alone. */
export const BASELINE_PAGE_SQL = `select p.id from participations p ${WHERE} order by p.updated_at desc, p.id limit 20`;

/** Those rows with their names ($1 the ids), a statement prepared once per connection. */
export const BASELINE_ROWS_SQL = `select p.id, p.stage, eo.name as enterprise_name, e.uscc, p.region_code, r.name as region_name,
  p.industry_code, c.id as campaign_id, c.name as campaign_name, bo.name as certification_body_name, p.updated_at
  from participations p
  join organizations eo on eo.id = p.enterprise_id
  join enterprises e on e.organization_id = p.enterprise_id
  join campaigns c on c.id = p.campaign_id
  join regions r on r.code = p.region_code
  left join organizations bo on bo.id = p.certification_body_id
  where p.id = any($1::uuid[])`;

export const BASELINE_CAP = 5_000;
export const BASELINE_COUNT_SQL = `select count(*) as n from (select 1 from participations p ${WHERE} limit ${BASELINE_CAP + 1}) capped`;
export const BASELINE_ESTIMATE_SQL = `explain (format json) select 1 from participations p ${WHERE}`;
