// Whether two lists hold the very same objects in the same order. What follows an edit by identity
// (the index, the layout's caches, the canvas) asks it to tell a list the edit left alone from one
// it made anew, without comparing what the objects hold.

export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
