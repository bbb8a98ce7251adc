/**
 * Every label of the UI in Arabic and English. Arabic is the default; the choice persists in
 * localStorage and sets <html lang dir>, so the layout mirrors with it. Article text keeps its own
 * `dir="rtl" lang="ar"` whatever the UI language.
 */
import { useEffect, useState } from "preact/hooks";
import { AR } from "./i18n-ar.js";
import { EN } from "./i18n-en.js";
import { formatNumber } from "./numbers.js";

export type Lang = "ar" | "en";
export type Label = keyof typeof AR;

const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<Label, string>>>> = { ar: AR, en: EN };
const STORAGE_KEY = "marsad.lang";
const listeners = new Set<(lang: Lang) => void>();

function storedLang(): Lang {
  // The server renders pages in Arabic (src/server/prerender.ts): it has no storage.
  if (typeof window === "undefined") return "ar";
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "ar";
  } catch {
    return "ar"; // storage can be disabled; Arabic-first then
  }
}

let current: Lang = storedLang();

function applyToDocument(lang: Lang): void {
  if (typeof document === "undefined") return;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  document.title = DICTIONARIES[lang].appTitle;
}
applyToDocument(current);

/** The language the UI starts in: the remembered choice, else Arabic. */
export function startLang(): Lang {
  return current;
}

/** Switches the UI language everywhere and remembers it. */
export function setLang(lang: Lang): void {
  current = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered, still switched
  }
  applyToDocument(lang);
  for (const listener of listeners) listener(lang);
}

export type Translate = ((label: Label, values?: Readonly<Record<string, string | number>>) => string) & {
  readonly lang: Lang;
};

const translators = new Map<Lang, Translate>();

/**
 * `t(label, {n: 3})` fills `{n}` placeholders; numbers are formatted for the language. One
 * translator per language: every component calls useT on every render.
 */
export function translator(lang: Lang): Translate {
  const known = translators.get(lang);
  if (known) return known;
  const dictionary = DICTIONARIES[lang];
  const t = (label: Label, values: Readonly<Record<string, string | number>> = {}): string =>
    dictionary[label].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === "number" ? formatNumber(lang, value) : value;
    });
  const made = Object.assign(t, { lang });
  translators.set(lang, made);
  return made;
}

/** The translator for the current language; re-renders the caller when it changes. */
export function useT(): Translate {
  const [lang, setLocal] = useState<Lang>(current);
  useEffect(() => {
    listeners.add(setLocal);
    return () => {
      listeners.delete(setLocal);
    };
  }, []);
  return translator(lang);
}
