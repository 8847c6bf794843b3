// A press on a box belongs to that box until the button comes up, even when the view or the box
// glides away from under a still pointer meanwhile (a palette add pans the view and slides the
// boxes for ~300 ms). Without this, a mouse click during the glide was pressed on one element and
// released on another (the box's zone, the pane): the browser sent the click to their common
// ancestor, so the box got focus from the press but was never selected.
//
// Pointer capture is what touch does by itself (implicit capture): the release, and the click the
// browser makes of it, go to the element pressed. Drags are unaffected: React Flow's drag and pan
// follow the mouse through window listeners, which captured events still bubble to, and its own
// click suppression after a real drag still applies.
// https://developer.mozilla.org/en-US/docs/Web/API/Element/setPointerCapture

/** Keeps a primary-button mouse or pen press inside a diagram node captured by the element pressed. */
export function capturePressOnNode(event: PointerEvent): void {
  if (event.button !== 0 || event.pointerType === "touch") return;
  const target = event.target;
  if (!(target instanceof Element) || !target.closest(".react-flow__node")) return;
  // The box's own button, a badge or a fold button: the element whose click means something.
  const pressed = target.closest<HTMLElement>('[role="button"], button') ?? target;
  if (!pressed.hasPointerCapture(event.pointerId)) pressed.setPointerCapture(event.pointerId);
}
