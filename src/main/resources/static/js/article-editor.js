// GovSite article form (external file: the CSP forbids inline scripts).
// Turns the body's text area into a Quill 2 editor and writes the editor's HTML back into the text area (the `body`
// field) when the form is submitted; the server sanitises it again. Without JavaScript, or if Quill failed to load,
// the text area stays as it is. Also shows the interpretation form only for 政策解读 and the policy block only for
// 政策文件.
(function () {
  'use strict';

  var LABELS = {
    'ql-bold': '加粗', 'ql-italic': '倾斜', 'ql-underline': '下划线', 'ql-link': '插入链接', 'ql-blockquote': '引用',
    'ql-clean': '清除格式', 'ql-list[value=ordered]': '编号列表', 'ql-list[value=bullet]': '项目符号列表',
    'ql-align': '对齐方式', 'ql-header': '段落格式'
  };

  function toggleKindFields(form) {
    var kind = form.querySelector('[data-article-kind]');
    if (!kind) {
      return;
    }
    var apply = function () {
      form.querySelectorAll('.interpretation-only').forEach(function (el) {
        el.hidden = kind.value !== 'INTERPRETATION';
      });
      form.querySelectorAll('.policy-block').forEach(function (el) {
        el.hidden = kind.value !== 'POLICY';
      });
    };
    kind.addEventListener('change', apply);
    apply();
  }

  function nameToolbar(toolbar) {
    Object.keys(LABELS).forEach(function (key) {
      var selector = 'button.' + key;
      toolbar.querySelectorAll(selector).forEach(function (button) {
        button.setAttribute('aria-label', LABELS[key]);
        button.setAttribute('title', LABELS[key]);
      });
    });
    toolbar.querySelectorAll('.ql-picker-label').forEach(function (label) {
      label.setAttribute('aria-label', '段落格式');
    });
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', '正文格式工具栏');
  }

  function attachEditor(form) {
    var source = form.querySelector('textarea[data-editor]');
    if (!source || typeof window.Quill !== 'function') {
      return;
    }
    var holder = document.createElement('div');
    holder.className = 'body-editor';
    source.parentNode.insertBefore(holder, source);
    var quill = new window.Quill(holder, {
      theme: 'snow',
      modules: {
        toolbar: [[{ header: [2, 3, false] }], ['bold', 'italic', 'underline'],
          [{ list: 'ordered' }, { list: 'bullet' }], ['blockquote', 'link'], ['clean']]
      }
    });
    if (source.value.trim() !== '') {
      quill.setContents(quill.clipboard.convert({ html: source.value }), 'silent');
    }
    var editable = quill.root;
    editable.setAttribute('role', 'textbox');
    editable.setAttribute('aria-multiline', 'true');
    editable.setAttribute('aria-labelledby', 'body-label');
    var described = source.getAttribute('aria-describedby');
    if (described) {
      editable.setAttribute('aria-describedby', described);
    }
    if (source.getAttribute('aria-invalid') === 'true') {
      editable.setAttribute('aria-invalid', 'true');
    }
    var toolbar = holder.previousElementSibling;
    if (toolbar && toolbar.classList.contains('ql-toolbar')) {
      nameToolbar(toolbar);
    }
    // The label points at the hidden text area; send clicks on it to the editor.
    var label = form.querySelector('#body-label');
    if (label) {
      label.addEventListener('click', function (event) {
        event.preventDefault();
        quill.focus();
      });
    }
    source.closest('.editor-wrap').classList.add('js-editor');
    form.addEventListener('submit', function () {
      if (quill.getText().trim() === '' && !editable.querySelector('img')) {
        source.value = '';
        return;
      }
      // Semantic HTML (real <ul>/<ol>, no editor classes); Quill 2.0 writes every space as &nbsp; there.
      source.value = quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.article-form').forEach(function (form) {
      toggleKindFields(form);
      attachEditor(form);
    });
  });
})();
