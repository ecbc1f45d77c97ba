import type { ChannelOutput } from '../../../shared/ipc-contract'

export type VersionSummary = ChannelOutput<'draftVersions'>['versions'][number]
export const versionParts = ['applicants', 'claims', 'description', 'abstract', 'attachments'] as const
export type VersionPart = (typeof versionParts)[number]
export type PartSize = { part: VersionPart; size: number; change: number }

const sizeOf = (v: VersionSummary, part: VersionPart): number =>
  part === 'description' ? v.descriptionLength : part === 'abstract' ? v.abstractLength : v[part]

/**
 * A version's parts with their sizes and how much each grew or shrank since the version before it
 * (none for the oldest kept), so entries saved seconds apart can be told apart. Parts that are
 * empty and stayed empty are left out, to keep the line short.
 */
export function versionSizes(v: VersionSummary, before?: VersionSummary): PartSize[] {
  return versionParts
    .map((part) => ({ part, size: sizeOf(v, part), change: before ? sizeOf(v, part) - sizeOf(before, part) : 0 }))
    .filter((p) => p.size !== 0 || p.change !== 0)
}
