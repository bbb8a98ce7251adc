/**
 * Counts per month as SVG bars, drawn by hand (no chart library for a dozen rectangles). With
 * `onBrush`, dragging across bars picks a period; the from/to selects do the same by keyboard.
 * Time runs left to right in both languages, as on Arabic news sites' charts.
 */
import { useMemo, useRef, useState } from "preact/hooks";
import { useT } from "../i18n.js";
import { fillMonths, type PeriodCount } from "../months.js";

const WIDTH = 600;
const HEIGHT = 120;
const AXIS = 18;

function barIndex(svg: SVGSVGElement, clientX: number, bars: number): number {
  // The drawing is scaled and centred inside the element (preserveAspectRatio), so map the pointer
  // through the SVG's own transform rather than the element's box.
  const matrix = svg.getScreenCTM();
  if (!matrix) return 0;
  const x = new DOMPoint(clientX, 0).matrixTransform(matrix.inverse()).x;
  return Math.min(bars - 1, Math.max(0, Math.floor((x / WIDTH) * bars)));
}

export function MonthChart(props: {
  data: readonly PeriodCount[];
  label: string;
  from?: string | null;
  to?: string | null;
  onBrush?: (from: string | null, to: string | null) => void;
}) {
  const t = useT();
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const { onBrush } = props;
  const data = useMemo(() => fillMonths(props.data), [props.data]);
  if (data.length === 0) return null;
  const precision = data[0]!.date.length; // 7 for months, 4 once binned by year
  const max = Math.max(1, ...data.map((d) => d.count));
  const step = WIDTH / data.length;
  // A lone month would otherwise fill the chart with one slab.
  const barWidth = Math.min(48, Math.max(1, step - 2));
  const inRange = (date: string, i: number): boolean => {
    if (drag) return i >= Math.min(drag.start, drag.end) && i <= Math.max(drag.start, drag.end);
    return (
      (!props.from || date >= props.from.slice(0, precision)) &&
      (!props.to || date <= props.to.slice(0, precision))
    );
  };
  const commit = (range: { start: number; end: number }): void => {
    const a = data[Math.min(range.start, range.end)]?.date ?? null;
    const b = data[Math.max(range.start, range.end)]?.date ?? null;
    onBrush?.(a, b);
  };
  const labelEvery = Math.max(1, Math.ceil(data.length / 8));
  return (
    <figure class="month-chart" dir="ltr">
      <figcaption dir="auto">
        {props.label}
        {onBrush && <small> — {t("histogramHint")}</small>}
      </figcaption>
      <svg
        ref={svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`}
        role="img"
        aria-label={`${props.label}: ${data.map((d) => `${d.date} ${d.count}`).join(", ")}`}
        class={onBrush ? "brushable" : undefined}
        onPointerDown={(event) => {
          if (!onBrush || !svg.current) return;
          svg.current.setPointerCapture(event.pointerId);
          const i = barIndex(svg.current, event.clientX, data.length);
          setDrag({ start: i, end: i });
        }}
        onPointerMove={(event) => {
          if (drag && svg.current)
            setDrag({ ...drag, end: barIndex(svg.current, event.clientX, data.length) });
        }}
        onPointerUp={() => {
          if (drag) commit(drag);
          setDrag(null);
        }}
      >
        {data.map((d, i) => {
          const h = Math.max(1, (d.count / max) * HEIGHT);
          return (
            <g key={d.date}>
              <rect
                class={inRange(d.date, i) ? "bar on" : "bar"}
                x={i * step + (step - barWidth) / 2}
                y={HEIGHT - h}
                width={barWidth}
                height={h}
              >
                <title>{`${d.date}: ${d.count}`}</title>
              </rect>
              {i % labelEvery === 0 && (
                <text x={i * step + step / 2} y={HEIGHT + 13} text-anchor="middle" class="axis">
                  {d.date}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {onBrush && (
        <div class="range-selects">
          <label>
            {t("from")}{" "}
            <select
              value={props.from?.slice(0, precision) ?? ""}
              onChange={(e) => onBrush(e.currentTarget.value || null, props.to ?? null)}
            >
              <option value="">—</option>
              {data.map((d) => (
                <option key={d.date} value={d.date}>
                  {d.date}
                </option>
              ))}
            </select>
          </label>{" "}
          <label>
            {t("to")}{" "}
            <select
              value={props.to?.slice(0, precision) ?? ""}
              onChange={(e) => onBrush(props.from ?? null, e.currentTarget.value || null)}
            >
              <option value="">—</option>
              {data.map((d) => (
                <option key={d.date} value={d.date}>
                  {d.date}
                </option>
              ))}
            </select>
          </label>{" "}
          {(props.from || props.to) && (
            <button type="button" onClick={() => onBrush(null, null)}>
              {t("clearDates")}
            </button>
          )}
        </div>
      )}
    </figure>
  );
}
