// The pressdoc playground: parses the document in the text box with the
// browser build (dist/browser/pressdoc.js) and shows its outline, its source
// with the span of the selected node highlighted, its diagnostics and
// validate's findings; it downloads the tree as JSON and shares the text
// through the URL fragment. Plain DOM, no framework. Served by `npm run playground`.
import { parse, validate } from '../dist/browser/pressdoc.js';

/** A small damaged dossier: the samples parse without diagnostics, this one gives six kinds. */
const DAMAGED = [
  '6125 – RUSSIE – V.Poutine à Minsk – 24.05.24 –',
  'Texte perdu avant la table',
  '1°/Arrivée à Minsk – 31 février 2025 à 25h70 à Minsk',
  '2°/Pourparlers sans date',
  '',
  '1°/Arrivée à Minsk – 31 février 2025 à 25h70 à Minsk',
  'Vladimir Poutine est arrivé à Minsk.',
  'http://en.kremlin.ru/events/president/news/74102',
  '',
  '2°/Pourparlers sans date',
  '12 mars 2025 à 21h40 à Tombouctou',
  'Vladimir Poutine : Bonjour.',
  'http://en.kremlin.ru:99999/events/president/news/74103',
  '',
].join('\n');

/** How long typing must pause before the text is parsed again, in milliseconds. */
const TYPING_PAUSE = 150;

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const textarea = /** @type {HTMLTextAreaElement} */ ($('text'));
const statusLine = $('status');
const outline = $('outline');
const source = $('source');
const selectionLabel = $('selection');
const diagnosticsList = $('diagnostics');
const diagnosticCount = $('diagnostic-count');
const findingsList = $('findings');
const findingCount = $('finding-count');
const downloadButton = /** @type {HTMLButtonElement} */ ($('download'));
const shareButton = /** @type {HTMLButtonElement} */ ($('share'));
const nodePanel = $('node');
const dropOverlay = $('drop');

/**
 * What is shown: the text, its parse, every node in document order (a node's
 * index in `nodes` is its id in the page), the line table of the source view.
 */
let view = { text: '', tree: null, diagnostics: [], findings: [], nodes: [], lines: [], selected: -1 };

// ---------------------------------------------------------------------------
// Parsing and rendering
// ---------------------------------------------------------------------------

/** Parses the text box and renders everything; `origin` names the document in the status line. */
function update(origin) {
  const text = textarea.value;
  const started = performance.now();
  const { tree, diagnostics } = parse(text);
  const elapsed = performance.now() - started;
  // validate parses again: its rules take the text, a second parse costs
  // milliseconds, and the page's findings stay exactly what `validate(text)` gives.
  const findings = validate(text);
  view = { text, tree, diagnostics, findings, nodes: [], lines: lineTable(text), selected: -1 };

  renderOutline(tree);
  renderSource();
  renderDiagnostics();
  renderFindings();
  downloadButton.disabled = text.length === 0;
  shareButton.disabled = text.length === 0;
  nodePanel.textContent = 'Click a node in the outline.';
  selectionLabel.textContent = '';

  statusLine.classList.remove('error');
  if (text.length === 0) {
    statusLine.textContent = 'No document yet: paste one, drop a file or load a sample.';
  } else {
    const n = diagnostics.length;
    statusLine.textContent =
      `${origin}: ${tree.kind} · ${view.nodes.length} nodes · ${view.lines.length} lines · ` +
      `${n} diagnostic${n === 1 ? '' : 's'} · parsed in ${elapsed.toFixed(1)} ms`;
  }
}

