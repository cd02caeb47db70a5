/** The text of `puente help`. */
export const helpText = `puente — follow up on security cooperation commitments, with evidence

Usage:
  puente analyze PATH... [--format text|json|jsonl] [--jobs N] [--max-size SIZE] [--actors FILE] [--published DATE]
      Read files and folders (.txt, .md, .html, .htm, .pdf) and manifests of articles (.jsonl,
      .csv), clean and analyse them, and print the result without storing it. Copies of one
      story are listed under it and compared as one source. --format json prints the analysis contract
      (a document at a time), jsonl the same as JSON Lines (one entity, document, finding, story
      or copy a line). --jobs N analyses N documents at once in worker threads (default: one per
      core but one, for every 100 documents; the output is the same). --actors adds a
      YAML file of known actors (name, kind, aliases, country, offices with role/from/to) to
      the built-in ones, so their aliases and offices resolve. --published 2025-12-11 sets the
      publication date of every input (relative dates are told from it), over what they say.
  puente ingest PATH|URL... [--db FILE] [--jobs N] [--max-size SIZE] [--allow-host HOST]... [--timeout SECONDS]
      Read files, folders, manifests and web pages into the store: new documents, unchanged ones,
      new versions and copies of a stored story are counted, files of other types are named as
      skipped; a progress bar shows on a terminal. A URL (http or https) is fetched and kept as
      the document's locator; a feed URL (RSS, Atom, JSON Feed) has each item read once: its link
      fetched as a page, or its own content when the feed carries the full text. --jobs N
      analyses N files at once in worker threads, ahead of storing (default: one per core but
      one, which stores, for every 250 files).
  puente watch add URL [--every 30m] | list | remove URL | run
      Watch a feed: read it now and then every interval (30m, 2h, 1d) with conditional requests;
      list the watched feeds with their last error and next try; stop watching one; or read the
      feeds that are due once (for cron). \`puente serve\` reads them as they fall due.
  puente serve [--port N] [--host ADDR] [--public-url URL] [--max-body SIZE] [--db FILE] [--example] [--allow-host HOST]...
      Serve the web app and the JSON API, on 127.0.0.1 unless --host says otherwise (0.0.0.0 for
      every interface). --public-url is the address people open when a proxy (HTTPS) serves it.
      Sign-in is needed once the store has users; without users, a server on 127.0.0.1 over the
      embedded store runs in the local single-user mode (no sign-in), and any other prints how
      to make the first administrator. --max-body caps request bodies (default 8MB).
      Watched feeds are read as they fall due; --allow-host lets the server fetch from a private host.
  puente agreement import FILE | list | show ID
      Import an agreement file (YAML) with its commitments and meetings, list or show them.
  puente assess COMMITMENT --party CODE --as NAME --status STATUS [--narrative TEXT]
                [--evidence DOC:START-END]...
      Record your party's own assessment of a commitment. Statuses: not_started, minimal,
      intermediate, complete, no_evidence, stalled, disputed. The joint status changes only
      when every party's assessment agrees; no party can write another's.
  puente propose [--agreement ID]
      Propose links from stored documents to the agreement's commitments (also run by ingest).
  puente review [list] | accept ID --as NAME | reject ID --as NAME
      Decide on evidence proposals; only accepted ones count as evidence.
  puente followup [--since DATE] [--today DATE] [--agreement ID]
      What is overdue or due soon, what changed since the group last met, what awaits review.
  puente report --format md|html [--out FILE] [--since DATE] [--today DATE]
      The report for the next meeting: each party's assessment, evidence with citations, changes.
  puente export events|quotes|figures [PATH...] [--format csv|json] [--out FILE]
      The stored documents' (or the given files') events as CSV or PLOVER-style JSON records,
      quotes or figures, each with its document, URL, date, sentence and offsets. To standard
      output unless --out; the columns are listed in the README under "Exports".
  puente export evidence [COMMITMENT] [--format csv|json] [--out FILE] [--agreement ID]
      The evidence bundle of one commitment (or of every commitment): the joint status, each
      party's assessment, the change log, and each cited sentence with its document.
  puente audit verify [--against HEAD_FILE] [--key FILE] | head [--out FILE] [--key FILE] | log
      Check the audit log's hash chain (names an edited, deleted or reordered entry), a head saved
      earlier (a rewrite, truncation or wipe since), and the assessments and joint statuses against
      what the log records; sign the head with the deployment's key for each party to keep; or print the log.
  puente user add NAME --role admin|assessor|reviewer|observer [--party CODE] [--password-stdin]
  puente user list | token NAME [--label TEXT] | revoke-token ID | password NAME [--password-stdin]
      Users of a shared server: an admin manages users and agreements, an assessor writes its
      party's assessments only (--party is required), a reviewer decides on evidence proposals,
      an observer reads. The password is asked on the terminal, or read from standard input.
      token prints a new API token for scripts once (only its hash is kept); revoke-token ends it
      (an id issued before ids were hex and begins with "-" goes last, after --).
      On a store with users, --as must name one of them in every command.
  puente worker [--concurrency N] [--until-empty]
      Take queued jobs (ingest, analyse, propose, poll-feeds) and run them, N at a time, until
      stopped (or, --until-empty, until none is left). On PostgreSQL start as many workers, on as
      many machines, as you like; on SQLite one. A failed job is retried with a growing delay,
      then kept with its error.
  puente jobs [list] | add ingest PATH|URL... | add analyse DOC...|--stale | add propose [--agreement ID] | add poll-feeds
      Show queued, running and failed jobs, or queue work for the workers (a folder becomes one
      ingest job per file).
  puente help
      Show this text.

Options:
  --db FILE|URL    the store: a SQLite file, or a PostgreSQL server as postgres://USER@HOST/DB
                   (default: $PUENTE_DB or ./puente.db)
  --max-size SIZE  largest input accepted, e.g. 50MB (default: $PUENTE_MAX_SIZE or 50MB)
  --allow-host HOST  fetch from HOST even on a loopback, private or link-local address (also
                   $PUENTE_ALLOW_HOSTS, comma-separated); otherwise such addresses are refused
  --timeout SECONDS  the longest one fetch may take, redirects included (default: 20)
  --as NAME        who is acting (default: $PUENTE_USER); --party CODE the party you speak for
                   (on a store with users: a user's name; party and role are that user's)
  --key FILE       the audit signing key (default: $PUENTE_AUDIT_KEY or STORE.audit-key.pem)

Exit codes:
  0  everything went through
  1  some inputs could not be used (each named on stderr); the others went through
  2  the command line was wrong
  3  the store could not be opened or migrated (also: --db is not a database)
  70 internal error (a bug)
`;
