import { useEffect } from 'react';
import { usePublicBureau } from './api.ts';

/**
 * The tab title of a portal page: "页面 - 示例市司法局行政执法公示", so tabs, history and bookmarks tell pages apart.
 * `undefined` (the home page, or while a page's data loads) gives the site's name alone.
 */
export function usePortalTitle(page: string | undefined) {
  const { data: bureau } = usePublicBureau();
  useEffect(() => {
    const site = `${bureau ?? ''}行政执法公示`;
    document.title = page ? `${page} - ${site}` : site;
  }, [page, bureau]);
}
