/**
 * Live hints while a new password is typed: each rule of the password policy (R02, domain/access/password-policy)
 * shown as met or not. The server checks the same rules (and the history) again.
 */
import { Flex, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { passwordProblems } from '../../../domain/access/password-policy';

const RULES = ['length', 'classes', 'personal', 'common'] as const;
type Rule = (typeof RULES)[number];

function failedRules(password: string, username?: string, phone?: string | null): Set<Rule> {
  const failed = new Set<Rule>();
  for (const problem of passwordProblems(password, { username, phone })) {
    if (problem === 'too_short' || problem === 'too_long') failed.add('length');
    else if (problem === 'too_few_classes') failed.add('classes');
    else if (problem === 'contains_username' || problem === 'contains_phone') failed.add('personal');
    else failed.add('common');
  }
  return failed;
}

export function passwordMeetsPolicy(password: string, username?: string, phone?: string | null): boolean {
  return failedRules(password, username, phone).size === 0;
}

export function PasswordHints({
  password,
  username,
  phone,
}: {
  password: string;
  username?: string;
  phone?: string | null;
}) {
  const { t } = useTranslation();
  const failed = failedRules(password, username, phone);
  return (
    <Flex vertical gap={2} data-testid="password-hints" data-ok={String(password.length > 0 && failed.size === 0)}>
      {RULES.map((rule) => {
        const met = password.length > 0 && !failed.has(rule);
        return (
          <Typography.Text
            key={rule}
            type={met ? 'success' : 'secondary'}
            data-testid={`password-rule-${rule}`}
            data-met={String(met)}
          >
            {met ? <CheckCircleFilled /> : <CloseCircleOutlined />} {t(`passwordRule.${rule}`)}
          </Typography.Text>
        );
      })}
    </Flex>
  );
}
