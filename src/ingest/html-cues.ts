/**
 * Words and class names that mark page furniture on Arabic news sites. This is data (a TODO of the
 * ingestion issue moves it to data/lexicons/ with a version); matching folds both sides with
 * matchKey, so أيضاً, ايضا and إقرأ أيضًا all meet one entry.
 */

/**
 * Labels that open a block which is not the article: related links, "read more", share and follow
 * bars, most-read lists, comments, newsletters, tags. Matched at the start of a short element.
 */
export const BOILERPLATE_LABELS: readonly string[] = [
  "اقرأ أيضا",
  "اقرأ ايضا",
  "اقرا كذلك",
  "اقرأ كذلك",
  "اقرأ المزيد",
  "إقرأ المزيد",
  "للمزيد",
  "المزيد من الأخبار",
  "المزيد حول هذه القصة",
  "مواضيع ذات صلة",
  "موضوعات ذات صلة",
  "أخبار ذات صلة",
  "مقالات ذات صلة",
  "قصص ذات صلة",
  "ذات صلة",
  "مواضيع مقترحة",
  "قد يعجبك أيضا",
  "قد يهمك أيضا",
  "قد يهمك",
  "اخترنا لك",
  "الأكثر قراءة",
  "الأكثر مشاهدة",
  "الأكثر تداولا",
  "الأكثر شعبية",
  "شاهد أيضا",
  "شارك",
  "شارك المقال",
  "شارك الخبر",
  "شاركوا",
  "مشاركة",
  "انشر",
  "تابعونا",
  "تابعنا",
  "تابعونا على",
  "تابعوا",
  "التعليقات",
  "تعليقات",
  "أضف تعليق",
  "اضف تعليقك",
  "اترك تعليقا",
  "اشترك في النشرة",
  "اشترك في نشرتنا",
  "النشرة البريدية",
  "الكلمات المفتاحية",
  "كلمات مفتاحية",
  "الوسوم",
  "وسوم",
  "مواضيع",
  "آخر الأخبار",
  "أخبار متعلقة",
  "روابط ذات صلة",
  "تخطى إلى المحتوى",
  "العودة إلى الأعلى",
  // Tool links and ad labels set among the article's own lines on legacy and WordPress pages.
  "طباعة",
  "اطبع",
  "نسخة للطباعة",
  "أرسل لصديق",
  "أرسل الخبر لصديق",
  "إعلان",
  "إعلانات",
  "مساحة إعلانية",
  "advertisement",
];

/** Labels that open a photo caption or credit line. */
export const CAPTION_LABELS: readonly string[] = [
  "تصوير",
  "الصورة",
  "صورة",
  "صورة أرشيفية",
  "مصدر الصورة",
  "التعليق على الصورة",
  "حقوق الصورة",
  "المصدر",
];

/** Labels that open a byline or a dateline rather than prose. */
export const BYLINE_LABELS: readonly string[] = [
  "بقلم",
  "كتب",
  "كتبت",
  "إعداد",
  "تحرير",
  "نشر في",
  "نشر بتاريخ",
  "تاريخ النشر",
  "آخر تحديث",
  "تم التحديث",
  "تحديث",
  "نشر",
];

/**
 * Words of class, id and role attributes that mark furniture, matched as whole words of the
 * attribute (split at spaces, "-" and "_"), so "ad" never matches "header" or "shadow".
 */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set([
  "ad",
  "ads",
  "adsbygoogle",
  "advert",
  "advertisement",
  "banner",
  "breadcrumb",
  "breadcrumbs",
  "comment",
  "comments",
  "consent",
  "cookie",
  "cookies",
  "disqus",
  "gdpr",
  "menu",
  "mostread",
  "newsletter",
  "outbrain",
  "pagination",
  "popular",
  "promo",
  "related",
  "share",
  "sharing",
  "sharethis",
  "sidebar",
  "social",
  "sponsored",
  "subscribe",
  "taboola",
  "tags",
  "trending",
  "widget",
  "navigation",
  "navbar",
  "complementary",
  "contentinfo",
  "dialog",
  "alertdialog",
]);

/** Class words of photo captions and credits. */
export const CAPTION_WORDS: ReadonlySet<string> = new Set([
  "caption",
  "figcaption",
  "credit",
  "credits",
  "copyright",
  "photocredit",
]);

/**
 * Arabic month names to month numbers: the Egyptian/Gulf forms from the Latin names, the Levantine
 * (Syriac) ones, and the Maghrebi forms from the French names.
 */
export const ARABIC_MONTHS: readonly (readonly [string, number])[] = [
  ["يناير", 1],
  ["فبراير", 2],
  ["مارس", 3],
  ["أبريل", 4],
  ["ابريل", 4],
  ["إبريل", 4],
  ["مايو", 5],
  ["يونيو", 6],
  ["يونيه", 6],
  ["يوليو", 7],
  ["يوليه", 7],
  ["أغسطس", 8],
  ["اغسطس", 8],
  ["سبتمبر", 9],
  ["أكتوبر", 10],
  ["اكتوبر", 10],
  ["نوفمبر", 11],
  ["ديسمبر", 12],
  ["كانون الثاني", 1],
  ["شباط", 2],
  ["آذار", 3],
  ["نيسان", 4],
  ["أيار", 5],
  ["حزيران", 6],
  ["تموز", 7],
  ["آب", 8],
  ["أيلول", 9],
  ["تشرين الأول", 10],
  ["تشرين الثاني", 11],
  ["كانون الأول", 12],
  ["جانفي", 1],
  ["فيفري", 2],
  ["أفريل", 4],
  ["ماي", 5],
  ["جوان", 6],
  ["جويلية", 7],
  ["أوت", 8],
];

/** Time-zone phrases of datelines ("بتوقيت مكة المكرمة") and their UTC offsets. */
export const ARABIC_ZONES: readonly (readonly [string, string])[] = [
  ["بتوقيت مكة", "+03:00"],
  ["بتوقيت الرياض", "+03:00"],
  ["بتوقيت بغداد", "+03:00"],
  ["بتوقيت الدوحة", "+03:00"],
  ["بتوقيت الإمارات", "+04:00"],
  ["بتوقيت أبوظبي", "+04:00"],
  ["بتوقيت دبي", "+04:00"],
  ["بتوقيت غرينتش", "Z"],
  ["بتوقيت جرينتش", "Z"],
  ["غرينتش", "Z"],
  ["جرينتش", "Z"],
  ["GMT", "Z"],
  ["UTC", "Z"],
];

/** Words after a clock time: مساءً (p.m.) and صباحاً (a.m.), with their one-letter forms. */
export const PM_WORDS: readonly string[] = ["مساء", "م", "ظهرا", "عصرا", "ليلا"];
export const AM_WORDS: readonly string[] = ["صباحا", "ص", "فجرا"];

/** Class words of bylines and datelines, removed from the text once the metadata is read. */
export const BYLINE_WORDS: ReadonlySet<string> = new Set([
  "byline",
  "author",
  "authors",
  "dateline",
  "date",
  "timestamp",
  "pubdate",
  "published",
  "updated",
  "meta",
]);
