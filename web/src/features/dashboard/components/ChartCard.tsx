/**
 * A dashboard chart in a card: the chart (a click on a figure opens the records behind it), its data as an accessible
 * table ("查看数据", every row a link to the same records), and the figures as a CSV for Excel (labels from the
 * catalogs, never a code or field name).
 */
import { useState } from 'react';
import { Button, Card, Empty, Space, Table } from 'antd';
import { DownloadOutlined, TableOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DashboardDrill } from '../../../../../contracts/dashboard';
import { drillPath } from '../api/dashboard';
import { EChart, type ChartOption } from './EChart';

export interface ChartRow {
  label: string;
  /** The figures in the order of `columns`. */
  values: Array<number | null>;
  /** The records behind the row; none for a row that sums several (其他). */
  drill?: DashboardDrill;
}

interface Props {
  id: string;
  title: string;
  /** The name of the label column and of each value column. */
  labelColumn: string;
  columns: string[];
  rows: ChartRow[];
  option: ChartOption;
  height?: number;
  /** The chart's category axis, when it has a grid (see EChart). */
  categoryAxis?: 'x' | 'y';
}

/** A CSV cell: quoted when it holds a comma, quote or line break. */
const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function ChartCard({ id, title, labelColumn, columns, rows, option, height = 280, categoryAxis }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [showTable, setShowTable] = useState(false);

  const exportCsv = () => {
    const lines = [
      [labelColumn, ...columns],
      ...rows.map((r) => [r.label, ...r.values.map((v) => (v ?? '').toString())]),
    ];
    // a byte-order mark so Excel reads the Chinese labels as UTF-8
    const text = `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${title}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <Card
      title={title}
      size="small"
      data-testid={`dashboard-${id}`}
      extra={
        <Space size={4} wrap>
          <Button
            size="small"
            icon={<TableOutlined />}
            aria-pressed={showTable}
            onClick={() => setShowTable((v) => !v)}
            data-testid={`dashboard-${id}-table-toggle`}
          >
            {showTable ? t('dashboard.showChart') : t('dashboard.showData')}
          </Button>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            onClick={exportCsv}
            disabled={rows.length === 0}
            aria-label={t('dashboard.exportOf', { title })}
            data-testid={`dashboard-${id}-export`}
          >
            {t('dashboard.export')}
          </Button>
        </Space>
      }
    >
      {rows.length === 0 ? (
        <Empty description={t('dashboard.noData')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : showTable ? (
        <Table
          size="small"
          rowKey="label"
          pagination={false}
          scroll={{ x: true }}
          dataSource={rows}
          data-testid={`dashboard-${id}-table`}
          columns={[
            {
              title: labelColumn,
              dataIndex: 'label',
              render: (label: string, row: ChartRow) =>
                row.drill ? <Link to={drillPath(row.drill)}>{label}</Link> : label,
            },
            ...columns.map((name, i) => ({
              title: name,
              key: name,
              align: 'right' as const,
              render: (_: unknown, row: ChartRow) => row.values[i] ?? '—',
            })),
          ]}
        />
      ) : (
        <EChart
          option={option}
          height={height}
          ariaLabel={t('dashboard.chartAria', { title })}
          testId={`dashboard-${id}-chart`}
          {...(categoryAxis ? { categoryAxis } : {})}
          onClick={(index) => {
            const drill = rows[index]?.drill;
            if (drill) void navigate(drillPath(drill));
          }}
        />
      )}
    </Card>
  );
}
