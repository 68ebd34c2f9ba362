import type { BestTime as Best } from '../insights/best-time';
import { DAY_MS } from '../insights/day';
import { formatCount, formatRatio } from '../ui/format';
import { t, tPlural } from '../ui/i18n';
import { dateTimeFormat } from '../ui/intl-formats';

/** When the page's posts do best, or how many more posts dated to the minute that takes. */
export function BestTime({ best, timeZone }: { best: Best; timeZone: string }) {
  return (
    <section class="card" aria-labelledby="best-heading" data-testid="best-time">
      <h2 id="best-heading">{t('bestTimeHeading')}</h2>
      {!best.known ? (
        <p>{best.noEngagement ? t('bestTimeNoEngagement') : tPlural('bestTimeNeed', best.needed, [formatCount(best.needed), formatCount(best.dated)])}</p>
      ) : (
        <>
          {best.bestWeekday && (
            <p data-testid="best-weekday">{t('bestTimeWeekday', [weekdayName(best.bestWeekday.weekday), formatRatio(best.bestWeekday.relative), formatCount(best.bestWeekday.posts)])}</p>
          )}
          {best.bestHour && (
            <p data-testid="best-hour">{t('bestTimeHour', [hourName(best.bestHour.hour), formatRatio(best.bestHour.relative), formatCount(best.bestHour.posts)])}</p>
          )}
          {!best.bestWeekday && !best.bestHour && <p>{t('bestTimeNone', formatCount(best.posts))}</p>}
          <p class="muted small">{t('bestTimeZone', [formatCount(best.posts), timeZone])}</p>
          <WeekGrid cells={best.cells} />
        </>
      )}
    </section>
  );
}

/** Weekday × hour, each posted cell shaded by how its posts did against the median. */
function WeekGrid({ cells }: { cells: Extract<Best, { known: true }>['cells'] }) {
  const top = Math.max(...cells.map((c) => c.relative), 1);
  return (
    <table class="week-grid">
      <thead>
        <tr>
          <td />
          {Array.from({ length: 24 }, (_, hour) => (
            <th key={hour} scope="col">
              {hour % 6 === 0 ? hourName(hour) : ''}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: 7 }, (_, weekday) => (
          <tr key={weekday}>
            <th scope="row">{weekdayName(weekday, 'short')}</th>
            {Array.from({ length: 24 }, (_, hour) => {
              const cell = cells.find((c) => c.weekday === weekday && c.hour === hour);
              return (
                <td
                  key={hour}
                  class={cell ? 'posted' : ''}
                  style={cell ? { opacity: 0.25 + 0.75 * (cell.relative / top) } : undefined}
                  title={cell ? t('bestTimeCell', [weekdayName(weekday), hourName(hour), formatCount(cell.posts), formatRatio(cell.relative)]) : undefined}
                />
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 2026-11-23 was a Monday: weekday 0 in best-time's count. */
const A_MONDAY = Date.UTC(2026, 10, 23, 12);

function weekdayName(weekday: number, width: 'long' | 'short' = 'long'): string {
  return dateTimeFormat({ weekday: width, timeZone: 'UTC' }).format(A_MONDAY + weekday * DAY_MS);
}

/** "18", "6 PM": an hour (already in the admin's zone) as their language writes it. */
function hourName(hour: number): string {
  return dateTimeFormat({ hour: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 1, hour));
}
