/** Stage names for documents the server writes (exports); the web has its own catalog entries. */
import type { Stage } from './stages.js';

export const STAGE_NAMES: Record<Stage, { zh: string; en: string }> = {
  applied: { zh: '申请推荐', en: 'Applied' },
  screened: { zh: '遴选初审', en: 'Screened' },
  selected: { zh: '确定入选', en: 'Selected' },
  assigned: { zh: '分配帮扶', en: 'Assigned' },
  diagnosed: { zh: '调研诊断', en: 'Diagnosed' },
  plan_agreed: { zh: '方案确认', en: 'Plan agreed' },
  implementing: { zh: '方案实施', en: 'Implementing' },
  operating: { zh: '体系运行', en: 'QMS operating' },
  reviewed: { zh: '内审与管理评审', en: 'Reviewed' },
  evaluated: { zh: '验收评价', en: 'Evaluated' },
  certified: { zh: '获得认证', en: 'Certified' },
  closed: { zh: '总结结束', en: 'Closed' },
  rejected: { zh: '未入选', en: 'Rejected' },
  withdrawn: { zh: '已退出', en: 'Withdrawn' },
};
