/**
 * GB/T 19001-2016 (ISO 9001:2015) clauses 4–10 and the mandatory documented information (成文信息), as data
 * (shared/reference/iso9001.md §1 and §2): the register's documents name the clauses they cover, the coverage view
 * lists every clause and every mandatory item. Untitled paragraph numbers (❓ in the reference) are not listed as
 * clauses; the mandatory items that cite them are kept under their titled parent (4.4.2 → 4.4, 7.1.5.1 → 7.1.5 …).
 */

export interface Clause {
  /** e.g. 8.5.1 */
  id: string;
  zh: string;
  en: string;
}

/** Reference §1: every titled heading of clauses 4–10 (10.1 General / 10.2 NC and corrective action / 10.3). */
export const CLAUSES: ReadonlyArray<Clause> = [
  { id: '4', zh: '组织环境', en: 'Context of the organization' },
  { id: '4.1', zh: '理解组织及其环境', en: 'Understanding the organization and its context' },
  { id: '4.2', zh: '理解相关方的需求和期望', en: 'Understanding the needs and expectations of interested parties' },
  { id: '4.3', zh: '确定质量管理体系的范围', en: 'Determining the scope of the quality management system' },
  { id: '4.4', zh: '质量管理体系及其过程', en: 'Quality management system and its processes' },
  { id: '5', zh: '领导作用', en: 'Leadership' },
  { id: '5.1', zh: '领导作用和承诺', en: 'Leadership and commitment' },
  { id: '5.1.1', zh: '总则', en: 'General' },
  { id: '5.1.2', zh: '以顾客为关注焦点', en: 'Customer focus' },
  { id: '5.2', zh: '方针', en: 'Policy' },
  { id: '5.2.1', zh: '制定质量方针', en: 'Establishing the quality policy' },
  { id: '5.2.2', zh: '沟通质量方针', en: 'Communicating the quality policy' },
  { id: '5.3', zh: '组织的岗位、职责和权限', en: 'Organizational roles, responsibilities and authorities' },
  { id: '6', zh: '策划', en: 'Planning' },
  { id: '6.1', zh: '应对风险和机遇的措施', en: 'Actions to address risks and opportunities' },
  { id: '6.2', zh: '质量目标及其实现的策划', en: 'Quality objectives and planning to achieve them' },
  { id: '6.3', zh: '变更的策划', en: 'Planning of changes' },
  { id: '7', zh: '支持', en: 'Support' },
  { id: '7.1', zh: '资源', en: 'Resources' },
  { id: '7.1.1', zh: '总则', en: 'General' },
  { id: '7.1.2', zh: '人员', en: 'People' },
  { id: '7.1.3', zh: '基础设施', en: 'Infrastructure' },
  { id: '7.1.4', zh: '过程运行环境', en: 'Environment for the operation of processes' },
  { id: '7.1.5', zh: '监视和测量资源', en: 'Monitoring and measuring resources' },
  { id: '7.1.5.1', zh: '总则', en: 'General' },
  { id: '7.1.5.2', zh: '测量溯源', en: 'Measurement traceability' },
  { id: '7.1.6', zh: '组织的知识', en: 'Organizational knowledge' },
  { id: '7.2', zh: '能力', en: 'Competence' },
  { id: '7.3', zh: '意识', en: 'Awareness' },
  { id: '7.4', zh: '沟通', en: 'Communication' },
  { id: '7.5', zh: '成文信息', en: 'Documented information' },
  { id: '7.5.1', zh: '总则', en: 'General' },
  { id: '7.5.2', zh: '创建和更新', en: 'Creating and updating' },
  { id: '7.5.3', zh: '成文信息的控制', en: 'Control of documented information' },
  { id: '8', zh: '运行', en: 'Operation' },
  { id: '8.1', zh: '运行的策划和控制', en: 'Operational planning and control' },
  { id: '8.2', zh: '产品和服务的要求', en: 'Requirements for products and services' },
  { id: '8.2.1', zh: '顾客沟通', en: 'Customer communication' },
  { id: '8.2.2', zh: '产品和服务要求的确定', en: 'Determining the requirements for products and services' },
  { id: '8.2.3', zh: '产品和服务要求的评审', en: 'Review of the requirements for products and services' },
  { id: '8.2.4', zh: '产品和服务要求的更改', en: 'Changes to requirements for products and services' },
  { id: '8.3', zh: '产品和服务的设计和开发', en: 'Design and development of products and services' },
  { id: '8.3.1', zh: '总则', en: 'General' },
  { id: '8.3.2', zh: '设计和开发策划', en: 'Design and development planning' },
  { id: '8.3.3', zh: '设计和开发输入', en: 'Design and development inputs' },
  { id: '8.3.4', zh: '设计和开发控制', en: 'Design and development controls' },
  { id: '8.3.5', zh: '设计和开发输出', en: 'Design and development outputs' },
  { id: '8.3.6', zh: '设计和开发更改', en: 'Design and development changes' },
  {
    id: '8.4',
    zh: '外部提供的过程、产品和服务的控制',
    en: 'Control of externally provided processes, products and services',
  },
  { id: '8.4.1', zh: '总则', en: 'General' },
  { id: '8.4.2', zh: '控制类型和程度', en: 'Type and extent of control' },
  { id: '8.4.3', zh: '提供给外部供方的信息', en: 'Information for external providers' },
  { id: '8.5', zh: '生产和服务提供', en: 'Production and service provision' },
  { id: '8.5.1', zh: '生产和服务提供的控制', en: 'Control of production and service provision' },
  { id: '8.5.2', zh: '标识和可追溯性', en: 'Identification and traceability' },
  { id: '8.5.3', zh: '顾客或外部供方的财产', en: 'Property belonging to customers or external providers' },
  { id: '8.5.4', zh: '防护', en: 'Preservation' },
  { id: '8.5.5', zh: '交付后活动', en: 'Post-delivery activities' },
  { id: '8.5.6', zh: '更改控制', en: 'Control of changes' },
  { id: '8.6', zh: '产品和服务的放行', en: 'Release of products and services' },
  { id: '8.7', zh: '不合格输出的控制', en: 'Control of nonconforming outputs' },
  { id: '9', zh: '绩效评价', en: 'Performance evaluation' },
  { id: '9.1', zh: '监视、测量、分析和评价', en: 'Monitoring, measurement, analysis and evaluation' },
  { id: '9.1.1', zh: '总则', en: 'General' },
  { id: '9.1.2', zh: '顾客满意', en: 'Customer satisfaction' },
  { id: '9.1.3', zh: '分析与评价', en: 'Analysis and evaluation' },
  { id: '9.2', zh: '内部审核', en: 'Internal audit' },
  { id: '9.3', zh: '管理评审', en: 'Management review' },
  { id: '9.3.1', zh: '总则', en: 'General' },
  { id: '9.3.2', zh: '管理评审输入', en: 'Management review inputs' },
  { id: '9.3.3', zh: '管理评审输出', en: 'Management review outputs' },
  { id: '10', zh: '改进', en: 'Improvement' },
  { id: '10.1', zh: '总则', en: 'General' },
  { id: '10.2', zh: '不合格和纠正措施', en: 'Nonconformity and corrective action' },
  { id: '10.3', zh: '持续改进', en: 'Continual improvement' },
];

