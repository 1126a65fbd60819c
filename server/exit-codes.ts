// Exit codes the server and its supervisor agree on.

/** Bad settings, a damaged store, a port or data folder in use: starting again cannot help (sysexits EX_CONFIG). */
export const EXIT_CONFIG = 78;
