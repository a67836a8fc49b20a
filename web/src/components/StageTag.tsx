/** A participation stage as a coloured tag with its localized name. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAIN_PATH, type Stage } from '../../../domain/lifecycle/stages.js';

const COLORS: Partial<Record<Stage, string>> = {
  applied: 'default',
  screened: 'cyan',
  selected: 'blue',
  rejected: 'red',
  withdrawn: 'volcano',
  evaluated: 'purple',
  certified: 'gold',
  closed: 'green',
};

export function stageColor(stage: string): string {
  return COLORS[stage as Stage] ?? ((MAIN_PATH as ReadonlyArray<string>).includes(stage) ? 'geekblue' : 'default');
}

export function StageTag({ stage, testId }: { stage: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={stageColor(stage)} data-testid={testId} data-stage={stage} style={{ marginInlineEnd: 0 }}>
      {t(`stage.${stage}`)}
    </Tag>
  );
}
