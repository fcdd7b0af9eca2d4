/**
 * What a note may hold besides Markdown: HTML elements and the report components, with
 * plain attribute values. Anything that would run code, while the site is built (an
 * import, an export, a {...} expression, a spread of props) or in a reader's browser
 * (<script>, onclick=, set:html, javascript: links), is a problem at its place. See
 * notes.ts for why.
 */
import type { MdastNode } from 'satteri';
import { quote, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

/** The report components a note may place (Commentary is where the note itself goes). */
export const NOTE_COMPONENTS = [
  'Benchmarks',
  'BestAndWorstMonths',
  'CampaignComparison',
  'ChangeBadge',
  'ComparisonTable',
  'Competitors',
  'Experiments',
  'Goal',
  'GoalOutcomes',
  'Goals',
  'Highlights',
  'KpiCard',
  'KpiGrid',
  'KpiReview',
  'Methodology',
  'NeedsAttention',
  'PlatformBreakdown',
  'RoiSummary',
  'SocialTraffic',
  'TopPosts',
  'TrendChart',
  'TrendCharts',
  'WhatWorks',
] as const;

/** Elements that load or run something in the page. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
]);
const ACTIVE_HTML =
  /<\s*\/?\s*(script|style|iframe|frame|frameset|object|embed|link|meta|base|form)\b|\son[a-z]+\s*=|javascript\s*:/i;

const WHY =
  "a note holds Markdown, HTML elements and report components with plain values: code in a note would run while the site is built (where it can read the build's secrets) or in the reader's browser; put code in a template, which developers review";

interface Position {
  readonly start: { readonly line: number; readonly column: number };
}

type Node = MdastNode & {
  readonly type: string;
  readonly position?: Position;
  readonly children?: Node[];
  readonly value?: unknown;
  readonly name?: string | null;
  readonly attributes?: Attribute[];
};

type Attribute =
  | {
      readonly type: 'mdxJsxAttribute';
      readonly name: string;
      readonly value?: string | null | { readonly type: string; readonly value: string };
    }
  | { readonly type: 'mdxJsxExpressionAttribute'; readonly value: string };

export function checkNoteCode(file: string, tree: MdastNode, problems: Problem[]): void {
  const report = (node: Node, message: string) =>
    problems.push({
      file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      message: `${message}, expected none: ${WHY}`,
    });
  const visit = (node: Node): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, `found the import or export ${quote(String(node.value).split('\n')[0]!)}`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* a comment */} is how MDX writes a comment: it runs nothing.
        if (!onlyComments(String(node.value))) report(node, `found the expression {${shorten(String(node.value))}}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report);
        break;
      case 'html':
        if (ACTIVE_HTML.test(String(node.value)))
          report(node, `found the HTML ${quote(String(node.value))}, which runs or loads something in the page`);
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as Node);
}

function checkElement(node: Node, report: (node: Node, message: string) => void): void {
  const name = node.name ?? '';
  // <>...</> groups elements; it is not a component.
  if (name !== '') {
    const lower = name === name.toLowerCase() && /^[a-z][a-z0-9-]*$/.test(name);
    if (lower && ACTIVE_ELEMENTS.has(name)) {
      report(node, `found the element <${name}>, which runs or loads something in the page`);
    } else if (!lower && !(NOTE_COMPONENTS as readonly string[]).includes(name)) {
      report(
        node,
        `found the component <${name}>, which is not a report component (${NOTE_COMPONENTS.join(', ')})${didYouMean(name, NOTE_COMPONENTS)}`,
      );
    }
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(node, `found the attributes {${shorten(attribute.value)}} on <${name}>`);
      continue;
    }
    const value = attribute.value;
    if (/^on/i.test(attribute.name) || attribute.name.includes(':')) {
      report(
        node,
        `found the attribute ${attribute.name} on <${name}>, which runs code or writes raw HTML into the page`,
      );
    } else if (typeof value === 'string' && /^\s*javascript\s*:/i.test(value)) {
      report(node, `found the link ${quote(value)} on <${name}>, which runs code in the page`);
    } else if (value && typeof value === 'object' && !isLiteral(value.value)) {
      report(
        node,
        `found ${attribute.name}={${shorten(value.value)}} on <${name}>, where a plain value is expected (a text in quotes, a number, true or false, or a list of them such as {["ctr", "cpc"]})`,
      );
    }
  }
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

/** An expression that is only comments (and space). */
export function onlyComments(code: string): boolean {
  let rest = code;
  for (;;) {
    rest = rest.trimStart();
    if (rest === '') return true;
    if (rest.startsWith('/*')) {
      const end = rest.indexOf('*/', 2);
      if (end === -1) return false;
      rest = rest.slice(end + 2);
    } else if (rest.startsWith('//')) {
      const end = rest.indexOf('\n');
      rest = end === -1 ? '' : rest.slice(end + 1);
    } else {
      return false;
    }
  }
}

/**
 * A plain value as an attribute expression: a string, a number, true, false, null, or a
 * list of them. Read by a small parser rather than by evaluating it, which is what
 * must not happen.
 */
export function isLiteral(code: string): boolean {
  let at = 0;
  const space = () => {
    while (at < code.length && /\s/.test(code[at]!)) at++;
  };
  const value = (depth: number): boolean => {
    space();
    const char = code[at];
    if (char === '"' || char === "'") {
      for (at++; at < code.length && code[at] !== char; at++) if (code[at] === '\\') at++;
      if (at >= code.length) return false;
      at++;
      return true;
    }
    if (char === '[') {
      if (depth > 8) return false;
      at++;
      space();
      if (code[at] === ']') return (at++, true);
      for (;;) {
        if (!value(depth + 1)) return false;
        space();
        if (code[at] === ',') {
          at++;
          space();
          if (code[at] === ']') return (at++, true);
          continue;
        }
        if (code[at] === ']') return (at++, true);
        return false;
      }
    }
    const word = /^(?:-?\d+(?:\.\d+)?|true|false|null)\b/.exec(code.slice(at));
    if (word) {
      at += word[0].length;
      return true;
    }
    return false;
  };
  if (!value(0)) return false;
  space();
  return at === code.length;
}
