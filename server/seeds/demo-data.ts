/**
 * The demo world (ADR 0007): 江苏省 → 徐州市 → 丰县 with a provincial campaign
 * and its 徐州 child, 天津市 to show isolation, two certification bodies with experts, sixteen
 * enterprises spread over every stage, and one account per role. All names are fictional.
 */
import type { Stage } from '../../domain/lifecycle/stages.js';

export const DEMO_PASSWORD = 'Demo@2026';

export interface DemoOrg {
  key: string;
  kind: 'bureau' | 'certification_body' | 'association' | 'platform';
  name: string;
  regionCode: string | null;
  approvalNumber?: string;
}

export const DEMO_ORGS: DemoOrg[] = [
  { key: 'samr', kind: 'bureau', name: '国家市场监督管理总局', regionCode: '000000' },
  { key: 'js', kind: 'bureau', name: '江苏省市场监督管理局', regionCode: '320000' },
  { key: 'xz', kind: 'bureau', name: '徐州市市场监督管理局', regionCode: '320300' },
  { key: 'fx', kind: 'bureau', name: '丰县市场监督管理局', regionCode: '320321' },
  { key: 'tj', kind: 'bureau', name: '天津市市场监督管理委员会', regionCode: '120000' },
  {
    key: 'cb1',
    kind: 'certification_body',
    name: '苏信质量认证中心有限公司',
    regionCode: '320300',
    approvalNumber: 'CNCA-R-2016-281',
  },
  {
    key: 'cb2',
    kind: 'certification_body',
    name: '津诚认证有限公司',
    regionCode: '120000',
    approvalNumber: 'CNCA-R-2017-305',
  },
  { key: 'assoc', kind: 'association', name: '徐州市质量协会', regionCode: '320300' },
  { key: 'platform', kind: 'platform', name: 'Uplift 平台运维中心', regionCode: null },
];

export interface DemoUser {
  username: string;
  displayName: string;
  phone: string;
  /** organization key (or enterprise key) and role */
  memberships: Array<{ org: string; role: string }>;
  /** Printed at start-up as a demo account for its role. */
  listed?: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'national',
    displayName: '国家局 周明',
    phone: '13800000001',
    memberships: [{ org: 'samr', role: 'bureau_officer' }],
    listed: '国家局监管人员 national bureau officer',
  },
  {
    username: 'jiangsu',
    displayName: '江苏省局 陈静',
    phone: '13800000002',
    memberships: [{ org: 'js', role: 'bureau_officer' }],
    listed: '省局监管人员 provincial bureau officer',
  },
  {
    username: 'xuzhou',
    displayName: '徐州市局 李华',
    phone: '13800000003',
    memberships: [{ org: 'xz', role: 'bureau_officer' }],
    listed: '市局监管人员 city bureau officer',
  },
  {
    username: 'fengxian',
    displayName: '丰县局 赵强',
    phone: '13800000004',
    memberships: [{ org: 'fx', role: 'bureau_officer' }],
    listed: '县局监管人员 county bureau officer',
  },
  {
    username: 'tianjin',
    displayName: '天津市局 孙悦',
    phone: '13800000005',
    memberships: [{ org: 'tj', role: 'bureau_officer' }],
    listed: '天津市局（隔离演示） Tianjin officer (isolation)',
  },
  {
    username: 'cbadmin',
    displayName: '苏信认证 刘洋',
    phone: '13900000001',
    memberships: [{ org: 'cb1', role: 'cb_admin' }],
    listed: '认证机构管理员 certification-body admin',
  },
  {
    username: 'cbmanager',
    displayName: '苏信认证 吴敏',
    phone: '13900000002',
    memberships: [{ org: 'cb1', role: 'cb_manager' }],
    listed: '认证机构项目经理 project manager',
  },
  {
    username: 'expert',
    displayName: '帮扶专家 王建国',
    phone: '13900000011',
    memberships: [{ org: 'cb1', role: 'assistance_expert' }],
    listed: '帮扶专家 assistance expert',
  },
  {
    username: 'expert2',
    displayName: '帮扶专家 郑丽',
    phone: '13900000012',
    memberships: [{ org: 'cb1', role: 'assistance_expert' }],
  },
  {
    username: 'expert3',
    displayName: '帮扶专家 黄涛',
    phone: '13900000013',
    memberships: [{ org: 'cb1', role: 'assistance_expert' }],
  },
  {
    username: 'expert4',
    displayName: '帮扶专家 冯雪',
    phone: '13900000014',
    memberships: [{ org: 'cb1', role: 'assistance_expert' }],
  },
  {
    username: 'expert5',
    displayName: '帮扶专家 何伟',
    phone: '13900000015',
    memberships: [{ org: 'cb1', role: 'assistance_expert' }],
  },
  {
    username: 'tjexpert',
    displayName: '津诚认证 专家 马骏',
    phone: '13900000021',
    memberships: [{ org: 'cb2', role: 'assistance_expert' }],
  },
  {
    username: 'tjmanager',
    displayName: '津诚认证 田甜',
    phone: '13900000022',
    memberships: [{ org: 'cb2', role: 'cb_manager' }],
  },
  {
    username: 'evaluator',
    displayName: '评审专家 许志远',
    phone: '13700000001',
    memberships: [{ org: 'assoc', role: 'evaluation_expert' }],
    listed: '评审专家 evaluation expert',
  },
  {
    username: 'enterprise',
    displayName: '华康食品 张敏',
    phone: '13600000001',
    memberships: [{ org: 'e01', role: 'enterprise_contact' }],
    listed: '企业联系人 enterprise contact',
  },
  {
    username: 'sysadmin',
    displayName: '系统管理员',
    phone: '13500000001',
    memberships: [{ org: 'platform', role: 'system_admin' }],
    listed: '系统管理员 system admin',
  },
  {
    username: 'secadmin',
    displayName: '安全管理员',
    phone: '13500000002',
    memberships: [{ org: 'platform', role: 'security_admin' }],
    listed: '安全管理员 security admin',
  },
  {
    username: 'auditadmin',
    displayName: '审计管理员',
    phone: '13500000003',
    memberships: [{ org: 'platform', role: 'audit_admin' }],
    listed: '审计管理员 audit admin',
  },
];

