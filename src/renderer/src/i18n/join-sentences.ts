import type { Language } from '../../../shared/languages'

/** How each language spaces one sentence from the next: Chinese sentences follow each other with no space. */
const sentenceGap: Record<Language, string> = { 'zh-CN': '', 'en-US': ' ' }

/** Sentences as one text, spaced as `language` spaces them; an unknown language gets the Chinese default's gap. */
export const joinSentences = (language: string, ...sentences: string[]): string =>
  sentences.filter((s) => s !== '').join(sentenceGap[language as Language] ?? sentenceGap['zh-CN'])
