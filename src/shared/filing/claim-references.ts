/**
 * The claim numbers a claim refers to: "根据权利要求1或2所述的…", "权利要求1至3中任一项",
 * "the device according to claim 3", "any of claims 1 to 4". Ranges name both ends; every
 * number named must be an earlier claim.
 */
const reference = /(?:权利要求|\bclaims?)\s*((?:\d+\s*(?:[-~～至到或和及、,，]|\bor\b|\band\b|\bto\b)?\s*)+)/gi

export function claimReferences(claim: string): number[] {
  const found: number[] = []
  for (const match of claim.matchAll(reference)) {
    for (const n of match[1]!.matchAll(/\d+/g)) found.push(Number(n[0]))
  }
  return found
}
