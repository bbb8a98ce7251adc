/**
 * The cleaned text with its marks, built as text nodes and <mark> elements from offsets: article
 * text is never parsed as HTML, so hostile markup in it shows as characters. Hovering or focusing
 * a mark shows a tooltip (ARIA tooltip pattern: the focused mark is described by it).
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { buildMarkTree, isMark, type TreeItem } from "../annotate.js";
import type { ArticleMark } from "../article-marks.js";
import { useT } from "../i18n.js";
import { hrefFor, navigate } from "../router.js";
import { MarkTip } from "./mark-tip.js";

const TIP_ID = "mark-tip";

interface Active {
  readonly mark: ArticleMark;
  readonly top: number;
  /** Distance from the box's right edge: the text is Arabic, so a mark starts at its right. */
  readonly right: number;
}

function markClass(mark: ArticleMark): string {
  if (mark.kind === "entity") return `mk mk-entity mk-${mark.entity.type.toLowerCase()}`;
  return `mk mk-${mark.kind}`;
}

function renderItems(text: string, items: readonly TreeItem<ArticleMark>[], activeKey: string | null) {
  return items.map((item) => {
    if (!isMark(item)) return text.slice(item.start, item.end);
    const mark = item.annotation;
    const focusable = item.isFirst && mark.kind !== "cite";
    return (
      <mark
        key={`${mark.key}@${item.start}`}
        class={markClass(mark)}
        data-key={mark.key}
        data-speaker={
          item.isFirst && mark.kind === "quote" ? (mark.speaker?.name ?? mark.quote.speaker?.text) : undefined
        }
        data-value={item.isFirst && mark.kind === "time" ? mark.time.value : undefined}
        tabIndex={focusable ? 0 : undefined}
        aria-describedby={focusable && activeKey === mark.key ? TIP_ID : undefined}
      >
        {renderItems(text, item.children, activeKey)}
      </mark>
    );
  });
}

export function AnnotatedText(props: { text: string; marks: readonly ArticleMark[] }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Active | null>(null);
  const tree = useMemo(() => buildMarkTree(props.text, props.marks), [props.text, props.marks]);
  const byKey = useMemo(() => new Map(props.marks.map((mark) => [mark.key, mark])), [props.marks]);

  const show = (target: EventTarget | null): void => {
    const element = target instanceof Element ? target.closest<HTMLElement>("mark[data-key]") : null;
    const mark = element ? byKey.get(element.dataset.key ?? "") : undefined;
    if (!element || !mark || mark.kind === "cite" || !box.current) return;
    const outer = box.current.getBoundingClientRect();
    const rect = element.getClientRects()[0] ?? element.getBoundingClientRect();
    setActive({ mark, top: rect.bottom - outer.top + 6, right: Math.max(0, outer.right - rect.right) });
  };

  // Scroll a cited passage into view once, so a link from a quote lands on its sentence.
  useEffect(() => {
    box.current?.querySelector("mark.mk-cite")?.scrollIntoView({ block: "center" });
  }, [props.text]);

  return (
    <div
      ref={box}
      class="annotated"
      onMouseOver={(event) => show(event.target)}
      onFocusIn={(event) => show(event.target)}
      onMouseLeave={() => setActive(null)}
      onFocusOut={(event) => {
        if (!(event.relatedTarget instanceof Node) || !box.current?.contains(event.relatedTarget))
          setActive(null);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") setActive(null);
        // Enter on a focused entity opens its page (the key goes to the mark, not the hovered one).
        const element =
          event.target instanceof Element ? event.target.closest<HTMLElement>("mark[data-key]") : null;
        const mark = element ? byKey.get(element.dataset.key ?? "") : undefined;
        if (event.key === "Enter" && mark?.kind === "entity")
          navigate(hrefFor("entity", { id: mark.entity.id }));
      }}
    >
      <div class="article-text" dir="rtl" lang="ar" aria-label={t("articleText")} role="region">
        {renderItems(props.text, tree, active?.mark.key ?? null)}
      </div>
      {active && <MarkTip id={TIP_ID} mark={active.mark} top={active.top} right={active.right} />}
    </div>
  );
}
