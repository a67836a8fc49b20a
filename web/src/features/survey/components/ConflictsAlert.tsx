/**
 * What the server's merge could not decide (an offline draft and the server copy both changed the
 * same sub-item, check or section): the server's value was kept; each row shows both and lets
 * the user re-apply this device's value or keep the server's.
 */
import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyTemplate } from '../../../../../domain/survey/annex-a-template.js';
import type { SurveyConflict } from '../../../../../contracts/survey';
import { useLanguage } from '../../../lib/use-language';
import { conflictLabel, conflictValueText } from './conflict-text';

interface Props {
  template: SurveyTemplate;
  conflicts: ReadonlyArray<SurveyConflict>;
  onUseLocal: (index: number) => void;
  onKeepServer: (index: number) => void;
}

export function ConflictsAlert({ template, conflicts, onUseLocal, onKeepServer }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (conflicts.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="survey-conflicts"
      title={t('survey.conflictsTitle', { count: conflicts.length })}
      description={
        <Flex vertical gap={10} style={{ marginTop: 4 }}>
          <Typography.Text type="secondary">{t('survey.conflictsHint')}</Typography.Text>
          {conflicts.map((c, i) => (
            <Flex
              key={`${c.path}-${i}`}
              vertical
              gap={2}
              data-testid={`survey-conflict-${i}`}
              data-path={c.path}
              style={{ borderTop: '1px solid #ffe58f', paddingTop: 6 }}
            >
              <Typography.Text strong>{conflictLabel(template, c.path, lang, t)}</Typography.Text>
              <Typography.Text>
                <Typography.Text type="secondary">{t('survey.conflictServer')}</Typography.Text>
                <span data-testid={`survey-conflict-${i}-server`}>
                  {conflictValueText(template, c.path, c.server, lang, t)}
                </span>
              </Typography.Text>
              <Typography.Text>
                <Typography.Text type="secondary">{t('survey.conflictLocal')}</Typography.Text>
                <span data-testid={`survey-conflict-${i}-local`}>
                  {conflictValueText(template, c.path, c.local, lang, t)}
                </span>
              </Typography.Text>
              <Flex gap={8} wrap>
                <Button
                  size="small"
                  type="primary"
                  onClick={() => onUseLocal(i)}
                  data-testid={`survey-conflict-${i}-use-local`}
                >
                  {t('survey.useLocal')}
                </Button>
                <Button size="small" onClick={() => onKeepServer(i)} data-testid={`survey-conflict-${i}-keep-server`}>
                  {t('survey.keepServer')}
                </Button>
              </Flex>
            </Flex>
          ))}
        </Flex>
      }
    />
  );
}
