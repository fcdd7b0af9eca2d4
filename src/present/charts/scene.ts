/**
 * A chart as a scene: its size, its words for screen readers, and its marks with
 * their coordinates, worked out by the chart's layout. Plain data, so a layout can be
 * tested as JSON; `sceneSvg` writes it out as a self-contained SVG that scales to its
 * container, needs no script and no font file, and refers to nothing outside itself.
 * Nothing in it depends on what else the build renders, so the same chart is the
 * same bytes on every page and in every build.
 */

export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

export type Mark =
  | {
      readonly type: 'path';
      readonly d: string;
      readonly stroke: string;
      readonly strokeWidth: number;
      readonly dash?: string;
      readonly fill?: string;
    }
  | {
      readonly type: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly stroke: string;
    }
  | {
      readonly type: 'circle';
      readonly cx: number;
      readonly cy: number;
      readonly r: number;
      readonly fill: string;
      readonly stroke: string;
      readonly strokeWidth: number;
    }
  | {
      readonly type: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly fill: string;
    }
  | {
      readonly type: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly fill: string;
      readonly anchor?: 'start' | 'middle' | 'end';
      /** Where the text sits against y: its baseline (default), its top, or its middle. */
      readonly baseline?: 'alphabetic' | 'hanging' | 'middle';
      readonly bold?: boolean;
    };

export interface Scene {
  readonly width: number;
  readonly height: number;
  /** The SVG's <title>. */
  readonly title: string;
  /** Its aria-label and <desc>: what the chart says, in words. */
  readonly description: string;
  readonly marks: readonly Mark[];
}

export function sceneSvg(scene: Scene): string {
  const description = escapeXml(scene.description);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(scene.width)} ${num(scene.height)}" role="img" ` +
    `aria-label="${description}" font-family="${escapeXml(CHART_FONT)}" preserveAspectRatio="xMidYMid meet">` +
    `<title>${escapeXml(scene.title)}</title><desc>${description}</desc>${scene.marks.map(markSvg).join('')}</svg>`
  );
}

function markSvg(mark: Mark): string {
  switch (mark.type) {
    case 'path':
      return `<path d="${mark.d}" fill="${mark.fill ?? 'none'}" stroke="${mark.stroke}" stroke-width="${num(mark.strokeWidth)}"${mark.dash ? ` stroke-dasharray="${mark.dash}"` : ''} stroke-linejoin="round" stroke-linecap="${mark.dash ? 'butt' : 'round'}"/>`;
    case 'line':
      return `<line x1="${num(mark.x1)}" y1="${num(mark.y1)}" x2="${num(mark.x2)}" y2="${num(mark.y2)}" stroke="${mark.stroke}"/>`;
    case 'circle':
      return `<circle cx="${num(mark.cx)}" cy="${num(mark.cy)}" r="${num(mark.r)}" fill="${mark.fill}" stroke="${mark.stroke}" stroke-width="${num(mark.strokeWidth)}"/>`;
    case 'rect':
      return `<rect x="${num(mark.x)}" y="${num(mark.y)}" width="${num(mark.width)}" height="${num(mark.height)}" fill="${mark.fill}"/>`;
    case 'text': {
      const anchor = mark.anchor && mark.anchor !== 'start' ? ` text-anchor="${mark.anchor}"` : '';
      const baseline = mark.baseline && mark.baseline !== 'alphabetic' ? ` dominant-baseline="${mark.baseline}"` : '';
      const bold = mark.bold ? ' font-weight="bold"' : '';
      return `<text x="${num(mark.x)}" y="${num(mark.y)}" font-size="${num(mark.size)}" fill="${mark.fill}"${anchor}${baseline}${bold}>${escapeXml(mark.text)}</text>`;
    }
  }
}

/** A coordinate to a tenth of a unit: exact enough for any screen, and short. */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * About how wide a line of text is drawn, without a font engine: on the wide side of
 * the usual system sans-serifs (DejaVu Sans on Linux is the widest), so that labels
 * fit and do not overlap. Persian and Arabic letters join and run narrower.
 */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) {
    if (/[\u0600-\u06ff]/.test(char)) ems += 0.5;
    else if (/[ .,:;'|!il()\[\]]/.test(char)) ems += 0.34;
    else if (/[0-9]/.test(char)) ems += 0.64;
    else if (/[A-ZMW%@€$£mw]/.test(char)) ems += 0.78;
    else ems += 0.6;
  }
  return ems * size;
}

/** The text, cut with an ellipsis to fit the width. */
export function fitText(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
