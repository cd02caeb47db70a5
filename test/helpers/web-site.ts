import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { layColumn, makePdf } from './make-pdf.js';

/** Paragraphs we wrote for these tests: enough article for the clean stage to keep. */
export const englishParagraphs = [
  'Mexican and American officials met in Monterrey on Thursday to review the security program signed last year, the foreign ministry said in a statement.',
  'The delegations agreed to share more data on weapons seized at the border and to meet again before the end of the year, according to the statement.',
  'Officials from both countries described the talks as frank and said the working groups would report back to their ministers within sixty days.',
];
export const spanishParagraphs = [
  'La Secretaría de Marina informó que sus elementos aseguraron un cargamento de armas en el puerto de Manzanillo durante una revisión de rutina.',
  'Según el comunicado, la carga llegó en dos contenedores declarados como refacciones y fue entregada a la Fiscalía para su investigación.',
  'Las autoridades “no descartan nuevas revisiones” en otros puertos del Pacífico, añadió la dependencia en su mensaje del martes por la tarde.',
];

/** Other stories, each its own (stories that share their text are stored once, as copies). */
const stories = {
  scanners: [
    'Customs officers at the Pacific port of Lázaro Cárdenas began using four new container scanners on Monday, the port authority said.',
    'The machines can inspect a loaded container in under a minute, and the authority expects them to double the share of cargo that is checked.',
    'Shipping agents said the first days brought short delays at the gates, which the authority blamed on staff still learning the new software.',
  ],
  meeting: [
    'A meeting of border governors in El Paso ended a day early on Friday after two delegations left to attend a funeral in Chihuahua.',
    'The governors had planned to discuss shared water rights, bridge tolls and a pilot program for trusted truck drivers crossing each morning.',
    'Organisers said the remaining sessions would be held online next month, and that no agreement had been signed before the delegations left.',
  ],
  revisited: [
    'Prosecutors in Nuevo León said on Wednesday that they had charged eleven people over the theft of fuel from a pipeline near Cadereyta.',
    'The suspects are accused of drilling taps at night and moving the fuel in rented tanker trucks to depots on the outskirts of Monterrey.',
    'State officials said the arrests followed months of surveillance carried out together with the federal energy regulator and the army.',
  ],
  compressed: [
    'The Senate committee on foreign relations heard testimony on Tuesday about the pace of extraditions between the two countries.',
    'Witnesses from two universities said that cases now took about fourteen months on average, down from more than two years a decade ago.',
    'Several senators asked for a public count of pending requests, which the justice ministry has not released since the spring.',
  ],
  monterrey: [
    'Delegates from both governments gathered in Monterrey on Wednesday evening for a working dinner ahead of two days of security talks.',
    'Aides said the agenda would cover arms trafficking through the northern crossings, money laundering cases and the training of state police.',
    'A joint statement is expected at the close of the talks, though officials cautioned that some disagreements over extraditions remain open.',
  ],
  comunicado: [
    'La Guardia Nacional informó que desmanteló dos laboratorios clandestinos en la sierra de Sinaloa durante un operativo de tres días.',
    'De acuerdo con la corporación, en los inmuebles se encontraron reactores, precursores químicos y cerca de ochenta kilos de metanfetamina.',
    'El material quedó a disposición del Ministerio Público Federal, que abrió una carpeta de investigación por delitos contra la salud.',
  ],
} as const;

export function page(options: { title: string; paragraphs?: readonly string[]; head?: string; lang?: string }): string {
  const body = (options.paragraphs ?? englishParagraphs).map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head><title>${options.title}</title>${options.head ?? ''}</head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><article><h1>${options.title}</h1>
${body}</article><footer>© The Valley Courier</footer></body></html>`;
}

type Handler = (req: IncomingMessage, res: ServerResponse, site: { url: string; hits: Map<string, number> }) => void;

const html =
  (body: string | Buffer, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      ...headers,
    });
    res.end(body);
  };
const redirect =
  (status: number, to: string): Handler =>
  (_req, res) => {
    res.writeHead(status, { location: to });
    res.end();
  };

const longParagraph =
  'The carried article runs long enough to be the story itself: officials from both countries met at the border crossing, compared the figures of weapons seized during the quarter, and agreed that the working group would publish a joint tally every month from now on, with each agency naming the port and the date of every seizure. ';

/** The feeds' XML, with the site's own address filled in. */
function rss(url: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Valley Courier: Security</title><link>${url}/</link>
<item><title>Officials Review Security Program in Monterrey</title><link>${url}/news/monterrey-talks.html</link><guid>vc-1</guid>
<pubDate>Thu, 11 Dec 2025 18:30:00 -0600</pubDate><dc:creator>Lucía Ferrer</dc:creator><description>A short teaser of the talks.</description></item>
<item><title>Working Group Will Publish a Monthly Tally</title><guid isPermaLink="false">vc-2</guid><link>${url}/news/tally.html</link>
<pubDate>Fri, 12 Dec 2025 09:00:00 -0600</pubDate><content:encoded><![CDATA[<p>${longParagraph.repeat(3)}</p>]]></content:encoded></item>
<item><title>A Story That Was Taken Down</title><link>${url}/news/gone.html</link><guid>vc-3</guid><pubDate>Sat, 13 Dec 2025 09:00:00 -0600</pubDate></item>
</channel></rss>`;
}

