import { Link } from 'react-router';
import { dateLabel, monthLabel, plural } from '../../lib/format.ts';
import { calendarMonths } from './alert-view.ts';

const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

type Entry = { engagement: string; engagementName: string; endDate: string; daysLeft: number; link: string };

/** The months from today's with each engagement on the day it ends; today is outlined. */
export function RenewalCalendar({ today, entries }: { today: string; entries: readonly Entry[] }) {
  return (
    <div className="renewal-calendar" data-testid="renewal-calendar">
      {calendarMonths(today, entries).map((month) => (
        <table key={month.period} aria-label={`Renewals in ${monthLabel(month.period)}`}>
          <caption>
            <h3>{monthLabel(month.period)}</h3>
          </caption>
          <thead>
            <tr>
              {WEEKDAYS.map((day) => (
                <th key={day} scope="col">
                  {day}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {month.weeks.map((week) => (
              <tr key={week.find((cell) => cell !== null)?.date ?? month.period}>
                {week.map((cell, index) =>
                  cell === null ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: empty cells before the 1st and after the last day
                    <td key={`empty-${index}`} />
                  ) : (
                    <td
                      key={cell.date}
                      className={[
                        'calendar-day',
                        cell.isToday ? 'calendar-day--today' : '',
                        cell.isPast ? 'calendar-day--past' : '',
                        cell.entries.length > 0 ? 'calendar-day--renewal' : '',
                      ].join(' ')}
                    >
                      <span className="calendar-day__number">{cell.day}</span>
                      {cell.entries.map((entry) => (
                        <Link
                          key={entry.engagement}
                          className="calendar-day__entry"
                          to={entry.link}
                          title={`${entry.engagement} · ${entry.engagementName} ends ${dateLabel(entry.endDate)} (in ${plural(entry.daysLeft, 'day')})`}
                        >
                          {entry.engagement}
                        </Link>
                      ))}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
