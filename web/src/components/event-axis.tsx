/**
 * Events on a time axis: one lane per event type, one dot per event at its date (a partial date
 * such as 2017 or 2017-12 sits at its first day). Hand-drawn SVG; the list below it carries the
 * same events for keyboard and screen-reader users.
 */
import type { EventRow } from "../../../src/store/types.js";
import { eventTypeName } from "../event-types.js";
import { useT } from "../i18n.js";

const WIDTH = 1000;
const LANE = 22;
const LABEL = 130;

function dayOf(date: string): number | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2] ?? "1") - 1, Number(match[3] ?? "1")) / 86_400_000;
}

export function EventAxis(props: { events: readonly EventRow[] }) {
  const t = useT();
  const dated = props.events.flatMap((row) => {
    const day = row.date ? dayOf(row.date) : null;
    return day === null ? [] : [{ row, day }];
  });
  if (dated.length === 0) return null;
  const types = [...new Set(dated.map((d) => d.row.type))].sort();
  const min = Math.min(...dated.map((d) => d.day));
  const max = Math.max(...dated.map((d) => d.day));
  const span = Math.max(1, max - min);
  const x = (day: number): number => LABEL + 10 + ((day - min) / span) * (WIDTH - LABEL - 20);
  const height = types.length * LANE + 24;
  const year = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
  // A tick on each 1 January inside the span, so years read off the axis.
  const firstYear = new Date(min * 86_400_000).getUTCFullYear() + 1;
  const lastYear = new Date(max * 86_400_000).getUTCFullYear();
  const ticks = Array.from({ length: Math.max(0, lastYear - firstYear + 1) }, (_, i) => firstYear + i).filter(
    (_, i, all) => all.length <= 12 || i % Math.ceil(all.length / 12) === 0,
  );
  return (
    <figure class="event-axis" dir="ltr">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t("timelineTitle")}>
        {types.map((type, lane) => (
          <g key={type}>
            <line x1={LABEL} x2={WIDTH} y1={lane * LANE + 12} y2={lane * LANE + 12} class="lane" />
            <text x={LABEL - 6} y={lane * LANE + 16} text-anchor="end" class="axis">
              {eventTypeName(type, t.lang)}
            </text>
          </g>
        ))}
        {dated.map(({ row, day }) => (
          <circle
            key={`${row.article}:${row.index}`}
            cx={x(day)}
            cy={types.indexOf(row.type) * LANE + 12}
            r={5}
            class="dot"
          >
            <title>{`${row.date ?? ""} — ${eventTypeName(row.type, t.lang)} — ${row.trigger.text}`}</title>
          </circle>
        ))}
        {ticks.map((y) => {
          const at = x(Date.UTC(y, 0, 1) / 86_400_000);
          return (
            <g key={y}>
              <line x1={at} x2={at} y1={0} y2={height - 16} class="lane" />
              {/* The first and last dates are printed at the ends; a year label there would collide. */}
              {at - x(min) > 70 && x(max) - at > 70 && (
                <text x={at} y={height - 4} text-anchor="middle" class="axis">
                  {y}
                </text>
              )}
            </g>
          );
        })}
        <text x={LABEL} y={height - 4} class="axis">
          {year(min)}
        </text>
        <text x={WIDTH} y={height - 4} text-anchor="end" class="axis">
          {year(max)}
        </text>
      </svg>
    </figure>
  );
}
