// The file name patterns the "Open…" dialog offers (a tiny module: the page needs it at once,
// the readers behind it load when a file is opened).
export const OPEN_ACCEPT =
  ".json,.yaml,.yml,.png,.svg,.template,.tfstate,.txt,.out,application/json,image/png,image/svg+xml";