/** Start and end offsets of each line, without its line break (CRLF, CR and LF each end a line). */
function lineTable(text) {
  const lines = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** The outline as nested lists, built with an explicit stack (no recursion limit on deep trees). */
function renderOutline(tree) {
  outline.replaceChildren();
  if (view.text.length === 0) {
    outline.append(empty('The tree of the document appears here.'));
    return;
  }
  const top = document.createElement('ul');
  outline.append(top);
  const stack = [{ node: tree, list: top, depth: 1 }];
  while (stack.length > 0) {
    const { node, list, depth } = stack.pop();
    const index = view.nodes.push(node) - 1;
    const item = document.createElement('li');
    item.setAttribute('role', 'treeitem');
    item.setAttribute('aria-level', String(depth));

    const row = document.createElement('div');
    row.className = 'row';
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'toggle';
    toggle.tabIndex = -1;
    const children = Array.isArray(node.children) ? node.children : [];
    toggle.textContent = '▾';
    toggle.disabled = children.length === 0;
    toggle.setAttribute('aria-label', 'Collapse or expand');

    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'node';
    button.dataset.index = String(index);
    button.dataset.type = node.type;
    button.setAttribute('aria-selected', 'false');
    const type = document.createElement('span');
    type.className = 'type';
    type.textContent = node.type;
    const detail = label(node);
    const text = document.createElement('span');
    text.className = 'text';
    text.append(type, detail ? ` ${detail}` : '');
    const where = document.createElement('span');
    where.className = 'where';
    where.textContent = `${node.position.start.line}:${node.position.start.column}`;
    button.append(text, where);
    button.title = `${node.type} ${detail}`.trim();

    row.append(toggle, button);
    item.append(row);
    list.append(item);
    if (children.length > 0) {
      item.setAttribute('aria-expanded', 'true');
      const sub = document.createElement('ul');
      sub.setAttribute('role', 'group');
      item.append(sub);
      // Pushed in reverse so that they are visited in document order.
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], list: sub, depth: depth + 1 });
    }
  }
}

/** The key fields of a node, as one line of text (the same fields as `pressdoc parse` shows). */
function label(node) {
  switch (node.type) {
    case 'root':
      return `${node.kind}${at(node.when)}`;
    case 'header':
      return `${node.number} ${node.country} ${node.title}${at(node.date)}`;
    case 'toc':
    case 'list':
      return `(${node.children.length} item${node.children.length === 1 ? '' : 's'})`;
    case 'tocEntry':
    case 'section':
      return `${node.number} ${node.title}${at(node.when)}`;
    case 'subsection':
      return `${node.letter} ${node.title}${at(node.when)}`;
    case 'dateline':
      return `${node.when.raw}${at(node.when)}`;
    case 'paragraph':
      return `${node.lead ? '(lead) ' : ''}${node.value}`;
    case 'participants':
      return node.intro;
    case 'speakerTurn': {
      const extra = [node.speaker.role, node.speaker.affiliation].filter(Boolean).join('; ');
      return `${node.speaker.name || node.label}${extra ? ` (${extra})` : ''}`;
    }
    case 'photoCounter':
      return `${node.index}/${node.total}`;
    case 'caption': {
      const credit = node.credit ? [node.credit.photographer, node.credit.agency].filter(Boolean).join(', ') : '';
      return `${node.number ?? ''} ${node.text}${credit ? ` [${credit}]` : ''}`.trim();
    }
    case 'sourceLink':
      return node.eventId === undefined ? `${node.kind} ${node.url}` : `${node.kind} ${node.eventId}`;
    case 'elision':
    case 'boilerplate':
      return `${node.kind} ${node.value}`;
    default:
      return typeof node.value === 'string' ? node.value : '';
  }
}

/** ` @ instant`, else ` @ date time`, else ` @ raw`; empty without a timestamp. */
function at(when) {
  if (!when) return '';
  if (when.instant) return ` @ ${when.instant}`;
  if (when.date) return ` @ ${when.date}${when.time ? ` ${when.time}` : ''}`;
  return when.raw ? ` @ ${when.raw}` : '';
}

function empty(message) {
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = message;
  return p;
}

/** The source, one element per line (numbered by CSS), each holding its text. */
function renderSource() {
  source.replaceChildren();
  if (view.text.length === 0) {
    source.append(empty('The source appears here, with the selected node highlighted.'));
    return;
  }
  const fragment = document.createDocumentFragment();
  view.lines.forEach((line, i) => {
    const element = document.createElement('span');
    element.className = 'line';
    element.dataset.line = String(i + 1);
    element.textContent = view.text.slice(line.start, line.end);
    fragment.append(element);
  });
  source.append(fragment);
}

