/**
 * Row scope as SQL (R12–R13): every query that limits rows to what an actor may see builds its condition here,
 * from the domain's `scopeOf` (domain/access/permissions.ts) and jurisdiction rule (domain/access/jurisdiction.ts).
 * Deny by default: a scope kind a table gives no condition for sees nothing.
 */
import { eq, like, or, sql, type Column, type SQL } from 'drizzle-orm';
import { scopeOf, type Scope } from '../../../../domain/access/permissions.js';
import { jurisdictionHolds } from '../../../../domain/access/jurisdiction.js';
import { regionPrefix } from '../../../../domain/regions/region-code.js';
import type { Actor } from '../auth/session-store.js';

/** The actor's row scope by their role (domain/access/permissions.ts#scopeOf). */
export function actorScope(actor: Actor): Scope {
  return scopeOf({
    userId: actor.userId,
    role: actor.role,
    organizationId: actor.organizationId,
    regionCode: actor.regionCode,
  });
}

/** ADR 0004: the region whose subtree the actor's rows lie in (a bureau's jurisdiction); null when the role has none. */
export function actorJurisdiction(actor: Actor): string | null {
  const scope = actorScope(actor);
  return scope.kind === 'region' ? scope.regionCode : null;
}

/** ADR 0004: does the actor's jurisdiction hold this region (domain/access/jurisdiction.ts)? */
export function actorJurisdictionHolds(actor: Actor, regionCode: string | null | undefined): boolean {
  return jurisdictionHolds(actorJurisdiction(actor), regionCode);
}

/**
 * ADR 0004: the column's region code lies in the subtree of `regionCode` (GB/T 2260 codes: a prefix test,
 * `like 'prefix%'`, which an index on the column serves). The national code holds every region.
 */
export function regionWithin(column: Column | SQL, regionCode: string): SQL {
  const prefix = regionPrefix(regionCode);
  // the whole country: every code, as `like '%'` would hold, without matching a pattern on every row
  if (prefix === '') return sql`${column} is not null`;
  return like(column, `${prefix}%`);
}

/** ADR 0004: the column's region lies in any of these subtrees; undefined (no condition) when none is given. */
export function regionWithinAny(column: Column | SQL, regionCodes: readonly string[]): SQL | undefined {
  if (regionCodes.length === 0) return undefined;
  return or(...regionCodes.map((code) => regionWithin(column, code)));
}

/**
 * How one table answers each kind of scope: a column (the region code's subtree, the body's or the enterprise's
 * organization id) or a condition built from the scope's value. A kind left out sees nothing.
 */
export interface RowScopeColumns {
  /** A bureau: its region subtree (a column is compared with regionWithin). */
  region?: Column | ((regionCode: string) => SQL);
  /** A certification body: its own rows. */
  body?: Column | ((organizationId: string) => SQL);
  /** An enterprise: itself. */
  ownEnterprise?: Column | ((organizationId: string) => SQL);
  /** An assistance expert: the rows of the enterprises assigned to them now. */
  assigned?: (userId: string) => SQL;
  /** An evaluation expert: the evaluations they are appointed to. */
  appointed?: (userId: string) => SQL;
}

export function rowScopeCondition(scope: Scope, columns: RowScopeColumns): SQL {
  switch (scope.kind) {
    case 'region':
      return byColumnOrCondition(columns.region, scope.regionCode, regionWithin);
    case 'body':
      return byColumnOrCondition(columns.body, scope.organizationId, eq);
    case 'own_enterprise':
      return byColumnOrCondition(columns.ownEnterprise, scope.organizationId, eq);
    case 'assigned':
      return columns.assigned ? columns.assigned(scope.userId) : nothing();
    case 'appointed':
      return columns.appointed ? columns.appointed(scope.userId) : nothing();
    case 'none':
      return nothing();
  }
}

function byColumnOrCondition(
  given: Column | ((value: string) => SQL) | undefined,
  value: string,
  compare: (column: Column, value: string) => SQL,
): SQL {
  if (!given) return nothing();
  return typeof given === 'function' ? given(value) : compare(given, value);
}

function nothing(): SQL {
  return sql`false`;
}
