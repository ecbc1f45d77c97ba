/**
 * Node tests never load Electron (requiring it tries to download a binary). Anything that
 * imports it under vitest gets this module, which says so loudly.
 */
throw new Error('electron was imported in a Node test: keep Electron out of src/main/core, src/shared and server/')
