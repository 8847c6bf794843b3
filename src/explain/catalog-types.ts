// Shapes shared by the explanation catalog files.
import type { Lang } from "../model/diagnostics.ts";

/** One explanation in one language. Written by us, checked against the linked AWS page. */
export interface ConceptText {
  /** Heading; for a diagram kind this is exactly its public kind label. */
  title: string;
  /** What the thing is, in plain words. */
  what: string;
  /** Why AWS has it: the problem it solves. */
  why: string;
  /** How it relates to its neighbours in the diagram. */
  relations: string;
  /** Title of the linked AWS documentation page, for the link text. */
  docTitle: string;
}

export interface ConceptEntry {
  /** English AWS documentation page (https://docs.aws.amazon.com/...). */
  docUrl: string;
  en: ConceptText;
  ko: ConceptText;
}

/** The same AWS page in the reader's language: AWS serves Korean under /ko_kr/. */
export function docUrlFor(entry: ConceptEntry, lang: Lang): string {
  if (lang === "en") return entry.docUrl;
  return entry.docUrl.replace("https://docs.aws.amazon.com/", "https://docs.aws.amazon.com/ko_kr/");
}
