/**
 * One ECharts chart from `echarts/core` with only the charts and components the dashboard draws (the bundle stays
 * small); a click on a bar, segment or point reports its data index.
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

interface Props {
  option: ChartOption;
  height: number;
  onClick?: (dataIndex: number) => void;
  /**
   * The category axis of a chart with a grid: a click anywhere in a category's band (beside a short bar, between a
   * line's points) opens it. Without it (a pie) only a click on a segment does.
   */
  categoryAxis?: 'x' | 'y';
  ariaLabel: string;
  testId?: string;
}

export function EChart({ option, height, onClick, categoryAxis, ariaLabel, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current);
    chart.current = instance;
    if (categoryAxis) {
      instance.getZr().on('click', (e) => {
        const point = [e.offsetX, e.offsetY];
        if (!instance.containPixel('grid', point)) return;
        const [x, y] = instance.convertFromPixel('grid', point) as [number, number];
        const index = Math.round(categoryAxis === 'x' ? x : y);
        if (Number.isFinite(index) && index >= 0) clickRef.current?.(index);
      });
    } else instance.on('click', (p) => clickRef.current?.(p.dataIndex));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [categoryAxis]);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <div ref={ref} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height }} />;
}
