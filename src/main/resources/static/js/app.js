// Small behaviours that htmx does not cover: CSRF header for htmx requests, the agency picker,
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

  // Agency picker: a click on an option fills the hidden id and the visible label.
  document.addEventListener('click', function (event) {
    var option = event.target.closest('.picker-option');
    if (option) {
      event.preventDefault();
      var picker = option.closest('.agency-picker');
      picker.querySelector('.picker-value').value = option.dataset.id;
      var input = picker.querySelector('.picker-input');
      input.value = option.dataset.label;
      input.classList.remove('is-invalid');
      picker.querySelector('.picker-options').innerHTML = '';
      picker.dispatchEvent(new CustomEvent('agency-picked', {bubbles: true, detail: {id: option.dataset.id}}));
      return;
    }
    var clear = event.target.closest('.picker-clear');
    if (clear) {
      var box = clear.closest('.agency-picker');
      box.querySelector('.picker-value').value = '';
      box.querySelector('.picker-input').value = '';
      box.querySelector('.picker-options').innerHTML = '';
      return;
    }
    document.querySelectorAll('.picker-options').forEach(function (list) {
      if (!list.closest('.agency-picker').contains(event.target)) {
        list.innerHTML = '';
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
    if (event.key === 'Escape') {
      picker.querySelector('.picker-options').innerHTML = '';
    }
    // Enter picks the first option offered; with none offered it submits the form only once an option has been
    // picked, so that a form is never sent with a name typed in the box and no agency behind it.
    if (event.key === 'Enter') {
      var first = picker.querySelector('.picker-option');
      if (first) {
        event.preventDefault();
        first.click();
      } else if (!picker.querySelector('.picker-value').value && event.target.value.trim()) {
        event.preventDefault();
      }
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
