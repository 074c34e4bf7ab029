// newsfuse pages: progressive enhancement only. Every page reads without this file.
// 1. A citation marker opens the cited article in a reader panel beside the text, scrolled to the
//    cited sentence, which is highlighted (the server cuts it out by its span; no text is built here).
// 2. A story page listens for new versions (server-sent events), swaps in the new sections and marks
//    what is new since the page was opened.
(function () {
  'use strict';
  var reader = document.getElementById('reader');
  var opener = null;

  function closeReader() {
    if (!reader || reader.hidden) return;
    reader.hidden = true;
    reader.innerHTML = '';
    document.body.classList.remove('reading');
    var current = document.querySelector('.cite[aria-current=true]');
    if (current) current.removeAttribute('aria-current');
    if (opener && document.contains(opener)) opener.focus();
  }

  function openReader(link) {
    var url = '/articles/' + encodeURIComponent(link.dataset.article) + '/reader?start=' +
      encodeURIComponent(link.dataset.start) + '&end=' + encodeURIComponent(link.dataset.end);
    fetch(url, { headers: { 'Accept': 'text/html' } }).then(function (response) {
      if (!response.ok) throw new Error('reader ' + response.status);
      return response.text();
    }).then(function (html) {
      // the fragment is rendered by this server's templates, which escape every piece of article text
      reader.innerHTML = html;
      reader.hidden = false;
      document.body.classList.add('reading');
      var current = document.querySelector('.cite[aria-current=true]');
      if (current) current.removeAttribute('aria-current');
      link.setAttribute('aria-current', 'true');
      opener = link;
      var mark = reader.querySelector('mark.cited');
      if (mark) reader.scrollTop = Math.max(0, mark.offsetTop - reader.clientHeight / 3);
      reader.focus({ preventScroll: true });
    }).catch(function () {
      window.location.href = link.href; // the article page shows the same highlight
    });
  }

  if (reader) {
    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a.cite[data-article]');
      if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
        event.preventDefault();
        openReader(link);
        return;
      }
      if (event.target.closest && event.target.closest('.reader-close')) closeReader();
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') closeReader();
    });
  }

  var story = document.querySelector('article.story[data-story]');
  if (!story || !window.EventSource) return;
  var storyId = story.dataset.story;
  var shown = parseInt(story.dataset.version, 10);
  var seen = new Set();
  document.querySelectorAll('[data-key]').forEach(function (el) { seen.add(el.dataset.key); });
  var loading = false;

  function refresh(version) {
    if (version <= shown || loading) return;
    loading = true;
    fetch(window.location.pathname, { headers: { 'Accept': 'text/html' } }).then(function (response) {
      if (!response.ok) throw new Error('story ' + response.status);
      return response.text();
    }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html');
      var next = fresh.querySelector('article.story[data-story]');
      if (!next) return;
      ['.story-head .kicker', '.story-head .meta', 'h1'].forEach(function (selector) {
        var was = story.querySelector(selector), now = next.querySelector(selector);
        if (was && now) was.innerHTML = now.innerHTML;
      });
      next.querySelectorAll('section.live-part[id]').forEach(function (section) {
        var old = document.getElementById(section.id);
        if (old) old.innerHTML = section.innerHTML;
      });
      var added = 0;
      story.querySelectorAll('[data-key]').forEach(function (el) {
        if (!seen.has(el.dataset.key)) {
          added++;
          el.classList.add('is-new');
          var badge = document.createElement('span');
          badge.className = 'new-badge';
          badge.textContent = 'new';
          el.appendChild(badge);
        }
      });
      shown = parseInt(next.dataset.version, 10);
      story.dataset.version = String(shown);
      var status = document.getElementById('live-status');
      if (status) {
        status.textContent = 'Updated to version ' + shown + ': ' + added + (added === 1 ? ' item' : ' items') +
          ' new since you opened this page, marked “new”.';
      }
      document.title = fresh.title;
    }).catch(function () { /* the next event tries again */ }).then(function () { loading = false; });
  }

  var events = new EventSource('/stories/' + encodeURIComponent(storyId) + '/events?since=' + shown);
  events.addEventListener('story', function (event) { refresh(parseInt(event.data, 10)); });
})();
