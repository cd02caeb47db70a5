/** The text of `puente help`. */
export const helpText = `puente — follow up on security cooperation commitments, with evidence

Usage:
  puente analyze PATH... [--format text|json] [--max-size SIZE] [--actors FILE] [--published DATE]
      Read files and folders (.txt, .md, .html, .htm, .pdf) and manifests of articles (.jsonl,
      .csv), clean and analyse them, and print the result without storing it. Copies of one
      story are listed under it and compared as one source. --format json prints the analysis contract. --actors adds a
      YAML file of known actors (name, kind, aliases, country, offices with role/from/to) to
      the built-in ones, so their aliases and offices resolve. --published 2025-12-11 sets the
      publication date of every input (relative dates are told from it), over what they say.
  puente ingest PATH... [--db FILE] [--max-size SIZE]
      Read files, folders and manifests into the store: new documents, unchanged ones, new
      versions and copies of a stored story are counted, files of other types are named as
      skipped; a progress bar shows on a terminal.
  puente serve [--port N] [--db FILE] [--example]
      Serve the web app and the JSON API on localhost.
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
  puente audit verify [--against HEAD_FILE] [--key FILE] | head [--out FILE] [--key FILE] | log
      Check the audit log's hash chain (names an edited, deleted or reordered entry), a head saved
      earlier (a rewrite, truncation or wipe since), and the assessments and joint statuses against
      what the log records; sign the head with the deployment's key for each party to keep; or print the log.
  puente help
      Show this text.

Options:
  --db FILE        the SQLite store (default: $PUENTE_DB or ./puente.db)
  --max-size SIZE  largest input accepted, e.g. 50MB (default: $PUENTE_MAX_SIZE or 50MB)
  --as NAME        who is acting (default: $PUENTE_USER); --party CODE the party you speak for
  --key FILE       the audit signing key (default: $PUENTE_AUDIT_KEY or STORE.audit-key.pem)

Exit codes:
  0  everything went through
  1  some inputs could not be used (each named on stderr); the others went through
  2  the command line was wrong
  3  the store could not be opened or migrated (also: --db is not a database)
  70 internal error (a bug)
`;
