/*
 * MAPLE quiz page: saves each answer as it is given (PUT /api/me/attempts/{id}/answers/{q}), moves
 * ordering items with buttons, counts down a time limit and submits when it ends. The page works
 * without this script too: the form's submit carries every answer.
 */
(function () {
  'use strict';
  var form = document.getElementById('quiz-form');
  if (!form) { return; }
  var api = form.getAttribute('data-api');
  var total = parseInt(form.getAttribute('data-total'), 10);
  var pending = {};
  var submitting = false;

  function given(fs) {
    var q = fs.getAttribute('data-q');
    var kind = fs.querySelector('input[name="k.' + q + '"]').value;
    if (kind === 'choice') {
      var chosen = [];
      fs.querySelectorAll('input[name="c.' + q + '"]').forEach(function (i) { if (i.checked) { chosen.push(parseInt(i.value, 10)); } });
      return { choice: chosen };
    }
    if (kind === 'matching') {
      var m = [];
      fs.querySelectorAll('select').forEach(function (s) { m.push(s.value === '' ? -1 : parseInt(s.value, 10)); });
      return { matching: m };
    }
    if (kind === 'ordering') {
      return { ordering: fs.querySelector('.ordering-value').value.split(',').map(function (v) { return parseInt(v, 10); }) };
    }
    return { text: fs.querySelector('input[type=text]').value };
  }

  function state(fs, text, problem) {
    var p = fs.querySelector('.save-state');
    p.textContent = text;
    p.classList.toggle('problem', !!problem);
  }

  function save(fs) {
    var q = fs.getAttribute('data-q');
    if (submitting) { return; }
    if (pending[q]) { pending[q].again = true; return; }
    pending[q] = { again: false };
    state(fs, 'Saving…');
    fetch(api + '/answers/' + encodeURIComponent(q), {
      method: 'PUT', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(given(fs))
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (r.ok) {
          state(fs, 'Saved');
          document.getElementById('answered-count').textContent =
            body.answeredCount + ' of ' + total + ' questions answered.';
        } else if (r.status === 401) {
          state(fs, 'Not saved: your session has ended. Sign in again; answers saved before are kept.', true);
        } else {
          state(fs, 'Not saved: ' + (body.detail || ('error ' + r.status)), true);
        }
      });
    }, function () {
      state(fs, 'Not saved yet (no connection). It will be sent with your next change or when you submit.', true);
    }).then(function () {
      var again = pending[q].again;
      delete pending[q];
      if (again) { save(fs); }
    });
  }

  var timers = {};
  form.addEventListener('change', function (e) {
    var fs = e.target.closest('fieldset.question');
    if (fs) { clearTimeout(timers[fs.id]); save(fs); }
  });
  form.addEventListener('input', function (e) {
    if (e.target.type !== 'text') { return; }
    var fs = e.target.closest('fieldset.question');
    clearTimeout(timers[fs.id]);
    timers[fs.id] = setTimeout(function () { save(fs); }, 800);
  });

  form.addEventListener('click', function (e) {
    var b = e.target.closest('button.move-up, button.move-down');
    if (!b) { return; }
    var li = b.closest('li');
    var list = li.parentNode;
    var up = b.classList.contains('move-up');
    var other = up ? li.previousElementSibling : li.nextElementSibling;
    var fs = b.closest('fieldset.question');
    if (!other) {
      state(fs, up ? 'Already at the top.' : 'Already at the bottom.');
      return;
    }
    if (up) { list.insertBefore(li, other); } else { list.insertBefore(other, li); }
    var items = Array.prototype.slice.call(list.children);
    fs.querySelector('.ordering-value').value = items.map(function (x) { return x.getAttribute('data-item'); }).join(',');
    b.focus();
    save(fs);
    state(fs, 'Moved to position ' + (items.indexOf(li) + 1) + ' of ' + items.length + '. Saving…');
  });

  form.addEventListener('submit', function (e) {
    if (submitting) { e.preventDefault(); return; }
    submitting = true;
    var button = document.getElementById('submit-attempt');
    button.setAttribute('aria-disabled', 'true');
    button.textContent = 'Submitting…';
  });

  var timer = document.getElementById('timer');
  if (timer) {
    var left = parseInt(timer.getAttribute('data-seconds-left'), 10);
    var end = Date.now() + left * 1000;
    var announce = document.getElementById('timer-announce');
    var said = {};
    var tick = function () {
      var s = Math.max(0, Math.round((end - Date.now()) / 1000));
      document.getElementById('timer-text').textContent = Math.floor(s / 60) + ' min ' + (s % 60) + ' s';
      [300, 60].forEach(function (mark) {
        if (s <= mark && !said[mark] && left > mark) { said[mark] = true; announce.textContent = (mark / 60) + ' minute(s) left.'; }
      });
      if (s === 0) {
        announce.textContent = 'Time is up. Your answers are being submitted.';
        if (!submitting) { form.requestSubmit ? form.requestSubmit() : form.submit(); }
        return;
      }
      setTimeout(tick, 1000);
    };
    tick();
  }
})();
