/** What a static host serves for a path with no page: says so, and links home. */
export function NotFoundPage({ siteTitle, base }: { siteTitle: string; base: string }) {
  return (
    <div className="app static-page">
      <header className="app-header">
        <div className="titles">
          <p className="site-name">{siteTitle}</p>
        </div>
      </header>
      <main id="main" className="not-found">
        <h1>This page does not exist</h1>
        <p>There is no event or page at this address. It may have been mistyped, or the event may have been renamed or removed.</p>
        <p>
          <a href={base}>Go to the timeline’s home page</a>, where every event is listed.
        </p>
      </main>
    </div>
  );
}