export interface DemoEnterprise {
  key: string;
  name: string;
  regionCode: string;
  industryCode: string;
  campaign: 'xz' | 'tj';
  target: Stage;
  origin: 'self' | 'bureau' | 'association';
  legalRepresentative: string;
  contactName: string;
  contactPhone: string;
  employees: number;
  revenueWan: number;
  /** Row of the 2017 size rule; the size class is computed from it (all but 顺丰源餐饮 come out small or micro). */
  sizeIndustry: string;
}

export const DEMO_ENTERPRISES: DemoEnterprise[] = [
  {
    key: 'e01',
    name: '丰县华康食品有限公司',
    regionCode: '320321',
    industryCode: '03',
    campaign: 'xz',
    target: 'operating',
    origin: 'self',
    legalRepresentative: '张建华',
    contactName: '张敏',
    contactPhone: '13600000001',
    employees: 46,
    revenueWan: 1800,
    sizeIndustry: 'industrial',
  },
  {
    key: 'e02',
    name: '丰县鑫达五金制品有限公司',
    regionCode: '320321',
    industryCode: '17',
    campaign: 'xz',
    target: 'closed',
    origin: 'bureau',
    legalRepresentative: '刘德胜',
    contactName: '刘芳',
    contactPhone: '13600000002',
    employees: 38,
    revenueWan: 2600,
    sizeIndustry: 'industrial',
  },
  {
    key: 'e03',
    name: '丰县绿源木业有限公司',
    regionCode: '320321',
    industryCode: '06',
    campaign: 'xz',
    target: 'evaluated',
    origin: 'bureau',
    legalRepresentative: '陈国栋',
    contactName: '陈晓',
    contactPhone: '13600000003',
    employees: 25,
    revenueWan: 900,
    sizeIndustry: 'industrial',
  },
  {
    key: 'e04',
    name: '徐州恒锐机械制造有限公司',
    regionCode: '320303',
    industryCode: '18',
    campaign: 'xz',
    target: 'certified',
    origin: 'self',
    legalRepresentative: '王恒',
    contactName: '王蕾',
    contactPhone: '13600000004',
    employees: 72,
    revenueWan: 4200,
    sizeIndustry: 'industrial',
  },
  {
    key: 'e05',
    name: '徐州云龙精密电子有限公司',
    regionCode: '320303',
    industryCode: '19',
    campaign: 'xz',
    target: 'reviewed',
    origin: 'association',
    legalRepresentative: '李云龙',
    contactName: '李娜',
    contactPhone: '13600000005',
    employees: 55,
    revenueWan: 3100,
    sizeIndustry: 'industrial',
  },
  {
    key: 'e06',
    name: '沛县宏图包装印刷有限公司',
    regionCode: '320322',
    industryCode: '09',
    campaign: 'xz',
    target: 'implementing',
    origin: 'bureau',
    legalRepresentative: '周宏图',
    contactName: '周琳',
    contactPhone: '13600000006',
    employees: 30,
    revenueWan: 1200,
    sizeIndustry: 'industrial',
  },
  {
    key: 'e07',
    name: '沛县金穗农业科技有限公司',
    regionCode: '320322',
    industryCode: '01',
    campaign: 'xz',
    target: 'plan_agreed',
    origin: 'self',
    legalRepresentative: '孙金穗',
    contactName: '孙婷',
    contactPhone: '13600000007',
    employees: 18,
    revenueWan: 420,
    sizeIndustry: 'agriculture',
  },
  {
    key: 'e08',
    name: '睢宁县恒信塑料制品有限公司',
    regionCode: '320324',
    industryCode: '14',
    campaign: 'xz',
    target: 'diagnosed',
    origin: 'bureau',
    legalRepresentative: '钱恒信',
    contactName: '钱悦',
    contactPhone: '13600000008',
    employees: 41,
    revenueWan: 2100,
    sizeIndustry: 'industrial',
  },
  {
    key: 'e09',
    name: '睢宁县佳美纺织有限公司',
    regionCode: '320324',
    industryCode: '04',
    campaign: 'xz',
    target: 'assigned',
    origin: 'association',
    legalRepresentative: '吴佳美',
    contactName: '吴静',
    contactPhone: '13600000009',
    employees: 64,
    revenueWan: 2800,
    sizeIndustry: 'industrial',
  },
  {
    key: 'e10',
    name: '徐州鼓楼智联信息技术有限公司',
    regionCode: '320302',
    industryCode: '33',
    campaign: 'xz',
    target: 'selected',
    origin: 'self',
    legalRepresentative: '郑智',
    contactName: '郑雨',
    contactPhone: '13600000010',
    employees: 22,
    revenueWan: 760,
    sizeIndustry: 'software_it_services',
  },
  {
    key: 'e11',
    name: '徐州汇通物流有限公司',
    regionCode: '320302',
    industryCode: '31',
    campaign: 'xz',
    target: 'screened',
    origin: 'bureau',
    legalRepresentative: '冯汇通',
    contactName: '冯洁',
    contactPhone: '13600000011',
    employees: 80,
    revenueWan: 3600,
    sizeIndustry: 'transport',
  },
  {
    key: 'e12',
    name: '徐州宏达建材有限公司',
    regionCode: '320302',
    industryCode: '16',
    campaign: 'xz',
    target: 'applied',
    origin: 'self',
    legalRepresentative: '杨宏达',
    contactName: '杨柳',
    contactPhone: '13600000012',
    employees: 35,
    revenueWan: 1500,
    sizeIndustry: 'industrial',
  },
  {
    key: 'e13',
    name: '徐州顺丰源餐饮管理有限公司',
    regionCode: '320302',
    industryCode: '30',
    campaign: 'xz',
    target: 'rejected',
    origin: 'self',
    legalRepresentative: '何顺',
    contactName: '何欢',
    contactPhone: '13600000013',
    employees: 260,
    revenueWan: 12000,
    sizeIndustry: 'catering',
  },
  {
    key: 'e14',
    name: '丰县乐音乐器有限公司',
    regionCode: '320321',
    industryCode: '23',
    campaign: 'xz',
    target: 'withdrawn',
    origin: 'bureau',
    legalRepresentative: '罗乐',
    contactName: '罗音',
    contactPhone: '13600000014',
    employees: 28,
    revenueWan: 980,
    sizeIndustry: 'industrial',
  },
  {
    key: 'e15',
    name: '天津津华医疗器械有限公司',
    regionCode: '120116',
    industryCode: '19',
    campaign: 'tj',
    target: 'operating',
    origin: 'self',
    legalRepresentative: '高津华',
    contactName: '高原',
    contactPhone: '13600000015',
    employees: 50,
    revenueWan: 2300,
    sizeIndustry: 'industrial',
  },
  {
    key: 'e16',
    name: '天津滨海地毯有限公司',
    regionCode: '120101',
    industryCode: '04',
    campaign: 'tj',
    target: 'applied',
    origin: 'bureau',
    legalRepresentative: '林海',
    contactName: '林珊',
    contactPhone: '13600000016',
    employees: 33,
    revenueWan: 1100,
    sizeIndustry: 'industrial',
  },
];