function renderDiagnostics() {
  diagnosticsList.replaceChildren();
  const n = view.diagnostics.length;
  diagnosticCount.textContent = view.text.length === 0 ? '' : String(n);
  if (view.text.length === 0) return;
  if (n === 0) {
    const item = document.createElement('li');
    item.className = 'empty';
    item.textContent = 'No diagnostics: pressdoc understood every line.';
    diagnosticsList.append(item);
    return;
  }
  view.diagnostics.forEach((d, index) => {
    const item = document.createElement('li');
    item.className = 'diagnostic';
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.index = String(index);
    button.dataset.code = d.code;
    const severity = document.createElement('span');
    severity.className = `severity ${d.severity}`;
    severity.textContent = d.severity;
    const where = document.createElement('span');
    where.className = 'where';
    where.textContent = `${d.position.start.line}:${d.position.start.column}`;
    const code = document.createElement('span');
    code.className = 'code';
    code.textContent = d.code;
    button.append(severity, where, ` ${d.message} `, code);
    item.append(button);
    diagnosticsList.append(item);
  });
}

/** validate's findings: rule id, severity, message and line:column of each, in validate's order. */
function renderFindings() {
  findingsList.replaceChildren();
  const n = view.findings.length;
  findingCount.textContent = view.text.length === 0 ? '' : String(n);
  if (view.text.length === 0) return;
  if (n === 0) {
    const item = document.createElement('li');
    item.className = 'empty';
    item.textContent = 'No findings: every rule of validate passes.';
    findingsList.append(item);
    return;
  }
  view.findings.forEach((f, index) => {
    const item = document.createElement('li');
    item.className = 'diagnostic';
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.index = String(index);
    button.dataset.rule = f.rule;
    button.dataset.severity = f.severity;
    const severity = document.createElement('span');
    severity.className = `severity ${f.severity}`;
    severity.textContent = f.severity;
    const where = document.createElement('span');
    where.className = 'where';
    where.textContent = `${f.position.start.line}:${f.position.start.column}`;
    const rule = document.createElement('span');
    rule.className = 'code';
    rule.textContent = f.rule;
    button.append(severity, where, ` ${f.message} `, rule);
    item.append(button);
    findingsList.append(item);
  });
}

// ---------------------------------------------------------------------------
// Selecting and locating
// ---------------------------------------------------------------------------

/** Selects node `index`: marks it in the outline, shows its fields, and (unless `mark` is false) highlights its span. */
function selectNode(index, { mark = true, focus = false } = {}) {
  const node = view.nodes[index];
  if (!node) return;
  for (const b of outline.querySelectorAll('.node[aria-selected="true"]')) b.setAttribute('aria-selected', 'false');
  const button = outline.querySelector(`.node[data-index="${index}"]`);
  view.selected = index;
  if (button) {
    // Expand the collapsed ancestors so the node can be seen.
    for (let li = button.closest('li'); li; li = li.parentElement?.closest('li') ?? null) {
      if (li !== button.closest('li') && li.classList.contains('collapsed')) setExpanded(li, true);
    }
    button.setAttribute('aria-selected', 'true');
    revealIn(outline, button);
    if (focus) button.focus({ preventScroll: true });
  }
  nodePanel.textContent = JSON.stringify(
    node,
    (key, value) => (key === 'children' && Array.isArray(value) ? `[${value.length} node${value.length === 1 ? '' : 's'}]` : value),
    2,
  );
  if (mark) highlight(node.position, 'node', node.type);
}

/** Highlights `position` in the source, scrolls to it, and names it above the source. */
function highlight(position, kind, name) {
  clearMarks();
  const start = position.start.offset;
  const end = position.end.offset;
  let first = null;
  view.lines.forEach((line, i) => {
    const from = Math.max(start, line.start);
    const to = Math.min(end, line.end);
    // A line is marked where the span overlaps it; an empty span is marked where it stands.
    const overlaps = from < to || (start === end && start >= line.start && start <= line.end);
    if (!overlaps) return;
    const element = source.children[i];
    const text = view.text.slice(line.start, line.end);
    const mark = document.createElement('mark');
    if (kind === 'diagnostic') mark.className = 'diagnostic';
    mark.textContent = text.slice(from - line.start, to - line.start);
    element.replaceChildren(text.slice(0, from - line.start), mark, text.slice(to - line.start));
    element.dataset.marked = 'true';
    first ??= mark;
  });
  const { start: s, end: e } = position;
  selectionLabel.textContent = `${name} ${s.line}:${s.column}–${e.line}:${e.column}`;
  if (first) revealIn(source, first, 48);
}

