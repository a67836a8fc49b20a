/**
 * The words an error message uses for its `{field}` and `{detail}`: a field path (body.phases.0.endsOn)
 * becomes its label ("阶段 1 · 结束日期"), a detail that is a key (a stage, a reason code) becomes its
 * label — never the key itself (a person reads the message). The labels come from the locale catalogs
 * (sections `fieldName` and `detailName`, plus `stage`), which the server and the web each pass in.
 */
export interface MessageLabels {
  /** Field key → label (internalAuditOn → 内审日期); `_other` names a field the catalog does not know. */
  readonly field: Readonly<Record<string, string>>;
  /** Detail key → label (USCC_CHECKSUM → 校验字符不符, plan_agreed → 方案确认). */
  readonly detail: Readonly<Record<string, string>>;
}

/** The request part a validation names first (body.x, query.x) is no word for a person. */
const REQUEST_PARTS = new Set(['body', 'query', 'params', 'headers', 'querystring']);

/** A key-like segment: letters, digits and underscores, starting with a letter. */
const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

function lookup(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * The label of a field path: each known segment by its label, a list index as its ordinal (1-based),
 * unknown keys left out; a path with no known segment is the catalog's "this field". Text that is no
 * path (already a label, or an address such as /api/x) is kept as it is.
 */
export function labelField(field: string, labels: MessageLabels): string {
  const whole = lookup(labels.field, field);
  if (whole !== undefined) return whole;
  const parts = field.split('.');
  if (!parts.every((p) => KEY.test(p) || /^\d+$/.test(p))) return field;
  const words: string[] = [];
  for (const [i, part] of parts.entries()) {
    if (i === 0 && REQUEST_PARTS.has(part) && parts.length > 1) continue;
    if (/^\d+$/.test(part)) {
      if (words.length > 0) words[words.length - 1] = `${words.at(-1)} ${Number(part) + 1}`;
      continue;
    }
    const word = lookup(labels.field, part);
    if (word !== undefined) words.push(word);
  }
  if (words.length === 0) return lookup(labels.field, '_other') ?? '';
  return words.join(' · ');
}

/**
 * The label of a detail: the whole detail if the catalogs name it (as a detail, or as a field), else
 * each key-like word in it replaced by its label where one is known; free text stays as written.
 */
export function labelDetail(detail: string, labels: MessageLabels): string {
  const whole = lookup(labels.detail, detail) ?? lookup(labels.field, detail);
  if (whole !== undefined) return whole;
  return detail.replace(/[A-Za-z][A-Za-z0-9_]*/g, (word) =>
    /[_]|[a-z][A-Z]/.test(word) ? (lookup(labels.detail, word) ?? lookup(labels.field, word) ?? word) : word,
  );
}

/** `{field, detail}` of a message with their labels. */
export function labelParams(
  params: { field?: string; detail?: string },
  labels: MessageLabels,
): { field?: string; detail?: string } {
  return {
    ...(params.field !== undefined ? { field: labelField(params.field, labels) } : {}),
    ...(params.detail !== undefined ? { detail: labelDetail(params.detail, labels) } : {}),
  };
}
