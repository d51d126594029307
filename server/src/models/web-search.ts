// Web search and scraping SDKs: what they return is the text of pages anyone can publish, so it is
// external content (indirect-prompt-injection when it reaches an instruction channel, and what the
// other rules treat as attacker-reachable data). The keys they take are configuration.
import type { Model } from "../engine/model";

export const webSearchModel: Model = {
  name: "web search and scraping SDKs",
  rows: [
    // exa-js: `const exa = new Exa(key); await exa.searchAndContents(q, { text: true })`.
    {
      kind: "source", taint: "external", label: "web search results",
      callee: "exa-js:*().{search,searchAndContents,findSimilar,findSimilarAndContents,getContents,answer,streamAnswer}",
    },
    // Tavily: `const tvly = tavily({ apiKey }); await tvly.search(q)`.
    {
      kind: "source", taint: "external", label: "web search results",
      callee: "@tavily/core:tavily().{search,searchQNA,searchContext,extract,crawl,map}",
    },
    // Firecrawl: v1 `new FirecrawlApp({ apiKey }).scrapeUrl(url)`, v2 `new Firecrawl().scrape(url)`.
    {
      kind: "source", taint: "external", label: "scraped pages",
      callee: "@mendable/firecrawl-js:*().{scrapeUrl,crawlUrl,asyncCrawlUrl,checkCrawlStatus,batchScrapeUrls,search,extract,scrape,crawl,batchScrape,getCrawlStatus,map}",
    },
    // SerpApi and DuckDuckGo: result snippets written by the pages' authors.
    { kind: "source", taint: "external", label: "web search results", callee: ["serpapi:{getJson,getHtml}", "duck-duck-scrape:{search,searchNews,searchImages,searchVideos}"] },
  ],
};
