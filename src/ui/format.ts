/** Numbers as the panel shows them. */
export function formatKm(km: number): string {
  const digits = km < 10 ? 1 : 0;
  return `${km.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })} km`;
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
