import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { restoreWindowPlacement, windowStateToSave, type DisplayArea } from './window-state'

const sizes = { width: 1180, height: 780, minWidth: 900, minHeight: 600 }
const laptop: DisplayArea = {
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 }
}
const external: DisplayArea = {
  bounds: { x: 1440, y: -300, width: 2560, height: 1440 },
  workArea: { x: 1440, y: -300, width: 2560, height: 1400 }
}

describe('window size and position', () => {
  it('reopens where it was when that place is on a display', () => {
    const saved = { x: 1600, y: -100, width: 1400, height: 900, maximized: false }
    expect(restoreWindowPlacement(saved, [laptop, external], sizes)).toEqual(saved)
  })

  it('moves a window whose display was unplugged back to the default, keeping "maximized"', () => {
    const saved = { x: 1600, y: -100, width: 1400, height: 900, maximized: true }
    expect(restoreWindowPlacement(saved, [laptop], sizes)).toEqual({ width: 1180, height: 780, maximized: true })
  })

  it('shrinks and moves a window that overhangs its display into the work area', () => {
    const saved = { x: 1000, y: 0, width: 2000, height: 1200, maximized: false }
    expect(restoreWindowPlacement(saved, [laptop], sizes)).toEqual({ x: 0, y: 25, width: 1440, height: 875, maximized: false })
  })

  it('does not restore a title bar hidden above the work area', () => {
    const saved = { x: 100, y: -500, width: 1200, height: 800, maximized: false }
    expect(restoreWindowPlacement(saved, [laptop], sizes)).toEqual({ width: 1180, height: 780, maximized: false })
  })

  it('ignores unreadable saved state', () => {
    for (const saved of [null, 'x', { x: 1, y: 2 }, { x: 0, y: 0, width: 0, height: 0 }, { x: NaN, y: 0, width: 900, height: 700 }]) {
      expect(restoreWindowPlacement(saved, [laptop], sizes)).toEqual({ width: 1180, height: 780, maximized: false })
    }
  })

  it('always places the window fully inside one work area, and never changes its inputs', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 200, max: 4000 }),
      height: fc.integer({ min: 200, max: 3000 })
    })
    const display = rect.map((workArea) => ({ bounds: workArea, workArea }))
    fc.assert(
      fc.property(rect, fc.boolean(), fc.array(display, { minLength: 1, maxLength: 4 }), (bounds, maximized, displays) => {
        const before = JSON.stringify(displays)
        const placed = restoreWindowPlacement({ ...bounds, maximized }, displays, sizes)
        expect(JSON.stringify(displays)).toBe(before)
        if (placed.x === undefined || placed.y === undefined) return
        const inside = displays.some(
          ({ workArea: a }) =>
            placed.x! >= a.x && placed.y! >= a.y && placed.x! + placed.width <= a.x + a.width && placed.y! + placed.height <= a.y + a.height
        )
        expect(inside).toBe(true)
      })
    )
  })

  it('saves nothing for a minimized or torn-down window', () => {
    expect(windowStateToSave({ x: 0, y: 0, width: 0, height: 0 }, false, false)).toBeNull()
    expect(windowStateToSave({ x: 10, y: 10, width: 900, height: 700 }, false, true)).toBeNull()
    expect(windowStateToSave({ x: 10, y: 10, width: 900, height: 700 }, true, false)).toEqual({
      x: 10,
      y: 10,
      width: 900,
      height: 700,
      maximized: true
    })
  })
})
