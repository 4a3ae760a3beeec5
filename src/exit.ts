/** Exit codes, in one place: 0 clean, 1 problems found, 2 bad usage or input. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
