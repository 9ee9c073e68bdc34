/**
 * A company page's admin view, `/company/<page>/admin/page-posts/published/`: the admin rail, the published posts,
 * and the share box open to post AS the page — the header button shows "Acme Robotics", not the member, since
 * LinkedIn fixes the author from this URL. Classic front end, Quill 1 composer. Editor: composer.
 */
import quillCss from 'quill1/dist/quill.core.css?inline';
import { addStyle, exposeFixture, find, initialDraft, mountPoint } from './page';
import { htmlNodes } from '../html';
import { avatar, classicFrame, globalNav, icon, mountShareComposer, PAGE_CSS, shareBoxMarkup } from './linkedin-chrome';

const PAGE = { name: 'Acme Robotics', followers: '8,912 followers', tagline: 'Industrial robots that work alongside people' };

function publishedPost(text: string, when: string, impressions: string): string {
  return `
    <li class="org-page-posts__post artdeco-card">
      <div class="update-components-actor">
        ${avatar('AR', 'robotics', 48)}
        <div class="update-components-actor__meta">
          <span class="update-components-actor__title">${PAGE.name}</span>
          <span class="update-components-actor__description">${PAGE.followers}</span>
          <span class="update-components-actor__sub-description">${when} · ${icon('globe', 12)}</span>
        </div>
      </div>
      <p class="update-components-text">${text}</p>
      <div class="org-page-posts__analytics">${icon('chart', 16)}<span><strong>${impressions}</strong> impressions</span><a href="#">View analytics</a></div>
    </li>`;
}

const COMPANY_CSS = `
  .org-admin-banner { background: #fff; border-bottom: 1px solid rgba(140, 140, 140, 0.2); }
  .org-admin-banner__content { width: min(1128px, calc(100% - 48px)); margin: 0 auto; height: 48px; display: flex; align-items: center; gap: 12px; }
  .org-admin-banner__badge { padding: 2px 8px; border-radius: 4px; background: #e8f3ff; color: #0a66c2; font-size: 12px; font-weight: 600; }
  .org-admin-banner__title { font-weight: 600; }
  .org-admin-banner__actions { margin-left: auto; display: flex; gap: 8px; }
  .org-admin-banner__button { height: 32px; padding: 0 16px; border: 1px solid #0a66c2; border-radius: 16px; background: #fff; color: #0a66c2; font-weight: 600; cursor: pointer; }
  .org-admin-banner__button--primary { background: #0a66c2; color: #fff; }
  .org-admin-layout { width: min(1128px, calc(100% - 48px)); margin: 24px auto; display: grid; grid-template-columns: 225px minmax(0, 1fr) 300px; gap: 24px; align-items: start; }
  .org-admin-nav { padding: 16px 0 8px; }
  .org-admin-nav__page { display: flex; align-items: center; gap: 10px; padding: 0 16px 12px; border-bottom: 1px solid rgba(140, 140, 140, 0.2); }
  .org-admin-nav__page-name { font-weight: 600; font-size: 16px; line-height: 1.25; }
  .org-admin-nav__page-meta { font-size: 12px; color: rgba(0, 0, 0, 0.6); }
  .org-admin-nav__items { padding: 8px 0; }
  .org-admin-nav__item { display: block; padding: 8px 16px 8px 13px; border-left: 3px solid transparent; font-weight: 600; color: rgba(0, 0, 0, 0.6); }
  .org-admin-nav__item--active { border-left-color: #01754f; color: rgba(0, 0, 0, 0.9); background: rgba(1, 117, 79, 0.06); }
  .org-admin-main { display: flex; flex-direction: column; gap: 8px; min-width: 0; }
  .org-page-posts__header { padding: 16px 16px 0; }
  .org-page-posts__header h1 { font-size: 20px; font-weight: 600; }
  .org-page-posts__tabs { display: flex; gap: 4px; margin-top: 8px; }
  .org-page-posts__tab { padding: 12px 12px 10px; border-bottom: 2px solid transparent; font-weight: 600; color: rgba(0, 0, 0, 0.6); }
  .org-page-posts__tab--active { border-bottom-color: #01754f; color: #01754f; }
  .org-page-posts__list { display: flex; flex-direction: column; gap: 8px; }
  .org-page-posts__analytics { display: flex; align-items: center; gap: 6px; margin: 8px 16px 0; padding: 10px 0 12px; border-top: 1px solid rgba(140, 140, 140, 0.2);
    font-size: 12px; color: rgba(0, 0, 0, 0.6); }
  .org-page-posts__analytics a { margin-left: auto; color: #0a66c2; font-weight: 600; }
  .org-admin-aside { padding: 16px; }
  .org-admin-aside h2 { font-size: 16px; font-weight: 600; }
  .org-admin-aside p { margin: 8px 0 12px; color: rgba(0, 0, 0, 0.6); }
  .org-admin-aside__meter { height: 8px; border-radius: 4px; background: #e8e8e8; overflow: hidden; }
  .org-admin-aside__meter i { display: block; width: 70%; height: 100%; background: #01754f; }
  @media (max-width: 1199px) {
    .org-admin-layout { grid-template-columns: 225px minmax(0, 1fr); max-width: 804px; }
    .org-admin-aside-column { display: none; }
  }
`;

