/** The dataset version this build carries (see version.config.ts), e.g. `2026-12-02-3f9a1c2`. */
export const DATASET_VERSION: string = __DATASET_VERSION__;

/** The form a dataset version takes in a link (`v=`). */
export const VERSION_PATTERN = /^\d{4}-\d{2}-\d{2}-[0-9a-f]{7}$/;
