/// <reference types="astro/client" />

declare module 'virtual:recap/templates' {
  import type { MDXModule } from './site/report-template.ts';
  /** templates/<name>.mdx by name. */
  export const templates: Record<string, () => Promise<MDXModule>>;
  /** <DATA_DIR>/<client>/template.mdx by client slug. */
  export const clientTemplates: Record<string, () => Promise<MDXModule>>;
}

declare module 'virtual:recap/notes' {
  /** <DATA_DIR>/<client>/notes/<YYYY-MM>.md or .mdx by "<client>/<YYYY-MM>". */
  export const notes: Record<
    string,
    () => Promise<{
      /** Markdown modules export Content; MDX modules export it as default too. */
      Content?: import('astro/runtime/server/index.js').AstroComponentFactory;
      default: import('astro/runtime/server/index.js').AstroComponentFactory;
      frontmatter?: Record<string, unknown>;
    }>
  >;
}

declare namespace App {
  interface Locals {
    /** The report being rendered, for the report components a template places. */
    report?: import('./present/report-view.ts').ReportView;
    /** The analyst's notes for the month, rendered, if there are any. */
    notes?: import('astro/runtime/server/index.js').AstroComponentFactory;
    /** Wins, losses and opportunities the analyst wrote in the notes' front matter. */
    analystHighlights?: {
      wins: string[];
      losses: string[];
      opportunities: string[];
      drafted_highlights: boolean;
    };
  }
}
