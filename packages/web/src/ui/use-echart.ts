import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, CanvasRenderer]);

/** What a click on a chart item reports: the category index and the series name. */
export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
}

/** How a new `option` is applied. */
export interface EChartSettings {
  /**
   * Merge a new option into the current one instead of replacing it. Merging keeps what the user did
   * on the chart (legend entries switched off) and animates bars from their old values; use it only
   * when every option has the same series, since merging never removes one.
   */
  merge?: boolean;
}

/**
 * One ECharts instance on the returned element ref: created once, resized with its box, disposed on
 * unmount, given `option` (replacing the previous one, or merged into it with `merge`) whenever it
 * changes, and calling `onClick` for a clicked bar or point. The element must be rendered from the
 * first render on (hide it rather than leave it out). Pass a memoised `option`: each new object is
 * applied again. Bars and lines are registered; other chart types need their own `echarts.use`.
 */
export function useEChart(option: echarts.EChartsCoreOption, onClick?: (e: ChartClick) => void, settings: EChartSettings = {}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  const merge = settings.merge ?? false;
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const c = echarts.init(el);
    chart.current = c;
    c.on('click', (e) => click.current?.({ dataIndex: e.dataIndex, seriesIndex: e.seriesIndex ?? 0 }));
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, !merge);
  }, [option, merge]);
  return ref;
}