function clearMarks() {
  for (const element of source.querySelectorAll('.line[data-marked]')) {
    const line = view.lines[Number(element.dataset.line) - 1];
    element.textContent = view.text.slice(line.start, line.end);
    delete element.dataset.marked;
  }
}

/** Scrolls `container` (only it, not the page) so that `element` is in view, `margin` pixels from its top when it was out of view. */
function revealIn(container, element, margin = 24) {
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  if (target.top < box.top || target.bottom > box.bottom) container.scrollTop += target.top - box.top - margin;
}

/** The deepest node whose span holds `offset`: in document order, a node's descendants come after it. */
function nodeAt(offset) {
  let found = -1;
  view.nodes.forEach((node, i) => {
    const { start, end } = node.position;
    if (start.offset <= offset && (offset < end.offset || (start.offset === end.offset && offset === start.offset))) found = i;
  });
  return found;
}

function locateDiagnostic(index) {
  const d = view.diagnostics[index];
  if (!d) return;
  for (const b of diagnosticsList.querySelectorAll('button[aria-current]')) b.removeAttribute('aria-current');
  diagnosticsList.querySelector(`button[data-index="${index}"]`)?.setAttribute('aria-current', 'true');
  // Show where it is in the tree too, but keep the diagnostic's own span highlighted.
  const node = nodeAt(d.position.start.offset);
  if (node >= 0) selectNode(node, { mark: false });
  highlight(d.position, 'diagnostic', d.code);
}

/** Shows finding `index`: its span in the source and the tree, and selected in the text box, where it can be edited. */
function locateFinding(index) {
  const f = view.findings[index];
  if (!f) return;
  for (const b of findingsList.querySelectorAll('button[aria-current]')) b.removeAttribute('aria-current');
  findingsList.querySelector(`button[data-index="${index}"]`)?.setAttribute('aria-current', 'true');
  const node = nodeAt(f.position.start.offset);
  if (node >= 0) selectNode(node, { mark: false });
  highlight(f.position, 'diagnostic', f.rule);
  // Offsets count UTF-16 code units, as the text box does.
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(f.position.start.offset, f.position.end.offset);
  scrollTextareaTo(f.position.start.line);
}

/** Scrolls the text box so that `line` (1-based) is near its top: setSelectionRange alone does not scroll in every browser. */
function scrollTextareaTo(line) {
  const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 16;
  textarea.scrollTop = Math.max(0, (line - 2) * lineHeight);
}

function setExpanded(item, expanded) {
  item.classList.toggle('collapsed', !expanded);
  item.setAttribute('aria-expanded', String(expanded));
  const toggle = item.querySelector(':scope > .row > .toggle');
  if (toggle) toggle.textContent = expanded ? '▾' : '▸';
}

/** The offset in the text of a point in the source view, or -1. */
function offsetAtPoint(x, y) {
  let container;
  let within;
  if (document.caretPositionFromPoint) {
    const p = document.caretPositionFromPoint(x, y);
    if (!p) return -1;
    container = p.offsetNode;
    within = p.offset;
  } else if (document.caretRangeFromPoint) {
    const r = document.caretRangeFromPoint(x, y);
    if (!r) return -1;
    container = r.startContainer;
    within = r.startOffset;
  } else return -1;
  const element = container.nodeType === Node.TEXT_NODE ? container.parentElement : container;
  const lineElement = element?.closest('.line');
  if (!lineElement) return -1;
  let offset = 0;
  if (container.nodeType === Node.TEXT_NODE) {
    // The lengths of the texts before the caret's own text node in that line (a mark splits a line in three).
    const walker = document.createTreeWalker(lineElement, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t && t !== container; t = walker.nextNode()) offset += t.data.length;
    offset += within;
  } else if (container === lineElement) {
    // Between child nodes: `within` counts children.
    for (const child of [...lineElement.childNodes].slice(0, within)) offset += child.textContent.length;
  }
  return view.lines[Number(lineElement.dataset.line) - 1].start + offset;
}