function atom(url: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Marina: comunicados</title><link href="${url}/"/><id>${url}/atom.xml</id><updated>2025-07-09T12:00:00-06:00</updated>
<entry><title>Aseguran armas en Manzanillo</title><id>tag:marina,2025:501</id><link rel="alternate" href="${url}/comunicados/501.html"/>
<published>2025-07-08T20:15:00-06:00</published><summary>Resumen breve.</summary></entry>
</feed>`;
}

const routes = (url: string): Record<string, Handler> => ({
  // A page without a date in its markup or text: its URL gives the day.
  '/2025/12/11/talks.html': html(
    page({
      title: 'Officials Review Security Program',
      head: '<meta property="og:site_name" content="The Valley Courier">',
    }),
  ),
  '/2025/7/9/brief.html': html(page({ title: 'Ports Get New Scanners', paragraphs: stories.scanners })),
  '/archive/2026-01-24-border-meeting.html': html(
    page({ title: 'Border Meeting Ends Early', paragraphs: stories.meeting }),
  ),
  // A page whose markup states its date: the markup wins over the URL.
  '/2025/12/11/dated.html': html(
    page({
      title: 'Eleven Charged Over Pipeline Thefts',
      paragraphs: stories.revisited,
      head: '<meta property="article:published_time" content="2025-12-10T22:00:00-06:00">',
    }),
  ),
  // Windows-1252 bytes, declared only by the HTTP header.
  '/latin.html': html(
    Buffer.from(
      page({ title: 'Aseguran armas en Manzanillo', paragraphs: spanishParagraphs, lang: 'es' }).replace(
        /[“”]/g,
        (q) => (q === '“' ? '\u0093' : '\u0094'),
      ),
      'latin1',
    ),
    { 'content-type': 'text/html; charset=windows-1252' },
  ),
  '/gzip.html': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(gzipSync(page({ title: 'Compressed Page About Border Talks', paragraphs: stories.compressed })));
  },
  '/redirect/1': redirect(302, '/redirect/2'),
  '/redirect/2': redirect(301, `${url}/redirect/3`),
  '/redirect/3': redirect(307, '/2025/12/11/talks.html'),
  '/loop/a': redirect(302, '/loop/b'),
  '/loop/b': redirect(302, '/loop/a'),
  '/to-link-local': redirect(302, 'http://169.254.169.254/latest/meta-data/'),
  '/to-ipv6-loopback': redirect(302, 'http://[::1]:9/'),
  '/to-file': redirect(302, 'file:///etc/passwd'),
  // Sends its headers at once and its body too late.
  '/slow.html': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<!doctype html><html><body>');
    const timer = setTimeout(() => res.end('<p>Too late.</p></body></html>'), 3000);
    res.on('close', () => clearTimeout(timer));
  },
  '/silent.html': (_req, res) => {
    const timer = setTimeout(() => html(page({ title: 'Late' }))(_req, res, { url, hits: new Map() }), 3000);
    res.on('close', () => clearTimeout(timer));
  },
  '/big.html': html(page({ title: 'Big Page', paragraphs: Array.from({ length: 800 }, () => englishParagraphs[0]!) })),
  // The same size, sent in chunks without a Content-Length.
  '/big-chunked.html': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = `<p>${englishParagraphs[1]}</p>\n`;
    for (let i = 0; i < 800; i++) res.write(chunk);
    res.end();
  },
  '/image.png': (_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  },
  '/empty.html': html(''),
  // A PDF statement; its Info dictionary states no date, its URL does.
  '/statements/2025/12/11/joint.pdf': (_req, res) => {
    const pdf = makePdf(
      [
        {
          lines: [
            { x: 50, y: 770, text: 'Joint Statement on Customs Cooperation', size: 16 },
            ...layColumn(stories.scanners, 50, 720).lines,
          ],
        },
      ],
      { Title: 'Joint Statement on Customs Cooperation' },
    );
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(pdf.length) });
    res.end(pdf);
  },
  '/news/monterrey-talks.html': html(
    page({ title: 'Officials Review Security Program in Monterrey', paragraphs: stories.monterrey }),
  ),
  '/news/tally.html': html(page({ title: 'Tally' })),
  '/comunicados/501.html': html(
    page({ title: 'Desmantelan laboratorios en Sinaloa', paragraphs: stories.comunicado, lang: 'es' }),
  ),
  // RSS with validators: a request that sends them back gets 304.
  '/rss.xml': (req, res) => {
    const etag = '"rss-v1"';
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      return void res.end();
    }
    res.writeHead(200, {
      'content-type': 'application/rss+xml; charset=utf-8',
      etag,
      'last-modified': 'Fri, 12 Dec 2025 15:00:00 GMT',
    });
    res.end(rss(url));
  },
  '/atom.xml': (req, res) => {
    const modified = 'Wed, 09 Jul 2025 18:00:00 GMT';
    if (req.headers['if-modified-since'] === modified) {
      res.writeHead(304);
      return void res.end();
    }
    res.writeHead(200, { 'content-type': 'application/atom+xml', 'last-modified': modified });
    res.end(atom(url));
  },
  '/broken-feed.xml': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end('<rss version="2.0"><channel><title>Half</title><item><title>cut');
  },
});

/**
 * A small web site on 127.0.0.1 for intake tests: pages, feeds, redirect chains, a slow page, an
 * oversized page, a Windows-1252 page. Nothing here talks to any other address.
 */
export async function startWebSite(): Promise<{
  url: string;
  hits: Map<string, number>;
  failing: Set<string>;
  close: () => Promise<void>;
}> {
  const hits = new Map<string, number>();
  /** Paths that answer 503 for now. */
  const failing = new Set<string>();
  let table: Record<string, Handler> = {};
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = table[path];
    if (failing.has(path)) {
      res.writeHead(503, { 'content-type': 'text/plain' });
      return void res.end('down for maintenance');
    }
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return void res.end('not found');
    }
    handler(req, res, { url, hits });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  table = routes(url);
  return {
    url,
    hits,
    failing,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
