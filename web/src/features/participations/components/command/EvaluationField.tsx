/** "evaluate": one "target met" box per Table 1 item; score (10 × met) and grade shown live. */
import { Checkbox, Flex, Form, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  EVALUATION_ITEMS,
  MAX_EVALUATION_SCORE,
  gradeFor,
  totalScore,
} from '../../../../../../domain/evaluation/grade.js';
import { normalizeTargets } from './command-values';

const GRADE_COLORS: Record<string, string> = { excellent: 'gold', good: 'green', pass: 'blue', fail: 'red' };

export function EvaluationField() {
  const { t } = useTranslation();
  const watched: Array<boolean | undefined> | undefined = Form.useWatch('targetsMet');
  const score = totalScore(normalizeTargets(watched));
  const grade = gradeFor(score);

  return (
    <>
      <Typography.Text type="secondary">
        {t('dialog.item')} · {t('dialog.targetMet')}
      </Typography.Text>
      <Flex vertical style={{ margin: '8px 0 12px' }}>
        {EVALUATION_ITEMS.map((item, i) => (
          <Form.Item
            key={item}
            name={['targetsMet', i]}
            valuePropName="checked"
            initialValue={false}
            style={{ marginBottom: 4 }}
          >
            <Checkbox data-testid={`evaluation-item-${item}`}>
              {i + 1}. {t(`evaluationItem.${item}`)}
            </Checkbox>
          </Form.Item>
        ))}
      </Flex>
      <Flex align="center" gap={16} wrap data-testid="evaluation-result" data-score={score} data-grade={grade}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t('dialog.score', { score, max: MAX_EVALUATION_SCORE })}
        </Typography.Text>
        <Tag color={GRADE_COLORS[grade]} style={{ fontSize: 14, padding: '2px 10px' }}>
          {t('dialog.grade', { grade: t(`grade.${grade}`) })}
        </Tag>
      </Flex>
    </>
  );
}
