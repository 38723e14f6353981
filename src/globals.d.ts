/// <reference types="vite-plugin-pwa/client" />

/** Replaced at build time by vite.config.ts (`define`). */
declare const __DATASET_VERSION__: string;
