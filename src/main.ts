/**
 * The entry points Google calls: menu handlers, google.script.run targets and
 * trigger handlers. Every export here becomes a top-level function in the
 * pushed script (see build.mjs); export nothing else.
 */
export { onOpen, onInstall } from './actions/menu';
