// Live preview of lesson Markdown: the server renders and sanitises it exactly as lessons are.
(function () {
  document.querySelectorAll('textarea[data-preview]').forEach(function (area) {
    var target = document.getElementById(area.getAttribute('data-preview'));
    var api = area.getAttribute('data-api');
    var timer = null;
    function render() {
      fetch(api, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: area.value, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { target.innerHTML = html; })
        .catch(function () { target.textContent = 'The preview is not available just now.'; });
    }
    area.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(render, 400); });
    render();
  });
})();
