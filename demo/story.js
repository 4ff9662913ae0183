// demo/story.html: shows one story of data/ with every widget. ?id=<folder>&scheme=dark&lang=fr
// (an external module, so the page runs under a CSP without 'unsafe-inline').
const params = new URLSearchParams(location.search);
const ids = [
  'niamey-protests-2024',
  'amman-water-rationing-2026',
  'chad-meningitis-2026',
  'colombo-bank-run-2026',
  'copperbelt-strike-2025',
  'dakar-fuel-protests-2025',
  'dakar-trawler-licences-2026',
  'dorohusk-farm-blockade-2026',
  'ethiopia-birr-devaluation-2026',
  'jujuy-lithium-ruling-2026',
  'lake-volta-floating-solar-2026',
  'lokoja-flood-2025',
  'malawi-by-elections-2026',
  'mekong-rice-quota-2026',
  'morowali-landslide-2026',
  'nairobi-river-evictions-2026',
  'osh-airline-grounding-2026',
  'serta-wildfire-evacuation-2026',
  'tongi-factory-fire-inquiry-2026',
  'valparaiso-port-strike-2026',
  'zomba-by-election-2026',
];
const id = ids.includes(params.get('id')) ? params.get('id') : ids[0];
if (params.get('scheme')) document.documentElement.dataset.scheme = params.get('scheme');
if (params.get('lang')) document.documentElement.lang = params.get('lang');
if (params.get('dir')) document.documentElement.dir = params.get('dir');
const nav = document.getElementById('stories');
for (const other of ids) {
  const a = document.createElement('a');
  a.href = `?id=${other}`;
  a.textContent = other;
  if (other === id) a.setAttribute('aria-current', 'page');
  nav.append(a);
}
// the page's default story, from its URL (set before any widget asks, so there is never a moment without a source)
const provider = Object.assign(document.createElement('sahel-story'), { src: `/data/${id}/story.json` });
provider.setAttribute('page-default', '');
document.body.prepend(provider);
const story = await (await fetch(`/data/${id}/story.json`)).json();
document.getElementById('headline').textContent = story.article.headline;
document.title = `${story.article.headline} — sahel-widgets demo`;
// whole utterances only: a part that continues another is shown by the card of the first part
document.getElementById('quotes').append(...story.quotes.filter((q) => !q.continues).map((q) => Object.assign(document.createElement('quote-card'), { quote: q.id })));
