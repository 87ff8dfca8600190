/*
 * factlint report view: one article's text with the conflicting evidence highlighted, and its
 * findings grouped by severity, each linked to its highlights. Shared by the editor's page
 * (factlint serve, GET /) and the self-contained HTML report (--format html).
 *
 *   FactlintView.render(container, items)
 *
 * items: an array of { report: <factlint-report/1 JSON>, article: { headline, standfirst, text } }
 * (article may be missing or partial: findings are then shown with their quotes only).
 *
 * Primary evidence is the evidence of a finding's first fact; the evidence of its other facts is
 * related evidence and is styled differently. Clicking a finding scrolls to and flashes its
 * highlights; clicking a highlight selects the findings it belongs to. Everything is built with
 * textContent, never innerHTML: report and article text are untrusted.
 *
 * No dependencies, no build step; plain ES2017 so that it can be inlined into a page as is.
 */
(function (global) {
  'use strict';

  var SEVERITIES = ['error', 'warning', 'info'];
  var GROUP_TITLES = { error: 'Errors', warning: 'Warnings', info: 'Infos' };
  var SOURCES = ['headline', 'standfirst', 'body'];

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    return e;
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  function severityRank(s) {
    var i = SEVERITIES.indexOf(s);
    return i < 0 ? SEVERITIES.length : i;
  }

  /** Where an evidence quote is in its text: [start, end), or null when it cannot be placed. */
  function locate(text, ev) {
    if (typeof text !== 'string' || text.length === 0) {
      return null;
    }
    var hasOffsets = typeof ev.start === 'number' && typeof ev.end === 'number'
      && ev.start >= 0 && ev.end > ev.start && ev.end <= text.length;
    if (hasOffsets && (!ev.quote || text.slice(ev.start, ev.end) === ev.quote)) {
      return [ev.start, ev.end];
    }
    if (ev.quote) {
      var i = text.indexOf(ev.quote);
      if (i >= 0) {
        return [i, i + ev.quote.length];
      }
    }
    return hasOffsets ? [ev.start, ev.end] : null;
  }

  /** 1-based line:column of an offset, as the text report prints it. */
  function lineColumn(text, offset) {
    var line = 1;
    var lineStart = 0;
    for (var i = 0; i < offset && i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    return line + ':' + (offset - lineStart + 1);
  }

  function sourceOf(ev) {
    return SOURCES.indexOf(ev.source) >= 0 ? ev.source : 'body';
  }

  /**
   * Places every evidence quote: for each source, the ranges that cover it (finding index, primary
   * or related), and for each finding's evidence, where it landed (or null).
   */
  function placeEvidence(findings, texts) {
    var ranges = { headline: [], standfirst: [], body: [] };
    var placed = findings.map(function (f, index) {
      var first = (f.facts && f.facts.length) ? f.facts[0] : (f.evidence && f.evidence[0] ? f.evidence[0].fact : null);
      return (f.evidence || []).map(function (ev) {
        var source = sourceOf(ev);
        var at = locate(texts[source], ev);
        var primary = ev.fact === first;
        if (at) {
          ranges[source].push({ start: at[0], end: at[1], finding: index, primary: primary, severity: f.severity });
        }
        return { ev: ev, source: source, at: at, primary: primary };
      });
    });
    return { ranges: ranges, placed: placed };
  }

  /**
   * Appends text[from, to) to parent, cutting it at every range boundary; covered pieces become
   * marks that name the findings covering them.
   */
  function appendHighlighted(parent, text, from, to, ranges, ctx) {
    var cuts = [from, to];
    ranges.forEach(function (r) {
      if (r.start > from && r.start < to) cuts.push(r.start);
      if (r.end > from && r.end < to) cuts.push(r.end);
    });
    cuts.sort(function (a, b) { return a - b; });
    for (var c = 0; c < cuts.length - 1; c++) {
      var a = cuts[c];
      var b = cuts[c + 1];
      if (b <= a) {
        continue;
      }
      var piece = text.slice(a, b);
      var covering = ranges.filter(function (r) { return r.start <= a && r.end >= b; });
      if (covering.length === 0) {
        parent.appendChild(document.createTextNode(piece));
        continue;
      }
      var findingIds = [];
      var primary = false;
      var worst = 'info';
      covering.forEach(function (r) {
        if (findingIds.indexOf(r.finding) < 0) findingIds.push(r.finding);
        primary = primary || r.primary;
        if (severityRank(r.severity) < severityRank(worst)) worst = r.severity;
      });
      findingIds.sort(function (x, y) { return x - y; });
      var mark = el('mark', 'fl-hl ' + (primary ? 'fl-hl-primary' : 'fl-hl-related') + ' fl-sev-' + worst, piece);
      mark.setAttribute('data-findings', findingIds.join(' '));
      mark.title = findingIds.map(function (i) { return ctx.findings[i].message; }).join('\n');
      parent.appendChild(mark);
    }
  }

  function renderArticle(article, ranges, ctx) {
    var box = el('article', 'fl-article');
    if (article.headline) {
      var h = el('h3', 'fl-headline');
      appendHighlighted(h, article.headline, 0, article.headline.length, ranges.headline, ctx);
      box.appendChild(h);
    }
    if (article.standfirst) {
      var s = el('p', 'fl-standfirst');
      appendHighlighted(s, article.standfirst, 0, article.standfirst.length, ranges.standfirst, ctx);
      box.appendChild(s);
    }
    var text = article.text;
    if (typeof text !== 'string' || text.length === 0) {
      box.appendChild(el('p', 'fl-note', 'The article text is not available; the findings show their quotes.'));
      return box;
    }
    // Paragraphs are the text's lines; offsets stay those of the whole text.
    var start = 0;
    while (start <= text.length) {
      var nl = text.indexOf('\n', start);
      var end = nl < 0 ? text.length : nl;
      if (end > start) {
        var p = el('p', 'fl-para');
        appendHighlighted(p, text, start, end, ranges.body, ctx);
        box.appendChild(p);
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return box;
  }

  /**
   * Where a quote stands: line:column in the file (or request) the article was read from when the
   * report says so (evidence line/column), else in the article's text; or headline / standfirst.
   */
  function whereLabel(place, texts) {
    if (!place.at) {
      return 'not found in the ' + (place.source === 'body' ? 'text' : place.source);
    }
    if (place.source !== 'body') {
      return place.source;
    }
    if (typeof place.ev.line === 'number' && typeof place.ev.column === 'number') {
      return place.ev.line + ':' + place.ev.column;
    }
    return lineColumn(texts.body, place.at[0]);
  }

  function renderFinding(f, index, places, texts, ctx) {
    var card = el('li', 'fl-finding fl-sev-' + f.severity);
    card.id = ctx.prefix + 'finding-' + index;
    card.setAttribute('data-finding', String(index));
    card.setAttribute('tabindex', '0');
    card.setAttribute('role', 'button');
    var head = el('div', 'fl-finding-head');
    head.appendChild(el('span', 'fl-sev fl-sev-' + f.severity, f.severity));
    head.appendChild(el('code', 'fl-rule', f.rule));
    card.appendChild(head);
    card.appendChild(el('p', 'fl-message', f.message));
    var list = el('ul', 'fl-evidence');
    places.forEach(function (place) {
      var li = el('li', 'fl-ev ' + (place.primary ? 'fl-ev-primary' : 'fl-ev-related') + (place.at ? '' : ' fl-ev-missing'));
      li.appendChild(el('span', 'fl-fact', place.ev.fact));
      li.appendChild(el('q', 'fl-quote', place.ev.quote));
      li.appendChild(el('span', 'fl-where', whereLabel(place, texts)));
      list.appendChild(li);
    });
    card.appendChild(list);
    if (f.suggestion) {
      card.appendChild(el('p', 'fl-suggestion', f.suggestion));
    }
    if (f.fingerprint) {
      var fp = el('p', 'fl-fingerprint');
      fp.appendChild(document.createTextNode('fingerprint '));
      fp.appendChild(el('code', null, f.fingerprint));
      card.appendChild(fp);
    }
    return card;
  }

  /** "published date not given: today, 2026-12-04, assumed", when the report says the date was assumed; else null. */
  function assumedDate(report) {
    var a = report.article || {};
    return a.publishedAssumed ? 'published date not given: today, ' + a.published + ', assumed' : null;
  }

  function renderFindings(findings, placed, texts, ctx, report) {
    var aside = el('aside', 'fl-findings');
    var assumed = assumedDate(report);
    if (findings.length === 0) {
      var checked = !(report.problems || []).some(function (p) { return p.severity === 'error'; });
      aside.appendChild(el('p', checked ? 'fl-clean' : 'fl-unchecked',
        checked ? '\u2714 No contradictions found' + (assumed ? ' (' + assumed + ').' : '.')
          : 'This document could not be checked: see the problems above.'));
      return aside;
    }
    if (assumed) {
      aside.appendChild(el('p', 'fl-assumed', assumed.charAt(0).toUpperCase() + assumed.slice(1) + '.'));
    }
    var legend = el('p', 'fl-legend');
    legend.appendChild(el('mark', 'fl-hl fl-hl-primary fl-sev-info', 'primary evidence'));
    legend.appendChild(document.createTextNode(' the first fact of a finding; '));
    legend.appendChild(el('mark', 'fl-hl fl-hl-related fl-sev-info', 'related evidence'));
    legend.appendChild(document.createTextNode(' the facts it conflicts with.'));
    aside.appendChild(legend);
    SEVERITIES.forEach(function (sev) {
      var indices = [];
      findings.forEach(function (f, i) { if (f.severity === sev) indices.push(i); });
      if (indices.length === 0) {
        return;
      }
      var group = el('section', 'fl-group fl-group-' + sev);
      group.setAttribute('data-severity', sev);
      group.appendChild(el('h3', 'fl-group-title', GROUP_TITLES[sev] + ' (' + indices.length + ')'));
      var ol = el('ol', 'fl-list');
      indices.forEach(function (i) { ol.appendChild(renderFinding(findings[i], i, placed[i], texts, ctx)); });
      group.appendChild(ol);
      aside.appendChild(group);
    });
    return aside;
  }

  function renderProblems(problems) {
    var box = el('section', 'fl-problems');
    box.appendChild(el('h3', 'fl-group-title', 'Problems with the input (' + problems.length + ')'));
    var ul = el('ul');
    problems.forEach(function (p) {
      var li = el('li', 'fl-problem fl-sev-' + p.severity);
      li.appendChild(el('span', 'fl-sev fl-sev-' + p.severity, p.severity));
      var where = p.line ? 'line ' + p.line + (p.column ? ', column ' + p.column : '') : (p.pointer || '(document)');
      li.appendChild(el('code', 'fl-pointer', where));
      li.appendChild(el('span', 'fl-problem-message', p.message));
      ul.appendChild(li);
    });
    box.appendChild(ul);
    return box;
  }

  function renderSummary(report) {
    var s = report.summary || {};
    var line = el('p', 'fl-summary');
    [['error', s.errors || 0], ['warning', s.warnings || 0], ['info', s.infos || 0]].forEach(function (pair) {
      line.appendChild(el('span', 'fl-count fl-sev-' + pair[0] + (pair[1] ? '' : ' fl-zero'), plural(pair[1], pair[0])));
    });
    var rest = [plural(s.facts || 0, 'fact'), plural(s.rules || 0, 'rule')];
    if (s.suppressed) rest.push(s.suppressed + ' suppressed');
    if (typeof s.millis === 'number') rest.push(s.millis + ' ms');
    line.appendChild(el('span', 'fl-rest', rest.join(' \u00b7 ')));
    return line;
  }

  /** Selects findings and highlights together: the cross-links both ways. */
  function wire(section, ctx) {
    function marksOf(index) {
      return section.querySelectorAll('mark.fl-hl[data-findings~="' + index + '"]');
    }
    function flash(nodes) {
      Array.prototype.forEach.call(nodes, function (n) {
        n.classList.remove('fl-flash');
        void n.offsetWidth; // restart the animation
        n.classList.add('fl-flash');
      });
    }
    function clearActive() {
      Array.prototype.forEach.call(section.querySelectorAll('.fl-active'), function (n) { n.classList.remove('fl-active'); });
    }
    function selectFinding(index) {
      clearActive();
      var card = section.querySelector('[data-finding="' + index + '"]');
      var marks = marksOf(index);
      if (card) card.classList.add('fl-active');
      Array.prototype.forEach.call(marks, function (m) { m.classList.add('fl-active'); });
      if (marks.length > 0) {
        marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
      flash(marks);
    }
    function selectMark(mark) {
      clearActive();
      var ids = (mark.getAttribute('data-findings') || '').split(' ').filter(Boolean);
      var cards = [];
      ids.forEach(function (id) {
        var card = section.querySelector('[data-finding="' + id + '"]');
        if (card) {
          card.classList.add('fl-active');
          cards.push(card);
        }
        Array.prototype.forEach.call(marksOf(id), function (m) { m.classList.add('fl-active'); });
      });
      if (cards.length > 0) {
        cards[0].scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      }
      flash(cards);
    }
    section.addEventListener('click', function (e) {
      var mark = e.target.closest ? e.target.closest('mark.fl-hl[data-findings]') : null;
      if (mark && section.contains(mark)) {
        selectMark(mark);
        return;
      }
      var card = e.target.closest ? e.target.closest('[data-finding]') : null;
      if (card && section.contains(card)) {
        selectFinding(card.getAttribute('data-finding'));
      }
    });
    section.addEventListener('keydown', function (e) {
      if ((e.key === 'Enter' || e.key === ' ') && e.target.matches && e.target.matches('[data-finding]')) {
        e.preventDefault();
        selectFinding(e.target.getAttribute('data-finding'));
      }
    });
  }

  function renderItem(item, index) {
    var report = (item && item.report) || {};
    var reportArticle = report.article || {};
    var given = (item && item.article) || {};
    var article = {
      headline: given.headline !== undefined ? given.headline : reportArticle.headline,
      standfirst: given.standfirst !== undefined ? given.standfirst : reportArticle.standfirst,
      text: given.text
    };
    var findings = report.findings || [];
    var texts = { headline: article.headline || '', standfirst: article.standfirst || '', body: article.text || '' };
    var ctx = { prefix: 'fl' + index + '-', findings: findings };
    var evidence = placeEvidence(findings, texts);

    var section = el('section', 'fl-item');
    section.id = ctx.prefix + 'item';
    if (reportArticle.id) section.setAttribute('data-article', reportArticle.id);
    var head = el('header', 'fl-head');
    // The header names the article by its headline, with its id small beside it (the id alone when
    // there is no headline); the headline is also shown, highlighted, above the text.
    var title = el('h2', 'fl-title', article.headline || reportArticle.id || report.input || 'Untitled article');
    if (article.headline && reportArticle.id) {
      title.appendChild(document.createTextNode(' '));
      title.appendChild(el('small', 'fl-id', reportArticle.id));
    } else if (!article.headline) {
      title.classList.add('fl-title-id');
    }
    head.appendChild(title);
    var meta = [];
    if (reportArticle.published) meta.push('published ' + reportArticle.published);
    if (report.input && report.input !== reportArticle.id) meta.push(report.input);
    head.appendChild(el('p', 'fl-meta', meta.join(' \u00b7 ')));
    head.appendChild(renderSummary(report));
    section.appendChild(head);
    if (report.problems && report.problems.length) {
      section.appendChild(renderProblems(report.problems));
    }
    var body = el('div', 'fl-body');
    body.appendChild(renderArticle(article, evidence.ranges, ctx));
    body.appendChild(renderFindings(findings, evidence.placed, texts, ctx, report));
    section.appendChild(body);
    wire(section, ctx);
    return section;
  }

  /**
   * Renders the items into container (replacing what it held) and returns the container.
   * A single item may be given without the array.
   */
  function render(container, items) {
    var list = Array.isArray(items) ? items : [items];
    container.textContent = '';
    container.classList.add('fl-view');
    list.forEach(function (item, i) { container.appendChild(renderItem(item, i)); });
    return container;
  }

  global.FactlintView = { render: render, version: 1 };
})(window);
