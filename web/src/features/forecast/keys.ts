/** The forecast page's query keys (every one starts with `all`). */
export const forecastKeys = {
  all: ['forecast'] as const,
};
