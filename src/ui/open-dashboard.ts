import browser from 'webextension-polyfill';

export const DASHBOARD_PAGE = 'src/dashboard/index.html';

/** From the popup and the options: the dashboard in a tab, on one page when given. */
export function openDashboard(pageId?: string): Promise<unknown> {
  const url = browser.runtime.getURL(DASHBOARD_PAGE) + (pageId ? `#${encodeURIComponent(pageId)}` : '');
  return browser.tabs.create({ url });
}