/** Expert profiles kept by the two bodies (seed 000 §一); categories cover the enterprises they assist. */
export const DEMO_EXPERT_PROFILES: Array<{
  username: string;
  registrationLevel: 'senior_auditor' | 'auditor' | 'technical_expert';
  registrationNumber: string;
  categories: string[];
  homeRegionCode: string;
  capacity: number;
  capacityReason?: string;
  unavailable?: Array<{ from: string; to: string; note: string }>;
  conflicts?: Array<{
    kind: 'former_employer' | 'relative' | 'consultancy';
    enterprise: string;
    until: string | null;
    note: string;
  }>;
}> = [
  {
    username: 'expert',
    registrationLevel: 'senior_auditor',
    registrationNumber: '2015-N1QMS-1010001',
    categories: ['03', '09', '29'],
    homeRegionCode: '320321',
    capacity: 2,
  },
  {
    username: 'expert2',
    registrationLevel: 'auditor',
    registrationNumber: '2019-N1QMS-1010002',
    categories: ['17', '01', '18'],
    homeRegionCode: '320321',
    capacity: 2,
  },
  {
    username: 'expert3',
    registrationLevel: 'auditor',
    registrationNumber: '2018-N1QMS-1010003',
    categories: ['06', '14', '16'],
    homeRegionCode: '320324',
    capacity: 2,
  },
  {
    username: 'expert4',
    registrationLevel: 'senior_auditor',
    registrationNumber: '2012-N1QMS-1010004',
    categories: ['18', '04', '19'],
    homeRegionCode: '320303',
    capacity: 3,
    capacityReason: '专职帮扶专家，本年度不承担认证审核任务',
  },
  {
    username: 'expert5',
    registrationLevel: 'auditor',
    registrationNumber: '2020-N1QMS-1010005',
    categories: ['19', '23', '33', '31'],
    homeRegionCode: '320302',
    capacity: 2,
    unavailable: [{ from: '2027-01-25', to: '2027-02-07', note: '春节假期' }],
    conflicts: [{ kind: 'former_employer', enterprise: 'e11', until: '2025-06-30', note: '曾任该公司质量部经理' }],
  },
  {
    username: 'tjexpert',
    registrationLevel: 'auditor',
    registrationNumber: '2017-N1QMS-2020001',
    categories: ['19', '04'],
    homeRegionCode: '120116',
    capacity: 2,
  },
];

/** One working group per body and campaign (000 §一 帮扶工作组). */
export const DEMO_WORKING_GROUPS = [
  {
    campaign: 'xz' as const,
    body: 'cb1',
    name: '苏信徐州帮扶工作组',
    regionCodes: ['320300'],
    leader: 'cbadmin',
    managers: ['cbmanager'],
    experts: ['expert', 'expert2', 'expert3', 'expert4', 'expert5'],
  },
  {
    campaign: 'tj' as const,
    body: 'cb2',
    name: '津诚天津帮扶工作组',
    regionCodes: ['120000'],
    leader: 'tjmanager',
    managers: [],
    experts: ['tjexpert'],
  },
];
