/**
 * The site's one script (served from /assets/site.js): turns every search box marked data-suggest
 * into an accessible combobox (ARIA 1.2 list autocomplete). Without it the form still submits.
 * Keys: Down/Up move through the suggestions, Enter opens the active one (or submits the form),
 * Escape closes the list (a second Escape clears the box). A link to a collapsed part of the code
 * page's reference (#ref-…) opens it.
 */
export const SITE_JS = `(function () {
  'use strict';
  function enhance(input) {
    var list = document.getElementById(input.getAttribute('data-suggest'));
    var status = document.getElementById(input.id + '-status');
    if (!list) return;
    var items = [], active = -1, timer = 0, seq = 0;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');
    function say(text) { if (status) status.textContent = text; }
    function close() {
      list.hidden = true; input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant'); active = -1;
    }
    function setActive(i) {
      var options = list.children;
      if (active >= 0 && options[active]) options[active].setAttribute('aria-selected', 'false');
      active = i;
      if (i < 0 || !options[i]) { input.removeAttribute('aria-activedescendant'); return; }
      options[i].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({ block: 'nearest' });
    }
    function render(found) {
      items = found; list.textContent = ''; active = -1;
      if (!found.length) { close(); say('No suggestions'); return; }
      found.forEach(function (item, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i; li.setAttribute('role', 'option'); li.setAttribute('aria-selected', 'false');
        var code = document.createElement('span'); code.className = 'code'; code.textContent = item.code;
        var text = document.createElement('span'); text.textContent = item.display;
        var sys = document.createElement('span'); sys.className = 'sys'; sys.textContent = item.systemLabel;
        li.appendChild(code); li.appendChild(text); li.appendChild(sys);
        li.addEventListener('mousedown', function (e) { e.preventDefault(); location.href = item.href; });
        list.appendChild(li);
      });
      list.hidden = false; input.setAttribute('aria-expanded', 'true');
      say(found.length + (found.length === 1 ? ' suggestion' : ' suggestions') + ', use up and down arrows to choose');
    }
    function fetchSuggestions() {
      var q = input.value.trim(), mine = ++seq;
      if (q.length < 2) { render([]); say(''); return; }
      fetch('/suggest?q=' + encodeURIComponent(q), { headers: { accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { items: [] }; })
        .then(function (body) { if (mine === seq) render(body.items || []); })
        .catch(function () { if (mine === seq) close(); });
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(fetchSuggestions, 60); });
    input.addEventListener('keydown', function (e) {
      var open = !list.hidden && items.length > 0;
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (!open) { if (items.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); setActive(0); } else fetchSuggestions(); return; }
        setActive(active + 1 < items.length ? active + 1 : 0);
      } else if (e.key === 'ArrowUp') {
        if (!open) return;
        e.preventDefault(); setActive(active > 0 ? active - 1 : items.length - 1);
      } else if (e.key === 'Enter') {
        if (open && active >= 0 && items[active]) { e.preventDefault(); location.href = items[active].href; }
      } else if (e.key === 'Escape') {
        // A late answer to an earlier keystroke must not reopen the list: drop pending ones.
        clearTimeout(timer); seq++;
        if (open) { e.preventDefault(); close(); } else { input.value = ''; }
      }
    });
    input.addEventListener('blur', function () { setTimeout(function () { clearTimeout(timer); seq++; close(); }, 100); });
  }
  var inputs = document.querySelectorAll('input[data-suggest]');
  for (var i = 0; i < inputs.length; i++) enhance(inputs[i]);
  // An anchor to a collapsed part of the coder's reference (#ref-notes) opens it.
  function openTarget() {
    var el = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    for (; el; el = el.parentElement) if (el.tagName === 'DETAILS') el.open = true;
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();
`;
