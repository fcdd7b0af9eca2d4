/**
 * Turns a link-preview picture (SVG) into the PNG that chat apps fetch, with resvg
 * (WebAssembly: no browser, no native binary) and the Vazirmatn font files, so the
 * picture looks the same on every machine whatever fonts it has installed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { PREVIEW_FONT } from '../present/preview-image.ts';

// Resolved from the project, wherever the bundled page code runs from.
const require = createRequire(path.join(process.cwd(), 'package.json'));
const FONT_FILES = ['vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf', 'vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf'];

let ready: Promise<Uint8Array[]> | null = null;

function start(): Promise<Uint8Array[]> {
  ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))).then(() =>
    FONT_FILES.map((file) => new Uint8Array(readFileSync(require.resolve(file)))),
  );
  return ready;
}

export async function previewPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const fontBuffers = await start();
  const resvg = new Resvg(svg, {
    font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: PREVIEW_FONT },
  });
  return new Uint8Array(resvg.render().asPng());
}
