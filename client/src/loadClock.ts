/**
 * When the extension's code began to run. extension.ts imports this module first, so that it
 * can tell how long its modules took to load inside a real VS Code.
 */
export const loadStarted = performance.now();