export const CLAUSE_IDS: ReadonlySet<string> = new Set(CLAUSES.map((c) => c.id));

export function isClause(id: string): boolean {
  return CLAUSE_IDS.has(id);
}

/** The clause's titled parent (8.5.1 → 8.5, 8 → null). */
export function parentClause(id: string): string | null {
  const cut = id.lastIndexOf('.');
  return cut < 0 ? null : id.slice(0, cut);
}

/** `ancestor` is `id` or one of its parents (8 and 8.5 contain 8.5.1; 8.5 does not contain 8.51). */
export function clauseWithin(id: string, ancestor: string): boolean {
  return id === ancestor || id.startsWith(`${ancestor}.`);
}

/** The titled clauses directly below `id`. */
export function childClauses(id: string): string[] {
  return CLAUSES.filter((c) => parentClause(c.id) === id).map((c) => c.id);
}

/** 保持 (maintain) = a document; 保留 (retain) = a record (reference, terminology notes; ISO 9001 Annex A.6). */
export const DOCUMENTED_INFO_KINDS = ['maintain', 'retain'] as const;
export type DocumentedInfoKind = (typeof DOCUMENTED_INFO_KINDS)[number];

export interface MandatoryItem {
  /** D1–D5, R1–R21 (reference §2). */
  id: string;
  /** As the standard cites it, e.g. 7.1.5.2 a). */
  citation: string;
  /** The titled clause that holds it (its coverage and its non-applicability follow this clause). */
  clause: string;
  kind: DocumentedInfoKind;
  zh: string;
  en: string;
  /** Applies always, or only when the clause applies (the reference's "Applies when" column). */
  conditional: boolean;
}

