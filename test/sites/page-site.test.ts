import { describe, expect, it } from 'vitest';
import { isOnPageSite } from '../../src/sites/page-site';

describe('isOnPageSite', () => {
  it("takes LinkedIn's country subdomains as LinkedIn, and no look-alike host", () => {
    for (const host of ['www.linkedin.com', 'linkedin.com', 'fr.linkedin.com', 'uk.linkedin.com']) {
      expect(isOnPageSite(`https://${host}/company/atelier-verde/`, 'linkedin', 'atelier-verde'), host).toBe(true);
    }
    for (const host of ['business.linkedin.com', 'linkedin.com.example.net', 'evil-linkedin.com']) {
      expect(isOnPageSite(`https://${host}/company/atelier-verde/`, 'linkedin', 'atelier-verde'), host).toBe(false);
    }
  });
});
