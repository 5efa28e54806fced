import type { CSSProperties } from 'react';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanDetailWithSettings } from '@qudao/contract';
import { calendarGrid, hhmm, weekdayColours } from './plan-view';

const classColour: Record<string, string> = { A: 'red', B: 'orange', C: 'default' };

/**
 * Weeks × working weekdays: each cell lists the day's accounts in route order with their time slot, so the
 * fixed day and fixed time of every account can be read off. Scrolls sideways on a phone.
 */
export function PlanCalendar({ plan }: { plan: PlanDetailWithSettings }) {
  const { t } = useTranslation('planning');
  const names = t('weekdays').split(',');
  const { weekdays, weeks } = calendarGrid(plan);
  const cell: CSSProperties = { border: '1px solid #f0f0f0', padding: 4, verticalAlign: 'top', minWidth: 150, fontSize: 12 };
  return (
    <div style={{ overflowX: 'auto', maxHeight: 520, overflowY: 'auto' }} data-testid="plan-calendar">
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={{ ...cell, minWidth: 56 }} />
            {weekdays.map((wd) => (
              <th key={wd} style={{ ...cell, borderTop: `3px solid ${weekdayColours[wd]}` }}>{names[wd]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((row, w) => (
            <tr key={w}>
              <th style={{ ...cell, minWidth: 56 }}>{t('week', { n: w + 1 })}</th>
              {row.map((c) => (
                <td key={c.date} style={cell} data-testid="plan-calendar-day" data-date={c.date}>
                  <Typography.Text type="secondary" style={{ fontSize: 11 }}>{c.date.slice(5)}</Typography.Text>
                  {c.stops.length === 0 && <div>{t('noVisits')}</div>}
                  {c.stops.map((s) => (
                    <div key={s.seq} data-testid="plan-calendar-stop">
                      <Typography.Text type="secondary">{hhmm(s.startMin)}</Typography.Text> {s.name}{' '}
                      {s.valueClass && <Tag color={classColour[s.valueClass]} style={{ fontSize: 10, lineHeight: '14px', padding: '0 3px' }}>{s.valueClass}</Tag>}
                    </div>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
