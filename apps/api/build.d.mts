/** Builds dist/ when imported (see build.mjs). */
export {};
