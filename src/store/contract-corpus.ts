/**
 * Articles for the store contract suite: short Arabic news texts written for it, each analysed by
 * the real pipeline, so the suite checks the store on genuine records rather than hand-made ones.
 */
import { toRecord, type MarsadRecord, type NewsEvent } from "../doc/index.js";
import { analyzeText } from "../pipeline/index.js";
import type { Resources } from "../resources/index.js";

const MEKDAD =
  'دمشق – قال وزير الخارجية السوري فيصل المقداد، الأحد، إن "الحوار مع الأمم المتحدة مستمر"، مشيراً إلى أن وفداً من الأمم المتحدة سيزور سوريا الأسبوع المقبل.';
const RAID =
  "أعلنت وزارة الدفاع الروسية مقتل ثلاثة جنود في هجوم بطائرة مسيرة قرب الحدود مع أوكرانيا. وقال الرئيس فلاديمير بوتين إن بلاده سترد على الهجوم. وأضافت الوزارة أن الدفاعات الجوية أسقطت طائرتين أخريين فوق مقاطعة كورسك صباح اليوم، وأن فرق الإنقاذ تعمل في الموقع.";

/** The texts, by role in the suite. */
export const TEXTS = {
  mekdad: MEKDAD,
  raid: RAID,
  /** The raid story as another outlet ran it: one word changed, one sentence added. */
  raidRewrite: `${RAID.replace("ثلاثة جنود", "ثلاثة عسكريين")} ولم تعلق كييف على الفور.`,
  /** Names Syria only with clitics: وسوريا, لسوريا. */
  clitics:
    "التقى المبعوث الأممي ممثلين عن لبنان وسوريا في جنيف لبحث ملف اللاجئين، وقدم خطة لسوريا تتضمن مساعدات إنسانية عاجلة.",
  /** Unrelated, for negatives and counts. */
  economy:
    "ارتفعت أسعار النفط في الأسواق العالمية بنسبة ٣٫٥٪ بعد قرار منظمة أوبك خفض الإنتاج، وقال محللون إن الأسعار قد تواصل الصعود.",
  /** The Mekdad text with diacritics, tatweel and other punctuation: the same content. */
  mekdadVariant:
    "دمشق - قالَ وزيرُ الخارجيـــة السوري فيصل المقداد الأحد إن «الحوار مع الأمم المتحدة مستمر» مشيرا إلى أن وفدا من الأمم المتحدة سيزور سوريا الأسبوع المقبل",
  /** A different text under the raid article's URL (with tracking and www). */
  sameUrl: "نص مختلف تماما نشر لاحقا على الرابط نفسه بعد تحديث الخبر عن الحدود.",
} as const;

export interface CorpusArticle {
  readonly name: keyof typeof TEXTS;
  readonly record: MarsadRecord;
}

const META: Record<keyof typeof TEXTS, { published: string; outlet: string; url: string; title: string }> = {
  mekdad: {
    published: "2024-03-10",
    outlet: "sana",
    url: "https://sana.sy/news/1?utm_source=x",
    title: "المقداد: الحوار مستمر",
  },
  raid: { published: "2024-04-02", outlet: "rt", url: "https://rt.com/news/2", title: "مقتل ثلاثة جنود" },
  raidRewrite: {
    published: "2024-04-03",
    outlet: "tass",
    url: "https://tass.ru/news/3",
    title: "مقتل ثلاثة عسكريين",
  },
  clitics: { published: "2024-05-20", outlet: "un", url: "https://news.un.org/4", title: "خطة لسوريا" },
  economy: { published: "2024-05-21", outlet: "rt", url: "https://rt.com/news/5", title: "أسعار النفط" },
  mekdadVariant: { published: "2024-03-11", outlet: "other", url: "https://other.example/6", title: "نسخة" },
  sameUrl: {
    published: "2024-04-04",
    outlet: "rt",
    url: "http://www.RT.com/news/2/?fbclid=abc#top",
    title: "تحديث",
  },
};

let cached: CorpusArticle[] | undefined;

/** Every text analysed once per process, in the order of `TEXTS`. */
export function contractCorpus(resources: Resources): CorpusArticle[] {
  cached ??= (Object.keys(TEXTS) as (keyof typeof TEXTS)[]).map((name) => ({
    name,
    record: toRecord(
      analyzeText(TEXTS[name], resources, { meta: { ...META[name], source: `contract:${name}` } }),
    ),
  }));
  return cached;
}

/** The record analysed from one text. */
export function recordOf(corpus: readonly CorpusArticle[], name: keyof typeof TEXTS): MarsadRecord {
  return corpus.find((article) => article.name === name)!.record;
}

/** An event as a Marsad version before events@3 wrote it: without `mentions`. */
export function withoutMentions(event: NewsEvent): NewsEvent {
  return Object.fromEntries(Object.entries(event).filter(([key]) => key !== "mentions")) as NewsEvent;
}