// ---------------------------------------------------------------------------
// Loading documents
// ---------------------------------------------------------------------------

function setDocument(text, origin) {
  textarea.value = text;
  textarea.scrollTop = 0;
  source.scrollTop = 0;
  outline.scrollTop = 0;
  update(origin);
}

function showError(message) {
  statusLine.textContent = message;
  statusLine.classList.add('error');
}

async function loadSample(name, origin) {
  const response = await fetch(new URL(`../fixtures/${encodeURIComponent(name)}`, import.meta.url)).catch((err) => ({ ok: false, statusText: String(err) }));
  if (!response.ok) {
    showError(`Could not load the sample ${name} (${response.status ?? ''} ${response.statusText}): serve the playground with \`npm run playground\`.`);
    return;
  }
  setDocument(await response.text(), origin);
}

/** Reads a dropped or opened file as strict UTF-8, the way the CLI does. */
async function loadFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    showError(`${file.name} is not valid UTF-8: pressdoc reads UTF-8 only. Convert it first, e.g. \`iconv -f WINDOWS-1252 -t UTF-8 '${file.name}' > converted.txt\`.`);
    return;
  }
  setDocument(text, file.name);
}

// ---------------------------------------------------------------------------
// Download and share
// ---------------------------------------------------------------------------

/** The tree as a JSON file. */
function downloadTree() {
  if (!view.tree) return;
  const blob = new Blob([JSON.stringify(view.tree, null, 2)], { type: 'application/json' });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = 'pressdoc-tree.json';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the download reads the URL after this task.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** The fragment's key: `#text=` then the text, UTF-8, deflate-raw, base64url. */
const SHARE_KEY = 'text=';
/**
 * The longest fragment made or read, in characters. Chromium takes URLs up to
 * 2 MB, but chat and mail tools cut them far sooner; past this the page says
 * so and changes nothing, and a pasted link is not opened.
 */
const MAX_FRAGMENT = 1_000_000;
/** The longest text a fragment may inflate to, in bytes: deflate can expand a thousandfold. */
const MAX_SHARED_TEXT = 64 * 1024 * 1024;

async function shareText() {
  const fragment = SHARE_KEY + toBase64Url(await deflate(new TextEncoder().encode(view.text)));
  if (fragment.length > MAX_FRAGMENT) {
    showError(`Not shared: the link would be ${fragment.length.toLocaleString('en')} characters, over the ${MAX_FRAGMENT.toLocaleString('en')} this page makes. Download the JSON or send the file instead.`);
    return;
  }
  // replaceState, not location.hash: no history entry per click, and no hashchange to parse the same text again.
  history.replaceState(null, '', `#${fragment}`);
  const copied = await navigator.clipboard?.writeText(location.href).then(() => true, () => false);
  statusLine.classList.remove('error');
  statusLine.textContent = `Share link ${copied ? 'copied and ' : ''}in the address bar (${fragment.length.toLocaleString('en')} characters): opening it restores this text.`;
}

/** Restores a shared text from the URL fragment; false when the fragment holds none. */
async function openShared() {
  const hash = location.hash.slice(1);
  if (!hash.startsWith(SHARE_KEY)) return false;
  if (hash.length > MAX_FRAGMENT) {
    showError(`This link's text is ${hash.length.toLocaleString('en')} characters long, over the ${MAX_FRAGMENT.toLocaleString('en')} this page reads: not opened.`);
    return true;
  }
  let text;
  try {
    const bytes = await inflate(fromBase64Url(hash.slice(SHARE_KEY.length)), MAX_SHARED_TEXT);
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (err) {
    showError(`This link's text could not be read (${err instanceof Error ? err.message : err}): it may have been cut short when copied.`);
    return true;
  }
  setDocument(text, 'Shared link');
  return true;
}

/** Bytes through a CompressionStream (built into browsers: no dependency). */
async function deflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Bytes through a DecompressionStream, stopped once past `limit` bytes. */
async function inflate(bytes, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`it inflates past ${limit / 1024 / 1024} MB`);
    }
    chunks.push(r.value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** base64url without padding (RFC 4648 §5): safe in a fragment as is. */
function toBase64Url(bytes) {
  let binary = '';
  // In slices: String.fromCharCode(...all) overflows the call stack on large texts.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

for (const button of document.querySelectorAll('button[data-sample]')) {
  button.addEventListener('click', () => loadSample(button.dataset.sample, button.textContent.trim()));
}
$('damaged').addEventListener('click', () => setDocument(DAMAGED, 'Damaged dossier'));

let typing;
textarea.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => update('Your text'), TYPING_PAUSE);
});