/** `/company/acme-robotics/admin/page-posts/published/`: editor composer, posting as the page. */
export function renderCompanyAdmin(): void {
  const root = mountPoint();
  classicFrame(root);
  const navItem = (label: string, active = false) =>
    `<a class="org-admin-nav__item${active ? ' org-admin-nav__item--active' : ''}" href="#"${active ? ' aria-current="page"' : ''}>${label}</a>`;
  root.replaceChildren(
    ...htmlNodes(`
    ${globalNav('none')}
    <div class="org-admin-banner">
      <div class="org-admin-banner__content">
        <span class="org-admin-banner__badge">Super admin view</span>
        <span class="org-admin-banner__title">${PAGE.name}</span>
        <div class="org-admin-banner__actions">
          <button class="org-admin-banner__button" type="button">View as member</button>
          <button class="org-admin-banner__button org-admin-banner__button--primary" type="button">Create</button>
        </div>
      </div>
    </div>
    <div class="org-admin-layout">
      <aside class="org-admin-nav artdeco-card" aria-label="Page admin navigation">
        <div class="org-admin-nav__page">
          ${avatar('AR', 'robotics', 48)}
          <div><div class="org-admin-nav__page-name">${PAGE.name}</div><div class="org-admin-nav__page-meta">${PAGE.followers}</div></div>
        </div>
        <nav class="org-admin-nav__items">
          ${navItem('Dashboard')}${navItem('Page posts', true)}${navItem('Analytics')}${navItem('Feed')}${navItem('Activity')}${navItem('Inbox')}${navItem('Edit page')}${navItem('Jobs')}
        </nav>
      </aside>
      <main class="org-admin-main" aria-label="Page posts">
        ${shareBoxMarkup({ actor: { name: PAGE.name, avatar: avatar('AR', 'robotics', 56) } })}
        <section class="artdeco-card">
          <div class="org-page-posts__header">
            <h1>Page posts</h1>
            <div class="org-page-posts__tabs" role="tablist">
              <a class="org-page-posts__tab org-page-posts__tab--active" role="tab" aria-selected="true" href="/company/acme-robotics/admin/page-posts/published/">Published</a>
              <a class="org-page-posts__tab" role="tab" aria-selected="false" href="/company/acme-robotics/admin/page-posts/scheduled/">Scheduled</a>
              <a class="org-page-posts__tab" role="tab" aria-selected="false" href="/company/acme-robotics/admin/page-posts/drafts/">Drafts</a>
              <a class="org-page-posts__tab" role="tab" aria-selected="false" href="/company/acme-robotics/admin/page-posts/boosted/">Boosted</a>
            </div>
          </div>
        </section>
        <ul class="org-page-posts__list">
          ${publishedPost('Meet the R7 cobot: it picks, packs and hands over parts safely, right next to your team. Demo days start in May.', '3d', '4,218')}
          ${publishedPost('We are hiring field engineers in Porto and Lyon. Come build robots that people enjoy working with.', '1w', '2,764')}
        </ul>
      </main>
      <div class="org-admin-aside-column">
        <section class="org-admin-aside artdeco-card">
          <h2>Grow your Page</h2>
          <p>Pages that post weekly see 5x more engagement. Keep your streak going.</p>
          <div class="org-admin-aside__meter" aria-hidden="true"><i></i></div>
        </section>
      </div>
    </div>`),
  );
  addStyle(quillCss);
  addStyle(PAGE_CSS);
  addStyle(COMPANY_CSS);
  const composer = mountShareComposer(find(root, '.share-box-v2__modal'), initialDraft());
  exposeFixture(`${PAGE.name}: Page posts | LinkedIn`, { composer: () => composer.text() });
}
