import type { Lang } from "./i18n.js";

/** Names of the PLOVER event categories the trigger lexicon uses (data/lexicons/event-triggers). */
const NAMES: Readonly<Record<string, readonly [ar: string, en: string]>> = {
  ASSAULT: ["هجوم", "Assault"],
  KILL: ["قتل", "Kill"],
  CONSULT: ["تشاور", "Consult"],
  ARREST: ["اعتقال", "Arrest"],
  PROTEST: ["احتجاج", "Protest"],
  LEADERSHIP: ["تغيير قيادة", "Leadership"],
  SANCTION: ["عقوبات", "Sanction"],
  RETREAT: ["انسحاب أو إفراج", "Retreat"],
  AGREE: ["اتفاق", "Agree"],
  AID: ["مساعدة", "Aid"],
  SUPPORT: ["دعم", "Support"],
  REJECT: ["رفض", "Reject"],
  ELECT: ["انتخاب", "Elect"],
  ACCUSE: ["اتهام", "Accuse"],
  THREATEN: ["تهديد", "Threaten"],
  DECLARE: ["إعلان", "Declare"],
  MOBILIZE: ["تعبئة", "Mobilize"],
  REPORT: ["تقرير", "Report"],
  COOPERATE: ["تعاون", "Cooperate"],
};

/** Every category the UI offers as a filter, in lexicon order. */
export const EVENT_TYPES: readonly string[] = Object.keys(NAMES);

/** The display name of an event type; an unknown category shows its code. */
export function eventTypeName(type: string, lang: Lang): string {
  const names = NAMES[type];
  return names ? names[lang === "ar" ? 0 : 1] : type;
}
