// Loads a module the first time it is wanted, once the first picture is painted (it never waits for
// these), then keeps it.
import { useEffect, useState } from "react";
import { afterFirstPicture } from "../diagram/first-picture.ts";

/** `load` must be stable (a module-level function). Undefined until the module has arrived. */
export function useModule<M>(load: () => Promise<M>, wanted: boolean): M | undefined {
  const [mod, setMod] = useState<M | undefined>(undefined);
  useEffect(() => {
    if (!wanted || mod !== undefined) return;
    let live = true;
    void afterFirstPicture.then(load).then((m) => {
      if (live) setMod(() => m);
    });
    return () => {
      live = false;
    };
  }, [load, wanted, mod]);
  return mod;
}
