/**
 * Every error the platform returns has a stable code, an HTTP status and a Chinese and English
 * message. `{field}` in a message is replaced by the field's name. The web shows the message of
 * the code in the user's language, so this table is the single source for both.
 */
interface ErrorDefinition {
  status: number;
  zh: string;
  en: string;
}

export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, zh: '字段 {field} 不符合要求：{detail}', en: 'Field {field} is invalid: {detail}' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong user name or password' },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '登录失败次数过多，账号已临时锁定，请稍后再试',
    en: 'Too many failed sign-ins; the account is locked for a while',
  },
  SESSION_EXPIRED: { status: 401, zh: '会话已超时，请重新登录', en: 'Your session has expired; please sign in again' },
  CSRF_TOKEN_INVALID: {
    status: 403,
    zh: '请求校验失败，请刷新页面后重试',
    en: 'Request check failed; reload the page and retry',
  },
  FORBIDDEN: { status: 403, zh: '当前角色无权执行此操作', en: 'Your current role may not do this' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, zh: '请先修改密码', en: 'You must change your password first' },
  NOT_FOUND: { status: 404, zh: '未找到 {field}', en: '{field} not found' },
  IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    zh: '同一提交仍在处理中，请稍候刷新查看结果',
    en: 'The same submission is still being processed; refresh in a moment to see its result',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '{field} 已用于另一项不同的提交，请重新提交',
    en: '{field} was already used for a different submission; submit again',
  },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please wait and retry' },
  DATABASE_UNAVAILABLE: {
    status: 503,
    zh: '数据库连接暂时中断，请稍后重试；如刚才在保存，请先刷新查看是否已保存',
    en: 'The database connection was briefly lost; please retry shortly (if you were saving, reload first to see whether it was kept)',
  },
  REVEAL_RATE_LIMITED: {
    status: 429,
    zh: '每小时最多查看 {detail} 次完整联系方式，请稍后再试',
    en: 'At most {detail} full contacts may be shown per hour; please try again later',
  },
  PASSWORD_POLICY: {
    status: 400,
    zh: '密码不符合要求：{detail}',
    en: 'The password does not meet the policy: {detail}',
  },
  ADMIN_ROLES_SEPARATED: {
    status: 409,
    zh: '系统管理员、安全管理员、审计管理员不得由同一账号兼任（{detail}）',
    en: 'The system, security and audit administrator posts cannot be held by one account ({detail})',
  },
  MEMBERSHIP_NOT_FOUND: { status: 404, zh: '未找到该身份', en: 'Membership not found' },
  ILLEGAL_TRANSITION: {
    status: 409,
    zh: '当前阶段“{detail}”不能执行该操作',
    en: 'This action is not allowed at the current stage "{detail}"',
  },
  TRANSITION_ROLE_FORBIDDEN: {
    status: 403,
    zh: '当前角色不能执行该阶段操作',
    en: 'Your role may not perform this stage action',
  },
  REASON_REQUIRED: { status: 400, zh: '请填写原因（{field}）', en: 'A reason is required ({field})' },
  CERTIFICATION_BODY_REQUIRED: {
    status: 409,
    zh: '入选企业须确定认证机构（{field}）',
    en: 'A selected enterprise needs a certification body ({field})',
  },
  SCREENING_INCOMPLETE: {
    status: 409,
    zh: '遴选核查尚未完成：每一项都须给出“符合”或“不符合”（{field}）',
    en: 'The screening is not complete: every item needs pass or fail ({field})',
  },
  SCREENING_NOT_ELIGIBLE: {
    status: 409,
    zh: '遴选核查未全部符合，不能确定入选（{field}）',
    en: 'Not every screening item passed; the enterprise cannot be selected ({field})',
  },
  SCREENING_DECIDED_BY_RULE: {
    status: 400,
    zh: '该项已由平台按规则判定，不能人工改写；如数据有误，请更正企业的规模数据（{field}）',
    en: "The platform's rule settled this item; it cannot be overwritten by hand. Correct the enterprise's figures if they are wrong ({field})",
  },
  FIGURES_UNCHANGED: {
    status: 400,
    zh: '更正后的数据与原数据相同（{field}）',
    en: 'The corrected figures are the same as before ({field})',
  },
  SCREENING_INELIGIBLE_REASON_REQUIRED: {
    status: 400,
    zh: '初审结论为不符合条件，仍要通过初审须填写理由（{field}）',
    en: 'The screening found the enterprise not eligible; passing it needs a reason ({field})',
  },
  PREFERENCE_OVERRIDE_REASON: {
    status: 400,
    zh: '企业已自主选择认证机构，改派其他机构须填写原因（{field}）',
    en: 'The enterprise chose a certification body; assigning another needs a reason ({field})',
  },
  QUOTA_EXCEEDED: {
    status: 409,
    zh: '超出提升行动的名额（{detail}）',
    en: 'This exceeds the campaign quota ({detail})',
  },
  EXPERT_REQUIRED: {
    status: 409,
    zh: '请至少指派一名帮扶专家（{field}）',
    en: 'Assign at least one assistance expert ({field})',
  },
  EXPERT_NOT_IN_BODY: {
    status: 409,
    zh: '帮扶专家须属于该企业的认证机构（{field}）',
    en: "The expert must belong to the enterprise's certification body ({field})",
  },
  EXPERT_CAPACITY_EXCEEDED: {
    status: 409,
    zh: '每名帮扶专家帮扶 1–2 家企业，该专家已满额（{field}）',
    en: 'Each expert assists 1–2 enterprises; this expert is at capacity ({field})',
  },
  OPERATION_PERIOD_TOO_SHORT: {
    status: 409,
    zh: '体系运行时间至少为3个月，{detail} 之后方可内审（{field}）',
    en: 'The QMS must run at least 3 months; internal audit is possible from {detail} ({field})',
  },
  OPERATION_NOT_STARTED: { status: 409, zh: '体系尚未开始运行', en: 'QMS operation has not started' },
  AUDIT_OBSERVATION_HAS_NO_CYCLE: {
    status: 409,
    zh: '观察项不进入不符合项整改流程（{field}）',
    en: 'An observation has no nonconformity cycle ({field})',
  },
  NC_CLOSE_WITHOUT_VERIFIED_ACTION: {
    status: 409,
    zh: '不符合项须在纠正措施经验证有效后才能关闭（{field}）',
    en: 'A nonconformity can close only after its corrective action was verified effective ({field})',
  },
  NC_STEP_OUT_OF_ORDER: {
    status: 409,
    zh: '整改步骤须按 纠正 → 原因分析 → 纠正措施 → 有效性验证 → 关闭 的顺序进行（{field}）',
    en: 'The steps go correction → root cause → corrective action → verification → closure ({field})',
  },
  AUDIT_TEAM_LEADER_REQUIRED: {
    status: 400,
    zh: '审核组须有且只有一名组长（{field}）',
    en: 'The audit team needs exactly one leader ({field})',
  },
  AUDITOR_NOT_TRAINED: {
    status: 409,
    zh: '内审员须先参加内审员培训（{field}：{detail}）',
    en: 'An internal auditor must have internal-auditor training first ({field}: {detail})',
  },
  AUDITOR_NOT_IN_TEAM: {
    status: 400,
    zh: '日程中的审核员不在审核组中（{field}：{detail}）',
    en: 'The auditor of the schedule is not in the audit team ({field}: {detail})',
  },
  AUDITOR_OWN_WORK: {
    status: 409,
    zh: '内审员不得审核本部门的工作（{field}：{detail}）',
    en: 'An auditor may not audit their own department ({field}: {detail})',
  },
  AUDIT_CHECKLIST_EMPTY: {
    status: 409,
    zh: '检查表尚无记录，不能完成内审（{field}）',
    en: 'The checklist has no rows yet; the audit cannot be completed ({field})',
  },
  AUDIT_PAIN_POINT_UNANSWERED: {
    status: 409,
    zh: '内审报告须说明诊断发现的每个主要问题的解决情况（{field}：{detail}）',
    en: 'The audit report must say how each problem found at diagnosis was addressed ({field}: {detail})',
  },
  AUDIT_NOT_ENDED: {
    status: 409,
    zh: '内审尚未结束（{field}：{detail}）',
    en: 'The audit has not ended yet ({field}: {detail})',
  },
  AUDIT_STAGE_LOCKED: {
    status: 409,
    zh: '当前阶段不能记录内审（{detail}）',
    en: 'The internal audit cannot be recorded at this stage ({detail})',
  },
  AUDIT_COMPLETED: {
    status: 409,
    zh: '内审已完成，记录已锁定（{field}）',
    en: 'The internal audit is completed and its record is locked ({field})',
  },
  REVIEW_AUDIT_NOT_COMPLETED: {
    status: 409,
    zh: '须先完成内部审核，再进行管理评审（{field}）',
    en: 'The internal audit must be completed before the management review ({field})',
  },
  REVIEW_CHAIR_NOT_TOP_MANAGEMENT: {
    status: 409,
    zh: '管理评审须由最高管理者主持（{field}）',
    en: 'Top management must chair the management review ({field})',
  },
  REVIEW_INPUT_MISSING: {
    status: 400,
    zh: '管理评审须考虑 GB/T 19001 9.3.2 规定的每项输入（{field}）',
    en: 'The review must consider every input of 9.3.2 ({field})',
  },
  REVIEW_OUTPUT_MISSING: {
    status: 400,
    zh: '管理评审须形成至少一项输出决定（{field}）',
    en: 'The review must decide at least one output ({field})',
  },
  REVIEW_NOT_CERTIFIED_ENTERPRISE: {
    status: 409,
    zh: '只有已获证企业可用本年度内审和管理评审的核查代替（{field}）',
    en: "Only an already certified enterprise may have this year's audit and review verified instead ({field})",
  },
  REVIEW_NOT_THIS_YEAR: {
    status: 400,
    zh: '内审和管理评审须为本年度（{detail}年）进行的（{field}）',
    en: 'The audit and review must be of this year, {detail} ({field})',
  },
  REVIEW_EVIDENCE_REQUIRED: {
    status: 400,
    zh: '请上传内审报告和管理评审报告等证据（{field}）',
    en: 'Upload the evidence: the audit and review reports ({field})',
  },
  IMPROVEMENT_NOT_DONE: {
    status: 409,
    zh: '改进措施完成后才能验证其有效性（{field}）',
    en: 'An improvement action is checked for effectiveness after it is done ({field})',
  },
  REVIEW_RECORD_REQUIRED: {
    status: 409,
    zh: '完成内审与管理评审须通过记录管理评审（或获证企业的核查）进行（{field}）',
    en: 'Audit and review complete through the recorded management review (or the certified-enterprise verification) ({field})',
  },
  REVIEW_STAGE_LOCKED: {
    status: 409,
    zh: '当前阶段不能记录管理评审（{detail}）',
    en: 'The management review cannot be recorded at this stage ({detail})',
  },
  DATE_IN_FUTURE: { status: 400, zh: '日期不能晚于今天（{field}）', en: 'The date cannot be in the future ({field})' },
  DATE_ORDER: { status: 400, zh: '日期先后顺序不正确（{field}）', en: 'The dates are out of order ({field})' },
  IMPARTIALITY_CONFLICT: {
    status: 409,
    zh: '帮扶专家不得参与该企业的认证审核和认证决定（{field}）',
    en: "An assistance expert may not take part in this enterprise's certification ({field})",
  },
  DECISION_MAKER_IMPARTIALITY_CONFLICT: {
    status: 409,
    zh: '认证决定人员曾帮扶该企业（含冷却期内），不得参与认证决定',
    en: 'A decision maker assisted this enterprise (or is within the cooling-off period) and may not take part in the certification decision',
  },
  CERTIFIER_IMPARTIALITY_CONFLICT: {
    status: 409,
    zh: '您曾帮扶该企业（含冷却期内），不得办理其认证',
    en: 'You assisted this enterprise (or are within the cooling-off period) and may not record its certification',
  },
  AUDIT_TEAM_REQUIRED: {
    status: 422,
    zh: '请选择审核组成员（至少一人）',
    en: 'Choose the audit team (at least one person)',
  },
  DECISION_MAKERS_REQUIRED: {
    status: 422,
    zh: '请选择认证决定人员（至少一人）',
    en: 'Choose who makes the certification decision (at least one person)',
  },
  CERTIFIER_NOT_OF_BODY: {
    status: 422,
    zh: '审核组成员和认证决定人员须为该认证机构的人员',
    en: 'Audit team members and decision makers must be people of the certifying body',
  },
  GRADE_BANDS_INVALID: {
    status: 400,
    zh: '评价等级分数段设置不正确（{field}，应为 {detail}）',
    en: 'The grade bands are invalid ({field}; expected {detail})',
  },
  GRADE_BANDS_GAP: {
    status: 400,
    zh: '评价等级分数段之间有空缺（{field}，应从 {detail} 开始）：每个可能的得分须恰好落入一个等级',
    en: 'The grade bands leave a gap ({field}; should be {detail}): every possible total must fall in exactly one grade',
  },
  GRADE_BANDS_OVERLAP: {
    status: 400,
    zh: '评价等级分数段相互重叠（{field}，应从 {detail} 开始）：每个可能的得分须恰好落入一个等级',
    en: 'The grade bands overlap ({field}; should start at {detail}): every possible total must fall in exactly one grade',
  },
  EVALUATION_NOT_SIGNED_OFF: {
    status: 409,
    zh: '评价组组长签字确认认证提升成效评价表后方可完成验收评价（{field}）',
    en: 'The acceptance evaluation needs the C.1 evaluation signed off by the panel leader ({field})',
  },
  EVALUATION_STAGE: {
    status: 409,
    zh: '当前阶段不能进行此项验收评价操作（{field}）',
    en: 'This evaluation step is not possible at the current stage ({field})',
  },
  EVALUATION_LOCKED: {
    status: 409,
    zh: '评价已由组长签字确认，须先说明理由重新开启后方可修改',
    en: 'The evaluation is signed off; it changes only after a recorded reopening with a reason',
  },
  EVALUATOR_NOT_EXPERT: {
    status: 422,
    zh: '评价组成员须为评审专家（{field}）',
    en: 'Panel members must be evaluation experts ({field})',
  },
  EVALUATOR_IMPARTIALITY_CONFLICT: {
    status: 409,
    zh: '公正性：该人员曾帮扶该企业（帮扶关系 {detail}，含冷却期），不得参加其验收评价（{field}）',
    en: 'Impartiality: this person assisted the enterprise (assistance {detail}, cooling-off included) and may not evaluate it ({field})',
  },
  EVALUATOR_OF_ASSISTING_BODY: {
    status: 409,
    zh: '公正性：该人员属于帮扶该企业的认证机构（{detail}），不得参加其验收评价（{field}）',
    en: 'Impartiality: this person belongs to the certification body assisting the enterprise ({detail}) and may not evaluate it ({field})',
  },
  EVALUATION_NOT_PANEL_MEMBER: {
    status: 403,
    zh: '您不是该企业评价组的成员',
    en: "You are not a member of this enterprise's evaluation panel",
  },
  EVALUATION_NOT_LEADER: {
    status: 403,
    zh: '只有评价组组长可以签字确认或重新开启评价',
    en: 'Only the panel leader may sign off or reopen the evaluation',
  },
  EVALUATION_EVIDENCE_REQUIRED: {
    status: 400,
    zh: '填写提升后数值须同时说明依据（{field}）',
    en: 'An after value needs its evidence ({field})',
  },
  EVALUATION_SHEETS_MISSING: {
    status: 409,
    zh: '评价组成员尚未全部完成评价表（{detail}）',
    en: 'Not every panel member has filled the evaluation table ({detail})',
  },
  QUALIFICATION_INCOMPLETE: {
    status: 400,
    zh: '评审资格信息不完整（{field}）：评审员须有资格证书编号、发证机构和有效期，行业专家须有推荐单位和所代表的行业',
    en: 'The qualification is incomplete ({field}): an auditor needs the certificate number, issuing body and validity; an industry expert the recommending body and industries',
  },
  EVALUATOR_NOT_QUALIFIED: {
    status: 422,
    zh: '评价组成员不具备评审资格（{detail}）：评审员须持有评价期间有效的资格证书，行业专家须经行业主管部门、协会或专业技术机构推荐（{field}）',
    en: 'A panel member is not qualified ({detail}): an auditor needs a certificate valid over the panel dates, an industry expert a recommending authority or association ({field})',
  },
  PANEL_AUDITOR_REQUIRED: {
    status: 422,
    zh: '评价组须至少有一名评审员（{field}）',
    en: 'A panel needs at least one certified auditor ({field})',
  },
  BATCH_PANEL_REFUSED: {
    status: 409,
    zh: '公正性：以下企业与评价组成员存在冲突，未组建任何评价组（{detail}）；可选择跳过这些企业',
    en: 'Impartiality: these enterprises conflict with panel members; no panel was formed ({detail}). You may skip them',
  },
  SELF_ASSESSMENT_CLOSED: {
    status: 409,
    zh: '评价组已开始评分或评价已确认，企业自我评价不能再修改（{field}）',
    en: 'The panel has started scoring or signed off; the self-evaluation can no longer change ({field})',
  },
  ACTION_PLAN_EMPTY: {
    status: 400,
    zh: '改进、创新行动计划至少须有一项措施（{field}）',
    en: 'The improvement and innovation action plan needs at least one action ({field})',
  },
  ACTION_PLAN_REQUIRED: {
    status: 409,
    zh: '评价等级为不合格的企业须先提出改进、创新行动计划，方可结束（{field}）',
    en: 'An enterprise graded 不合格 needs its improvement and innovation action plan before closing ({field})',
  },
  CERTIFICATE_VALIDITY_TOO_LONG: {
    status: 400,
    zh: '证书有效期最长三年，到期日不得晚于 {detail}（{field}）',
    en: 'A certificate is valid for at most three years; it must expire by {detail} ({field})',
  },
  CERTIFICATION_BODY_NOT_APPLIED_FOR: {
    status: 409,
    zh: '企业已申请由其他认证机构认证，只有所申请的机构可以发证（{field}）',
    en: 'The enterprise applied to another certification body; only that body may certify ({field})',
  },
  CERTIFICATION_APPLICATION_EXISTS: {
    status: 409,
    zh: '企业已提交认证申请（{field}）',
    en: 'The enterprise has already applied for certification ({field})',
  },
  CERTIFICATION_NOT_APPLICABLE: {
    status: 409,
    zh: '当前阶段不能办理此项认证事务（{field}）',
    en: 'This certification step is not possible at the current stage ({field})',
  },
  CERTIFICATE_WITHDRAWN: {
    status: 409,
    zh: '证书已撤销，不再跟踪监督（{field}）',
    en: 'The certificate was withdrawn; surveillance has ended ({field})',
  },
  CERTIFICATE_REQUIRED: {
    status: 400,
    zh: '请填写证书编号（{field}）',
    en: 'The certificate number is required ({field})',
  },
  REQUIRED: { status: 400, zh: '请填写 {field}', en: '{field} is required' },
  USCC_INVALID: {
    status: 400,
    zh: '统一社会信用代码不正确（{detail}）',
    en: 'The unified social credit code is invalid ({detail})',
  },
  REGION_UNKNOWN: {
    status: 400,
    zh: '行政区划代码不存在：{detail}',
    en: 'Unknown administrative division code: {detail}',
  },
  REGION_RETIRED: {
    status: 400,
    zh: '行政区划代码已撤销，不能用于新的记录，请选择现行区划：{detail}',
    en: 'This administrative division was abolished and cannot be used for a new record; choose a current one: {detail}',
  },
  REGION_OUTSIDE_CAMPAIGN: {
    status: 400,
    zh: '企业所在地区 {detail} 不在本提升行动的范围内',
    en: "The enterprise's region {detail} is outside this campaign's region",
  },
  REGION_OUTSIDE_JURISDICTION: {
    status: 400,
    zh: '企业所在地区 {detail} 不在本部门的管辖范围内',
    en: "The enterprise's region {detail} is outside your bureau's jurisdiction",
  },
  // ADR 0021: each limit of an upload, checked while it is read, has its own code
  ROSTER_TOO_MANY_ROWS: {
    status: 413,
    zh: '名册一次最多 {detail} 行，请分批导入',
    en: 'A roster holds at most {detail} rows; import it in parts',
  },
  ROSTER_FILE_TOO_LARGE: {
    status: 413,
    zh: '名册文件过大，最大 {detail}，请分批导入',
    en: 'The roster file is too large; the limit is {detail}; import it in parts',
  },
  ROSTER_UNPACKED_TOO_LARGE: {
    status: 413,
    zh: '名册解压后过大（单个部分最大 {detail}），请分批导入或另存为新文件',
    en: 'The roster is too large once unpacked (at most {detail} per part); import it in parts or save it as a new file',
  },
  ROSTER_TOO_MANY_COLUMNS: {
    status: 422,
    zh: '名册列数超过上限（{detail} 列），请使用模板',
    en: 'The roster has too many columns ({detail}); use the template',
  },
  ROSTER_CELL_TOO_LONG: {
    status: 422,
    zh: '名册单元格内容过长（{detail} 个字符）',
    en: 'A roster cell is too long ({detail} characters)',
  },
  // ADR 0004: an enterprise on record is enrolled only where its recorded region is held; the
  // answer is the same for any other region and names nothing of that record
  ENTERPRISE_NOT_ENROLLABLE: {
    status: 403,
    zh: '该统一社会信用代码对应的企业已有登记，不属于本部门管辖范围或本提升行动的地区，不能由此报名；请由企业所在地的市场监管部门推荐，或由企业登录后本人申请',
    en: "An enterprise with this credit code is already on record outside your jurisdiction or this campaign's region; it can be recommended only by the bureau of its own region, or apply itself once signed in",
  },
  BODY_REGION_OUTSIDE_JURISDICTION: {
    status: 403,
    zh: '认证机构所在地区 {detail} 不在本部门的管辖范围内',
    en: "The certification body's region {detail} is outside your bureau's jurisdiction",
  },
  INDUSTRY_UNKNOWN: {
    status: 400,
    zh: '认证行业类别须为 01–39：{detail}',
    en: 'The certification category must be 01–39: {detail}',
  },
  SIZE_INDUSTRY_UNKNOWN: {
    status: 400,
    zh: '规模划分行业不存在：{detail}',
    en: 'Unknown industry row of the size rule: {detail}',
  },
  NUMBER_INVALID: {
    status: 400,
    zh: '{field} 须为不小于 0 的数字：{detail}',
    en: '{field} must be a number ≥ 0: {detail}',
  },
  DATE_INVALID: { status: 400, zh: '{field} 日期格式应为 YYYY-MM-DD', en: '{field} must be a date YYYY-MM-DD' },
  // the audit filter: a range whose start is after its end is a mistake, not an empty answer
  AUDIT_PERIOD_REVERSED: {
    status: 400,
    zh: '开始日期不能晚于结束日期',
    en: 'The start date cannot be after the end date',
  },
  PHONE_INVALID: { status: 400, zh: '联系电话格式不正确', en: 'The contact phone number is invalid' },
  WILLINGNESS_REQUIRED: {
    status: 400,
    zh: '企业须确认自愿参加并投入必要资源',
    en: 'The enterprise must confirm it is willing and commits the resources needed',
  },
  DUPLICATE_APPLICATION: {
    status: 409,
    zh: '该企业（统一社会信用代码 {detail}）已在本提升行动中',
    en: 'This enterprise (credit code {detail}) is already in this campaign',
  },
  CAMPAIGN_BANDS_LOCKED: {
    status: 409,
    zh: '本提升行动已有评价组签字确认的验收评价（{detail} 项），评价等级分数段不能再修改（{field}）',
    en: 'The grade bands can no longer change: {detail} evaluation(s) of this campaign are signed off ({field})',
  },
  CAMPAIGN_REGION_NOT_IN_PARENT: {
    status: 400,
    zh: '下级提升行动的地区须在上级提升行动的地区之内（{detail}）',
    en: "A child campaign's region must lie inside its parent's ({detail})",
  },
  CAMPAIGN_REGION_OUTSIDE_JURISDICTION: {
    status: 400,
    zh: '提升行动的地区 {detail} 不在本部门的管辖范围内',
    en: "The campaign's region {detail} is outside your bureau's jurisdiction",
  },
  // ADR 0035: a child campaign's phases lie within its parent campaign's span
  PHASE_BEFORE_PARENT_START: {
    status: 400,
    zh: '下级提升行动的阶段不能早于上级提升行动开始（{detail}）',
    en: "A child campaign's phase cannot start before its parent campaign starts ({detail})",
  },
  PHASE_AFTER_PARENT_END: {
    status: 400,
    zh: '下级提升行动的阶段不能晚于上级提升行动结束（{detail}）',
    en: "A child campaign's phase cannot end after its parent campaign ends ({detail})",
  },
  PHASE_OUTSIDE_YEAR: {
    status: 400,
    zh: '阶段日期不在提升行动年度内：{detail}',
    en: 'The phase date is outside the campaign year: {detail}',
  },
  PHASE_DUPLICATE: { status: 400, zh: '阶段重复：{detail}', en: 'The phase appears twice: {detail}' },
  // 001 §四 phase order; 004 §三(三) report-due dates
  PHASE_BEFORE_DEPLOYMENT: {
    status: 400,
    zh: '{field}不得早于动员部署阶段的开始日期',
    en: '{field} cannot come before the deployment phase starts',
  },
  SUPERVISION_BEFORE_ASSISTANCE: {
    status: 400,
    zh: '督促指导须在帮扶实施阶段开始之后（{field}）',
    en: 'On-site supervision starts once the assistance phase has started ({field})',
  },
  MID_TERM_NEEDS_ASSISTANCE: {
    status: 400,
    zh: '中期评估须在帮扶实施阶段之内，请先设置帮扶实施阶段（{field}）',
    en: 'The mid-term evaluation falls inside the assistance phase; add the assistance phase first ({field})',
  },
  MID_TERM_OUTSIDE_ASSISTANCE: {
    status: 400,
    zh: '中期评估须在帮扶实施阶段之内（{field}）',
    en: 'The mid-term evaluation must fall inside the assistance phase ({field})',
  },
  SUMMARY_BEFORE_ASSISTANCE_ENDS: {
    status: 400,
    zh: '总结提升阶段须在帮扶实施阶段结束之后开始（{field}）',
    en: 'The summary phase starts once the assistance phase has ended ({field})',
  },
  REPORT_DUE_ONE_DATE: {
    status: 400,
    zh: '报送截止为一个日期，不设结束日期；多个截止日期请分别添加（{field}）',
    en: 'A report-due phase is one date with no end; add each due date separately ({field})',
  },
  QUOTA_REGION_OUTSIDE: {
    status: 400,
    zh: '名额只能分配给本地区的下级地区：{detail}',
    en: 'Quotas go to sub-regions of the campaign region only: {detail}',
  },
  NOT_ISSUING_BUREAU: {
    status: 403,
    zh: '只有发布该提升行动的监管部门可以修改',
    en: 'Only the bureau that issued this campaign may change it',
  },
  BODY_CRITERIA_UNMET: {
    status: 409,
    zh: '认证机构须满足全部遴选条件并附证据（未满足：{detail}）',
    en: 'The certification body must meet every criterion with evidence (unmet: {detail})',
  },
  ROSTER_FILE_INVALID: { status: 400, zh: '请上传 Excel（.xlsx）文件', en: 'Please upload an Excel (.xlsx) file' },
  ROSTER_HEADERS_MISSING: {
    status: 400,
    zh: '名册缺少列：{detail}（请使用模板）',
    en: 'The roster lacks columns: {detail} (use the template)',
  },
  NO_EXPERT_IN_CATEGORY: {
    status: 409,
    zh: '任何地区都没有该认证行业类别的帮扶专家',
    en: 'No assistance expert of this category in any region',
  },
  ONLY_CONFLICTED_EXPERTS: {
    status: 409,
    zh: '可选的帮扶专家均与该企业存在回避关系',
    en: 'Every expert who could assist this enterprise has a declared conflict with it',
  },
  EXPERTS_AT_CAPACITY: {
    status: 409,
    zh: '可选的帮扶专家均已满额（每人帮扶 1–2 家）',
    en: 'Every expert who could assist this enterprise is at capacity (1–2 each)',
  },
  EXPERTS_UNAVAILABLE: {
    status: 409,
    zh: '可选的帮扶专家在开始日期均不可用（休假或其他任务）',
    en: 'Every expert who could assist this enterprise is unavailable on the start date',
  },
  SPECIALTY_MISMATCH: {
    status: 422,
    zh: '专家的专业类别不含该企业的认证行业类别',
    en: 'The expert’s categories do not include the enterprise’s category',
  },
  DECLARED_CONFLICT: {
    status: 422,
    zh: '专家申报了与该企业的回避关系',
    en: 'The expert declared a conflict with this enterprise',
  },
  EXPERT_UNAVAILABLE: { status: 422, zh: '专家在开始日期不可用', en: 'The expert is unavailable on the start date' },
  CAPACITY_EXCEEDED: {
    status: 422,
    zh: '专家帮扶企业数将超过其上限',
    en: 'The expert would assist more enterprises than their capacity',
  },
  // preferences (seed 000 §一 尽量不跨地区): shown as warnings on a hand-made pair, never refused
  OUTSIDE_PROVINCE: {
    status: 422,
    zh: '专家与企业不在同一省份（跨省帮扶）',
    en: 'The expert and the enterprise are in different provinces',
  },
  OTHER_COUNTY: { status: 422, zh: '跨区县帮扶（同一地市）', en: 'Another county of the same city' },
  OTHER_CITY: { status: 422, zh: '跨地市帮扶（同一省份）', en: 'Another city of the same province' },
  ASSIGNMENT_OVERRIDE_REASON_REQUIRED: {
    status: 422,
    zh: '人工调整违反了硬性规则（{detail}），须填写理由',
    en: 'This pair breaks a hard rule ({detail}); a reason is required',
  },
  EXPERT_CAPACITY_REASON_REQUIRED: {
    status: 400,
    zh: '帮扶企业上限超过 2 家时须填写理由',
    en: 'A capacity above 2 enterprises needs a reason',
  },
  SUB_CODE_OUTSIDE_CATEGORIES: {
    status: 400,
    zh: '细分代码须属于所选专业类别：{detail}',
    en: 'A sub-code must belong to a chosen category: {detail}',
  },
  WORKING_GROUP_ONE_LEADER: {
    status: 400,
    zh: '工作组须有且仅有一名组长',
    en: 'A working group needs exactly one leader',
  },
  WORKING_GROUP_NEEDS_EXPERT: {
    status: 400,
    zh: '工作组至少须有一名帮扶专家',
    en: 'A working group needs at least one assistance expert',
  },
  WORKING_GROUP_DUPLICATE_MEMBER: {
    status: 400,
    zh: '同一人员在工作组中只能担任一个角色',
    en: 'A person can hold only one role in a working group',
  },
  WORKING_GROUP_MEMBER_ROLE: {
    status: 400,
    zh: '组长和管理人员须为本机构管理人员，帮扶专家须为本机构帮扶专家（{detail}）',
    en: 'Leaders and managers must be the body’s managers, experts its assistance experts ({detail})',
  },
  PROPOSAL_STALE: {
    status: 409,
    zh: '企业阶段已变化，方案已过期，请重新生成（{detail}）',
    en: 'An enterprise has moved on since the proposal was made; run it again ({detail})',
  },
  PROPOSAL_NOT_DRAFT: {
    status: 409,
    zh: '该分配方案已确认或已作废',
    en: 'This proposal is already confirmed or discarded',
  },
  PROPOSAL_EMPTY: { status: 409, zh: '分配方案中没有可确认的分配', en: 'The proposal has no pairs to confirm' },
  // on-site survey (003 §6.5, Annex A; 000 §二(2))
  SURVEY_TEMPLATE_DUPLICATE_KEY: {
    status: 400,
    zh: '调研模板中的编号重复：{detail}',
    en: 'The survey template repeats a key: {detail}',
  },
  SURVEY_TEMPLATE_ITEM_EMPTY: {
    status: 400,
    zh: '调研项目至少须有一项调研内容：{detail}',
    en: 'A survey item needs at least one sub-item: {detail}',
  },
  SURVEY_TEMPLATE_SUB_ITEM_KEY: {
    status: 400,
    zh: '调研内容的编号须以所属调研项目的编号开头（如 resources.1）：{detail}',
    en: "A sub-item key must start with its item's key (e.g. resources.1): {detail}",
  },
  SURVEY_TEMPLATE_MEASURE_UNIT: {
    status: 400,
    zh: '量化调研内容须有计量单位：{detail}',
    en: 'A measured sub-item needs a unit: {detail}',
  },
  SURVEY_TEMPLATE_ITEM_MISSING: {
    status: 400,
    zh: '调研模板须包含全部 9 个调研项目，缺少：{detail}',
    en: 'The survey template must hold all 9 survey items; missing: {detail}',
  },
  SURVEY_TEMPLATE_MISMATCH: {
    status: 409,
    zh: '调研记录所用模板与当前模板不一致（{detail}）',
    en: 'The survey was recorded on another template ({detail})',
  },
  SURVEY_SUB_ITEM_UNKNOWN: {
    status: 400,
    zh: '调研模板中没有该调研内容：{detail}',
    en: 'The survey template has no such sub-item: {detail}',
  },
  SURVEY_ITEM_UNKNOWN: {
    status: 400,
    zh: '调研模板中没有该调研项目：{detail}',
    en: 'The survey template has no such item: {detail}',
  },
  SURVEY_VALUE_NOT_MEASURE: {
    status: 400,
    zh: '该调研内容不是量化指标，不能填写数值：{detail}',
    en: 'This sub-item is not a measure and takes no value: {detail}',
  },
  SURVEY_MEASURE_INVALID: {
    status: 400,
    zh: '{field} 数值不正确：{detail}',
    en: '{field} has an invalid value: {detail}',
  },
  SURVEY_MEASURE_PERIOD_REQUIRED: {
    status: 400,
    zh: '填写了数值的指标须注明统计期间：{detail}',
    en: 'A measured value needs the period it covers: {detail}',
  },
  SURVEY_MEASURE_VALUE_OR_FINDING: {
    status: 400,
    zh: '量化指标须填写现状数值，无数据时请在调研发现中说明原因：{detail}',
    en: 'A measure needs its current value, or a finding saying why there is none: {detail}',
  },
  SURVEY_STATUS_REQUIRED: {
    status: 400,
    zh: '请对每项调研内容给出结论：{detail}',
    en: 'Every sub-item needs a conclusion: {detail}',
  },
  SURVEY_FINDING_REQUIRED: {
    status: 400,
    zh: '结论为“不符合”或“部分符合”时须填写调研发现：{detail}',
    en: 'A nonconforming or partly conforming sub-item needs a finding: {detail}',
  },
  SURVEY_METHOD_REQUIRED: { status: 400, zh: '请至少选择一种调研方法', en: 'Choose at least one survey method' },
  SURVEY_INTERVIEWEE_REQUIRED: {
    status: 400,
    zh: '请至少登记一名调研沟通对象',
    en: 'Record at least one person interviewed',
  },
  SURVEY_CHECK_REQUIRED: {
    status: 400,
    zh: '资质、失信名单和质量处罚曝光须核查并给出“符合”或“不符合”：{detail}',
    en: 'Qualifications, the dishonesty list and quality penalties must be checked as pass or fail: {detail}',
  },
  SURVEY_CHECK_CONTRADICTION: {
    status: 400,
    zh: '核查未通过，对应的合规调研内容不能为“符合”：{detail}',
    en: 'A check failed, so its compliance sub-item cannot be conforming: {detail}',
  },
  SURVEY_URGENT_PROBLEM_REQUIRED: {
    status: 400,
    zh: '请至少登记一项企业急需解决的问题',
    en: 'Record at least one problem the enterprise urgently needs to solve',
  },
  SURVEY_DRAFT_CONFLICT: {
    status: 409,
    zh: '离线草稿与服务器上的调研记录有 {detail} 处冲突，请逐项确认',
    en: 'The offline draft and the server copy conflict in {detail} places; resolve each',
  },
  // 认证提升方案 (003 §6.6–6.7, Annex C)
  PLAN_SECTION_REQUIRED: {
    status: 400,
    zh: '认证提升方案缺少内容：{detail}',
    en: 'The plan lacks a section: {detail}',
  },
  PLAN_INDICATOR_REQUIRED: {
    status: 400,
    zh: '认证提升方案至少须有一项提升指标',
    en: 'The plan needs at least one indicator',
  },
  PLAN_INDICATOR_DUPLICATE: {
    status: 400,
    zh: '提升指标编号重复：{detail}',
    en: 'Two indicators share a key: {detail}',
  },
  PLAN_INDICATOR_ITEM_UNKNOWN: {
    status: 400,
    zh: '提升指标须属于 9 个评价项目之一：{detail}',
    en: 'An indicator must belong to one of the 9 evaluation items: {detail}',
  },
  PLAN_INDICATOR_SUB_ITEM_MISMATCH: {
    status: 400,
    zh: '提升指标对应的调研内容不属于该评价项目：{detail}',
    en: "The indicator's sub-item is not part of its evaluation item: {detail}",
  },
  PLAN_INDICATOR_DIRECTION_MISMATCH: {
    status: 400,
    zh: '提升指标的改进方向与调研内容不一致：{detail}',
    en: "The indicator's direction differs from its sub-item's: {detail}",
  },
  PLAN_INDICATOR_TARGET_INVALID: {
    status: 400,
    zh: '{field} 提升目标须为有效数值：{detail}',
    en: '{field} target must be a valid number: {detail}',
  },
  PLAN_INDICATOR_BASELINE_INVALID: {
    status: 400,
    zh: '{field} 提升前数值须为有效数值：{detail}',
    en: '{field} baseline must be a valid number: {detail}',
  },
  INDICATOR_TARGET_NOT_IMPROVEMENT: {
    status: 400,
    zh: '提升目标须优于提升前数值（{detail}）',
    en: 'The target must improve on the baseline ({detail})',
  },
  PLAN_TRAINING_AUDIENCE_MISSING: {
    status: 400,
    zh: '分层培训须覆盖该培训对象：{detail}',
    en: 'The tiered training must cover this audience: {detail}',
  },
  PLAN_ILLEGAL_TRANSITION: {
    status: 409,
    zh: '方案当前状态“{detail}”不能执行该操作',
    en: 'This action is not allowed while the plan is "{detail}"',
  },
  // uploads (evidence photos, signed scans; ADR 0022); used by server/src/modules/files
  FILE_TYPE_NOT_ALLOWED: {
    status: 415,
    zh: '文件类型不允许，请上传图片或 PDF（{field}：{detail}）',
    en: 'This file type is not allowed; upload an image or a PDF ({field}: {detail})',
  },
  FILE_IMAGE_UNREADABLE: {
    status: 422,
    zh: '图片文件已损坏或结构无法识别，请重新导出后上传（{field}：{detail}）',
    en: 'The image is damaged or its structure cannot be read; export it again and upload it ({field}: {detail})',
  },
  FILE_TOO_LARGE: {
    status: 413,
    zh: '文件过大，最大 {detail}（{field}）',
    en: 'The file is too large; the limit is {detail} ({field})',
  },
  SURVEY_LOCKED: {
    status: 409,
    zh: '诊断已确认，现场调研不可再修改（{detail}）',
    en: 'The diagnosis is confirmed; the survey can no longer change ({detail})',
  },
  SURVEY_NOT_COMPLETED: { status: 409, zh: '请先完成现场调研（{detail}）', en: 'Complete the survey first ({detail})' },
  DIAGNOSIS_NOT_CURRENT: {
    status: 409,
    zh: '该诊断报告已被新版本替代，请查看最新报告',
    en: 'This diagnosis report was replaced; open the latest one',
  },
  DIAGNOSIS_DIGEST_MISMATCH: {
    status: 409,
    zh: '报告内容与您查看的版本不一致，请刷新后再确认',
    en: 'The report differs from the version you saw; reload before confirming',
  },
  DIAGNOSIS_SCAN_REQUIRED: {
    status: 400,
    zh: '请上传签字盖章的确认表扫描件',
    en: 'Upload the signed and sealed confirmation scan',
  },
  DIAGNOSIS_NOT_CONFIRMED: {
    status: 409,
    zh: '企业尚未确认质量诊断报告（附录 B.1）',
    en: 'The enterprise has not confirmed the diagnosis report (Annex B.1)',
  },
  PLAN_NOT_ACCEPTED: {
    status: 409,
    zh: '企业尚未接受认证提升方案',
    en: 'The enterprise has not accepted the improvement plan',
  },
  PLAN_LOCKED: {
    status: 409,
    zh: '方案当前状态（{detail}）不可修改；已接受的方案须先提出调整并说明理由',
    en: 'The plan cannot be edited in its state ({detail}); an accepted plan needs an amendment with a reason',
  },
  VERSION_CONFLICT: {
    status: 409,
    zh: '数据已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and retry',
  },
  ACCOUNT_DUPLICATE: {
    status: 409,
    zh: '已有其他账号使用相同的登录名、手机号或邮箱（{field}）',
    en: 'Another account already uses this user name, mobile or email ({field})',
  },
  GRANT_NOT_ALLOWED: {
    status: 403,
    zh: '您不能在该单位授予此角色：只能管理本单位及下一级（{field}）',
    en: 'You may not grant this role in this organization: only your own and the level below ({field})',
  },
  ORGANIZATION_NOT_ALLOWED: {
    status: 403,
    zh: '您不能创建该单位：只能创建下一级单位或本辖区内的机构（{field}）',
    en: 'You may not create this organization: only the level below or within your jurisdiction ({field})',
  },
  ORGANIZATION_DUPLICATE: {
    status: 409,
    zh: '已有同名或同批准号的单位（{field}）',
    en: 'An organization with this name or approval number exists ({field})',
  },
  ACCOUNT_ALREADY_ACTIVE: {
    status: 409,
    zh: '该账号已激活，无需再发激活链接；如忘记密码请联系安全管理员重置',
    en: 'The account is already active; ask the security administrator for a password reset instead',
  },
  ACCOUNT_DISABLED: {
    status: 409,
    zh: '该账号已停用，请先重新启用',
    en: 'The account is disabled; re-enable it first',
  },
  INVITATION_INVALID: {
    status: 400,
    zh: '链接无效，请核对链接或联系管理员重新发送',
    en: 'The link is not valid; check it or ask your administrator for a new one',
  },
  INVITATION_EXPIRED: {
    status: 410,
    zh: '链接已过期，请联系管理员重新发送',
    en: 'The link has expired; ask your administrator for a new one',
  },
  INVITATION_USED: {
    status: 410,
    zh: '链接已使用过，请直接登录；如需重置请联系管理员重新发送',
    en: 'The link has already been used; sign in, or ask your administrator for a new one',
  },
  ENTERPRISE_NOT_SELECTED: {
    status: 409,
    zh: '企业确定入选后方可开通企业账号',
    en: 'An enterprise account is opened once the enterprise is selected',
  },
  OPERATION_BEFORE_PLAN: {
    status: 400,
    zh: '体系开始运行日期不能早于方案被接受的日期 {detail}（{field}）',
    en: 'QMS operation cannot start before the plan was accepted on {detail} ({field})',
  },
  OPERATION_START_RECORD_REQUIRED: {
    status: 409,
    zh: '体系开始运行须通过“记录体系开始运行”登记日期，不能直接变更阶段（{field}）',
    en: 'QMS operation starts by recording its start date ("Record operation start"), not by a bare stage change ({field})',
  },
  RECORD_BEFORE_OPERATION: {
    status: 400,
    zh: '记录日期不能早于体系开始运行日期 {detail}（{field}）',
    en: 'The record cannot be dated before operation started on {detail} ({field})',
  },
  CONTROL_POINT_NOT_IN_PLAN: {
    status: 400,
    zh: '所选关键控制点不在已接受的方案中（{field}）',
    en: 'That key control point is not in the accepted plan ({field})',
  },
  TEAM_LEADER_DELEGATION_REASON: {
    status: 400,
    zh: '组长不是企业最高管理者时，须写明授权情况（{field}）',
    en: 'A leader who is not the top manager needs the authorisation recorded ({field})',
  },
  TEAM_MEMBERS_REQUIRED: {
    status: 400,
    zh: '工作小组至少要有一名组员（{field}）',
    en: 'The improvement team needs at least one member ({field})',
  },
  TEAM_MEMBER_DUPLICATE: {
    status: 400,
    zh: '组员 {detail} 重复登记（{field}）',
    en: 'Member {detail} is listed twice ({field})',
  },
  TEAM_REQUIRED: {
    status: 409,
    zh: '请先登记认证提升工作小组',
    en: 'Record the improvement team first',
  },
  IMPLEMENTATION_LOCKED: {
    status: 409,
    zh: '当前阶段不能登记此项实施记录',
    en: 'This implementation record cannot be made at the current stage',
  },
  ISSUE_ALREADY_RESOLVED: {
    status: 409,
    zh: '该问题已处理完毕',
    en: 'This issue is already resolved',
  },
  PLAN_AMENDMENT_UNKNOWN: {
    status: 400,
    zh: '方案中没有这一调整版本（{field}）',
    en: 'The plan has no such amended version ({field})',
  },
  // training (001 annex 一、1; 003 §6.7.2.2); used by server/src/modules/training
  TRAINING_DURATION_INVALID: {
    status: 400,
    zh: '培训时长须大于 0 小时（{field}：{detail}）',
    en: 'The training duration must be more than 0 hours ({field}: {detail})',
  },
  TRAINING_DELIVERY_MISMATCH: {
    status: 400,
    zh: '培训方式与培训类型不符（{field}）',
    en: 'The delivery does not fit the kind of training ({field})',
  },
  TRAINING_NOT_ENROLLED: {
    status: 409,
    zh: '该企业未报名此次培训（{field}）',
    en: 'The enterprise is not enrolled in this session ({field})',
  },
  TRAINING_ENTERPRISE_OUTSIDE_CAMPAIGN: {
    status: 400,
    zh: '该企业不属于此次培训所在的提升活动或地区（{field}）',
    en: "The enterprise is not in this session's campaign or region ({field})",
  },
  TRAINING_IMPORT_ROWS_INVALID: {
    status: 422,
    zh: '签到表有 {detail} 行不符合要求，未导入任何记录；请下载错误清单修改后重新上传',
    en: 'The sign-in sheet has {detail} invalid rows; nothing was imported. Download the error list, fix it and upload again',
  },
  STATISTICS_PERIOD_INVALID: {
    status: 400,
    zh: '统计期间的起始日期 {field} 不能晚于截止日期',
    en: 'The period’s start {field} must not be after its end',
  },
  POLICY_AMOUNT_INVALID: {
    status: 400,
    zh: '{field} 应为不小于 0 的金额（万元，最多 4 位小数）',
    en: '{field} must be an amount of at least 0 (10,000 yuan, at most 4 decimals)',
  },
  POLICY_DATE_IN_FUTURE: {
    status: 400,
    zh: '{field} 不能晚于今天',
    en: '{field} must not be later than today',
  },
  POLICY_NOT_OWN_REGION: {
    status: 403,
    zh: '只能修改本单位所辖地区登记的政策措施',
    en: 'Only the measures of your own region can be changed',
  },
  CASE_STAGE: {
    status: 409,
    zh: '企业完成验收评价后方可编写优良案例（当前阶段：{detail}）',
    en: 'An excellent case is written once the enterprise has been evaluated (current stage: {detail})',
  },
  CASE_TOO_LONG: {
    status: 422,
    zh: '案例正文超过 2000 字（{field}：{detail}），可保存为草稿，删减后方可提交',
    en: 'The case body is over 2,000 characters ({field}: {detail}); it may be saved as a draft, not submitted',
  },
  CASE_INCOMPLETE: {
    status: 422,
    zh: '案例尚不完整，不能提交（{field}：{detail}）',
    en: 'The case is incomplete and cannot be submitted ({field}: {detail})',
  },
  CASE_STATE: {
    status: 409,
    zh: '案例当前状态（{detail}）不能进行此项操作',
    en: 'This is not possible for a case in its current state ({detail})',
  },
  CASE_NOT_AT_YOUR_LEVEL: {
    status: 409,
    zh: '案例目前在{detail}审核，本级不能操作',
    en: 'The case is with {detail}; your level cannot act on it now',
  },
  CASE_NO_REVIEWER: {
    status: 409,
    zh: '企业所在地区（{detail}）没有可审核案例的市场监管部门',
    en: "No bureau over the enterprise's region ({detail}) can review the case",
  },
  CASE_TOP_LEVEL: {
    status: 409,
    zh: '案例已在最高一级（{detail}）入选，无需再向上推荐',
    en: 'The case is selected at the top level ({detail}); there is nowhere to recommend it',
  },
  CASE_NOT_PUBLISHED: {
    status: 409,
    zh: '该优良案例未在案例库中发布，无需撤回（{field}）',
    en: 'The case is not published in the library, there is nothing to withdraw ({field})',
  },
  CASE_NOT_YOUR_PUBLICATION: {
    status: 403,
    zh: '该优良案例由{detail}市场监管部门发布，只有发布单位可以撤回发布',
    en: 'The case was published by the bureau of {detail}; only the publishing bureau may withdraw it',
  },
  CASE_ALREADY_PUBLISHED: {
    status: 409,
    zh: '案例已发布到案例库',
    en: 'The case is already published in the library',
  },
  CASE_TITLE_REQUIRED: {
    status: 422,
    zh: '请为案例自拟标题（{field}）',
    en: 'The case needs a title of its own ({field})',
  },
  CASE_TITLE_TOO_LONG: {
    status: 422,
    zh: '案例标题过长（{field}：{detail}）',
    en: 'The case title is too long ({field}: {detail})',
  },
  CASE_PART_REQUIRED: {
    status: 422,
    zh: '案例正文的“{detail}”部分尚未填写',
    en: 'The part “{detail}” of the case is empty',
  },
  CASE_DRAFTING_UNITS: {
    status: 422,
    zh: '请列出编制该案例的 1—3 家主要起草单位（{field}：现有 {detail} 家）',
    en: 'List 1–3 drafting units of the case ({field}: {detail} given)',
  },
  CASE_DRAFTING_UNIT_DUPLICATE: {
    status: 422,
    zh: '主要起草单位重复（{field}）',
    en: 'A drafting unit is listed twice ({field})',
  },
  CASE_FIGURE_TYPE: {
    status: 415,
    zh: '案例插图须为 JPEG 或 PNG 图片，Word 文档会将其嵌入（{field}：{detail}）',
    en: 'A case figure must be a JPEG or PNG image, which the Word document embeds ({field}: {detail})',
  },
  CASE_SHARE_OFF_TARGET: {
    status: 422,
    zh: '“{detail}”的篇幅与建议比例相差较大（仅为提示，不影响提交）',
    en: 'The share of “{detail}” is far from its target (advice only; submission is not blocked)',
  },
  // the QMS document register (体系建设)
  QMS_DOCUMENTS_LOCKED: {
    status: 409,
    zh: '当前阶段不能修改体系文件清单（{detail}）',
    en: 'The QMS document register cannot be changed at this stage ({detail})',
  },
  QMS_DOCUMENT_NUMBER_TAKEN: {
    status: 409,
    zh: '文件编号 {detail} 已在清单中使用（{field}）',
    en: 'Document number {detail} is already used in the register ({field})',
  },
  QMS_PARENT_LEVEL: {
    status: 422,
    zh: '上级文件的层级必须高于本文件（{field}）',
    en: 'The parent document must be of a higher level ({field})',
  },
  QMS_CLAUSE_UNKNOWN: {
    status: 422,
    zh: '{detail} 不是 GB/T 19001-2016 的条款（{field}）',
    en: '{detail} is not a GB/T 19001-2016 clause ({field})',
  },
  QMS_ITEM_UNKNOWN: {
    status: 422,
    zh: '{detail} 不是强制性成文信息项目（{field}）',
    en: '{detail} is not a mandatory documented-information item ({field})',
  },
  QMS_RECORD_ITEM_NEEDS_FORM: {
    status: 422,
    zh: '需保留的记录 {detail} 只能由表单或记录类文件承载（{field}）',
    en: 'The record to retain {detail} can only be kept on a form or record ({field})',
  },
  QMS_REVISION_FORMAT: {
    status: 400,
    zh: '版本号应写作“A/0”格式（{field}）',
    en: 'The version must be written like "A/0" ({field})',
  },
  QMS_REVISION_NOT_NEWER: {
    status: 422,
    zh: '新版本须晚于已有版本 {detail}（{field}）',
    en: 'The new version must come after version {detail} ({field})',
  },
  QMS_REVISION_PENDING: {
    status: 409,
    zh: '只有现行有效的文件才能换版（{field}）',
    en: 'Only a document in force can be revised ({field})',
  },
  QMS_NOT_DRAFT: {
    status: 409,
    zh: '只有草稿状态的文件可以修改（{field}）',
    en: 'Only a draft can be edited ({field})',
  },
  QMS_STATUS_TRANSITION: {
    status: 409,
    zh: '文件状态不能这样变更（{field}）',
    en: 'The document status cannot change this way ({field})',
  },
  QMS_APPROVER_IS_AUTHOR: {
    status: 422,
    zh: '批准人不能是文件编制人本人（{field}）',
    en: 'The approver cannot be the author ({field})',
  },
  QMS_CLAUSE_NOT_EXCLUDABLE: {
    status: 422,
    zh: '条款 {detail} 不能声明为不适用（{field}）',
    en: 'Clause {detail} cannot be declared not applicable ({field})',
  },
  QMS_NA_ALREADY_RECORDED: {
    status: 409,
    zh: '条款 {detail} 已记录为不适用（{field}）',
    en: 'Clause {detail} is already recorded as not applicable ({field})',
  },
  // staged reports (报送)
  REPORT_ALREADY_SUBMITTED: {
    status: 409,
    zh: '该阶段报告已报送，报送的版本不能修改；如需修改请等待上级退回（{field}）',
    en: 'The stage report is submitted and its version cannot change; it can be revised once returned ({field})',
  },
  REPORT_NOT_SUBMITTED: {
    status: 409,
    zh: '该阶段报告尚未报送或已退回，不能退回（{field}）',
    en: 'The stage report is not submitted (or already returned), so it cannot be returned ({field})',
  },
  REPORT_RETURN_REASON_REQUIRED: {
    status: 422,
    zh: '退回修改须填写{field}',
    en: 'A return for revision needs a {field}',
  },
  REPORT_TEXT_REQUIRED: {
    status: 422,
    zh: '请填写阶段报告的{field}后再报送',
    en: 'Write the stage report’s {field} before submitting it',
  },
  REPORT_TEXT_TOO_LONG: {
    status: 422,
    zh: '{field}过长（{detail} 字）',
    en: '{field} is too long ({detail} characters)',
  },
  REPORT_ATTACHMENTS_TOO_MANY: {
    status: 422,
    zh: '每份阶段报告最多 {detail} 个附件（{field}）',
    en: 'A stage report holds at most {detail} attachments ({field})',
  },
  REPORT_NOT_REPORTER: {
    status: 403,
    zh: '本单位在该提升行动中无需向上级报送阶段报告',
    en: 'Your bureau does not report to a level above in this campaign',
  },
  REPORT_NOT_RECEIVER: {
    status: 403,
    zh: '只有接收报送的上一级市场监管部门可以退回该报告',
    en: 'Only the bureau the report is submitted to can return it',
  },
  REPORT_DEADLINE_UNKNOWN: {
    status: 404,
    zh: '该提升行动没有 {detail} 的报送期限',
    en: 'The campaign has no report deadline on {detail}',
  },
  // ---- self-evaluation (002 Annex 2) ----
  SELF_EVALUATION_INSIGHTS_TOO_LONG: {
    status: 422,
    zh: '{field}超过 500 字（{detail}），请删减后再下载',
    en: '{field} is over 500 characters ({detail}); shorten it before downloading',
  },
  SELF_EVALUATION_SECTION_TOO_LONG: {
    status: 422,
    zh: '{field}过长（{detail}）',
    en: '{field} is too long ({detail})',
  },
  INTERNAL_ERROR: { status: 500, zh: '系统内部错误，请稍后再试', en: 'Internal error; please retry later' },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERROR_CODES;

export type Locale = 'zh-CN' | 'en-US';

export function errorMessage(
  code: ErrorCode,
  locale: Locale,
  params: { field?: string; detail?: string } = {},
): string {
  const def = ERROR_CODES[code];
  const template = locale === 'en-US' ? def.en : def.zh;
  // replacer functions: a value containing `$&` or `$$` is inserted as written
  return template.replace('{field}', () => params.field ?? '').replace('{detail}', () => params.detail ?? '');
}
