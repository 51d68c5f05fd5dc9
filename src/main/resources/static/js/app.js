// Small behaviours that htmx does not cover: CSRF header for htmx requests, the type-ahead pickers,
// focus in a newly added form row, expand/collapse of the agency tree, print buttons, confirmations
// and the upload size check. The Content-Security-Policy allows no inline script, so pages mark
// elements with data- attributes and these listeners act on them.
(function () {
  'use strict';

  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Type-ahead pickers (agencies, agreements, linked records) follow the WAI-ARIA combobox pattern: the focus stays
  // in the box, the arrow keys move the active option (aria-activedescendant), Enter picks it (or the first offered),
  // Escape closes the list; a pick fills the hidden id and the visible label.
  function pickerOptions(picker) {
    return Array.prototype.slice.call(picker.querySelectorAll('.picker-option'));
  }

  function activeIndex(picker) {
    var all = pickerOptions(picker);
    for (var i = 0; i < all.length; i++) {
      if (all[i].classList.contains('active')) {
        return i;
      }
    }
    return -1;
  }

  function activate(picker, index) {
    var all = pickerOptions(picker);
    if (!all.length) {
      return;
    }
    var chosen = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (option, i) {
      option.classList.toggle('active', i === chosen);
      option.setAttribute('aria-selected', String(i === chosen));
    });
    picker.querySelector('.picker-input').setAttribute('aria-activedescendant', all[chosen].id);
    all[chosen].scrollIntoView({block: 'nearest'});
  }

  function closeOptions(picker) {
    picker.querySelector('.picker-options').innerHTML = '';
    var input = picker.querySelector('.picker-input');
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function pick(option) {
    var picker = option.closest('.agency-picker');
    picker.querySelector('.picker-value').value = option.dataset.id;
    var input = picker.querySelector('.picker-input');
    input.value = option.dataset.label;
    input.classList.remove('is-invalid');
    closeOptions(picker);
    input.focus();
    picker.dispatchEvent(new CustomEvent('agency-picked', {bubbles: true, detail: {id: option.dataset.id}}));
  }

  // Options arrived: give each an id for aria-activedescendant, keep them out of the Tab order, say how many.
  document.addEventListener('htmx:afterSwap', function (event) {
    var list = event.detail.target;
    if (!list || !list.classList || !list.classList.contains('picker-options')) {
      return;
    }
    var picker = list.closest('.agency-picker');
    var all = pickerOptions(picker);
    all.forEach(function (option, i) {
      option.id = list.id + '-' + i;
      option.setAttribute('tabindex', '-1');
      option.setAttribute('aria-selected', 'false');
    });
    var input = picker.querySelector('.picker-input');
    input.setAttribute('aria-expanded', String(all.length > 0));
    input.removeAttribute('aria-activedescendant');
    var status = picker.querySelector('.picker-status');
    if (status) {
      var text = all.length === 0 ? status.dataset.none : all.length === 1 ? status.dataset.one : status.dataset.many;
      status.textContent = (text || '').replace('{0}', String(all.length));
    }
  });

  // A press on an option must not take the focus from the box.
  document.addEventListener('mousedown', function (event) {
    if (event.target.closest('.picker-option, .picker-clear')) {
      event.preventDefault();
    }
  });

  document.addEventListener('click', function (event) {
    var option = event.target.closest('.picker-option');
    if (option) {
      event.preventDefault();
      pick(option);
      return;
    }
    var clear = event.target.closest('.picker-clear');
    if (clear) {
      var box = clear.closest('.agency-picker');
      box.querySelector('.picker-value').value = '';
      box.querySelector('.picker-input').value = '';
      closeOptions(box);
      box.querySelector('.picker-input').focus();
      return;
    }
    document.querySelectorAll('.picker-options').forEach(function (list) {
      var picker = list.closest('.agency-picker');
      if (!picker.contains(event.target) && list.innerHTML) {
        closeOptions(picker);
      }
    });
  });

  // Typing in the picker forgets the previous choice until a new option is picked.
  document.addEventListener('input', function (event) {
    if (event.target.classList.contains('picker-input')) {
      event.target.closest('.agency-picker').querySelector('.picker-value').value = '';
    }
  });

  document.addEventListener('keydown', function (event) {
    if (!event.target.classList.contains('picker-input')) {
      return;
    }
    var picker = event.target.closest('.agency-picker');
    var offered = pickerOptions(picker);
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (offered.length) {
          var current = activeIndex(picker);
          activate(picker, event.key === 'ArrowDown' ? current + 1 : (current < 0 ? offered.length - 1 : current - 1));
        } else {
          // Nothing offered yet: ask for the options of what is typed (htmx listens for picker-open).
          event.target.dispatchEvent(new Event('picker-open'));
        }
        break;
      case 'Escape':
        if (offered.length || picker.querySelector('.picker-options').innerHTML) {
          event.preventDefault();
          closeOptions(picker);
        }
        break;
      case 'Tab':
        closeOptions(picker);
        break;
      case 'Enter': {
        // Enter picks the active option, else the first offered; with none offered it submits the form only once an
        // option has been picked, so that a form is never sent with a name typed in the box and no agency behind it.
        var index = activeIndex(picker);
        if (offered.length) {
          event.preventDefault();
          pick(offered[index < 0 ? 0 : index]);
        } else if (!picker.querySelector('.picker-value').value && event.target.value.trim()) {
          event.preventDefault();
        }
        break;
      }
      default:
        break;
    }
  });

  // Dynamic rows: after htmx has added a row, put the cursor in it (rows are marked .dynamic-row).
  document.addEventListener('htmx:afterSettle', function (event) {
    var button = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (!button || !button.classList || !button.classList.contains('row-add')) {
      return;
    }
    var rows = document.getElementById(button.value + '-rows');
    var added = rows && rows.querySelectorAll('.dynamic-row');
    if (added && added.length) {
      var field = added[added.length - 1].querySelector('input:not([type=hidden]), select, textarea');
      if (field) {
        field.focus();
      }
    }
  });

  // On a phone a list's filter form (form[data-filters]) folds behind one "Filters (n)" line, so that the results come
  // first; n counts the filters set. It stays open when it shows an error.
  if (window.matchMedia('(max-width: 575.98px)').matches) {
    document.querySelectorAll('form[data-filters]').forEach(function (form) {
      var set = 0;
      form.querySelectorAll('input[name], select[name]').forEach(function (field) {
        var ignored = field.name === 'sort' || field.classList.contains('picker-input')
            || ((field.type === 'checkbox' || field.type === 'radio') && !field.checked);
        if (!ignored && field.value) {
          set++;
        }
      });
      var details = document.createElement('details');
      details.className = 'filters mb-3 no-print';
      details.open = form.querySelector('.is-invalid, .alert-danger') !== null;
      var summary = document.createElement('summary');
      summary.className = 'btn btn-outline-secondary btn-sm mb-2';
      summary.textContent = form.dataset.filters + (set ? ' (' + set + ')' : '');
      form.parentNode.insertBefore(details, form);
      details.appendChild(summary);
      details.appendChild(form);
    });
  }

  // The idle timeout: the session ends session-timeout seconds after the last request of any tab (shared through
  // localStorage). session-warning seconds before, a warning offers to stay signed in (a keep-alive request); once it
  // has ended, the page says that the form is kept: saving leads through sign-in and then saves (ExpiredSessions).
  var timeoutMeta = document.querySelector('meta[name="session-timeout"]');
  if (timeoutMeta) {
    var warning = document.getElementById('session-warning');
    var expired = document.getElementById('session-expired');
    var lastRequest = function () {
      return Math.max(Number(window.localStorage.getItem('liaison.lastRequest')) || 0, window.liaisonLastRequest || 0);
    };
    var touched = function () {
      window.liaisonLastRequest = Date.now();
      try {
        window.localStorage.setItem('liaison.lastRequest', String(window.liaisonLastRequest));
      } catch (ignored) {
        // private mode: this tab counts alone
      }
    };
    var check = function () {
      // Read each time, so that a test can shorten them on the page.
      var timeout = Number(timeoutMeta.content) * 1000;
      var warnBefore = Number(document.querySelector('meta[name="session-warning"]').content) * 1000;
      var end = lastRequest() + timeout;
      var now = Date.now();
      if (now >= end) {
        warning.hidden = true;
        expired.hidden = false;
      } else if (now >= end - warnBefore) {
        var text = document.getElementById('session-warning-text');
        var at = new Date(end);
        var pad = function (n) { return (n < 10 ? '0' : '') + n; };
        text.textContent = text.dataset.text.replace('{0}', pad(at.getHours()) + ':' + pad(at.getMinutes()));
        warning.hidden = false;
      } else {
        warning.hidden = true;
      }
    };
    touched();
    document.addEventListener('htmx:afterRequest', function (event) {
      if (event.detail.successful) {
        touched();
      }
    });
    var ended = function () {
      warning.hidden = true;
      expired.hidden = false;
    };
    // An htmx request after the end is answered 401 with the event session-expired (and swaps nothing).
    document.body.addEventListener('session-expired', ended);
    document.addEventListener('htmx:responseError', function (event) {
      if (event.detail.xhr.status === 401) {
        ended();
      }
    });
    document.getElementById('session-stay').addEventListener('click', function () {
      fetch(timeoutMeta.dataset.keepAlive || '/session/keep-alive', {credentials: 'same-origin', redirect: 'manual'})
          .then(function (response) {
            if (response.status === 204) {
              touched();
              check();
            } else {
              ended();
            }
          });
    });
    window.setInterval(check, 1000);
  }

  // A page that only forwards a kept form (security/resume.html) sends it at once.
  document.querySelectorAll('form[data-autosubmit]').forEach(function (form) {
    form.submit();
  });

  // Tree: expand or collapse a node's children (loaded once by htmx).
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('.tree .toggle');
    if (!toggle) {
      return;
    }
    var children = document.getElementById(toggle.getAttribute('aria-controls'));
    if (!children) {
      return;
    }
    var expanded = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', String(!expanded));
    toggle.textContent = expanded ? '▸' : '▾';
    children.hidden = expanded;
  });

  // Tree: expand all (levels loaded by htmx open in turn as they arrive) or collapse all.
  var expandingAll = false;
  function expandCollapsed(root) {
    root.querySelectorAll('.tree button.toggle[aria-expanded=false]').forEach(function (toggle) {
      toggle.click();
    });
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-tree-expand-all], [data-tree-collapse-all]');
    if (!button) {
      return;
    }
    if (button.hasAttribute('data-tree-expand-all')) {
      expandingAll = true;
      expandCollapsed(document);
    } else {
      expandingAll = false;
      document.querySelectorAll('.tree button.toggle[aria-expanded=true]').forEach(function (toggle) {
        toggle.click();
      });
    }
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    if (expandingAll && event.target.closest && event.target.closest('.tree')) {
      expandCollapsed(event.target);
    }
  });

  // Print buttons (<button data-print>): the browser's print dialog.
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      window.print();
    }
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    // Forms with data-confirm ask first and are only sent when the user agrees.
    if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
      return;
    }
    // Forms with data-max-bytes say at once that a file is too large, instead of sending megabytes the
    // server will refuse.
    if (form.dataset.maxBytes) {
      var input = form.querySelector('input[type=file]');
      var file = input && input.files[0];
      if (file && file.size > Number(form.dataset.maxBytes)) {
        event.preventDefault();
        window.alert(form.dataset.tooLarge);
      }
    }
  });
})();
