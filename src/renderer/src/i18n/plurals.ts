/**
 * A translation shaped like the Chinese one, which has no plural forms, plus an optional
 * `key_one` beside any string for languages that say "1 draft" but "2 drafts" (i18next picks it
 * when the `count` is one).
 */
export type WithPlurals<T> = {
  [K in keyof T]: T[K] extends string ? string : WithPlurals<T[K]>
} & { [K in keyof T as T[K] extends string ? `${K & string}_one` : never]?: string }
