import { createRequire } from "node:module";
import { dirname, join } from "node:path";

type Pdfmake = typeof import("pdfmake");

let engine: Promise<Pdfmake> | undefined;

/**
 * pdfmake, configured once with its own Roboto files (no network, nothing else on disk). Loaded on the
 * first PDF rather than at start: pdfmake and its font tooling are a large share of the API's start-up.
 */
export function loadPdfmake(): Promise<Pdfmake> {
  engine ??= import("pdfmake").then((loaded) => {
    // pdfmake is CommonJS: its API is the default export when imported at run time.
    const pdfmake = (loaded as { default?: Pdfmake }).default ?? loaded;
    const fontDir = join(
      dirname(createRequire(import.meta.url).resolve("pdfmake/package.json")),
      "fonts",
      "Roboto",
    );
    pdfmake.setFonts({
      Roboto: {
        normal: join(fontDir, "Roboto-Regular.ttf"),
        bold: join(fontDir, "Roboto-Medium.ttf"),
        italics: join(fontDir, "Roboto-Italic.ttf"),
        bolditalics: join(fontDir, "Roboto-MediumItalic.ttf"),
      },
    });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));
    return pdfmake;
  });
  return engine;
}
