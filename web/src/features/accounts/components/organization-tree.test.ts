import { describe, expect, it } from 'vitest';
import { organizationTree } from './organization-tree';

const org = (id: string, kind: string, regionCode: string | null) => ({ id, kind, name: id, regionCode });
const shape = (nodes: ReturnType<typeof organizationTree>): unknown =>
  nodes.map((n) =>
    n.children.length || n.organization.kind === 'bureau'
      ? { [n.organization.id]: shape(n.children) }
      : n.organization.id,
  );

describe('organizationTree', () => {
  it('nests bureaus by level and puts a body under the bureau of its region', () => {
    const tree = organizationTree([
      org('body-xz', 'certification_body', '320300'),
      org('xuzhou', 'bureau', '320300'),
      org('fengxian', 'bureau', '320321'),
      org('jiangsu', 'bureau', '320000'),
      org('body-js', 'certification_body', '320000'),
    ]);
    expect(shape(tree)).toEqual([{ jiangsu: [{ xuzhou: [{ fengxian: [] }, 'body-xz'] }, 'body-js'] }]);
    const jiangsu = tree[0]!;
    expect(jiangsu.organization.id).toBe('jiangsu');
    expect(jiangsu.children.map((n) => n.organization.id)).toEqual(['xuzhou', 'body-js']);
    const xuzhou = jiangsu.children[0]!;
    expect(xuzhou.children.map((n) => n.organization.id)).toEqual(['fengxian', 'body-xz']);
  });

  it('keeps what has no enclosing bureau as a root (a bureau is never its own parent)', () => {
    const tree = organizationTree([
      org('tianjin', 'bureau', '120000'),
      org('platform', 'platform', null),
      org('jiangsu', 'bureau', '320000'),
    ]);
    expect(tree.map((n) => n.organization.id)).toEqual(['tianjin', 'jiangsu', 'platform']);
    expect(tree.every((n) => n.children.length === 0)).toBe(true);
  });

  it('skips a level that is not in the list: a county bureau goes under the province when the city is missing', () => {
    const tree = organizationTree([org('jiangsu', 'bureau', '320000'), org('fengxian', 'bureau', '320321')]);
    expect(tree[0]!.children.map((n) => n.organization.id)).toEqual(['fengxian']);
  });
});
