// Injected by scripts/screenshot-html-report.sh (and HtmlReportBrowserTest) at the end of a copy of
// an HTML report: checks, in a real browser, what the view drew and does when a reader clicks, and
// records the verdict in the body element's data-check attribute: "ok ..." or "FAIL ...".
(function () {
  'use strict';
  var problems = [];
  var checked = 0;
  function fail(msg) { problems.push(msg); }
  try {
    var items = JSON.parse(document.getElementById('fl-data').textContent);
    var sections = document.querySelectorAll('.fl-item');
    if (sections.length !== items.length) fail(sections.length + ' articles drawn for ' + items.length + ' reports');
    items.forEach(function (item, n) {
      var section = sections[n];
      var findings = item.report.findings || [];
      var cards = section.querySelectorAll('[data-finding]');
      if (cards.length !== findings.length) fail('article ' + n + ': ' + cards.length + ' cards for ' + findings.length + ' findings');
      findings.forEach(function (f, i) {
        var marks = section.querySelectorAll('mark[data-findings~="' + i + '"]');
        var whole = Array.prototype.map.call(marks, function (m) { return m.textContent; }).join('');
        (f.evidence || []).forEach(function (e) {
          var a = item.article || {};
          var text = e.source === 'headline' ? a.headline : e.source === 'standfirst' ? a.standfirst : a.text;
          var placed = typeof e.start === 'number' && text && e.end <= text.length;
          var quote = placed ? text.slice(e.start, e.end) : (text && e.quote && text.indexOf(e.quote) >= 0 ? e.quote : null);
          if (quote === null) return; // nowhere to put it: the card lists it as not found
          // the highlighted pieces of the finding hold the characters its offsets (or its quote) name
          if (whole.indexOf(quote) < 0) fail('article ' + n + ' finding ' + i + ': "' + quote + '" not highlighted');
          checked++;
        });
      });
      if (findings.length > 0) {
        // clicking a finding activates its highlights; clicking a highlight activates its findings
        cards[0].click();
        var active = section.querySelectorAll('mark.fl-active');
        var own = section.querySelectorAll('mark[data-findings~="0"]');
        if (active.length === 0 || active.length !== own.length) fail('article ' + n + ': clicking finding 0 activated ' + active.length + ' of ' + own.length + ' highlights');
        if (!cards[0].classList.contains('fl-active')) fail('article ' + n + ': the clicked finding is not active');
        var last = findings.length - 1;
        var mark = section.querySelector('mark[data-findings~="' + last + '"]');
        if (mark) {
          mark.click();
          if (!cards[last].classList.contains('fl-active')) fail('article ' + n + ': clicking a highlight did not select its finding');
        }
      }
    });
  } catch (e) {
    fail('error: ' + e);
  }
  document.body.setAttribute('data-check', problems.length ? 'FAIL ' + problems.join('; ') : 'ok ' + checked + ' quotes highlighted');
})();
