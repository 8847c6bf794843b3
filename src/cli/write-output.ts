// Writing a command's output file: whole or not at all (a temporary file renamed over the target),
// so a watcher or a browser never reads half a picture, and a failed run leaves the old file.

import { chmod, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { textOf } from "../i18n/strings.ts";
import type { LocalText } from "../i18n/text.ts";
import type { Lang } from "../model/diagnostics.ts";

export async function writeWhole(
  path: string,
  bytes: Uint8Array | string | Iterable<string>,
  lang: Lang,
  mode?: number,
): Promise<string | undefined> {
  return (await writeWholeSaying(path, bytes, mode))?.[lang];
}

/** writeWhole, saying why it failed in each language (`ec2viz serve`'s app words it in the one it shows). */
export async function writeWholeSaying(
  path: string,
  /**
   * Parts (text-parts.ts) are written one after another: text longer than one string can be. An
   * iterable may make each part as it is taken (svgPartsAsMade), so only one is held at a time.
   */
  bytes: Uint8Array | string | Iterable<string>,
  /** Permissions to give the file (those of the file it replaces), else the default. */
  mode?: number,
): Promise<LocalText | undefined> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, path);
    return undefined;
  } catch (error) {
    // Tidy up our own temporary file; what can't be removed (a folder of that name) is not ours to remove.
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    const why = textOf("cli.cantWrite", { code });
    return { en: `${path}: ${why.en}`, ko: `${path}: ${why.ko}` };
  }
}
