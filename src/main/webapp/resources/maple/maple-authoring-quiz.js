// Preview quiz: ordering items move with Up and Down buttons (no drag), the hidden field keeps the order.
(function () {
  document.querySelectorAll('ol.ordering').forEach(function (list) {
    var field = list.parentNode.querySelector('.ordering-value');
    function sync() {
      field.value = Array.prototype.map.call(list.children, function (li) { return li.getAttribute('data-item'); }).join(',');
    }
    list.addEventListener('click', function (e) {
      var button = e.target.closest('button');
      if (!button) { return; }
      var li = button.closest('li');
      if (button.classList.contains('move-up') && li.previousElementSibling) {
        list.insertBefore(li, li.previousElementSibling);
      } else if (button.classList.contains('move-down') && li.nextElementSibling) {
        list.insertBefore(li.nextElementSibling, li);
      }
      sync();
      button.focus();
    });
  });
})();
