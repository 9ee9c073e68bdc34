/** How each network is named on Candor's pages. */
export const NETWORK_NAMES = { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' } as const;
