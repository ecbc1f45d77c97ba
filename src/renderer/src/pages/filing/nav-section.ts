const sections = ['/drafts', '/submissions', '/notices', '/agenda'] as const
export type NavSection = (typeof sections)[number]

/**
 * The navigation tab a route belongs to, or none: the home page (the account summary) is no
 * tab's, and underlining "Drafts" there told the user they were somewhere they were not.
 */
export function sectionOf(path: string): NavSection | null {
  return sections.find((s) => path === s || path.startsWith(`${s}/`)) ?? null
}
