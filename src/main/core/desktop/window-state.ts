import { z } from 'zod'

export type Rect = { x: number; y: number; width: number; height: number }
export type DisplayArea = { bounds: Rect; workArea: Rect }

const int = z.number().int().min(-100_000).max(100_000)
export const savedWindowStateSchema = z.object({
  x: int,
  y: int,
  width: int.min(1),
  height: int.min(1),
  maximized: z.boolean().default(false)
})
export type SavedWindowState = z.output<typeof savedWindowStateSchema>

export type WindowPlacement = { x?: number; y?: number; width: number; height: number; maximized: boolean }
export type WindowSizes = { width: number; height: number; minWidth: number; minHeight: number }

/** How much of a window must lie on a display for the user to reach it (its title bar). */
const MIN_VISIBLE = 64

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max)

/**
 * Where to open the window: the saved bounds, moved and shrunk to fit the work area of the
 * display they mostly lie on. Saved bounds that no display shows any more (a monitor
 * unplugged), or that are unreadable, give the default size, placed by the OS.
 * Pure: displays are passed in, nothing is changed in place.
 */
export function restoreWindowPlacement(saved: unknown, displays: readonly DisplayArea[], sizes: WindowSizes): WindowPlacement {
  const fallback: WindowPlacement = { width: sizes.width, height: sizes.height, maximized: false }
  const parsed = savedWindowStateSchema.safeParse(saved)
  if (!parsed.success || displays.length === 0) return fallback
  const s = parsed.data
  const bounds: Rect = { x: s.x, y: s.y, width: s.width, height: s.height }
  let best: DisplayArea | null = null
  let bestOverlap = 0
  for (const d of displays) {
    const o = overlap(bounds, d.workArea)
    if (o > bestOverlap) [best, bestOverlap] = [d, o]
  }
  const reachable =
    best !== null &&
    overlap(bounds, best.workArea) >= MIN_VISIBLE * Math.min(MIN_VISIBLE, bounds.height) &&
    bounds.y >= best.workArea.y - MIN_VISIBLE / 2
  if (!best || !reachable) return { ...fallback, maximized: s.maximized }
  const area = best.workArea
  const width = clamp(s.width, Math.min(sizes.minWidth, area.width), area.width)
  const height = clamp(s.height, Math.min(sizes.minHeight, area.height), area.height)
  return {
    x: clamp(s.x, area.x, area.x + area.width - width),
    y: clamp(s.y, area.y, area.y + area.height - height),
    width,
    height,
    maximized: s.maximized
  }
}

/**
 * What to save: the normal (not maximized) bounds and whether it was maximized. A window that
 * is minimized or already torn down reports nonsense (0×0): nothing is saved then.
 */
export function windowStateToSave(normalBounds: Rect, maximized: boolean, minimized: boolean): SavedWindowState | null {
  if (minimized || normalBounds.width < 1 || normalBounds.height < 1) return null
  const parsed = savedWindowStateSchema.safeParse({ ...normalBounds, maximized })
  return parsed.success ? parsed.data : null
}