/**
 * Reference §2: the 5 documents to maintain and 21 records to retain, each with its clause. 8.1 e), 8.3.2 j) and
 * 8.5.1 a) say "keep / needed / available"; the reference files them under the kind given here.
 */
export const MANDATORY_ITEMS: ReadonlyArray<MandatoryItem> = [
  {
    id: 'D1',
    citation: '4.3',
    clause: '4.3',
    kind: 'maintain',
    zh: '质量管理体系范围（含不适用条款及理由）',
    en: 'Scope of the QMS, with the justification of any requirement not applicable',
    conditional: false,
  },
  {
    id: 'D2',
    citation: '4.4.2 a)',
    clause: '4.4',
    kind: 'maintain',
    zh: '过程运行所需的成文信息（程序/作业指导书/过程清单）',
    en: 'Documented information to support the operation of processes',
    conditional: false,
  },
  {
    id: 'R1',
    citation: '4.4.2 b)',
    clause: '4.4',
    kind: 'retain',
    zh: '过程按策划实施的证据',
    en: 'Confidence that processes are carried out as planned',
    conditional: false,
  },
  {
    id: 'D3',
    citation: '5.2.2 a)',
    clause: '5.2.2',
    kind: 'maintain',
    zh: '质量方针',
    en: 'Quality policy',
    conditional: false,
  },
  {
    id: 'D4',
    citation: '6.2.1',
    clause: '6.2',
    kind: 'maintain',
    zh: '质量目标',
    en: 'Quality objectives',
    conditional: false,
  },
  {
    id: 'R2',
    citation: '7.1.5.1',
    clause: '7.1.5.1',
    kind: 'retain',
    zh: '监视和测量资源适宜性证据',
    en: 'Fitness for purpose of monitoring and measuring resources',
    conditional: true,
  },
  {
    id: 'R3',
    citation: '7.1.5.2 a)',
    clause: '7.1.5.2',
    kind: 'retain',
    zh: '校准/检定依据及记录（测量溯源）',
    en: 'Basis for calibration or verification; calibration records',
    conditional: true,
  },
  {
    id: 'R4',
    citation: '7.2 d)',
    clause: '7.2',
    kind: 'retain',
    zh: '人员能力证据（培训、资质、评价记录）',
    en: 'Evidence of competence',
    conditional: false,
  },
  {
    id: 'R5',
    citation: '8.1 e)',
    clause: '8.1',
    kind: 'retain',
    zh: '运行策划与控制的成文信息',
    en: 'Confidence that processes are carried out as planned; conformity of products and services',
    conditional: false,
  },
  {
    id: 'R6',
    citation: '8.2.3.2',
    clause: '8.2.3',
    kind: 'retain',
    zh: '产品和服务要求评审记录（合同评审）',
    en: 'Results of the review of requirements; new requirements',
    conditional: false,
  },
  {
    id: 'R7',
    citation: '8.3.2 j)',
    clause: '8.3.2',
    kind: 'retain',
    zh: '设计开发策划/满足要求的证据',
    en: 'Evidence that design and development requirements have been met',
    conditional: true,
  },
  {
    id: 'R8',
    citation: '8.3.3',
    clause: '8.3.3',
    kind: 'retain',
    zh: '设计开发输入',
    en: 'Design and development inputs',
    conditional: true,
  },
  {
    id: 'R9',
    citation: '8.3.4 f)',
    clause: '8.3.4',
    kind: 'retain',
    zh: '设计开发评审/验证/确认记录',
    en: 'Design and development controls (reviews, verification, validation)',
    conditional: true,
  },
  {
    id: 'R10',
    citation: '8.3.5',
    clause: '8.3.5',
    kind: 'retain',
    zh: '设计开发输出',
    en: 'Design and development outputs',
    conditional: true,
  },
  {
    id: 'R11',
    citation: '8.3.6',
    clause: '8.3.6',
    kind: 'retain',
    zh: '设计开发更改记录',
    en: 'Design and development changes',
    conditional: true,
  },
  {
    id: 'R12',
    citation: '8.4.1',
    clause: '8.4.1',
    kind: 'retain',
    zh: '外部供方评价、选择、绩效监视、再评价记录（合格供方名录）',
    en: 'Evaluation, selection, monitoring and re-evaluation of external providers',
    conditional: false,
  },
  {
    id: 'D5',
    citation: '8.5.1 a)',
    clause: '8.5.1',
    kind: 'maintain',
    zh: '产品/服务特性及活动与结果的成文信息',
    en: 'Characteristics of products and services; activities and results',
    conditional: false,
  },
  {
    id: 'R13',
    citation: '8.5.2',
    clause: '8.5.2',
    kind: 'retain',
    zh: '可追溯性记录',
    en: 'Information necessary to enable traceability',
    conditional: true,
  },
  {
    id: 'R14',
    citation: '8.5.3',
    clause: '8.5.3',
    kind: 'retain',
    zh: '顾客或外部供方财产异常记录',
    en: 'Customer or external-provider property lost, damaged or unsuitable',
    conditional: true,
  },
  {
    id: 'R15',
    citation: '8.5.6',
    clause: '8.5.6',
    kind: 'retain',
    zh: '生产和服务提供更改评审记录',
    en: 'Results of the review of changes and who authorized them',
    conditional: false,
  },
  {
    id: 'R16',
    citation: '8.6',
    clause: '8.6',
    kind: 'retain',
    zh: '产品和服务放行记录（含授权人）',
    en: 'Release: conformity with acceptance criteria and who authorized it',
    conditional: false,
  },
  {
    id: 'R17',
    citation: '8.7.2',
    clause: '8.7',
    kind: 'retain',
    zh: '不合格输出记录（含让步）',
    en: 'Nonconforming outputs, actions, concessions and who decided',
    conditional: false,
  },
  {
    id: 'R18',
    citation: '9.1.1',
    clause: '9.1.1',
    kind: 'retain',
    zh: '监视和测量结果',
    en: 'Evidence of monitoring and measurement results',
    conditional: false,
  },
  {
    id: 'R19',
    citation: '9.2.2 f)',
    clause: '9.2',
    kind: 'retain',
    zh: '内审方案及审核结果',
    en: 'Implementation of the audit programme and the audit results',
    conditional: false,
  },
  {
    id: 'R20',
    citation: '9.3.3',
    clause: '9.3.3',
    kind: 'retain',
    zh: '管理评审结果',
    en: 'Results of management reviews',
    conditional: false,
  },
  {
    id: 'R21',
    citation: '10.2.2',
    clause: '10.2',
    kind: 'retain',
    zh: '不合格及纠正措施记录',
    en: 'Nonconformities, actions taken and results of corrective action',
    conditional: false,
  },
];

export const MANDATORY_ITEM_IDS: ReadonlySet<string> = new Set(MANDATORY_ITEMS.map((i) => i.id));

/**
 * The clauses an enterprise may declare not applicable (4.3: a requirement that cannot be applied, justified in the
 * scope): design and development (8.3 and its parts) and the clauses whose mandatory record applies only when the
 * activity exists (reference §2 "Applies when": 7.1.5.1, 7.1.5.2, 8.5.2, 8.5.3). The other requirements always apply.
 */
export const EXCLUDABLE_CLAUSES: ReadonlySet<string> = new Set([
  '7.1.5.1',
  '7.1.5.2',
  '8.3',
  '8.3.1',
  '8.3.2',
  '8.3.3',
  '8.3.4',
  '8.3.5',
  '8.3.6',
  '8.5.2',
  '8.5.3',
]);
