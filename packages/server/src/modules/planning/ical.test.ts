import { describe, expect, it } from 'vitest';
import { buildIcal, escapeText } from './ical';

/** A small RFC 5545 reader: checks line length and CRLF, unfolds, and returns components with their properties. */
function parse(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  const raw = text.slice(0, -2).split('\r\n');
  for (const l of raw) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
  const lines: string[] = [];
  for (const l of raw) {
    if (l.startsWith(' ')) lines[lines.length - 1] += l.slice(1);
    else lines.push(l);
  }
  const stack: { name: string; props: Record<string, string>; children: unknown[] }[] = [];
  let root: (typeof stack)[number] | undefined;
  for (const l of lines) {
    const colon = l.indexOf(':');
    const [name, value] = [l.slice(0, colon), l.slice(colon + 1)];
    if (name === 'BEGIN') {
      const c = { name: value, props: {}, children: [] };
      stack.at(-1)?.children.push(c);
      stack.push(c);
    } else if (name === 'END') {
      const c = stack.pop()!;
      expect(c.name).toBe(value);
      if (stack.length === 0) root = c;
    } else stack.at(-1)!.props[name] = value;
  }
  expect(stack).toHaveLength(0);
  return root!;
}

describe('iCalendar feed', () => {
  it('is valid RFC 5545: folded CRLF lines, escaped text, required properties per event', () => {
    const long = '上海精密机床销售服务有限公司，第二分公司；含逗号与分号\\和换行\n第二行'.repeat(2);
    const ics = buildIcal('李明 拜访计划', [
      { id: 'v1', date: '2026-11-23', startMin: 510, durationMin: 90, summary: `拜访 ${long}`, location: '沈阳市, 铁西区', description: 'x' },
      { id: 'v2', date: '2026-12-31', startMin: null, durationMin: 45, summary: 'all day', location: null, description: 'y' },
    ], new Date('2026-11-20T02:00:00Z'));
    const cal = parse(ics);
    expect(cal.name).toBe('VCALENDAR');
    expect(cal.props).toMatchObject({ VERSION: '2.0', PRODID: expect.any(String) });
    const events = cal.children as { name: string; props: Record<string, string> }[];
    expect(events.map((e) => e.props.UID)).toEqual(['v1@qudao', 'v2@qudao']);
    expect(events[0]!.props).toMatchObject({ DTSTART: '20261123T083000', DURATION: 'PT90M', DTSTAMP: '20261120T020000Z', LOCATION: '沈阳市\\, 铁西区' });
    expect(events[0]!.props.SUMMARY).toBe(escapeText(`拜访 ${long}`));
    expect(events[1]!.props).toMatchObject({ 'DTSTART;VALUE=DATE': '20261231', 'DTEND;VALUE=DATE': '20270101' });
  });
});
