import { describe } from 'vitest';
import { linkedinAdapter } from '../../src/sites/linkedin';
import { expectFixturesObserved, expectNotPages } from './fixture-harness';

describe('LinkedIn adapter', () => {
  expectFixturesObserved(linkedinAdapter, [
    'company-posts-member-en',
    'company-posts-owner-en',
    'company-posts-drifted-en',
  ]);
  expectNotPages(linkedinAdapter, 'company-posts-member-en', [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/search/results/companies/?keywords=motion',
    'https://www.linkedin.com/company/motionapp/jobs/',
    'https://www.linkedin.com/in/luiscarrascob/',
    'https://www.linkedin.com/feed/update/urn:li:activity:7298432490627575809/',
  ]);
});
