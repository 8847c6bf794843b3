// The diagram's glyphs, the one drawing of each: exported images, the canvas (src/diagram/icons.tsx)
// and the palette all draw these 24x24 shapes, white strokes on the kind's coloured tile. Plain
// strings, so the exporter never imports React.

const PATHS = {
  region: ['<path d="M6 21V3M6 4h11l-2.5 4L17 12H6"/>'],
  vpc: [
    '<path d="M7 18h-.5a4 4 0 0 1-.6-7.95A5.5 5.5 0 0 1 16.6 8.6 4.2 4.2 0 0 1 17.5 18H17"/>',
    '<rect x="9" y="14" width="6" height="6" rx="1"/>',
    '<path d="M10.5 14v-1.5a1.5 1.5 0 0 1 3 0V14"/>',
  ],
  subnet: ['<rect x="5" y="11" width="14" height="10" rx="1.5"/>', '<path d="M8 11V8a4 4 0 0 1 8 0v3"/>'],
  instance: [
    '<rect x="6" y="6" width="12" height="12" rx="1.5"/>',
    '<rect x="9.5" y="9.5" width="5" height="5"/>',
    '<path d="M9 3v3M12 3v3M15 3v3M9 18v3M12 18v3M15 18v3M3 9h3M3 12h3M3 15h3M18 9h3M18 12h3M18 15h3"/>',
  ],
  // Block storage as AWS draws EBS: stacked drive blocks, not a database's cylinder.
  volume: [
    '<rect x="4" y="4.5" width="16" height="6.5" rx="1.5"/>',
    '<rect x="4" y="13" width="16" height="6.5" rx="1.5"/>',
    '<path d="M7.5 7.75h5M7.5 16.25h5M16.5 7.75h.01M16.5 16.25h.01"/>',
  ],
  gateway: [
    '<path d="M4 21V10a8 8 0 0 1 16 0v11"/>',
    '<path d="M8 14h8M13.5 11.5 16 14l-2.5 2.5M16 18H8M10.5 15.5 8 18l2.5 2.5"/>',
  ],
  internet: ['<path d="M7 19h10.5a4.5 4.5 0 0 0 .6-8.96A6 6 0 0 0 6.4 9.1 5 5 0 0 0 7 19Z"/>'],
  shield: ['<path d="M12 3 5 6v5c0 4.5 3 8.3 7 10 4-1.7 7-5.5 7-10V6l-7-3Z"/>'],
  globe: [
    '<circle cx="12" cy="12" r="9"/>',
    '<path d="M3 12h18M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9S9.5 5.6 12 3Z"/>',
  ],
  natGateway: ['<path d="M3 6h4.5l4.5 6M3 18h4.5l4.5-6M3 12h17M17 9l3 3-3 3"/>'],
  routeTable: ['<path d="M12 3v18M12 5h6l2.5 2.5L18 10h-6M12 12H6l-2.5 2.5L6 17h6"/>'],
  networkAcl: [
    '<rect x="4" y="3" width="16" height="18" rx="1.5"/>',
    '<path d="M7.5 8h1M7.5 12h1M7.5 16h1M11 8h5.5M11 12h5.5M11 16h3.5"/>',
  ],
  elasticIp: ['<path d="M20.5 3.5h-7.8L3.5 12.7l7.8 7.8 9.2-9.2V3.5Z"/>', '<circle cx="16" cy="8" r="1.6"/>'],
} as const;

export type GlyphName = keyof typeof PATHS;

export const GLYPH_NAMES = Object.keys(PATHS) as GlyphName[];

/** The glyph drawn `size` px wide with its top-left corner at (x, y), stroked in `color`. */
/** Each glyph's shapes as one string, joined once (a glyph is drawn per box). */
const JOINED = Object.fromEntries(
  Object.entries(PATHS).map(([name, shapes]) => [name, shapes.join("")]),
) as Record<GlyphName, string>;

export function glyph(name: GlyphName, x: number, y: number, size: number, color: string): string {
  const k = size / 24;
  return `<g transform="translate(${x} ${y}) scale(${+k.toFixed(4)})" fill="none" stroke="${color}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${JOINED[name]}</g>`;
}

/** The raw shapes of a glyph (for the drift test against the canvas icons). */
export const glyphShapes = (name: GlyphName): readonly string[] => PATHS[name];
