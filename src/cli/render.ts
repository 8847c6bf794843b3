// `ec2viz render <file> -o out.svg|out.png`: the app's image export, headless.
import { textOf } from "../i18n/strings.ts";
import type { RenderCommand } from "./draw-args.ts";
import { drawToFile } from "./draw-to-file.ts";
import type { Output } from "./main.ts";
import { renderImage } from "./render-image.ts";

export function runRender(command: RenderCommand, io: Output): Promise<number> {
  return drawToFile(command, io, async ({ doc, collapsed, diagnostics }) => {
    const image = await renderImage(doc, {
      format: command.format,
      scale: command.scale,
      background: command.background,
      lang: command.lang,
      collapsed,
      diagnostics,
    });
    if (!image.ok) return image;
    const size = `${image.width} × ${image.height} px`;
    return {
      ok: true,
      data: image.data,
      notes: image.notes,
      wrote: textOf("cli.wroteImage", { file: command.out, size }),
    };
  });
}
