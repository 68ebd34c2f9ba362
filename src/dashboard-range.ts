// Shared by the dashboard (its range buttons), the message check and the worker's reads, without
// the message module's browser API: how far back the dashboard's page in depth looks.
export type DashboardRange = '90d' | '1y' | 'all';
export const DASHBOARD_RANGES: readonly DashboardRange[] = ['90d', '1y', 'all'];
export const RANGE_DAYS: Record<DashboardRange, number> = { '90d': 90, '1y': 365, all: Infinity };
