/* snippetgen's HTML page: language tabs, a client switch under each, the reader's choice kept
   in localStorage (shared by every group on the page and every page of the site), and the
   reader's values filled into the code, exactly as `snippetgen render --var` writes them, by
   the model the page carries (snippetgen/fill.py).  Values never leave the page. */
(function () {
  'use strict';
  var KEY = 'snippetgen.choice';
  var has = function (object, key) { return Object.prototype.hasOwnProperty.call(object, key); };

  function load() {
    try {
      var choice = JSON.parse(localStorage.getItem(KEY));
      return choice && typeof choice === 'object' && !Array.isArray(choice) ? choice : {};
    } catch (e) { return {}; }
  }
  function save(choice) {
    try { localStorage.setItem(KEY, JSON.stringify(choice)); } catch (e) { /* storage off: this page only */ }
  }
  function tabsOf(tablist) { return Array.from(tablist.querySelectorAll(':scope > [role=tab]')); }
  function select(tablist, tab) {  // the panels are the tab list's siblings
    tabsOf(tablist).forEach(function (other) {
      var on = other === tab;
      other.setAttribute('aria-selected', on ? 'true' : 'false');
      other.tabIndex = on ? 0 : -1;
      find(tablist.parentElement, ':scope > [role=tabpanel]', 'id', other.getAttribute('aria-controls')).hidden = !on;
    });
  }
  function find(parent, selector, key, value) {
    return Array.from(parent.querySelectorAll(selector)).find(function (el) {
      return (key === 'id' ? el.id : el.dataset[key]) === value;
    });
  }
  function apply(choice) {
    document.querySelectorAll('.snippets').forEach(function (group) {
      var languages = group.querySelector(':scope > .languages');
      var tab = choice.language && find(languages, ':scope > [role=tab]', 'lang', choice.language);
      if (tab) select(languages, tab);
      Object.keys(choice.clients || {}).forEach(function (lang) {
        var panel = find(group, ':scope > [role=tabpanel]', 'lang', lang);
        var clients = panel && panel.querySelector(':scope > .clients');
        var client = clients && find(clients, ':scope > [role=tab]', 'client', choice.clients[lang]);
        if (client) select(clients, client);
      });
    });
  }
  function wire(tablist, pick) {
    var tabs = tabsOf(tablist);
    tabs.forEach(function (tab, index) {
      tab.addEventListener('click', function () { pick(tab); });
      tab.addEventListener('keydown', function (event) {
        var next = {ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1}[event.key];
        if (next === undefined) return;
        event.preventDefault();
        var target = tabs[(next + tabs.length) % tabs.length];
        target.focus();
        pick(target);
      });
    });
  }
  function choose(lang, client) {
    var choice = load();
    choice.language = lang;
    if (client) {
      if (!choice.clients || typeof choice.clients !== 'object') choice.clients = {};
      choice.clients[lang] = client;
    }
    save(choice);
    apply(choice);
  }

  // The fill-in: how a value's characters show in each hole of each client's code.
  var utf8 = new TextEncoder();
  function units(encoder, ch) {
    var code = ch.codePointAt(0);
    if (encoder[0] === 'cp') return [code];
    if (encoder[0] === 'u8') return Array.from(utf8.encode(ch));
    if (code < 0x10000) return [code];
    code -= 0x10000;
    return [0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)];
  }
  function encode(encoder, ch) {
    if (encoder[0] === 'raw') return ch;
    return units(encoder, ch).map(function (unit) {
      var digits = unit.toString(encoder[1]).padStart(encoder[2], '0');
      return encoder[4] + (encoder[3] ? digits.toUpperCase() : digits) + encoder[5];
    }).join('');
  }
  function holeText(table, value) {
    return Array.from(value).map(function (ch) {
      var code = ch.codePointAt(0);
      if (has(table.map, ch)) return table.map[ch];
      return code < 0x80 ? ch : encode(code < 0x10000 ? table.bmp : table.astral, ch);
    }).join('');
  }
  function within(alphabet, ch) {
    var code = ch.codePointAt(0);
    if (code < 0x80) return alphabet.ascii.indexOf(ch) >= 0;
    return alphabet.wide.some(function (run) { return run[0] <= code && code <= run[1]; });
  }
  function masked(value, mask) {  // variables.masked: every character the page fills is one cluster
    var chars = Array.from(value), shown = 0;
    if (chars.length >= mask.short) {
      while (shown < mask.shown && shown + 1 <= Math.floor(chars.length / 4)) shown++;
    }
    return chars.slice(0, shown).join('') + mask.text;
  }
  var PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
  function refusal(rule, values, variables) {
    var text = rule.text.replace(PLACEHOLDER, function (whole, name) {
      if (has(values, name)) return values[name];
      return rule.standIn && has(variables, name) ? 'placeholder' : whole;
    });
    if (rule.pick) text = new RegExp(rule.pick).exec(text)[1];
    return new RegExp(rule.forbid).test(text) ? rule.message : null;
  }
  function named(ch, secret) {  // a secret's characters are never shown
    if (secret) return 'a character of this secret';
    var code = ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
    return '\u201c' + ch + '\u201d (U+' + code + ')';
  }
  function triggered(tab, name, value) {
    if (value === undefined || has(tab.cannot, name)) return tab.blankTriggers.indexOf(name) >= 0;
    return Array.from(value).some(function (ch) {
      return ch.codePointAt(0) < 0x80 ? tab.triggers[name].indexOf(ch) >= 0 : tab.wideTriggers.indexOf(name) >= 0;
    });
  }
  function variantKey(tab, values) {
    return Object.keys(tab.triggers).filter(function (name) { return triggered(tab, name, values[name]); })
      .sort().join(',');
  }

  function Filler(section, group, data) {  // the section's fields fill the group's code
    var inputs = Array.from(section.querySelectorAll('input[data-var]')).filter(function (input) {
      return has(data.variables, input.dataset.var);
    });
    var panels = Array.from(group.querySelectorAll('.client[data-tab]'));
    panels.forEach(function (panel) {
      var code = panel.querySelector('code');
      var base = document.createElement('template');
      base.dataset.key = code.dataset.key;
      code.childNodes.forEach(function (node) { base.content.appendChild(node.cloneNode(true)); });
      panel.appendChild(base);
    });

    function spec(typed) {  // the values render takes, and why it takes no other
      var filled = {}, notes = {};
      Object.keys(typed).forEach(function (name) {
        var variable = data.variables[name];
        if (variable.render) { notes[name] = 'only snippetgen render fills it in (' + variable.render + ')'; return; }
        var odd = Array.from(typed[name]).find(function (ch) { return !within(variable.alphabet, ch); });
        if (odd === undefined) { filled[name] = typed[name]; return; }
        notes[name] = within(data.candidates, odd) ? 'render refuses ' + named(odd, variable.secret) + ' there'
          : 'this page cannot check ' + named(odd, variable.secret) + ': snippetgen render can';
      });
      for (;;) {
        var refused = [];
        Object.keys(filled).forEach(function (name) {
          data.variables[name].rules.forEach(function (rule) {
            var message = refusal(rule, filled, data.variables);
            if (!message) return;
            (rule.text.match(PLACEHOLDER) || []).forEach(function (placeholder) {
              var other = placeholder.slice(1, -1);
              if (has(filled, other)) { refused.push(other); notes[other] = 'render refuses it: ' + message; }
            });
          });
        });
        if (!refused.length) return {filled: filled, notes: notes};
        refused.forEach(function (name) { delete filled[name]; });
      }
    }
    function keeps(tab, name, value) {  // why this tab keeps name's placeholder, or null
      if (has(tab.cannot, name)) return tab.cannot[name];
      var shown = data.variables[name].secret ? masked(value, data.mask) : value;
      var alphabet = data.alphabets[tab.alphabet[name]];
      var odd = Array.from(value + shown).find(function (ch) { return !within(alphabet, ch); });
      if (odd !== undefined) return 'its code cannot show ' + named(odd, data.variables[name].secret) + ' from this page';
      var longest = /^[\x00-\x7f]*$/.test(value + shown) ? tab.longestAscii : tab.longest;
      if (Array.from(value).length > longest || Array.from(shown).length > longest) {
        return 'this page fills in at most ' + longest + ' characters here';
      }
      if (tab.ipDiffers.indexOf(name) >= 0 && new RegExp(data.dottedQuad).test(value)) {
        return 'its code differs for an IP address';
      }
      return null;
    }
    function text(panel, tab, values) {  // the code with values, from its variant's template
      var key = variantKey(tab, values);
      var template = panel.querySelector('template[data-key="' + key + '"]');
      var holder = document.createElement('code');
      holder.appendChild(template.content.cloneNode(true));
      var variant = tab.variants.find(function (v) { return v.key.join(',') === key; });
      holder.querySelectorAll('[data-hole]').forEach(function (hole) {
        var spot = variant.holes[+hole.dataset.hole];
        if (has(values, spot[0])) hole.textContent = holeText(data.tables[spot[1]], values[spot[0]]);
      });
      return holder;
    }
    function update() {
      var typed = {};
      inputs.forEach(function (input) { if (input.value !== '') typed[input.dataset.var] = input.value; });
      var page = spec(typed);
      inputs.forEach(function (input) {
        var note = page.notes[input.dataset.var];
        input.parentElement.querySelector('.status').textContent = note ? 'Not filled in: ' + note : '';
      });
      panels.forEach(function (panel) {
        var tab = data.tabs[+panel.dataset.tab], shown = {}, display = {}, kept = [];
        Object.keys(typed).forEach(function (name) {
          if (tab.present.indexOf(name) < 0) return;
          var why = has(page.filled, name) ? keeps(tab, name, typed[name]) : page.notes[name];
          if (why) { kept.push(name + ' (' + why + ')'); return; }
          shown[name] = typed[name];
          display[name] = data.variables[name].secret ? masked(typed[name], data.mask) : typed[name];
        });
        var code = panel.querySelector('code');
        code.replaceChildren.apply(code, Array.from(text(panel, tab, display).childNodes));
        panel.copyText = function () { return text(panel, tab, shown).textContent; };
        panel.dataset.filled = Object.keys(shown).sort().join(' ');
        var note = panel.querySelector('.fill-note');
        note.hidden = !kept.length;
        note.textContent = kept.length ? 'Placeholder kept in this tab: ' + kept.join('; ') +
          '. snippetgen render --var prints it.' : '';
      });
    }
    inputs.forEach(function (input) { input.addEventListener('input', update); });
    update();
  }

  document.querySelectorAll('.snippets').forEach(function (group) {
    var languages = group.querySelector(':scope > .languages');
    wire(languages, function (tab) { choose(tab.dataset.lang); });
    group.querySelectorAll(':scope > [role=tabpanel]').forEach(function (panel) {
      var clients = panel.querySelector(':scope > .clients');
      if (clients) wire(clients, function (tab) { choose(panel.dataset.lang, tab.dataset.client); });
    });
    var fixed = group.querySelector('script.copy-text');
    var copies = fixed && JSON.parse(fixed.textContent);
    var model = group.querySelector('script.fill-data');
    if (model) Filler(group.closest('.snippetgen') || document, group, JSON.parse(model.textContent));
    group.querySelectorAll('.client[data-tab]').forEach(function (panel) {
      var button = panel.querySelector('button.copy');
      button.addEventListener('click', function () {
        var text = copies ? copies[+panel.dataset.tab]
          : panel.copyText ? panel.copyText() : panel.querySelector('code').textContent;
        navigator.clipboard.writeText(text).then(function () {
          button.textContent = 'Copied';
          setTimeout(function () { button.textContent = 'Copy'; }, 1500);
        });
      });
    });
  });
  apply(load());
  window.addEventListener('storage', function (event) { if (event.key === KEY) apply(load()); });
})();
