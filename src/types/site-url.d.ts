/** SITE_URL as the build was given it (vite.config.ts `define`), or '' when the build had only the placeholder. */
declare const __SITE_URL__: string;
