// The content script as one self-contained file, for hosts registered at run time (Mastodon
// instances the admin granted): a separate entry, since the manifest's own entry is built as
// a module loader whose chunks are web-accessible to the listed sites only.
import './index';