$('file').addEventListener('change', (event) => {
  const input = /** @type {HTMLInputElement} */ (event.target);
  if (input.files?.[0]) loadFile(input.files[0]);
  input.value = '';
});

outline.addEventListener('click', (event) => {
  const target = /** @type {HTMLElement} */ (event.target);
  const toggle = target.closest('.toggle');
  if (toggle) {
    const item = toggle.closest('li');
    setExpanded(item, item.classList.contains('collapsed'));
    return;
  }
  const button = target.closest('.node');
  if (button) selectNode(Number(button.dataset.index));
});

// Up and down move through the visible nodes of the outline; left and right collapse and expand.
outline.addEventListener('keydown', (event) => {
  const current = /** @type {HTMLElement} */ (event.target).closest('.node');
  if (!current) return;
  const visible = [...outline.querySelectorAll('.node')].filter((b) => b.offsetParent !== null);
  const at = visible.indexOf(current);
  const item = current.closest('li');
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const next = visible[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) selectNode(Number(next.dataset.index), { focus: true });
  } else if (event.key === 'ArrowLeft' && item.hasAttribute('aria-expanded')) {
    setExpanded(item, false);
  } else if (event.key === 'ArrowRight' && item.hasAttribute('aria-expanded')) {
    setExpanded(item, true);
  } else return;
  event.preventDefault();
});

// A click in the source selects the deepest node there (not when selecting text).
source.addEventListener('click', (event) => {
  if (!window.getSelection()?.isCollapsed) return;
  const offset = offsetAtPoint(event.clientX, event.clientY);
  if (offset < 0) return;
  const index = nodeAt(offset);
  if (index >= 0) selectNode(index);
});

diagnosticsList.addEventListener('click', (event) => {
  const button = /** @type {HTMLElement} */ (event.target).closest('button[data-index]');
  if (button) locateDiagnostic(Number(button.dataset.index));
});

findingsList.addEventListener('click', (event) => {
  const button = /** @type {HTMLElement} */ (event.target).closest('button[data-index]');
  if (button) locateFinding(Number(button.dataset.index));
});

// Both act on the text as typed: a click within the typing pause parses it first.
function flushTyping() {
  clearTimeout(typing);
  if (textarea.value !== view.text) update('Your text');
}
downloadButton.addEventListener('click', () => {
  flushTyping();
  downloadTree();
});
shareButton.addEventListener('click', () => {
  flushTyping();
  shareText();
});
// A share link pasted into this tab's address bar changes only the fragment.
window.addEventListener('hashchange', () => openShared());

// Dropping a file anywhere on the page.
let dragDepth = 0;
const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
document.addEventListener('dragenter', (event) => {
  if (!hasFiles(event)) return;
  dragDepth++;
  dropOverlay.hidden = false;
});
document.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) dropOverlay.hidden = true;
});
document.addEventListener('dragover', (event) => {
  if (hasFiles(event)) event.preventDefault();
});
document.addEventListener('drop', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  dragDepth = 0;
  dropOverlay.hidden = true;
  const file = event.dataTransfer.files[0];
  if (file) loadFile(file);
});

// #text=… (a share link) opens its text; else ?sample=dossier-6125-minsk-2024.txt opens a sample directly.
const requested = new URLSearchParams(location.search).get('sample');
update('');
if (await openShared()) {
  // The shared text is shown, or the status line says why it is not.
} else if (requested) {
  const button = document.querySelector(`button[data-sample="${CSS.escape(requested)}"]`);
  await loadSample(requested, button?.textContent.trim() ?? requested);
}
document.body.dataset.ready = 'true';
