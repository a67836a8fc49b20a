/**
 * The organizations a caller manages as a tree by level and region (分级管理, ADR 0004 region prefixes): a bureau sits
 * under the bureau of the nearest enclosing region; a body, expert group or enterprise under the bureau whose region
 * holds its own (the same region or an enclosing one). What has no enclosing bureau in the list is a root.
 */
import { isWithinRegion } from '../../../../../domain/regions/region-code.js';

export interface TreeOrganization {
  id: string;
  kind: string;
  name: string;
  regionCode: string | null;
}

export interface OrganizationNode<T extends TreeOrganization> {
  organization: T;
  children: OrganizationNode<T>[];
}

const depth = (code: string) => (code === '000000' ? 0 : code.endsWith('0000') ? 1 : code.endsWith('00') ? 2 : 3);

function parentOf<T extends TreeOrganization>(org: T, bureaus: T[]): T | undefined {
  if (!org.regionCode) return undefined;
  const code = org.regionCode;
  const holders = bureaus.filter(
    (b) =>
      b.id !== org.id &&
      b.regionCode !== null &&
      isWithinRegion(code, b.regionCode) &&
      // a bureau's parent is strictly above it; anything else may share the bureau's region
      (org.kind !== 'bureau' || depth(b.regionCode) < depth(code)),
  );
  return holders.sort((a, b) => depth(b.regionCode!) - depth(a.regionCode!))[0];
}

const KIND_ORDER = ['bureau', 'certification_body', 'association', 'enterprise', 'platform'];
const order = <T extends TreeOrganization>(a: OrganizationNode<T>, b: OrganizationNode<T>) =>
  KIND_ORDER.indexOf(a.organization.kind) - KIND_ORDER.indexOf(b.organization.kind) ||
  (a.organization.regionCode ?? '').localeCompare(b.organization.regionCode ?? '') ||
  a.organization.name.localeCompare(b.organization.name, 'zh-CN');

export function organizationTree<T extends TreeOrganization>(organizations: ReadonlyArray<T>): OrganizationNode<T>[] {
  const bureaus = organizations.filter((o) => o.kind === 'bureau');
  const nodes = new Map(organizations.map((o) => [o.id, { organization: o, children: [] } as OrganizationNode<T>]));
  const roots: OrganizationNode<T>[] = [];
  for (const org of organizations) {
    const parent = parentOf(org, bureaus);
    const node = nodes.get(org.id)!;
    if (parent) nodes.get(parent.id)!.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrganizationNode<T>[]) => {
    list.sort(order);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}
